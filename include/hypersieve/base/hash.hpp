// base/hash: small, stable, non-cryptographic hashes.
//
// Used for the rules' content hash (reported, recorded in resume markers) and
// for deterministic per-document choices (fractional upsampling). The values
// are part of the output contract: changing them changes which documents get
// an extra copy, so they never depend on platform or build.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace hs::base {

// FNV-1a, 64-bit. Stable across platforms. The constants are public for
// callers that hash bytes as they go by (model/linear).
constexpr std::uint64_t kFnv64Offset = 0xcbf29ce484222325ULL;
constexpr std::uint64_t kFnv64Prime = 0x100000001b3ULL;

inline std::uint64_t fnv1a64(std::string_view data, std::uint64_t seed = kFnv64Offset) {
  std::uint64_t h = seed;
  for (unsigned char c : data) {
    h ^= c;
    h *= kFnv64Prime;
  }
  return h;
}

// A checksum of a large buffer, eight bytes at a step (~10x FNV-1a's speed):
// for detecting damaged cache entries, not for anything in the output.
inline std::uint64_t checksum64(std::string_view data) {
  std::uint64_t h = 0x9e3779b97f4a7c15ULL ^ data.size();
  std::size_t i = 0;
  for (; i + 8 <= data.size(); i += 8) {
    std::uint64_t w = 0;
    for (int k = 0; k < 8; ++k) w |= static_cast<std::uint64_t>(static_cast<unsigned char>(data[i + k])) << (8 * k);
    h = (h ^ w) * 0x100000001b3ULL;
    h ^= h >> 29;
  }
  for (; i < data.size(); ++i) h = (h ^ static_cast<unsigned char>(data[i])) * 0x100000001b3ULL;
  return h;
}

// A 64-bit finaliser (splitmix64) that spreads FNV's weak low bits.
inline std::uint64_t mix64(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// A uniform number in [0, 1) from a key and a seed.
inline double unit_interval(std::string_view key, std::uint64_t seed) {
  std::uint64_t h = mix64(fnv1a64(key) ^ mix64(seed));
  return static_cast<double>(h >> 11) * (1.0 / 9007199254740992.0);
}

std::string to_hex(std::uint64_t v);

}  // namespace hs::base
