#include "domain/reviews/cases/case.h"

#include <algorithm>
#include <array>
#include <set>
#include <utility>

#include "domain/enum_names.h"
#include "domain/text_rules.h"

namespace assure::domain {
namespace {

constexpr std::array<std::pair<CaseType, std::string_view>, 3> kCaseTypes{{
    {CaseType::kChild, "child"},
    {CaseType::kAdult, "adult"},
    {CaseType::kJoint, "joint"},
}};

constexpr std::array<std::pair<CaseState, std::string_view>, 6> kCaseStates{{
    {CaseState::kScoping, "scoping"},
    {CaseState::kRapidReview, "rapid_review"},
    {CaseState::kFullReview, "full_review"},
    {CaseState::kEmbargoed, "embargoed"},
    {CaseState::kPublished, "published"},
    {CaseState::kClosed, "closed"},
}};

constexpr std::array<std::pair<CaseState, std::string_view>, 6> kCaseStateLabels{{
    {CaseState::kScoping, "Scoping"},
    {CaseState::kRapidReview, "Rapid review"},
    {CaseState::kFullReview, "Full review"},
    {CaseState::kEmbargoed, "Embargoed"},
    {CaseState::kPublished, "Published"},
    {CaseState::kClosed, "Closed"},
}};

constexpr std::array<CaseState, 6> kAllStates{CaseState::kScoping,    CaseState::kRapidReview,
                                              CaseState::kFullReview, CaseState::kEmbargoed,
                                              CaseState::kPublished,  CaseState::kClosed};

constexpr std::array<std::string_view, 11> kAgeBands{"under 1", "1-4",   "5-9",    "10-15",
                                                     "16-17",   "18-24", "25-64",  "65-74",
                                                     "75-84",   "85+",   "unknown"};
constexpr std::array<std::string_view, 3> kSexes{"female", "male", "unknown"};
constexpr std::array<std::string_view, 6> kEthnicities{"Asian or Asian British",
                                                       "Black, Black British, Caribbean or African",
                                                       "Mixed or multiple ethnic groups",
                                                       "White",
                                                       "Other ethnic group",
                                                       "unknown"};
constexpr std::array<std::string_view, 3> kDisabilities{"yes", "no", "unknown"};

constexpr std::size_t kMaxSubjects = 12;
constexpr std::size_t kMaxSummary = 4000;
constexpr std::size_t kMaxPseudonym = 60;
constexpr std::size_t kMaxAddress = 300;
constexpr std::size_t kMaxSchool = 300;
constexpr std::size_t kMaxOtherDetails = 1000;
constexpr std::size_t kInwardCode = 3;  // the last three characters of a postcode: "2CD"

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
char Upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

bool OneOf(std::span<const std::string_view> allowed, std::string_view value) {
  return std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}

std::size_t CodePoints(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

core::Status ValidateReference(std::string_view reference) {
  bool shape = reference.size() >= 3 && reference.size() <= 32 &&
               std::all_of(reference.begin(), reference.end(), [](char c) {
                 return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9') || c == '-';
               });
  if (shape) return core::Ok();
  return core::Error::InvalidInput("reference",
                                   "Enter a reference of 3 to 32 letters, digits and hyphens, "
                                   "like CR-2025-007.");
}

core::Status ValidateSubjects(const std::vector<Subject>& subjects) {
  if (subjects.empty() || subjects.size() > kMaxSubjects) {
    return core::Error::InvalidInput("subjects", "Record between 1 and 12 subjects by pseudonym.");
  }
  std::set<std::string> seen;
  for (std::size_t i = 0; i < subjects.size(); ++i) {
    const Subject& subject = subjects[i];
    std::string prefix = "subjects[" + std::to_string(i) + "].";
    if (subject.pseudonym.empty() || CodePoints(subject.pseudonym) > kMaxPseudonym ||
        !IsPrintableUtf8(subject.pseudonym) || TrimName(subject.pseudonym) != subject.pseudonym) {
      return core::Error::InvalidInput(prefix + "pseudonym",
                                       "Enter a pseudonym of 1 to 60 characters, like Child H.");
    }
    if (!seen.insert(subject.pseudonym).second) {
      return core::Error::InvalidInput(prefix + "pseudonym",
                                       "Give each subject of the case a different pseudonym.");
    }
    if (!OneOf(kAgeBands, subject.age_band)) {
      return core::Error::InvalidInput(prefix + "age_band", "Choose an age band from the list.");
    }
    if (!OneOf(kSexes, subject.sex)) {
      return core::Error::InvalidInput(prefix + "sex", "Choose female, male or unknown.");
    }
    if (!OneOf(kEthnicities, subject.ethnicity)) {
      return core::Error::InvalidInput(prefix + "ethnicity",
                                       "Choose an ethnic group from the list.");
    }
    if (!OneOf(kDisabilities, subject.disability)) {
      return core::Error::InvalidInput(prefix + "disability", "Choose yes, no or unknown.");
    }
  }
  return core::Ok();
}

template <typename C>
core::Status ValidateCommon(const C& c) {
  ASSURE_TRY(ValidateReference(c.reference));
  ASSURE_TRY(ValidateSubjects(c.subjects));
  if (c.incident_on && c.aware_on && DaysBetween(*c.incident_on, *c.aware_on) < 0) {
    return core::Error::InvalidInput("aware_on",
                                     "The date the partnership became aware must be the same as "
                                     "or after the incident date.");
  }
  ASSURE_TRY(ValidateLongText("referral.referrer", c.referral.referrer, kNameMaxCharacters, true));
  ASSURE_TRY(ValidateLongText("referral.criteria_considered", c.referral.criteria_considered,
                              kMaxSummary, false));
  ASSURE_TRY(ValidateLongText("summary", c.summary, kMaxSummary, false));
  return core::Ok();
}

core::Status ValidateIdentities(const NewCase& draft) {
  for (const SubjectIdentity& identity : draft.restricted.identities) {
    if (identity.subject_id < 0 ||
        static_cast<std::size_t>(identity.subject_id) >= draft.subjects.size()) {
      return core::Error::InvalidInput("restricted.identities",
                                       "Each identity must belong to a subject of the case.");
    }
    ASSURE_TRY(
        ValidateIdentity("subjects[" + std::to_string(identity.subject_id) + "].", identity));
  }
  return core::Ok();
}

constexpr std::array<std::pair<SarBasis, std::string_view>, 3> kSarBases{{
    {SarBasis::kNotApplicable, "not_applicable"},
    {SarBasis::kMandatory, "mandatory"},
    {SarBasis::kDiscretionary, "discretionary"},
}};

}  // namespace

SarBasis EvaluateS44(const CareActS44& inputs) {
  if (!inputs.needs_care_and_support) return SarBasis::kNotApplicable;
  const bool harm =
      inputs.adult_died ? inputs.abuse_or_neglect_caused_death : inputs.serious_abuse_or_neglect;
  return inputs.concern_about_joint_working && harm ? SarBasis::kMandatory
                                                    : SarBasis::kDiscretionary;
}
std::string_view SarBasisName(SarBasis basis) { return NameOf<SarBasis>(kSarBases, basis); }

std::string_view CaseTypeName(CaseType type) { return NameOf<CaseType>(kCaseTypes, type); }
std::optional<CaseType> ParseCaseType(std::string_view name) {
  return ParseName<CaseType>(kCaseTypes, name);
}
bool NotifiesPanel(CaseType type) { return type != CaseType::kAdult; }

std::string_view CaseStateName(CaseState state) { return NameOf<CaseState>(kCaseStates, state); }
std::optional<CaseState> ParseCaseState(std::string_view name) {
  return ParseName<CaseState>(kCaseStates, name);
}
std::string_view CaseStateLabel(CaseState state) {
  return NameOf<CaseState>(kCaseStateLabels, state);
}
std::span<const CaseState> AllCaseStates() { return kAllStates; }

std::span<const std::string_view> AgeBands() { return kAgeBands; }
std::span<const std::string_view> Sexes() { return kSexes; }
std::span<const std::string_view> Ethnicities() { return kEthnicities; }
std::span<const std::string_view> Disabilities() { return kDisabilities; }

bool HasAnyDetail(const SubjectIdentity& identity) {
  return !identity.name.empty() || identity.date_of_birth || identity.date_of_death ||
         !identity.address.empty() || !identity.postcode.empty() || !identity.school.empty() ||
         !identity.nhs_number.empty() || !identity.other_details.empty();
}

std::optional<std::string> NormalPostcode(std::string_view entered) {
  const std::string text = TrimName(entered);
  if (text.size() < 5 || text.size() > 8) return std::nullopt;
  std::string compact;
  bool spaced = false;
  for (char c : text) {
    if (c == ' ' && !spaced) {
      spaced = true;
    } else if (IsDigit(c) || IsLetter(c)) {
      compact.push_back(Upper(c));
    } else {
      return std::nullopt;
    }
  }
  if (compact.size() < 5 || compact.size() > 7) return std::nullopt;
  const std::size_t outward = compact.size() - kInwardCode;
  return compact.substr(0, outward) + " " + compact.substr(outward);
}

std::optional<std::string> NormalNhsNumber(std::string_view entered) {
  std::string digits;
  for (char c : entered) {
    if (IsDigit(c)) {
      digits.push_back(c);
    } else if (c != ' ' && c != '-') {
      return std::nullopt;
    }
  }
  if (digits.size() != 10) return std::nullopt;
  // Modulus 11: the first nine digits weighted 10 down to 2; the check digit is 11 less the
  // remainder, 11 meaning 0; a number whose check would be 10 is never issued.
  int sum = 0;
  for (std::size_t i = 0; i < 9; ++i) sum += (digits[i] - '0') * static_cast<int>(10 - i);
  const int check = (11 - sum % 11) % 11;
  if (check == 10 || check != digits[9] - '0') return std::nullopt;
  return digits;
}

SubjectIdentity TidyIdentity(SubjectIdentity identity) {
  identity.name = TrimName(identity.name);
  identity.address = TrimName(identity.address);
  identity.school = TrimName(identity.school);
  identity.other_details = TrimName(identity.other_details);
  identity.postcode = NormalPostcode(identity.postcode).value_or(TrimName(identity.postcode));
  identity.nhs_number =
      NormalNhsNumber(identity.nhs_number).value_or(TrimName(identity.nhs_number));
  return identity;
}

core::Status ValidateIdentity(std::string_view prefix, const SubjectIdentity& identity) {
  const auto field = [prefix](std::string_view name) { return std::string{prefix}.append(name); };
  ASSURE_TRY(ValidateLongText(field("name"), identity.name, kNameMaxCharacters, false));
  if (identity.date_of_birth && identity.date_of_death &&
      *identity.date_of_death < *identity.date_of_birth) {
    return core::Error::InvalidInput(
        field("date_of_death"),
        "The date of death must be the same as or after the date of birth.");
  }
  ASSURE_TRY(ValidateLongText(field("address"), identity.address, kMaxAddress, false));
  if (!identity.postcode.empty() && NormalPostcode(identity.postcode) != identity.postcode) {
    return core::Error::InvalidInput(field("postcode"),
                                     "Enter a UK postcode: 5 to 7 letters and digits, with at "
                                     "most one space.");
  }
  ASSURE_TRY(ValidateLongText(field("school"), identity.school, kMaxSchool, false));
  if (!identity.nhs_number.empty() && NormalNhsNumber(identity.nhs_number) != identity.nhs_number) {
    return core::Error::InvalidInput(field("nhs_number"),
                                     "The NHS number must be a 10-digit NHS number: check each "
                                     "digit (spaces and dashes are fine).");
  }
  ASSURE_TRY(
      ValidateLongText(field("other_details"), identity.other_details, kMaxOtherDetails, false));
  return core::Ok();
}

core::Status ValidateCase(const NewCase& draft) {
  ASSURE_TRY(ValidateCommon(draft));
  ASSURE_TRY(
      ValidateLongText("restricted.circumstances", draft.restricted.circumstances, 20000, false));
  return ValidateIdentities(draft);
}

core::Status ValidateCase(const Case& record) { return ValidateCommon(record); }

bool NotificationDue(const std::optional<NotificationScreening>& screening) {
  return !screening || screening->notifiable;
}

bool BeforeAware(const Case& record, CivilDate day) {
  return record.aware_on && day < *record.aware_on;
}

}  // namespace assure::domain
