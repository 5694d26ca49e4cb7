#include <catch2/catch.hpp>

#include "hypersieve/output/annotate.hpp"

using namespace hs::output;

TEST_CASE("annotation is inserted before the closing brace, bytes kept", "[output]") {
  std::string out;
  REQUIRE(append_annotated_line(out, "{\"b\":1,  \"a\":\"x\"}\n", "hs", "{\"k\":1}"));
  CHECK(out == "{\"b\":1,  \"a\":\"x\",\"hs\":{\"k\":1}}\n");
  out.clear();
  REQUIRE(append_annotated_line(out, "{ }", "hs", "{}"));
  CHECK(out == "{ \"hs\":{}}\n");
  out.clear();
  REQUIRE(append_annotated_line(out, "{\"a\":1}  \r\n", "hs", "2"));
  CHECK(out == "{\"a\":1,\"hs\":2}  \r\n");
  out.clear();
  CHECK_FALSE(append_annotated_line(out, "[1]", "hs", "2"));
  CHECK(out.empty());
}

TEST_CASE("snippets cut on UTF-8 boundaries and flatten newlines", "[output]") {
  std::string text = "ééééé\nrobot\nééééé";
  std::size_t start = text.find("robot");
  std::string s = snippet(text, static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(start + 5), 3);
  CHECK(s.find("robot") != std::string::npos);
  CHECK(s.find('\n') == std::string::npos);
  // Valid UTF-8: no dangling continuation byte at either end.
  CHECK((static_cast<unsigned char>(s.front()) & 0xC0) != 0x80);
}
