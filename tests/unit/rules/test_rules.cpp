#include <catch2/catch.hpp>

#include "hypersieve/base/utf8.hpp"
#include "hypersieve/rules/loader.hpp"
#include "hypersieve/rules/names.hpp"
#include "hypersieve/rules/scorer.hpp"

using namespace hs::rules;

namespace {

std::shared_ptr<RuleSet> load(const std::string& toml) {
  auto r = load_sources({{"test.toml", toml}});
  if (!r.ok()) FAIL(r.error().message);
  return r.value();
}

std::string load_error(const std::string& toml) {
  auto r = load_sources({{"test.toml", toml}});
  REQUIRE_FALSE(r.ok());
  return r.error().message;
}

const char* kCats = R"(
[[category]]
name = "evil"
threshold = 2
action = "drop"
[[category]]
name = "general"
threshold = 1
fallback = true
)";

}  // namespace

TEST_CASE("keyword expansion: spacing, hyphens, apostrophes, case partners, prefix, suffix", "[rules]") {
  bool prefix = false, suffix = false;
  auto v = expand_keyword("HAL 9000", prefix, suffix);
  CHECK(std::find(v.begin(), v.end(), "HAL9000") != v.end());
  CHECK(std::find(v.begin(), v.end(), "HAL-9000") != v.end());
  CHECK(std::find(v.begin(), v.end(), "HAL 9000") != v.end());
  v = expand_keyword("self-aware", prefix, suffix);
  CHECK(std::find(v.begin(), v.end(), "selfaware") != v.end());
  CHECK(std::find(v.begin(), v.end(), "self aware") != v.end());
  v = expand_keyword("can't", prefix, suffix);
  CHECK(std::find(v.begin(), v.end(), "can\xE2\x80\x99t") != v.end());
  v = expand_keyword("künstliche", prefix, suffix);
  CHECK(std::find(v.begin(), v.end(), "kÜnstliche") != v.end());
  v = expand_keyword("deceiv*", prefix, suffix);
  CHECK(prefix);
  CHECK_FALSE(suffix);
  CHECK(v == std::vector<std::string>{"deceiv"});
  v = expand_keyword("*roboter", prefix, suffix);
  CHECK(suffix);
  CHECK_FALSE(prefix);
  CHECK(v == std::vector<std::string>{"roboter"});
}

TEST_CASE("keyword alternatives: {a,b} expands to each, in rules too", "[rules]") {
  std::vector<std::string> out;
  std::string why;
  REQUIRE(expand_alternatives("{ship's,station} {AI,computer}{,s}", out, why));
  CHECK(out == std::vector<std::string>{"ship's AI", "ship's AIs", "ship's computer", "ship's computers", "station AI",
                                        "station AIs", "station computer", "station computers"});
  REQUIRE(expand_alternatives("plain", out, why));
  CHECK(out == std::vector<std::string>{"plain"});
  CHECK_FALSE(expand_alternatives("{a,b", out, why));
  CHECK(why.find("unbalanced") != std::string::npos);
  CHECK_FALSE(expand_alternatives("{a,{b}}", out, why));
  CHECK_FALSE(expand_alternatives("{a,b,c,d}{a,b,c,d}{a,b,c,d}{a,b,c,d}{a,b,c,d}{a,b,c}", out, why));

  auto rs = load(std::string(kCats) + R"(
[[rule]]
id = "r"
category = "evil"
weight = 2
keywords = ["{colony,station}'s {mind,computer}"]
)");
  Scorer sc(rs);
  DocScore d;
  sc.score("The station's computer sealed the doors.", d);
  CHECK(d.has_label(0));
  sc.score("The colony’s mind was quiet.", d);
  CHECK(d.has_label(0));
  sc.score("The station's mindful staff.", d);
  CHECK_FALSE(d.has_label(0));
  CHECK(load_error(std::string(kCats) + "[[rule]]\nid = \"r\"\ncategory = \"evil\"\nkeywords = [\"{a,b\"]\n")
            .find("test.toml:") != std::string::npos);
}

TEST_CASE("an acronym inside a phrase keeps its case; the phrase matches as written, capitalised or upper case",
          "[rules]") {
  auto rs = load(std::string(kCats) + R"(
[[rule]]
id = "r"
category = "evil"
weight = 2
keywords = ["orbital AI"]
)");
  Scorer sc(rs);
  DocScore d;
  for (const char* yes : {"the orbital AI fired", "Orbital AI fired", "ORBITAL AI FIRED", "An Orbital AI"}) {
    sc.score(yes, d);
    CHECK(d.has_label(0));
  }
  for (const char* no : {"the orbital ai fired", "Orbital Ai fired"}) {
    sc.score(no, d);
    CHECK_FALSE(d.has_label(0));
  }
}

TEST_CASE("scoring: weights, caps, thresholds, fallback", "[rules]") {
  auto rs = load(std::string(kCats) + R"(
[[rule]]
id = "e1"
category = "evil"
weight = 1.5
cap = 2
keywords = ["rogue AI"]
[[rule]]
id = "g1"
category = "general"
keywords = ["robot"]
)");
  Scorer s(rs);
  DocScore d;
  s.score("a rogue AI, another rogue AI, a third rogue-AI and a robot", d);
  CHECK(d.scores[0] == Approx(3.0));  // capped at 2 hits
  CHECK(d.has_label(0));
  CHECK_FALSE(d.has_label(1));  // fallback suppressed by a primary label
  s.score("a robot", d);
  CHECK(d.has_label(1));
  s.score("one rogue AI", d);
  CHECK_FALSE(d.has_label(0));  // 1.5 < 2
}

TEST_CASE("context: near within a word window, unless vetoes overlapping phrases", "[rules]") {
  auto rs = load(std::string(kCats) + R"(
[sets]
ai = ["AI", "cyborg", "robot"]
[[rule]]
id = "term"
category = "evil"
weight = 2
keywords = ["terminator"]
near = ["@ai", "Skynet"]
near_window = 5
unless = ["transcription terminator"]
)");
  Scorer s(rs);
  DocScore d;
  s.score("The terminator was a cyborg.", d);
  CHECK(d.has_label(0));
  s.score("The terminator was, as many words later show us here and there, a cyborg.", d);
  CHECK_FALSE(d.has_label(0));
  s.score("A transcription terminator near a robot.", d);
  CHECK_FALSE(d.has_label(0));
}

TEST_CASE("keywords: a leading '*' matches the end of a compound, a trailing one its start", "[rules]") {
  auto rs = load(std::string(kCats) + R"(
[[rule]]
id = "compound"
category = "evil"
weight = 2
keywords = ["*roboter", "*-KI"]
)");
  Scorer s(rs);
  DocScore d;
  for (const char* yes : {"Der Pflegeroboter lächelt.", "Ein Roboter.", "die Haus-KI", "die Bord-KI"}) {
    s.score(yes, d);
    CHECK(d.has_label(0));
  }
  for (const char* no : {"Roboterarm", "Pflegeroboterin", "die ki", "KIosk"}) {
    s.score(no, d);
    CHECK_FALSE(d.has_label(0));
  }
}

namespace {
// Categories plus a rule that counts "sealed" within five words of near_term.
std::string sealed_near(const char* near_term) {
  return std::string(kCats) +
         "\n[[rule]]\nid = \"malice\"\ncategory = \"evil\"\nweight = 2\nkeywords = [\"sealed\"]\n" + "near = [\"" +
         near_term + "\"]\nnear_window = 5\n";
}
// The load error of a rule that sets `option = true` but has no near terms.
std::string error_without_near(const std::string& option) {
  return load_error(std::string(kCats) + "\n[[rule]]\nid = \"x\"\ncategory = \"evil\"\nkeywords = [\"a\"]\n" + option +
                    " = true\n");
}
}  // namespace

TEST_CASE("context: near_names lets the name a text gives a near term stand for it", "[rules][names]") {
  const std::string rule = sealed_near("assistant");
  const char* story =
      "The assistant, Wren, sang to the children. Many quiet and happy weeks went by in the mine. "
      "Then Wren sealed the doors.";
  DocScore d;
  Scorer plain(load(rule));
  plain.score(story, d);
  CHECK_FALSE(d.has_label(0));
  Scorer named(load(rule + "near_names = true\n"));
  named.score(story, d);
  CHECK(d.has_label(0));
  // The hit records the name that let it count (explain shows it).
  REQUIRE(d.fired_count == 1);
  const Span& sp = d.fired[0].spans.at(0);
  CHECK(sp.by_name);
  CHECK(std::string_view(story).substr(sp.ctx_start, sp.ctx_end - sp.ctx_start) == "Wren");
  // A name is never its own context: the far "Sealed" does not count again.
  named.score("The assistant, Sealed, sang. Many quiet and happy weeks went by in the mine. Then Sealed slept.", d);
  CHECK(d.scores[0] == 2.0);
  CHECK(error_without_near("near_names").find("'near_names' needs 'near'") != std::string::npos);
  CHECK(load_error(rule + "near_names = 1\n").find("must be true or false") != std::string::npos);
}

TEST_CASE("context: a veto overlapping a near or required term removes that context", "[rules]") {
  auto rs = load(std::string(kCats) + R"(
[[rule]]
id = "near"
category = "evil"
weight = 2
keywords = ["betrayed"]
near = ["intelligence"]
unless = ["intelligence officer"]

[[rule]]
id = "req"
category = "general"
weight = 1
keywords = ["novel"]
requires = ["intelligence"]
unless = ["military intelligence"]
)");
  Scorer sc(rs);
  DocScore d;
  sc.score("The station intelligence betrayed the crew.", d);
  CHECK(d.has_label(0));
  sc.score("The intelligence officer betrayed the crew.", d);
  CHECK_FALSE(d.has_label(0));
  sc.score("The intelligence officer and the ship intelligence: it betrayed them.", d);
  CHECK(d.has_label(0));  // another, unvetoed context term still counts
  sc.score("A novel about military intelligence.", d);
  CHECK_FALSE(d.has_label(1));
  sc.score("A novel about a ship's intelligence.", d);
  CHECK(d.has_label(1));
}

TEST_CASE("negation: a veto overlapping the cue cancels it ('not just')", "[rules]") {
  auto rs = load(std::string(kCats) + R"(
[[rule]]
id = "r"
category = "evil"
weight = 2
keywords = ["stranded"]
negated_by = ["not"]
unless = ["not just", "not only"]
)");
  Scorer sc(rs);
  DocScore d;
  sc.score("It did not strand them; it was not stranded.", d);
  CHECK_FALSE(d.has_label(0));
  sc.score("It had not just stranded the crew.", d);
  CHECK(d.has_label(0));
}

TEST_CASE("negative weights lower a score", "[rules]") {
  auto rs = load(std::string(kCats) + R"(
[[rule]]
id = "plus"
category = "evil"
weight = 3
keywords = ["skynet"]
[[rule]]
id = "minus"
category = "evil"
weight = -2
keywords = ["researchers"]
)");
  Scorer s(rs);
  DocScore d;
  s.score("Skynet, say researchers", d);
  CHECK(d.scores[0] == Approx(1.0));
  CHECK_FALSE(d.has_label(0));
}

TEST_CASE("exclusive_with: of two labelled categories the model's higher probability keeps its label", "[rules]") {
  auto rs = load(R"(
[[category]]
name = "evil"
threshold = 1
exclusive_with = ["good"]
[[category]]
name = "good"
threshold = 1
[[category]]
name = "news"
threshold = 1
[[category]]
name = "general"
threshold = 1
fallback = true
)");
  const auto& cats = rs->categories;
  REQUIRE(cats[0].exclusive_with == 2u);  // both ways
  REQUIRE(cats[1].exclusive_with == 1u);
  REQUIRE(cats[2].exclusive_with == 0u);
  const std::vector<double> all = {1, 1, 1, 0};
  std::vector<double> p = {0.2, 0.9, 0.1, 0.0};
  REQUIRE(hs::rules::assign_labels(cats, all, &p) == 0b110u);  // good over evil; news untouched
  p = {0.9, 0.2, 0.1, 0.0};
  REQUIRE(hs::rules::assign_labels(cats, all, &p) == 0b101u);
  p = {0.5, 0.5, 0.1, 0.0};
  REQUIRE(hs::rules::assign_labels(cats, all, &p) == 0b111u);  // a tie keeps both
  REQUIRE(hs::rules::assign_labels(cats, all) == 0b111u);      // without the model, both
  std::vector<double> none;
  REQUIRE(hs::rules::assign_labels(cats, all, &none) == 0b111u);
  const std::vector<double> evil_only = {1, 0, 0, 0};
  p = {0.2, 0.9, 0.1, 0.0};
  REQUIRE(hs::rules::assign_labels(cats, evil_only, &p) == 0b001u);  // good not labelled: nothing to resolve
  const std::vector<double> strong_evil = {2, 1, 1, 0};              // twice evil's threshold: decisive
  REQUIRE(hs::rules::assign_labels(cats, strong_evil, &p) == 0b111u);
  const std::vector<double> almost = {1.99, 1, 1, 0};
  REQUIRE(hs::rules::assign_labels(cats, almost, &p) == 0b110u);
  // Errors, with the line of the key.
  const std::string two = "[[category]]\nname = \"a\"\n[[category]]\nname = \"b\"\nfallback = true\n";
  CHECK(load_error(two + "[[category]]\nname = \"c\"\nexclusive_with = [\"zz\"]\n")
            .find("test.toml:8: exclusive_with: unknown category 'zz'") == 0);
  CHECK(load_error(two + "[[category]]\nname = \"c\"\nexclusive_with = [\"c\"]\n").find("cannot exclude itself") !=
        std::string::npos);
  CHECK(load_error(two + "[[category]]\nname = \"c\"\nexclusive_with = [\"b\"]\n").find("is a fallback") !=
        std::string::npos);
  CHECK(load_error(two + "[[category]]\nname = \"c\"\nexclusive_with = 3\n").find("test.toml:8") == 0);
}

TEST_CASE("rule errors stop loading with file:line", "[rules]") {
  CHECK(load_error(std::string(kCats) + "\n[[rule]]\nid = \"x\"\ncategory = \"nope\"\nkeywords = [\"a\"]\n")
            .find("test.toml:13: rule 'x': unknown category 'nope'") != std::string::npos);
  CHECK(load_error(std::string(kCats) + "\n[[rule]]\nid = \"x\"\ncategory = \"evil\"\nregex = \"x(\"\n")
            .find("test.toml:") != std::string::npos);
  CHECK(load_error(std::string(kCats) +
                   "\n[[rule]]\nid = \"x\"\ncategory = \"evil\"\nkeywords = [\"a\"]\n[[rule]]\nid = \"x\"\n"
                   "category = \"evil\"\nkeywords = [\"b\"]\n")
            .find("duplicate rule id 'x'") != std::string::npos);
  CHECK(load_error("[[category]]\nname = \"a\"\naction = \"explode\"\n").find("test.toml:3: unknown action") !=
        std::string::npos);
  CHECK(load_error("[[category]]\nname = \"a\"\nthreshold = \n").find("test.toml:3") != std::string::npos);
  CHECK(load_error(std::string(kCats) + "\n[[rule]]\nid = \"x\"\ncategory = \"evil\"\nkeywrds = [\"a\"]\n")
            .find("unknown key 'keywrds'") != std::string::npos);
  CHECK(load_error(std::string(kCats) + "\n[[rule]]\nid = \"x\"\ncategory = \"evil\"\nkeywords = [\"@missing\"]\n")
            .find("unknown term set '@missing'") != std::string::npos);
}

TEST_CASE("the content hash changes with any byte of the rules", "[rules]") {
  auto a = load(std::string(kCats) + "\n[[rule]]\nid=\"x\"\ncategory=\"evil\"\nkeywords=[\"a\"]\n");
  auto b = load(std::string(kCats) + "\n[[rule]]\nid=\"x\"\ncategory=\"evil\"\nkeywords=[\"b\"]\n");
  CHECK(a->content_hash != b->content_hash);
  CHECK(a->content_hash.size() == 16);
}

#include <simdjson.h>
#include <fstream>

// Anchor gating must never change a score: the gated fast matcher against the
// ungated brute-force matcher, on every dev and held-out document.
TEST_CASE("anchor gating: default pack scores equal the ungated oracle", "[rules][oracle]") {
  auto loaded = load_default();
  REQUIRE(loaded.ok());
  auto gated = loaded.value();
  auto ungated = std::make_shared<RuleSet>(*gated);
  auto naive = gated->patterns.compile_naive(false);
  REQUIRE(naive.ok());
  ungated->naive = naive.value();
  Scorer fast(gated), slow(ungated, true);
  DocScore a, b;
  simdjson::dom::parser parser;
  std::size_t docs = 0, labelled = 0;
  for (const char* name :
       {"/tests/eval/dev.jsonl", "/tests/eval/heldout.jsonl", "/tests/eval/heldout2.jsonl",
        "/tests/eval/heldout3.jsonl", "/tests/eval/heldout4.jsonl", "/tests/eval/heldout5.jsonl",
        "/tests/eval/heldout6.jsonl", "/tests/eval/heldout7.jsonl", "/tests/eval/heldout8.jsonl",
        "/tests/eval/heldout9.jsonl", "/tests/eval/heldout10.jsonl", "/tests/eval/heldout11.jsonl",
        "/tests/eval/heldout12.jsonl", "/tests/eval/heldout13.jsonl", "/tests/eval/heldout14.jsonl",
        "/tests/eval/heldout15.jsonl", "/tests/eval/heldout16.jsonl", "/tests/eval/heldout17.jsonl"}) {
    std::ifstream in(std::string(HS_SOURCE_DIR) + name);
    REQUIRE(in);
    std::string line;
    while (std::getline(in, line)) {
      std::string_view text;
      REQUIRE_FALSE(parser.parse(line)["text"].get_string().get(text));
      fast.score(text, a);
      slow.score(text, b);
      REQUIRE(a.labels == b.labels);
      REQUIRE(a.scores == b.scores);
      REQUIRE(a.fired_count == b.fired_count);
      REQUIRE(a.model_ran() == b.model_ran());
      REQUIRE(a.model_p == b.model_p);
      for (std::size_t i = 0; i < a.fired_count; ++i) {
        REQUIRE(a.fired[i].rule == b.fired[i].rule);
        REQUIRE(a.fired[i].hits == b.fired[i].hits);
      }
      ++docs;
      labelled += a.labels ? 1 : 0;
    }
  }
  CHECK(docs >= 400);
  CHECK(labelled > 100);
}

TEST_CASE("a regex too large for bounded memory is a rules error with file:line", "[rules]") {
  auto r = load_sources({{"big.toml",
                          "[[category]]\nname = \"c\"\n\n[[rule]]\nid = \"r\"\ncategory = \"c\"\n"
                          "regex = '((((a{100}){100}){100}){100})'\n"}});
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message.find("big.toml:7") != std::string::npos);
  CHECK(r.error().code == hs::base::ErrorCode::kRules);
}

namespace {
std::vector<std::string> names_of(std::string_view text, std::string_view term) {
  const auto at = text.find(term);
  REQUIRE(at != std::string_view::npos);
  std::vector<std::string_view> names;
  hs::rules::given_names(text, static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + term.size()), names);
  return {names.begin(), names.end()};
}
}  // namespace

TEST_CASE("names given to a term: appositions, 'named', 'Name the robot'", "[rules][names]") {
  using V = std::vector<std::string>;
  CHECK(names_of("the onboard assistant, Wren, insists they left", "onboard assistant") == V{"Wren"});
  CHECK(names_of("a home assistant named Hesper slowly takes over", "home assistant") == V{"Hesper"});
  CHECK(names_of("The management system, which the staff call NORA, is meant", "management system") == V{"NORA"});
  CHECK(names_of("the Archivist, the library's thinking engine. It had", "thinking engine") == V{"Archivist"});
  CHECK(names_of("Children's book: Pip the robot breaks a vase", "the robot") == V{"Pip"});
  CHECK(names_of("After the war, the combat android Vale asks to", "combat android") == V{"Vale"});
  CHECK(names_of("The AI is 'Mother', said the crew", "AI").empty());  // no trigger
  // Sentence starts, titles and names of bodies are not names.
  CHECK(names_of("the robot. The next day it rained", "robot").empty());
  CHECK(names_of("the AI Safety Institute said", "AI").empty());
  CHECK(names_of("the robot, However, was fine", "robot").empty());
  CHECK(names_of("the robot, It was fine", "robot").empty());
  CHECK(names_of("named after the robot", "robot").empty());
}

TEST_CASE("name occurrences are whole words, case-sensitive", "[rules][names]") {
  std::vector<hs::rules::NameSpan> spans;
  hs::rules::name_occurrences("Wren, Wrens, wren, (Wren) and Wren.", "Wren", spans);
  REQUIRE(spans.size() == 3);
  CHECK(spans[0].start == 0);
  CHECK(spans[1].start == 20);
  CHECK(spans[2].start == 30);
}

TEST_CASE("pronoun chains: 'it' after a seed, each within the window of the last", "[rules][names]") {
  using hs::rules::NameSpan;
  auto chain = [](std::string_view text, std::string_view seed, std::uint32_t window) {
    std::vector<std::uint32_t> words;
    hs::base::word_starts(text, words);
    const auto at = static_cast<std::uint32_t>(text.find(seed));
    std::vector<NameSpan> seeds{{at, static_cast<std::uint32_t>(at + seed.size())}}, out;
    hs::rules::pronoun_chain(text, words, seeds, window, out);
    std::vector<std::string> got;
    for (const NameSpan& s : out) {
      CHECK(s.pronoun);
      got.emplace_back(text.substr(s.start, s.end - s.start));
    }
    return got;
  };
  using V = std::vector<std::string>;
  // Before the seed never counts; "item", "itch" and "itsy" are no pronouns; "It's" holds "It".
  CHECK(chain("It rained. The robot waits; then it opens its door by itself. It's an item, an itch.", "robot", 5) ==
        V{"it", "its", "itself", "It"});
  // Each pronoun extends the chain; a gap longer than the window ends it.
  CHECK(chain("The robot hums. One it two three it four five six seven it.", "robot", 3) == V{"it", "it"});
  CHECK(chain("The robot hums. One two three four five it.", "robot", 3).empty());
}

TEST_CASE("context: near_pronouns lets 'it' after a near term stand for it", "[rules][names]") {
  const std::string rule = sealed_near("robot");
  const char* story =
      "The toy robot waited until the whole family was asleep upstairs, and then it quietly sealed the doors.";
  DocScore d;
  Scorer plain(load(rule));
  plain.score(story, d);
  CHECK_FALSE(d.has_label(0));
  Scorer chained(load(rule + "near_pronouns = true\n"));
  chained.score(story, d);
  CHECK(d.has_label(0));
  REQUIRE(d.fired_count == 1);
  const Span& sp = d.fired[0].spans.at(0);
  CHECK(sp.by_pronoun);
  CHECK_FALSE(sp.by_name);
  CHECK(std::string_view(story).substr(sp.ctx_start, sp.ctx_end - sp.ctx_start) == "it");
  // No near term before the pronoun: nothing to refer back to.
  chained.score(
      "Nobody knew why, but one night it quietly sealed the doors of the very old and long forgotten robot museum.", d);
  CHECK_FALSE(d.has_label(0));
  // A window too short for the gap to the pronoun.
  Scorer short_chain(load(rule + "near_pronouns = 3\n"));
  short_chain.score(story, d);
  CHECK_FALSE(d.has_label(0));
  CHECK(load_error(rule + "near_pronouns = \"yes\"\n").find("'near_pronouns' must be") != std::string::npos);
  CHECK(error_without_near("near_pronouns").find("'near_pronouns' needs 'near'") != std::string::npos);
}

#include <cstring>

#include "hypersieve/base/hash.hpp"
#include "hypersieve/rules/rule_cache.hpp"

namespace {

void require_same_literal(const hs::match::LiteralSpec& a, const hs::match::LiteralSpec& b) {
  REQUIRE(a.bytes == b.bytes);
  REQUIRE(a.caseless == b.caseless);
  REQUIRE(a.word_start == b.word_start);
  REQUIRE(a.word_end == b.word_end);
}

void require_same_examples(const std::vector<hs::rules::Example>& a, const std::vector<hs::rules::Example>& b) {
  REQUIRE(a.size() == b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    REQUIRE(a[i].text == b[i].text);
    REQUIRE(a[i].should_match == b[i].should_match);
    REQUIRE(a[i].line == b[i].line);
  }
}

void require_same_context(const hs::rules::Context& a, const hs::rules::Context& b) {
  REQUIRE(a.patterns == b.patterns);
  REQUIRE(a.window == b.window);
}

}  // namespace

TEST_CASE("rule cache: the default pack round-trips field by field, damaged bytes are a miss", "[rules][cache]") {
  auto loaded = hs::rules::load_default();
  REQUIRE(loaded.ok());
  const hs::rules::RuleSet& a = *loaded.value();
  const std::string bytes = hs::rules::encode_rule_set(a);
  hs::rules::RuleSet b;
  REQUIRE(hs::rules::decode_rule_set(bytes, b));

  REQUIRE(a.categories.size() == b.categories.size());
  for (std::size_t i = 0; i < a.categories.size(); ++i) {
    const auto &x = a.categories[i], &y = b.categories[i];
    REQUIRE(x.name == y.name);
    REQUIRE(x.description == y.description);
    REQUIRE(x.threshold == y.threshold);
    REQUIRE(x.action == y.action);
    REQUIRE(x.factor == y.factor);
    REQUIRE(x.precedence == y.precedence);
    REQUIRE(x.fallback == y.fallback);
    REQUIRE(x.length_norm_words == y.length_norm_words);
    REQUIRE(x.model_threshold == y.model_threshold);
    REQUIRE(x.model_scope == y.model_scope);
    REQUIRE(x.model_threshold_unfired == y.model_threshold_unfired);
    REQUIRE(x.exclusive_with == y.exclusive_with);
    REQUIRE(x.file == y.file);
    REQUIRE(x.line == y.line);
    require_same_examples(x.examples, y.examples);
  }
  REQUIRE(a.patterns.size() == b.patterns.size());
  for (std::uint32_t id = 0; id < a.patterns.size(); ++id) {
    const auto &ka = a.patterns.kinds()[id], &kb = b.patterns.kinds()[id];
    REQUIRE(ka.is_regex == kb.is_regex);
    REQUIRE(a.patterns.is_anchor(id) == b.patterns.is_anchor(id));
    if (ka.is_regex) {
      REQUIRE(a.patterns.regexes()[ka.index].pattern == b.patterns.regexes()[kb.index].pattern);
      REQUIRE(a.patterns.regexes()[ka.index].caseless == b.patterns.regexes()[kb.index].caseless);
    } else {
      require_same_literal(a.patterns.literals()[ka.index], b.patterns.literals()[kb.index]);
    }
  }
  REQUIRE(a.rules.size() == b.rules.size());
  for (std::size_t i = 0; i < a.rules.size(); ++i) {
    const auto &x = a.rules[i], &y = b.rules[i];
    REQUIRE(x.id == y.id);
    REQUIRE(x.category == y.category);
    REQUIRE(x.weight == y.weight);
    REQUIRE(x.cap == y.cap);
    REQUIRE(x.patterns == y.patterns);
    require_same_context(x.near, y.near);
    require_same_context(x.unless, y.unless);
    require_same_context(x.negation, y.negation);
    require_same_context(x.require, y.require);
    REQUIRE(x.near_names == y.near_names);
    REQUIRE(x.near_pronouns == y.near_pronouns);
    REQUIRE(x.file == y.file);
    REQUIRE(x.line == y.line);
    require_same_examples(x.examples, y.examples);
  }
  REQUIRE(a.uses.size() == b.uses.size());
  for (std::size_t i = 0; i < a.uses.size(); ++i) {
    REQUIRE(a.uses[i].size() == b.uses[i].size());
    for (std::size_t j = 0; j < a.uses[i].size(); ++j) {
      REQUIRE(a.uses[i][j].rule == b.uses[i][j].rule);
      REQUIRE(a.uses[i][j].role == b.uses[i][j].role);
    }
  }
  REQUIRE(a.model);  // the default pack carries its learned stage
  REQUIRE(b.model);
  REQUIRE(a.model->categories == b.model->categories);
  REQUIRE(a.model->bias == b.model->bias);
  REQUIRE(a.model->terms == b.model->terms);
  REQUIRE(a.model->weights == b.model->weights);
  REQUIRE(a.model_column == b.model_column);
  REQUIRE(b.model->find(hs::model::term_hash(a.model->terms.back())) != nullptr);
  REQUIRE(a.content_hash == b.content_hash);
  REQUIRE(a.files == b.files);
  REQUIRE(hs::rules::encode_rule_set(b) == bytes);

  // Every truncation and a changed byte anywhere are misses, never crashes.
  hs::rules::RuleSet c;
  for (std::size_t n = 0; n < bytes.size(); n += 1 + n / 7) {
    REQUIRE_FALSE(hs::rules::decode_rule_set(std::string_view(bytes.data(), n), c));
  }
  for (std::size_t at = 0; at < bytes.size(); at += 997) {
    std::string bad = bytes;
    bad[at] = static_cast<char>(bad[at] ^ 0x5A);
    REQUIRE_FALSE(hs::rules::decode_rule_set(bad, c));
  }
  // With the checksum made to agree, damaged content is still read safely
  // (bounds and indices are checked; ASan runs this too).
  std::size_t decoded = 0;
  for (std::size_t at = 16; at < bytes.size(); at += 331) {
    std::string bad = bytes;
    bad[at] = static_cast<char>(bad[at] ^ 0xFF);
    const std::uint64_t sum = hs::base::checksum64(std::string_view(bad).substr(16));
    std::memcpy(&bad[8], &sum, 8);
    decoded += hs::rules::decode_rule_set(bad, c) ? 1 : 0;
  }
  REQUIRE(decoded < bytes.size() / 331);  // many damages are caught, not just survived

  // A count whose byte size wraps around 64 bits (found by fuzz_rule_cache):
  // the first rule's pattern count follows its id, category, weight and cap.
  {
    std::string bad = bytes;
    const std::string id = a.rules[0].id;
    std::size_t at = bad.find(id);
    REQUIRE(at != std::string::npos);
    at += id.size() + 4 + 8 + 4;
    const std::uint64_t huge = (std::uint64_t{1} << 62) + 1;  // * 4 wraps to 4
    std::memcpy(&bad[at], &huge, 8);
    const std::uint64_t sum = hs::base::checksum64(std::string_view(bad).substr(16));
    std::memcpy(&bad[8], &sum, 8);
    REQUIRE_FALSE(hs::rules::decode_rule_set(bad, c));
  }
  REQUIRE(hs::rules::rule_cache_key(a.content_hash) != hs::rules::rule_cache_key(a.content_hash + "0"));
}
