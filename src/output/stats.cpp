#include "hypersieve/output/stats.hpp"

namespace hs::output {

void Stats::merge(const Stats& o) {
  docs_read += o.docs_read;
  docs_kept += o.docs_kept;
  docs_dropped += o.docs_dropped;
  docs_upsampled += o.docs_upsampled;
  docs_annotated += o.docs_annotated;
  docs_written += o.docs_written;
  extra_copies += o.extra_copies;
  docs_invalid += o.docs_invalid;
  invalid_written += o.invalid_written;
  blank_lines += o.blank_lines;
  bytes_read += o.bytes_read;
  bytes_written += o.bytes_written;
  bytes_dropped += o.bytes_dropped;
  for (std::size_t i = 0; i < invalid.size(); ++i) invalid[i] += o.invalid[i];
  if (categories.size() < o.categories.size()) categories.resize(o.categories.size());
  for (std::size_t i = 0; i < o.categories.size(); ++i) {
    categories[i].docs += o.categories[i].docs;
    categories[i].bytes += o.categories[i].bytes;
  }
  if (rules.size() < o.rules.size()) rules.resize(o.rules.size());
  for (std::size_t i = 0; i < o.rules.size(); ++i) {
    rules[i].docs += o.rules[i].docs;
    rules[i].hits += o.rules[i].hits;
  }
}

}  // namespace hs::output
