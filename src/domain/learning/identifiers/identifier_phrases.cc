// Phrases built from restricted values and matched as whole words: see identifier_scan.h.
#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "domain/learning/identifiers/identifier_scan.h"

namespace assure::domain::identifier_scan {
namespace {

constexpr std::size_t kNone = std::string_view::npos;
constexpr std::size_t kMaxNameWords = 8;

using WordRange = std::pair<std::size_t, std::size_t>;  // tokens [first, second)

constexpr auto kHonorifics = std::to_array<std::string_view>(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "master", "baby", "child", "sir", "lady", "lord", "rev",
     "jr", "jnr", "snr", "sr", "unknown"});

constexpr auto kAddressGeneric = std::to_array<std::string_view>(
    {"flat",  "apartment", "apt",      "unit",    "floor",   "room",   "house", "block",
     "no",    "number",    "the",      "of",      "and",     "road",   "rd",    "street",
     "st",    "lane",      "ln",       "avenue",  "ave",     "close",  "drive", "way",
     "court", "place",     "crescent", "gardens", "terrace", "square", "mews"});

constexpr auto kSchoolGeneric = std::to_array<std::string_view>(
    {"school",  "schools",    "primary",   "secondary",   "junior",    "juniors",    "infant",
     "infants", "nursery",    "academy",   "college",     "high",      "grammar",    "church",
     "of",      "england",    "ce",        "c",           "e",         "catholic",   "rc",
     "roman",   "methodist",  "community", "free",        "sixth",     "form",       "centre",
     "center",  "pupil",      "referral",  "unit",        "pru",       "special",    "first",
     "middle",  "upper",      "lower",     "the",         "and",       "st",         "saint",
     "day",     "pre",        "preschool", "playgroup",   "children",  "childrens",  "setting",
     "trust",   "federation", "campus",    "voluntary",   "aided",     "controlled", "va",
     "vc",      "foundation", "prep",      "preparatory", "technical", "boys",       "girls",
     "s",       "nurseries",  "learning"});

// Street words written in full or short; each group's words stand for each other.
constexpr std::array<std::array<std::string_view, 3>, 15> kStreetWords = {{
    {"road", "rd", ""},
    {"street", "st", "saint"},
    {"lane", "ln", ""},
    {"avenue", "ave", "av"},
    {"drive", "dr", ""},
    {"close", "cl", ""},
    {"court", "ct", ""},
    {"crescent", "cres", ""},
    {"gardens", "gdns", "gdn"},
    {"place", "pl", ""},
    {"square", "sq", ""},
    {"terrace", "terr", "ter"},
    {"grove", "gr", ""},
    {"park", "pk", ""},
    {"mount", "mt", ""},
}};

template <std::size_t N>
bool Contains(const std::array<std::string_view, N>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// Characters (not bytes) of a normalised token.
std::size_t Characters(std::string_view token) {
  std::size_t count = 0;
  for (char c : token) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x80 || u >= 0xC0) ++count;
  }
  return count;
}

bool HasDigit(std::string_view token) {
  return std::any_of(token.begin(), token.end(), [](char c) { return IsDigit(c); });
}

// A restricted value, normalised and cut into word tokens.
struct Value {
  std::string_view original;
  NormalisedText norm;
  std::vector<Span> tokens;
  std::vector<bool> flex_after;  // token k is joined to token k + 1 by - or ' alone

  std::string_view Token(std::size_t k) const {
    return std::string_view{norm.text}.substr(tokens[k].begin, tokens[k].end - tokens[k].begin);
  }
};

Value Analyse(std::string_view original) {
  Value v{original, Normalise(original), {}, {}};
  v.tokens = WordTokens(v.norm.text);
  for (std::size_t k = 0; k + 1 < v.tokens.size(); ++k) {
    const std::string_view gap = std::string_view{v.norm.text}.substr(
        v.tokens[k].end, v.tokens[k + 1].begin - v.tokens[k].end);
    v.flex_after.push_back(gap.find_first_not_of("-'") == kNone);
  }
  v.flex_after.push_back(false);
  return v;
}

// Words: runs of tokens joined by hyphens or apostrophes ("amy-louise", "o'neill").
std::vector<WordRange> Words(const Value& v) {
  std::vector<WordRange> words;
  for (std::size_t k = 0; k < v.tokens.size(); ++k) {
    if (k == 0 || !v.flex_after[k - 1]) words.push_back({k, k});
    words.back().second = k + 1;
  }
  return words;
}

std::vector<std::string> FormsOf(std::string_view token, bool street_words) {
  std::vector<std::string> forms{std::string{token}};
  if (!street_words) return forms;
  for (const auto& group : kStreetWords) {
    if (!Contains(group, token)) continue;
    for (std::string_view word : group) {
      if (!word.empty() && word != token) forms.emplace_back(word);
    }
  }
  return forms;
}

// The phrase for tokens [first, last) of `v`, words joined by `between`.
Phrase MakePhrase(const Value& v, std::size_t first, std::size_t last, Join between,
                  bool street_words = false) {
  Phrase phrase;
  for (std::size_t k = first; k < last; ++k) {
    phrase.pieces.push_back({FormsOf(v.Token(k), street_words),
                             v.flex_after[k] && k + 1 < last ? Join::kFlex : between});
  }
  const Span original = v.norm.Original({v.tokens[first].begin, v.tokens[last - 1].end});
  phrase.matched = std::string{v.original.substr(original.begin, original.end - original.begin)};
  return phrase;
}

bool SamePieces(const Phrase& a, const Phrase& b) {
  if (a.pieces.size() != b.pieces.size()) return false;
  for (std::size_t k = 0; k < a.pieces.size(); ++k) {
    if (a.pieces[k].forms != b.pieces[k].forms || a.pieces[k].join != b.pieces[k].join) {
      return false;
    }
  }
  return true;
}

void AddUnique(std::vector<Phrase>& out, Phrase phrase) {
  if (phrase.pieces.empty()) return;
  for (const Phrase& existing : out) {
    if (SamePieces(existing, phrase)) return;
  }
  out.push_back(std::move(phrase));
}

bool UsableNamePart(std::string_view token) {
  return Characters(token) >= 2 && !HasDigit(token) && !Contains(kHonorifics, token);
}

std::vector<Phrase> NamePhrases(std::string_view value) {
  const Value v = Analyse(value);
  std::vector<WordRange> words = Words(v);
  if (words.size() > kMaxNameWords) words.resize(kMaxNameWords);
  std::vector<Phrase> out;
  for (std::size_t count = words.size(); count >= 1; --count) {
    for (std::size_t start = 0; start + count <= words.size(); ++start) {
      const std::size_t first = words[start].first;
      const std::size_t last = words[start + count - 1].second;
      if (last - first < 2) continue;  // a single token: below
      bool usable = false;
      for (std::size_t k = first; k < last; ++k) usable = usable || UsableNamePart(v.Token(k));
      if (usable) AddUnique(out, MakePhrase(v, first, last, Join::kWordGap));
    }
  }
  for (std::size_t k = 0; k < v.tokens.size(); ++k) {
    if (UsableNamePart(v.Token(k))) AddUnique(out, MakePhrase(v, k, k + 1, Join::kWordGap));
  }
  for (Phrase& phrase : out) phrase.plural = true;
  return out;
}

std::optional<Phrase> PostcodePhrase(std::string_view value) {
  std::string compact;
  for (char c : Normalise(value).text) {
    if (IsWordByte(c)) {
      compact += c;
    } else if (c != ' ') {
      return std::nullopt;
    }
  }
  const std::size_t n = compact.size();
  const auto letter = [](char c) { return c >= 'a' && c <= 'z'; };
  if (n < 5 || n > 7 || !letter(compact[0]) || !IsDigit(compact[n - 3]) ||
      !letter(compact[n - 2]) || !letter(compact[n - 1]) ||
      !HasDigit(std::string_view{compact}.substr(0, n - 3))) {
    return std::nullopt;
  }
  Phrase phrase;
  phrase.pieces.push_back({{compact.substr(0, n - 3)}, Join::kOptionalSpace});
  phrase.pieces.push_back({{compact.substr(n - 3)}, Join::kOptionalSpace});
  const Value v = Analyse(value);
  phrase.matched = MakePhrase(v, 0, v.tokens.size(), Join::kLoose).matched;
  return phrase;
}

bool DistinctiveAddressWord(std::string_view token) {
  return Characters(token) >= 2 && !HasDigit(token) && !Contains(kAddressGeneric, token);
}

void AddAddressLine(std::vector<Phrase>& out, std::string_view line) {
  const Value v = Analyse(line);
  if (v.tokens.empty()) return;
  if (std::optional<Phrase> postcode = PostcodePhrase(line)) {
    AddUnique(out, std::move(*postcode));
    return;
  }
  std::size_t first_word = 0;  // after the house or flat number
  while (first_word < v.tokens.size() && HasDigit(v.Token(first_word))) ++first_word;
  bool distinctive = false;
  for (std::size_t k = first_word; k < v.tokens.size(); ++k) {
    distinctive = distinctive || DistinctiveAddressWord(v.Token(k));
  }
  if (!distinctive) return;
  AddUnique(out, MakePhrase(v, 0, v.tokens.size(), Join::kLoose, true));
  if (first_word > 0) {
    AddUnique(out, MakePhrase(v, first_word, v.tokens.size(), Join::kLoose, true));
  }
}

std::vector<Phrase> AddressPhrases(std::string_view value) {
  std::vector<Phrase> out;
  const Value whole = Analyse(value);
  bool distinctive = false;
  for (std::size_t k = 0; k < whole.tokens.size(); ++k) {
    distinctive = distinctive || DistinctiveAddressWord(whole.Token(k));
  }
  if (distinctive) AddUnique(out, MakePhrase(whole, 0, whole.tokens.size(), Join::kLoose, true));
  std::size_t start = 0;
  while (start <= value.size()) {
    std::size_t stop = value.find_first_of(",;\n", start);
    if (stop == kNone) stop = value.size();
    AddAddressLine(out, value.substr(start, stop - start));
    start = stop + 1;
  }
  return out;
}

bool DistinctiveSchoolWords(const Value& v, const std::vector<WordRange>& words, std::size_t first,
                            std::size_t last) {
  for (std::size_t w = first; w < last; ++w) {
    for (std::size_t k = words[w].first; k < words[w].second; ++k) {
      const std::string_view token = v.Token(k);
      if (Characters(token) >= 2 && !HasDigit(token) && !Contains(kSchoolGeneric, token)) {
        return true;
      }
    }
  }
  return false;
}

// The whole name; without a leading "the"; and without trailing generic words ("Ashby Primary
// School", "Ashby Primary") while two words or more remain.
std::vector<Phrase> SchoolPhrases(std::string_view value) {
  const Value v = Analyse(value);
  const std::vector<WordRange> words = Words(v);
  std::vector<Phrase> out;
  if (words.empty()) return out;
  const std::size_t after_the = v.Token(words[0].first) == "the" ? 1 : 0;
  for (std::size_t end = words.size(); end > 0; --end) {
    for (std::size_t start : {std::size_t{0}, after_the}) {
      const bool whole = start == 0 && end == words.size();
      if ((whole || end - start >= 2) && end > start &&
          DistinctiveSchoolWords(v, words, start, end)) {
        AddUnique(out, MakePhrase(v, words[start].first, words[end - 1].second, Join::kWordGap));
      }
    }
    if (DistinctiveSchoolWords(v, words, end - 1, end)) break;  // strip generic words only
  }
  return out;
}

std::vector<Phrase> NhsPhrases(std::string_view value) {
  std::string digits;
  for (char c : value) {
    if (IsDigit(c)) digits += c;
  }
  if (digits.size() < 6) return {};
  Phrase phrase;
  for (char d : digits) phrase.pieces.push_back({{std::string(1, d)}, Join::kDigitGap});
  const Value v = Analyse(value);
  phrase.matched = MakePhrase(v, 0, v.tokens.size(), Join::kLoose).matched;
  return {phrase};
}

std::vector<Phrase> WholeValuePhrase(std::string_view value) {
  const Value v = Analyse(value);
  std::size_t characters = 0;
  for (std::size_t k = 0; k < v.tokens.size(); ++k) characters += Characters(v.Token(k));
  if (characters < 3) return {};
  return {MakePhrase(v, 0, v.tokens.size(), Join::kLoose)};
}

}  // namespace

std::vector<Phrase> PhrasesFor(IdentifierKind kind, std::string_view value) {
  switch (kind) {
    case IdentifierKind::kName:
      return NamePhrases(value);
    case IdentifierKind::kAddress:
      return AddressPhrases(value);
    case IdentifierKind::kPostcode:
      if (std::optional<Phrase> postcode = PostcodePhrase(value)) return {*postcode};
      return WholeValuePhrase(value);
    case IdentifierKind::kSchool:
      return SchoolPhrases(value);
    case IdentifierKind::kNhsNumber:
      return NhsPhrases(value);
    case IdentifierKind::kDateOfBirth:
    case IdentifierKind::kDateOfDeath:
    case IdentifierKind::kOtherDetail:
    case IdentifierKind::kPostcodePattern:
    case IdentifierKind::kNhsNumberPattern:
    case IdentifierKind::kNiNumberPattern:
    case IdentifierKind::kPhonePattern:
    case IdentifierKind::kEmailPattern:
    case IdentifierKind::kDateWithAge:
    case IdentifierKind::kSensitivePlace:
      return WholeValuePhrase(value);
  }
  return {};
}

Phrase PlacePhrase(std::string_view place) {
  const Value v = Analyse(place);
  std::size_t characters = 0;
  for (std::size_t k = 0; k < v.tokens.size(); ++k) characters += Characters(v.Token(k));
  if (characters < 2) return {};
  return MakePhrase(v, 0, v.tokens.size(), Join::kWordGap);
}

}  // namespace assure::domain::identifier_scan
