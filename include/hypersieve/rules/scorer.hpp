// rules/scorer: turn a document's text into per-category scores and labels.
//
// One matcher pass over the text, then context checks (near/unless windows
// in words) on the few hits found, then, on documents on which a rule fired,
// the pack's learned model (model/linear). A Scorer owns per-thread scratch space and
// reuses it across documents: no allocation per document once warm.
// Not thread-safe: one Scorer per worker; the RuleSet is shared.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "hypersieve/rules/names.hpp"
#include "hypersieve/rules/rule_set.hpp"

namespace hs::rules {

struct Span {
  std::uint32_t start;
  std::uint32_t end;
  // The near term that let the hit count (ctx_end == 0: the rule has none),
  // and whether it was a name the text gave one (rules/names).
  std::uint32_t ctx_start = 0;
  std::uint32_t ctx_end = 0;
  bool by_name = false;
  bool by_pronoun = false;  // an "it" referring back to a near term (rules/names)
};

struct FiredRule {
  std::uint32_t rule;
  std::uint32_t hits;       // counted hits (after context and cap)
  std::vector<Span> spans;  // up to kMaxSpans, for audit snippets
};

constexpr std::size_t kMaxSpans = 3;

struct DocScore {
  std::vector<double> scores;  // per category
  std::uint64_t labels = 0;    // bit i set: category i labelled
  // The learned stage (it runs when the pack has a model and a rule of any
  // weight fired on the text, or on any text when a category with a
  // model_threshold has model_scope "all"): its probability per category
  // (-1: no column; empty: it did not run), and the labels it gave that the
  // rules' scores alone did not.
  std::vector<double> model_p;
  std::uint64_t model_labels = 0;
  // Labels the rules' scores gave that the learned stage took away, because
  // their category is exclusive_with one it rated higher.
  std::uint64_t model_overruled = 0;
  bool model_ran() const { return !model_p.empty(); }
  std::vector<FiredRule> fired;  // in rule order
  std::size_t fired_count = 0;   // entries of fired in use
  bool has_label(std::size_t cat) const { return (labels >> cat) & 1u; }
};

// Labels from per-category scores (after length normalisation): each
// non-fallback category whose score is positive and at least its threshold,
// or whose model probability (model_p, if not empty) reaches its
// model_threshold > 0, if a rule fired on the document or the category's
// model_scope is kAll; then, of two labelled categories exclusive_with each
// other, only the one with the higher model probability (when model_p is
// not empty), unless the other's score is decisive (kDecisiveScore);
// fallback categories the same way, only when no other category is
// labelled. excluded, if given, receives the labels exclusive_with took away.
std::uint64_t assign_labels(const std::vector<Category>& cats, const std::vector<double>& scores,
                            const std::vector<double>* model_p = nullptr, bool fired = true,
                            std::uint64_t* excluded = nullptr);

// Whether the learned stage's probability p labels cat: it reaches the
// category's model_threshold > 0, on a document on which a rule fired, or
// for a category with model_scope kAll where it also reaches
// model_threshold_unfired.
bool model_labels(const Category& cat, double p, bool fired);

// What the learned stage reads of a document's text: where a rule fired,
// the text (the model reads its first model::kMaxModelBytes); elsewhere its
// first kUnfiredModelBytes.
std::string_view model_text(std::string_view text, bool fired);

class Scorer {
 public:
  // Whether the learned stage runs on every document (a category it labels
  // has model_scope kAll) is read from rules here: apply overrides
  // (override_threshold, override_model_scope) before making scorers.
  explicit Scorer(std::shared_ptr<const RuleSet> rules, bool use_oracle = false);
  ~Scorer();

  // Scores text into out (overwritten). Valid until the next call with the
  // same out.
  void score(std::string_view text, DocScore& out) noexcept { score(text, out, false); }
  // tail_readable: match::kScanTailBytes readable bytes follow text (lets the
  // matcher scan it in place; see match::Matcher::scan_with_tail).
  void score(std::string_view text, DocScore& out, bool tail_readable) noexcept;

  const RuleSet& rules() const { return *rules_; }

 private:
  std::shared_ptr<const RuleSet> rules_;
  const match::Matcher* matcher_;
  std::unique_ptr<match::Scratch> scratch_;
  std::vector<match::Hit> hits_;
  struct RuleHits {
    std::vector<std::uint32_t> main, near, unless, negation, require;  // indices into hits_
  };
  std::vector<RuleHits> per_rule_;
  std::vector<std::uint32_t> touched_;
  std::vector<std::uint8_t> touched_flag_;
  std::vector<std::uint32_t> word_starts_;
  std::vector<std::string_view> names_;  // names given to a rule's near terms (rules/names)
  std::vector<NameSpan> name_spans_;     // their occurrences (and chained pronouns), in text order
  std::vector<NameSpan> seeds_;          // where pronoun chains start
  // The learned stage on out (see DocScore); by_rules: the rules' labels.
  void run_model(std::string_view text, DocScore& out, std::uint64_t by_rules) noexcept;
  bool model_everywhere_ = false;  // a category the model labels has model_scope kAll
  model::Scratch model_scratch_;
  std::vector<double> model_out_;
};

}  // namespace hs::rules
