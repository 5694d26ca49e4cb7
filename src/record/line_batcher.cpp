#include "hypersieve/record/line_batcher.hpp"

#include <simdjson.h>

#include <cstring>

namespace hs::record {

LineBatcher::LineBatcher(io::Source& source, std::size_t target_bytes) : source_(source), target_(target_bytes) {}

base::Result<bool> LineBatcher::next(Batch& batch) {
  if (failed_) return pending_;
  constexpr std::size_t kPad = simdjson::SIMDJSON_PADDING;
  std::string& buf = batch.buffer;
  // A recycled buffer keeps its size: it only ever grows, because resizing
  // a std::string zero-fills, and that costs as much as the copy we avoid.
  // 'have' counts the bytes in use; one allocation per batch at most.
  auto room = [&buf](std::size_t n) {
    if (buf.size() < n) buf.resize(n);
  };
  room(carry_.size() + target_ + kPad);
  std::memcpy(buf.data(), carry_.data(), carry_.size());
  std::size_t have = carry_.size();
  carry_.clear();
  std::size_t scan_from = 0;
  auto finish = [&](std::size_t cut) {
    batch.size = cut;
    std::memset(buf.data() + cut, 0, kPad);
    batch.first_line = next_line_;
  };
  for (;;) {
    if (eof_) break;
    if (have >= target_) {
      const char* nl = static_cast<const char*>(std::memchr(buf.data() + scan_from, '\n', have - scan_from));
      if (nl) break;
      scan_from = have;  // one line longer than a batch: keep reading
    }
    std::size_t want = std::max(target_, have / 2);
    room(have + want + kPad);
    auto r = source_.read(buf.data() + have, want);
    if (!r.ok()) {
      // Hand out the whole lines read so far; report the damage next time.
      failed_ = true;
      pending_ = r.error();
      const char* base = buf.data();
      std::size_t cut = have;
      while (cut > 0 && base[cut - 1] != '\n') --cut;
      if (cut == 0) return pending_;
      eof_ = false;
      finish(cut);
      return true;
    }
    if (r.value() == 0) eof_ = true;
    have += r.value();
  }
  if (have == 0) {
    batch.size = 0;
    return false;
  }
  std::size_t cut = have;
  if (!eof_) {
    // Cut after the last newline; the tail goes to the next batch.
    const char* base = buf.data();
    std::size_t i = have;
    while (i > 0 && base[i - 1] != '\n') --i;
    cut = i;
    carry_.assign(base + cut, have - cut);
  }
  finish(cut);
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
