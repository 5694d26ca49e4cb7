// record/line_batcher: cut a decompressed stream into batches of whole lines.
//
// A batch holds complete lines (the last one may lack its '\n' at end of
// input) of roughly target_bytes, followed by SIMDJSON_PADDING zero bytes so
// the JSON parser can read past any line without copying it. Batch
// boundaries depend only on the input bytes and target_bytes, never on
// timing or thread count, which keeps output deterministic. A line longer
// than target_bytes makes its batch larger; memory is bounded by the
// longest line, not the file.
// Not thread-safe: one batcher per input, driven by one thread.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "hypersieve/base/error.hpp"
#include "hypersieve/io/source.hpp"

namespace hs::record {

struct Batch {
  std::string buffer;            // lines, then padding zeros; may be longer still
                                 // (readable bytes of a recycled buffer)
  std::size_t size = 0;          // bytes of line data (without padding)
  std::uint64_t first_line = 1;  // 1-based line number of the first line
  std::string_view lines() const { return {buffer.data(), size}; }
};

class LineBatcher {
 public:
  LineBatcher(io::Source& source, std::size_t target_bytes);

  // Fills batch with the next lines. Returns false at end of input (batch
  // then holds nothing). Errors come from the Source; the complete lines
  // read before a damaged region are still returned first, so they are
  // processed and counted, and the error follows on the next call.
  base::Result<bool> next(Batch& batch);

 private:
  io::Source& source_;
  std::size_t target_;
  std::string carry_;
  bool eof_ = false;
  bool failed_ = false;
  base::Error pending_;
  std::uint64_t next_line_ = 1;
};

// Calls fn(line, line_number, capacity) for each line of a batch: line has no
// '\n' (and no trailing '\r'); capacity is the number of readable bytes from
// line.data() to the end of the padded buffer.
template <typename Fn>
void for_each_line(const Batch& batch, Fn&& fn) {
  const char* base = batch.buffer.data();
  const char* p = base;
  const char* end = base + batch.size;
  std::uint64_t line_no = batch.first_line;
  while (p < end) {
    const char* nl = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
    const char* stop = nl ? nl : end;
    std::size_t len = static_cast<std::size_t>(stop - p);
    std::size_t raw_len = len + (nl ? 1 : 0);
    std::string_view line(p, len);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::size_t capacity = batch.buffer.size() - static_cast<std::size_t>(p - base);
    fn(line, std::string_view(p, raw_len), line_no, capacity);
    ++line_no;
    p = stop + (nl ? 1 : 0);
  }
}

}  // namespace hs::record
