// libFuzzer target: arbitrary bytes as a (maybe compressed) shard, through
// the decompressing source and the line batcher.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "hypersieve/io/source.hpp"
#include "hypersieve/record/line_batcher.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static std::string path = [] {
    std::string p = "/tmp/hs-fuzz-source-" + std::to_string(::getpid());
    std::atexit([] { std::remove(("/tmp/hs-fuzz-source-" + std::to_string(::getpid())).c_str()); });
    return p;
  }();
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return 0;
  std::fwrite(data, 1, size, f);
  std::fclose(f);
  auto src = hs::io::Source::open(path);
  if (!src.ok()) return 0;
  hs::record::LineBatcher b(*src.value(), 64);
  hs::record::Batch batch;
  for (int i = 0; i < 100000; ++i) {
    auto more = b.next(batch);
    if (!more.ok() || !more.value()) break;
    std::size_t lines = 0;
    hs::record::for_each_line(batch, [&](std::string_view, std::string_view, std::uint64_t, std::size_t) { ++lines; });
  }
  return 0;
}
