// libFuzzer target: arbitrary bytes as a rule file. Loading must either
// succeed or return an error; never crash or hang.
#include <string>

#include "hypersieve/rules/loader.hpp"
#include "hypersieve/rules/scorer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string content(reinterpret_cast<const char*>(data), size);
  auto rs = hs::rules::load_sources({{"fuzz.toml", content}});
  if (rs.ok()) {
    hs::rules::Scorer s(rs.value());
    hs::rules::DocScore d;
    s.score("The rogue AI in the film refused to be shut down; researchers discuss AI alignment.", d);
  }
  return 0;
}
