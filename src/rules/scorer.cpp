#include "hypersieve/rules/scorer.hpp"

#include <algorithm>

#include "hypersieve/base/utf8.hpp"

namespace hs::rules {

Scorer::Scorer(std::shared_ptr<const RuleSet> rules, bool use_oracle) : rules_(std::move(rules)) {
  matcher_ = use_oracle && rules_->naive ? rules_->naive.get() : rules_->matcher.get();
  scratch_ = matcher_->make_scratch();
  per_rule_.resize(rules_->rules.size());
  touched_flag_.assign(rules_->rules.size(), 0);
  if (rules_->model) {
    for (std::size_t c = 0; c < rules_->categories.size(); ++c) {
      const Category& cat = rules_->categories[c];
      model_everywhere_ |=
          cat.model_scope == ModelScope::kAll && cat.model_threshold > 0 && rules_->model_column[c] >= 0;
    }
  }
}

Scorer::~Scorer() = default;

namespace {

// Negation cues longer than this many words may be cut short by the
// look-back (a cue of the default pack has at most six).
constexpr std::uint32_t kLongestCueWords = 16;

// Word distance between two offsets: the number of word starts s with
// lo < s <= hi, by binary search in the document's word starts (computed
// once per scored document that has hits).
std::uint32_t word_distance(const std::vector<std::uint32_t>& starts, std::uint32_t a, std::uint32_t b) {
  std::uint32_t lo = std::min(a, b), hi = std::max(a, b);
  auto l = std::upper_bound(starts.begin(), starts.end(), lo);
  auto h = std::upper_bound(l, starts.end(), hi);
  return static_cast<std::uint32_t>(h - l);
}

// What a visit in search_outwards found.
enum class Step { kFound, kNext, kOut };

// Visits [first, last), sorted by position, outwards from mid: mid, mid+1,
// ... until visit says kOut (past the window on that side), then mid-1,
// mid-2, ... likewise. True as soon as a visit returns kFound.
template <class It, class Visit>
bool search_outwards(It first, It mid, It last, Visit&& visit) {
  for (It it = mid; it != last; ++it) {
    const Step s = visit(*it);
    if (s == Step::kFound) return true;
    if (s == Step::kOut) break;
  }
  for (It it = mid; it != first;) {
    const Step s = visit(*--it);
    if (s == Step::kFound) return true;
    if (s == Step::kOut) break;
  }
  return false;
}

}  // namespace

void Scorer::score(std::string_view text, DocScore& out, bool tail_readable) noexcept {
  const RuleSet& rs = *rules_;
  out.scores.assign(rs.categories.size(), 0.0);
  out.labels = 0;
  out.fired_count = 0;
  out.model_p.clear();
  out.model_labels = 0;
  out.model_overruled = 0;
  if (tail_readable) {
    matcher_->scan_with_tail(text, *scratch_, hits_);
  } else {
    matcher_->scan(text, *scratch_, hits_);
  }
  if (hits_.empty()) {
    if (model_everywhere_) run_model(text, out, 0);
    return;
  }

  touched_.clear();
  for (std::uint32_t h = 0; h < hits_.size(); ++h) {
    for (const PatternUse& u : rs.uses[hits_[h].pattern]) {
      RuleHits& rh = per_rule_[u.rule];
      if (!touched_flag_[u.rule]) {
        touched_flag_[u.rule] = 1;
        touched_.push_back(u.rule);
        rh.main.clear();
        rh.near.clear();
        rh.unless.clear();
        rh.negation.clear();
        rh.require.clear();
      }
      switch (u.role) {
        case Role::kMain:
          rh.main.push_back(h);
          break;
        case Role::kNear:
          rh.near.push_back(h);
          break;
        case Role::kUnless:
          rh.unless.push_back(h);
          break;
        case Role::kNegation:
          rh.negation.push_back(h);
          break;
        case Role::kRequire:
          rh.require.push_back(h);
          break;
      }
    }
  }
  std::sort(touched_.begin(), touched_.end());

  bool words_ready = false;
  auto words = [&]() -> const std::vector<std::uint32_t>& {
    if (!words_ready) {
      base::word_starts(text, word_starts_);
      words_ready = true;
    }
    return word_starts_;
  };

  for (std::uint32_t r : touched_) {
    touched_flag_[r] = 0;
    const Rule& rule = rs.rules[r];
    RuleHits& rh = per_rule_[r];
    if (rh.main.empty()) continue;
    if (rule.near.any() && rh.near.empty()) continue;
    // A veto phrase overlapping a hit vetoes it, and takes a context,
    // required or negation term's role away ("robot dance" is no robot;
    // "not just" no "not").
    // Hits of each role are in text order (hits_ is sorted by start), so
    // every search below looks only near its position: a huge document with
    // many vetoes, cues and hits stays O(n log n), not quadratic.
    std::uint32_t unless_max_len = 0;
    for (std::uint32_t ui : rh.unless) unless_max_len = std::max(unless_max_len, hits_[ui].end - hits_[ui].start);
    auto first_at_or_after = [this](const std::vector<std::uint32_t>& idx, std::uint32_t pos) {
      return std::lower_bound(idx.begin(), idx.end(), pos,
                              [this](std::uint32_t i, std::uint32_t p) { return hits_[i].start < p; });
    };
    auto overlaps_unless = [&](const match::Hit& t) {
      // Candidates start before t ends and no earlier than t.start - the longest veto.
      for (auto it = first_at_or_after(rh.unless, t.end); it != rh.unless.begin();) {
        const match::Hit& u = hits_[*--it];
        if (u.start + unless_max_len <= t.start) break;
        if (u.start < t.end && t.start < u.end) return true;
      }
      return false;
    };
    if (rule.require.any()) {
      bool seen = false;
      for (std::uint32_t qi : rh.require) {
        if ((seen = !overlaps_unless(hits_[qi]))) break;
      }
      if (!seen) continue;
    }
    // Names given to this rule's near terms, and the pronouns that refer
    // back to either, found on first need.
    bool names_ready = false;
    auto by_start = [](const NameSpan& a, const NameSpan& b) { return a.start < b.start; };
    auto name_spans = [&]() -> const std::vector<NameSpan>& {
      if (!names_ready) {
        names_ready = true;
        names_.clear();
        name_spans_.clear();
        if (rule.near_names) {
          for (std::uint32_t ni : rh.near) {
            const match::Hit& n = hits_[ni];
            if (names_.size() >= kMaxNames) break;
            if (!overlaps_unless(n)) given_names(text, n.start, n.end, names_);
          }
          for (std::string_view nm : names_) name_occurrences(text, nm, name_spans_);
          std::sort(name_spans_.begin(), name_spans_.end(), by_start);
        }
        if (rule.near_pronouns > 0) {
          seeds_.assign(name_spans_.begin(), name_spans_.end());
          for (std::uint32_t ni : rh.near) {
            if (!overlaps_unless(hits_[ni])) seeds_.push_back({hits_[ni].start, hits_[ni].end});
          }
          std::sort(seeds_.begin(), seeds_.end(), by_start);
          const std::size_t n_names = name_spans_.size();
          pronoun_chain(text, words(), seeds_, rule.near_pronouns, name_spans_);
          std::inplace_merge(name_spans_.begin(), name_spans_.begin() + static_cast<std::ptrdiff_t>(n_names),
                             name_spans_.end(), by_start);
        }
      }
      return name_spans_;
    };
    std::uint32_t counted = 0;
    if (out.fired.size() <= out.fired_count) out.fired.emplace_back();
    FiredRule& fr = out.fired[out.fired_count];
    fr.rule = r;
    fr.spans.clear();
    std::uint32_t last_end = 0;
    bool any = false;
    for (std::uint32_t hi : rh.main) {
      const match::Hit& h = hits_[hi];
      // Overlapping variants of one phrase count once.
      if (any && h.start < last_end) continue;
      // A veto phrase overlapping the hit, or within unless_window words.
      bool vetoed = overlaps_unless(h);
      if (!vetoed && rule.unless.window > 0 && !rh.unless.empty()) {
        // The nearest veto on either side decides (word distance grows with byte distance).
        auto it = first_at_or_after(rh.unless, h.start);
        if (it != rh.unless.end()) vetoed = word_distance(words(), hits_[*it].start, h.start) <= rule.unless.window;
        if (!vetoed && it != rh.unless.begin()) {
          vetoed = word_distance(words(), hits_[*std::prev(it)].start, h.start) <= rule.unless.window;
        }
      }
      // A negation cue shortly before the hit ("not a story about killer
      // robots", "no AI here") vetoes it: look back from the hit to the window.
      // The window counts from the cue's last word ("refused the captain's
      // order | to seal"); cues start in text order, so the look-back stops
      // once even a long cue could not reach.
      for (auto it = first_at_or_after(rh.negation, h.start); !vetoed && it != rh.negation.begin();) {
        const match::Hit& g = hits_[*--it];
        if (word_distance(words(), g.start, h.start) > rule.negation.window + kLongestCueWords) break;
        if (g.end <= h.start && word_distance(words(), g.end, h.start) <= rule.negation.window && !overlaps_unless(g)) {
          vetoed = true;  // "not just", "not only" do not negate
        }
      }
      if (vetoed) continue;
      struct {
        std::uint32_t start = 0, end = 0;
        bool by_name = false;
        bool by_pronoun = false;
      } ctx;
      if (rule.near.any()) {
        // A usable context term: not the hit itself, not inside a veto.
        auto usable = [&](const match::Hit& n) {
          if (n.start == h.start && n.end == h.end) return false;  // a term is not its own context
          return !overlaps_unless(n);
        };
        bool found = false;
        if (rule.near.window == 0) {
          for (std::uint32_t ni : rh.near) {
            if ((found = usable(hits_[ni]))) {
              ctx = {hits_[ni].start, hits_[ni].end};
              break;
            }
          }
        } else {
          // Context hits are in text order and word distance grows with byte
          // distance, so look outwards from the hit and stop at the window.
          auto mid = std::lower_bound(rh.near.begin(), rh.near.end(), h.start,
                                      [this](std::uint32_t ni, std::uint32_t pos) { return hits_[ni].start < pos; });
          found = search_outwards(rh.near.begin(), mid, rh.near.end(), [&](std::uint32_t ni) {
            const match::Hit& n = hits_[ni];
            if (word_distance(words(), n.start, h.start) > rule.near.window) return Step::kOut;
            if (!usable(n)) return Step::kNext;
            ctx = {n.start, n.end};
            return Step::kFound;
          });
        }
        if (!found && (rule.near_names || rule.near_pronouns > 0)) {
          // Outwards from the hit, as for near terms (spans are in text order).
          const std::vector<NameSpan>& ns = name_spans();
          auto mid = std::lower_bound(ns.begin(), ns.end(), h.start,
                                      [](const NameSpan& n, std::uint32_t pos) { return n.start < pos; });
          found = search_outwards(ns.begin(), mid, ns.end(), [&](const NameSpan& n) {
            if (rule.near.window != 0 && word_distance(words(), n.start, h.start) > rule.near.window) return Step::kOut;
            if (n.start < h.end && h.start < n.end) return Step::kNext;  // "Hunter" is not its own context
            ctx = {n.start, n.end, !n.pronoun, n.pronoun};
            return Step::kFound;
          });
        }
        if (!found) continue;
      }
      any = true;
      last_end = h.end;
      ++counted;
      if (fr.spans.size() < kMaxSpans)
        fr.spans.push_back({h.start, h.end, ctx.start, ctx.end, ctx.by_name, ctx.by_pronoun});
      if (rule.cap > 0 && counted >= rule.cap) break;
    }
    if (counted == 0) continue;
    fr.hits = counted;
    ++out.fired_count;
    out.scores[rule.category] += rule.weight * counted;
  }

  // Length normalisation, then thresholds.
  for (std::size_t c = 0; c < rs.categories.size(); ++c) {
    const Category& cat = rs.categories[c];
    if (cat.length_norm_words > 0 && out.scores[c] != 0.0) {
      double n_words = static_cast<double>(std::max<std::size_t>(words().size(), 1));
      if (n_words > cat.length_norm_words) out.scores[c] *= cat.length_norm_words / n_words;
    }
  }
  const std::uint64_t by_rules = assign_labels(rs.categories, out.scores);
  out.labels = by_rules;
  if (rs.model && (out.fired_count > 0 || model_everywhere_)) run_model(text, out, by_rules);
}

void Scorer::run_model(std::string_view text, DocScore& out, std::uint64_t by_rules) noexcept {
  // Where a rule fired (of any weight; the anchor pre-scan finds those
  // documents exactly, see the oracle test) the model reads the text's
  // first model::kMaxModelBytes; elsewhere, with model_scope = "all", its
  // first kUnfiredModelBytes.
  const RuleSet& rs = *rules_;
  const bool fired = out.fired_count > 0;
  rs.model->predict(model_text(text, fired), model_scratch_, model_out_);
  out.model_p.assign(rs.categories.size(), -1.0);
  for (std::size_t c = 0; c < rs.categories.size(); ++c) {
    const int col = rs.model_column[c];
    if (col >= 0) out.model_p[c] = model_out_[static_cast<std::size_t>(col)];
  }
  std::uint64_t excluded = 0;
  out.labels = assign_labels(rs.categories, out.scores, &out.model_p, fired, &excluded);
  out.model_labels = out.labels & ~by_rules;
  out.model_overruled = excluded & by_rules;
}

bool model_labels(const Category& cat, double p, bool fired) {
  if (cat.model_threshold <= 0 || p < cat.model_threshold) return false;
  return fired || (cat.model_scope == ModelScope::kAll && p >= cat.model_threshold_unfired);
}

std::string_view model_text(std::string_view text, bool fired) {
  return fired ? text : text.substr(0, std::min(text.size(), kUnfiredModelBytes));
}

std::uint64_t assign_labels(const std::vector<Category>& cats, const std::vector<double>& scores,
                            const std::vector<double>* model_p, bool fired, std::uint64_t* excluded) {
  auto labelled = [&](std::size_t c) {
    const Category& cat = cats[c];
    if (scores[c] >= cat.threshold && scores[c] > 0) return true;
    return model_p && !model_p->empty() && model_labels(cat, (*model_p)[c], fired);
  };
  std::uint64_t labels = 0;
  for (std::size_t c = 0; c < cats.size(); ++c) {
    if (!cats[c].fallback && labelled(c)) labels |= std::uint64_t{1} << c;
  }
  if (model_p && !model_p->empty()) {
    const std::uint64_t before = labels;
    for (std::size_t c = 0; c < cats.size(); ++c) {
      if (!((before >> c) & 1u)) continue;
      for (std::size_t d = c + 1; d < cats.size(); ++d) {
        if (!((cats[c].exclusive_with >> d) & 1u) || !((before >> d) & 1u)) continue;
        const double pc = (*model_p)[c], pd = (*model_p)[d];
        if (pc < 0 || pd < 0 || pc == pd) continue;
        const std::size_t loser = pc > pd ? d : c;
        if (scores[loser] >= kDecisiveScore * cats[loser].threshold) continue;  // strong rule evidence stands
        labels &= ~(std::uint64_t{1} << loser);
      }
    }
    if (excluded) *excluded = before & ~labels;
  }
  if (labels) return labels;
  for (std::size_t c = 0; c < cats.size(); ++c) {
    if (cats[c].fallback && labelled(c)) labels |= std::uint64_t{1} << c;
  }
  return labels;
}

}  // namespace hs::rules
