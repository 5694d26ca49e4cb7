// io/sink: write an output file atomically, or to stdout.
//
// A Sink writes to "<final>.hs-tmp-<pid>" and renames to the final name in
// commit(); abort() (or destruction without commit) removes the temporary
// file. Temporary names are registered so that a SIGINT/SIGTERM handler can
// remove them (see remove_all_temporaries). The bytes given to write() are
// written as they are: compression happens before, per block (see
// io/compress). Not thread-safe.
#pragma once

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "hypersieve/base/error.hpp"

namespace hs::io {

class Sink {
 public:
  ~Sink();
  Sink(const Sink&) = delete;
  Sink& operator=(const Sink&) = delete;

  // Creates parent directories and opens the temporary file. "-" is stdout
  // (commit and abort then only flush).
  static base::Result<std::unique_ptr<Sink>> create(const std::string& final_path);

  base::Status write(std::string_view bytes);
  // Flushes, closes and renames into place.
  base::Status commit();
  // Like commit(), but under another name (e.g. "<final>.partial").
  base::Status commit_as(const std::string& name);
  // Closes and removes the temporary file. Safe to call more than once.
  void abort();

  std::uint64_t bytes_written() const { return written_; }
  const std::string& final_path() const { return final_; }

 private:
  Sink() = default;
  std::string final_;
  std::string temp_;
  std::FILE* f_ = nullptr;
  bool stdout_ = false;
  bool done_ = false;
  int registry_slot_ = -1;
  std::uint64_t written_ = 0;
};

// Removes every registered temporary file. Async-signal-safe.
void remove_all_temporaries();

// Suffix used for temporary outputs (exposed for tests and docs).
std::string temporary_suffix();

}  // namespace hs::io
