#include "hypersieve/record/fields.hpp"

#include <cstring>

#include "hypersieve/base/utf8.hpp"

namespace hs::record {

namespace od = simdjson::ondemand;

namespace {

// True when nothing but whitespace follows the root value.
bool at_end(od::document& doc) noexcept {
  const char* loc = nullptr;
  return doc.current_location().get(loc) == simdjson::OUT_OF_BOUNDS;
}

}  // namespace

const char* invalid_name(Invalid r) {
  switch (r) {
    case Invalid::kNone:
      return "none";
    case Invalid::kJson:
      return "json";
    case Invalid::kNotObject:
      return "not_object";
    case Invalid::kMissingText:
      return "missing_text";
    case Invalid::kTextNotString:
      return "text_not_string";
    case Invalid::kUtf8:
      return "utf8";
    case Invalid::kNul:
      return "nul";
    case Invalid::kTooLong:
      return "too_long";
    default:
      return "unknown";
  }
}

FieldExtractor::FieldExtractor(std::string text_field, std::string id_field)
    : text_field_(std::move(text_field)), id_field_(std::move(id_field)) {}

Invalid FieldExtractor::extract(std::string_view line, std::size_t capacity, Fields& out) noexcept {
  out.text = {};
  out.id.clear();
  out.has_id = false;
  // A UTF-8 byte order mark is not JSON; look past it.
  if (line.size() >= 3 && std::memcmp(line.data(), "\xEF\xBB\xBF", 3) == 0) {
    line.remove_prefix(3);
    capacity -= 3;
  }
  const char* data = line.data();
  if (capacity < line.size() + simdjson::SIMDJSON_PADDING) {
    scratch_.assign(line.data(), line.size());
    scratch_.append(simdjson::SIMDJSON_PADDING, '\0');
    data = scratch_.data();
    capacity = scratch_.size();
  }
  od::document doc;
  auto err = parser_.iterate(data, line.size(), capacity).get(doc);
  if (err) return err == simdjson::UTF8_ERROR ? Invalid::kUtf8 : Invalid::kJson;
  od::json_type type;
  if (doc.type().get(type)) return Invalid::kJson;
  if (type != od::json_type::object) {
    // Make sure it is at least valid JSON before calling it "not an object".
    if (type == od::json_type::array) {
      od::array arr;
      if (doc.get_array().get(arr)) return Invalid::kJson;
      for (auto el : arr) {
        if (el.error()) return Invalid::kJson;
      }
      return at_end(doc) ? Invalid::kNotObject : Invalid::kJson;
    }
    // Root scalars: the typed getters reject trailing content themselves.
    simdjson::error_code e = simdjson::SUCCESS;
    switch (type) {
      case od::json_type::string: {
        std::string_view sv;
        e = doc.get_string().get(sv);
        break;
      }
      case od::json_type::number: {
        double d;
        e = doc.get_double().get(d);
        break;
      }
      case od::json_type::boolean: {
        bool b;
        e = doc.get_bool().get(b);
        break;
      }
      default: {
        bool n = false;
        e = doc.is_null().get(n);
        if (!e && !n) e = simdjson::INCORRECT_TYPE;
      }
    }
    return e ? Invalid::kJson : Invalid::kNotObject;
  }
  od::object obj;
  if (doc.get_object().get(obj)) return Invalid::kJson;
  bool have_text = false;
  Invalid text_problem = Invalid::kMissingText;
  for (auto field_result : obj) {
    if (field_result.error()) return Invalid::kJson;
    od::field field = std::move(field_result).value_unsafe();
    std::string_view key;
    if (field.unescaped_key().get(key)) return Invalid::kJson;
    od::value v = field.value();
    if (!have_text && key == text_field_) {
      od::json_type vt;
      if (v.type().get(vt)) return Invalid::kJson;
      if (vt != od::json_type::string) {
        text_problem = Invalid::kTextNotString;
        continue;  // the value is skipped by the iterator
      }
      od::raw_json_string raw;
      if (v.get_raw_json_string().get(raw)) return Invalid::kJson;
      // The unescaped text is never longer than the line it came from.
      const std::size_t need = line.size() + simdjson::SIMDJSON_PADDING + kTextTailBytes;
      if (text_buf_.size() < need) text_buf_.resize(need);
      std::uint8_t* dst = text_buf_.data();
      if (parser_.unescape(raw, dst).get(out.text)) return Invalid::kJson;
      have_text = true;
      text_problem = Invalid::kNone;
    } else if (!out.has_id && key == id_field_) {
      od::json_type vt;
      if (v.type().get(vt)) return Invalid::kJson;
      if (vt == od::json_type::string) {
        std::string_view s;
        if (v.get_string().get(s)) return Invalid::kJson;
        out.id.assign(s);
        out.has_id = true;
      } else if (vt == od::json_type::number) {
        std::string_view raw = v.raw_json_token();
        while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t' || raw.back() == '\r' || raw.back() == '\n')) {
          raw.remove_suffix(1);
        }
        out.id.assign(raw);
        out.has_id = true;
      }
    }
  }
  if (!at_end(doc)) return Invalid::kJson;
  if (text_problem != Invalid::kNone) return text_problem;
  // simdjson validated the UTF-8 of the whole line in iterate() and rejects
  // escapes that would produce invalid UTF-8, so the text needs no second
  // pass; NUL bytes (from \u0000) would break C-string consumers.
  if (std::memchr(out.text.data(), '\0', out.text.size()) != nullptr) return Invalid::kNul;
  return Invalid::kNone;
}

}  // namespace hs::record
