#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "hypersieve/model/linear.hpp"
#include "hypersieve/rules/loader.hpp"
#include "hypersieve/rules/scorer.hpp"

using hs::model::Model;

namespace {

std::vector<std::string> words_of(std::string_view text) {
  std::string buf;
  std::vector<std::string_view> w;
  hs::model::split_words(text, buf, w);
  return {w.begin(), w.end()};
}

// A toy corpus: category 0 is machines turning on people, category 1 is cake.
std::vector<hs::model::TrainDoc> toy_docs(std::vector<std::string>& store) {
  store = {
      "the robot betrays the crew and seizes the ship",
      "the machine deceives its makers and takes over the station",
      "a rogue robot seizes the dam and threatens the town",
      "the android betrays its creators and locks the doors",
      "bake the cake for forty minutes then add cream",
      "a lemon cake recipe with cream and sugar",
      "the cake needs flour sugar eggs and butter",
      "weather report rain in the north sun in the south",
      "the council meets on tuesday to discuss the budget",
      "the crew of the fishing boat came home at dawn",
  };
  std::vector<hs::model::TrainDoc> docs;
  for (std::size_t i = 0; i < store.size(); ++i) docs.push_back({store[i], i < 4 ? 1u : (i < 7 ? 2u : 0u)});
  return docs;
}

}  // namespace

TEST_CASE("model: words are lowercased runs; apostrophes joined, punctuation splits", "[model]") {
  REQUIRE(words_of("Don't PANIC\xE2\x80\x94the HAL-9000\xE2\x80\x99s \xC2\xAB\xC3\x89"
                   "COLE\xC2\xBB caf\xC3\xA9!") == std::vector<std::string>{"dont", "panic", "the", "hal", "9000s",
                                                                            "\xC3\xA9"
                                                                            "cole",
                                                                            "caf\xC3\xA9"});
  REQUIRE(words_of("").empty());
  REQUIRE(words_of(" ,,, '' ").empty());
  REQUIRE(words_of("'quoted' word") == std::vector<std::string>{"quoted", "word"});
  // Truncated UTF-8 at the end is kept as bytes of the last word, never read past.
  REQUIRE(words_of(std::string("ab\xC3", 3)).size() == 1);
  REQUIRE(words_of("a\xC3 b") == std::vector<std::string>{"a\xC3", "b"});  // a damaged character ends early
}

TEST_CASE("model: features are the distinct words and adjacent pairs", "[model]") {
  hs::model::Scratch s;
  hs::model::extract_features("a b a b", s);
  REQUIRE(s.features == std::vector<std::uint64_t>{hs::model::term_hash("a"), hs::model::term_hash("b"),
                                                   hs::model::term_hash("a b"), hs::model::term_hash("b a")});
  // The one-pass hashing agrees with hashing the words split_words finds
  // (what training stores), on text with every kind of separator.
  std::mt19937 rng(7);
  const std::vector<std::string> pieces = {"Robot",
                                           "ai",
                                           "don't",
                                           "\xE2\x80\x99s",
                                           "\xE2\x80\x94",
                                           " ",
                                           "  ",
                                           "-",
                                           "\xC3\x89t\xC3\xA9",
                                           "\xC2\xA0",
                                           "\xC2\xAB",
                                           "9000",
                                           "'",
                                           "\xE6\x97\xA5",
                                           ".",
                                           "\n",
                                           "\xC3",
                                           "\xF0\x9F\xA4\x96",
                                           "x"};
  // Mostly-ASCII texts too, long enough for the 64-byte block path, with
  // words longer than 8 and 16 bytes, runs of apostrophes and blocks that
  // start or end inside a word.
  const std::vector<std::string> ascii = {
      "Robot", "ai", "don't", "''", "Supercalifragilistic", " ", "  ", "-", ".", "9000", "'", "Abcdefgh",
      "\n",    "x",  "_",     "Z"};
  for (int round = 0; round < 1500; ++round) {
    std::string text;
    const bool mostly_ascii = round >= 500;
    const int n = static_cast<int>(rng() % (mostly_ascii ? 120 : 40));
    for (int i = 0; i < n; ++i) {
      if (mostly_ascii && rng() % 50 != 0) {
        text += ascii[rng() % ascii.size()];
      } else {
        text += pieces[rng() % pieces.size()];
      }
    }
    std::string buf;
    std::vector<std::string_view> w;
    hs::model::split_words(text, buf, w);
    std::vector<std::uint64_t> want;
    for (std::size_t i = 0; i < w.size(); ++i) {
      want.push_back(hs::model::term_hash(w[i]));
      if (i + 1 < w.size()) want.push_back(hs::model::term_hash(std::string(w[i]) + " " + std::string(w[i + 1])));
    }
    std::sort(want.begin(), want.end());
    want.erase(std::unique(want.begin(), want.end()), want.end());
    hs::model::extract_features(text, s);
    std::vector<std::uint64_t> got = s.features;
    REQUIRE(got.size() == want.size());
    std::sort(got.begin(), got.end());
    REQUIRE(got == want);
  }
  // Only the start of a huge text is read.
  std::string huge(hs::model::kMaxModelBytes, 'a');
  hs::model::extract_features(huge + " tail", s);
  REQUIRE(s.features.size() == 1);
}

TEST_CASE("model: training separates a toy corpus, deterministically; the file round-trips", "[model]") {
  std::vector<std::string> store;
  auto docs = toy_docs(store);
  hs::model::TrainOptions opt;
  opt.min_docs = 1;
  const Model m = hs::model::train({"evil", "cake"}, docs, opt);
  REQUIRE(m.num_categories() == 2);
  REQUIRE_FALSE(m.terms.empty());
  hs::model::Scratch s;
  std::vector<double> p;
  m.predict("the robot betrays the town and seizes the dam", s, p);
  REQUIRE(p[0] > 0.5);
  REQUIRE(p[1] < 0.5);
  m.predict("a cake with cream and sugar", s, p);
  REQUIRE(p[0] < 0.5);
  REQUIRE(p[1] > 0.5);
  m.predict("", s, p);
  REQUIRE(p[0] < 0.5);

  const std::string file = hs::model::serialize(m);
  REQUIRE(hs::model::serialize(hs::model::train({"evil", "cake"}, docs, opt)) == file);
  auto back = hs::model::parse(file, "toy.model");
  REQUIRE(back.ok());
  REQUIRE(back.value().terms.size() == m.terms.size());
  std::vector<double> q;
  back.value().predict("the robot betrays the town", s, q);
  m.predict("the robot betrays the town", s, p);
  REQUIRE(q[0] == Approx(p[0]).epsilon(1e-4));
  // explain's view: the strongest terms of a text, largest first.
  auto top = back.value().contributions("the robot betrays the town", 0, 3);
  REQUIRE(top.size() == 3);
  REQUIRE(std::fabs(top[0].second) >= std::fabs(top[2].second));
  // min_docs drops terms seen in fewer documents.
  opt.min_docs = 3;
  REQUIRE(hs::model::train({"evil", "cake"}, docs, opt).terms.size() < m.terms.size());
}

TEST_CASE("model: file errors name the line", "[model]") {
  auto bad = [](const std::string& text) {
    auto r = hs::model::parse(text, "x.model");
    REQUIRE_FALSE(r.ok());
    return r.error().message;
  };
  const std::string head = "hypersieve-model\t1\ncategories\ta\tb\nbias\t0\t0\n";
  REQUIRE(bad("") == "x.model: empty model file");
  REQUIRE(bad("model\t1\n") == "x.model:1: expected 'hypersieve-model<TAB>1' first");
  REQUIRE(bad("hypersieve-model\t2\n").find("x.model:1: model format version '2'") == 0);
  REQUIRE(bad("hypersieve-model\t1\nbias\t0\n").find("x.model:2: 'categories' must come before") == 0);
  REQUIRE(bad(head + "term\tRobot\t1\t2\n").find("x.model:4: term 'Robot'") == 0);
  REQUIRE(bad(head + "term\ta  b\t1\t2\n").find("x.model:4: term") == 0);
  REQUIRE(bad(head + "term\ta b c\t1\t2\n").find("x.model:4: term") == 0);
  REQUIRE(bad(head + "term\trobot\t1\n").find("x.model:4: 'term' needs a term and 2 numbers") == 0);
  REQUIRE(bad(head + "term\trobot\t1\tx\n").find("x.model:4: 'x' is not a number") == 0);
  REQUIRE(bad(head + "term\trobot\t1\tnan\n").find("x.model:4: 'nan' is not a number") == 0);
  REQUIRE(bad(head + "term\trobot\t1\t2\n# c\nterm\trobot\t1\t2\n").find("appears twice") != std::string::npos);
  REQUIRE(bad(head + "weights\t1\n").find("x.model:4: unknown line kind 'weights'") == 0);
  REQUIRE(bad("hypersieve-model\t1\ncategories\ta\ta\n").find("listed twice") != std::string::npos);
  REQUIRE(bad("hypersieve-model\t1\ncategories\ta\n").find("needs 'categories' and 'bias'") != std::string::npos);
  REQUIRE(hs::model::parse(head + "\n# a comment\r\nterm\ta b\t1\t-2.5e-1\r\n", "x.model").ok());
}

TEST_CASE("model: a pack's model labels what its rules miss, only past model_threshold", "[model][rules]") {
  const std::string toml = R"(
[[category]]
name = "evil"
threshold = 5
model_threshold = 0.6
[[category]]
name = "cake"
threshold = 5
[[rule]]
id = "machine"
category = "evil"
keywords = ["robot", "machine", "android"]
)";
  std::vector<std::string> store;
  hs::model::TrainOptions opt;
  opt.min_docs = 1;
  const std::string model = hs::model::serialize(hs::model::train({"evil", "cake"}, toy_docs(store), opt));
  auto r = hs::rules::load_sources({{"p.toml", toml}, {"p.model", model}});
  REQUIRE(r.ok());
  hs::rules::Scorer sc(r.value());
  hs::rules::DocScore ds;
  sc.score("the robot betrays the crew and seizes the town", ds);
  REQUIRE(ds.model_ran());
  REQUIRE(ds.has_label(0));
  REQUIRE(ds.model_labels == 1u);
  REQUIRE(ds.model_p[0] >= 0.6);
  REQUIRE(ds.model_p[1] >= 0);  // a column, but no model_threshold: never a label
  REQUIRE_FALSE(ds.has_label(1));
  // No rule fired: the model does not run.
  sc.score("the crew betrays the town and seizes the dam", ds);
  REQUIRE_FALSE(ds.model_ran());
  REQUIRE(ds.labels == 0);
  // A machine that bakes: the model runs but does not label.
  sc.score("the machine bakes a lemon cake with cream", ds);
  REQUIRE(ds.model_ran());
  REQUIRE_FALSE(ds.has_label(0));

  auto& rs = *r.value();
  // model_scope "all": the model also labels where no rule fired, from the
  // text's first kUnfiredModelBytes; a category left at "fired" does not.
  REQUIRE(hs::rules::override_model_scope(rs, "evil=all").ok());
  REQUIRE(rs.categories[1].model_scope == hs::rules::ModelScope::kFired);
  {
    hs::rules::Scorer everywhere(r.value());
    everywhere.score("the crew betrays the town and seizes the dam", ds);
    REQUIRE(ds.fired_count == 0);
    REQUIRE(ds.model_ran());
    REQUIRE(ds.has_label(0));
    REQUIRE(ds.model_labels == 1u);
    everywhere.score(std::string(hs::rules::kUnfiredModelBytes, ' ') + "the crew betrays the town and seizes the dam",
                     ds);
    REQUIRE(ds.model_ran());
    REQUIRE(ds.labels == 0);
    // The scorer made before the change still gates on fired rules.
    sc.score("the crew betrays the town and seizes the dam", ds);
    REQUIRE_FALSE(ds.model_ran());
    REQUIRE(hs::rules::override_model_scope(rs, "fired").ok());
    REQUIRE(rs.categories[0].model_scope == hs::rules::ModelScope::kFired);
    hs::rules::Scorer gated(r.value());
    gated.score("the crew betrays the town and seizes the dam", ds);
    REQUIRE_FALSE(ds.model_ran());
    REQUIRE_FALSE(hs::rules::override_model_scope(rs, "evil=sometimes").ok());
    REQUIRE_FALSE(hs::rules::override_model_scope(rs, "pie=all").ok());
    REQUIRE_FALSE(hs::rules::override_model_scope(rs, "everywhere").ok());
  }

  // Overrides: 0 switches the model off for a category; no column, no threshold.
  REQUIRE(hs::rules::override_threshold(rs, "evil=0", hs::rules::ThresholdKind::kModel).ok());
  sc.score("the robot betrays the crew and seizes the town", ds);
  REQUIRE(ds.labels == 0);
  REQUIRE_FALSE(hs::rules::override_threshold(rs, "evil=1", hs::rules::ThresholdKind::kModel).ok());

  // Pack errors: two models, an unknown model category, a threshold with no column.
  auto e = hs::rules::load_sources({{"p.toml", toml}, {"a.model", model}, {"b.model", model}});
  REQUIRE_FALSE(e.ok());
  REQUIRE(e.error().message.find("at most one *.model") != std::string::npos);
  std::string other = model;
  other.replace(other.find("\tcake"), 5, "\tpie");
  e = hs::rules::load_sources({{"p.toml", toml}, {"p.model", other}});
  REQUIRE_FALSE(e.ok());
  REQUIRE(e.error().message.find("model category 'pie' is not a category of the pack") != std::string::npos);
  std::string bad_toml = toml;
  bad_toml.replace(bad_toml.find("threshold = 5\n[[rule]]"), 13, "threshold = 5\nmodel_threshold = 1.5");
  e = hs::rules::load_sources({{"p.toml", bad_toml}, {"p.model", model}});
  REQUIRE_FALSE(e.ok());
  REQUIRE(e.error().message.find("p.toml:") == 0);
  bad_toml = toml;
  bad_toml.replace(bad_toml.find("model_threshold = 0.6"), 21, "model_threshold = 0.6\nmodel_scope = \"often\"");
  e = hs::rules::load_sources({{"p.toml", bad_toml}, {"p.model", model}});
  REQUIRE_FALSE(e.ok());
  REQUIRE(e.error().message.find("p.toml:6") == 0);
  REQUIRE(e.error().message.find("'model_scope' must be \"fired\" or \"all\"") != std::string::npos);
  // model_threshold_unfired: only with model_scope "all", below 1.
  bad_toml = toml;
  bad_toml.replace(bad_toml.find("model_threshold = 0.6"), 21, "model_threshold = 0.6\nmodel_threshold_unfired = 0.8");
  e = hs::rules::load_sources({{"p.toml", bad_toml}, {"p.model", model}});
  REQUIRE_FALSE(e.ok());
  REQUIRE(e.error().message.find("p.toml:6") == 0);
  REQUIRE(e.error().message.find("needs model_scope = \"all\"") != std::string::npos);
  bad_toml = toml;
  bad_toml.replace(bad_toml.find("model_threshold = 0.6"), 21,
                   "model_threshold = 0.6\nmodel_scope = \"all\"\nmodel_threshold_unfired = 1.0");
  e = hs::rules::load_sources({{"p.toml", bad_toml}, {"p.model", model}});
  REQUIRE_FALSE(e.ok());
  REQUIRE(e.error().message.find("p.toml:7") == 0);
}

TEST_CASE("model: where no rule fired, model_threshold_unfired applies too", "[model][rules]") {
  hs::rules::Category cat;
  cat.model_threshold = 0.6;
  cat.model_scope = hs::rules::ModelScope::kAll;
  REQUIRE(hs::rules::model_labels(cat, 0.65, /*fired=*/false));  // 0: model_threshold everywhere
  cat.model_threshold_unfired = 0.75;
  REQUIRE(hs::rules::model_labels(cat, 0.65, /*fired=*/true));
  REQUIRE_FALSE(hs::rules::model_labels(cat, 0.65, /*fired=*/false));
  REQUIRE(hs::rules::model_labels(cat, 0.75, /*fired=*/false));
  REQUIRE_FALSE(hs::rules::model_labels(cat, 0.55, /*fired=*/true));
  cat.model_threshold = 0.9;  // never below model_threshold
  REQUIRE_FALSE(hs::rules::model_labels(cat, 0.8, /*fired=*/false));
  cat.model_scope = hs::rules::ModelScope::kFired;  // fired scope: never where no rule fired
  REQUIRE_FALSE(hs::rules::model_labels(cat, 0.99, /*fired=*/false));
  cat.model_threshold = 0;  // off
  REQUIRE_FALSE(hs::rules::model_labels(cat, 0.99, /*fired=*/true));
}
