// io/source: open a path or "-" and stream its decompressed bytes.
//
// Compression is sniffed from the first bytes (zstd magic, gzip magic incl.
// multi-member files), never from the name alone. A Source reads the
// underlying file in large blocks and keeps memory bounded whatever the
// file size. It knows nothing of lines or JSON.
//
// Errors name the path and the compressed byte offset where they occurred.
// Not thread-safe: one Source is driven by one thread.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "hypersieve/base/error.hpp"

namespace hs::io {

enum class Compression { kNone, kZstd, kGzip };

const char* compression_name(Compression c);

// The compression of a stream from its first bytes (zstd magic or skippable
// frame, gzip magic); kNone otherwise.
Compression sniff_compression(std::string_view head);

class Source {
 public:
  virtual ~Source() = default;

  // Opens path ("-" is stdin) and sniffs its compression.
  static base::Result<std::unique_ptr<Source>> open(const std::string& path);

  // Fills up to cap bytes of decompressed data into buf. Returns the number
  // of bytes written; 0 means end of input. On damage returns an Error whose
  // message includes the path and compressed offset.
  virtual base::Result<std::size_t> read(char* buf, std::size_t cap) = 0;

  Compression compression() const { return compression_; }
  // Bytes consumed from the underlying file so far (compressed bytes).
  std::uint64_t raw_bytes_read() const { return raw_read_; }
  const std::string& path() const { return path_; }

 protected:
  std::string path_;
  Compression compression_ = Compression::kNone;
  std::uint64_t raw_read_ = 0;
};

}  // namespace hs::io
