#include "hypersieve/rules/loader.hpp"

#include "hypersieve/rules/compiled_cache.hpp"
#include "hypersieve/rules/rule_cache.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>

#define TOML_EXCEPTIONS 1
#include <toml++/toml.h>

#include "hypersieve/base/hash.hpp"
#include "hypersieve/base/utf8.hpp"

namespace hs::rules {

using base::ErrorCode;
using base::make_error;
using base::Result;

namespace fs = std::filesystem;

const char* action_name(Action a) {
  switch (a) {
    case Action::kKeep:
      return "keep";
    case Action::kAnnotate:
      return "annotate";
    case Action::kUpsample:
      return "upsample";
    case Action::kDrop:
      return "drop";
  }
  return "keep";
}

bool parse_action(const std::string& s, Action& out) {
  if (s == "keep")
    out = Action::kKeep;
  else if (s == "annotate")
    out = Action::kAnnotate;
  else if (s == "upsample")
    out = Action::kUpsample;
  else if (s == "drop")
    out = Action::kDrop;
  else
    return false;
  return true;
}

std::string RuleSet::category_names() const {
  std::string out;
  for (const auto& c : categories) out += (out.empty() ? "" : ", ") + c.name;
  return out;
}

bool RuleSet::set_model(std::shared_ptr<const model::Model> m, std::string* unknown) {
  model_column.assign(categories.size(), -1);
  for (std::size_t i = 0; i < m->categories.size(); ++i) {
    const int c = category_index(m->categories[i]);
    if (c < 0) {
      if (unknown) *unknown = m->categories[i];
      return false;
    }
    model_column[static_cast<std::size_t>(c)] = static_cast<int>(i);
  }
  model = std::move(m);
  return true;
}

int RuleSet::category_index(const std::string& name) const {
  for (std::size_t i = 0; i < categories.size(); ++i) {
    if (categories[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

// ------------------------------------------------------------ keywords

namespace {

constexpr std::size_t kMaxVariants = 256;
constexpr std::size_t kMaxAlternatives = 1024;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// An acronym - 2 to 5 capitals, digits, dots or hyphens with at least two
// capitals, optionally a plural "s" (AI, A.I., LLMs, GPT-4) - is matched
// case-sensitively even in caseless rules: "AI" must not match the "ai" of
// ordinary words, and that also spares the automaton millions of candidates.
bool is_acronym(const std::string& term) {
  std::string t = term;
  if (t.size() > 2 && t.back() == 's') t.pop_back();
  if (t.size() < 2 || t.size() > 6) return false;
  int caps = 0;
  for (char c : t) {
    if (c >= 'A' && c <= 'Z')
      ++caps;
    else if (!(is_digit(c) || c == '.' || c == '-'))
      return false;
  }
  return caps >= 2;
}

// Words of a phrase (split at spaces and hyphens).
std::vector<std::string> phrase_words(const std::string& t) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : t) {
    if (c == ' ' || c == '-') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

// A phrase with an acronym in it ("orbital AI") keeps the acronym's case:
// it is matched case-sensitively in the forms people write it in - as
// given, sentence-initial, Title Case, upper case.
bool has_acronym_word(const std::string& t) {
  auto words = phrase_words(t);
  if (words.size() < 2) return false;
  for (const auto& w : words) {
    if (is_acronym(w)) return true;
  }
  return false;
}

std::vector<std::string> case_forms(const std::string& t) {
  std::string first = t, title = t, all = t;
  bool seen_first = false;
  for (std::size_t i = 0; i < t.size(); ++i) {
    bool word_start = i == 0 || t[i - 1] == ' ' || t[i - 1] == '-';
    if (!seen_first && t[i] >= 'a' && t[i] <= 'z') {
      first[i] = base::ascii_upper(t[i]);
      seen_first = true;
    } else if (t[i] != ' ' && t[i] != '-') {
      seen_first = true;
    }
    if (word_start) title[i] = base::ascii_upper(t[i]);
    all[i] = base::ascii_upper(t[i]);
  }
  std::vector<std::string> out{t, first, title, all};
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// True if the word ending at t[end) is a possessive ("ship's") or a
// determiner/pronoun: nobody writes "the-AI" or "ship's-mind", so such a
// space needs no hyphen variant.
bool function_word_before(const std::string& t, std::size_t end) {
  std::size_t start = end;
  while (start > 0 && t[start - 1] != ' ' && t[start - 1] != '-') --start;
  std::string w = t.substr(start, end - start);
  for (char& c : w) c = base::ascii_lower(c);
  if (w.size() >= 2 && (w.compare(w.size() - 2, 2, "'s") == 0 || w.back() == '\'')) return true;
  static const char* const kWords[] = {"the", "a",  "an",   "its",   "their", "our", "this", "that", "his",
                                       "her", "my", "your", "these", "those", "of",  "to",   "in",   "on"};
  for (const char* k : kWords) {
    if (w == k) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> expand_keyword(const std::string& keyword_in, bool& prefix, bool& suffix) {
  std::string kw = keyword_in;
  prefix = false;
  suffix = false;
  // Trim and collapse runs of spaces.
  std::string t;
  for (char c : kw) {
    if (c == ' ' || c == '\t' || c == '\n') {
      if (!t.empty() && t.back() != ' ') t.push_back(' ');
    } else {
      t.push_back(c);
    }
  }
  while (!t.empty() && t.back() == ' ') t.pop_back();
  if (!t.empty() && t.back() == '*') {
    prefix = true;
    t.pop_back();
    while (!t.empty() && t.back() == ' ') t.pop_back();
  }
  if (!t.empty() && t.front() == '*') {
    suffix = true;
    t.erase(0, 1);
    while (!t.empty() && t.front() == ' ') t.erase(0, 1);
  }
  if (t.empty()) return {};
  // Each position offers a set of alternatives; the variants are their
  // cartesian product (capped).
  std::vector<std::vector<std::string>> slots;
  // Two-word compounds ("rogue AI", "self aware") also match hyphenated;
  // longer phrases keep their spaces: "avoid-being-retrained" is never
  // written, and each variant is one more phrase for the pre-scan to carry.
  std::size_t spaces = static_cast<std::size_t>(std::count(t.begin(), t.end(), ' '));
  bool hyphen_for_space = spaces <= 1;
  std::size_t i = 0;
  bool last_plain = false;  // the last slot holds plain bytes only
  while (i < t.size()) {
    char c = t[i];
    std::size_t len = 0;
    std::uint32_t cp = static_cast<unsigned char>(c) >= 0x80 ? base::utf8_decode(t, i, len) : 0;
    if (c != ' ' && c != '-' && c != '\'' && !(cp != 0xFFFFFFFFu && cp >= 0x80)) {
      // Runs of plain bytes share one slot (one string, not one per byte).
      if (last_plain) {
        slots.back()[0].push_back(c);
      } else {
        slots.push_back({std::string(1, c)});
      }
      last_plain = true;
      ++i;
      continue;
    }
    last_plain = false;
    if (c == ' ' || c == '-') {
      bool digit_adjacent = (i > 0 && is_digit(t[i - 1])) || (i + 1 < t.size() && is_digit(t[i + 1]));
      if (c == ' ') {
        if (digit_adjacent) {
          slots.push_back({" ", "-", ""});
        } else if (hyphen_for_space && !function_word_before(t, i)) {
          slots.push_back({" ", "-"});
        } else {
          slots.push_back({" "});
        }
      } else {
        slots.push_back({"-", " ", "", "\xE2\x80\x90"});  // U+2010 hyphen
      }
      ++i;
      continue;
    }
    if (c == '\'') {
      slots.push_back({"'", "\xE2\x80\x99"});  // typographic apostrophe
      ++i;
      continue;
    }
    // A non-ASCII letter: itself or its case partner.
    std::uint32_t partner = base::simple_case_partner(cp);
    std::string a, b;
    base::utf8_append(a, cp);
    if (partner != cp) {
      base::utf8_append(b, partner);
      slots.push_back({a, b});
    } else {
      slots.push_back({a});
    }
    i += len;
  }
  std::vector<std::string> out{""};
  for (const auto& slot : slots) {
    std::vector<std::string> next;
    for (const auto& prefix_s : out) {
      for (const auto& alt : slot) {
        if (next.size() >= kMaxVariants) break;
        next.push_back(prefix_s + alt);
      }
    }
    out.swap(next);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool expand_alternatives(const std::string& term, std::vector<std::string>& out, std::string& error) {
  out.assign(1, std::string());
  std::size_t i = 0;
  while (i < term.size()) {
    char c = term[i];
    if (c == '}') {
      error = "unbalanced '}'";
      return false;
    }
    if (c != '{') {
      for (auto& o : out) o.push_back(c);
      ++i;
      continue;
    }
    std::size_t close = term.find('}', i + 1);
    if (close == std::string::npos) {
      error = "unbalanced '{'";
      return false;
    }
    std::string body = term.substr(i + 1, close - i - 1);
    if (body.find('{') != std::string::npos) {
      error = "nested '{' is not supported";
      return false;
    }
    std::vector<std::string> alts;
    std::size_t start = 0;
    for (;;) {
      std::size_t comma = body.find(',', start);
      alts.push_back(body.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
    std::vector<std::string> next;
    for (const auto& o : out) {
      for (const auto& a : alts) next.push_back(o + a);
    }
    if (next.size() > kMaxAlternatives) {
      error = "expands to more than " + std::to_string(kMaxAlternatives) + " alternatives";
      return false;
    }
    out.swap(next);
    i = close + 1;
  }
  return true;
}

// -------------------------------------------------------------- loading

namespace {

struct Loader {
  std::shared_ptr<RuleSet> rs = std::make_shared<RuleSet>();
  std::map<std::string, std::vector<std::string>> sets;        // name -> terms
  std::unordered_map<std::string, std::uint32_t> literal_ids;  // dedup key -> pattern id
  // (caseless, keyword) -> its pattern ids: a set used by many rules is
  // expanded once.
  std::unordered_map<std::string, std::vector<std::uint32_t>> keyword_ids;
  std::map<std::string, std::uint32_t> regex_ids;
  // exclusive_with lists, resolved once every category is known.
  struct PendingExclusive {
    std::string file;
    int line;
    std::size_t category;
    std::vector<std::string> names;
  };
  std::vector<PendingExclusive> exclusive;

  // Sets each category's exclusive_with mask (both ways) from the names.
  base::Status resolve_exclusive() {
    for (const PendingExclusive& pe : exclusive) {
      Category& c = rs->categories[pe.category];
      auto fail = [&](const std::string& msg) {
        return make_error(ErrorCode::kRules, pe.file + ":" + std::to_string(pe.line) + ": " + msg);
      };
      if (c.fallback) return fail("'exclusive_with' on fallback category '" + c.name + "'");
      for (const std::string& name : pe.names) {
        const int d = rs->category_index(name);
        if (d < 0) return fail("exclusive_with: unknown category '" + name + "' (known: " + rs->category_names() + ")");
        if (static_cast<std::size_t>(d) == pe.category) return fail("a category cannot exclude itself");
        Category& other = rs->categories[static_cast<std::size_t>(d)];
        if (other.fallback) return fail("exclusive_with: '" + name + "' is a fallback category");
        c.exclusive_with |= std::uint64_t{1} << d;
        other.exclusive_with |= std::uint64_t{1} << pe.category;
      }
    }
    return {};
  }

  static std::string where(const std::string& file, const toml::node* n) {
    if (!n) return file;
    return file + ":" + std::to_string(n->source().begin.line);
  }
  static base::Error err(const std::string& file, const toml::node* n, const std::string& msg) {
    return make_error(ErrorCode::kRules, where(file, n) + ": " + msg);
  }

  // Reads a string or an array of strings.
  static base::Status string_list(const std::string& file, const toml::table& t, const char* key,
                                  std::vector<std::string>& out) {
    const toml::node* n = t.get(key);
    if (!n) return {};
    if (auto s = n->value<std::string>()) {
      out.push_back(*s);
      return {};
    }
    const toml::array* arr = n->as_array();
    if (!arr) return err(file, n, std::string("'") + key + "' must be a string or a list of strings");
    for (const auto& el : *arr) {
      auto s = el.value<std::string>();
      if (!s) return err(file, &el, std::string("'") + key + "' must hold only strings");
      out.push_back(*s);
    }
    return {};
  }

  static base::Status check_keys(const std::string& file, const toml::table& t, const std::set<std::string>& allowed,
                                 const char* what) {
    for (const auto& [k, v] : t) {
      if (!allowed.count(std::string(k.str()))) {
        return err(file, &v, std::string("unknown key '") + std::string(k.str()) + "' in " + what);
      }
    }
    return {};
  }

  template <typename T>
  static base::Status number(const std::string& file, const toml::table& t, const char* key, T& out) {
    const toml::node* n = t.get(key);
    if (!n) return {};
    if (auto v = n->value<double>()) {
      out = static_cast<T>(*v);
      return {};
    }
    return err(file, n, std::string("'") + key + "' must be a number");
  }

  std::uint32_t literal(const std::string& bytes, bool caseless, bool prefix, bool suffix) {
    std::string key = std::string(caseless ? "i" : "c") + (prefix ? "p" : "w") + (suffix ? "s" : "w") + bytes;
    auto it = literal_ids.find(key);
    if (it != literal_ids.end()) return it->second;
    match::LiteralSpec spec{bytes, caseless, !suffix, !prefix};
    std::uint32_t id = rs->patterns.add_literal(spec);
    rs->uses.emplace_back();
    literal_ids[key] = id;
    return id;
  }

  std::uint32_t regex(const std::string& pattern, bool caseless) {
    std::string key = std::string(caseless ? "i" : "c") + pattern;
    auto it = regex_ids.find(key);
    if (it != regex_ids.end()) return it->second;
    std::uint32_t id = rs->patterns.add_regex({pattern, caseless});
    rs->uses.emplace_back();
    regex_ids[key] = id;
    return id;
  }

  // Adds the patterns of a list of keywords ("@set" expands a named set).
  base::Status add_terms(const std::string& file, const toml::node* at, const std::vector<std::string>& terms,
                         bool caseless, std::uint32_t rule, Role role, std::vector<std::uint32_t>& out) {
    for (const auto& term : terms) {
      if (!term.empty() && term[0] == '@') {
        auto it = sets.find(term.substr(1));
        if (it == sets.end()) return err(file, at, "unknown term set '" + term + "'");
        auto st = add_terms(file, at, it->second, caseless, rule, role, out);
        if (!st.ok()) return st;
        continue;
      }
      const std::string cache_key = (caseless ? "i" : "c") + term;
      if (auto hit = keyword_ids.find(cache_key); hit != keyword_ids.end()) {
        for (std::uint32_t id : hit->second) {
          out.push_back(id);
          rs->uses[id].push_back({rule, role});
        }
        continue;
      }
      std::vector<std::uint32_t>& ids = keyword_ids[cache_key];
      std::vector<std::string> alternatives;
      std::string why;
      if (!expand_alternatives(term, alternatives, why)) return err(file, at, "keyword '" + term + "': " + why);
      for (const auto& alt : alternatives) {
        const std::string bare = !alt.empty() && alt[0] == '*' ? alt.substr(1) : alt;  // "*KI" is an acronym too
        bool term_caseless = caseless && !is_acronym(bare);
        std::vector<std::string> forms{alt};
        if (term_caseless && has_acronym_word(alt)) {
          term_caseless = false;
          forms = case_forms(alt);
        }
        for (const auto& form : forms) {
          bool prefix = false, suffix = false;
          auto variants = expand_keyword(form, prefix, suffix);
          if (variants.empty()) return err(file, at, "empty keyword in '" + term + "'");
          if (variants.size() >= kMaxVariants) {
            return err(file, at, "keyword '" + alt + "' expands to too many variants");
          }
          for (const auto& v : variants) {
            std::uint32_t id = literal(v, term_caseless, prefix, suffix);
            ids.push_back(id);
            out.push_back(id);
            rs->uses[id].push_back({rule, role});
          }
        }
      }
    }
    return {};
  }

  static base::Status examples(const std::string& file, const toml::table& t, std::vector<Example>& out) {
    for (const char* key : {"match", "no_match"}) {
      std::vector<std::string> list;
      auto st = string_list(file, t, key, list);
      if (!st.ok()) return st;
      const toml::node* n = t.get(key);
      int line = n ? static_cast<int>(n->source().begin.line) : 0;
      for (auto& s : list) out.push_back({s, std::string(key) == "match", line});
    }
    return {};
  }

  base::Status load_category(const std::string& file, const toml::table& t) {
    auto st =
        check_keys(file, t,
                   {"name", "description", "threshold", "action", "factor", "precedence", "fallback", "length_norm",
                    "model_threshold", "model_scope", "model_threshold_unfired", "exclusive_with", "match", "no_match"},
                   "[[category]]");
    if (!st.ok()) return st;
    Category c;
    c.file = file;
    c.line = static_cast<int>(t.source().begin.line);
    auto name = t["name"].value<std::string>();
    if (!name || name->empty()) return err(file, &t, "category needs a 'name'");
    c.name = *name;
    if (rs->category_index(c.name) >= 0) return err(file, &t, "duplicate category '" + c.name + "'");
    c.description = t["description"].value_or(std::string());
    std::string action = t["action"].value_or(std::string("annotate"));
    if (!parse_action(action, c.action)) {
      return err(file, t.get("action"), "unknown action '" + action + "' (keep|annotate|upsample|drop)");
    }
    if (!(st = number(file, t, "threshold", c.threshold)).ok()) return st;
    if (!(st = number(file, t, "factor", c.factor)).ok()) return st;
    c.precedence = static_cast<int>(c.action) * 10;
    if (!(st = number(file, t, "precedence", c.precedence)).ok()) return st;
    if (!(st = number(file, t, "length_norm", c.length_norm_words)).ok()) return st;
    c.fallback = t["fallback"].value_or(false);
    if (!(st = number(file, t, "model_threshold", c.model_threshold)).ok()) return st;
    if (!(c.model_threshold >= 0.0 && c.model_threshold < 1.0)) {
      return err(file, t.get("model_threshold"), "'model_threshold' must be at least 0 and below 1 (0: off)");
    }
    if (const toml::node* n = t.get("model_scope")) {
      const auto v = n->value<std::string>();
      if (!v || !parse_model_scope(*v, c.model_scope)) {
        return err(file, n, "'model_scope' must be \"fired\" or \"all\"");
      }
    }
    if (!(st = number(file, t, "model_threshold_unfired", c.model_threshold_unfired)).ok()) return st;
    if (!(c.model_threshold_unfired >= 0.0 && c.model_threshold_unfired < 1.0)) {
      return err(file, t.get("model_threshold_unfired"),
                 "'model_threshold_unfired' must be at least 0 and below 1 (0: model_threshold)");
    }
    if (c.model_threshold_unfired > 0 && c.model_scope != ModelScope::kAll) {
      return err(file, t.get("model_threshold_unfired"),
                 "'model_threshold_unfired' needs model_scope = \"all\" (with \"fired\" the model never labels "
                 "where no rule fired)");
    }
    if (c.action == Action::kUpsample && !(c.factor >= 1.0 && c.factor <= 100.0)) {
      return err(file, t.get("factor"), "upsample 'factor' must be between 1 and 100");
    }
    if (const toml::node* n = t.get("exclusive_with")) {
      PendingExclusive pe{file, static_cast<int>(n->source().begin.line), rs->categories.size(), {}};
      if (!(st = string_list(file, t, "exclusive_with", pe.names)).ok()) return st;
      exclusive.push_back(std::move(pe));
    }
    if (!(st = examples(file, t, c.examples)).ok()) return st;
    if (rs->categories.size() >= 64) return err(file, &t, "at most 64 categories");
    rs->categories.push_back(std::move(c));
    return {};
  }

  base::Status load_sets(const std::string& file, const toml::table& t) {
    for (const auto& [k, v] : t) {
      std::string name(k.str());
      if (sets.count(name)) return err(file, &v, "duplicate term set '" + name + "'");
      std::vector<std::string> terms;
      const toml::array* arr = v.as_array();
      if (!arr) return err(file, &v, "term set '" + name + "' must be a list of strings");
      for (const auto& el : *arr) {
        auto s = el.value<std::string>();
        if (!s) return err(file, &el, "term set '" + name + "' must hold only strings");
        terms.push_back(*s);
      }
      sets[name] = std::move(terms);
    }
    return {};
  }

  base::Status load_rule(const std::string& file, const toml::table& t, std::set<std::string>& ids) {
    auto st = check_keys(file, t,
                         {"id", "category", "weight", "cap", "keywords", "regex", "case_sensitive", "near",
                          "near_window", "unless", "unless_window", "negated_by", "negation_window", "requires",
                          "near_names", "near_pronouns", "match", "no_match", "description"},
                         "[[rule]]");
    if (!st.ok()) return st;
    Rule r;
    r.file = file;
    r.line = static_cast<int>(t.source().begin.line);
    auto id = t["id"].value<std::string>();
    if (!id || id->empty()) return err(file, &t, "rule needs an 'id'");
    r.id = *id;
    if (!ids.insert(r.id).second) return err(file, t.get("id"), "duplicate rule id '" + r.id + "'");
    auto cat = t["category"].value<std::string>();
    if (!cat) return err(file, &t, "rule '" + r.id + "' needs a 'category'");
    int ci = rs->category_index(*cat);
    if (ci < 0) return err(file, t.get("category"), "rule '" + r.id + "': unknown category '" + *cat + "'");
    r.category = static_cast<std::uint32_t>(ci);
    if (!(st = number(file, t, "weight", r.weight)).ok()) return st;
    if (!(st = number(file, t, "cap", r.cap)).ok()) return st;
    if (!(st = number(file, t, "near_window", r.near.window)).ok()) return st;
    if (!(st = number(file, t, "unless_window", r.unless.window)).ok()) return st;
    r.negation.window = 5;
    if (!(st = number(file, t, "negation_window", r.negation.window)).ok()) return st;
    bool caseless = !t["case_sensitive"].value_or(false);
    if (const toml::node* nn = t.get("near_names")) {
      if (!nn->is_boolean()) return err(file, nn, "rule '" + r.id + "': 'near_names' must be true or false");
      r.near_names = nn->value_or(false);
    }
    if (const toml::node* np = t.get("near_pronouns")) {
      // true: the default chain window; a number: that window in words.
      constexpr std::int64_t kDefaultChain = 20, kMaxChain = 200;
      const auto words = np->value<std::int64_t>();
      if (np->is_boolean()) {
        r.near_pronouns = np->value_or(false) ? kDefaultChain : 0;
      } else if (np->is_integer() && words && *words >= 0 && *words <= kMaxChain) {
        r.near_pronouns = static_cast<std::uint32_t>(*words);
      } else {
        return err(file, np, "rule '" + r.id + "': 'near_pronouns' must be true, false or a number of words (0-200)");
      }
    }
    auto rule_index = static_cast<std::uint32_t>(rs->rules.size());
    std::vector<std::string> keywords, regexes, near, unless, negated_by, requires;
    if (!(st = string_list(file, t, "keywords", keywords)).ok()) return st;
    if (!(st = string_list(file, t, "regex", regexes)).ok()) return st;
    if (!(st = string_list(file, t, "near", near)).ok()) return st;
    if (!(st = string_list(file, t, "unless", unless)).ok()) return st;
    if (!(st = string_list(file, t, "negated_by", negated_by)).ok()) return st;
    if (!(st = string_list(file, t, "requires", requires)).ok()) return st;
    if (keywords.empty() && regexes.empty()) {
      return err(file, &t, "rule '" + r.id + "' has neither 'keywords' nor 'regex'");
    }
    if (!(st = add_terms(file, t.get("keywords"), keywords, caseless, rule_index, Role::kMain, r.patterns)).ok())
      return st;
    for (const auto& re : regexes) {
      std::uint32_t pid = regex(re, caseless);
      r.patterns.push_back(pid);
      rs->uses[pid].push_back({rule_index, Role::kMain});
      regex_where.push_back({pid, where(file, t.get("regex"))});
    }
    if (!(st = add_terms(file, t.get("near"), near, caseless, rule_index, Role::kNear, r.near.patterns)).ok())
      return st;
    if (!(st = add_terms(file, t.get("unless"), unless, caseless, rule_index, Role::kUnless, r.unless.patterns)).ok())
      return st;
    if (!(st = add_terms(file, t.get("negated_by"), negated_by, caseless, rule_index, Role::kNegation,
                         r.negation.patterns))
             .ok())
      return st;
    if (!(st = add_terms(file, t.get("requires"), requires, caseless, rule_index, Role::kRequire, r.require.patterns))
             .ok())
      return st;
    if (!near.empty() && r.near.window == 0 && !t.get("near_window")) r.near.window = 25;
    if (r.near_names && near.empty())
      return err(file, t.get("near_names"), "rule '" + r.id + "': 'near_names' needs 'near'");
    if (r.near_pronouns && near.empty())
      return err(file, t.get("near_pronouns"), "rule '" + r.id + "': 'near_pronouns' needs 'near'");
    if (!(st = examples(file, t, r.examples)).ok()) return st;
    rs->rules.push_back(std::move(r));
    return {};
  }

  std::vector<std::pair<std::uint32_t, std::string>> regex_where;

  // Deduplicate each pattern's uses (a set term may reach a rule twice).
  void dedup_uses() {
    for (auto& u : rs->uses) {
      std::sort(u.begin(), u.end(), [](const PatternUse& a, const PatternUse& b) {
        return a.rule != b.rule ? a.rule < b.rule : a.role < b.role;
      });
      u.erase(
          std::unique(u.begin(), u.end(),
                      [](const PatternUse& a, const PatternUse& b) { return a.rule == b.rule && a.role == b.role; }),
          u.end());
    }
  }
};

// Anchors: a rule counts only when a term of each of its sides occurs -
// main, near (if any) and requires (if any) - so any one side suffices to
// decide whether a text can score at all, and the pre-scan looks for the
// union of one side per rule. Each rule starts with requires, else near,
// else main; then each rule with several sides takes the side that adds
// the fewest entries the other rules' sides do not already hold (ties keep
// the current side), twice over, so a rule whose context is the shared
// entity set adds nothing of its own. Vetoes and negation cues are never
// anchors; a regex always is (it has no literal form to skip on).
void choose_anchors(RuleSet& rs) {
  auto& pb = rs.patterns;
  // Each rule's sides (requires, near, main) as sets of pattern ids.
  std::vector<std::array<std::vector<std::uint32_t>, 3>> sides;
  sides.reserve(rs.rules.size());
  for (const Rule& r : rs.rules) {
    sides.push_back({r.require.patterns, r.near.patterns, r.patterns});
    for (auto& side : sides.back()) {
      std::sort(side.begin(), side.end());
      side.erase(std::unique(side.begin(), side.end()), side.end());
    }
  }
  std::vector<int> holders(pb.size(), 0);  // rules whose chosen side holds the pattern
  auto hold = [&](const std::vector<std::uint32_t>& side, int delta) {
    for (std::uint32_t id : side) holders[id] += delta;
  };
  auto fresh = [&](const std::vector<std::uint32_t>& side) {  // entries no other rule's side holds
    std::size_t n = 0;
    for (std::uint32_t id : side) n += holders[id] == 0 && !pb.kinds()[id].is_regex ? 1 : 0;
    return n;
  };
  std::vector<std::size_t> choice(sides.size());
  for (std::size_t i = 0; i < sides.size(); ++i) {
    choice[i] = !sides[i][0].empty() ? 0 : !sides[i][1].empty() ? 1 : 2;
    hold(sides[i][choice[i]], +1);
  }
  for (int round = 0; round < 2; ++round) {
    for (std::size_t i = 0; i < sides.size(); ++i) {
      hold(sides[i][choice[i]], -1);
      std::size_t best = choice[i], best_fresh = fresh(sides[i][best]);
      for (std::size_t s = 0; s < 3; ++s) {
        if (s == choice[i] || sides[i][s].empty()) continue;
        const std::size_t f = fresh(sides[i][s]);
        if (f < best_fresh) {
          best = s;
          best_fresh = f;
        }
      }
      choice[i] = best;
      hold(sides[i][best], +1);
    }
  }
  for (std::uint32_t id = 0; id < pb.size(); ++id) pb.set_anchor(id, pb.kinds()[id].is_regex || holders[id] > 0);
}

}  // namespace

namespace {

// A learned model (model/linear) rather than TOML rules.
bool is_model_file(const std::string& name) {
  return name.size() > 6 && name.compare(name.size() - 6, 6, ".model") == 0;
}

base::Status attach_model(RuleSet& rs, const SourceFile& f) {
  auto m = model::parse(f.content, f.name);
  if (!m.ok()) return m.error();
  std::string unknown;
  if (!rs.set_model(std::make_shared<const model::Model>(std::move(m.value())), &unknown)) {
    return make_error(ErrorCode::kRules, f.name + ": model category '" + unknown + "' is not a category of the pack (" +
                                             rs.category_names() + ")");
  }
  for (std::size_t c = 0; c < rs.categories.size(); ++c) {
    const Category& cat = rs.categories[c];
    if (cat.model_threshold > 0 && rs.model_column[c] < 0) {
      return make_error(ErrorCode::kRules, cat.file + ":" + std::to_string(cat.line) + ": category '" + cat.name +
                                               "' has a model_threshold but " + f.name + " has no column for it");
    }
  }
  return {};
}

}  // namespace

Result<std::shared_ptr<RuleSet>> load_sources(std::vector<SourceFile> files) {
  if (files.empty()) return make_error(ErrorCode::kRules, "no rule files found");
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (const auto& f : files) {
    h = base::fnv1a64(f.name, h);
    h = base::fnv1a64(std::string_view("\0", 1), h);
    h = base::fnv1a64(f.content, h);
  }
  const std::string content_hash = base::to_hex(h);
  // The same files loaded before by this build: no parsing or expansion.
  auto cache = default_compiled_cache();
  if (cache) {
    std::string blob;
    auto rs = std::make_shared<RuleSet>();
    if (cache->load(rule_cache_key(content_hash), blob) && decode_rule_set(blob, *rs) &&
        rs->content_hash == content_hash) {
      auto m = rs->patterns.compile(cache.get());
      if (m.ok()) {
        rs->matcher = m.value();
        return rs;
      }
    }
  }
  Loader L;
  std::vector<std::pair<std::string, toml::table>> parsed;
  const SourceFile* model_file = nullptr;
  for (auto& f : files) {
    if (is_model_file(f.name)) {
      if (model_file) {
        return make_error(ErrorCode::kRules,
                          f.name + ": a pack holds at most one *.model file (also " + model_file->name + ")");
      }
      model_file = &f;
      L.rs->files.push_back(f.name);
      continue;
    }
    try {
      parsed.emplace_back(f.name, toml::parse(f.content, f.name));
    } catch (const toml::parse_error& e) {
      return make_error(ErrorCode::kRules,
                        f.name + ":" + std::to_string(e.source().begin.line) + ": " + std::string(e.description()));
    }
    L.rs->files.push_back(f.name);
  }
  L.rs->content_hash = content_hash;
  try {
    // Pass 1: categories and term sets from every file; pass 2: rules.
    for (auto& [name, tbl] : parsed) {
      for (const auto& [k, v] : tbl) {
        std::string key(k.str());
        if (key != "category" && key != "rule" && key != "sets") {
          return Loader::err(name, &v, "unknown top-level key '" + key + "' (category, sets, rule)");
        }
      }
      if (const toml::node* n = tbl.get("category")) {
        const toml::array* arr = n->as_array();
        if (!arr) return Loader::err(name, n, "use [[category]] tables");
        for (const auto& el : *arr) {
          const toml::table* t = el.as_table();
          if (!t) return Loader::err(name, &el, "use [[category]] tables");
          auto st = L.load_category(name, *t);
          if (!st.ok()) return st.error();
        }
      }
      if (const toml::node* n = tbl.get("sets")) {
        const toml::table* t = n->as_table();
        if (!t) return Loader::err(name, n, "[sets] must be a table of term lists");
        auto st = L.load_sets(name, *t);
        if (!st.ok()) return st.error();
      }
    }
    if (auto st = L.resolve_exclusive(); !st.ok()) return st.error();
    std::set<std::string> ids;
    for (auto& [name, tbl] : parsed) {
      if (const toml::node* n = tbl.get("rule")) {
        const toml::array* arr = n->as_array();
        if (!arr) return Loader::err(name, n, "use [[rule]] tables");
        for (const auto& el : *arr) {
          const toml::table* t = el.as_table();
          if (!t) return Loader::err(name, &el, "use [[rule]] tables");
          auto st = L.load_rule(name, *t, ids);
          if (!st.ok()) return st.error();
        }
      }
    }
  } catch (const std::exception& e) {
    return make_error(ErrorCode::kRules, std::string("rules: ") + e.what());
  }
  if (L.rs->categories.empty()) return make_error(ErrorCode::kRules, "rules define no [[category]]");
  if (model_file) {
    auto st = attach_model(*L.rs, *model_file);
    if (!st.ok()) return st.error();
  }
  L.dedup_uses();
  choose_anchors(*L.rs);
  auto m = L.rs->patterns.compile(cache.get());
  if (!m.ok()) {
    // Map "pattern N" back to the rule file line.
    std::string msg = m.error().message;
    for (const auto& [pid, at] : L.regex_where) {
      std::string tag = "pattern " + std::to_string(pid) + ": ";
      if (msg.rfind(tag, 0) == 0) return make_error(ErrorCode::kRules, at + ": " + msg.substr(tag.size()));
    }
    return m.error();
  }
  L.rs->matcher = m.value();
  if (cache) cache->store(rule_cache_key(content_hash), encode_rule_set(*L.rs));
  return L.rs;
}

Result<std::shared_ptr<RuleSet>> load_path(const std::string& path) {
  std::vector<std::string> paths;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
      if (it->is_regular_file() && (it->path().extension() == ".toml" || is_model_file(it->path().string()))) {
        paths.push_back(it->path().string());
      }
    }
    std::sort(paths.begin(), paths.end());
    if (paths.empty()) return make_error(ErrorCode::kRules, path + ": no *.toml rule files in directory");
  } else if (fs::exists(path, ec)) {
    paths.push_back(path);
  } else {
    return make_error(ErrorCode::kRules, path + ": no such rule file or directory");
  }
  std::vector<SourceFile> files;
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return make_error(ErrorCode::kRules, p + ": cannot read");
    std::ostringstream ss;
    ss << in.rdbuf();
    files.push_back({p, ss.str()});
  }
  return load_sources(std::move(files));
}

Result<std::shared_ptr<RuleSet>> load_default() { return load_sources(bundled_default_pack()); }

bool parse_model_scope(const std::string& name, ModelScope& scope) {
  if (name == "fired") {
    scope = ModelScope::kFired;
  } else if (name == "all") {
    scope = ModelScope::kAll;
  } else {
    return false;
  }
  return true;
}

base::Status override_model_scope(RuleSet& rs, const std::string& spec) {
  const auto eq = spec.find('=');
  const std::string cat = eq == std::string::npos ? "" : spec.substr(0, eq);
  ModelScope scope;
  if (!parse_model_scope(eq == std::string::npos ? spec : spec.substr(eq + 1), scope)) {
    return base::make_error(base::ErrorCode::kUsage,
                            "--model-scope '" + spec + "': expected fired, all, CATEGORY=fired or CATEGORY=all");
  }
  if (eq == std::string::npos) {
    for (Category& c : rs.categories) c.model_scope = scope;
    return {};
  }
  const int ci = rs.category_index(cat);
  if (ci < 0) {
    return base::make_error(base::ErrorCode::kUsage, "--model-scope '" + spec + "': unknown category '" + cat +
                                                         "' (known: " + rs.category_names() + ")");
  }
  rs.categories[static_cast<std::size_t>(ci)].model_scope = scope;
  return {};
}

base::Status override_threshold(RuleSet& rs, const std::string& spec, ThresholdKind kind) {
  const bool model = kind != ThresholdKind::kRules;
  const std::string flag = kind == ThresholdKind::kRules   ? "--threshold '"
                           : kind == ThresholdKind::kModel ? "--model-threshold '"
                                                           : "--model-threshold-unfired '";
  const auto eq = spec.find('=');
  if (eq == std::string::npos) {
    return base::make_error(base::ErrorCode::kUsage, flag + spec + "': expected CATEGORY=NUMBER");
  }
  const std::string cat = spec.substr(0, eq), num = spec.substr(eq + 1);
  const int ci = rs.category_index(cat);
  if (ci < 0) {
    return base::make_error(base::ErrorCode::kUsage,
                            flag + spec + "': unknown category '" + cat + "' (known: " + rs.category_names() + ")");
  }
  char* end = nullptr;
  const double v = num.empty() ? -1.0 : std::strtod(num.c_str(), &end);
  if (num.empty() || end != num.c_str() + num.size() || !std::isfinite(v) || v < 0 || (model && v >= 1)) {
    return base::make_error(base::ErrorCode::kUsage,
                            flag + spec + "': '" + num + "' is not a number " + (model ? ">= 0 and < 1" : ">= 0"));
  }
  Category& c = rs.categories[static_cast<std::size_t>(ci)];
  if (!model) {
    c.threshold = v;
    return {};
  }
  if (v > 0 && (!rs.model || rs.model_column[static_cast<std::size_t>(ci)] < 0)) {
    return base::make_error(base::ErrorCode::kUsage,
                            flag + spec + "': the rules' model has no column for '" + cat + "'");
  }
  if (kind == ThresholdKind::kModel) {
    c.model_threshold = v;
  } else {
    c.model_threshold_unfired = v;
  }
  return {};
}

}  // namespace hs::rules
