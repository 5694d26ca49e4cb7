#include "hypersieve/policy/policy.hpp"

#include <cmath>
#include <cstdlib>

#include "hypersieve/base/hash.hpp"

namespace hs::policy {

using rules::Action;

Policy::Policy(const rules::RuleSet& rules) {
  for (const auto& c : rules.categories) cats_.push_back({c.action, c.factor, c.precedence});
}

base::Status Policy::override_action(const rules::RuleSet& rules, const std::string& spec) {
  auto eq = spec.find('=');
  if (eq == std::string::npos) {
    return base::make_error(base::ErrorCode::kUsage, "--action '" + spec + "': expected CATEGORY=ACTION[:FACTOR]");
  }
  std::string cat = spec.substr(0, eq);
  std::string act = spec.substr(eq + 1);
  std::string factor;
  if (auto colon = act.find(':'); colon != std::string::npos) {
    factor = act.substr(colon + 1);
    act = act.substr(0, colon);
  }
  int ci = rules.category_index(cat);
  if (ci < 0) {
    return base::make_error(base::ErrorCode::kUsage, "--action '" + spec + "': unknown category '" + cat +
                                                         "' (known: " + rules.category_names() + ")");
  }
  Action a;
  if (!rules::parse_action(act, a)) {
    return base::make_error(base::ErrorCode::kUsage,
                            "--action '" + spec + "': unknown action '" + act + "' (keep|annotate|upsample|drop)");
  }
  CategoryPolicy& p = cats_[static_cast<std::size_t>(ci)];
  p.action = a;
  p.precedence = static_cast<int>(a) * 10;
  if (a == Action::kUpsample) {
    double f = rules.categories[static_cast<std::size_t>(ci)].factor;
    if (!factor.empty()) {
      char* end = nullptr;
      f = std::strtod(factor.c_str(), &end);
      if (!end || *end != '\0' || !(f >= 1.0 && f <= 100.0)) {
        return base::make_error(base::ErrorCode::kUsage,
                                "--action '" + spec + "': factor must be a number from 1 to 100");
      }
    }
    if (f < 1.0) f = 1.0;
    p.factor = f;
  } else if (!factor.empty()) {
    return base::make_error(base::ErrorCode::kUsage, "--action '" + spec + "': only upsample takes a factor");
  }
  return {};
}

Decision Policy::decide(std::uint64_t labels, std::string_view key) const noexcept {
  Decision d;
  if (annotate_only_) {
    d.action = labels ? Action::kAnnotate : Action::kKeep;
    return d;
  }
  if (!labels) return d;
  int best = -1;
  for (std::size_t c = 0; c < cats_.size(); ++c) {
    if (!((labels >> c) & 1u)) continue;
    if (best < 0) {
      best = static_cast<int>(c);
      continue;
    }
    const CategoryPolicy& a = cats_[c];
    const CategoryPolicy& b = cats_[static_cast<std::size_t>(best)];
    if (a.precedence != b.precedence ? a.precedence > b.precedence
        : a.action != b.action       ? a.action > b.action
                                     : a.factor > b.factor) {
      best = static_cast<int>(c);
    }
  }
  const CategoryPolicy& p = cats_[static_cast<std::size_t>(best)];
  d.category = best;
  d.action = p.action;
  switch (p.action) {
    case Action::kDrop:
      d.copies = 0;
      break;
    case Action::kUpsample: {
      double whole = std::floor(p.factor);
      double frac = p.factor - whole;
      d.copies = static_cast<std::uint32_t>(whole);
      if (frac > 0 && base::unit_interval(key, seed_) < frac) ++d.copies;
      if (d.copies < 1) d.copies = 1;
      break;
    }
    default:
      d.copies = 1;
      break;
  }
  return d;
}

}  // namespace hs::policy
