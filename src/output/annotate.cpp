#include "hypersieve/output/annotate.hpp"

#include <cmath>

#include "hypersieve/base/json_writer.hpp"

namespace hs::output {

using base::JsonWriter;

namespace {

void write_labels_scores(JsonWriter& w, const rules::RuleSet& rs, const rules::DocScore& score) {
  w.key("labels").begin_array();
  for (std::size_t c = 0; c < rs.categories.size(); ++c) {
    if (score.has_label(c)) w.value(rs.categories[c].name);
  }
  w.end_array();
  w.key("scores").begin_object();
  for (std::size_t c = 0; c < rs.categories.size(); ++c) {
    double s = c < score.scores.size() ? score.scores[c] : 0.0;
    w.key(rs.categories[c].name).value(s);
  }
  w.end_object();
  // The learned stage's probabilities, and the labels only it gave: where a
  // rule fired or it gave a label (with model_scope "all" it also runs on
  // every other document, whose probabilities would only add bytes to
  // every line of plain text).
  if (!score.model_ran() || (score.fired_count == 0 && score.model_labels == 0 && score.model_overruled == 0)) return;
  w.key("model").begin_object();
  for (std::size_t c = 0; c < rs.categories.size(); ++c) {
    if (score.model_p[c] >= 0) w.key(rs.categories[c].name).value(std::round(score.model_p[c] * 1000) / 1000);
  }
  w.end_object();
  if (score.model_labels) {
    w.key("model_labels").begin_array();
    for (std::size_t c = 0; c < rs.categories.size(); ++c) {
      if ((score.model_labels >> c) & 1u) w.value(rs.categories[c].name);
    }
    w.end_array();
  }
  if (score.model_overruled) {  // rule labels it took away (exclusive_with)
    w.key("model_overruled").begin_array();
    for (std::size_t c = 0; c < rs.categories.size(); ++c) {
      if ((score.model_overruled >> c) & 1u) w.value(rs.categories[c].name);
    }
    w.end_array();
  }
}

}  // namespace

void append_annotation(std::string& out, const rules::RuleSet& rs, const rules::DocScore& score, rules::Action action) {
  JsonWriter w(out);
  w.begin_object();
  write_labels_scores(w, rs, score);
  w.key("action").value(rules::action_name(action));
  w.key("rules").begin_array();
  for (std::size_t i = 0; i < score.fired_count; ++i) w.value(rs.rules[score.fired[i].rule].id);
  w.end_array();
  w.end_object();
}

bool append_annotated_line(std::string& out, std::string_view raw_line, std::string_view field,
                           std::string_view annotation) {
  std::size_t close = raw_line.size();
  while (close > 0) {
    char c = raw_line[close - 1];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      --close;
      continue;
    }
    break;
  }
  if (close == 0 || raw_line[close - 1] != '}') return false;
  std::size_t brace = close - 1;
  // An empty object gets no leading comma.
  std::size_t k = brace;
  while (k > 0 &&
         (raw_line[k - 1] == ' ' || raw_line[k - 1] == '\t' || raw_line[k - 1] == '\r' || raw_line[k - 1] == '\n')) {
    --k;
  }
  bool empty_object = k > 0 && raw_line[k - 1] == '{';
  out.append(raw_line.data(), brace);
  if (!empty_object) out.push_back(',');
  base::append_json_string(out, field);
  out.push_back(':');
  out.append(annotation);
  std::string_view rest = raw_line.substr(brace);
  // Keep everything after the brace except the newline, which we add.
  if (!rest.empty() && rest.back() == '\n') rest.remove_suffix(1);
  out.append(rest);
  out.push_back('\n');
  return true;
}

std::string snippet(std::string_view text, std::uint32_t start, std::uint32_t end, std::size_t context) {
  std::size_t a = start > context ? start - context : 0;
  std::size_t b = std::min(text.size(), static_cast<std::size_t>(end) + context);
  while (a > 0 && a < text.size() && (static_cast<unsigned char>(text[a]) & 0xC0) == 0x80) --a;
  while (b < text.size() && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) ++b;
  std::string s(text.substr(a, b - a));
  for (char& c : s) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return s;
}

void append_audit_line(std::string& out, const rules::RuleSet& rs, std::string_view source, std::uint64_t line,
                       std::string_view id, const policy::Decision& decision, const rules::DocScore& score,
                       std::string_view text) {
  JsonWriter w(out);
  w.begin_object();
  w.key("source").value(source);
  w.key("line").value(static_cast<std::uint64_t>(line));
  w.key("id").value(id);
  w.key("action").value(rules::action_name(decision.action));
  w.key("copies").value(static_cast<std::uint64_t>(decision.copies));
  if (decision.category >= 0) {
    w.key("decided_by").value(rs.categories[static_cast<std::size_t>(decision.category)].name);
  }
  write_labels_scores(w, rs, score);
  w.key("rules").begin_array();
  for (std::size_t i = 0; i < score.fired_count; ++i) {
    const rules::FiredRule& fr = score.fired[i];
    const rules::Rule& rule = rs.rules[fr.rule];
    w.begin_object();
    w.key("id").value(rule.id);
    w.key("category").value(rs.categories[rule.category].name);
    w.key("hits").value(static_cast<std::uint64_t>(fr.hits));
    w.key("weight").value(rule.weight);
    w.key("snippets").begin_array();
    for (const auto& sp : fr.spans) {
      w.begin_object();
      w.key("start").value(static_cast<std::uint64_t>(sp.start));
      w.key("end").value(static_cast<std::uint64_t>(sp.end));
      w.key("match").value(text.substr(sp.start, sp.end - sp.start));
      w.key("context").value(snippet(text, sp.start, sp.end));
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.end_object();
  out.push_back('\n');
}

}  // namespace hs::output
