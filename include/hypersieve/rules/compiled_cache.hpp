// rules/compiled_cache: keep compiled matcher databases in a directory.
//
// Compiling the default pack's literal automaton costs ~50 ms per process;
// a shard job, `explain` or a test run pays it every time. DirCache stores
// what match::PatternSetBuilder::compile() produced under a key naming its
// inputs, so the next process with the same rules loads it in ~1 ms; the
// loader keeps the loaded rule set there too (rules/rule_cache).
//
// Location: $HYPERSIEVE_CACHE_DIR, else $XDG_CACHE_HOME/hypersieve, else
// $HOME/.cache/hypersieve. HYPERSIEVE_CACHE_DIR=off (or empty) disables it.
// Entries are written to a temporary file and renamed, so concurrent
// processes (a Slurm array on a shared home) never see half an entry; at most
// kMaxEntries are kept (oldest removed). Every failure is a silent miss: a
// cache can make startup faster, never make a run fail.
#pragma once

#include <memory>
#include <string>

#include "hypersieve/match/matcher.hpp"

namespace hs::rules {

class DirCache : public match::CompiledCache {
 public:
  static constexpr int kMaxEntries = 16;
  explicit DirCache(std::string dir) : dir_(std::move(dir)) {}
  bool load(const std::string& key, std::string& bytes) override;
  void store(const std::string& key, const std::string& bytes) override;
  const std::string& dir() const { return dir_; }

 private:
  std::string path_of(const std::string& key) const;
  std::string dir_;
};

// The cache chosen by the environment (see above); null when disabled.
std::unique_ptr<DirCache> default_compiled_cache();

}  // namespace hs::rules
