// match/matcher: find every occurrence of many literals and regexes in text.
//
// Text in, hits out: this module knows nothing of JSON, files or rules.
// All literals, plus the literal "atoms" that RE2's FilteredRE2 extracts
// from each regex, are compiled into one vectorscan (Hyperscan) literal
// database and found in a single pass over the text. Regexes then run (RE2,
// linear time) only when their atoms were seen; atom-less regexes always
// run. NaiveMatcher is the slow twin used as a test oracle.
//
// Literal semantics: ASCII case-insensitive when caseless (other bytes must
// match exactly); with word_start/word_end, a hit counts only if the code
// point before/after it is not a word character (see base::is_word_codepoint)
// - checked only where the literal itself begins/ends with a word character.
//
// Anchors: patterns may be marked non-anchor (set_anchor). If no anchor
// pattern matches a text, scan() reports no hits at all - callers guarantee
// that non-anchor hits alone cannot matter (rules/loader does). The fast
// matcher then answers most texts with one pass over the (smaller, rarer)
// anchor set. Regexes are always anchors.
//
// Thread-safety: a compiled Matcher is immutable and may be shared; each
// thread needs its own Scratch.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "hypersieve/base/error.hpp"

namespace hs::match {

struct LiteralSpec {
  std::string bytes;
  bool caseless = true;
  bool word_start = true;
  bool word_end = true;
};

struct RegexSpec {
  std::string pattern;  // RE2 syntax
  bool caseless = true;
};

// Readable bytes scan_with_tail() needs after the text.
constexpr std::size_t kScanTailBytes = 64;

// One match: pattern id (as returned by add_*) and byte span [start, end).
struct Hit {
  std::uint32_t pattern;
  std::uint32_t start;
  std::uint32_t end;
  bool operator==(const Hit& o) const { return pattern == o.pattern && start == o.start && end == o.end; }
};

// Most hits reported per regex per text (bounds work on adversarial input).
constexpr std::size_t kMaxRegexHits = 4096;

class Matcher;

// Where compile() may keep compiled literal databases between processes
// (compiling the default pack's ~2,600 literals takes ~50 ms; loading them
// takes ~1 ms). The key names everything the databases depend on: the
// literals, their flags and anchors, the regex atoms and the vectorscan
// version. Cache failures are never errors: load() returns false on any
// miss and store() may drop the bytes. Entries are checksummed here, so a
// damaged entry is a miss. (rules/ implements a directory-backed cache.)
class CompiledCache {
 public:
  virtual ~CompiledCache() = default;
  virtual bool load(const std::string& key, std::string& bytes) = 0;
  virtual void store(const std::string& key, const std::string& bytes) = 0;
};

class PatternSetBuilder {
 public:
  // Pattern ids are dense, in the order of the add_* calls.
  std::uint32_t add_literal(LiteralSpec spec);
  std::uint32_t add_regex(RegexSpec spec);
  std::size_t size() const { return kinds_.size(); }
  // Marks a pattern (not) an anchor; all patterns are anchors by default.
  void set_anchor(std::uint32_t id, bool anchor) { anchor_[id] = anchor; }
  bool is_anchor(std::uint32_t id) const { return anchor_[id]; }
  const std::vector<LiteralSpec>& literals() const { return literals_; }
  const std::vector<RegexSpec>& regexes() const { return regexes_; }

  // Compiles the fast matcher. Errors name the offending pattern (by id)
  // so callers can map them back to rule file:line.
  // With a cache, compiled databases are looked up there first and stored
  // there after compiling; the matcher behaves the same either way.
  base::Result<std::shared_ptr<const Matcher>> compile(CompiledCache* cache = nullptr) const;

  // Compiles the brute-force oracle with identical semantics (gate=false:
  // ignore anchors and report every hit).
  base::Result<std::shared_ptr<const Matcher>> compile_naive(bool gate = true) const;

  struct Kind {
    bool is_regex;
    std::uint32_t index;  // into literals_ or regexes_
  };
  const std::vector<Kind>& kinds() const { return kinds_; }

 private:
  std::vector<LiteralSpec> literals_;
  std::vector<RegexSpec> regexes_;
  std::vector<Kind> kinds_;
  std::vector<bool> anchor_;
};

// Per-thread working memory for scan().
class Scratch {
 public:
  virtual ~Scratch() = default;
};

class Matcher {
 public:
  virtual ~Matcher() = default;
  virtual std::unique_ptr<Scratch> make_scratch() const = 0;
  // Replaces out with all hits in text, sorted by (start, pattern, end).
  virtual void scan(std::string_view text, Scratch& scratch, std::vector<Hit>& out) const noexcept = 0;
  // As scan(), for a text followed by at least kScanTailBytes readable bytes
  // (any content; never reported): the fast matcher scans it in place rather
  // than copying it into a padded buffer.
  virtual void scan_with_tail(std::string_view text, Scratch& scratch, std::vector<Hit>& out) const noexcept {
    scan(text, scratch, out);
  }
  // Number of literal atoms fed to the automaton (for reports/benchmarks).
  virtual std::size_t automaton_size() const = 0;
  // Entries of the anchor pre-scan (0: none; every text gets the full scan).
  virtual std::size_t gate_size() const { return 0; }
  // The pre-scan's literal entries (after implied ones are dropped), in
  // order, for rule authors (`rules check --prescan`); regex atoms excluded.
  virtual std::vector<LiteralSpec> gate_literals() const { return {}; }
};

// Shared helper: true if [start, end) of text satisfies spec's boundaries.
bool boundaries_ok(std::string_view text, std::size_t start, std::size_t end, const LiteralSpec& spec);

}  // namespace hs::match
