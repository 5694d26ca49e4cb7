#include <catch2/catch.hpp>

#include <simdjson.h>
#include <unistd.h>
#include <filesystem>
#include <fstream>

#include "hypersieve/record/fields.hpp"
#include "hypersieve/record/line_batcher.hpp"

using namespace hs::record;

namespace {

Invalid extract(FieldExtractor& fx, const std::string& line, Fields& f) {
  std::string padded = line + std::string(simdjson::SIMDJSON_PADDING, '\0');
  static std::string keep;  // text views point into the parser, not here
  keep = padded;
  return fx.extract(std::string_view(keep.data(), line.size()), keep.size(), f);
}

}  // namespace

TEST_CASE("fields: text and id are found and unescaped", "[record]") {
  FieldExtractor fx("text", "id");
  Fields f;
  REQUIRE(extract(fx, R"({"id":"a1","meta":{"text":"nested"},"text":"he said \"hi\"\n"})", f) == Invalid::kNone);
  CHECK(f.text == "he said \"hi\"\n");
  CHECK(f.id == "a1");
  REQUIRE(extract(fx, R"({"text":"x","id":17})", f) == Invalid::kNone);
  CHECK(f.id == "17");
  REQUIRE(extract(fx, R"({"text":"no id"})", f) == Invalid::kNone);
  CHECK_FALSE(f.has_id);
}

TEST_CASE("fields: each kind of bad record has its reason", "[record]") {
  FieldExtractor fx("text", "id");
  Fields f;
  CHECK(extract(fx, "not json", f) == Invalid::kJson);
  CHECK(extract(fx, R"({"text":"unterminated)", f) == Invalid::kJson);
  CHECK(extract(fx, R"({"text":"a"} trailing)", f) == Invalid::kJson);
  CHECK(extract(fx, R"([1,2,3])", f) == Invalid::kNotObject);
  CHECK(extract(fx, R"("just a string")", f) == Invalid::kNotObject);
  CHECK(extract(fx, R"({"body":"a"})", f) == Invalid::kMissingText);
  CHECK(extract(fx, R"({"text":42})", f) == Invalid::kTextNotString);
  CHECK(extract(fx, R"({"text":null})", f) == Invalid::kTextNotString);
  CHECK(extract(fx, "{\"text\":\"bad \xFF byte\"}", f) == Invalid::kUtf8);
  CHECK(extract(fx, R"({"text":"nul \u0000 here"})", f) == Invalid::kNul);
  CHECK(extract(fx, "\xEF\xBB\xBF{\"text\":\"bom\"}", f) == Invalid::kNone);
}

TEST_CASE("line batcher: whole lines, CRLF, missing final newline, long lines", "[record]") {
  namespace fs = std::filesystem;
  auto p = fs::temp_directory_path() / ("hs-lines-" + std::to_string(::getpid()) + ".jsonl");
  std::string big(5000, 'x');
  std::string content = "a\r\nbb\n\n" + big + "\nlast";
  std::ofstream(p, std::ios::binary) << content;
  struct Remove {
    fs::path p;
    ~Remove() {
      std::error_code ec;
      fs::remove(p, ec);
    }
  } remove_at_end{p};
  auto src = hs::io::Source::open(p.string());
  REQUIRE(src.ok());
  LineBatcher b(*src.value(), 16);  // tiny batches force carries
  Batch batch;
  std::vector<std::pair<std::uint64_t, std::string>> lines;
  for (;;) {
    auto more = b.next(batch);
    REQUIRE(more.ok());
    if (!more.value()) break;
    for_each_line(batch, [&](std::string_view line, std::string_view, std::uint64_t no, std::size_t cap) {
      CHECK(cap >= line.size() + simdjson::SIMDJSON_PADDING);
      lines.emplace_back(no, std::string(line));
    });
  }
  REQUIRE(lines.size() == 5);
  CHECK(lines[0] == std::make_pair<std::uint64_t, std::string>(1, "a"));
  CHECK(lines[1].second == "bb");
  CHECK(lines[2].second.empty());
  CHECK(lines[3].second == big);
  CHECK(lines[4] == std::make_pair<std::uint64_t, std::string>(5, "last"));
  fs::remove(p);
}
