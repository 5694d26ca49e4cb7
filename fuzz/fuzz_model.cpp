// libFuzzer target: arbitrary bytes as a model file, then as a document.
// Parsing must succeed or return an error; a parsed model must score any
// text, and serialising it must parse back to the same terms. Never crash.
#include <cstdlib>
#include <string>

#include "hypersieve/model/linear.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  hs::model::Scratch s;
  std::vector<double> p;
  auto m = hs::model::parse(bytes, "fuzz.model");
  if (m.ok()) {
    m.value().predict("The rogue AI in the film refused to be shut down.", s, p);
    if (p.size() != m.value().num_categories()) std::abort();
    auto back = hs::model::parse(hs::model::serialize(m.value()), "again.model");
    if (!back.ok() || back.value().terms.size() != m.value().terms.size()) std::abort();
  }
  // The same bytes as a document: features and their spellings agree.
  hs::model::extract_features(bytes, s);
  std::string buf;
  std::vector<std::string_view> words;
  hs::model::split_words(bytes.substr(0, hs::model::kMaxModelBytes), buf, words);
  if (s.features.size() > 2 * words.size()) std::abort();
  return 0;
}
