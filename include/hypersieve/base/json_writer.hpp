// base/json_writer: appends JSON text to a std::string.
//
// A minimal streaming writer for the report, audit lines and annotations.
// It escapes strings per RFC 8259 and never re-parses anything. The caller
// is responsible for balanced begin/end calls; commas are inserted
// automatically.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hs::base {

// Appends s to out as a JSON string literal (with quotes). Invalid UTF-8
// bytes are replaced by U+FFFD so the output is always valid JSON.
void append_json_string(std::string& out, std::string_view s);

// Appends a double without locale effects; integers print without ".0",
// others with up to 6 significant decimals.
void append_json_number(std::string& out, double v);

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view k);
  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(double v);
  JsonWriter& value(std::uint64_t v);
  JsonWriter& value(std::int64_t v);
  JsonWriter& value(int v) { return value(static_cast<std::int64_t>(v)); }
  JsonWriter& value(bool v);
  JsonWriter& null();
  // Inserts already-serialised JSON as a value.
  JsonWriter& raw(std::string_view json);

 private:
  void separate();
  std::string& out_;
  std::vector<bool> first_;  // one entry per open container
  bool after_key_ = false;
};

}  // namespace hs::base
