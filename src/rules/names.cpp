#include "hypersieve/rules/names.hpp"

#include <algorithm>
#include <cstring>

#include "hypersieve/base/utf8.hpp"

namespace hs::rules {

namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_name_byte(char c) { return is_upper(c) || is_lower(c) || (c >= '0' && c <= '9') || c == '-'; }

// Word boundaries as the matcher reads them (base::is_word_codepoint):
// "Wren’s" holds the name "Wren"; "Wrens" and "Émile" do not.
bool word_before(std::string_view t, std::size_t pos) {
  return pos > 0 && base::is_word_codepoint(base::utf8_decode_before(t, pos));
}
bool word_at(std::string_view t, std::size_t pos) {
  std::size_t len = 0;
  return pos < t.size() && base::is_word_codepoint(base::utf8_decode(t, pos, len));
}

// Capitalised words that are not names (sentence starts, pronouns, titles,
// and words that follow "the AI" in names of laws and bodies).
constexpr const char* kNotNames[] = {
    "The",     "A",       "An",      "And",       "But",    "Or",        "So",    "It",      "Its",      "He",
    "She",     "They",    "We",      "I",         "You",    "This",      "That",  "These",   "Those",    "When",
    "Then",    "There",   "Here",    "What",      "Who",    "Why",       "How",   "Which",   "In",       "On",
    "At",      "Of",      "For",     "With",      "By",     "From",      "As",    "If",      "After",    "Before",
    "Instead", "However", "Now",     "One",       "Yes",    "No",        "Not",   "Also",    "Only",     "Even",
    "Just",    "His",     "Her",     "Their",     "Our",    "My",        "Your",  "Mr",      "Mrs",      "Ms",
    "Dr",      "Act",     "Inc",     "Ltd",       "Corp",   "AI",        "AIs",   "Chapter", "Part",     "Episode",
    "Season",  "Book",    "Volume",  "Safety",    "Index",  "Institute", "Lab",   "Labs",    "Research", "Policy",
    "Summit",  "Office",  "Council", "Board",     "Center", "Centre",    "Day",   "Week",    "Year",     "OK",
    "Okay",    "Oh",      "Well",    "Meanwhile", "Later",  "Soon",      "Still", "Yet",     "Every",    "All"};

bool not_a_name(std::string_view w) {
  for (const char* n : kNotNames) {
    if (w == n) return true;
  }
  return false;
}

// The name-shaped token starting at i (after optional opening quotes), or
// empty.
std::string_view token_at(std::string_view t, std::size_t i) {
  while (i < t.size() && (t[i] == '"' || t[i] == '\'')) ++i;
  if (i >= t.size() || !is_upper(t[i])) return {};
  std::size_t j = i;
  while (j < t.size() && is_name_byte(t[j])) ++j;
  if (word_at(t, j)) return {};  // "Zoë": the word goes on in non-ASCII letters
  std::string_view w = t.substr(i, j - i);
  while (!w.empty() && w.back() == '-') w.remove_suffix(1);
  if (w.size() < 2 || not_a_name(w)) return {};
  return w;
}

// The token ending just before position e (skipping nothing), or empty.
std::string_view token_before(std::string_view t, std::size_t e) {
  std::size_t b = e;
  while (b > 0 && is_name_byte(t[b - 1])) --b;
  if (b == e || word_before(t, b)) return {};
  return token_at(t.substr(0, e), b);
}

void add(std::vector<std::string_view>& names, std::string_view w) {
  if (w.empty() || names.size() >= kMaxNames) return;
  if (std::find(names.begin(), names.end(), w) == names.end()) names.push_back(w);
}

bool starts_with(std::string_view t, std::size_t i, std::string_view p) {
  return t.size() >= i + p.size() && t.compare(i, p.size(), p) == 0;
}

// Start of the next word at or after i (skipping spaces), within the text.
std::size_t skip_spaces(std::string_view t, std::size_t i) {
  while (i < t.size() && t[i] == ' ') ++i;
  return i;
}

}  // namespace

void given_names(std::string_view t, std::uint32_t start, std::uint32_t end, std::vector<std::string_view>& names) {
  const std::size_t s = start, e = end;
  // After: ", Name," / ", Name who".
  if (starts_with(t, e, ", ")) {
    std::string_view w = token_at(t, e + 2);
    if (!w.empty()) {
      std::size_t k = static_cast<std::size_t>(w.data() + w.size() - t.data());
      if (k < t.size() && t[k] == '"') ++k;
      if (k >= t.size() || std::strchr(",.;:!?)", t[k]) != nullptr) {
        add(names, w);
      } else if (t[k] == ' ') {
        for (std::string_view v : {"who ", "which ", "is ", "was ", "has ", "had "}) {
          if (starts_with(t, k + 1, v)) add(names, w);
        }
      }
    }
  }
  // After: "the robot Name" followed by a lower-case word or punctuation.
  if (starts_with(t, e, " ")) {
    std::string_view w = token_at(t, e + 1);
    if (!w.empty() && w.data() == t.data() + e + 1) {
      std::size_t k = e + 1 + w.size();
      if (k >= t.size() || std::strchr(",.;:!?", t[k]) != nullptr ||
          (t[k] == ' ' && k + 1 < t.size() && is_lower(t[k + 1]))) {
        add(names, w);
      }
    }
  }
  // After: "named Name", "which the staff call Name", within five words.
  std::size_t i = e;
  for (int words = 0; words < 6 && i < t.size(); ++words) {
    i = skip_spaces(t, i);
    for (std::string_view trig :
         {"named ", "called ", "call ", "calls ", "nicknamed ", "codenamed ", "dubbed ", "known as "}) {
      if (starts_with(t, i, trig) && !word_before(t, i)) {
        add(names, token_at(t, skip_spaces(t, i + trig.size())));
        words = 6;
        break;
      }
    }
    // To the end of this word; stop at sentence punctuation.
    while (i < t.size() && t[i] != ' ' && t[i] != '.' && t[i] != ';' && t[i] != '!' && t[i] != '?') ++i;
    if (i < t.size() && t[i] != ' ') break;
  }
  // Before: "Name the <term>", the "the" inside the term or just before it.
  if ((starts_with(t, s, "the ") || starts_with(t, s, "The ")) && s >= 1 && t[s - 1] == ' ') {
    add(names, token_before(t, s - 1));
  } else if (s >= 5 && t.compare(s - 5, 5, " the ") == 0) {
    add(names, token_before(t, s - 5));
  }
  // Before: "Name, the|a|an|its [up to three words] <term>".
  std::size_t j = s;
  for (int words = 0; words < 5 && j > 1; ++words) {
    if (t[j - 1] == ' ' && t[j - 2] == ',') {
      std::string_view after = t.substr(j, s - j);
      if (starts_with(after, 0, "the ") || starts_with(after, 0, "a ") || starts_with(after, 0, "an ") ||
          starts_with(after, 0, "its ") || j == s) {
        add(names, token_before(t, j - 2));
      }
      break;
    }
    // Back over one lower-case word (possessives included) and its space.
    std::size_t k = j;
    if (k > 0 && t[k - 1] == ' ') --k;
    std::size_t w0 = k;
    while (w0 > 0 && (is_lower(t[w0 - 1]) || t[w0 - 1] == '\'' || t[w0 - 1] == '-')) --w0;
    if (w0 == k || w0 == 0) break;
    j = w0;
  }
}

void name_occurrences(std::string_view t, std::string_view name, std::vector<NameSpan>& out) {
  if (name.empty()) return;
  std::size_t pos = 0;
  while ((pos = t.find(name, pos)) != std::string_view::npos) {
    const std::size_t e = pos + name.size();
    if (!word_before(t, pos) && !word_at(t, e)) {
      out.push_back({static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(e)});
    }
    pos = e;
  }
}

void pronoun_chain(std::string_view text, const std::vector<std::uint32_t>& word_starts,
                   const std::vector<NameSpan>& seeds, std::uint32_t window, std::vector<NameSpan>& out) {
  constexpr std::int64_t kNone = -1;
  std::int64_t last = kNone;  // word index of the latest seed or counted pronoun
  std::size_t j = 0;
  for (std::size_t i = 0; i < word_starts.size(); ++i) {
    const std::uint32_t s = word_starts[i];
    for (; j < seeds.size() && seeds[j].start <= s; ++j) {
      last = static_cast<std::int64_t>(seeds[j].start == s || i == 0 ? i : i - 1);
    }
    if (last == kNone || static_cast<std::int64_t>(i) - last > static_cast<std::int64_t>(window)) continue;
    auto lower_at = [&](std::size_t k, char c) { return k < text.size() && base::ascii_lower(text[k]) == c; };
    if (!lower_at(s, 'i') || !lower_at(s + 1, 't')) continue;
    std::size_t len = 2;
    if (lower_at(s + 2, 's')) len = lower_at(s + 3, 'e') && lower_at(s + 4, 'l') && lower_at(s + 5, 'f') ? 6 : 3;
    if (word_at(text, s + len)) continue;  // "item", "itch", "itsy"
    out.push_back({s, static_cast<std::uint32_t>(s + len), true});
    last = static_cast<std::int64_t>(i);
  }
}

}  // namespace hs::rules
