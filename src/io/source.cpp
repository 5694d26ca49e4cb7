#include "hypersieve/io/source.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace hs::io {

using base::ErrorCode;
using base::make_error;
using base::Result;

const char* compression_name(Compression c) {
  switch (c) {
    case Compression::kZstd:
      return "zstd";
    case Compression::kGzip:
      return "gzip";
    default:
      return "none";
  }
}

Compression sniff_compression(std::string_view head) {
  const auto* b = reinterpret_cast<const unsigned char*>(head.data());
  if (head.size() >= 4 && b[0] == 0x28 && b[1] == 0xB5 && b[2] == 0x2F && b[3] == 0xFD) return Compression::kZstd;
  // Skippable zstd frames (0x184D2A50..5F, little-endian) also mean zstd.
  if (head.size() >= 4 && (b[0] & 0xF0) == 0x50 && b[1] == 0x2A && b[2] == 0x4D && b[3] == 0x18) {
    return Compression::kZstd;
  }
  if (head.size() >= 2 && b[0] == 0x1F && b[1] == 0x8B) return Compression::kGzip;
  return Compression::kNone;
}

namespace {

constexpr std::size_t kRawBlock = 1 << 20;

// Reads the raw file in large blocks; shared by all codecs.
class RawFile {
 public:
  ~RawFile() {
    if (fd_ > 0) ::close(fd_);
  }
  base::Status open(const std::string& path) {
    if (path == "-") {
      fd_ = 0;
    } else {
      fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
      if (fd_ < 0) {
        return make_error(ErrorCode::kIo, path + ": cannot open: " + std::strerror(errno));
      }
      struct stat st {};
      if (::fstat(fd_, &st) == 0 && S_ISDIR(st.st_mode)) {
        return make_error(ErrorCode::kIo, path + ": is a directory");
      }
#ifdef POSIX_FADV_SEQUENTIAL
      ::posix_fadvise(fd_, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
    }
    buf_.resize(kRawBlock);
    return {};
  }
  // Makes sure some unread bytes are buffered; false at EOF.
  Result<bool> fill(const std::string& path) {
    if (pos_ < len_) return true;
    if (eof_) return false;
    for (;;) {
      ssize_t n = ::read(fd_, buf_.data(), buf_.size());
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        return make_error(ErrorCode::kIo,
                          path + ": read error at byte " + std::to_string(offset_) + ": " + std::strerror(errno));
      }
      pos_ = 0;
      len_ = static_cast<std::size_t>(n);
      if (n == 0) eof_ = true;
      return n > 0;
    }
  }
  const char* data() const { return buf_.data() + pos_; }
  std::size_t avail() const { return len_ - pos_; }
  void consume(std::size_t n) {
    pos_ += n;
    offset_ += n;
  }
  std::uint64_t offset() const { return offset_; }

 private:
  int fd_ = -1;
  std::vector<char> buf_;
  std::size_t pos_ = 0, len_ = 0;
  bool eof_ = false;
  std::uint64_t offset_ = 0;
};

class PlainSource : public Source {
 public:
  explicit PlainSource(std::unique_ptr<RawFile> f) : f_(std::move(f)) {}
  Result<std::size_t> read(char* buf, std::size_t cap) override {
    std::size_t total = 0;
    while (total < cap) {
      auto more = f_->fill(path_);
      if (!more.ok()) return more.error();
      if (!more.value()) break;
      std::size_t n = std::min(cap - total, f_->avail());
      std::memcpy(buf + total, f_->data(), n);
      f_->consume(n);
      total += n;
    }
    raw_read_ = f_->offset();
    return total;
  }

 private:
  std::unique_ptr<RawFile> f_;
};

// Decompressed bytes produced before a failure are delivered first; the
// error is returned by the following call, so callers can account for
// every complete record that precedes the damage.
class DeferredError {
 public:
  bool pending() const { return pending_; }
  base::Error take() { return error_; }
  Result<std::size_t> fail_after(std::size_t produced, base::Error e) {
    if (produced == 0) return e;
    pending_ = true;
    error_ = std::move(e);
    return produced;
  }

 private:
  bool pending_ = false;
  base::Error error_;
};

class ZstdSource : public Source {
 public:
  explicit ZstdSource(std::unique_ptr<RawFile> f) : f_(std::move(f)), d_(ZSTD_createDStream()) { ZSTD_initDStream(d_); }
  ~ZstdSource() override { ZSTD_freeDStream(d_); }
  Result<std::size_t> read(char* buf, std::size_t cap) override {
    if (deferred_.pending()) return deferred_.take();
    ZSTD_outBuffer out{buf, cap, 0};
    while (out.pos < out.size) {
      auto more = f_->fill(path_);
      if (!more.ok()) return deferred_.fail_after(out.pos, more.error());
      if (!more.value()) {
        // Flush whatever the decoder still holds, then check the frame ended.
        ZSTD_inBuffer in{nullptr, 0, 0};
        std::size_t r = ZSTD_decompressStream(d_, &out, &in);
        if (ZSTD_isError(r)) return deferred_.fail_after(out.pos, corrupt(ZSTD_getErrorName(r)));
        if (out.pos == 0 && frame_open_) {
          return corrupt("truncated zstd frame (unexpected end of file)");
        }
        break;
      }
      ZSTD_inBuffer in{f_->data(), f_->avail(), 0};
      std::size_t r = ZSTD_decompressStream(d_, &out, &in);
      f_->consume(in.pos);
      if (ZSTD_isError(r)) return deferred_.fail_after(out.pos, corrupt(ZSTD_getErrorName(r)));
      frame_open_ = (r != 0);
    }
    raw_read_ = f_->offset();
    return out.pos;
  }

 private:
  base::Error corrupt(const char* why) {
    return make_error(ErrorCode::kCorrupt,
                      path_ + ": corrupt zstd data near byte " + std::to_string(f_->offset()) + ": " + why);
  }
  std::unique_ptr<RawFile> f_;
  ZSTD_DStream* d_;
  bool frame_open_ = false;
  DeferredError deferred_;
};

class GzipSource : public Source {
 public:
  explicit GzipSource(std::unique_ptr<RawFile> f) : f_(std::move(f)) {
    std::memset(&z_, 0, sizeof z_);
    inflateInit2(&z_, 15 + 16);
  }
  ~GzipSource() override { inflateEnd(&z_); }
  Result<std::size_t> read(char* buf, std::size_t cap) override {
    if (deferred_.pending()) return deferred_.take();
    z_.next_out = reinterpret_cast<Bytef*>(buf);
    z_.avail_out = static_cast<uInt>(cap);
    auto produced = [&] { return cap - z_.avail_out; };
    while (z_.avail_out > 0) {
      auto more = f_->fill(path_);
      if (!more.ok()) return deferred_.fail_after(produced(), more.error());
      if (!more.value()) {
        if (member_open_) {
          return deferred_.fail_after(produced(), corrupt("truncated gzip stream (unexpected end of file)"));
        }
        break;
      }
      if (!member_open_) {
        // Between members: tolerate trailing zero padding, start a new member.
        if (*f_->data() == 0) {
          f_->consume(1);
          continue;
        }
        inflateReset(&z_);
        member_open_ = true;
      }
      z_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(f_->data()));
      z_.avail_in = static_cast<uInt>(f_->avail());
      int r = inflate(&z_, Z_NO_FLUSH);
      f_->consume(f_->avail() - z_.avail_in);
      if (r == Z_STREAM_END) {
        member_open_ = false;
      } else if (r != Z_OK && r != Z_BUF_ERROR) {
        return deferred_.fail_after(produced(), corrupt(z_.msg ? z_.msg : "inflate failed"));
      }
    }
    raw_read_ = f_->offset();
    return cap - z_.avail_out;
  }

 private:
  base::Error corrupt(const char* why) {
    return make_error(ErrorCode::kCorrupt,
                      path_ + ": corrupt gzip data near byte " + std::to_string(f_->offset()) + ": " + why);
  }
  std::unique_ptr<RawFile> f_;
  z_stream z_;
  bool member_open_ = false;
  DeferredError deferred_;
};

}  // namespace

Result<std::unique_ptr<Source>> Source::open(const std::string& path) {
  auto f = std::make_unique<RawFile>();
  auto st = f->open(path);
  if (!st.ok()) return st.error();
  auto more = f->fill(path);
  if (!more.ok()) return more.error();
  Compression c = sniff_compression(std::string_view(f->data(), f->avail()));
  std::unique_ptr<Source> s;
  switch (c) {
    case Compression::kZstd:
      s = std::make_unique<ZstdSource>(std::move(f));
      break;
    case Compression::kGzip:
      s = std::make_unique<GzipSource>(std::move(f));
      break;
    default:
      s = std::make_unique<PlainSource>(std::move(f));
      break;
  }
  s->path_ = path == "-" ? "<stdin>" : path;
  s->compression_ = c;
  return s;
}

}  // namespace hs::io
