// record/fields: find the text and id fields of one JSONL line.
//
// Uses simdjson on-demand over the line in place (the caller guarantees
// SIMDJSON_PADDING readable bytes after it; see LineBatcher). Only top-level
// fields are looked at. The returned text view points into the extractor's
// own buffer (unescaped) and is valid until the next call to extract(); at
// least kTextTailBytes readable bytes (of unspecified content) follow it, so
// a matcher may scan past its end in place instead of copying it.
// Never throws. Not thread-safe: one extractor per worker.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <simdjson.h>

namespace hs::record {

// Why a line is not a usable document. Names appear in the report as
// "invalid.<name>".
enum class Invalid {
  kNone = 0,
  kJson,           // not valid JSON
  kNotObject,      // JSON, but not an object
  kMissingText,    // no text field
  kTextNotString,  // text field is not a string
  kUtf8,           // text is not valid UTF-8
  kNul,            // text contains NUL bytes
  kTooLong,        // line longer than --max-line-bytes (not parsed)
  kCount
};

const char* invalid_name(Invalid r);

// Readable bytes that follow Fields::text (see above).
constexpr std::size_t kTextTailBytes = 64;

struct Fields {
  std::string_view text;  // unescaped; valid until the next extract()
  std::string id;         // string ids unescaped; numeric ids as written
  bool has_id = false;
};

class FieldExtractor {
 public:
  FieldExtractor(std::string text_field, std::string id_field);

  // line: the JSON text without newline; capacity: readable bytes from
  // line.data() (>= line.size() + SIMDJSON_PADDING).
  Invalid extract(std::string_view line, std::size_t capacity, Fields& out) noexcept;

 private:
  std::string text_field_;
  std::string id_field_;
  simdjson::ondemand::parser parser_;
  std::string scratch_;  // padded copy for lines without room
  // The text is unescaped here (not into the parser's string buffer): it
  // holds the longest line seen plus SIMDJSON_PADDING + kTextTailBytes.
  std::vector<std::uint8_t> text_buf_;
};

}  // namespace hs::record
