// model/linear: a learned linear classifier over a document's words, the
// trained stage behind the rules.
//
// Features are the distinct words and adjacent word pairs of a text (see
// extract_features), each with value 1/sqrt(n), n the number of words and
// word pairs in the text (repeats included);
// each category has a bias and one weight per known term, and its
// probability is the logistic of bias + sum of weight * value. Unknown terms
// weigh nothing. A Model is immutable after parse/train and shared by all
// workers; predict needs only a per-thread Scratch and does not allocate
// once the scratch is warm.
//
// The file format (".model", a line-based text file; docs/RULES.md):
//   hypersieve-model<TAB>1
//   categories<TAB>NAME<TAB>NAME...
//   bias<TAB>B1<TAB>B2...
//   term<TAB>WORD[ WORD]<TAB>W1<TAB>W2...     (one per term, any order)
// Blank lines and lines starting with '#' are ignored. Training lives here
// too (train), so that the trainer and the scorer cannot disagree on what a
// feature is. This module depends only on base.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "hypersieve/base/error.hpp"

namespace hs::model {

// Words of text: maximal runs of ASCII letters and digits and of non-ASCII
// UTF-8 characters, lowercased (ASCII and Latin-1 letters); apostrophes
// (' and U+2019) inside a run are dropped ("don't" -> "dont"); general
// punctuation (U+2000-U+206F: dashes, quotes, ellipsis) and U+00A0, U+00AB,
// U+00BB separate words. words receives views into buf (overwritten).
void split_words(std::string_view text, std::string& buf, std::vector<std::string_view>& words);

// The hash of a term ("word" or "word word"; never 0): what the model's
// index uses. Part of no file format: model files hold the terms' spellings.
std::uint64_t term_hash(std::string_view term);

struct Scratch {
  std::vector<std::uint64_t> features;  // extract_features' output; predict: the words' hashes
  std::size_t occurrences = 0;          // words and word pairs, repeats included
  std::vector<std::uint64_t> seen;      // extract_features' set of features; predict: the candidates
  std::vector<std::uint32_t> stamp;     // predict: per model row, the last call that counted it
  std::uint32_t generation = 0;         // predict: this call's stamp
  std::vector<double> sums;             // predict: per category, the weights of the known terms
};

// The model reads at most this many bytes of a document's text (its start):
// a bound on the time and memory one huge document can take. The rules read
// all of it.
constexpr std::size_t kMaxModelBytes = 64 * 1024;

// The distinct feature hashes of the text's first kMaxModelBytes into
// s.features, in order of first occurrence, and their number with repeats
// into s.occurrences: term_hash of every word and of every adjacent pair of
// words ("w1 w2"), computed in one pass without copying the text. (predict
// does the same without collecting them.)
void extract_features(std::string_view text, Scratch& s);

struct Model {
  std::vector<std::string> categories;  // names, in weight order
  std::vector<double> bias;             // per category
  std::vector<std::string> terms;       // "word" or "word word"
  std::vector<float> weights;           // terms.size() x categories.size(), row-major

  std::size_t num_categories() const { return categories.size(); }
  // Builds the hash index over terms; call after filling terms and weights.
  // False if two terms are the same (or collide), naming it in error.
  bool build_index(std::string* error = nullptr);
  // Row of weights for a feature hash, or nullptr.
  const float* find(std::uint64_t hash) const;
  // Its row index, or -1; most unknown hashes are turned away by a bit
  // filter that fits in the L1 cache.
  std::int64_t find_row(std::uint64_t hash) const;

  // Probabilities per category (out resized to num_categories()).
  void predict(std::string_view text, Scratch& s, std::vector<double>& out) const;
  // The logit contribution of each known feature of the text for category
  // cat, largest absolute first, at most max_terms: for explain.
  std::vector<std::pair<std::string, double>> contributions(std::string_view text, std::size_t cat,
                                                            std::size_t max_terms) const;

 private:
  std::vector<std::uint64_t> keys_;  // open addressing; 0 = empty
  std::vector<std::uint32_t> rows_;
  std::uint64_t mask_ = 0;
  std::vector<std::uint64_t> filter_;
  std::uint64_t filter_mask_ = 0;
};

// Parses a model file; errors name the file and line.
base::Result<Model> parse(std::string_view content, const std::string& name);
// The file form of a model (terms sorted, weights at 6 significant digits).
std::string serialize(const Model& m);

struct TrainOptions {
  int epochs = 30;
  double learning_rate = 0.5;
  double l2 = 1e-4;
  std::uint32_t min_docs = 2;  // a term must occur in at least this many documents
  double prune = 1e-3;         // terms whose weights all stay below this are not written
  std::uint64_t seed = 1;
};

struct TrainDoc {
  std::string_view text;
  std::uint64_t labels;  // bit c: the document belongs to category c
};

// Logistic regression per category by stochastic gradient descent over the
// documents in a seeded order: deterministic for the same inputs.
Model train(const std::vector<std::string>& categories, const std::vector<TrainDoc>& docs, const TrainOptions& opt);

}  // namespace hs::model
