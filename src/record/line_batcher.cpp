#include "hypersieve/record/line_batcher.hpp"

#include <simdjson.h>

#include <cstring>

namespace hs::record {

LineBatcher::LineBatcher(io::Source& source, std::size_t target_bytes) : source_(source), target_(target_bytes) {}

base::Result<bool> LineBatcher::next(Batch& batch) {
  if (failed_) return pending_;
  std::string& buf = batch.buffer;
  // One allocation per batch: room for the carried partial line, a full
  // read and the parser's padding, so the buffer never moves while filling.
  buf.clear();
  buf.reserve(carry_.size() + target_ + simdjson::SIMDJSON_PADDING + 64);
  buf.append(carry_);
  carry_.clear();
  std::size_t have = buf.size();
  std::size_t scan_from = 0;
  for (;;) {
    if (eof_) break;
    if (have >= target_) {
      const char* nl = static_cast<const char*>(std::memchr(buf.data() + scan_from, '\n', have - scan_from));
      if (nl) break;
      scan_from = have;  // one line longer than a batch: keep reading
    }
    std::size_t want = std::max(target_, have / 2);
    buf.resize(have + want);
    auto r = source_.read(buf.data() + have, want);
    if (!r.ok()) {
      // Hand out the whole lines read so far; report the damage next time.
      buf.resize(have);
      failed_ = true;
      pending_ = r.error();
      const char* base = buf.data();
      std::size_t cut = have;
      while (cut > 0 && base[cut - 1] != '\n') --cut;
      if (cut == 0) return pending_;
      eof_ = false;
      carry_.clear();
      batch.size = cut;
      buf.resize(cut);
      buf.append(simdjson::SIMDJSON_PADDING, '\0');
      batch.first_line = next_line_;
      return true;
    }
    if (r.value() == 0) eof_ = true;
    have += r.value();
    buf.resize(have);
  }
  buf.resize(have);
  if (have == 0) return false;
  std::size_t cut = have;
  if (!eof_) {
    // Cut after the last newline; the tail goes to the next batch.
    const char* base = buf.data();
    std::size_t i = have;
    while (i > 0 && base[i - 1] != '\n') --i;
    cut = i;
    carry_.assign(base + cut, have - cut);
  }
  batch.size = cut;
  buf.resize(cut);
  buf.append(simdjson::SIMDJSON_PADDING, '\0');
  batch.first_line = next_line_;
  std::uint64_t lines = 0;
  for (const char* p = buf.data();
       (p = static_cast<const char*>(std::memchr(p, '\n', buf.data() + cut - p))) != nullptr; ++p) {
    ++lines;
  }
  if (cut > 0 && buf[cut - 1] != '\n') ++lines;
  next_line_ += lines;
  return true;
}

}  // namespace hs::record
