// libFuzzer target: one JSONL line through the field extractor.
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
    // The text view must be readable and valid UTF-8.
    volatile char sink = 0;
    for (char c : f.text) sink ^= c;
    (void)sink;
  }
  return 0;
}
