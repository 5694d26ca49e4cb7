// rules/loader: read TOML rule files into a compiled RuleSet.
//
// Accepts a file or a directory (every *.toml inside, sorted by path, and at
// most one *.model file: the learned stage, model/linear), or
// the bundled default pack. All errors are found before any data is read and
// name the file and line ("rules/x.toml:14: regex 'x(': missing )"). See
// docs/RULES.md for the language.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "hypersieve/base/error.hpp"
#include "hypersieve/rules/rule_set.hpp"

namespace hs::rules {

struct SourceFile {
  std::string name;  // path, or "default/<file>" for the bundled pack
  std::string content;
};

// Loads from a path (file or directory).
base::Result<std::shared_ptr<RuleSet>> load_path(const std::string& path);

// Loads the rule pack compiled into the binary.
base::Result<std::shared_ptr<RuleSet>> load_default();

// Loads from in-memory sources (used by the two above and by tests).
base::Result<std::shared_ptr<RuleSet>> load_sources(std::vector<SourceFile> files);

// Which threshold a command line's "CATEGORY=X" sets: the rules' score
// (--threshold; X >= 0, finite), model_threshold (--model-threshold;
// 0 <= X < 1, 0: the model does not label it) or model_threshold_unfired
// (--model-threshold-unfired; 0 <= X < 1).
enum class ThresholdKind { kRules, kModel, kModelUnfired };

// Applies "CATEGORY=X" to a loaded set. Errors name the spec and, for an
// unknown category, the known ones.
base::Status override_threshold(RuleSet& rs, const std::string& spec, ThresholdKind kind = ThresholdKind::kRules);

// "fired" or "all" (a [[category]]'s model_scope) into scope; false if neither.
bool parse_model_scope(const std::string& name, ModelScope& scope);

// Applies a command line's --model-scope: "SCOPE" for every category, or
// "CATEGORY=SCOPE" for one (SCOPE: fired or all). Errors name the spec.
base::Status override_model_scope(RuleSet& rs, const std::string& spec);

// Expands one keyword into the literal byte strings that implement it:
// spacing/hyphen variants ("HAL 9000" -> "HAL 9000", "HAL-9000", "HAL9000"),
// typographic apostrophes, simple non-ASCII case partners. A trailing '*'
// disables the right word boundary (prefix match) and is reported through
// prefix; a leading '*' disables the left one (suffix match: "*roboter"
// matches "Pflegeroboter"), reported through suffix. Returns an empty list
// for an empty keyword.
std::vector<std::string> expand_keyword(const std::string& keyword, bool& prefix, bool& suffix);

// Expands "{a,b} c{d,}" into every alternative ("a cd", "a c", "b cd",
// "b c"), in order; a keyword without braces is its own only alternative.
// Braces do not nest; at most 1024 alternatives. False (with error) on
// malformed input.
bool expand_alternatives(const std::string& term, std::vector<std::string>& out, std::string& error);

// The bundled pack's files (generated at build time from rules/default).
const std::vector<SourceFile>& bundled_default_pack();

}  // namespace hs::rules
