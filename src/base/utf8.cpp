#include "hypersieve/base/utf8.hpp"

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace hs::base {

std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  std::size_t len = 0;
  return utf8_decode(s, i, len) == 0xFFFFFFFFu ? 0 : len;
}

std::uint32_t utf8_decode(std::string_view s, std::size_t i, std::size_t& len) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t n = s.size();
  len = 1;
  if (i >= n) return 0xFFFFFFFFu;
  unsigned char c = p[i];
  if (c < 0x80) return c;
  std::uint32_t cp;
  std::size_t need;
  std::uint32_t min;
  if ((c & 0xE0) == 0xC0) {
    cp = c & 0x1F, need = 1, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    cp = c & 0x0F, need = 2, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    cp = c & 0x07, need = 3, min = 0x10000;
  } else {
    return 0xFFFFFFFFu;
  }
  if (i + need >= n) return 0xFFFFFFFFu;
  for (std::size_t k = 1; k <= need; ++k) {
    unsigned char cc = p[i + k];
    if ((cc & 0xC0) != 0x80) return 0xFFFFFFFFu;
    cp = (cp << 6) | (cc & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0xFFFFFFFFu;
  len = need + 1;
  return cp;
}

std::uint32_t utf8_decode_before(std::string_view s, std::size_t end) {
  if (end == 0) return 0xFFFFFFFFu;
  std::size_t start = end - 1;
  // Walk back over at most three continuation bytes.
  while (start > 0 && end - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) {
    --start;
  }
  std::size_t len = 0;
  std::uint32_t cp = utf8_decode(s, start, len);
  if (cp == 0xFFFFFFFFu || start + len != end) return 0xFFFFFFFFu;
  return cp;
}

void utf8_append(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool is_word_codepoint(std::uint32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
  }
  if (cp == 0xFFFFFFFFu) return false;
  if (cp >= 0x80 && cp <= 0xBF) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
  if (cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x206F) return false;    // General Punctuation
  if (cp >= 0x20A0 && cp <= 0x20CF) return false;    // currency
  if (cp >= 0x2190 && cp <= 0x2BFF) return false;    // arrows, math, boxes, symbols
  if (cp >= 0x3000 && cp <= 0x303F) return false;    // CJK punctuation
  if (cp >= 0xFF00 && cp <= 0xFF0F) return false;    // full-width punctuation
  if (cp >= 0x1F000 && cp <= 0x1FAFF) return false;  // emoji
  if (cp == 0xFEFF) return false;
  return true;
}

std::uint32_t simple_case_partner(std::uint32_t cp) {
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;
  if (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7) return cp - 0x20;
  if (cp >= 0x100 && cp <= 0x137) return cp ^ 1;
  if (cp >= 0x139 && cp <= 0x148) return (cp & 1) ? cp + 1 : cp - 1;
  if (cp >= 0x14A && cp <= 0x177) return cp ^ 1;
  if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) return cp + 0x20;
  if (cp >= 0x3B1 && cp <= 0x3C9 && cp != 0x3C2) return cp - 0x20;
  if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;
  if (cp >= 0x430 && cp <= 0x44F) return cp - 0x20;
  if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;
  if (cp >= 0x450 && cp <= 0x45F) return cp - 0x50;
  return cp;
}

namespace {

// Bit i set: byte i of the 16 at p is an ASCII word byte. Only for blocks
// without non-ASCII bytes.
#if defined(__SSE2__)
inline unsigned ascii_word_mask16(__m128i v) {
  const __m128i lower = _mm_or_si128(v, _mm_set1_epi8(0x20));  // 'A'-'Z' -> 'a'-'z'
  const __m128i alpha =
      _mm_and_si128(_mm_cmpgt_epi8(lower, _mm_set1_epi8('a' - 1)), _mm_cmplt_epi8(lower, _mm_set1_epi8('z' + 1)));
  const __m128i digit =
      _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
  const __m128i under = _mm_cmpeq_epi8(v, _mm_set1_epi8('_'));
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(alpha, digit), under)));
}
#endif

}  // namespace

void word_starts(std::string_view text, std::vector<std::uint32_t>& out) {
  out.clear();
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  bool in_word = false;
  std::size_t i = 0;
  while (i < n) {
#if defined(__SSE2__)
    if (i + 16 <= n) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      if (_mm_movemask_epi8(v) == 0) {  // all ASCII
        const unsigned w = ascii_word_mask16(v);
        unsigned starts = w & ~((w << 1) | (in_word ? 1u : 0u)) & 0xFFFFu;
        while (starts) {
          out.push_back(static_cast<std::uint32_t>(i + static_cast<std::size_t>(__builtin_ctz(starts))));
          starts &= starts - 1;
        }
        in_word = (w >> 15) & 1u;
        i += 16;
        continue;
      }
    }
    // A block with non-ASCII bytes (or the tail): one code point at a time
    // up to the end of the block.
    const std::size_t stop = std::min(n, i + 16);
#else
    const std::size_t stop = n;
#endif
    while (i < stop) {
      std::size_t len = 1;
      const bool w = is_word_codepoint(p[i] < 0x80 ? p[i] : utf8_decode(text, i, len));
      if (w && !in_word) out.push_back(static_cast<std::uint32_t>(i));
      in_word = w;
      i += len;
    }
  }
}

}  // namespace hs::base
