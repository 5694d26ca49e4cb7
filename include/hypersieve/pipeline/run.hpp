// pipeline/run: the one place where the stages meet.
//
// read (io) -> lines and fields (record) -> scores (rules) -> decision
// (policy) -> shards, audit and report (output), per input, on a thread
// pool. Inputs are processed in parallel (several at once) and each input in
// batches of lines processed in parallel; batches are written in order, so
// output is byte-identical for any thread count. One failed input is
// reported and the run goes on.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "hypersieve/io/source.hpp"
#include "hypersieve/output/stats.hpp"
#include "hypersieve/policy/policy.hpp"
#include "hypersieve/rules/rule_set.hpp"

namespace hs::pipeline {

enum class CompressionChoice { kAuto, kZstd, kGzip, kNone };
enum class OnInvalid { kKeep, kDrop, kQuarantine, kFail };

struct RunConfig {
  std::vector<std::string> inputs;
  std::string output_dir;   // empty: no shards; "-": JSONL to stdout
  std::string removed_dir;  // empty: dropped documents are not written
  std::string audit_path;   // empty: no audit
  std::string report_path;  // empty: no report file
  std::string rules_label;  // what -r named, for the report
  CompressionChoice compression = CompressionChoice::kAuto;
  int level = -1;  // -1: codec default
  std::string text_field = "text";
  std::string id_field = "id";
  std::string annotation_field = "hypersieve";
  bool annotate = true;
  bool dry_run = false;
  bool annotate_only = false;
  bool force = false;
  OnInvalid on_invalid = OnInvalid::kKeep;
  std::string quarantine_dir;  // with kQuarantine: <output>/quarantine
  std::size_t max_line_bytes = 256u << 20;
  bool keep_partial = false;  // a failed input's output is kept as <name>.partial
  bool resume = false;        // skip inputs whose outputs are complete (markers in <output>/.hypersieve)
  std::string fingerprint;    // hash of the options that change output bytes
  unsigned threads = 1;
  std::uint64_t seed = 0;
  bool quiet = false;
  bool progress = false;  // stderr is a terminal and not quiet
  // Bytes of lines per batch; 0 = auto: 4 MiB when the input's shards are
  // written compressed (each batch becomes one independent frame, and
  // bigger frames compress better), else 512 KiB (a batch then stays in a
  // core's L2 cache between decompression and matching).
  std::size_t batch_bytes = 0;
};

struct InputResult {
  std::string path;         // as given / found
  std::string output;       // output shard path, if any
  std::string compression;  // detected
  bool ok = true;
  bool resumed = false;  // skipped: complete from an earlier run
  std::string error;
  output::Stats stats;
  std::uint64_t raw_bytes = 0;  // compressed bytes read
};

struct RunResult {
  int exit_code = 0;  // 0 ok, 1 some input failed, 2 usage/setup error
  std::string setup_error;
  std::vector<InputResult> inputs;
  output::Stats total;
  double seconds = 0;
};

// Plans outputs, checks for conflicts (existing files without --force),
// then processes every input. Setup problems return exit_code 2 before any
// data is read.
RunResult run(const RunConfig& cfg, std::shared_ptr<const rules::RuleSet> rules, const policy::Policy& policy);

// Writes the JSON report; the human summary goes to stderr via print_summary.
std::string report_json(const RunConfig& cfg, const rules::RuleSet& rules, const RunResult& r);
void print_summary(const rules::RuleSet& rules, const RunResult& r);

// Expands files and directories into the list of input files (sorted within
// each directory) with their paths relative to the named input.
struct PlannedInput {
  std::string path;
  std::string relative;
};
base::Result<std::vector<PlannedInput>> expand_inputs(const std::vector<std::string>& inputs);

}  // namespace hs::pipeline
