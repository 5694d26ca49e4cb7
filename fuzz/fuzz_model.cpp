// libFuzzer target: arbitrary bytes as a model file, then as a document.
// Parsing must succeed or return an error; a parsed model must score any
// text, and serialising it must parse back to the same terms. Never crash.
#include <algorithm>
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
  // The same bytes as a document: the one-pass features (64-byte ASCII
  // blocks and the character path) are exactly the hashes of the words
  // split_words finds and of their adjacent pairs.
  hs::model::extract_features(bytes, s);
  std::string buf;
  std::vector<std::string_view> words;
  hs::model::split_words(bytes.substr(0, hs::model::kMaxModelBytes), buf, words);
  std::vector<std::uint64_t> want;
  for (std::size_t i = 0; i < words.size(); ++i) {
    want.push_back(hs::model::term_hash(words[i]));
    if (i + 1 < words.size())
      want.push_back(hs::model::term_hash(std::string(words[i]) + " " + std::string(words[i + 1])));
  }
  std::sort(want.begin(), want.end());
  want.erase(std::unique(want.begin(), want.end()), want.end());
  std::vector<std::uint64_t> got = s.features;
  std::sort(got.begin(), got.end());
  if (got != want || s.occurrences != (words.empty() ? 0 : 2 * words.size() - 1)) std::abort();
  return 0;
}
