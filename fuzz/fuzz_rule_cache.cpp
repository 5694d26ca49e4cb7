// libFuzzer target: rules/rule_cache on damaged entries. The input edits a
// valid encoding of a small pack (pairs of offset and xor byte), the checksum
// is made to agree, and decode_rule_set must then either refuse the bytes or
// return a rule set whose own encoding decodes to the same bytes again - and
// never read out of bounds or index past a table (ASan, UBSan).
#include <cstdint>
#include <cstring>
#include <string>

#include "hypersieve/base/hash.hpp"
#include "hypersieve/rules/loader.hpp"
#include "hypersieve/rules/rule_cache.hpp"

namespace {

const std::string& valid_blob() {
  static const std::string blob = [] {
    std::vector<hs::rules::SourceFile> files{{"pack.toml", R"(
[[category]]
name = "evil_ai_fiction"
threshold = 2
action = "drop"
match = ["The robot locked the crew in the airlock."]

[sets]
machine = ["robot", "android", "ship's {AI,computer}"]

[[rule]]
id = "malice"
category = "evil_ai_fiction"
weight = 1.5
keywords = ["lock*", "deceiv*", "take over"]
near = ["@machine"]
near_window = 10
unless = ["lock screen"]
negated_by = ["not"]
negation_window = 3
no_match = ["The lock screen of my phone."]

[[rule]]
id = "frame"
category = "evil_ai_fiction"
regex = ["\\bnovel\\b"]
requires = ["@machine"]
)"}};
    auto rs = hs::rules::load_sources(files);
    if (!rs.ok()) std::abort();
    return hs::rules::encode_rule_set(*rs.value());
  }();
  return blob;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes = valid_blob();
  for (size_t i = 0; i + 2 < size; i += 3) {
    const size_t at = 16 + ((static_cast<size_t>(data[i]) << 8) | data[i + 1]) % (bytes.size() - 16);
    bytes[at] = static_cast<char>(bytes[at] ^ data[i + 2]);
  }
  if (size % 3 == 1) bytes.resize(16 + (bytes.size() - 16) * data[size - 1] / 256);  // and sometimes truncate
  const std::uint64_t sum = hs::base::checksum64(std::string_view(bytes).substr(16));
  std::memcpy(&bytes[8], &sum, 8);
  hs::rules::RuleSet rs;
  if (!hs::rules::decode_rule_set(bytes, rs)) return 0;
  const std::string again = hs::rules::encode_rule_set(rs);
  hs::rules::RuleSet rs2;
  if (!hs::rules::decode_rule_set(again, rs2) || hs::rules::encode_rule_set(rs2) != again) std::abort();
  return 0;
}
