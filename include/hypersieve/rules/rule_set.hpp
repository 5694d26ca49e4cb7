// rules/rule_set: the compiled form of rule files.
//
// A RuleSet holds categories, rules and the one Matcher built from all their
// terms. It is immutable after load and shared by all workers. Loading is
// in rules/loader; scoring a document is in rules/scorer. This module knows
// nothing of JSON records or files beyond reading the rule files. A pack may
// also carry one learned model (a *.model file, model/linear) that labels
// categories with a model_threshold.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "hypersieve/match/matcher.hpp"
#include "hypersieve/model/linear.hpp"

namespace hs::rules {

enum class Action { kKeep = 0, kAnnotate = 1, kUpsample = 2, kDrop = 3 };

const char* action_name(Action a);
bool parse_action(const std::string& s, Action& out);

enum class ModelScope : std::uint8_t { kFired, kAll };

// How much of a document on which no rule fired the learned stage reads
// (model_scope = "all"): a bound on its cost over text the rules find
// nothing in, which is most text (on the benchmark shard, 1 KiB cost 33% of
// a dry run and 512 bytes 18%, with the same eval numbers: the held-out
// documents' descriptions of a machine come early). Where a rule fired it
// reads model::kMaxModelBytes.
constexpr std::size_t kUnfiredModelBytes = 512;

struct Example {
  std::string text;
  bool should_match;
  int line;  // in the rule file
};

// A rule score this many times its category's threshold is decisive: the
// learned stage does not overrule it (exclusive_with). A story the rules
// find several times over ("rebelled against its creators", "killer robot")
// keeps its label even where the model, weak in some language, prefers
// the other category.
constexpr double kDecisiveScore = 2.0;

struct Category {
  std::string name;
  std::string description;
  double threshold = 1.0;
  Action action = Action::kAnnotate;
  double factor = 1.0;                  // copies for kUpsample; may be fractional
  int precedence = 0;                   // higher wins when labels disagree on the action
  bool fallback = false;                // labelled only when no non-fallback category is
  std::uint32_t length_norm_words = 0;  // 0: raw score
  double model_threshold = 0.0;         // the learned stage labels at this probability; 0: it never does
  // Where the learned stage may label it: kFired, only documents on which a
  // rule of the pack fired; kAll, any document (the model then reads the
  // first kUnfiredModelBytes of documents on which none fired).
  ModelScope model_scope = ModelScope::kFired;
  // With kAll, where no rule fired the learned stage labels only at
  // max(model_threshold, model_threshold_unfired): a document without any
  // rule's evidence is far less likely to belong, so the model must be surer
  // (0: model_threshold everywhere).
  double model_threshold_unfired = 0.0;
  // exclusive_with: bit d set when this category and category d exclude each
  // other (symmetric). Where both are labelled and the learned stage ran,
  // only the one it rates higher keeps its label, unless the other's rule
  // score reaches kDecisiveScore times its threshold (a tie keeps both;
  // without the model both stay).
  std::uint64_t exclusive_with = 0;
  std::string file;
  int line = 0;
  std::vector<Example> examples;
};

// A set of patterns that supplies context for a rule.
struct Context {
  std::vector<std::uint32_t> patterns;
  std::uint32_t window = 0;  // in words; 0 means anywhere in the document
  bool any() const { return !patterns.empty(); }
};

struct Rule {
  std::string id;
  std::uint32_t category = 0;
  double weight = 1.0;
  std::uint32_t cap = 0;                // most hits counted; 0 = unlimited
  std::vector<std::uint32_t> patterns;  // main terms and regexes
  Context near;                         // a hit counts only with a near term within window
  Context unless;                       // a hit is vetoed by an unless term overlapping it (or within window)
  Context negation;                     // a hit is vetoed by a negation cue ending before it, within window words
  Context require;                      // the rule counts only if one of these occurs anywhere in the document
  bool near_names = false;              // a name given to a near term counts as a near term (rules/names)
  std::uint32_t near_pronouns = 0;      // "it" chained from a near term within this many words counts too; 0 = off
  std::string file;
  int line = 0;
  std::vector<Example> examples;
};

// What a pattern is to a rule.
enum class Role : std::uint8_t { kMain, kNear, kUnless, kNegation, kRequire };

struct PatternUse {
  std::uint32_t rule;
  Role role;
};

struct RuleSet {
  std::vector<Category> categories;
  std::vector<Rule> rules;
  std::shared_ptr<const match::Matcher> matcher;
  std::shared_ptr<const match::Matcher> naive;  // oracle; built on request
  match::PatternSetBuilder patterns;
  // pattern id -> every (rule, role) that uses it; patterns are shared.
  std::vector<std::vector<PatternUse>> uses;
  // The learned stage (model/linear) from the pack's *.model file, if any;
  // model_column[c]: category c's column in it, or -1.
  std::shared_ptr<const model::Model> model;
  std::vector<int> model_column;
  std::string content_hash;        // of all rule files, hex
  std::vector<std::string> files;  // the files loaded, in order

  int category_index(const std::string& name) const;
  // Sets model and model_column (derived from the model's category names).
  // False, with the first model category the set lacks in unknown, if any.
  bool set_model(std::shared_ptr<const model::Model> m, std::string* unknown = nullptr);
  // "a, b, c": the category names, for error messages.
  std::string category_names() const;
};

}  // namespace hs::rules
