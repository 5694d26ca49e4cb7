// libFuzzer target: rules/names on arbitrary text. given_names and
// name_occurrences must stay in bounds and return whole words; pronoun_chain
// (seeded at each "robot", any case) must equal a naive re-derivation: a
// pronoun counts when the nearest earlier seed or counted pronoun is at most
// `window` words before it.
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "hypersieve/base/utf8.hpp"
#include "hypersieve/rules/names.hpp"

namespace {

bool is_pronoun_at(std::string_view t, std::size_t s, std::size_t& len) {
  static const char* const kForms[] = {"itself", "its", "it"};
  for (const char* f : kForms) {
    const std::size_t n = std::char_traits<char>::length(f);
    if (s + n > t.size()) continue;
    bool eq = true;
    for (std::size_t k = 0; k < n && eq; ++k) eq = (t[s + k] | 0x20) == f[k];
    if (!eq) continue;
    std::size_t cl = 0;
    if (s + n < t.size() && hs::base::is_word_codepoint(hs::base::utf8_decode(t, s + n, cl))) continue;
    len = n;
    return true;
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  const std::uint32_t window = data[0] % 24;
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::vector<std::uint32_t> words;
  hs::base::word_starts(text, words);
  // Seeds: every "robot", any case, as a whole word or not.
  std::vector<hs::rules::NameSpan> seeds;
  for (std::size_t i = 0; i + 5 <= text.size(); ++i) {
    bool eq = true;
    for (std::size_t k = 0; k < 5 && eq; ++k) eq = (text[i + k] | 0x20) == "robot"[k];
    if (eq) seeds.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 5)});
  }
  std::vector<hs::rules::NameSpan> got;
  hs::rules::pronoun_chain(text, words, seeds, window, got);
  // Naive: walk the words; the "last" position is the word holding (or
  // following) the latest seed start, or the latest counted pronoun.
  std::vector<hs::rules::NameSpan> want;
  long last = -1;
  std::size_t j = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    while (j < seeds.size() && seeds[j].start <= words[i]) {
      // the word containing the seed start: the last word starting at or before it
      long w = static_cast<long>(i);
      if (seeds[j].start != words[i]) w = static_cast<long>(i) - 1;
      if (w < 0) w = 0;
      last = w;
      ++j;
    }
    std::size_t len = 0;
    if (last >= 0 && static_cast<long>(i) - last <= static_cast<long>(window) && is_pronoun_at(text, words[i], len)) {
      want.push_back({words[i], static_cast<std::uint32_t>(words[i] + len), true});
      last = static_cast<long>(i);
    }
  }
  if (got.size() != want.size()) std::abort();
  for (std::size_t k = 0; k < got.size(); ++k) {
    if (got[k].start != want[k].start || got[k].end != want[k].end || !got[k].pronoun) std::abort();
    if (got[k].end > text.size()) std::abort();
  }
  // Names given to each seed, and their occurrences: in bounds, whole words.
  std::vector<std::string_view> names;
  for (const auto& sd : seeds) hs::rules::given_names(text, sd.start, sd.end, names);
  if (names.size() > hs::rules::kMaxNames) std::abort();
  for (std::string_view nm : names) {
    if (nm.empty() || nm.data() < text.data() || nm.data() + nm.size() > text.data() + text.size()) std::abort();
    std::vector<hs::rules::NameSpan> occ;
    hs::rules::name_occurrences(text, nm, occ);
    for (const auto& o : occ) {
      if (o.end > text.size() || text.substr(o.start, o.end - o.start) != nm) std::abort();
    }
  }
  return 0;
}
