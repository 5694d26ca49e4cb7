// libFuzzer target: the fast matcher (scan and scan_with_tail) against its
// brute-force oracle. The input's first line lists literals (separated by
// '|'), the rest is text; some inputs add a regex.
#include <cstdlib>
#include <string>

#include "hypersieve/match/matcher.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string in(reinterpret_cast<const char*>(data), size);
  auto nl = in.find('\n');
  if (nl == std::string::npos || nl > 400) return 0;
  std::string spec = in.substr(0, nl), text = in.substr(nl + 1);
  hs::match::PatternSetBuilder b;
  std::size_t start = 0, n = 0;
  while (start <= spec.size() && n < 32) {
    auto bar = spec.find('|', start);
    std::string lit = spec.substr(start, bar == std::string::npos ? std::string::npos : bar - start);
    if (!lit.empty()) {
      bool caseless = (n % 2) == 0;
      bool ws = (n % 3) != 0, we = (n % 5) != 0;
      auto id = b.add_literal({lit, caseless, ws, we});
      if (n % 4 == 1) b.set_anchor(id, false);
      ++n;
    }
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  if (n == 0) return 0;
  // One regex in three inputs: with atoms ("turn(ed)? on") or without any
  // (an anchor the pre-scan cannot see), as an anchor or as context.
  switch (in.size() % 6) {
    case 0:
      b.add_regex({R"([A-Z]{2,}[0-9]+)", false});
      break;
    case 1:
      b.set_anchor(b.add_regex({R"(turn(ed|s)? (on|against))", true}), false);
      break;
    default:
      break;
  }
  bool any_anchor = false;
  for (std::uint32_t i = 0; i < b.size(); ++i) any_anchor |= b.is_anchor(i);
  if (!any_anchor) b.set_anchor(0, true);
  auto fast = b.compile();
  auto slow = b.compile_naive();
  if (!fast.ok() || !slow.ok()) return 0;
  auto fs = fast.value()->make_scratch();
  auto ss = slow.value()->make_scratch();
  std::vector<hs::match::Hit> a, c;
  fast.value()->scan(text, *fs, a);
  slow.value()->scan(text, *ss, c);
  if (!(a == c)) std::abort();
  // In place, followed by bytes that repeat the text's start (so they can
  // complete or add matches that must not show).
  std::string buf = text;
  for (std::size_t i = 0; i < hs::match::kScanTailBytes; ++i) buf.push_back(text.empty() ? 'a' : text[i % text.size()]);
  fast.value()->scan_with_tail(std::string_view(buf.data(), text.size()), *fs, a);
  if (!(a == c)) std::abort();
  return 0;
}
