#include <catch2/catch.hpp>

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
