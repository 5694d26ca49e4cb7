#include "hypersieve/match/matcher.hpp"

#include <hs/hs.h>
#include <re2/filtered_re2.h>
#include <re2/re2.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <unordered_map>

#include "hypersieve/base/hash.hpp"

#include "hypersieve/base/utf8.hpp"

namespace hs::match {

using base::ErrorCode;
using base::make_error;

std::uint32_t PatternSetBuilder::add_literal(LiteralSpec spec) {
  auto id = static_cast<std::uint32_t>(kinds_.size());
  kinds_.push_back({false, static_cast<std::uint32_t>(literals_.size())});
  anchor_.push_back(true);
  literals_.push_back(std::move(spec));
  return id;
}

std::uint32_t PatternSetBuilder::add_regex(RegexSpec spec) {
  auto id = static_cast<std::uint32_t>(kinds_.size());
  kinds_.push_back({true, static_cast<std::uint32_t>(regexes_.size())});
  anchor_.push_back(true);
  regexes_.push_back(std::move(spec));
  return id;
}

bool boundaries_ok(std::string_view text, std::size_t start, std::size_t end, const LiteralSpec& spec) {
  const std::string& b = spec.bytes;
  if (b.empty()) return false;
  if (spec.word_start) {
    std::size_t len = 0;
    if (base::is_word_codepoint(base::utf8_decode(b, 0, len)) && start > 0 &&
        base::is_word_codepoint(base::utf8_decode_before(text, start))) {
      return false;
    }
  }
  if (spec.word_end) {
    std::size_t len = 0;
    if (base::is_word_codepoint(base::utf8_decode_before(b, b.size())) && end < text.size() &&
        base::is_word_codepoint(base::utf8_decode(text, end, len))) {
      return false;
    }
  }
  return true;
}

namespace {

re2::RE2::Options regex_options(const RegexSpec& spec) {
  re2::RE2::Options o;
  o.set_case_sensitive(!spec.caseless);
  o.set_log_errors(false);
  o.set_max_mem(8 << 20);  // bounded memory per regex
  return o;
}

void run_regex(const re2::RE2& re, std::uint32_t id, std::string_view text, std::vector<Hit>& out) {
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m;
  std::size_t pos = 0, count = 0;
  while (pos <= text.size() && count < kMaxRegexHits) {
    if (!re.Match(input, pos, text.size(), re2::RE2::UNANCHORED, &m, 1)) break;
    auto start = static_cast<std::size_t>(m.data() - text.data());
    auto end = start + m.size();
    out.push_back({id, static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)});
    ++count;
    pos = end > start ? end : end + 1;
  }
}

void sort_hits(std::vector<Hit>& out) {
  std::sort(out.begin(), out.end(), [](const Hit& a, const Hit& b) {
    if (a.start != b.start) return a.start < b.start;
    if (a.pattern != b.pattern) return a.pattern < b.pattern;
    return a.end < b.end;
  });
}

// Compiles each regex once, with errors that name the pattern id.
base::Status compile_regexes(const PatternSetBuilder& b, std::vector<std::unique_ptr<re2::RE2>>& out) {
  for (std::uint32_t id = 0; id < b.kinds().size(); ++id) {
    const auto& k = b.kinds()[id];
    if (!k.is_regex) continue;
    const RegexSpec& spec = b.regexes()[k.index];
    auto re = std::make_unique<re2::RE2>(spec.pattern, regex_options(spec));
    if (!re->ok()) {
      return make_error(ErrorCode::kRules,
                        "pattern " + std::to_string(id) + ": regex '" + spec.pattern + "': " + re->error());
    }
    out.push_back(std::move(re));
  }
  return {};
}

// ---------------------------------------------------------------- naive

class NaiveScratch : public Scratch {};

class NaiveMatcher : public Matcher {
 public:
  NaiveMatcher(const PatternSetBuilder& b, std::vector<std::unique_ptr<re2::RE2>> regexes, bool gate)
      : b_(b), regexes_(std::move(regexes)), gate_(gate) {}
  std::unique_ptr<Scratch> make_scratch() const override { return std::make_unique<NaiveScratch>(); }
  std::size_t automaton_size() const override { return 0; }

  void scan(std::string_view text, Scratch&, std::vector<Hit>& out) const noexcept override {
    out.clear();
    std::size_t r = 0;
    for (std::uint32_t id = 0; id < b_.kinds().size(); ++id) {
      const auto& k = b_.kinds()[id];
      if (k.is_regex) {
        run_regex(*regexes_[r++], id, text, out);
        continue;
      }
      const LiteralSpec& spec = b_.literals()[k.index];
      const std::string& lit = spec.bytes;
      if (lit.empty() || lit.size() > text.size()) continue;
      for (std::size_t i = 0; i + lit.size() <= text.size(); ++i) {
        bool eq = true;
        for (std::size_t j = 0; j < lit.size() && eq; ++j) {
          eq = spec.caseless ? base::ascii_lower(text[i + j]) == base::ascii_lower(lit[j]) : text[i + j] == lit[j];
        }
        if (eq && boundaries_ok(text, i, i + lit.size(), spec)) {
          out.push_back({id, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + lit.size())});
        }
      }
    }
    sort_hits(out);
    if (gate_) {
      bool anchored = false;
      for (const Hit& h : out) anchored = anchored || b_.is_anchor(h.pattern);
      if (!anchored) out.clear();
    }
  }

 private:
  PatternSetBuilder b_;
  std::vector<std::unique_ptr<re2::RE2>> regexes_;
  bool gate_;
};

// ------------------------------------------------------------ vectorscan

struct HsDeleter {
  void operator()(hs_database_t* db) const { hs_free_database(db); }
};

class FastScratch : public Scratch {
 public:
  ~FastScratch() override {
    if (hs) hs_free_scratch(hs);
    if (gate) hs_free_scratch(gate);
  }
  hs_scratch_t* hs = nullptr;
  hs_scratch_t* gate = nullptr;
  std::vector<int> atoms_seen;  // atom indices seen in this text
  std::vector<std::uint8_t> atom_flag;
  std::vector<int> potentials;
  std::string padded;  // the text plus kTailPad zero bytes (see scan())
};

// vectorscan 5.4.9 (Debian 12) can miss literal matches that end in the last
// partial 64-byte block of a buffer on AVX-512 machines (found by
// fuzz/fuzz_matcher; upstream has since fixed AVX-512 tail handling). We scan
// the text plus kTailPad more bytes, so every real byte lies in a full block:
// scan() copies the text and appends zeros; scan_with_tail() scans the
// caller's own following bytes in place. Either way hits that end past the
// text are dropped, and literal hits are reported by their end, so bytes after
// the text cannot hide or create a hit inside it (boundaries are checked
// against the text alone).
constexpr std::size_t kTailPad = 64;
static_assert(kTailPad <= kScanTailBytes, "scan_with_tail() promises no more than kScanTailBytes");

class FastMatcher : public Matcher {
 public:
  // Automaton ids: [0, n_literals) are literal patterns (by literal index),
  // [n_literals, n_literals + n_atoms) are regex atoms.
  std::unique_ptr<Scratch> make_scratch() const override {
    auto s = std::make_unique<FastScratch>();
    if (db_) hs_clone_scratch(proto_scratch_, &s->hs);
    if (gate_db_) hs_clone_scratch(proto_scratch_, &s->gate);
    s->atom_flag.assign(n_atoms_, 0);
    return s;
  }
  std::size_t automaton_size() const override { return lit_pattern_.size() + n_atoms_; }
  std::size_t gate_size() const override { return gate_db_ ? gate_spec_.size() + n_atoms_ : 0; }
  std::vector<LiteralSpec> gate_literals() const override { return gate_db_ ? gate_spec_ : std::vector<LiteralSpec>{}; }

  struct Ctx {
    const FastMatcher* self;
    FastScratch* scratch;
    std::string_view text;
    std::vector<Hit>* out;
  };

  static int on_match(unsigned int id, unsigned long long, unsigned long long to, unsigned int, void* p) {
    auto* c = static_cast<Ctx*>(p);
    const FastMatcher* m = c->self;
    if (static_cast<std::size_t>(to) > c->text.size()) return 0;  // in the padding
    if (id < m->lit_pattern_.size()) {
      const LiteralSpec& spec = m->lit_spec_[id];
      std::size_t end = static_cast<std::size_t>(to);
      std::size_t start = end - spec.bytes.size();
      if (boundaries_ok(c->text, start, end, spec)) {
        c->out->push_back({m->lit_pattern_[id], static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)});
      }
    } else {
      std::size_t atom = id - m->lit_pattern_.size();
      if (!c->scratch->atom_flag[atom]) {
        c->scratch->atom_flag[atom] = 1;
        c->scratch->atoms_seen.push_back(static_cast<int>(atom));
      }
    }
    return 0;
  }

  struct GateCtx {
    const FastMatcher* self;
    std::string_view text;
  };

  // Stops the anchor scan (non-zero return) at the first anchor that counts.
  static int on_gate(unsigned int id, unsigned long long, unsigned long long to, unsigned int, void* p) {
    auto* c = static_cast<GateCtx*>(p);
    const FastMatcher* m = c->self;
    if (static_cast<std::size_t>(to) > c->text.size()) return 0;  // in the padding
    if (id >= m->gate_spec_.size()) return 1;                     // a regex atom: the full scan decides
    const LiteralSpec& spec = m->gate_spec_[id];
    std::size_t end = static_cast<std::size_t>(to);
    return boundaries_ok(c->text, end - spec.bytes.size(), end, spec) ? 1 : 0;
  }

  void scan(std::string_view text, Scratch& scratch_base, std::vector<Hit>& out) const noexcept override {
    auto& s = static_cast<FastScratch&>(scratch_base);
    s.padded.assign(text.data(), text.size());
    s.padded.append(kTailPad, '\0');
    scan_buffer(s.padded.data(), text, s, out);
  }

  void scan_with_tail(std::string_view text, Scratch& scratch_base, std::vector<Hit>& out) const noexcept override {
    scan_buffer(text.data(), text, static_cast<FastScratch&>(scratch_base), out);
  }

  // buf holds text followed by at least kTailPad readable bytes.
  void scan_buffer(const char* buf, std::string_view text, FastScratch& s, std::vector<Hit>& out) const noexcept {
    out.clear();
    s.atoms_seen.clear();
    const auto scan_len = static_cast<unsigned int>(text.size() + kTailPad);
    if (gate_db_) {
      GateCtx g{this, text};
      hs_error_t r = hs_scan(gate_db_.get(), buf, scan_len, 0, s.gate, on_gate, &g);
      if (r != HS_SCAN_TERMINATED && !any_atomless_anchor_matches(text)) return;  // no anchor: nothing can matter
    }
    if (db_) {
      Ctx ctx{this, &s, text, &out};
      hs_scan(db_.get(), buf, scan_len, 0, s.hs, on_match, &ctx);
    }
    if (filter_) {
      s.potentials.clear();
      filter_->AllPotentials(s.atoms_seen, &s.potentials);
      for (int r : s.potentials) {
        run_regex(filter_->GetRE2(r), regex_pattern_[static_cast<std::size_t>(r)], text, out);
      }
      for (int a : s.atoms_seen) s.atom_flag[static_cast<std::size_t>(a)] = 0;
    }
    sort_hits(out);
    if (gate_db_) {
      // The gate also lets through texts where only a regex atom was seen.
      bool anchored = false;
      for (const Hit& h : out) anchored = anchored || anchor_[h.pattern];
      if (!anchored) out.clear();
    }
  }

  // Anchor regexes without literal atoms (FilteredRE2 passes them always,
  // e.g. "[A-Z]{2,}\d+"): the gate cannot see them, so a text the gate
  // rejects is still searched for them, one RE2 pass each.
  bool any_atomless_anchor_matches(std::string_view text) const noexcept {
    for (int r : atomless_anchor_regexes_) {
      if (re2::RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), filter_->GetRE2(r))) return true;
    }
    return false;
  }

  std::unique_ptr<hs_database_t, HsDeleter> db_;
  std::unique_ptr<hs_database_t, HsDeleter> gate_db_;  // anchors only; null when all are anchors
  std::vector<int> atomless_anchor_regexes_;           // FilteredRE2 indices (see any_atomless_anchor_matches)
  std::vector<LiteralSpec> gate_spec_;                 // gate literal id -> spec; atoms follow
  std::vector<bool> anchor_;                           // pattern id -> is an anchor
  hs_scratch_t* proto_scratch_ = nullptr;
  std::vector<std::uint32_t> lit_pattern_;  // automaton literal id -> pattern id
  std::vector<LiteralSpec> lit_spec_;
  std::unique_ptr<re2::FilteredRE2> filter_;
  std::vector<std::uint32_t> regex_pattern_;  // FilteredRE2 index -> pattern id
  std::size_t n_atoms_ = 0;

  ~FastMatcher() override {
    if (proto_scratch_) hs_free_scratch(proto_scratch_);
  }
};

// ------------------------------------------------------------ compiled cache

constexpr char kBlobMagic[8] = {'H', 'S', 'M', 'C', '0', '0', '0', '3'};

void put_u64(std::string& out, std::uint64_t v) {
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

std::uint64_t get_u64(const char* p) {
  std::uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
  return v;
}

unsigned int hs_flags(const LiteralSpec& spec) { return spec.caseless ? HS_FLAG_CASELESS : 0; }

// Everything the two databases depend on, hashed: the automaton's entries,
// the gate's candidate anchors, the library version and the CPU.
std::string cache_key(const std::vector<std::string>& lits, const std::vector<unsigned int>& flags,
                      const std::vector<LiteralSpec>& anchors) {
  std::uint64_t h = base::fnv1a64(hs_version());
  // Databases are compiled for this CPU: a cache shared by different
  // machines (a cluster's shared home) keeps one entry per CPU kind.
  hs_platform_info_t plat{};
  if (hs_populate_platform(&plat) == HS_SUCCESS) {
    std::string p;
    put_u64(p, plat.tune);
    put_u64(p, plat.cpu_features);
    h = base::fnv1a64(p, h);
  }
  auto mixin_count = [&h](std::size_t n) {
    std::string e;
    put_u64(e, n);
    h = base::fnv1a64(e, h);
  };
  auto mixin = [&h](const std::string& bytes, unsigned int flag) {
    std::string e;
    put_u64(e, bytes.size());
    put_u64(e, flag);
    h = base::fnv1a64(e, h);
    h = base::fnv1a64(bytes, h);
  };
  mixin_count(lits.size());
  for (std::size_t i = 0; i < lits.size(); ++i) mixin(lits[i], flags[i]);
  mixin_count(anchors.size());
  for (const LiteralSpec& a : anchors) mixin(a.bytes, hs_flags(a));
  return base::to_hex(base::mix64(h)) + "-" + base::to_hex(base::fnv1a64(std::string_view(kBlobMagic, 8), h));
}

// Blob: magic, checksum of the rest, then (length, bytes) of the main and
// the gate database (length 0: absent), then the count and indices of the
// anchors the gate searches.
bool save_blob(const hs_database_t* db, const hs_database_t* gate, const std::vector<std::uint64_t>& kept,
               std::string& out) {
  std::string body;
  for (const hs_database_t* d : {db, gate}) {
    if (!d) {
      put_u64(body, 0);
      continue;
    }
    char* bytes = nullptr;
    std::size_t len = 0;
    if (hs_serialize_database(d, &bytes, &len) != HS_SUCCESS) return false;
    put_u64(body, len);
    body.append(bytes, len);
    std::free(bytes);
  }
  put_u64(body, kept.size());
  for (std::uint64_t k : kept) put_u64(body, k);
  out.assign(kBlobMagic, 8);
  put_u64(out, base::checksum64(body));
  out += body;
  return true;
}

bool load_blob(const std::string& blob, bool want_db, bool want_gate, std::size_t n_anchors,
               std::unique_ptr<hs_database_t, HsDeleter>& db, std::unique_ptr<hs_database_t, HsDeleter>& gate,
               std::vector<std::uint64_t>& kept) {
  if (blob.size() < 16 || std::memcmp(blob.data(), kBlobMagic, 8) != 0) return false;
  std::string_view body(blob.data() + 16, blob.size() - 16);
  if (get_u64(blob.data() + 8) != base::checksum64(body)) return false;
  std::unique_ptr<hs_database_t, HsDeleter> got[2];
  std::size_t pos = 0;
  for (int i = 0; i < 2; ++i) {
    if (body.size() - pos < 8) return false;
    std::uint64_t len = get_u64(body.data() + pos);
    pos += 8;
    if (len > body.size() - pos) return false;
    if (len > 0) {
      hs_database_t* d = nullptr;
      if (hs_deserialize_database(body.data() + pos, static_cast<std::size_t>(len), &d) != HS_SUCCESS) return false;
      got[i].reset(d);
    }
    pos += static_cast<std::size_t>(len);
  }
  if (body.size() - pos < 8) return false;
  std::uint64_t n = get_u64(body.data() + pos);
  pos += 8;
  if (n > n_anchors || (body.size() - pos) % 8 != 0 || (body.size() - pos) / 8 != n) return false;
  kept.clear();
  for (std::uint64_t i = 0; i < n; ++i, pos += 8) {
    std::uint64_t k = get_u64(body.data() + pos);
    if (k >= n_anchors || (!kept.empty() && k <= kept.back())) return false;
    kept.push_back(k);
  }
  if (static_cast<bool>(got[0]) != want_db || static_cast<bool>(got[1]) != want_gate) return false;
  db = std::move(got[0]);
  gate = std::move(got[1]);
  return true;
}

// ------------------------------------------------------------ gate pruning

bool ascii_ieq(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (base::ascii_lower(a[i]) != base::ascii_lower(b[i])) return false;
  }
  return true;
}

bool has_ascii_letter(std::string_view s) {
  for (unsigned char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  }
  return false;
}

bool word_at(std::string_view s, std::size_t i) {
  std::size_t len = 0;
  return base::is_word_codepoint(base::utf8_decode(s, i, len));
}

std::string lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = base::ascii_lower(c);
  return out;
}

// True if every hit of L contains a hit of M at byte offset k of it: the
// bytes agree (under M's case rule, for any case L admits) and M's word
// boundaries hold inside L or follow from L's own.
bool implied_at(const LiteralSpec& m, const LiteralSpec& l, std::size_t k) {
  const std::string& mb = m.bytes;
  const std::string& lb = l.bytes;
  if (k + mb.size() > lb.size()) return false;
  std::string_view part(lb.data() + k, mb.size());
  if (m.caseless) {
    if (!ascii_ieq(part, mb)) return false;
  } else if (part != mb || (l.caseless && has_ascii_letter(mb))) {
    return false;
  }
  if (m.word_start && word_at(mb, 0)) {
    if (k == 0 ? !l.word_start : base::is_word_codepoint(base::utf8_decode_before(lb, k))) return false;
  }
  std::size_t e = k + mb.size();
  if (m.word_end && base::is_word_codepoint(base::utf8_decode_before(mb, mb.size()))) {
    if (e == lb.size() ? !l.word_end : word_at(lb, e)) return false;
  }
  return true;
}

// Marks gate literals that need not be searched: L is redundant when a
// shorter (or equal, earlier) kept literal M is implied inside it, since
// then a text without any M hit has no L hit either. Candidates are found by
// the lower-cased bytes starting at each word start of L.
std::vector<bool> redundant_gate_literals(const std::vector<LiteralSpec>& lits) {
  std::unordered_map<std::string, std::vector<std::size_t>> by_bytes;
  for (std::size_t i = 0; i < lits.size(); ++i) by_bytes[lowered(lits[i].bytes)].push_back(i);
  std::vector<std::size_t> order(lits.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return lits[a].bytes.size() < lits[b].bytes.size(); });
  std::vector<bool> redundant(lits.size(), false);
  for (std::size_t li : order) {
    const LiteralSpec& l = lits[li];
    const std::string lower = lowered(l.bytes);
    bool done = false;
    for (std::size_t k = 0; k < lower.size() && !done; ++k) {
      if (k > 0 && (lower[k] & 0xC0) == 0x80) continue;  // not at a code point
      for (std::size_t e = k + 1; e <= lower.size() && !done; ++e) {
        auto it = by_bytes.find(lower.substr(k, e - k));
        if (it == by_bytes.end()) continue;
        for (std::size_t mi : it->second) {
          if (mi == li || redundant[mi]) continue;
          const LiteralSpec& m = lits[mi];
          if (m.bytes.size() == l.bytes.size() && mi > li) continue;  // equals: keep the first
          if (implied_at(m, l, k)) {
            redundant[li] = true;
            done = true;
            break;
          }
        }
      }
    }
  }
  return redundant;
}

}  // namespace

base::Result<std::shared_ptr<const Matcher>> PatternSetBuilder::compile_naive(bool gate) const {
  std::vector<std::unique_ptr<re2::RE2>> regexes;
  auto st = compile_regexes(*this, regexes);
  if (!st.ok()) return st.error();
  return std::shared_ptr<const Matcher>(std::make_shared<NaiveMatcher>(*this, std::move(regexes), gate));
}

base::Result<std::shared_ptr<const Matcher>> PatternSetBuilder::compile(CompiledCache* cache) const {
  {
    // Validate every regex with its own error message first.
    std::vector<std::unique_ptr<re2::RE2>> check;
    auto st = compile_regexes(*this, check);
    if (!st.ok()) return st.error();
  }
  auto m = std::make_shared<FastMatcher>();
  std::vector<std::string> automaton;  // bytes
  std::vector<unsigned int> flags;
  for (std::uint32_t id = 0; id < kinds_.size(); ++id) {
    const auto& k = kinds_[id];
    if (k.is_regex) continue;
    const LiteralSpec& spec = literals_[k.index];
    if (spec.bytes.empty()) {
      return make_error(ErrorCode::kRules, "pattern " + std::to_string(id) + ": empty literal");
    }
    if (spec.bytes.find('\0') != std::string::npos) {
      return make_error(ErrorCode::kRules, "pattern " + std::to_string(id) + ": literal contains a NUL byte");
    }
    m->lit_pattern_.push_back(id);
    m->lit_spec_.push_back(spec);
    automaton.push_back(spec.bytes);
    flags.push_back(hs_flags(spec));
  }
  if (!regexes_.empty()) {
    m->filter_ = std::make_unique<re2::FilteredRE2>(3);
    for (std::uint32_t id = 0; id < kinds_.size(); ++id) {
      const auto& k = kinds_[id];
      if (!k.is_regex) continue;
      int index = 0;
      auto code = m->filter_->Add(regexes_[k.index].pattern, regex_options(regexes_[k.index]), &index);
      if (code != re2::RE2::NoError) {
        return make_error(ErrorCode::kRules, "pattern " + std::to_string(id) + ": regex '" + regexes_[k.index].pattern +
                                                 "' does not compile");
      }
      m->regex_pattern_.push_back(id);
    }
    std::vector<std::string> atoms;
    m->filter_->Compile(&atoms);
    m->n_atoms_ = atoms.size();
    // With no atom seen, FilteredRE2 still proposes the regexes it cannot
    // filter: those that are anchors must run even where the gate finds nothing.
    std::vector<int> always;
    m->filter_->AllPotentials({}, &always);
    for (int r : always) {
      if (anchor_[m->regex_pattern_[static_cast<std::size_t>(r)]]) m->atomless_anchor_regexes_.push_back(r);
    }
    for (auto& a : atoms) {
      automaton.push_back(a);
      flags.push_back(HS_FLAG_CASELESS);
    }
  }
  // The gate: anchor literals and regex atoms, when some literal is not an anchor.
  bool all_anchors = true;
  for (std::uint32_t id = 0; id < kinds_.size(); ++id) all_anchors = all_anchors && anchor_[id];
  m->anchor_ = anchor_;
  // Gate candidates: anchor literals. Which of them the gate needs (see
  // redundant_gate_literals) is kept in the cache with the databases.
  std::vector<LiteralSpec> anchors;
  if (!all_anchors) {
    for (std::uint32_t id = 0; id < kinds_.size(); ++id) {
      const auto& k = kinds_[id];
      if (!k.is_regex && anchor_[id]) anchors.push_back(literals_[k.index]);
    }
  }
  auto build = [](const std::vector<std::string>& lits, const std::vector<unsigned int>& fl,
                  std::unique_ptr<hs_database_t, HsDeleter>& into) -> base::Status {
    std::vector<const char*> exprs;
    std::vector<std::size_t> lens;
    std::vector<unsigned int> ids;
    for (std::size_t i = 0; i < lits.size(); ++i) {
      exprs.push_back(lits[i].data());
      lens.push_back(lits[i].size());
      ids.push_back(static_cast<unsigned int>(i));
    }
    hs_database_t* db = nullptr;
    hs_compile_error_t* err = nullptr;
    if (hs_compile_lit_multi(exprs.data(), fl.data(), ids.data(), lens.data(), static_cast<unsigned int>(exprs.size()),
                             HS_MODE_BLOCK, nullptr, &db, &err) != HS_SUCCESS) {
      std::string msg = err && err->message ? err->message : "unknown error";
      int expr = err ? err->expression : -1;
      if (err) hs_free_compile_error(err);
      return make_error(ErrorCode::kRules,
                        "literal automaton does not compile (entry " + std::to_string(expr) + "): " + msg);
    }
    into.reset(db);
    return {};
  };
  const std::string key = cache ? cache_key(automaton, flags, anchors) : std::string();
  std::string blob;
  std::vector<std::uint64_t> kept;  // indices into anchors
  bool loaded = cache && cache->load(key, blob) &&
                load_blob(blob, !automaton.empty(), !all_anchors, anchors.size(), m->db_, m->gate_db_, kept);
  if (!loaded && !all_anchors) {
    // Anchors implied by shorter anchors ("orbital android" by "android")
    // decide nothing: the gate only asks whether any anchor occurs.
    std::vector<bool> redundant = redundant_gate_literals(anchors);
    kept.clear();
    for (std::size_t i = 0; i < anchors.size(); ++i) {
      if (!redundant[i]) kept.push_back(i);
    }
  }
  std::vector<std::string> gate;
  std::vector<unsigned int> gate_flags;
  if (!all_anchors) {
    for (std::uint64_t i : kept) {
      m->gate_spec_.push_back(anchors[i]);
      gate.push_back(anchors[i].bytes);
      gate_flags.push_back(hs_flags(anchors[i]));
    }
    for (std::size_t i = m->lit_pattern_.size(); i < automaton.size(); ++i) {  // regex atoms
      gate.push_back(automaton[i]);
      gate_flags.push_back(HS_FLAG_CASELESS);
    }
    if (gate.empty()) {
      // Nothing can anchor: every text yields no hits. An empty gate would
      // not compile, so use a literal that never matches a valid UTF-8 text.
      gate.push_back(std::string("\xFF\xFE\xFF"));
      gate_flags.push_back(0);
      m->gate_spec_.push_back({"\xFF\xFE\xFF", false, false, false});
    }
  }
  if (!loaded) {
    if (!gate.empty()) {
      auto st = build(gate, gate_flags, m->gate_db_);
      if (!st.ok()) return st.error();
    }
    if (!automaton.empty()) {
      auto st = build(automaton, flags, m->db_);
      if (!st.ok()) return st.error();
    }
    if (cache) {
      std::string out;
      if (save_blob(m->db_.get(), m->gate_db_.get(), kept, out)) cache->store(key, out);
    }
  }
  if (!automaton.empty()) {
    hs_database_t* db = m->db_.get();
    if (hs_alloc_scratch(db, &m->proto_scratch_) != HS_SUCCESS ||
        (m->gate_db_ && hs_alloc_scratch(m->gate_db_.get(), &m->proto_scratch_) != HS_SUCCESS)) {
      return make_error(ErrorCode::kInternal, "cannot allocate matcher scratch space");
    }
  }
  return std::shared_ptr<const Matcher>(std::move(m));
}

}  // namespace hs::match
