#include "commands.hpp"

#include <simdjson.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <thread>

#include "hypersieve/base/hash.hpp"
#include "hypersieve/base/json_writer.hpp"
#include "hypersieve/io/sink.hpp"
#include "hypersieve/io/source.hpp"
#include "hypersieve/model/linear.hpp"
#include "hypersieve/output/annotate.hpp"
#include "hypersieve/pipeline/run.hpp"
#include "hypersieve/policy/policy.hpp"
#include "hypersieve/record/fields.hpp"
#include "hypersieve/record/line_batcher.hpp"
#include "hypersieve/rules/loader.hpp"
#include "hypersieve/rules/scorer.hpp"
#include "hypersieve/version.hpp"

namespace hs::cli {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;

// The rule set of -r (or the bundled pack) with --threshold,
// --model-threshold and --model-scope overrides applied; without its model
// with --no-model.
base::Result<std::shared_ptr<rules::RuleSet>> load_rules(const std::string& path,
                                                         const std::vector<std::string>& thresholds = {},
                                                         const ModelOptions& model = {}) {
  auto rs = path.empty() ? rules::load_default() : rules::load_path(path);
  if (!rs.ok()) return rs;
  // The rule set lives until the process exits: freeing a large pack's
  // hundreds of thousands of small allocations took ~5% of the 10x
  // benchmark pack's cold start-up, and the system reclaims the memory anyway.
  static auto* const kept = new std::vector<std::shared_ptr<rules::RuleSet>>();
  kept->push_back(rs.value());
  for (const auto& t : thresholds) {
    auto st = rules::override_threshold(*rs.value(), t);
    if (!st.ok()) return st.error();
  }
  if (model.off) rs.value()->model.reset();
  for (const auto& t : model.thresholds) {
    auto st = rules::override_threshold(*rs.value(), t, rules::ThresholdKind::kModel);
    if (!st.ok()) return st.error();
  }
  for (const auto& t : model.unfired) {
    auto st = rules::override_threshold(*rs.value(), t, rules::ThresholdKind::kModelUnfired);
    if (!st.ok()) return st.error();
  }
  for (const auto& t : model.scopes) {
    auto st = rules::override_model_scope(*rs.value(), t);
    if (!st.ok()) return st.error();
  }
  return rs;
}

// The options every scoring command shares with run: the learned stage.
void add_model_options(CLI::App* c, ModelOptions& m) {
  c->add_option("--model-threshold", m.thresholds,
                "Override the probability at which the rules' learned model labels a category: CATEGORY=P (0: never)")
      ->allow_extra_args(false);
  c->add_option("--model-scope", m.scopes,
                "Where the learned model may label: fired (documents on which a rule fired: faster) or all; "
                "CATEGORY=SCOPE for one category")
      ->allow_extra_args(false);
  c->add_option("--model-threshold-unfired", m.unfired,
                "With scope all, the probability the learned model needs where no rule fired: CATEGORY=P (never "
                "below the model threshold; 0: the model threshold)")
      ->allow_extra_args(false);
  c->add_flag("--no-model", m.off, "Score with the rules alone (ignore the pack's learned model)");
}

// The fields of labelled input (eval, train).
void add_labelled_fields(CLI::App* c, std::string& label_field, std::string& text_field, std::string& id_field) {
  c->add_option("--label-field", label_field, "Field with the gold label(s): a string or a list")
      ->capture_default_str();
  c->add_option("--text-field", text_field, "Field holding the text")->capture_default_str();
  c->add_option("--id-field", id_field, "Field holding the id")->capture_default_str();
}

// One labelled document of eval or train input.
struct Labelled {
  std::string_view text;
  std::string id;
  std::uint64_t gold = 0;  // bit c: labelled with category c
};

// Reads a labelled JSON line: its text, id (else source:line) and gold labels
// (a string or a list; "none" and "" mean no label). False, with a warning
// naming source:line, if the line is unusable; unknown labels are warned about
// and skipped.
bool read_labelled(simdjson::dom::parser& parser, const rules::RuleSet& rs, const std::string& src, std::uint64_t no,
                   std::string_view line, const std::string& text_field, const std::string& id_field,
                   const std::string& label_field, Labelled& out) {
  simdjson::dom::element el;
  if (parser.parse(line.data(), line.size()).get(el)) {
    spdlog::warn("{}:{}: not JSON", src, no);
    return false;
  }
  if (el[text_field].get_string().get(out.text)) {
    spdlog::warn("{}:{}: no string field '{}'", src, no, text_field);
    return false;
  }
  out.id = src + ":" + std::to_string(no);
  std::string_view sid;
  if (!el[id_field].get_string().get(sid)) out.id = std::string(sid);
  out.gold = 0;
  simdjson::dom::element lab;
  if (el[label_field].get(lab)) {
    spdlog::warn("{}:{}: no label field '{}'", src, no, label_field);
    return false;
  }
  std::vector<std::string_view> names;
  std::string_view one;
  simdjson::dom::array arr;
  if (!lab.get_string().get(one)) {
    names.push_back(one);
  } else if (!lab.get_array().get(arr)) {
    for (simdjson::dom::element x : arr) {
      std::string_view s;
      if (!x.get_string().get(s)) names.push_back(s);
    }
  }
  for (auto n : names) {
    if (n.empty() || n == "none") continue;
    int ci = rs.category_index(std::string(n));
    if (ci < 0) {
      spdlog::warn("{}:{}: unknown label '{}'", src, no, std::string(n));
      continue;
    }
    out.gold |= std::uint64_t{1} << ci;
  }
  return true;
}

constexpr const char* kThresholdHelp =
    "Override a category's threshold: CATEGORY=NUMBER (lower: more recall, less precision; see eval --sweep)";

int usage_error(const std::string& msg) {
  spdlog::error("{}", msg);
  return kExitUsage;
}

// Streams every line of the inputs (files or "-") to fn(source, line_no, line, capacity).
template <typename Fn>
bool for_each_input_line(const std::vector<std::string>& inputs, Fn&& fn) {
  bool ok = true;
  for (const auto& in : inputs) {
    auto src = io::Source::open(in);
    if (!src.ok()) {
      spdlog::error("{}", src.error().message);
      ok = false;
      continue;
    }
    record::LineBatcher b(*src.value(), 1 << 20);
    record::Batch batch;
    for (;;) {
      auto more = b.next(batch);
      if (!more.ok()) {
        spdlog::error("{}", more.error().message);
        ok = false;
        break;
      }
      if (!more.value()) break;
      record::for_each_line(batch, [&](std::string_view line, std::string_view, std::uint64_t no, std::size_t cap) {
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) return;
        fn(src.value()->path(), no, line, cap);
      });
    }
  }
  return ok;
}

// Streams every usable labelled document of the inputs (eval, train) to
// fn(const Labelled&) (its text valid during the call); counts the lines
// read_labelled rejects in skipped. False if an input could not be read.
template <typename Fn>
bool for_each_labelled(const std::vector<std::string>& inputs, const rules::RuleSet& rs, const std::string& text_field,
                       const std::string& id_field, const std::string& label_field, std::uint64_t& skipped, Fn&& fn) {
  simdjson::dom::parser parser;
  Labelled doc;
  return for_each_input_line(inputs, [&](const std::string& src, std::uint64_t no, std::string_view line, std::size_t) {
    if (!read_labelled(parser, rs, src, no, line, text_field, id_field, label_field, doc)) {
      ++skipped;
      return;
    }
    fn(doc);
  });
}

// ----------------------------------------------------------------- run

int do_run(RunOptions& o) {
  pipeline::RunConfig cfg;
  cfg.inputs = o.inputs;
  cfg.output_dir = o.output;
  cfg.removed_dir = o.removed;
  cfg.text_field = o.text_field;
  cfg.id_field = o.id_field;
  cfg.annotation_field = o.annotation_field;
  cfg.annotate = !o.no_annotate;
  cfg.dry_run = o.dry_run;
  cfg.annotate_only = o.annotate_only;
  cfg.force = o.force;
  cfg.seed = o.seed;
  cfg.quiet = o.quiet;
  cfg.level = o.level;
  cfg.batch_bytes = o.batch_kib * 1024;
  cfg.threads = o.threads ? o.threads : std::max(1u, std::thread::hardware_concurrency());
  cfg.rules_label = o.rules.empty() ? "<bundled default pack>" : o.rules;
  if (o.compression == "auto")
    cfg.compression = pipeline::CompressionChoice::kAuto;
  else if (o.compression == "zstd")
    cfg.compression = pipeline::CompressionChoice::kZstd;
  else if (o.compression == "gzip")
    cfg.compression = pipeline::CompressionChoice::kGzip;
  else if (o.compression == "none")
    cfg.compression = pipeline::CompressionChoice::kNone;
  if (o.on_invalid == "keep")
    cfg.on_invalid = pipeline::OnInvalid::kKeep;
  else if (o.on_invalid == "drop")
    cfg.on_invalid = pipeline::OnInvalid::kDrop;
  else if (o.on_invalid == "fail")
    cfg.on_invalid = pipeline::OnInvalid::kFail;
  else if (o.on_invalid == "quarantine")
    cfg.on_invalid = pipeline::OnInvalid::kQuarantine;
  cfg.max_line_bytes = o.max_line_bytes;
  cfg.keep_partial = o.keep_partial;
  cfg.resume = o.resume;
  if (o.resume && (o.output.empty() || o.output == "-" || o.dry_run)) {
    return usage_error("--resume needs -o DIR (markers live in DIR/.hypersieve)");
  }
  {
    // Everything that changes output bytes, so --resume never mixes runs.
    std::string f = std::string(kVersion) + "|" + o.compression + "|" + std::to_string(o.level) + "|" + o.text_field +
                    "|" + o.id_field + "|" + o.annotation_field + "|" + (o.no_annotate ? "1" : "0") +
                    (o.annotate_only ? "1" : "0") + "|" + std::to_string(o.seed) + "|" + o.on_invalid + "|" +
                    std::to_string(o.max_line_bytes) + "|" + (o.removed.empty() ? "" : "removed") + "|" +
                    (o.audit.empty() ? "" : "audit") + "|" + std::to_string(o.batch_kib);
    for (const auto& a : o.actions) f += "|" + a;
    for (const auto& t : o.thresholds) f += "|t:" + t;
    for (const auto& t : o.model.thresholds) f += "|m:" + t;
    for (const auto& t : o.model.scopes) f += "|ms:" + t;
    for (const auto& t : o.model.unfired) f += "|mu:" + t;
    if (o.model.off) f += "|no-model";
    cfg.fingerprint = base::to_hex(base::fnv1a64(f));
  }
  if (o.on_invalid == "quarantine") {
    if (o.output.empty() || o.output == "-") {
      return usage_error("--on-invalid quarantine writes to <output>/quarantine/: it needs -o DIR");
    }
    cfg.quarantine_dir = o.output + "/quarantine";
  }

  if (o.dry_run && o.annotate_only) return usage_error("--dry-run and --annotate-only exclude each other");
  if (!o.dry_run && o.output.empty()) {
    return usage_error("run needs -o DIR (or -o - for stdout), or --dry-run to only report");
  }
  if (o.output == "-" && !o.removed.empty() && o.removed == "-") return usage_error("--removed cannot be '-'");
  if (o.annotate_only && !o.removed.empty())
    return usage_error("--annotate-only drops nothing; --removed makes no sense with it");
  if (o.level >= 0) {
    if (o.compression == "zstd" && (o.level < 1 || o.level > 19)) return usage_error("--level for zstd is 1..19");
    if (o.compression == "gzip" && (o.level < 1 || o.level > 9)) return usage_error("--level for gzip is 1..9");
  }
  if (o.output == "-" && isatty(STDOUT_FILENO) && (o.compression == "zstd" || o.compression == "gzip")) {
    return usage_error("refusing to write compressed data to a terminal");
  }
  // Report and audit defaults.
  if (!o.report.empty()) {
    cfg.report_path = o.report;
  } else if (!o.output.empty() && o.output != "-" && !o.dry_run) {
    cfg.report_path = o.output + "/hypersieve-report.json";
  } else if (o.dry_run && !o.output.empty() && o.output != "-") {
    cfg.report_path = o.output + "/hypersieve-report.json";
  } else if (o.dry_run) {
    cfg.report_path = "hypersieve-report.json";
  }
  if (!o.audit.empty()) {
    cfg.audit_path = o.audit;
  } else if (o.dry_run) {
    cfg.audit_path =
        (!o.output.empty() && o.output != "-") ? o.output + "/hypersieve-audit.jsonl" : "hypersieve-audit.jsonl";
  }
  if (cfg.report_path == "-" && o.output == "-") return usage_error("--report - conflicts with -o -");
  if (cfg.audit_path == "-" && (o.output == "-" || cfg.report_path == "-")) {
    return usage_error("only one of -o, --audit and --report can be '-'");
  }
  cfg.progress = !o.quiet && !o.no_progress && isatty(STDERR_FILENO);
  if (o.quiet) spdlog::set_level(spdlog::level::err);

  auto rs = load_rules(o.rules, o.thresholds, o.model);
  if (!rs.ok()) return usage_error(rs.error().message);
  policy::Policy pol(*rs.value());
  for (const auto& a : o.actions) {
    auto st = pol.override_action(*rs.value(), a);
    if (!st.ok()) return usage_error(st.error().message);
  }
  pol.set_annotate_only(o.annotate_only);
  pol.set_seed(o.seed);

  // "-" for the audit goes to stdout through a sink of its own.
  auto result = pipeline::run(cfg, rs.value(), pol);
  if (result.exit_code == kExitUsage) return usage_error(result.setup_error);
  if (!cfg.report_path.empty()) {
    std::string json = pipeline::report_json(cfg, *rs.value(), result);
    auto sink = io::Sink::create(cfg.report_path);
    if (!sink.ok() || !sink.value()->write(json).ok() || !sink.value()->commit().ok()) {
      spdlog::error("{}: cannot write the report", cfg.report_path);
      result.exit_code = kExitFailed;
    }
  }
  if (!o.quiet) {
    pipeline::print_summary(*rs.value(), result);
    if (!cfg.report_path.empty() && cfg.report_path != "-") {
      std::fprintf(stderr, "  report: %s\n", cfg.report_path.c_str());
    }
    if (!cfg.audit_path.empty() && cfg.audit_path != "-")
      std::fprintf(stderr, "  audit:  %s\n", cfg.audit_path.c_str());
  }
  return result.exit_code;
}

// ------------------------------------------------------------- explain

struct Colors {
  const char* on = "";
  const char* off = "";
  const char* bold = "";
};

void explain_doc(const rules::RuleSet& rs, rules::Scorer& scorer, const policy::Policy& pol, std::string_view id,
                 std::string_view text, const Colors& col, bool all, bool json) {
  rules::DocScore ds;
  scorer.score(text, ds);
  policy::Decision d = pol.decide(ds.labels, id);
  if (!all && ds.fired_count == 0 && ds.labels == 0 && !json) return;
  if (json) {
    std::string out;
    output::append_audit_line(out, rs, "", 0, id, d, ds, text);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return;
  }
  std::string labels;
  for (std::size_t c = 0; c < rs.categories.size(); ++c) {
    if (ds.has_label(c)) labels += (labels.empty() ? "" : ", ") + rs.categories[c].name;
  }
  std::printf("%s%.*s%s  action=%s  labels=[%s]\n", col.bold, static_cast<int>(id.size()), id.data(), col.off,
              rules::action_name(d.action), labels.c_str());
  std::printf("  scores:");
  for (std::size_t c = 0; c < rs.categories.size(); ++c) {
    std::printf(" %s=%g%s", rs.categories[c].name.c_str(), ds.scores[c],
                ds.scores[c] >= rs.categories[c].threshold && ds.scores[c] > 0 ? "*" : "");
  }
  std::printf("\n");
  if (ds.model_ran()) {
    // The learned stage: each probability (* = it labels), then the terms
    // behind each label that only the model gave.
    // Where no rule fired, it read only the text's start and labels only
    // the categories with model_scope "all".
    const bool fired = ds.fired_count > 0;
    const std::string_view read = rules::model_text(text, fired);
    std::printf("  model:");
    for (std::size_t c = 0; c < rs.categories.size(); ++c) {
      if (ds.model_p[c] < 0) continue;
      const auto& cat = rs.categories[c];
      std::printf(" %s=%.2f%s", cat.name.c_str(), ds.model_p[c],
                  rules::model_labels(cat, ds.model_p[c], fired) && ds.has_label(c) ? "*" : "");
    }
    if (!fired) std::printf("  (no rule fired: read the first %zu bytes)", read.size());
    std::printf("\n");
    for (std::size_t c = 0; c < rs.categories.size(); ++c) {
      if (!((ds.model_labels >> c) & 1u)) continue;
      std::printf("  model labels %s; its strongest terms:", rs.categories[c].name.c_str());
      for (const auto& [term, v] : rs.model->contributions(read, static_cast<std::size_t>(rs.model_column[c]), 8)) {
        std::printf(" \"%s\" %+.2f", term.c_str(), v);
      }
      std::printf("\n");
    }
    // Labels the rules or the model would give that exclusive_with took away.
    std::uint64_t excluded = 0;
    rules::assign_labels(rs.categories, ds.scores, &ds.model_p, fired, &excluded);
    for (std::size_t c = 0; c < rs.categories.size(); ++c) {
      const auto& cat = rs.categories[c];
      if (!((excluded >> c) & 1u)) continue;
      for (std::size_t d = 0; d < rs.categories.size(); ++d) {
        if (!((cat.exclusive_with >> d) & 1u) || !ds.has_label(d)) continue;
        std::printf("  not %s: exclusive_with %s, which the model rates higher (%.2f > %.2f)\n", cat.name.c_str(),
                    rs.categories[d].name.c_str(), ds.model_p[d], ds.model_p[c]);
      }
    }
  }
  for (std::size_t i = 0; i < ds.fired_count; ++i) {
    const auto& fr = ds.fired[i];
    const auto& rule = rs.rules[fr.rule];
    std::printf("  rule %s (%s, weight %g) x%u\n", rule.id.c_str(), rs.categories[rule.category].name.c_str(),
                rule.weight, fr.hits);
    for (const auto& sp : fr.spans) {
      std::string before = output::snippet(text.substr(0, sp.start), sp.start, sp.start, 50);
      std::string match(text.substr(sp.start, sp.end - sp.start));
      std::string after_src(text.substr(sp.end));
      std::string after = output::snippet(after_src, 0, 0, 50);
      std::printf("    [%u..%u] ...%s%s%s%s%s...\n", sp.start, sp.end, before.c_str(), col.on, match.c_str(), col.off,
                  after.c_str());
      if (sp.ctx_end > sp.ctx_start) {
        std::string ctx(text.substr(sp.ctx_start, sp.ctx_end - sp.ctx_start));
        std::printf("      near [%u..%u] \"%s\"%s\n", sp.ctx_start, sp.ctx_end, ctx.c_str(),
                    sp.by_name      ? " (a name the text gives a machine)"
                    : sp.by_pronoun ? " (refers back to a machine named before it)"
                                    : "");
      }
    }
  }
}

int do_explain(ExplainOptions& o) {
  auto rs = load_rules(o.rules, o.thresholds, o.model);
  if (!rs.ok()) return usage_error(rs.error().message);
  policy::Policy pol(*rs.value());
  rules::Scorer scorer(rs.value());
  bool color = o.color == "always" || (o.color == "auto" && isatty(STDOUT_FILENO));
  Colors col;
  if (color) col = {"\x1b[1;31m", "\x1b[0m", "\x1b[1m"};
  if (!o.text.empty()) {
    explain_doc(*rs.value(), scorer, pol, "<text>", o.text, col, true, o.json);
    return kExitOk;
  }
  if (o.inputs.empty()) o.inputs.push_back("-");
  record::FieldExtractor fx(o.text_field, o.id_field);
  record::Fields f;
  bool ok = for_each_input_line(o.inputs,
                                [&](const std::string& src, std::uint64_t no, std::string_view line, std::size_t cap) {
                                  auto inv = fx.extract(line, cap, f);
                                  if (inv != record::Invalid::kNone) {
                                    spdlog::warn("{}:{}: invalid record ({})", src, no, record::invalid_name(inv));
                                    return;
                                  }
                                  std::string id = f.has_id ? f.id : src + ":" + std::to_string(no);
                                  explain_doc(*rs.value(), scorer, pol, id, f.text, col, o.all, o.json);
                                });
  return ok ? kExitOk : kExitFailed;
}

// ---------------------------------------------------------------- eval

int do_eval(EvalOptions& o) {
  auto rs_r = load_rules(o.rules, o.thresholds, o.model);
  if (!rs_r.ok()) return usage_error(rs_r.error().message);
  const rules::RuleSet& rs = *rs_r.value();
  rules::Scorer scorer(rs_r.value());
  const std::size_t nc = rs.categories.size();
  struct Cat {
    std::uint64_t tp = 0, fp = 0, fn = 0, tn = 0;
    std::vector<std::string> fps, fns;
  };
  std::vector<Cat> cats(nc);
  std::vector<std::uint64_t> rule_true(rs.rules.size()), rule_fired(rs.rules.size());
  // confusion[gold][pred]: gold/pred index nc means "none".
  std::vector<std::vector<std::uint64_t>> confusion(nc + 1, std::vector<std::uint64_t>(nc + 1));
  std::uint64_t docs = 0, bad = 0;
  rules::DocScore ds;
  std::vector<std::uint64_t> gold_of;  // for --sweep: gold labels, scores and model output per document
  std::vector<std::vector<double>> scores_of, model_of;
  std::vector<bool> fired_of;
  // Labels the learned model gave that the rules' scores alone did not: per
  // category, how many and how many were right.
  std::vector<std::uint64_t> model_fired(nc), model_true(nc);
  // Rule labels it took away (exclusive_with), and how many of those the
  // gold labels agree should go.
  std::vector<std::uint64_t> overruled(nc), overruled_right(nc);
  // Counts one document in a category's confusion cell; returns the id list
  // of that cell (false positives or negatives), else null.
  auto tally = [](Cat& k, bool gold, bool pred) -> std::vector<std::string>* {
    if (gold && pred) {
      ++k.tp;
      return nullptr;
    }
    if (pred) {
      ++k.fp;
      return &k.fps;
    }
    if (gold) {
      ++k.fn;
      return &k.fns;
    }
    ++k.tn;
    return nullptr;
  };
  bool ok = for_each_labelled(o.inputs, rs, o.text_field, o.id_field, o.label_field, bad, [&](const Labelled& doc) {
    const std::uint64_t gold = doc.gold;
    const std::string& id = doc.id;
    ++docs;
    scorer.score(doc.text, ds);
    if (o.sweep) {
      gold_of.push_back(gold);
      scores_of.push_back(ds.scores);
      model_of.push_back(ds.model_p);
      fired_of.push_back(ds.fired_count > 0);
    }
    for (std::size_t c = 0; c < nc; ++c) {
      if ((ds.model_overruled >> c) & 1u) {
        ++overruled[c];
        if (!((gold >> c) & 1u)) ++overruled_right[c];
      }
      if (!((ds.model_labels >> c) & 1u)) continue;
      ++model_fired[c];
      if ((gold >> c) & 1u) ++model_true[c];
    }
    for (std::size_t c = 0; c < nc; ++c) {
      if (auto* ids = tally(cats[c], (gold >> c) & 1u, ds.has_label(c))) ids->push_back(id);
    }
    for (std::size_t i = 0; i < ds.fired_count; ++i) {
      std::uint32_t r = ds.fired[i].rule;
      ++rule_fired[r];
      if ((gold >> rs.rules[r].category) & 1u) ++rule_true[r];
    }
    // Confusion on the first gold label vs the first predicted label.
    std::size_t gi = nc, pi = nc;
    for (std::size_t c = 0; c < nc; ++c) {
      if (gi == nc && ((gold >> c) & 1u)) gi = c;
      if (pi == nc && ds.has_label(c)) pi = c;
    }
    ++confusion[gi][pi];
  });
  // t of n, as a share (1 when n is 0: nothing claimed, nothing wrong).
  auto share = [](std::uint64_t t, std::uint64_t n) {
    return n ? static_cast<double>(t) / static_cast<double>(n) : 1.0;
  };
  auto prf = [](const Cat& k, double& p, double& r, double& f) {
    p = k.tp + k.fp ? static_cast<double>(k.tp) / static_cast<double>(k.tp + k.fp) : 1.0;
    r = k.tp + k.fn ? static_cast<double>(k.tp) / static_cast<double>(k.tp + k.fn) : 1.0;
    f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  };
  // --sweep: each category's P/R at other thresholds (of its rules' score,
  // then of the learned model's probability), the others as configured.
  // Labels are recomputed from each document's scores and model output: the
  // same labels a run at that threshold gives, as long as whether the model
  // runs does not change (hence no model sweep for a category whose
  // model_threshold is 0: the model may not have run where it would).
  struct SweepPoint {
    double threshold;
    Cat k;
  };
  auto sweep_category = [&](std::size_t c, double first, double last, double step, double rules::Category::*knob) {
    std::vector<double> ts;
    for (double t = first; t <= last + 1e-9; t += step) ts.push_back(t);
    ts.push_back(rs.categories[c].*knob);  // the configured value
    std::sort(ts.begin(), ts.end());
    ts.erase(std::unique(ts.begin(), ts.end(), [](double a, double b) { return std::fabs(a - b) < 1e-9; }), ts.end());
    std::vector<rules::Category> cs = rs.categories;
    std::vector<SweepPoint> points;
    for (double t : ts) {
      cs[c].*knob = t;
      SweepPoint pt{t, {}};
      for (std::size_t d = 0; d < gold_of.size(); ++d) {
        tally(pt.k, (gold_of[d] >> c) & 1u,
              (rules::assign_labels(cs, scores_of[d], &model_of[d], fired_of[d]) >> c) & 1u);
      }
      points.push_back(std::move(pt));
    }
    return points;
  };
  std::vector<std::vector<SweepPoint>> sweep(o.sweep ? nc : 0), model_sweep(o.sweep ? nc : 0),
      unfired_sweep(o.sweep ? nc : 0);
  for (std::size_t c = 0; c < sweep.size(); ++c) {
    const rules::Category& cat = rs.categories[c];
    sweep[c] = sweep_category(c, 0.5, 6.0, 0.5, &rules::Category::threshold);
    if (!rs.model || rs.model_column[c] < 0 || cat.model_threshold <= 0) continue;
    model_sweep[c] = sweep_category(c, 0.3, 0.9, 0.05, &rules::Category::model_threshold);
    if (cat.model_scope == rules::ModelScope::kAll) {
      unfired_sweep[c] = sweep_category(c, 0.5, 0.95, 0.05, &rules::Category::model_threshold_unfired);
    }
  }
  if (o.json) {
    std::string out;
    base::JsonWriter w(out);
    w.begin_object();
    w.key("docs").value(docs);
    w.key("skipped").value(bad);
    w.key("rules_hash").value(rs.content_hash);
    w.key("categories").begin_object();
    for (std::size_t c = 0; c < nc; ++c) {
      double p, r, f;
      prf(cats[c], p, r, f);
      w.key(rs.categories[c].name).begin_object();
      w.key("tp").value(cats[c].tp).key("fp").value(cats[c].fp).key("fn").value(cats[c].fn).key("tn").value(cats[c].tn);
      w.key("precision").value(p).key("recall").value(r).key("f1").value(f);
      w.key("false_positives").begin_array();
      for (auto& s : cats[c].fps) w.value(s);
      w.end_array();
      w.key("false_negatives").begin_array();
      for (auto& s : cats[c].fns) w.value(s);
      w.end_array();
      w.end_object();
    }
    w.end_object();
    // {"<count_name>": n, "true": t, "precision": t/n} under key.
    auto precision_entry = [&](const std::string& key, const char* count_name, std::uint64_t n, std::uint64_t t) {
      w.key(key).begin_object().key(count_name).value(n).key("true").value(t);
      w.key("precision").value(share(t, n)).end_object();
    };
    w.key("rules").begin_object();
    for (std::size_t r = 0; r < rs.rules.size(); ++r)
      precision_entry(rs.rules[r].id, "fired", rule_fired[r], rule_true[r]);
    w.end_object();
    if (rs.model) {
      // The learned stage as one more "rule" per category: the labels it
      // added, and the rules' labels it overruled (exclusive_with; "right":
      // the gold labels do not have them either).
      w.key("model").begin_object();
      for (std::size_t c = 0; c < nc; ++c) {
        precision_entry(rs.categories[c].name, "added", model_fired[c], model_true[c]);
      }
      w.end_object();
      w.key("model_overruled").begin_object();
      for (std::size_t c = 0; c < nc; ++c) {
        if (!rs.categories[c].exclusive_with) continue;
        w.key(rs.categories[c].name).begin_object().key("overruled").value(overruled[c]);
        w.key("right").value(overruled_right[c]).end_object();
      }
      w.end_object();
    }
    if (o.sweep) {
      // "sweep": the rules' thresholds; "model_sweep": model_threshold, for
      // the categories whose model may label; "model_unfired_sweep":
      // model_threshold_unfired, for those with model_scope "all".
      const std::pair<const char*, const std::vector<std::vector<SweepPoint>>*> sweeps[] = {
          {"sweep", &sweep}, {"model_sweep", &model_sweep}, {"model_unfired_sweep", &unfired_sweep}};
      for (const auto& [key, which] : sweeps) {
        w.key(key).begin_object();
        for (std::size_t c = 0; c < nc; ++c) {
          if ((*which)[c].empty()) continue;
          w.key(rs.categories[c].name).begin_array();
          for (const SweepPoint& pt : (*which)[c]) {
            double p, r, f;
            prf(pt.k, p, r, f);
            w.begin_object().key("threshold").value(pt.threshold).key("tp").value(pt.k.tp).key("fp").value(pt.k.fp);
            w.key("fn").value(pt.k.fn).key("precision").value(p).key("recall").value(r).key("f1").value(f).end_object();
          }
          w.end_array();
        }
        w.end_object();
      }
    }
    w.key("confusion").begin_object();
    for (std::size_t g = 0; g <= nc; ++g) {
      w.key(g == nc ? "none" : rs.categories[g].name).begin_object();
      for (std::size_t p = 0; p <= nc; ++p) w.key(p == nc ? "none" : rs.categories[p].name).value(confusion[g][p]);
      w.end_object();
    }
    w.end_object();
    w.end_object();
    out.push_back('\n');
    std::fwrite(out.data(), 1, out.size(), stdout);
  } else {
    std::printf("eval: %llu documents (%llu skipped), rules %s\n", static_cast<unsigned long long>(docs),
                static_cast<unsigned long long>(bad), rs.content_hash.c_str());
    std::printf("%-20s %6s %6s %6s %9s %7s %6s\n", "category", "tp", "fp", "fn", "precision", "recall", "f1");
    for (std::size_t c = 0; c < nc; ++c) {
      double p, r, f;
      prf(cats[c], p, r, f);
      std::printf("%-20s %6llu %6llu %6llu %9.3f %7.3f %6.3f\n", rs.categories[c].name.c_str(),
                  static_cast<unsigned long long>(cats[c].tp), static_cast<unsigned long long>(cats[c].fp),
                  static_cast<unsigned long long>(cats[c].fn), p, r, f);
    }
    std::printf("\nconfusion (rows: first gold label, columns: first predicted label)\n%-20s", "");
    for (std::size_t p = 0; p <= nc; ++p) std::printf(" %8.8s", p == nc ? "none" : rs.categories[p].name.c_str());
    std::printf("\n");
    for (std::size_t g = 0; g <= nc; ++g) {
      std::printf("%-20s", g == nc ? "none" : rs.categories[g].name.c_str());
      for (std::size_t p = 0; p <= nc; ++p) std::printf(" %8llu", static_cast<unsigned long long>(confusion[g][p]));
      std::printf("\n");
    }
    for (std::size_t c = 0; c < nc; ++c) {
      auto show = [&](const char* what, const std::vector<std::string>& ids) {
        if (ids.empty()) return;
        std::printf("%s %s:", rs.categories[c].name.c_str(), what);
        for (std::size_t i = 0; i < ids.size() && i < o.max_ids; ++i) std::printf(" %s", ids[i].c_str());
        if (ids.size() > o.max_ids) std::printf(" (+%zu more)", ids.size() - o.max_ids);
        std::printf("\n");
      };
      show("false positives", cats[c].fps);
      show("false negatives", cats[c].fns);
    }
    if (o.sweep) {
      auto print_sweep = [&](const std::vector<std::vector<SweepPoint>>& which, const char* title,
                             double rules::Category::*knob) {
        std::printf("\n%s (one category at a time, the others as configured; * = configured)\n", title);
        for (std::size_t c = 0; c < nc; ++c) {
          if (which[c].empty()) continue;
          std::printf("%s\n  %9s %6s %6s %6s %9s %7s %6s\n", rs.categories[c].name.c_str(), "threshold", "tp", "fp",
                      "fn", "precision", "recall", "f1");
          for (const SweepPoint& pt : which[c]) {
            double p, r, f;
            prf(pt.k, p, r, f);
            const bool mine = std::fabs(pt.threshold - rs.categories[c].*knob) < 1e-9;
            std::printf("  %8.2f%s %6llu %6llu %6llu %9.3f %7.3f %6.3f\n", pt.threshold, mine ? "*" : " ",
                        static_cast<unsigned long long>(pt.k.tp), static_cast<unsigned long long>(pt.k.fp),
                        static_cast<unsigned long long>(pt.k.fn), p, r, f);
          }
        }
      };
      print_sweep(sweep, "threshold sweep", &rules::Category::threshold);
      if (rs.model) {
        print_sweep(model_sweep, "model_threshold sweep (the learned stage)", &rules::Category::model_threshold);
        print_sweep(unfired_sweep, "model_threshold_unfired sweep (the learned stage where no rule fired)",
                    &rules::Category::model_threshold_unfired);
      }
    }
    std::printf("\nper-rule precision (rules that fired)\n");
    for (std::size_t r = 0; r < rs.rules.size(); ++r) {
      if (!rule_fired[r]) continue;
      std::printf("  %-40s %5llu fired %6.3f\n", rs.rules[r].id.c_str(), static_cast<unsigned long long>(rule_fired[r]),
                  share(rule_true[r], rule_fired[r]));
    }
    if (rs.model) {
      std::printf("\nlearned model: labels added beyond the rules' scores (precision of those)\n");
      for (std::size_t c = 0; c < nc; ++c) {
        if (rs.categories[c].model_threshold <= 0) continue;
        std::printf("  %-40s %5llu added %6.3f\n", ("model:" + rs.categories[c].name).c_str(),
                    static_cast<unsigned long long>(model_fired[c]), share(model_true[c], model_fired[c]));
      }
      for (std::size_t c = 0; c < nc; ++c) {
        if (!rs.categories[c].exclusive_with) continue;
        std::printf("  %-40s %5llu overruled (exclusive_with), %llu of them rightly\n",
                    ("model:" + rs.categories[c].name).c_str(), static_cast<unsigned long long>(overruled[c]),
                    static_cast<unsigned long long>(overruled_right[c]));
      }
    }
  }
  return ok ? kExitOk : kExitFailed;
}

// --------------------------------------------------------------- train

int do_train(TrainOptions& o) {
  auto rs_r = load_rules(o.rules);
  if (!rs_r.ok()) return usage_error(rs_r.error().message);
  const rules::RuleSet& rs = *rs_r.value();
  if (o.epochs < 1 || o.epochs > 1000) return usage_error("--epochs must be between 1 and 1000");
  if (o.min_docs < 1) return usage_error("--min-docs must be at least 1");
  if (!(o.l2 >= 0 && o.l2 < 1)) return usage_error("--l2 must be at least 0 and below 1");
  if (!(o.learning_rate > 0 && o.learning_rate <= 10)) return usage_error("--learning-rate must be in (0, 10]");
  std::error_code ec;
  if (!o.force && o.output != "-" && std::filesystem::exists(o.output, ec)) {
    return usage_error(o.output + " exists (use -f to overwrite)");
  }
  std::vector<std::string> texts;
  std::vector<std::uint64_t> golds;
  std::uint64_t bad = 0;
  bool ok = for_each_labelled(o.inputs, rs, o.text_field, o.id_field, o.label_field, bad, [&](const Labelled& doc) {
    texts.emplace_back(doc.text);
    golds.push_back(doc.gold);
  });
  if (!ok) return kExitFailed;
  if (texts.empty()) return usage_error("train: no labelled documents in the inputs");
  std::vector<model::TrainDoc> docs;
  for (std::size_t i = 0; i < texts.size(); ++i) docs.push_back({texts[i], golds[i]});
  model::TrainOptions topt;
  topt.epochs = o.epochs;
  topt.min_docs = o.min_docs;
  topt.l2 = o.l2;
  topt.learning_rate = o.learning_rate;
  std::vector<std::string> names;
  for (const auto& c : rs.categories) names.push_back(c.name);
  const model::Model m = model::train(names, docs, topt);
  auto sink = io::Sink::create(o.output);
  if (!sink.ok()) return usage_error(sink.error().message);
  auto st = sink.value()->write(model::serialize(m));
  if (st.ok()) st = sink.value()->commit();
  if (!st.ok()) return usage_error(st.error().message);
  std::FILE* info = o.output == "-" ? stderr : stdout;
  std::fprintf(info, "train: %zu documents (%llu skipped), %zu terms written to %s\n", docs.size(),
               static_cast<unsigned long long>(bad), m.terms.size(), o.output.c_str());
  for (std::size_t c = 0; c < names.size(); ++c) {
    std::size_t pos = 0;
    for (auto g : golds) pos += (g >> c) & 1u;
    std::fprintf(info, "  %-20s %5zu positive\n", names[c].c_str(), pos);
  }
  std::fprintf(info,
               "Put it in the rule directory (one *.model file per pack), set model_threshold per [[category]], and\n"
               "measure with `hypersieve eval` on documents it was not trained on.\n");
  return kExitOk;
}

// --------------------------------------------------------------- rules

int do_rules_check(RulesOptions& o) {
  auto rs = load_rules(o.rules);
  if (!rs.ok()) return usage_error(rs.error().message);
  const auto& r = *rs.value();
  std::size_t keywords = 0, regexes = 0;
  for (const auto& k : r.patterns.kinds()) (k.is_regex ? regexes : keywords)++;
  std::size_t examples = 0;
  for (const auto& x : r.rules) examples += x.examples.size();
  for (const auto& x : r.categories) examples += x.examples.size();
  std::printf(
      "ok: %zu file(s), %zu categories, %zu rules, %zu literal patterns, %zu regexes, %zu examples, "
      "automaton %zu entries (anchor pre-scan %zu), hash %s\n",
      r.files.size(), r.categories.size(), r.rules.size(), keywords, regexes, examples, r.matcher->automaton_size(),
      r.matcher->gate_size(), r.content_hash.c_str());
  if (r.model) {
    std::printf("  learned model: %zu terms, %zu categories\n", r.model->terms.size(), r.model->num_categories());
  }
  for (std::size_t c = 0; c < r.categories.size(); ++c) {
    std::size_t n = 0;
    for (const auto& x : r.rules) n += x.category == c ? 1 : 0;
    const rules::Category& cat = r.categories[c];
    auto prob = [](double p) { return std::to_string(p).substr(0, 4); };
    std::string upsample, model;
    if (cat.action == rules::Action::kUpsample) upsample = " x" + std::to_string(cat.factor).substr(0, 4);
    if (r.model && cat.model_threshold > 0) {
      model = "  model at p>=" + prob(cat.model_threshold);
      if (cat.model_scope == rules::ModelScope::kAll) {
        model += cat.model_threshold_unfired > cat.model_threshold
                     ? " (all documents; p>=" + prob(cat.model_threshold_unfired) + " where no rule fired)"
                     : " (all documents)";
      }
    }
    std::printf("  %-20s %4zu rules  threshold %-5g action %s%s%s\n", cat.name.c_str(), n, cat.threshold,
                rules::action_name(cat.action), upsample.c_str(), model.c_str());
  }
  if (o.prescan) {
    // One entry per line: what every document is searched for first.
    for (const auto& g : r.matcher->gate_literals()) {
      std::printf("prescan\t%s\t%s%s\t%s\n", g.caseless ? "any-case" : "as-written", g.word_start ? "word" : "*",
                  g.word_end ? "" : "*", g.bytes.c_str());
    }
  }
  return kExitOk;
}

int do_rules_test(RulesOptions& o) {
  auto rs = load_rules(o.rules);
  if (!rs.ok()) return usage_error(rs.error().message);
  const auto& r = *rs.value();
  rules::Scorer scorer(rs.value());
  rules::DocScore ds;
  std::size_t passed = 0, failed = 0;
  for (std::size_t i = 0; i < r.rules.size(); ++i) {
    for (const auto& ex : r.rules[i].examples) {
      scorer.score(ex.text, ds);
      bool fired = false;
      for (std::size_t k = 0; k < ds.fired_count; ++k) fired |= ds.fired[k].rule == i;
      if (fired == ex.should_match) {
        ++passed;
      } else {
        ++failed;
        std::printf("FAIL %s:%d: rule %s should %s: \"%s\"\n", r.rules[i].file.c_str(), ex.line, r.rules[i].id.c_str(),
                    ex.should_match ? "match" : "not match", ex.text.c_str());
      }
    }
  }
  for (std::size_t c = 0; c < r.categories.size(); ++c) {
    for (const auto& ex : r.categories[c].examples) {
      scorer.score(ex.text, ds);
      if (ds.has_label(c) == ex.should_match) {
        ++passed;
      } else {
        ++failed;
        std::printf("FAIL %s:%d: category %s should %s (score %g): \"%s\"\n", r.categories[c].file.c_str(), ex.line,
                    r.categories[c].name.c_str(), ex.should_match ? "be labelled" : "not be labelled", ds.scores[c],
                    ex.text.c_str());
      }
    }
  }
  std::printf("rules test: %zu passed, %zu failed\n", passed, failed);
  return failed ? kExitFailed : kExitOk;
}

}  // namespace

void add_run_command(CLI::App& app, RunOptions& o) {
  o.cmd = app.add_subcommand("run", "Score every document and drop, upsample or annotate it per category");
  auto* c = o.cmd;
  c->add_option("inputs", o.inputs, "Files, directories (searched recursively) or - for stdin")->required();
  c->add_option("-o,--output", o.output, "Output directory (mirrors input paths), or - for JSONL on stdout");
  c->add_option("-r,--rules", o.rules, "Rule file or directory (default: the bundled default pack)");
  c->add_option("--compression", o.compression, "Output compression")
      ->check(CLI::IsMember({"auto", "zstd", "gzip", "none"}))
      ->capture_default_str();
  c->add_option("--level", o.level, "Compression level (zstd 1-19, default 3; gzip 1-9, default 6)");
  c->add_option("--text-field", o.text_field, "Field holding the document text")->capture_default_str();
  c->add_option("--id-field", o.id_field, "Field holding the document id (else <path>:<line>)")->capture_default_str();
  c->add_option("--annotation-field", o.annotation_field, "Field added to kept documents")->capture_default_str();
  c->add_flag("--no-annotate", o.no_annotate, "Write kept lines untouched");
  c->add_flag("--dry-run", o.dry_run, "Write no shards: only the report and the audit");
  c->add_flag("--annotate-only", o.annotate_only, "Keep every document once (no drops, no copies) and annotate it");
  c->add_option("--removed", o.removed, "Write dropped documents to this directory (same layout)");
  c->add_option("--audit", o.audit, "Write one JSONL line per document whose action is not plain keep");
  c->add_option("--report", o.report, "Report path (default <output>/hypersieve-report.json)");
  c->add_option("--action", o.actions, "Override a category's action: CATEGORY=keep|annotate|drop|upsample[:FACTOR]")
      ->allow_extra_args(false);
  c->add_option("--threshold", o.thresholds, kThresholdHelp)->allow_extra_args(false);
  add_model_options(c, o.model);
  c->add_option("--on-invalid", o.on_invalid, "What to do with lines that are not usable documents")
      ->check(CLI::IsMember({"keep", "drop", "quarantine", "fail"}))
      ->capture_default_str();
  c->add_option("--max-line-bytes", o.max_line_bytes, "Longer lines are invalid (too_long), not parsed")
      ->capture_default_str();
  c->add_flag("--resume", o.resume,
              "Skip inputs whose outputs are complete from an earlier run with the same rules and options");
  c->add_flag("--keep-partial", o.keep_partial,
              "Keep a failed input's output as <name>.partial instead of removing it");
  c->add_option("-j,--threads", o.threads, "Worker threads (default: all cores)");
  c->add_option("--seed", o.seed, "Seed for fractional upsampling draws")->capture_default_str();
  c->add_option("--batch-kib", o.batch_kib,
                "Lines are processed in batches of about this many KiB (default: 4096 when writing compressed "
                "shards, each batch one frame; 512 otherwise)");
  c->add_flag("-f,--force", o.force, "Overwrite existing outputs");
  c->add_flag("-q,--quiet", o.quiet, "Print only errors");
  c->add_flag("--no-progress", o.no_progress, "No progress line even on a terminal");
}

void add_explain_command(CLI::App& app, ExplainOptions& o) {
  o.cmd = app.add_subcommand("explain", "Show labels, scores and the matched spans of every fired rule");
  auto* c = o.cmd;
  c->add_option("inputs", o.inputs, "JSONL files or - (default: stdin)");
  c->add_option("-r,--rules", o.rules, "Rule file or directory (default: bundled pack)");
  c->add_option("-t,--text", o.text, "Explain this text instead of reading documents");
  c->add_option("--text-field", o.text_field, "Field holding the text")->capture_default_str();
  c->add_option("--id-field", o.id_field, "Field holding the id")->capture_default_str();
  c->add_option("--threshold", o.thresholds, kThresholdHelp)->allow_extra_args(false);
  add_model_options(c, o.model);
  c->add_flag("-a,--all", o.all, "Also show documents on which no rule fired");
  c->add_flag("--json", o.json, "One JSON line per document (as in the audit)");
  c->add_option("--color", o.color, "Highlight matches")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
}

void add_eval_command(CLI::App& app, EvalOptions& o) {
  o.cmd = app.add_subcommand("eval", "Precision, recall and F1 per category on labelled documents");
  auto* c = o.cmd;
  c->add_option("inputs", o.inputs, "Labelled JSONL files")->required();
  c->add_option("-r,--rules", o.rules, "Rule file or directory (default: bundled pack)");
  add_labelled_fields(c, o.label_field, o.text_field, o.id_field);
  c->add_option("--max-ids", o.max_ids, "False positive/negative ids listed per category")->capture_default_str();
  c->add_option("--threshold", o.thresholds, kThresholdHelp)->allow_extra_args(false);
  add_model_options(c, o.model);
  c->add_flag("--sweep", o.sweep,
              "Also show precision and recall of each category at other thresholds and model thresholds (one "
              "category at a time)");
  c->add_flag("--json", o.json, "Machine-readable output");
}

void add_train_command(CLI::App& app, TrainOptions& o) {
  o.cmd = app.add_subcommand("train", "Train the learned stage (a *.model file) on labelled documents");
  auto* c = o.cmd;
  c->add_option("inputs", o.inputs, "Labelled JSONL files (as for eval)")->required();
  c->add_option("-o,--output", o.output, "Model file to write (name it *.model)")->required();
  c->add_option("-r,--rules", o.rules, "Rules whose categories the model learns (default: bundled pack)");
  add_labelled_fields(c, o.label_field, o.text_field, o.id_field);
  c->add_option("--epochs", o.epochs, "Passes over the documents")->capture_default_str();
  c->add_option("--min-docs", o.min_docs, "Keep terms found in at least this many documents")->capture_default_str();
  c->add_option("--l2", o.l2, "L2 penalty per update (larger: smaller weights)")->capture_default_str();
  c->add_option("--learning-rate", o.learning_rate, "Step size of gradient descent")->capture_default_str();
  c->add_flag("-f,--force", o.force, "Overwrite the output");
}

void add_rules_command(CLI::App& app, RulesOptions& o) {
  o.cmd = app.add_subcommand("rules", "Validate rule files or run their examples");
  o.cmd->require_subcommand(1);
  o.check = o.cmd->add_subcommand("check", "Load and compile rules; print counts");
  o.test = o.cmd->add_subcommand("test", "Check every match/no_match example in the rules");
  for (auto* c : {o.check, o.test})
    c->add_option("-r,--rules", o.rules, "Rule file or directory (default: bundled pack)");
  o.check->add_flag("--prescan", o.prescan,
                    "Also list the anchor pre-scan's entries (tab-separated: case, boundaries, bytes)");
}

int dispatch(CLI::App&, RunOptions& run, ExplainOptions& explain, EvalOptions& eval, TrainOptions& train,
             RulesOptions& rules) {
  if (train.cmd->parsed()) return do_train(train);
  if (run.cmd->parsed()) return do_run(run);
  if (explain.cmd->parsed()) return do_explain(explain);
  if (eval.cmd->parsed()) return do_eval(eval);
  if (rules.check->parsed()) return do_rules_check(rules);
  if (rules.test->parsed()) return do_rules_test(rules);
  return kExitUsage;
}

}  // namespace hs::cli
