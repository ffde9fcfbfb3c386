// Generic patterns of the identifier check (postcodes, NHS, National Insurance and telephone
// numbers, email addresses), and dates, ages and an exact date next to an age: see
// identifier_scan.h.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "domain/learning/identifiers/identifier_scan.h"

namespace assure::domain::identifier_scan {
namespace {

constexpr std::size_t kNone = std::string_view::npos;

bool IsLetter(char c) { return c >= 'a' && c <= 'z'; }
bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool OneOf(char c, std::string_view set) { return set.find(c) != kNone; }

bool AllDigits(std::string_view t) {
  return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return IsDigit(c); });
}

// A space or a dash, alone, between the groups of a number.
bool DigitGroupGap(std::string_view gap) { return gap == " " || gap == "-"; }

// The outward code (A9, A99, AA9, AA99, A9A, AA9A) with the letters each position may hold.
bool ValidOutward(std::string_view o) {
  if (o.size() < 2 || o.size() > 4 || !IsLetter(o[0]) || OneOf(o[0], "qvx")) return false;
  if (IsDigit(o[1])) {
    if (o.size() == 2) return true;
    return o.size() == 3 && (IsDigit(o[2]) || OneOf(o[2], "abcdefghjkpstuw"));
  }
  if (!IsLetter(o[1]) || OneOf(o[1], "ijz") || o.size() < 3 || !IsDigit(o[2])) return false;
  return o.size() == 3 || IsDigit(o[3]) || OneOf(o[3], "abehmnprvwxy");
}

bool ValidPostcode(std::string_view outward, std::string_view inward) {
  if (outward == "gir" && inward == "0aa") return true;
  return ValidOutward(outward) && inward.size() == 3 && IsDigit(inward[0]) && IsLetter(inward[1]) &&
         IsLetter(inward[2]) && !OneOf(inward[1], "cikmov") && !OneOf(inward[2], "cikmov");
}

void FindPostcodes(const Tokens& t, std::vector<PatternMatch>& out) {
  for (std::size_t i = 0; i < t.size(); ++i) {
    const std::string_view token = t[i];
    const std::size_t n = token.size();
    if (n >= 5 && n <= 7 && ValidPostcode(token.substr(0, n - 3), token.substr(n - 3))) {
      out.push_back({IdentifierKind::kPostcodePattern, t.Cover(i, i), "a UK postcode"});
    } else if (t.HasNext(i) && t.GapAfter(i) == " " && ValidPostcode(token, t[i + 1])) {
      out.push_back({IdentifierKind::kPostcodePattern, t.Cover(i, i + 1), "a UK postcode"});
      ++i;
    }
  }
}

void FindNhsNumbers(const Tokens& t, std::vector<PatternMatch>& out) {
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i].size() == 10 && NhsChecksumValid(t[i])) {
      out.push_back({IdentifierKind::kNhsNumberPattern, t.Cover(i, i), "an NHS number"});
      continue;
    }
    if (i + 2 >= t.size() || t[i].size() != 3 || t[i + 1].size() != 3 || t[i + 2].size() != 4 ||
        !DigitGroupGap(t.GapAfter(i)) || !DigitGroupGap(t.GapAfter(i + 1))) {
      continue;
    }
    const std::string digits = std::string{t[i]} + std::string{t[i + 1]} + std::string{t[i + 2]};
    if (NhsChecksumValid(digits)) {
      out.push_back({IdentifierKind::kNhsNumberPattern, t.Cover(i, i + 2), "an NHS number"});
      i += 2;
    }
  }
}

// HMRC: the first letter is not D, F, I, Q, U or V; the second not D, F, I, O, Q, U or V; and the
// pair is not BG, GB, KN, NK, NT, TN or ZZ.
bool ValidNiPrefix(std::string_view prefix) {
  if (OneOf(prefix[0], "dfiquv") || OneOf(prefix[1], "dfioquv")) return false;
  for (std::string_view banned : {"bg", "gb", "kn", "nk", "nt", "tn", "zz"}) {
    if (prefix == banned) return false;
  }
  return true;
}

// "AB123456C", "AB 12 34 56 C", "AB 123456 C": two letters, six digits, a suffix A to D.
void FindNiNumbers(const Tokens& t, std::vector<PatternMatch>& out) {
  for (std::size_t i = 0; i < t.size(); ++i) {
    const std::string_view first = t[i];
    if (first.size() < 2 || first.size() > 9 || !IsLetter(first[0]) || !IsLetter(first[1])) {
      continue;
    }
    std::string joined{first};
    std::size_t last = i;
    while (joined.size() < 9 && t.HasNext(last) && t.GapAfter(last) == " ") joined += t[++last];
    if (joined.size() != 9 || !AllDigits(std::string_view{joined}.substr(2, 6)) ||
        !OneOf(joined[8], "abcd") || !ValidNiPrefix(std::string_view{joined}.substr(0, 2))) {
      continue;
    }
    out.push_back(
        {IdentifierKind::kNiNumberPattern, t.Cover(i, last), "a National Insurance number"});
    i = last;
  }
}

// "01632 960 001", "07700 900123", "(0113) 496 0000" (brackets are spaces by now), "+44 7700
// 900123", "+44 (0)113 496 0000": 0 and 9 or 10 more digits, or +44 and 9 or 10 digits.
void FindPhones(std::string_view text, const std::vector<Span>& spans, const Tokens& t,
                std::vector<PatternMatch>& out) {
  for (std::size_t i = 0; i < t.size(); ++i) {
    const std::string_view first = t[i];
    if (!AllDigits(first)) continue;
    const std::size_t begin = spans[i].begin;
    const bool international = first.substr(0, 2) == "44" && begin > 0 && text[begin - 1] == '+';
    if (!international && first[0] != '0') continue;
    const std::size_t min = international ? 9 : 10;  // digits, counting a national leading 0
    const std::size_t max = min + 1;
    std::size_t digits = international ? first.size() - 2 : first.size();
    std::size_t best = digits >= min && digits <= max ? i : kNone;
    std::size_t k = i;
    while (digits < max && t.HasNext(k) && DigitGroupGap(t.GapAfter(k)) && AllDigits(t[k + 1])) {
      ++k;
      if (international && k == i + 1 && first.size() == 2 && t[k] == "0") continue;  // (0)
      digits += t[k].size();
      if (digits >= min && digits <= max) best = k;
    }
    if (best == kNone) continue;
    Span span = t.Cover(i, best);
    if (international) --span.begin;  // the "+"
    out.push_back({IdentifierKind::kPhonePattern, span, "a UK telephone number"});
    i = best;
  }
}

bool IsEmailLocal(char c) { return IsAsciiAlnum(c) || OneOf(c, "._%+-'\\"); }
bool IsEmailDomain(char c) { return IsAsciiAlnum(c) || c == '.' || c == '-'; }

constexpr std::size_t kMaxWordsBetweenDateAndAge = 8;

constexpr auto kMonths =
    std::to_array<std::string_view>({"january", "february", "march", "april", "may", "june", "july",
                                     "august", "september", "october", "november", "december"});

constexpr auto kNumberWords = std::to_array<std::string_view>(
    {"one",     "two",     "three",     "four",     "five",     "six",      "seven",
     "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen", "fourteen",
     "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"});

constexpr auto kAgeUnits =
    std::to_array<std::string_view>({"year", "years", "yr", "yrs", "month", "months", "mth", "mths",
                                     "week", "weeks", "wk", "wks", "day", "days", "yo"});

int Number(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

int MonthOf(std::string_view t) {
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    if (t == kMonths[m] || (t.size() == 3 && kMonths[m].substr(0, 3) == t)) {
      return static_cast<int>(m) + 1;
    }
  }
  return t == "sept" ? 9 : 0;
}

// 1..31 for "9", "09", "9th", "1st", "22nd", "3rd"; 0 otherwise.
int DayOf(std::string_view t) {
  std::size_t digits = 0;
  while (digits < t.size() && IsDigit(t[digits])) ++digits;
  if (digits == 0 || digits > 2) return 0;
  const std::string_view suffix = t.substr(digits);
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") {
    return 0;
  }
  const int day = Number(t.substr(0, digits));
  return day >= 1 && day <= 31 ? day : 0;
}

int YearOf(std::string_view t) {
  if (t.size() != 4 || !AllDigits(t)) return 0;
  const int year = Number(t);
  return year >= 1900 && year <= 2199 ? year : 0;
}

// Between the words of a written date: "9 March", "March 9, 2014", "9-Mar-2014", "9 Mar. 2014".
bool DateGap(std::string_view gap) {
  return !gap.empty() && gap.size() <= 3 &&
         gap.find_first_not_of(" ,.-/") == std::string_view::npos;
}

// "09/03/2014", "9/3/14", "09.03.2014", "09-03-2014", "2014-03-09" starting at token i.
bool NumericDate(const Tokens& t, std::size_t i, DateMention& date) {
  if (i + 2 >= t.size() || !AllDigits(t[i]) || !AllDigits(t[i + 1]) || !AllDigits(t[i + 2])) {
    return false;
  }
  const std::string_view sep = t.GapAfter(i);
  if (sep.size() != 1 || sep != t.GapAfter(i + 1) || sep.find_first_of("/.-") != 0) return false;
  if (i > 0 && t.GapAfter(i - 1) == sep && AllDigits(t[i - 1])) return false;  // "1.2.3.4"
  if (t.HasNext(i + 2) && t.GapAfter(i + 2) == sep && AllDigits(t[i + 3])) return false;
  const std::string_view a = t[i];
  const std::string_view b = t[i + 1];
  const std::string_view c = t[i + 2];
  if (a.size() == 4 && b.size() <= 2 && c.size() <= 2) {
    date.year = Number(a);
    date.month = Number(b);
    date.day = Number(c);
    date.year_digits = 4;
  } else if (a.size() <= 2 && b.size() <= 2 && (c.size() == 2 || c.size() == 4)) {
    date.day = Number(a);
    date.month = Number(b);
    date.year = Number(c);
    date.year_digits = static_cast<int>(c.size());
  } else {
    return false;
  }
  date.first_token = i;
  date.last_token = i + 2;
  return date.day >= 1 && date.day <= 31 && date.month >= 1 && date.month <= 12 &&
         (date.year_digits == 2 || (date.year >= 1900 && date.year <= 2199));
}

// An optional year after token `last` of a written date.
void ReadYear(const Tokens& t, DateMention& date) {
  const std::size_t last = date.last_token;
  if (t.HasNext(last) && DateGap(t.GapAfter(last)) && YearOf(t[last + 1]) != 0) {
    date.year = YearOf(t[last + 1]);
    date.year_digits = 4;
    date.last_token = last + 1;
  }
}

// "9 March 2014", "9th of March 2014", "9 Mar 2014", "March 9, 2014", "9 March", "March 9".
bool WrittenDate(const Tokens& t, std::size_t i, DateMention& date) {
  if (const int day = DayOf(t[i]); day != 0 && t.HasNext(i) && DateGap(t.GapAfter(i))) {
    std::size_t m = i + 1;
    if (t[m] == "of" && t.HasNext(m) && t.GapAfter(m) == " ") ++m;
    if (const int month = MonthOf(t[m]); month != 0) {
      date = {{}, i, m, day, month, 0, 0};
      ReadYear(t, date);
      return true;
    }
  }
  if (const int month = MonthOf(t[i]); month != 0 && t.HasNext(i) && DateGap(t.GapAfter(i))) {
    if (const int day = DayOf(t[i + 1]); day != 0) {
      date = {{}, i, i + 1, day, month, 0, 0};
      ReadYear(t, date);
      return true;
    }
  }
  return false;
}

struct AgeMention {
  std::size_t first_token = 0;
  std::size_t last_token = 0;
};

bool IsAgeNumber(std::string_view t) {
  if (AllDigits(t)) return t.size() <= 3 && Number(t) <= 120;
  return std::find(kNumberWords.begin(), kNumberWords.end(), t) != kNumberWords.end();
}

bool IsAgeUnit(std::string_view t) {
  return std::find(kAgeUnits.begin(), kAgeUnits.end(), t) != kAgeUnits.end();
}

bool AgeGap(std::string_view gap) { return gap == " " || gap == "-" || gap == ": " || gap == ":"; }

// "aged 7", "age 7", "aged 18 months", "7 years old", "7-year-old", "18 months old".
std::vector<AgeMention> FindAges(const Tokens& t) {
  std::vector<AgeMention> ages;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const auto joined = [&](std::size_t k) { return t.HasNext(k) && AgeGap(t.GapAfter(k)); };
    if ((t[i] == "aged" || t[i] == "age") && joined(i) && IsAgeNumber(t[i + 1])) {
      std::size_t last = i + 1;
      if (joined(last) && IsAgeUnit(t[last + 1])) {
        ++last;
        if (joined(last) && t[last + 1] == "old") ++last;
      }
      ages.push_back({i, last});
      i = last;
    } else if (IsAgeNumber(t[i]) && joined(i) && IsAgeUnit(t[i + 1]) && joined(i + 1) &&
               t[i + 2] == "old") {
      ages.push_back({i, i + 2});
      i += 2;
    }
  }
  return ages;
}

}  // namespace

bool NhsChecksumValid(std::string_view digits) {
  if (digits.size() != 10 || !AllDigits(digits)) return false;
  int sum = 0;
  for (std::size_t k = 0; k < 9; ++k) sum += (digits[k] - '0') * static_cast<int>(10 - k);
  int check = 11 - sum % 11;
  if (check == 11) check = 0;
  return check != 10 && check == digits[9] - '0';
}

void FindNumberPatterns(std::string_view normalised, const std::vector<Span>& spans,
                        std::vector<PatternMatch>& out) {
  const Tokens t(normalised, spans);
  FindPostcodes(t, out);
  FindNhsNumbers(t, out);
  FindNiNumbers(t, out);
  FindPhones(normalised, spans, t, out);
}

std::vector<Span> FindEmails(std::string_view text) {
  std::vector<Span> emails;
  for (std::size_t at = text.find('@'); at != kNone; at = text.find('@', at + 1)) {
    std::size_t begin = at;
    while (begin > 0 && IsEmailLocal(text[begin - 1])) --begin;
    while (begin < at && !IsAsciiAlnum(text[begin])) ++begin;  // leading quotes, dots, escapes
    std::size_t end = at + 1;
    while (end < text.size() && IsEmailDomain(text[end])) ++end;
    while (end > at + 1 && !IsAsciiAlnum(text[end - 1])) --end;  // a full stop after it
    const std::string_view domain = text.substr(at + 1, end - at - 1);
    const std::size_t dot = domain.rfind('.');
    if (begin == at || dot == kNone || dot == 0 || domain.find("..") != kNone) continue;
    const std::string_view top = domain.substr(dot + 1);
    const bool letters = std::all_of(top.begin(), top.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    });
    if (top.size() >= 2 && letters) emails.push_back({begin, end});
  }
  return emails;
}

std::vector<DateMention> FindDates(std::string_view normalised, const std::vector<Span>& spans) {
  const Tokens t(normalised, spans);
  std::vector<DateMention> dates;
  for (std::size_t i = 0; i < t.size(); ++i) {
    DateMention date;
    if (NumericDate(t, i, date) || WrittenDate(t, i, date)) {
      date.span = t.Cover(date.first_token, date.last_token);
      dates.push_back(date);
      i = date.last_token;
    }
  }
  return dates;
}

void FindDatesWithAge(std::string_view normalised, const std::vector<Span>& spans,
                      const std::vector<DateMention>& dates, std::vector<PatternMatch>& out) {
  const Tokens t(normalised, spans);
  const std::vector<AgeMention> ages = FindAges(t);
  for (const DateMention& date : dates) {
    const AgeMention* nearest = nullptr;
    std::size_t nearest_distance = kMaxWordsBetweenDateAndAge + 1;
    for (const AgeMention& age : ages) {
      std::size_t distance = 0;  // words strictly between the two
      if (age.first_token > date.last_token) distance = age.first_token - date.last_token - 1;
      if (date.first_token > age.last_token) distance = date.first_token - age.last_token - 1;
      if (distance < nearest_distance) {
        nearest = &age;
        nearest_distance = distance;
      }
    }
    if (nearest == nullptr) continue;
    const Span span = t.Cover(std::min(date.first_token, nearest->first_token),
                              std::max(date.last_token, nearest->last_token));
    out.push_back({IdentifierKind::kDateWithAge, span, "an exact date next to an age"});
  }
}

}  // namespace assure::domain::identifier_scan
