// The publication identifier check: see identifier_check.h.
#include "domain/learning/identifiers/identifier_check.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <tuple>
#include <utility>

#include "domain/civil_date.h"
#include "domain/learning/identifiers/identifier_scan.h"
#include "domain/text_rules.h"

namespace assure::domain {
namespace {

using identifier_scan::DateMention;
using identifier_scan::NormalisedText;
using identifier_scan::PatternMatch;
using identifier_scan::Phrase;
using identifier_scan::Span;

constexpr std::size_t kContextCharacters = 40;

// A passage found, before it becomes a hit; span is an original byte range.
struct Found {
  IdentifierKind kind = IdentifierKind::kName;
  Span span;
  std::optional<std::int64_t> case_id;
  std::string_view case_reference;
  std::string matched;
};

bool SameDay(const DateMention& mention, CivilDate date) {
  const int year = static_cast<int>(date.year());
  if (mention.day != static_cast<int>(static_cast<unsigned>(date.day())) ||
      mention.month != static_cast<int>(static_cast<unsigned>(date.month()))) {
    return false;
  }
  switch (mention.year_digits) {
    case 0:
      return true;  // "9 March": the birthday or the anniversary itself
    case 2:
      return mention.year == year % 100;
    default:
      return mention.year == year;
  }
}

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::string ContextOf(std::string_view text, std::size_t offset, std::size_t length) {
  std::size_t begin = offset;
  for (std::size_t n = 0; n < kContextCharacters && begin > 0; ++n) {
    --begin;
    while (begin > 0 && IsContinuationByte(text[begin])) --begin;
  }
  std::size_t end = offset + length;
  for (std::size_t n = 0; n < kContextCharacters && end < text.size(); ++n) {
    ++end;
    while (end < text.size() && IsContinuationByte(text[end])) ++end;
  }
  return std::string{text.substr(begin, end - begin)};
}

// FNV-1a, 64 bits: stable across builds and machines, unlike std::hash.
std::uint64_t Fnv1a(std::string_view bytes) {
  std::uint64_t hash = 14695981039346656037ull;
  for (char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return hash;
}

std::string FingerprintOf(IdentifierKind kind, std::optional<std::int64_t> case_id,
                          std::string_view passage) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::uint64_t hash = Fnv1a(identifier_scan::Normalise(passage).text);
  std::string digits(16, '0');
  for (std::size_t k = 16; k > 0; --k, hash >>= 4) digits[k - 1] = kHex[hash & 0xF];
  return std::string{IdentifierKindName(kind)} + ":" +
         (case_id ? std::to_string(*case_id) : std::string{}) + ":" + digits;
}

// Within one kind and case, drops each passage that lies inside another (or repeats it).
void DropContained(std::vector<Found>& found) {
  std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
    return std::tuple(a.kind, a.case_id, a.span.begin, b.span.end) <
           std::tuple(b.kind, b.case_id, b.span.begin, a.span.end);
  });
  std::vector<Found> kept;
  kept.reserve(found.size());
  std::size_t reach = 0;  // the furthest end among the kept passages of the current group
  for (Found& f : found) {
    const bool same_group =
        !kept.empty() && kept.back().kind == f.kind && kept.back().case_id == f.case_id;
    if (same_group && f.span.end <= reach) continue;
    reach = same_group ? std::max(reach, f.span.end) : f.span.end;
    kept.push_back(std::move(f));
  }
  found = std::move(kept);
}

void AddRestricted(const NormalisedText& norm, const std::vector<DateMention>& dates,
                   const RestrictedIdentifier& r, std::vector<Found>& found) {
  const auto add = [&](Span normalised, std::string matched) {
    found.push_back(
        {r.kind, norm.Original(normalised), r.case_id, r.case_reference, std::move(matched)});
  };
  if (r.kind == IdentifierKind::kDateOfBirth || r.kind == IdentifierKind::kDateOfDeath) {
    if (const std::optional<CivilDate> date = ParseCivilDate(TrimName(r.value))) {
      for (const DateMention& mention : dates) {
        if (SameDay(mention, *date)) add(mention.span, r.value);
      }
      return;
    }
  }
  for (const Phrase& phrase : identifier_scan::PhrasesFor(r.kind, r.value)) {
    for (const Span& span : identifier_scan::FindPhrase(norm.text, phrase)) {
      add(span, phrase.matched);
    }
  }
}

}  // namespace

std::string_view IdentifierKindName(IdentifierKind kind) {
  switch (kind) {
    case IdentifierKind::kName:
      return "name";
    case IdentifierKind::kDateOfBirth:
      return "date_of_birth";
    case IdentifierKind::kDateOfDeath:
      return "date_of_death";
    case IdentifierKind::kAddress:
      return "address";
    case IdentifierKind::kPostcode:
      return "postcode";
    case IdentifierKind::kSchool:
      return "school";
    case IdentifierKind::kNhsNumber:
      return "nhs_number";
    case IdentifierKind::kOtherDetail:
      return "other_detail";
    case IdentifierKind::kPostcodePattern:
      return "postcode_pattern";
    case IdentifierKind::kNhsNumberPattern:
      return "nhs_number_pattern";
    case IdentifierKind::kNiNumberPattern:
      return "ni_number_pattern";
    case IdentifierKind::kPhonePattern:
      return "phone_pattern";
    case IdentifierKind::kEmailPattern:
      return "email_pattern";
    case IdentifierKind::kDateWithAge:
      return "date_with_age";
    case IdentifierKind::kSensitivePlace:
      return "sensitive_place";
  }
  return "unknown";
}

bool IsSpecific(IdentifierKind kind) {
  switch (kind) {
    case IdentifierKind::kName:
    case IdentifierKind::kDateOfBirth:
    case IdentifierKind::kDateOfDeath:
    case IdentifierKind::kAddress:
    case IdentifierKind::kPostcode:
    case IdentifierKind::kSchool:
    case IdentifierKind::kNhsNumber:
    case IdentifierKind::kOtherDetail:
      return true;
    case IdentifierKind::kPostcodePattern:
    case IdentifierKind::kNhsNumberPattern:
    case IdentifierKind::kNiNumberPattern:
    case IdentifierKind::kPhonePattern:
    case IdentifierKind::kEmailPattern:
    case IdentifierKind::kDateWithAge:
    case IdentifierKind::kSensitivePlace:
      return false;
  }
  return false;
}

std::vector<IdentifierHit> CheckIdentifiers(const IdentifierCheckInput& input) {
  const NormalisedText norm = identifier_scan::Normalise(input.text);
  const std::vector<Span> tokens = identifier_scan::WordTokens(norm.text);
  const std::vector<DateMention> dates = identifier_scan::FindDates(norm.text, tokens);

  std::vector<Found> found;
  for (const RestrictedIdentifier& r : input.restricted) AddRestricted(norm, dates, r, found);
  for (const std::string& place : input.sensitive_places) {
    const Phrase phrase = identifier_scan::PlacePhrase(place);
    for (const Span& span : identifier_scan::FindPhrase(norm.text, phrase)) {
      found.push_back(
          {IdentifierKind::kSensitivePlace, norm.Original(span), std::nullopt, {}, place});
    }
  }
  std::vector<PatternMatch> patterns;
  identifier_scan::FindNumberPatterns(norm.text, tokens, patterns);
  identifier_scan::FindDatesWithAge(norm.text, tokens, dates, patterns);
  for (const PatternMatch& p : patterns) {
    found.push_back({p.kind, norm.Original(p.span), std::nullopt, {}, std::string{p.what}});
  }
  for (const Span& span : identifier_scan::FindEmails(input.text)) {
    found.push_back({IdentifierKind::kEmailPattern, span, std::nullopt, {}, "an email address"});
  }
  for (Found& f : found) {
    if (f.kind == IdentifierKind::kPhonePattern && f.span.begin > 0 &&
        input.text[f.span.begin - 1] == '(') {
      --f.span.begin;  // "(0113) 496 0000": the bracket opened before the dialling code
    }
  }
  DropContained(found);

  std::vector<IdentifierHit> hits;
  hits.reserve(found.size());
  for (Found& f : found) {
    const std::size_t length = f.span.end - f.span.begin;
    std::string text{input.text.substr(f.span.begin, length)};
    std::string fingerprint = FingerprintOf(f.kind, f.case_id, text);
    hits.push_back({f.kind, f.span.begin, length, std::move(text),
                    ContextOf(input.text, f.span.begin, length), f.case_id,
                    std::string{f.case_reference}, std::move(f.matched), std::move(fingerprint)});
  }
  std::sort(hits.begin(), hits.end(), [](const IdentifierHit& a, const IdentifierHit& b) {
    return std::tuple(a.offset, a.kind, a.case_id, b.length) <
           std::tuple(b.offset, b.kind, b.case_id, a.length);
  });
  return hits;
}

}  // namespace assure::domain
