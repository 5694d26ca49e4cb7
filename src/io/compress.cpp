#include "hypersieve/io/compress.hpp"

#include <zlib.h>
#include <zstd.h>

#include <cstring>

namespace hs::io {

struct Compressor::Impl {
  ZSTD_CCtx* zctx = nullptr;
  z_stream gz{};
  bool gz_init = false;
  ~Impl() {
    if (zctx) ZSTD_freeCCtx(zctx);
    if (gz_init) deflateEnd(&gz);
  }
};

int default_level(Compression c) {
  switch (c) {
    case Compression::kZstd:
      return 3;
    case Compression::kGzip:
      return 6;
    default:
      return 0;
  }
}

const char* compression_suffix(Compression c) {
  switch (c) {
    case Compression::kZstd:
      return ".zst";
    case Compression::kGzip:
      return ".gz";
    default:
      return "";
  }
}

Compressor::Compressor(Compression kind, int level) : kind_(kind), level_(level), impl_(std::make_unique<Impl>()) {
  if (kind_ == Compression::kZstd) {
    impl_->zctx = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(impl_->zctx, ZSTD_c_compressionLevel, level_);
    ZSTD_CCtx_setParameter(impl_->zctx, ZSTD_c_checksumFlag, 1);
  } else if (kind_ == Compression::kGzip) {
    std::memset(&impl_->gz, 0, sizeof impl_->gz);
    deflateInit2(&impl_->gz, level_, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    impl_->gz_init = true;
  }
}

Compressor::~Compressor() = default;

base::Status Compressor::compress(std::string_view in, std::string& out) {
  out.clear();
  if (kind_ == Compression::kNone) {
    out.assign(in.data(), in.size());
    return {};
  }
  if (in.empty()) return {};
  if (kind_ == Compression::kZstd) {
    out.resize(ZSTD_compressBound(in.size()));
    std::size_t n = ZSTD_compress2(impl_->zctx, out.data(), out.size(), in.data(), in.size());
    if (ZSTD_isError(n)) {
      return base::make_error(base::ErrorCode::kInternal,
                              std::string("zstd compression failed: ") + ZSTD_getErrorName(n));
    }
    out.resize(n);
    return {};
  }
  z_stream& z = impl_->gz;
  deflateReset(&z);
  out.resize(deflateBound(&z, static_cast<uLong>(in.size())) + 64);
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(in.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  int r = deflate(&z, Z_FINISH);
  if (r != Z_STREAM_END) {
    return base::make_error(base::ErrorCode::kInternal, "gzip compression failed");
  }
  out.resize(out.size() - z.avail_out);
  return {};
}

}  // namespace hs::io
