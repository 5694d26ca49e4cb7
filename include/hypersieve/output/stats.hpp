// output/stats: counters for one batch, one input or one run; mergeable.
//
// Workers fill a Stats per batch; the pipeline merges them per input and per
// run, so no counter is shared between threads. Invariants (checked by
// tests): docs.read = kept + dropped + invalid and
// docs.written = kept + extra_copies.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "hypersieve/record/fields.hpp"

namespace hs::output {

struct CountBytes {
  std::uint64_t docs = 0;
  std::uint64_t bytes = 0;
};

struct RuleCount {
  std::uint64_t docs = 0;
  std::uint64_t hits = 0;
};

struct Stats {
  std::uint64_t docs_read = 0;
  std::uint64_t docs_kept = 0;
  std::uint64_t docs_dropped = 0;
  std::uint64_t docs_upsampled = 0;
  std::uint64_t docs_annotated = 0;  // kept documents whose action is annotate
  std::uint64_t docs_written = 0;    // valid document lines written (incl. copies)
  std::uint64_t extra_copies = 0;
  std::uint64_t docs_invalid = 0;
  std::uint64_t invalid_written = 0;  // invalid lines passed through unchanged
  std::uint64_t blank_lines = 0;
  std::uint64_t bytes_read = 0;     // uncompressed input bytes
  std::uint64_t bytes_written = 0;  // uncompressed output bytes
  std::uint64_t bytes_dropped = 0;
  std::array<std::uint64_t, static_cast<std::size_t>(record::Invalid::kCount)> invalid{};
  std::vector<CountBytes> categories;          // labelled docs per category
  std::vector<std::uint64_t> model_labels;     // per category: of those, labelled by the learned model alone
  std::vector<std::uint64_t> model_overruled;  // per category: rule labels the model took away (exclusive_with)
  std::vector<RuleCount> rules;

  void resize(std::size_t n_categories, std::size_t n_rules) {
    categories.resize(n_categories);
    model_labels.resize(n_categories);
    model_overruled.resize(n_categories);
    rules.resize(n_rules);
  }
  void merge(const Stats& o);

  // Serialises every counter (for resume markers) and reads it back; from_json
  // returns false if the text is not a Stats object of the same shape.
  std::string to_json() const;
  bool from_json(std::string_view json);
};

}  // namespace hs::output
