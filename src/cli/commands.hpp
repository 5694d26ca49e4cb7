// cli/commands: the subcommands (run, explain, eval, train, rules check|test).
// Each add_* registers flags into an options struct; dispatch validates the
// options, builds the objects and runs the chosen command.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace hs::cli {

// The learned stage's switches, shared by run, explain and eval.
struct ModelOptions {
  std::vector<std::string> thresholds;  // --model-threshold CATEGORY=P
  std::vector<std::string> scopes;      // --model-scope [CATEGORY=]fired|all
  std::vector<std::string> unfired;     // --model-threshold-unfired CATEGORY=P
  bool off = false;                     // --no-model
};

struct RunOptions {
  CLI::App* cmd = nullptr;
  std::vector<std::string> inputs;
  std::string output, removed, audit, report, rules, compression = "auto";
  int level = -1;
  std::string text_field = "text", id_field = "id", annotation_field = "hypersieve";
  bool no_annotate = false, dry_run = false, annotate_only = false, force = false, quiet = false;
  bool no_progress = false;
  std::string on_invalid = "keep";
  std::size_t max_line_bytes = 256u << 20;
  bool keep_partial = false;
  bool resume = false;
  std::vector<std::string> actions;
  std::vector<std::string> thresholds;  // CATEGORY=X
  ModelOptions model;
  unsigned threads = 0;
  std::uint64_t seed = 0;
  std::size_t batch_kib = 0;  // 0: auto (see pipeline::RunConfig::batch_bytes)
};

struct ExplainOptions {
  CLI::App* cmd = nullptr;
  std::vector<std::string> inputs;
  std::string rules, text, text_field = "text", id_field = "id", color = "auto";
  std::vector<std::string> thresholds;
  ModelOptions model;
  bool all = false, json = false;
};

struct EvalOptions {
  CLI::App* cmd = nullptr;
  std::vector<std::string> inputs;
  std::string rules, label_field = "label", text_field = "text", id_field = "id";
  std::vector<std::string> thresholds;
  ModelOptions model;
  bool json = false, sweep = false;
  std::size_t max_ids = 20;
};

struct TrainOptions {
  CLI::App* cmd = nullptr;
  std::vector<std::string> inputs;
  std::string rules, output, label_field = "label", text_field = "text", id_field = "id";
  int epochs = 30;
  std::uint32_t min_docs = 2;
  double l2 = 1e-4, learning_rate = 0.5;
  bool force = false;
};

struct RulesOptions {
  CLI::App* cmd = nullptr;
  CLI::App* check = nullptr;
  CLI::App* test = nullptr;
  std::string rules;
  bool oracle = false;
  bool prescan = false;
};

void add_run_command(CLI::App& app, RunOptions& o);
void add_explain_command(CLI::App& app, ExplainOptions& o);
void add_eval_command(CLI::App& app, EvalOptions& o);
void add_train_command(CLI::App& app, TrainOptions& o);
void add_rules_command(CLI::App& app, RulesOptions& o);

int dispatch(CLI::App& app, RunOptions& run, ExplainOptions& explain, EvalOptions& eval, TrainOptions& train,
             RulesOptions& rules);

}  // namespace hs::cli
