// rules/names: names a text gives to a term ("the onboard assistant, Wren,",
// "a home assistant named Hesper", "the Archivist, the library's thinking
// engine", "Pip the robot") and where else those names occur.
//
// Stories name their machine minds once and then use the name: a rule with
// `near_names = true` also accepts such a name, wherever it appears, as its
// near context. Text in, spans out; ASCII names only (a capital letter, then
// letters, digits or '-'; at least two bytes; not a common capitalised word).
// Never allocates beyond the output vectors; never throws.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace hs::rules {

struct NameSpan {
  std::uint32_t start;
  std::uint32_t end;
  bool pronoun = false;  // an "it" that refers back (pronoun_chain), not a name
};

// Most names kept per list: each name costs one search of the whole text,
// so a huge document full of named machines stays linear.
constexpr std::size_t kMaxNames = 8;

// Appends to names the name(s) given to the term at [start, end) of text:
//   after it:  ", Name," (or . ; : ! ? ) and ", Name who|which|is|was|has|had";
//              "named|called|call|calls|nicknamed|codenamed|dubbed|known as
//              Name" within the next five words;
//              "the robot Name" + a lower-case word or punctuation;
//   before it: "Name, the|a|an|its [up to three words] <term>" and
//              "Name the <term>".
// Names already in the list are not added twice; at most kMaxNames in all.
void given_names(std::string_view text, std::uint32_t start, std::uint32_t end, std::vector<std::string_view>& names);

// Appends every whole-word, case-sensitive occurrence of name in text.
void name_occurrences(std::string_view text, std::string_view name, std::vector<NameSpan>& out);

// Pronoun chains: a story names its machine once, then says "it" ("the toy
// robot waits until everyone is asleep, then opens the window, because it
// wants..."). Appends to out, in text order, each "it", "its" or "itself" (any
// case, whole word) that starts at most `window` words after a seed span or
// after an earlier pronoun so appended; a pronoun before the first seed never
// counts. seeds must be in text order; word_starts as base::word_starts of
// text. Linear in the number of words; never throws.
void pronoun_chain(std::string_view text, const std::vector<std::uint32_t>& word_starts,
                   const std::vector<NameSpan>& seeds, std::uint32_t window, std::vector<NameSpan>& out);

}  // namespace hs::rules
