// output/annotate: serialise decisions into annotation fields and audit lines.
//
// The annotation is inserted before the closing '}' of the original line, so
// every other byte of the input is preserved (no re-serialisation, field
// order kept). Audit lines are standalone JSON objects. Pure functions over
// strings; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "hypersieve/policy/policy.hpp"
#include "hypersieve/rules/rule_set.hpp"
#include "hypersieve/rules/scorer.hpp"

namespace hs::output {

// Appends the annotation object: {"labels":[...],"scores":{...},"action":"...","rules":[...]},
// with "model":{...} probabilities (and "model_labels") after the scores
// where the learned stage ran and a rule fired or it gave a label.
void append_annotation(std::string& out, const rules::RuleSet& rs, const rules::DocScore& score, rules::Action action);

// Appends raw_line with ,"<field>":<annotation> inserted before its final
// '}' and a '\n'. raw_line must be a JSON object (trailing whitespace and a
// '\r' are tolerated and kept before the newline). Returns false (and
// appends nothing) if no closing brace is found.
bool append_annotated_line(std::string& out, std::string_view raw_line, std::string_view field,
                           std::string_view annotation);

// Appends one audit JSONL line (with '\n') for a document.
void append_audit_line(std::string& out, const rules::RuleSet& rs, std::string_view source, std::uint64_t line,
                       std::string_view id, const policy::Decision& decision, const rules::DocScore& score,
                       std::string_view text);

// ~60 characters of context on each side of [start, end), cut on UTF-8
// boundaries, with newlines shown as spaces.
std::string snippet(std::string_view text, std::uint32_t start, std::uint32_t end, std::size_t context = 60);

}  // namespace hs::output
