#include "hypersieve/output/stats.hpp"

#include <simdjson.h>

#include "hypersieve/base/json_writer.hpp"

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
  if (model_labels.size() < o.model_labels.size()) model_labels.resize(o.model_labels.size());
  for (std::size_t i = 0; i < o.model_labels.size(); ++i) model_labels[i] += o.model_labels[i];
  if (model_overruled.size() < o.model_overruled.size()) model_overruled.resize(o.model_overruled.size());
  for (std::size_t i = 0; i < o.model_overruled.size(); ++i) model_overruled[i] += o.model_overruled[i];
  if (rules.size() < o.rules.size()) rules.resize(o.rules.size());
  for (std::size_t i = 0; i < o.rules.size(); ++i) {
    rules[i].docs += o.rules[i].docs;
    rules[i].hits += o.rules[i].hits;
  }
}

}  // namespace hs::output

namespace hs::output {

namespace {

void set_second(CountBytes& c, std::uint64_t v) { c.bytes = v; }
void set_second(RuleCount& r, std::uint64_t v) { r.hits = v; }

// The scalar counters, in a fixed order shared by to_json and from_json.
template <typename S, typename Fn>
void for_each_scalar(S& s, Fn&& fn) {
  fn("docs_read", s.docs_read);
  fn("docs_kept", s.docs_kept);
  fn("docs_dropped", s.docs_dropped);
  fn("docs_upsampled", s.docs_upsampled);
  fn("docs_annotated", s.docs_annotated);
  fn("docs_written", s.docs_written);
  fn("extra_copies", s.extra_copies);
  fn("docs_invalid", s.docs_invalid);
  fn("invalid_written", s.invalid_written);
  fn("blank_lines", s.blank_lines);
  fn("bytes_read", s.bytes_read);
  fn("bytes_written", s.bytes_written);
  fn("bytes_dropped", s.bytes_dropped);
}

}  // namespace

std::string Stats::to_json() const {
  std::string out;
  base::JsonWriter w(out);
  w.begin_object();
  for_each_scalar(*this, [&](const char* k, const std::uint64_t& v) { w.key(k).value(v); });
  w.key("invalid").begin_array();
  for (auto v : invalid) w.value(v);
  w.end_array();
  w.key("categories").begin_array();
  for (const auto& c : categories) w.begin_array().value(c.docs).value(c.bytes).end_array();
  w.end_array();
  w.key("model_labels").begin_array();
  for (auto v : model_labels) w.value(v);
  w.end_array();
  w.key("model_overruled").begin_array();
  for (auto v : model_overruled) w.value(v);
  w.end_array();
  w.key("rules").begin_array();
  for (const auto& r : rules) w.begin_array().value(r.docs).value(r.hits).end_array();
  w.end_array();
  w.end_object();
  return out;
}

bool Stats::from_json(std::string_view json) {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(json.data(), json.size()).get(root)) return false;
  bool ok = true;
  for_each_scalar(*this, [&](const char* k, std::uint64_t& v) {
    std::uint64_t x = 0;
    if (root[k].get_uint64().get(x)) ok = false;
    v = x;
  });
  simdjson::dom::array arr;
  if (!ok || root["invalid"].get_array().get(arr) || arr.size() != invalid.size()) return false;
  std::size_t i = 0;
  for (simdjson::dom::element e : arr) {
    if (e.get_uint64().get(invalid[i++])) return false;
  }
  auto pairs = [&](const char* key, auto& vec) {
    simdjson::dom::array a;
    if (root[key].get_array().get(a) || a.size() != vec.size()) return false;
    std::size_t k = 0;
    for (simdjson::dom::element e : a) {
      simdjson::dom::array p;
      if (e.get_array().get(p) || p.size() != 2) return false;
      if (p.at(0).get_uint64().get(vec[k].docs)) return false;
      std::uint64_t second = 0;
      if (p.at(1).get_uint64().get(second)) return false;
      set_second(vec[k], second);
      ++k;
    }
    return true;
  };
  const std::pair<const char*, std::vector<std::uint64_t>*> per_category[] = {{"model_labels", &model_labels},
                                                                              {"model_overruled", &model_overruled}};
  for (const auto& [key, counts] : per_category) {
    if (root[key].get_array().get(arr) || arr.size() != counts->size()) return false;
    i = 0;
    for (simdjson::dom::element e : arr) {
      if (e.get_uint64().get((*counts)[i++])) return false;
    }
  }
  return pairs("categories", categories) && pairs("rules", rules);
}

}  // namespace hs::output
