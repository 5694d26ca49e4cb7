#include <cstdio>

#include "hypersieve/base/json_writer.hpp"
#include "hypersieve/pipeline/run.hpp"
#include "hypersieve/version.hpp"

namespace hs::pipeline {

using base::JsonWriter;

namespace {

void write_docs(JsonWriter& w, const output::Stats& s) {
  w.key("docs").begin_object();
  w.key("read").value(s.docs_read);
  w.key("kept").value(s.docs_kept);
  w.key("dropped").value(s.docs_dropped);
  w.key("upsampled").value(s.docs_upsampled);
  w.key("annotated").value(s.docs_annotated);
  w.key("extra_copies").value(s.extra_copies);
  w.key("written").value(s.docs_written);
  w.key("invalid").value(s.docs_invalid);
  w.key("invalid_written").value(s.invalid_written);
  w.end_object();
  w.key("bytes").begin_object();
  w.key("read").value(s.bytes_read);
  w.key("written").value(s.bytes_written);
  w.key("dropped").value(s.bytes_dropped);
  w.end_object();
  w.key("invalid").begin_object();
  for (std::size_t i = 1; i < s.invalid.size(); ++i) {
    w.key(record::invalid_name(static_cast<record::Invalid>(i))).value(s.invalid[i]);
  }
  w.end_object();
  w.key("blank_lines").value(s.blank_lines);
}

}  // namespace

std::string report_json(const RunConfig& cfg, const rules::RuleSet& rs, const RunResult& r) {
  std::string out;
  JsonWriter w(out);
  const output::Stats& s = r.total;
  w.begin_object();
  w.key("tool").value("hypersieve");
  w.key("version").value(kVersion);
  w.key("mode").value(cfg.dry_run ? "dry-run" : cfg.annotate_only ? "annotate-only" : "filter");
  w.key("rule_pack").begin_object();
  w.key("source").value(cfg.rules_label);
  w.key("hash").value(rs.content_hash);
  w.key("files").begin_array();
  for (const auto& f : rs.files) w.value(f);
  w.end_array();
  if (rs.model) {
    w.key("model").begin_object().key("terms").value(static_cast<std::uint64_t>(rs.model->terms.size())).end_object();
  }
  w.end_object();
  w.key("seed").value(cfg.seed);
  w.key("threads").value(static_cast<std::uint64_t>(cfg.threads));
  write_docs(w, s);
  w.key("categories").begin_object();
  for (std::size_t c = 0; c < rs.categories.size(); ++c) {
    w.key(rs.categories[c].name).begin_object();
    w.key("threshold").value(rs.categories[c].threshold);
    if (rs.model) {
      w.key("model_threshold").value(rs.categories[c].model_threshold);
      w.key("model_scope").value(rs.categories[c].model_scope == rules::ModelScope::kAll ? "all" : "fired");
      w.key("model_threshold_unfired").value(rs.categories[c].model_threshold_unfired);
      w.key("exclusive_with").begin_array();
      for (std::size_t d = 0; d < rs.categories.size(); ++d) {
        if ((rs.categories[c].exclusive_with >> d) & 1u) w.value(rs.categories[d].name);
      }
      w.end_array();
    }
    w.key("docs").value(c < s.categories.size() ? s.categories[c].docs : 0);
    if (rs.model) {
      w.key("docs_by_model").value(c < s.model_labels.size() ? s.model_labels[c] : 0);
      w.key("docs_overruled_by_model").value(c < s.model_overruled.size() ? s.model_overruled[c] : 0);
    }
    w.key("bytes").value(c < s.categories.size() ? s.categories[c].bytes : 0);
    w.end_object();
  }
  w.end_object();
  w.key("rules").begin_object();
  for (std::size_t i = 0; i < rs.rules.size(); ++i) {
    w.key(rs.rules[i].id).begin_object();
    w.key("docs").value(i < s.rules.size() ? s.rules[i].docs : 0);
    w.key("hits").value(i < s.rules.size() ? s.rules[i].hits : 0);
    w.end_object();
  }
  w.end_object();
  w.key("inputs").begin_array();
  for (const auto& in : r.inputs) {
    w.begin_object();
    w.key("path").value(in.path);
    w.key("status").value(in.ok ? "ok" : "failed");
    if (in.resumed) w.key("resumed").value(true);
    if (!in.ok) w.key("error").value(in.error);
    if (!in.output.empty()) w.key("output").value(in.output);
    w.key("compression").value(in.compression.empty() ? "unknown" : in.compression);
    w.key("raw_bytes").value(in.raw_bytes);
    write_docs(w, in.stats);
    w.end_object();
  }
  w.end_array();
  std::uint64_t failed = 0;
  for (const auto& in : r.inputs) failed += in.ok ? 0 : 1;
  w.key("inputs_failed").value(failed);
  w.key("elapsed_seconds").value(r.seconds);
  double mbs = r.seconds > 0 ? static_cast<double>(s.bytes_read) / 1e6 / r.seconds : 0.0;
  w.key("mb_per_second").value(mbs);
  w.end_object();
  out.push_back('\n');
  return out;
}

void print_summary(const rules::RuleSet& rs, const RunResult& r) {
  const output::Stats& s = r.total;
  std::size_t failed = 0;
  for (const auto& in : r.inputs) failed += in.ok ? 0 : 1;
  double mb = static_cast<double>(s.bytes_read) / 1e6;
  std::fprintf(stderr, "hypersieve: %zu input(s), %zu failed, %.2f MB in %.2fs (%.1f MB/s)\n", r.inputs.size(), failed,
               mb, r.seconds, r.seconds > 0 ? mb / r.seconds : 0.0);
  std::fprintf(stderr, "  %-22s %12s\n", "documents", "count");
  auto row = [](const char* name, std::uint64_t v) {
    std::fprintf(stderr, "  %-22s %12llu\n", name, static_cast<unsigned long long>(v));
  };
  row("read", s.docs_read);
  row("kept", s.docs_kept);
  row("dropped", s.docs_dropped);
  row("upsampled", s.docs_upsampled);
  row("extra copies", s.extra_copies);
  row("annotated", s.docs_annotated);
  row("written", s.docs_written);
  row("invalid", s.docs_invalid);
  std::fprintf(stderr, "  %-22s %12s %14s%s\n", "category", "docs", "bytes", rs.model ? "   by model alone" : "");
  for (std::size_t c = 0; c < rs.categories.size(); ++c) {
    std::fprintf(stderr, "  %-22s %12llu %14llu", rs.categories[c].name.c_str(),
                 static_cast<unsigned long long>(c < s.categories.size() ? s.categories[c].docs : 0),
                 static_cast<unsigned long long>(c < s.categories.size() ? s.categories[c].bytes : 0));
    if (rs.model) {
      std::fprintf(stderr, " %17llu",
                   static_cast<unsigned long long>(c < s.model_labels.size() ? s.model_labels[c] : 0));
    }
    std::fprintf(stderr, "\n");
  }
}

}  // namespace hs::pipeline
