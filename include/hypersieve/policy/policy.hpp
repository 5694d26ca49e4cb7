// policy/policy: per-category actions -> one decision per document.
//
// Sees labels only, never text. When several labelled categories ask for
// different actions, the one with the highest precedence wins (default
// precedence follows the action: drop > upsample > annotate > keep); ties go
// to the stronger action, then the larger upsample factor. A fractional
// upsample factor f gives floor(f) copies plus one more for a deterministic
// (f - floor(f)) share of documents, chosen by hashing the document key
// with the seed. Thread-safe (immutable after construction).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "hypersieve/base/error.hpp"
#include "hypersieve/rules/rule_set.hpp"

namespace hs::policy {

struct CategoryPolicy {
  rules::Action action = rules::Action::kAnnotate;
  double factor = 1.0;
  int precedence = 0;
};

struct Decision {
  rules::Action action = rules::Action::kKeep;
  std::uint32_t copies = 1;  // 0 when dropped
  int category = -1;         // the category whose action decided; -1 if none
};

class Policy {
 public:
  // Takes the categories' own actions from the rules.
  explicit Policy(const rules::RuleSet& rules);

  // Applies a "CATEGORY=ACTION[:FACTOR]" override (e.g. "aligned_ai=upsample:2.5",
  // "evil_ai_fiction=keep"). Errors name the bad part.
  base::Status override_action(const rules::RuleSet& rules, const std::string& spec);

  void set_annotate_only(bool v) { annotate_only_ = v; }
  void set_seed(std::uint64_t seed) { seed_ = seed; }

  // key identifies the document for the fractional-copy draw (its id, or
  // path:line when it has none).
  Decision decide(std::uint64_t labels, std::string_view key) const noexcept;

  const std::vector<CategoryPolicy>& categories() const { return cats_; }

 private:
  std::vector<CategoryPolicy> cats_;
  bool annotate_only_ = false;
  std::uint64_t seed_ = 0;
};

}  // namespace hs::policy
