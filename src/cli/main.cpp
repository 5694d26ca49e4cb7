// cli/main: the only main(). Parses flags with CLI11 into validated configs,
// dispatches to a command and maps outcomes to exit codes:
// 0 success, 1 one or more inputs failed, 2 usage or rules error.
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>
#include <unistd.h>
#include <CLI/CLI.hpp>

#include <csignal>
#include <cstdio>

#include "commands.hpp"
#include "hypersieve/io/sink.hpp"
#include "hypersieve/version.hpp"

namespace {

extern "C" void on_signal(int sig) {
  hs::io::remove_all_temporaries();
  _exit(128 + sig);
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
  auto logger = spdlog::stderr_logger_mt("hypersieve");
  logger->set_pattern("hypersieve: %l: %v");
  spdlog::set_default_logger(logger);

  CLI::App app{"hypersieve: find, score and filter AI-related text in JSONL pretraining shards"};
  app.set_version_flag("-V,--version", std::string("hypersieve ") + hs::kVersion);
  app.require_subcommand(1);
  app.fallthrough(false);

  hs::cli::RunOptions run;
  hs::cli::add_run_command(app, run);
  hs::cli::ExplainOptions explain;
  hs::cli::add_explain_command(app, explain);
  hs::cli::EvalOptions eval;
  hs::cli::add_eval_command(app, eval);
  hs::cli::TrainOptions train;
  hs::cli::add_train_command(app, train);
  hs::cli::RulesOptions rules;
  hs::cli::add_rules_command(app, rules);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;
  }
  return hs::cli::dispatch(app, run, explain, eval, train, rules);
}
