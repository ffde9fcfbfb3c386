// The normalised text of the identifier check, and phrases found in it: see identifier_scan.h.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "domain/learning/identifiers/identifier_scan.h"
#include "domain/utf8.h"

namespace assure::domain::identifier_scan {
namespace {

constexpr std::size_t kNone = std::string_view::npos;

// U+00C0..U+017F (Latin-1 Supplement letters and Latin Extended-A) folded to lower-case ASCII;
// "" for the multiplication and division signs, which separate words.
constexpr std::array<std::string_view, 0xC0> kLatinFold = {
    "a", "a", "a",  "a",  "a", "a", "ae", "c",  "e",  "e", "e", "e", "i",  "i",  "i", "i", "d", "n",
    "o", "o", "o",  "o",  "o", "",  "o",  "u",  "u",  "u", "u", "y", "th", "ss", "a", "a", "a", "a",
    "a", "a", "ae", "c",  "e", "e", "e",  "e",  "i",  "i", "i", "i", "d",  "n",  "o", "o", "o", "o",
    "o", "",  "o",  "u",  "u", "u", "u",  "y",  "th", "y", "a", "a", "a",  "a",  "a", "a", "c", "c",
    "c", "c", "c",  "c",  "c", "c", "d",  "d",  "d",  "d", "e", "e", "e",  "e",  "e", "e", "e", "e",
    "e", "e", "g",  "g",  "g", "g", "g",  "g",  "g",  "g", "h", "h", "h",  "h",  "i", "i", "i", "i",
    "i", "i", "i",  "i",  "i", "i", "ij", "ij", "j",  "j", "k", "k", "k",  "l",  "l", "l", "l", "l",
    "l", "l", "l",  "l",  "l", "n", "n",  "n",  "n",  "n", "n", "n", "n",  "n",  "o", "o", "o", "o",
    "o", "o", "oe", "oe", "r", "r", "r",  "r",  "r",  "r", "s", "s", "s",  "s",  "s", "s", "s", "s",
    "t", "t", "t",  "t",  "t", "t", "u",  "u",  "u",  "u", "u", "u", "u",  "u",  "u", "u", "u", "u",
    "w", "w", "y",  "y",  "y", "z", "z",  "z",  "z",  "z", "z", "s",
};

// What one source character becomes.
enum class Fate { kSeparator, kDrop, kEmit };

// Markdown markup and white space separate words; so do the other control characters.
constexpr std::string_view kAsciiSeparators = " \t\n\r\f\v*_`#>[]()~|\\";

Fate FoldAscii(char c, std::string& chars) {
  if (kAsciiSeparators.find(c) != kNone || static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
    return Fate::kSeparator;
  }
  chars += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return Fate::kEmit;
}

bool IsSpaceOrPunctuation(char32_t c) {
  return (c >= 0xA0 && c <= 0xBF) || c == 0xD7 || c == 0xF7 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x206F) || c == 0x3000 || (c >= 0x3001 && c <= 0x3003);
}

// Folds one code point into `chars` (cleared first).
Fate Fold(char32_t c, std::string& chars) {
  chars.clear();
  if (c < 0x80) return FoldAscii(static_cast<char>(c), chars);
  if (c == 0xAD || (c >= 0x300 && c <= 0x36F) || (c >= 0x200B && c <= 0x200D) || c == 0x2060 ||
      c == 0xFEFF || (c >= 0xFE00 && c <= 0xFE0F)) {
    return Fate::kDrop;  // soft hyphen, combining marks, zero-width characters, variation selectors
  }
  if (c == 0x2018 || c == 0x2019 || c == 0x201B || c == 0x2032 || c == 0xB4 || c == 0x2BC) {
    chars = "'";
    return Fate::kEmit;
  }
  if ((c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE58 || c == 0xFE63 || c == 0xFF0D) {
    chars = "-";
    return Fate::kEmit;
  }
  if (c >= 0xC0 && c < 0x180 && !kLatinFold[c - 0xC0].empty()) {
    chars = kLatinFold[c - 0xC0];
    return Fate::kEmit;
  }
  if (IsSpaceOrPunctuation(c)) return Fate::kSeparator;
  if (c >= 0xFF01 && c <= 0xFF5E) return Fold(c - 0xFEE0, chars);  // full-width ASCII
  if (c >= 0x218 && c <= 0x21B) {
    chars = c < 0x21A ? "s" : "t";  // Romanian comma-below letters
    return Fate::kEmit;
  }
  if ((c >= 0x1E80 && c <= 0x1E85) || c == 0x1EF2 || c == 0x1EF3) {
    chars = c < 0x1E86 ? "w" : "y";  // Welsh grave, acute and diaeresis
    return Fate::kEmit;
  }
  char32_t lower = c;
  if ((c >= 0x391 && c <= 0x3A9) || (c >= 0x410 && c <= 0x42F)) lower = c + 0x20;
  if (c >= 0x400 && c <= 0x40F) lower = c + 0x50;
  AppendUtf8(lower, chars);
  return Fate::kEmit;
}

struct NamedEntity {
  std::string_view name;
  char32_t code;
};
constexpr std::array<NamedEntity, 16> kNamedEntities = {{
    {"amp", U'&'},
    {"lt", U'<'},
    {"gt", U'>'},
    {"quot", U'"'},
    {"apos", U'\''},
    {"nbsp", 0xA0},
    {"rsquo", 0x2019},
    {"lsquo", 0x2018},
    {"ndash", 0x2013},
    {"mdash", 0x2014},
    {"shy", 0xAD},
    {"hellip", 0x2026},
    {"szlig", 0xDF},
    {"aelig", 0xE6},
    {"oelig", 0x153},
    {"thorn", 0xFE},
}};
constexpr auto kAccentEntities = std::to_array<std::string_view>(
    {"uml", "acute", "grave", "circ", "tilde", "ring", "cedil", "slash"});

// The code point of the HTML entity starting at s[i] == '&' and its length, or length 0.
std::size_t DecodeEntity(std::string_view s, std::size_t i, char32_t& code) {
  const std::size_t semi = s.find(';', i + 1);
  if (semi == std::string_view::npos || semi - i < 3 || semi - i > 10) return 0;
  const std::string_view body = s.substr(i + 1, semi - i - 1);
  const std::size_t length = semi - i + 1;
  if (body[0] == '#') {
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    char32_t value = 0;
    std::size_t digits = 0;
    for (char c : body.substr(hex ? 2 : 1)) {
      int d = -1;
      if (c >= '0' && c <= '9') d = c - '0';
      if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
      if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
      if (d < 0 || ++digits > 7) return 0;
      value = value * (hex ? 16u : 10u) + static_cast<char32_t>(d);
    }
    if (digits == 0 || value == 0 || value > 0x10FFFF) return 0;
    code = value;
    return length;
  }
  std::string lower;
  for (char c : body) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  for (const NamedEntity& entity : kNamedEntities) {
    if (entity.name == lower) {
      code = entity.code;
      return length;
    }
  }
  const char letter = body[0];
  const bool is_letter = (letter >= 'a' && letter <= 'z') || (letter >= 'A' && letter <= 'Z');
  for (std::string_view accent : kAccentEntities) {
    if (is_letter && body.substr(1) == accent) {
      code = static_cast<unsigned char>(letter);
      return length;
    }
  }
  return 0;
}

// Builds the normalised text one source character at a time.
class Builder {
 public:
  explicit Builder(std::size_t capacity) {
    out_.text.reserve(capacity);
    out_.begin.reserve(capacity);
    out_.end.reserve(capacity);
  }
  void Separate(std::size_t at) {
    if (!pending_space_) space_at_ = at;
    pending_space_ = true;
  }
  void Emit(std::string_view chars, std::size_t begin, std::size_t end) {
    if (pending_space_ && !out_.text.empty() && out_.text.back() != ' ') {
      Push(' ', space_at_, space_at_ + 1);
    }
    pending_space_ = false;
    for (char c : chars) Push(c, begin, end);
  }
  void Barrier(std::size_t begin, std::size_t end) {
    pending_space_ = false;
    Push(kBarrier, begin, end);
  }
  NormalisedText Take() { return std::move(out_); }

 private:
  void Push(char c, std::size_t begin, std::size_t end) {
    out_.text += c;
    out_.begin.push_back(begin);
    out_.end.push_back(end);
  }
  NormalisedText out_;
  bool pending_space_ = false;
  std::size_t space_at_ = 0;
};

struct GapRule {
  std::size_t min = 0;
  std::size_t max = 0;
  std::string_view allowed;  // empty: any byte that is neither a word byte nor kBarrier
};

GapRule RuleFor(Join join) {
  switch (join) {
    case Join::kWordGap:
      return {1, 4, " -."};
    case Join::kFlex:
      return {0, 3, " -'"};
    case Join::kLoose:
      return {1, 6, ""};
    case Join::kOptionalSpace:
      return {0, 1, " "};
    case Join::kDigitGap:
      return {0, 3, " -"};
  }
  return {0, 0, ""};
}

// Consumes the gap after a piece; kNone if the text there is not one `join` allows.
std::size_t SkipGap(std::string_view text, std::size_t pos, Join join) {
  const GapRule rule = RuleFor(join);
  std::size_t end = pos;
  while (end < text.size() && end - pos <= rule.max) {
    const char c = text[end];
    const bool fits =
        rule.allowed.empty() ? !IsWordByte(c) && c != kBarrier : rule.allowed.find(c) != kNone;
    if (!fits) break;
    ++end;
  }
  const std::size_t length = end - pos;
  return length < rule.min || length > rule.max ? kNone : end;
}

// The end of the longest match of the pieces after `index`, piece `index` having ended at `pos`.
std::size_t MatchRest(std::string_view text, const Phrase& phrase, std::size_t index,
                      std::size_t pos) {
  const auto ends_word = [&](std::size_t at) { return at == text.size() || !IsWordByte(text[at]); };
  if (index + 1 == phrase.pieces.size()) {
    return ends_word(pos) || (phrase.plural && text[pos] == 's' && ends_word(pos + 1)) ? pos
                                                                                       : kNone;
  }
  const std::size_t next = SkipGap(text, pos, phrase.pieces[index].join);
  if (next == kNone) return kNone;
  std::size_t best = kNone;
  for (const std::string& form : phrase.pieces[index + 1].forms) {
    if (text.compare(next, form.size(), form) != 0) continue;
    const std::size_t end = MatchRest(text, phrase, index + 1, next + form.size());
    if (end != kNone && (best == kNone || end > best)) best = end;
  }
  return best;
}

}  // namespace

NormalisedText Normalise(std::string_view in) {
  Builder builder(in.size());
  std::string chars;
  bool in_link = false;  // inside a link destination "](...)"
  int depth = 0;         // parentheses open inside the destination
  std::size_t i = 0;
  while (i < in.size()) {
    const char c = in[i];
    if (!in_link && c == ']' && i + 1 < in.size() && in[i + 1] == '(') {
      builder.Barrier(i, i + 2);
      in_link = true;
      depth = 0;
      i += 2;
      continue;
    }
    if (in_link && (c == '\n' || (c == ')' && depth == 0))) {
      builder.Barrier(i, i + 1);
      in_link = false;
      ++i;
      continue;
    }
    if (in_link && c == '(') ++depth;
    if (in_link && c == ')') --depth;
    Utf8Character decoded = DecodeUtf8(in, i);
    if (c == '&') {
      char32_t code = 0;
      if (const std::size_t length = DecodeEntity(in, i, code); length > 0) {
        decoded = {code, length, true};
      }
    }
    const std::size_t next = i + decoded.length;
    const Fate fate = decoded.valid ? Fold(decoded.code, chars) : Fate::kSeparator;
    switch (fate) {
      case Fate::kSeparator:
        builder.Separate(i);
        break;
      case Fate::kDrop:
        break;
      case Fate::kEmit:
        builder.Emit(chars, i, next);
        break;
    }
    i = next;
  }
  return builder.Take();
}

std::vector<Span> WordTokens(std::string_view normalised) {
  std::vector<Span> tokens;
  std::size_t i = 0;
  while (i < normalised.size()) {
    if (!IsWordByte(normalised[i])) {
      ++i;
      continue;
    }
    const std::size_t begin = i;
    while (i < normalised.size() && IsWordByte(normalised[i])) ++i;
    tokens.push_back({begin, i});
  }
  return tokens;
}

std::vector<Span> FindPhrase(std::string_view text, const Phrase& phrase) {
  std::vector<Span> spans;
  if (phrase.pieces.empty()) return spans;
  for (const std::string& form : phrase.pieces.front().forms) {
    if (form.empty()) continue;
    for (std::size_t pos = text.find(form); pos != kNone; pos = text.find(form, pos + 1)) {
      if (pos > 0 && IsWordByte(text[pos - 1])) continue;
      const std::size_t end = MatchRest(text, phrase, 0, pos + form.size());
      if (end != kNone) spans.push_back({pos, end});
    }
  }
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  spans.erase(std::unique(spans.begin(), spans.end(),
                          [](const Span& a, const Span& b) { return a.begin == b.begin; }),
              spans.end());
  return spans;
}

}  // namespace assure::domain::identifier_scan
