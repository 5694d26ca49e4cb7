// io/compress: compress one block of output into a self-contained frame.
//
// Each block becomes a complete zstd frame or gzip member. Concatenated
// frames/members are valid .zst/.gz files, so workers can compress blocks
// in parallel and a writer simply concatenates them in order; the result
// does not depend on the number of threads. A Compressor reuses its
// library context across blocks. Not thread-safe: one per worker.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "hypersieve/base/error.hpp"
#include "hypersieve/io/source.hpp"

namespace hs::io {

class Compressor {
 public:
  Compressor(Compression kind, int level);
  ~Compressor();
  Compressor(const Compressor&) = delete;
  Compressor& operator=(const Compressor&) = delete;

  // Replaces out with the compressed form of in (plain copy for kNone).
  base::Status compress(std::string_view in, std::string& out);

 private:
  Compression kind_;
  int level_;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The default level for a codec (zstd 3, gzip 6).
int default_level(Compression c);

// File name suffix for a codec: ".zst", ".gz" or "".
const char* compression_suffix(Compression c);

}  // namespace hs::io
