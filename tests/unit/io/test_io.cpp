#include <catch2/catch.hpp>

#include <unistd.h>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>

#include "hypersieve/io/compress.hpp"
#include "hypersieve/io/sink.hpp"
#include "hypersieve/io/source.hpp"

using namespace hs::io;
namespace fs = std::filesystem;

namespace {

// One scratch directory per test process, removed when the process exits.
struct TempDir {
  fs::path path = fs::temp_directory_path() / ("hs-io-" + std::to_string(::getpid()));
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

fs::path temp_dir() {
  static TempDir dir;
  fs::create_directories(dir.path);
  return dir.path;
}

void write_file(const fs::path& p, const std::string& bytes) { std::ofstream(p, std::ios::binary) << bytes; }

std::string read_all(Source& s, std::size_t chunk = 7) {
  std::string out, buf(chunk, '\0');
  for (;;) {
    auto r = s.read(buf.data(), buf.size());
    REQUIRE(r.ok());
    if (r.value() == 0) break;
    out.append(buf.data(), r.value());
  }
  return out;
}

std::string payload() {
  std::string s;
  std::mt19937 rng(1);
  for (int i = 0; i < 3000; ++i) s += "{\"text\":\"line " + std::to_string(rng()) + "\"}\n";
  return s;
}

// Reads until the end or an error; returns the error message ("" if none).
std::string read_until_error(Source& s) {
  std::string buf(1 << 16, '\0');
  for (int i = 0; i < 1000; ++i) {
    auto r = s.read(buf.data(), buf.size());
    if (!r.ok()) return r.error().message;
    if (r.value() == 0) break;
  }
  return "";
}

}  // namespace

TEST_CASE("sources sniff compression from content and round-trip", "[io]") {
  auto dir = temp_dir();
  std::string data = payload();
  for (auto kind : {Compression::kNone, Compression::kZstd, Compression::kGzip}) {
    Compressor c(kind, default_level(kind));
    // Two independent frames/members, as the pipeline writes them.
    std::string a, b;
    REQUIRE(c.compress(std::string_view(data).substr(0, 1000), a).ok());
    REQUIRE(c.compress(std::string_view(data).substr(1000), b).ok());
    auto p = dir / ("misnamed.jsonl");  // the name says nothing
    write_file(p, a + b);
    auto s = Source::open(p.string());
    REQUIRE(s.ok());
    CHECK(s.value()->compression() == kind);
    CHECK(read_all(*s.value()) == data);
  }
}

TEST_CASE("a truncated zstd frame is an error naming the file", "[io]") {
  auto dir = temp_dir();
  Compressor c(Compression::kZstd, 3);
  std::string z;
  REQUIRE(c.compress(payload(), z).ok());
  auto p = dir / "trunc.jsonl.zst";
  write_file(p, z.substr(0, z.size() / 2));
  auto s = Source::open(p.string());
  REQUIRE(s.ok());
  std::string err = read_until_error(*s.value());
  CHECK(err.find("trunc.jsonl.zst") != std::string::npos);
}

TEST_CASE("a truncated gzip member is an error", "[io]") {
  auto dir = temp_dir();
  Compressor c(Compression::kGzip, 6);
  std::string z;
  REQUIRE(c.compress(payload(), z).ok());
  auto p = dir / "trunc.jsonl.gz";
  write_file(p, z.substr(0, z.size() - 20));
  auto s = Source::open(p.string());
  REQUIRE(s.ok());
  CHECK(read_until_error(*s.value()).find("trunc.jsonl.gz") != std::string::npos);
}

TEST_CASE("a sink appears under its final name only after commit", "[io]") {
  auto dir = temp_dir();
  auto final_path = (dir / "sub" / "out.jsonl").string();
  fs::remove(final_path);
  {
    auto s = Sink::create(final_path);
    REQUIRE(s.ok());
    REQUIRE(s.value()->write("abc\n").ok());
    CHECK_FALSE(fs::exists(final_path));
    REQUIRE(s.value()->commit().ok());
  }
  CHECK(fs::file_size(final_path) == 4);
  {
    auto s = Sink::create((dir / "aborted.jsonl").string());
    REQUIRE(s.ok());
    REQUIRE(s.value()->write("x").ok());
  }  // destroyed without commit
  CHECK_FALSE(fs::exists(dir / "aborted.jsonl"));
  for (auto& e : fs::directory_iterator(dir)) {
    CHECK(e.path().string().find(".hs-tmp-") == std::string::npos);
  }
}
