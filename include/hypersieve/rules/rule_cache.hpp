// rules/rule_cache: a loaded RuleSet as bytes, so the next process with the
// same rule files skips parsing and expanding them.
//
// Why: start-up of a large pack is mostly turning its terms into literals
// (spacing and hyphen variants, case forms, shared uses): ~0.4 s for the
// 10x benchmark pack's ~120k literals, paid again by every process of a
// Slurm array or a `parallel` run. The bytes hold everything load_sources()
// builds except the compiled matcher, which match::PatternSetBuilder keeps
// in its own cache entry.
//
// Contract: decode(encode(rs)) yields a RuleSet equal to rs in every field
// (matcher and naive excluded; the caller compiles them). decode() checks a
// checksum and every length and index, and returns false on anything
// unexpected - a damaged or foreign entry is a miss, never a crash. The key
// (rule_cache_key) names the rule files' content hash and this build (the
// executable's size and change time), so an entry never outlives a change
// to either.
#pragma once

#include <string>
#include <string_view>

#include "hypersieve/rules/rule_set.hpp"

namespace hs::rules {

// The cache key for a pack with this content hash, under this build.
std::string rule_cache_key(const std::string& content_hash);

std::string encode_rule_set(const RuleSet& rs);
bool decode_rule_set(std::string_view bytes, RuleSet& out);

}  // namespace hs::rules
