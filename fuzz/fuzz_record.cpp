// libFuzzer target: one JSONL line through the field extractor; the text it
// returns must equal the DOM parser's and be followed by its readable tail.
#include <simdjson.h>

#include <string>

#include "hypersieve/record/fields.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static hs::record::FieldExtractor fx("text", "id");
  std::string buf(reinterpret_cast<const char*>(data), size);
  buf.append(simdjson::SIMDJSON_PADDING, '\0');
  hs::record::Fields f;
  auto r = fx.extract(std::string_view(buf.data(), size), buf.size(), f);
  if (r == hs::record::Invalid::kNone) {
    // The text view and the tail promised after it must be readable.
    volatile char sink = 0;
    for (std::size_t i = 0; i < f.text.size() + hs::record::kTextTailBytes; ++i) sink ^= f.text.data()[i];
    (void)sink;
    // The text equals what simdjson's DOM parser makes of the same field.
    static simdjson::dom::parser dom;
    std::string_view line(buf.data(), size);
    if (line.size() >= 3 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
    simdjson::dom::element el;
    std::string_view want;
    if (!dom.parse(line.data(), line.size()).get(el) && !el["text"].get_string().get(want) && want != f.text) {
      std::abort();
    }
  }
  return 0;
}
