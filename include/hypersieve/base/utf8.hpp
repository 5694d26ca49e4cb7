// base/utf8: byte-level UTF-8 helpers shared by the matcher and writers.
//
// Decoding here is strict (no overlongs, no surrogates, max U+10FFFF) and
// never reads past the end of the view. It does not normalise text; the
// matcher handles typographic variants by expanding patterns instead, so the
// document text is never copied.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hs::base {

// Length of the valid UTF-8 sequence starting at s[i], or 0 if invalid.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i);

// Decodes the code point at s[i]; returns 0xFFFFFFFF if invalid and sets
// len to 1 so callers can skip the byte.
std::uint32_t utf8_decode(std::string_view s, std::size_t i, std::size_t& len);

// Decodes the code point that ends just before s[end]; returns 0xFFFFFFFF if
// the preceding bytes are not a valid sequence.
std::uint32_t utf8_decode_before(std::string_view s, std::size_t end);

void utf8_append(std::string& out, std::uint32_t cp);

// ASCII case mapping; every other byte is returned unchanged.
inline char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
inline char ascii_upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c; }

// True for code points that are part of a word: ASCII letters, digits and
// '_', and every non-ASCII code point except spaces, punctuation and symbols
// in the common punctuation blocks (Latin-1 punctuation, General
// Punctuation, CJK punctuation, full-width ASCII punctuation).
bool is_word_codepoint(std::uint32_t cp);

// Replaces out with the byte offset of every word start in text: a word
// code point (above) not preceded by one. Invalid bytes are not word code
// points. ASCII runs are classified 16 bytes at a time.
void word_starts(std::string_view text, std::vector<std::uint32_t>& out);

// The simple case partner of cp (upper for lower and vice versa) for Latin-1,
// Latin Extended-A, Greek and Cyrillic; cp itself when it has none.
std::uint32_t simple_case_partner(std::uint32_t cp);

}  // namespace hs::base
