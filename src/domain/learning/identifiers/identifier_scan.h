// The pieces of the publication identifier check (identifier_check.h), internal to it: the
// normalised text with its map back to the original bytes, phrases built from restricted values
// and matched as whole words, and the scanners for dates, ages and generic patterns. Only
// identifier_check.cc and the tests call these. Pure functions; safe to call from any thread.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "domain/learning/identifiers/identifier_check.h"

namespace assure::domain::identifier_scan {

// ---- Normalised text (identifier_text.cc) ----

// Stands, in normalised text, for the edges of a Markdown link destination: no phrase or joined
// pattern matches across it.
inline constexpr char kBarrier = '\x01';

// Letters, digits and every byte of a character that was not folded to ASCII.
inline bool IsWordByte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u >= 0x80;
}
inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Lower case; Latin-1 Supplement, Latin Extended-A and a few more letters folded to ASCII ("é" to
// "e", "ß" to "ss"); combining marks, soft hyphens and zero-width characters dropped; curly and
// other apostrophes as "'", dashes as "-"; white space, the Markdown markup characters
// * _ ` # > [ ] ( ) ~ | \ and other punctuation outside ASCII as one space; HTML entities decoded;
// a link destination "](...)" kept between two kBarrier bytes. No leading or trailing space.
struct NormalisedText {
  std::string text;
  std::vector<std::size_t> begin;  // per byte of text: first byte of its original character
  std::vector<std::size_t> end;    // per byte of text: one past the last byte of that character
  // The original byte range of the normalised range `span` (REQUIRES: span non-empty).
  Span Original(Span span) const { return {begin[span.begin], end[span.end - 1]}; }
};
NormalisedText Normalise(std::string_view markdown);

// The maximal runs of word bytes of a normalised text.
std::vector<Span> WordTokens(std::string_view normalised);

// The word tokens of a normalised text, read by index. Borrows both; REQUIRES: they outlive it.
class Tokens {
 public:
  Tokens(std::string_view text, const std::vector<Span>& spans) : text_(text), spans_(spans) {}
  std::size_t size() const { return spans_.size(); }
  std::string_view operator[](std::size_t k) const {
    return text_.substr(spans_[k].begin, spans_[k].end - spans_[k].begin);
  }
  bool HasNext(std::size_t k) const { return k + 1 < spans_.size(); }
  // What stands between token k and token k + 1 (REQUIRES: HasNext(k)).
  std::string_view GapAfter(std::size_t k) const {
    return text_.substr(spans_[k].end, spans_[k + 1].begin - spans_[k].end);
  }
  // From the start of token `first` to the end of token `last`.
  Span Cover(std::size_t first, std::size_t last) const {
    return {spans_[first].begin, spans_[last].end};
  }

 private:
  std::string_view text_;
  const std::vector<Span>& spans_;
};

// ---- Phrases (built in identifier_phrases.cc, found in identifier_text.cc) ----

// What may stand between two pieces of a phrase in the normalised text.
enum class Join {
  kWordGap,        // 1-4 of space - .       (between the words of a name or place)
  kFlex,           // 0-3 of space - '       (within "Amy-Louise", "O'Neill": also "AmyLouise")
  kLoose,          // 1-6 non-word bytes     (addresses, other details)
  kOptionalSpace,  // 0-1 space              (postcode outward and inward parts)
  kDigitGap,       // 0-3 of space -         (NHS number digits)
};

struct Piece {
  std::vector<std::string> forms;  // normalised spellings, any of which matches ("lane", "ln")
  Join join = Join::kWordGap;      // what may follow this piece before the next one
};

struct Phrase {
  std::vector<Piece> pieces;
  std::string matched;  // the value, or part of it, this phrase stands for (as recorded)
  bool plural = false;  // also found before a final "s" ("the Farrows"), which stays outside
};

// The phrases to look for for one restricted value of a specific kind: a name, its words and parts;
// an address, its lines and lines without the house number; a school with and without trailing
// generic words; a postcode with or without its space; NHS number digits however grouped; any
// other value (and a date that is not ISO) whole. Longest first; none made of generic words alone.
std::vector<Phrase> PhrasesFor(IdentifierKind kind, std::string_view value);
// The phrase for one sensitive place (whole); no pieces when the name is too short to use.
Phrase PlacePhrase(std::string_view place);

// Every whole-word occurrence of `phrase` in normalised text (the longest at each start), by start.
// A possessive needs no rule: the apostrophe already ends the word.
std::vector<Span> FindPhrase(std::string_view normalised, const Phrase& phrase);

// ---- Dates and ages (identifier_patterns.cc) ----

struct DateMention {
  Span span;                    // in normalised text
  std::size_t first_token = 0;  // index into the word tokens
  std::size_t last_token = 0;
  int day = 0;
  int month = 0;
  int year = 0;         // 0 when written without a year ("9 March")
  int year_digits = 0;  // 2 ("9/3/14"), 4, or 0 without a year
};
// Dates written "9 March 2014", "9th of March 2014", "March 9, 2014", "9 Mar. 2014", "09/03/2014",
// "9/3/14", "09.03.2014", "09-03-2014", "2014-03-09", and without a year ("9 March", "March 9").
std::vector<DateMention> FindDates(std::string_view normalised, const std::vector<Span>& tokens);

struct PatternMatch {
  IdentifierKind kind = IdentifierKind::kPostcodePattern;
  Span span;              // in normalised text
  std::string_view what;  // "a UK postcode", ...
};
// An exact date within 8 words of an age ("aged 7", "7 years old", "7-year-old", "18 months old").
void FindDatesWithAge(std::string_view normalised, const std::vector<Span>& tokens,
                      const std::vector<DateMention>& dates, std::vector<PatternMatch>& out);

// ---- Generic patterns (identifier_patterns.cc) ----

// True if ten ASCII digits pass the NHS modulus 11 check.
bool NhsChecksumValid(std::string_view ten_digits);
// UK postcodes, NHS numbers passing the check, National Insurance numbers, UK telephone numbers.
void FindNumberPatterns(std::string_view normalised, const std::vector<Span>& tokens,
                        std::vector<PatternMatch>& out);
// Email addresses, found in the original text (spans are original byte ranges).
std::vector<Span> FindEmails(std::string_view original);

}  // namespace assure::domain::identifier_scan
