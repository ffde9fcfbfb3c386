// The publication identifier check: finds every passage of a learning briefing (Markdown) that
// could identify a harmed child or adult, so that nothing identifying is published. It looks for
// the details held in the restricted details of the briefing's linked cases (names, dates of birth
// and death, addresses, postcodes, schools and settings, NHS numbers, other details) in any common
// written form, for generic patterns that need no case (postcodes, NHS and National Insurance
// numbers, telephone numbers, email addresses, an exact date next to an age) and for the
// partnership's sensitive places. The briefing workflow calls it before approval and publication;
// a person removes each hit or accepts it by its fingerprint.
//
// Pure: no I/O, no clock, no state. Safe to call from any thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace assure::domain {

enum class IdentifierKind {
  // Specific: a detail from a linked case's restricted details.
  kName,
  kDateOfBirth,
  kDateOfDeath,
  kAddress,
  kPostcode,
  kSchool,
  kNhsNumber,
  kOtherDetail,
  // Generic patterns: found without any case.
  kPostcodePattern,
  kNhsNumberPattern,
  kNiNumberPattern,
  kPhonePattern,
  kEmailPattern,
  kDateWithAge,
  kSensitivePlace,
};

// "name", "date_of_birth", ..., "sensitive_place": the storage and wire form.
std::string_view IdentifierKindName(IdentifierKind kind);
// True for the eight kinds that come from a linked case (kName .. kOtherDetail).
bool IsSpecific(IdentifierKind kind);

// One identifying detail held in a linked case's restricted details.
struct RestrictedIdentifier {
  IdentifierKind kind = IdentifierKind::kName;
  std::int64_t case_id = 0;    // the linked case
  std::string case_reference;  // e.g. "NS-2025-12", for the message others see
  // The detail as recorded: "Amy-Louise O'Neill", "2014-03-09" (ISO for dates), "12 Mill Lane,
  // Ashby", "AB1 2CD", "Ashby Primary School", "943 476 5919", or free text.
  std::string value;
};

struct IdentifierHit {
  IdentifierKind kind = IdentifierKind::kName;
  std::size_t offset = 0;  // byte offset in the checked text where the matched passage starts
  std::size_t length = 0;  // byte length of the matched passage in the checked text
  std::string text;        // the passage exactly as in the checked text: [offset, offset + length)
  std::string context;     // the passage with up to 40 characters either side (UTF-8 safe cut)
  std::optional<std::int64_t> case_id;  // set for specific kinds
  std::string case_reference;           // set for specific kinds
  // What it matched: for specific kinds the restricted value or the part of it that matched (one
  // name part, one address line); for patterns a short description such as "a UK postcode".
  std::string matched;
  // Stable key: "<kind>:<case id or empty>:<16 hex digits hashing the normalised passage>". The
  // same passage gives the same key wherever it stands, so an acceptance survives edits elsewhere;
  // it holds neither offsets nor the passage itself.
  std::string fingerprint;
};

struct IdentifierCheckInput {
  std::string_view text;                             // Markdown
  std::span<const RestrictedIdentifier> restricted;  // from every linked case
  std::span<const std::string> sensitive_places;     // the partnership's sensitive local places
};

// Every identifying passage of input.text, sorted by offset, then kind, then case; no two hits
// share offset, length, kind and case. Within one kind and case, a passage inside a longer hit is
// not reported again ("Amy" inside "Amy-Louise Farrow").
//
// Matching works on a normalised copy of the text (lower case, accents folded, Markdown markup
// and white space runs as one separator, curly apostrophes as straight ones, HTML entities
// decoded, link destinations kept apart from the surrounding words), whole words only.
std::vector<IdentifierHit> CheckIdentifiers(const IdentifierCheckInput& input);

}  // namespace assure::domain
