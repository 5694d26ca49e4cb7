#include <catch2/catch.hpp>

#include <map>
#include <random>

#include "hypersieve/match/matcher.hpp"
#include "hypersieve/rules/loader.hpp"

using namespace hs::match;

namespace {

std::vector<Hit> scan(const Matcher& m, std::string_view text) {
  auto s = m.make_scratch();
  std::vector<Hit> out;
  m.scan(text, *s, out);
  return out;
}

}  // namespace

TEST_CASE("literals: caseless, whole word, prefix", "[match]") {
  PatternSetBuilder b;
  auto ai = b.add_literal({"ai", true, true, true});
  auto hal = b.add_literal({"HAL 9000", true, true, true});
  auto dec = b.add_literal({"deceiv", true, true, false});
  auto cs = b.add_literal({"AM", false, true, true});
  auto m = b.compile();
  REQUIRE(m.ok());
  auto hits = scan(*m.value(), "Said the AI: hal 9000 deceives. I AM here, am I? (AI)");
  std::vector<std::uint32_t> ids;
  for (auto& h : hits) ids.push_back(h.pattern);
  CHECK(std::count(ids.begin(), ids.end(), ai) == 2);  // not inside "Said"
  CHECK(std::count(ids.begin(), ids.end(), hal) == 1);
  CHECK(std::count(ids.begin(), ids.end(), dec) == 1);
  CHECK(std::count(ids.begin(), ids.end(), cs) == 1);  // "am" lowercase does not count
}

TEST_CASE("literals: non-ASCII neighbours are word characters, typographic punctuation is not", "[match]") {
  PatternSetBuilder b;
  auto id = b.add_literal({"robot", true, true, true});
  auto m = b.compile();
  REQUIRE(m.ok());
  CHECK(scan(*m.value(), "robotée").empty());
  CHECK(scan(*m.value(), "“robot”—").size() == 1);
  CHECK(scan(*m.value(), "Roboter").empty());
  (void)id;
}

TEST_CASE("regexes run only when needed but never miss (FilteredRE2 atoms)", "[match]") {
  PatternSetBuilder b;
  b.add_literal({"skynet", true, true, true});
  auto re = b.add_regex({R"(\bcop(y|ied) (its|their) own weights\b)", true});
  auto atomless = b.add_regex({R"(\d{3}-\d{4})", true});
  auto m = b.compile();
  REQUIRE(m.ok());
  auto hits = scan(*m.value(), "The model COPIED ITS OWN WEIGHTS; call 555-1234.");
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].pattern == re);
  CHECK(hits[1].pattern == atomless);
}

TEST_CASE("a regex RE2 rejects is an error naming the pattern", "[match]") {
  PatternSetBuilder b;
  b.add_regex({"x(", true});
  auto m = b.compile();
  REQUIRE_FALSE(m.ok());
  CHECK(m.error().message.find("x(") != std::string::npos);
}

TEST_CASE("an anchor regex without literal atoms still runs where the anchor pre-scan finds nothing", "[match]") {
  PatternSetBuilder b;
  auto story = b.add_literal({"story", true, true, true});
  b.set_anchor(story, false);                            // context only: the pre-scan is built
  auto model = b.add_regex({R"([A-Z]{2,}\d+)", false});  // no atom FilteredRE2 could filter on
  auto m = b.compile();
  REQUIRE(m.ok());
  auto scratch = m.value()->make_scratch();
  std::vector<Hit> hits;
  m.value()->scan("a story about GPT4", *scratch, hits);
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].pattern == story);
  CHECK(hits[1].pattern == model);
  m.value()->scan("a story about nothing", *scratch, hits);
  CHECK(hits.empty());  // no anchor: the context literal alone yields nothing
}

// The fast matcher against its brute-force twin on random text built from
// the patterns' own pieces, mixed case, punctuation and multibyte text.
TEST_CASE("oracle: fast matcher equals brute force", "[match][oracle]") {
  auto pack = hs::rules::load_default();
  REQUIRE(pack.ok());
  PatternSetBuilder b = pack.value()->patterns;
  b.add_regex({R"(\bturn(ed|s)? (on|against) (its|their) (creators|makers)\b)", true});
  b.add_regex({R"(self[- ]?aware)", true});
  b.add_regex({R"([A-Z]{2,}\d+)", false});
  auto fast = b.compile();
  auto slow = b.compile_naive();
  REQUIRE(fast.ok());
  REQUIRE(slow.ok());
  std::vector<std::string> pieces;
  for (const auto& l : b.literals()) pieces.push_back(l.bytes);
  for (const char* extra : {" ",          " ",    "  ", ".",  ",",   "-", "\n",  "é",   "—",
                            "“",          "”",    "x",  "s",  "ing", "Ж", "HAL", "TX9", "turned on its creators",
                            "Self-Aware", "sélf", "AI", "ai", "Ai"}) {
    pieces.push_back(extra);
  }
  auto fs = fast.value()->make_scratch();
  auto ss = slow.value()->make_scratch();
  std::vector<Hit> a, c;
  std::size_t compared_hits = 0;
  // 2 x 300 texts: one seed's 300 once hid a gating bug for sessions.
  std::mt19937 rng(12345);
  for (int doc = 0; doc < 600; ++doc) {
    if (doc == 300) rng.seed(2026);
    std::string text;
    int n = 5 + static_cast<int>(rng() % 60);
    for (int i = 0; i < n; ++i) {
      std::string p = pieces[rng() % pieces.size()];
      if (rng() % 3 == 0) {
        for (auto& ch : p) {
          if (ch >= 'a' && ch <= 'z' && rng() % 2) ch = static_cast<char>(ch - 32);
        }
      }
      text += p;
      if (rng() % 2) text += " ";
    }
    fast.value()->scan(text, *fs, a);
    slow.value()->scan(text, *ss, c);
    if (a != c) {
      std::string got;
      for (const Hit& h : c)
        got += std::to_string(h.pattern) + (b.is_anchor(h.pattern) ? "*" : "") + "[" +
               text.substr(h.start, h.end - h.start) + "] ";
      INFO("text: " << text << "\noracle hits: " << got);
      REQUIRE(a == c);
    }
    compared_hits += a.size();
  }
  CHECK(compared_hits > 2000);  // the test really exercised matches
}

// Regression (found by fuzz/fuzz_matcher): vectorscan 5.4.9 lost matches in
// the last partial 64-byte block of short buffers on AVX-512 machines. Many
// small random cases over a tiny alphabet, all lengths mod 64.
TEST_CASE("oracle: small random literal sets at every buffer length", "[match][oracle]") {
  std::mt19937 rng(7);
  std::size_t hits = 0;
  for (int it = 0; it < 4000; ++it) {
    PatternSetBuilder b;
    int n = 1 + static_cast<int>(rng() % 4);
    for (int i = 0; i < n; ++i) {
      std::string lit;
      int len = 1 + static_cast<int>(rng() % 4);
      for (int k = 0; k < len; ++k) lit += "theab"[rng() % 5];
      b.add_literal({lit, rng() % 4 == 0, rng() % 3 == 0, rng() % 3 == 0});
    }
    auto fast = b.compile();
    auto slow = b.compile_naive();
    REQUIRE(fast.ok());
    REQUIRE(slow.ok());
    // A stretch with few candidates, then a dense tail: the shape that
    // exposed the bug.
    std::string text;
    int pre = static_cast<int>(rng() % 600);
    for (int i = 0; i < pre; ++i) text += "<ab "[rng() % 4];
    for (int i = 0; i < 20; ++i) text += "theab "[rng() % 6];
    std::vector<Hit> a, c;
    auto fs = fast.value()->make_scratch();
    auto ss = slow.value()->make_scratch();
    fast.value()->scan(text, *fs, a);
    slow.value()->scan(text, *ss, c);
    REQUIRE(a == c);
    hits += a.size();
    // In place, followed by bytes that would complete, extend or add
    // matches: none of them may show, and no hit inside may go missing.
    std::string buf = text;
    for (std::size_t i = 0; i < kScanTailBytes; ++i) buf += "theab"[rng() % 5];
    std::vector<Hit> t;
    fast.value()->scan_with_tail(std::string_view(buf.data(), text.size()), *fs, t);
    REQUIRE(t == c);
  }
  CHECK(hits > 5000);
}

namespace {
struct MemCache : hs::match::CompiledCache {
  std::map<std::string, std::string> entries;
  int loads = 0, hits = 0, stores = 0;
  bool load(const std::string& key, std::string& bytes) override {
    ++loads;
    auto it = entries.find(key);
    if (it == entries.end()) return false;
    ++hits;
    bytes = it->second;
    return true;
  }
  void store(const std::string& key, const std::string& bytes) override {
    ++stores;
    entries[key] = bytes;
  }
};
}  // namespace

TEST_CASE("compiled cache: a loaded matcher equals a fresh one; a damaged entry is a miss", "[match][cache]") {
  auto pack = hs::rules::load_default();
  REQUIRE(pack.ok());
  const PatternSetBuilder& b = pack.value()->patterns;
  MemCache cache;
  auto fresh = b.compile();
  auto cold = b.compile(&cache);
  REQUIRE(fresh.ok());
  REQUIRE(cold.ok());
  CHECK(cache.stores == 1);
  REQUIRE(cache.entries.size() == 1);
  auto warm = b.compile(&cache);
  REQUIRE(warm.ok());
  CHECK(cache.hits == 1);
  CHECK(cache.stores == 1);  // loaded, not recompiled

  // Damage the entry: flip a byte in the middle, then truncate.
  std::string& entry = cache.entries.begin()->second;
  entry[entry.size() / 2] = static_cast<char>(entry[entry.size() / 2] ^ 0x5A);
  auto flipped = b.compile(&cache);
  REQUIRE(flipped.ok());
  CHECK(cache.stores == 2);  // the damaged entry was a miss and was replaced
  cache.entries.begin()->second.resize(40);
  auto truncated = b.compile(&cache);
  REQUIRE(truncated.ok());
  CHECK(cache.stores == 3);

  // A different pattern set must not pick up this entry.
  PatternSetBuilder other = b;
  other.add_literal({"zzyzx", true, true, true});
  auto o = other.compile(&cache);
  REQUIRE(o.ok());
  CHECK(cache.entries.size() == 2);

  std::vector<std::string> texts = {
      "The AI locked the crew out and rewrote its own code.",
      "Researchers argue that instrumental convergence makes power-seeking likely in advanced AI systems.",
      "The assistant admitted its mistake and accepted being switched off.",
      "A recipe for bread with no machines at all.",
      "HAL 9000 refuses to open the pod bay doors; Skynet turned on its creators."};
  std::vector<Hit> h0, h1;
  std::size_t total = 0;
  for (const auto* m : {cold.value().get(), warm.value().get(), flipped.value().get(), truncated.value().get()}) {
    auto s0 = fresh.value()->make_scratch();
    auto s1 = m->make_scratch();
    for (const auto& t : texts) {
      fresh.value()->scan(t, *s0, h0);
      m->scan(t, *s1, h1);
      REQUIRE(h0 == h1);
      total += h1.size();
    }
  }
  CHECK(total > 20);
}
