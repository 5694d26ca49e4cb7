#include <catch2/catch.hpp>

#include <random>

#include "hypersieve/base/hash.hpp"
#include "hypersieve/base/json_writer.hpp"
#include "hypersieve/base/utf8.hpp"

using namespace hs::base;

TEST_CASE("utf8 decoding is strict and bounded", "[base]") {
  std::size_t len = 0;
  CHECK(utf8_decode("é", 0, len) == 0xE9);
  CHECK(len == 2);
  CHECK(utf8_decode("\xC3", 0, len) == 0xFFFFFFFFu);          // truncated
  CHECK(utf8_decode("\xC0\xAF", 0, len) == 0xFFFFFFFFu);      // overlong
  CHECK(utf8_decode("\xED\xA0\x80", 0, len) == 0xFFFFFFFFu);  // surrogate
  CHECK(utf8_decode_before("aé", 3) == 0xE9);
  CHECK(utf8_decode_before("a\x80", 2) == 0xFFFFFFFFu);
}

TEST_CASE("word code points", "[base]") {
  CHECK(is_word_codepoint('a'));
  CHECK(is_word_codepoint(0xE9));   // é
  CHECK(is_word_codepoint(0x416));  // Ж
  CHECK_FALSE(is_word_codepoint(' '));
  CHECK_FALSE(is_word_codepoint(0x2014));  // em dash
  CHECK_FALSE(is_word_codepoint(0x201D));  // right double quote
  CHECK_FALSE(is_word_codepoint(0xA0));    // no-break space
}

TEST_CASE("simple case partners", "[base]") {
  CHECK(simple_case_partner(0xFC) == 0xDC);  // ü -> Ü
  CHECK(simple_case_partner(0xDC) == 0xFC);
  CHECK(simple_case_partner(0x430) == 0x410);  // а -> А
  CHECK(simple_case_partner('a') == 'a');      // ASCII is the matcher's job
}

TEST_CASE("json strings are escaped and always valid", "[base]") {
  std::string out;
  append_json_string(out, "a\"b\\c\n\x01é");
  CHECK(out == "\"a\\\"b\\\\c\\n\\u0001é\"");
  out.clear();
  append_json_string(out, "bad\xFFz");
  CHECK(out == "\"bad\xEF\xBF\xBDz\"");
}

TEST_CASE("json writer inserts commas", "[base]") {
  std::string out;
  JsonWriter w(out);
  w.begin_object().key("a").value(1).key("b").begin_array().value("x").value(2.5).end_array().end_object();
  CHECK(out == R"({"a":1,"b":["x",2.5]})");
}

TEST_CASE("unit_interval is stable and spread", "[base]") {
  CHECK(unit_interval("doc-1", 0) == unit_interval("doc-1", 0));
  CHECK(unit_interval("doc-1", 0) != unit_interval("doc-1", 1));
  int below = 0;
  for (int i = 0; i < 10000; ++i) below += unit_interval("d" + std::to_string(i), 7) < 0.5 ? 1 : 0;
  CHECK(below > 4700);
  CHECK(below < 5300);
}

TEST_CASE("word starts: the 16-byte ASCII path equals one code point at a time", "[base]") {
  auto reference = [](std::string_view t) {
    std::vector<std::uint32_t> out;
    bool in_word = false;
    for (std::size_t i = 0; i < t.size();) {
      std::size_t len = 1;
      bool w = hs::base::is_word_codepoint(hs::base::utf8_decode(t, i, len));
      if (w && !in_word) out.push_back(static_cast<std::uint32_t>(i));
      in_word = w;
      i += len;
    }
    return out;
  };
  // Pieces: ASCII words and punctuation, word and non-word multi-byte code
  // points, and invalid bytes, so blocks switch paths at every offset.
  const char* pieces[] = {"a",
                          "Zq",
                          "_",
                          "9",
                          " ",
                          ".",
                          "\n",
                          "-",
                          "é",
                          "’",
                          "東京",
                          "\xE2\x80",
                          "\xFF",
                          "ß",
                          "x1_",
                          "the robot said no ",
                          "abcdefghijklmnopqrstuvwxyz0123456789"};
  std::mt19937 rng(11);
  std::vector<std::uint32_t> got;
  std::size_t starts = 0;
  for (int it = 0; it < 3000; ++it) {
    std::string t;
    const int n = static_cast<int>(rng() % 80);
    for (int k = 0; k < n; ++k) t += pieces[rng() % (sizeof(pieces) / sizeof(pieces[0]))];
    hs::base::word_starts(t, got);
    REQUIRE(got == reference(t));
    starts += got.size();
  }
  CHECK(starts > 20000);
}
