#include "hypersieve/model/linear.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unordered_map>

#include "hypersieve/base/hash.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace hs::model {

using base::ErrorCode;
using base::make_error;

namespace {

// Per ASCII byte: 0 if it is not part of a word, else the byte lowercased.
struct AsciiWords {
  unsigned char lower[128] = {};
  constexpr AsciiWords() {
    for (int c = '0'; c <= '9'; ++c) lower[c] = static_cast<unsigned char>(c);
    for (int c = 'a'; c <= 'z'; ++c) lower[c] = static_cast<unsigned char>(c);
    for (int c = 'A'; c <= 'Z'; ++c) lower[c] = static_cast<unsigned char>(c + 32);
  }
};
constexpr AsciiWords kAscii;

// The block path of for_each_feature loads eight bytes of a word at once and
// folds them as the byte path does, lowest address first: little-endian only.
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
constexpr bool kLittleEndian = true;
#else
constexpr bool kLittleEndian = false;
#endif

// Utf-8 sequence length from its lead byte (1 for stray continuation bytes).
std::size_t seq_len(unsigned char c) {
  if (c >= 0xF0 && c < 0xF8) return 4;
  if (c >= 0xE0) return c < 0xF0 ? 3 : 1;
  if (c >= 0xC2) return 2;
  return 1;
}

double sigmoid(double z) {
  z = std::max(-30.0, std::min(30.0, z));
  return 1.0 / (1.0 + std::exp(-z));
}

// The tokenizer, written once for training and scoring. word_step reads
// the character at text[i] and returns the index after it, calling byte(c)
// for each byte it adds to the current word (lowercased) and end() when a
// word ends; in_word carries the state from one call to the next.
template <class Byte, class End>
std::size_t word_step(std::string_view text, std::size_t i, bool& in_word, Byte&& byte, End&& end) {
  auto finish = [&] {
    if (in_word) end();
    in_word = false;
  };
  const std::size_t n = text.size();
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) {
    if (const unsigned char l = kAscii.lower[c]) {
      in_word = true;
      byte(l);
    } else if (c != '\'' || !in_word) {
      finish();
    }
    return i + 1;
  }
  // A character: its lead byte and the continuation bytes that follow (a
  // damaged sequence ends at the first byte that is not one).
  const std::size_t want = seq_len(c);
  std::size_t len = 1;
  while (len < want && i + len < n && (static_cast<unsigned char>(text[i + len]) & 0xC0) == 0x80) ++len;
  const unsigned char c1 = len > 1 ? static_cast<unsigned char>(text[i + 1]) : 0;
  if (c == 0xE2 && len == 3 && (c1 == 0x80 || c1 == 0x81)) {
    // General punctuation: U+2019 inside a word is an apostrophe, the rest separate.
    if (!(c1 == 0x80 && static_cast<unsigned char>(text[i + 2]) == 0x99 && in_word)) finish();
    return i + len;
  }
  if (c == 0xC2 && len == 2 && (c1 == 0xA0 || c1 == 0xAB || c1 == 0xBB)) {
    finish();
    return i + len;
  }
  in_word = true;
  if (c == 0xC3 && len == 2 && c1 >= 0x80 && c1 <= 0x9E && c1 != 0x97) {
    byte(c);
    byte(static_cast<unsigned char>(c1 + 0x20));  // Latin-1 capital -> small
  } else {
    for (std::size_t k = 0; k < len; ++k) byte(static_cast<unsigned char>(text[i + k]));
  }
  return i + len;
}

template <class Byte, class End>
void for_each_word(std::string_view text, Byte&& byte, End&& end) {
  bool in_word = false;
  for (std::size_t i = 0; i < text.size();) i = word_step(text, i, in_word, byte, end);
  if (in_word) end();
}

// A word's hash: its bytes in little-endian 8-byte chunks, each folded in
// with a multiply. Bytes may come one at a time (byte) or up to eight at once
// (chunk); both give the same hash for the same bytes.
class WordHasher {
 public:
  void byte(unsigned char c) {
    acc_ |= std::uint64_t{c} << (8 * n_);
    if (++n_ == 8) fold(0, 0);
  }
  // The len (1..8) bytes of v, lowest first; v's other bytes are 0.
  void chunk(std::uint64_t v, unsigned len) {
    acc_ |= v << (8 * n_);
    if (n_ + len >= 8) {
      fold(n_ ? v >> (8 * (8 - n_)) : 0, n_ + len - 8);
    } else {
      n_ += len;
    }
  }
  // The hash of a word of 1..8 bytes v (lowest first, the rest 0): what
  // chunk(v, len) then done() give on a hasher between words.
  static std::uint64_t short_word(std::uint64_t v) { return (kSeed ^ v) * kMul; }
  // The word's hash; starts the next word.
  std::uint64_t done() {
    if (n_) fold(0, 0);
    const std::uint64_t h = h_;
    h_ = kSeed;
    return h;
  }

 private:
  static constexpr std::uint64_t kSeed = base::kFnv64Offset;
  static constexpr std::uint64_t kMul = 0x9e3779b97f4a7c15ULL;
  void fold(std::uint64_t rest, unsigned rest_len) {
    h_ = (h_ ^ acc_) * kMul;
    acc_ = rest;
    n_ = rest_len;
  }
  std::uint64_t h_ = kSeed;
  std::uint64_t acc_ = 0;
  unsigned n_ = 0;
};

std::uint64_t word_hash(std::string_view word) {
  WordHasher wh;
  for (char c : word) wh.byte(static_cast<unsigned char>(c));
  return wh.done();
}

// A feature's final hash: spread, and never 0 (0 marks an empty slot).
std::uint64_t finish_hash(std::uint64_t h) {
  const std::uint64_t f = base::mix64(h);
  return f ? f : 1;
}

// A word pair's hash from its words' hashes.
std::uint64_t pair_hash(std::uint64_t first, std::uint64_t second) {
  return finish_hash(first * 0x9e3779b97f4a7c15ULL + second);
}

}  // namespace

void split_words(std::string_view text, std::string& buf, std::vector<std::string_view>& words) {
  buf.clear();
  buf.reserve(text.size());  // words never grow: views stay valid
  words.clear();
  std::size_t start = 0;
  for_each_word(
      text, [&](unsigned char c) { buf.push_back(static_cast<char>(c)); },
      [&] {
        words.emplace_back(buf.data() + start, buf.size() - start);
        start = buf.size();
      });
}

std::uint64_t term_hash(std::string_view term) {
  const std::size_t space = term.find(' ');
  if (space == std::string_view::npos) return finish_hash(word_hash(term));
  return pair_hash(word_hash(term.substr(0, space)), word_hash(term.substr(space + 1)));
}

namespace {

// The bytes of 64 ASCII bytes at p: bit k of words is set when p[k] is a
// word byte, of quotes when it is an apostrophe. False (masks unset) if a
// byte is not ASCII.
bool ascii_block_masks(const unsigned char* p, std::uint64_t& words, std::uint64_t& quotes) {
#if defined(__SSE2__)
  std::uint64_t w = 0, q = 0;
  for (int k = 0; k < 4; ++k) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    if (_mm_movemask_epi8(v) != 0) return false;
    const __m128i lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
    const __m128i alpha =
        _mm_and_si128(_mm_cmpgt_epi8(lower, _mm_set1_epi8('a' - 1)), _mm_cmplt_epi8(lower, _mm_set1_epi8('z' + 1)));
    const __m128i digit =
        _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
    w |= static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(alpha, digit))) & 0xFFFFu)
         << (16 * k);
    q |= static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\'')))) &
                                    0xFFFFu)
         << (16 * k);
  }
  words = w;
  quotes = q;
  return true;
#else
  std::uint64_t w = 0, q = 0;
  unsigned char high = 0;
  for (int k = 0; k < 64; ++k) {
    high |= p[k];
    w |= std::uint64_t{kAscii.lower[p[k] & 0x7F] != 0} << k;
    q |= std::uint64_t{p[k] == '\''} << k;
  }
  if (high & 0x80) return false;
  words = w;
  quotes = q;
  return true;
#endif
}

// Calls fn(word_hash(w)) for every word w of the text's first
// kMaxModelBytes, in text order, hashed as the bytes go by. Runs of 64 ASCII
// bytes are cut into words with bit masks, eight bytes of a word at a time
// (ASCII word bytes lowercase with | 0x20); other text goes through
// word_step, so both agree with for_each_word.
template <class Fn>
void for_each_word_hash(std::string_view text, Fn&& fn) {
  if (text.size() > kMaxModelBytes) text = text.substr(0, kMaxModelBytes);
  WordHasher hasher;
  bool in_word = false;
  auto byte = [&](unsigned char c) { hasher.byte(c); };
  auto end = [&] { fn(hasher.done()); };
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  std::size_t i = 0;
  while (i < size) {
    std::uint64_t words = 0, quotes = 0;
    if (kLittleEndian && size - i >= 64 && ascii_block_masks(p + i, words, quotes)) {
      unsigned char block[72] = {};  // the block and zeros: 8-byte loads stay inside
      std::memcpy(block, p + i, 64);
      auto load = [&](unsigned k, unsigned len) {  // bytes k..k+len-1 (len 1..8), lowercased
        std::uint64_t v;
        std::memcpy(&v, block + k, 8);
        v |= 0x2020202020202020ULL;
        return len < 8 ? v & ((std::uint64_t{1} << (8 * len)) - 1) : v;
      };
      auto append = [&](unsigned b, unsigned e) {  // bytes b..e-1 onto the current word
        for (unsigned k = b; k < e; k += 8) {
          const unsigned len = std::min(8u, e - k);
          hasher.chunk(load(k, len), len);
        }
      };
      if (quotes == 0) {
        // No apostrophes: words are the runs of word bytes. starts and
        // lasts mark each run's first and last byte.
        std::uint64_t starts = words & ~(words << 1);
        std::uint64_t lasts = words & ~(words >> 1);
        if (in_word) {
          if (words & 1u) {  // the word of the previous block goes on
            starts &= starts - 1;
            const unsigned e = static_cast<unsigned>(__builtin_ctzll(lasts)) + 1;
            lasts &= lasts - 1;
            append(0, e);
            if (e < 64) end();
          } else {
            end();
          }
        }
        while (starts) {
          const unsigned b = static_cast<unsigned>(__builtin_ctzll(starts));
          const unsigned e = static_cast<unsigned>(__builtin_ctzll(lasts)) + 1;
          starts &= starts - 1;
          lasts &= lasts - 1;
          if (e - b <= 8 && e < 64) {
            fn(WordHasher::short_word(load(b, e - b)));  // most words
            continue;
          }
          append(b, e);
          if (e < 64) end();
        }
        in_word = (words >> 63) & 1u;
        i += 64;
        continue;
      }
      unsigned pos = 0;
      for (;;) {
        const std::uint64_t from = pos < 64 ? ~std::uint64_t{0} << pos : 0;
        const std::uint64_t next = words & from;
        // The non-word bytes before the next word byte end the current word
        // unless they are all apostrophes.
        const std::uint64_t gap = from & (next ? (next & (~next + 1)) - 1 : ~std::uint64_t{0});
        if (in_word && (gap & ~quotes) != 0) {
          end();
          in_word = false;
        }
        if (next == 0) break;
        const unsigned s = static_cast<unsigned>(__builtin_ctzll(next));
        const std::uint64_t after = ~words & (~std::uint64_t{0} << s);
        const unsigned e = after ? static_cast<unsigned>(__builtin_ctzll(after)) : 64;
        append(s, e);
        in_word = true;
        pos = e;
        if (pos == 64) break;
      }
      i += 64;
      continue;
    }
    // Character by character up to the next 64 bytes (a character may end past them).
    const std::size_t stop = std::min(size, i + 64);
    while (i < stop) i = word_step(text, i, in_word, byte, end);
  }
  if (in_word) end();
}

// Calls fn(hash) for every word and word pair of the text's first
// kMaxModelBytes, in text order, repeats included; returns how many: the
// same hashes as term_hash of "w" and of "w1 w2".
template <class Fn>
std::size_t for_each_feature(std::string_view text, Fn&& fn) {
  std::uint64_t prev = 0;
  bool have_prev = false;
  std::size_t n = 0;
  for_each_word_hash(text, [&](std::uint64_t h) {
    fn(finish_hash(h));
    ++n;
    if (have_prev) {
      fn(pair_hash(prev, h));
      ++n;
    }
    have_prev = true;
    prev = h;
  });
  return n;
}

}  // namespace

void extract_features(std::string_view text, Scratch& s) {
  s.features.clear();
  s.occurrences = for_each_feature(text, [&](std::uint64_t h) { s.features.push_back(h); });
  // Distinct, in order of first occurrence: an open-addressing set sized to
  // the document (cleared, never reallocated once large enough).
  std::size_t cap = 16;
  while (cap < s.features.size() * 2) cap <<= 1;
  s.seen.assign(cap, 0);
  const std::uint64_t mask = cap - 1;
  std::size_t out = 0;
  for (std::size_t i = 0; i < s.features.size(); ++i) {
    const std::uint64_t f = s.features[i];
    std::uint64_t slot = f & mask;
    while (s.seen[slot] != 0 && s.seen[slot] != f) slot = (slot + 1) & mask;
    if (s.seen[slot] == f) continue;
    s.seen[slot] = f;
    s.features[out++] = f;
  }
  s.features.resize(out);
}

namespace {

// The spelling of every feature of text (its first kMaxModelBytes), by hash.
void feature_spellings(std::string_view text, std::unordered_map<std::uint64_t, std::string>& names) {
  if (text.size() > kMaxModelBytes) text = text.substr(0, kMaxModelBytes);
  std::string buf;
  std::vector<std::string_view> words;
  split_words(text, buf, words);
  for (std::size_t i = 0; i < words.size(); ++i) {
    names.try_emplace(term_hash(words[i]), words[i]);
    if (i + 1 < words.size()) {
      std::string pair = std::string(words[i]) + " " + std::string(words[i + 1]);
      names.try_emplace(term_hash(pair), pair);
    }
  }
}

}  // namespace

bool Model::build_index(std::string* error) {
  std::size_t cap = 16;
  while (cap < terms.size() * 2) cap <<= 1;
  keys_.assign(cap, 0);
  rows_.assign(cap, 0);
  mask_ = cap - 1;
  // The filter: 16 bits per term (a 6% false-positive rate), one probe.
  filter_.assign(cap / 8 + 1, 0);
  filter_mask_ = cap * 8 - 1;
  for (std::uint32_t r = 0; r < terms.size(); ++r) {
    std::uint64_t h = term_hash(terms[r]);
    if (h == 0) h = 1;
    std::uint64_t slot = h & mask_;
    while (keys_[slot] != 0) {
      if (keys_[slot] == h) {
        if (error) *error = "term '" + terms[r] + "' appears twice (or collides with '" + terms[rows_[slot]] + "')";
        return false;
      }
      slot = (slot + 1) & mask_;
    }
    keys_[slot] = h;
    rows_[slot] = r;
    const std::uint64_t bit = (h >> 40) & filter_mask_;
    filter_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
  }
  return true;
}

std::int64_t Model::find_row(std::uint64_t h) const {
  if (keys_.empty()) return -1;
  if (h == 0) h = 1;
  const std::uint64_t bit = (h >> 40) & filter_mask_;
  if (!((filter_[bit >> 6] >> (bit & 63)) & 1u)) return -1;
  for (std::uint64_t slot = h & mask_;; slot = (slot + 1) & mask_) {
    if (keys_[slot] == h) return rows_[slot];
    if (keys_[slot] == 0) return -1;
  }
}

const float* Model::find(std::uint64_t h) const {
  const std::int64_t r = find_row(h);
  return r < 0 ? nullptr : weights.data() + static_cast<std::size_t>(r) * categories.size();
}

void Model::predict(std::string_view text, Scratch& s, std::vector<double>& out) const {
  const std::size_t nc = categories.size();
  out.assign(bias.begin(), bias.end());
  // Three passes, each a tight loop: the words' hashes; the features that
  // pass the bit filter (most unknown ones do not), kept without a branch;
  // then the known terms among them, each once (see Scratch::stamp). The
  // text's other features only count towards n.
  s.features.clear();
  for_each_word_hash(text, [&](std::uint64_t h) { s.features.push_back(h); });
  const std::size_t words = s.features.size();
  if (words == 0 || keys_.empty()) {
    for (double& z : out) z = sigmoid(z);
    return;
  }
  const std::size_t n = 2 * words - 1;
  if (s.seen.size() < n) s.seen.resize(n);
  std::uint64_t* cand = s.seen.data();
  std::size_t k = 0;
  auto keep = [&](std::uint64_t f) {
    const std::uint64_t bit = (f >> 40) & filter_mask_;
    cand[k] = f;
    k += (filter_[bit >> 6] >> (bit & 63)) & 1u;
  };
  keep(finish_hash(s.features[0]));
  for (std::size_t i = 1; i < words; ++i) {
    keep(finish_hash(s.features[i]));
    keep(pair_hash(s.features[i - 1], s.features[i]));
  }
  // Each known term counts once: a row is counted when its stamp is not this
  // call's (stamps are per thread; all are cleared when the counter wraps).
  if (s.stamp.size() < terms.size()) s.stamp.assign(terms.size(), 0);
  if (++s.generation == 0) {
    std::fill(s.stamp.begin(), s.stamp.end(), 0);
    s.generation = 1;
  }
  const std::uint32_t gen = s.generation;
  s.sums.assign(nc, 0.0);
  double* sum = s.sums.data();
  for (std::size_t j = 0; j < k; ++j) {
    const std::uint64_t h = cand[j];
    for (std::uint64_t slot = h & mask_;; slot = (slot + 1) & mask_) {
      const std::uint64_t key = keys_[slot];
      if (key == h) {
        const std::uint32_t r = rows_[slot];
        if (s.stamp[r] != gen) {
          s.stamp[r] = gen;
          const float* w = weights.data() + static_cast<std::size_t>(r) * nc;
          for (std::size_t c = 0; c < nc; ++c) sum[c] += w[c];
        }
        break;
      }
      if (key == 0) break;
    }
  }
  const double v = 1.0 / std::sqrt(static_cast<double>(n));
  for (std::size_t c = 0; c < nc; ++c) out[c] += sum[c] * v;
  for (double& z : out) z = sigmoid(z);
}

std::vector<std::pair<std::string, double>> Model::contributions(std::string_view text, std::size_t cat,
                                                                 std::size_t max_terms) const {
  std::vector<std::pair<std::string, double>> out;
  if (cat >= categories.size()) return out;
  Scratch s;
  extract_features(text, s);
  if (s.features.empty()) return out;
  const double v = 1.0 / std::sqrt(static_cast<double>(s.occurrences));
  std::unordered_map<std::uint64_t, std::string> names;
  feature_spellings(text, names);
  for (std::uint64_t h : s.features) {
    if (const float* w = find(h)) {
      if (w[cat] != 0.0f) out.emplace_back(names[h], w[cat] * v);
    }
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    if (std::fabs(a.second) != std::fabs(b.second)) return std::fabs(a.second) > std::fabs(b.second);
    return a.first < b.first;
  });
  if (out.size() > max_terms) out.resize(max_terms);
  return out;
}

namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> f;
  std::size_t a = 0;
  for (;;) {
    std::size_t t = line.find('\t', a);
    f.push_back(line.substr(a, t == std::string_view::npos ? std::string_view::npos : t - a));
    if (t == std::string_view::npos) break;
    a = t + 1;
  }
  return f;
}

bool parse_number(std::string_view s, double& out) {
  if (s.empty() || s.size() > 64) return false;
  std::string tmp(s);
  char* end = nullptr;
  out = std::strtod(tmp.c_str(), &end);
  return end == tmp.c_str() + tmp.size() && std::isfinite(out) && std::fabs(out) < 1e6;
}

}  // namespace

base::Result<Model> parse(std::string_view content, const std::string& name) {
  Model m;
  int line_no = 0;
  bool have_header = false, have_bias = false;
  auto err = [&](const std::string& msg) {
    return make_error(ErrorCode::kRules, name + ":" + std::to_string(line_no) + ": " + msg);
  };
  std::size_t pos = 0;
  while (pos < content.size()) {
    std::size_t nl = content.find('\n', pos);
    std::string_view line = content.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? content.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    auto f = split_tabs(line);
    if (!have_header) {
      if (f.size() != 2 || f[0] != "hypersieve-model") return err("expected 'hypersieve-model<TAB>1' first");
      if (f[1] != "1") return err("model format version '" + std::string(f[1]) + "' is not supported (1)");
      have_header = true;
      continue;
    }
    if (f[0] == "categories") {
      if (!m.categories.empty()) return err("second 'categories' line");
      if (f.size() < 2 || f.size() > 65) return err("'categories' needs 1 to 64 names");
      for (std::size_t i = 1; i < f.size(); ++i) {
        if (f[i].empty()) return err("empty category name");
        for (const auto& c : m.categories) {
          if (c == f[i]) return err("category '" + std::string(f[i]) + "' listed twice");
        }
        m.categories.emplace_back(f[i]);
      }
      continue;
    }
    if (m.categories.empty()) return err("'categories' must come before '" + std::string(f[0]) + "'");
    const std::size_t nc = m.categories.size();
    if (f[0] == "bias") {
      if (have_bias) return err("second 'bias' line");
      if (f.size() != nc + 1) return err("'bias' needs " + std::to_string(nc) + " numbers");
      for (std::size_t i = 1; i < f.size(); ++i) {
        double v;
        if (!parse_number(f[i], v)) return err("'" + std::string(f[i]) + "' is not a number");
        m.bias.push_back(v);
      }
      have_bias = true;
      continue;
    }
    if (f[0] == "term") {
      if (f.size() != nc + 2) return err("'term' needs a term and " + std::to_string(nc) + " numbers");
      std::string_view t = f[1];
      std::string buf;
      std::vector<std::string_view> words;
      split_words(t, buf, words);
      if (words.empty() || words.size() > 2 ||
          (words.size() == 2 ? std::string(words[0]) + " " + std::string(words[1]) : std::string(words[0])) != t) {
        return err("term '" + std::string(t) + "' is not one or two lowercase words separated by one space");
      }
      m.terms.emplace_back(t);
      for (std::size_t i = 2; i < f.size(); ++i) {
        double v;
        if (!parse_number(f[i], v)) return err("'" + std::string(f[i]) + "' is not a number");
        m.weights.push_back(static_cast<float>(v));
      }
      continue;
    }
    return err("unknown line kind '" + std::string(f[0]) + "' (categories, bias, term)");
  }
  if (!have_header) return make_error(ErrorCode::kRules, name + ": empty model file");
  if (m.categories.empty() || !have_bias)
    return make_error(ErrorCode::kRules, name + ": model needs 'categories' and 'bias' lines");
  std::string error;
  if (!m.build_index(&error)) return make_error(ErrorCode::kRules, name + ": " + error);
  return m;
}

std::string serialize(const Model& m) {
  const std::size_t nc = m.categories.size();
  std::string out = "hypersieve-model\t1\n";
  out += "# Written by `hypersieve train`; see docs/RULES.md (the learned stage).\n";
  out += "categories";
  for (const auto& c : m.categories) out += "\t" + c;
  out += "\n";
  char num[32];
  auto add = [&](double v) {
    std::snprintf(num, sizeof num, "\t%.6g", v);
    out += num;
  };
  out += "bias";
  for (double b : m.bias) add(b);
  out += "\n";
  std::vector<std::uint32_t> order(m.terms.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](auto a, auto b) { return m.terms[a] < m.terms[b]; });
  for (std::uint32_t r : order) {
    out += "term\t" + m.terms[r];
    for (std::size_t c = 0; c < nc; ++c) add(m.weights[static_cast<std::size_t>(r) * nc + c]);
    out += "\n";
  }
  return out;
}

Model train(const std::vector<std::string>& categories, const std::vector<TrainDoc>& docs, const TrainOptions& opt) {
  const std::size_t nc = categories.size();
  // Vocabulary: every feature with its document frequency and its spelling.
  struct Term {
    std::string text;
    std::uint32_t docs = 0;
    std::uint32_t index = UINT32_MAX;
  };
  std::unordered_map<std::uint64_t, Term> vocab;
  std::vector<std::vector<std::uint64_t>> doc_features(docs.size());
  std::vector<std::size_t> doc_occurrences(docs.size());
  Scratch s;
  std::unordered_map<std::uint64_t, std::string> names;
  for (std::size_t d = 0; d < docs.size(); ++d) {
    // The features exactly as predict sees them, and their spellings.
    extract_features(docs[d].text, s);
    doc_features[d] = s.features;
    doc_occurrences[d] = s.occurrences;
    names.clear();
    feature_spellings(docs[d].text, names);
    for (std::uint64_t h : s.features) {
      Term& t = vocab[h];
      if (t.docs++ == 0) t.text = names[h];
    }
  }
  // Terms kept, in spelling order (so indices do not depend on hashing).
  std::vector<std::pair<std::string, std::uint64_t>> kept;
  for (auto& [h, t] : vocab) {
    if (t.docs >= opt.min_docs) kept.emplace_back(t.text, h);
  }
  std::sort(kept.begin(), kept.end());
  for (std::uint32_t i = 0; i < kept.size(); ++i) vocab[kept[i].second].index = i;
  struct Row {
    std::vector<std::uint32_t> idx;
    double value;
  };
  std::vector<Row> rows(docs.size());
  for (std::size_t d = 0; d < docs.size(); ++d) {
    const auto& feats = doc_features[d];
    rows[d].value = feats.empty() ? 0.0 : 1.0 / std::sqrt(static_cast<double>(doc_occurrences[d]));
    for (std::uint64_t h : feats) {
      const std::uint32_t ix = vocab[h].index;
      if (ix != UINT32_MAX) rows[d].idx.push_back(ix);
    }
  }
  Model m;
  m.categories = categories;
  m.bias.assign(nc, 0.0);
  std::vector<double> w(kept.size() * nc, 0.0);
  std::vector<std::size_t> order(docs.size());
  for (std::size_t c = 0; c < nc; ++c) {
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::uint64_t rng = opt.seed * 0x9e3779b97f4a7c15ULL + c + 1;
    auto next = [&rng] {  // splitmix64: the same order on every platform
      std::uint64_t z = (rng += 0x9e3779b97f4a7c15ULL);
      z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
      z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
      return z ^ (z >> 31);
    };
    double& b = m.bias[c];
    for (int e = 0; e < opt.epochs; ++e) {
      for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[next() % i]);
      for (std::size_t d : order) {
        const Row& r = rows[d];
        double z = b;
        for (std::uint32_t ix : r.idx) z += w[ix * nc + c] * r.value;
        const double g = sigmoid(z) - ((docs[d].labels >> c) & 1u ? 1.0 : 0.0);
        for (std::uint32_t ix : r.idx) {
          double& wi = w[ix * nc + c];
          wi = wi * (1.0 - opt.learning_rate * opt.l2) - opt.learning_rate * g * r.value;
        }
        b -= opt.learning_rate * g;
      }
    }
  }
  for (std::size_t i = 0; i < kept.size(); ++i) {
    bool keep = false;
    for (std::size_t c = 0; c < nc; ++c) keep |= std::fabs(w[i * nc + c]) >= opt.prune;
    if (!keep) continue;
    m.terms.push_back(kept[i].first);
    for (std::size_t c = 0; c < nc; ++c) m.weights.push_back(static_cast<float>(w[i * nc + c]));
  }
  m.build_index();
  return m;
}

}  // namespace hs::model
