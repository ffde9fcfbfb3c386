// Case: one referral for review about a child or adult who died or was seriously harmed
// (DOMAIN.md, area 1), and everything recorded about it on the way to a published review. A case
// is one record with one history: a rapid review that leads to a full review is converted, never
// re-entered.
//
// Subjects are recorded by pseudonym ("Child H"); identifying details (name, dates of birth and
// death, address, school, NHS number, ...) and the circumstances are RestrictedDetails, kept
// apart so that an ordinary read never carries them. The enum names are the storage, wire and
// URL form. Plain values; ValidateCase checks one before it is stored. Safe to copy between
// threads.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/civil_date.h"
#include "domain/identity/user.h"
#include "domain/ids.h"

namespace assure::domain {

enum class CaseType { kChild, kAdult, kJoint };
// "child", "adult", "joint".
std::string_view CaseTypeName(CaseType type);
std::optional<CaseType> ParseCaseType(std::string_view name);
// Children's cases (child, joint) go to the national panel: notification and its clocks.
bool NotifiesPanel(CaseType type);

// Where a case is in the workflow (doc/workflow.md; the transitions are in workflow.h).
enum class CaseState {
  kScoping,      // referral received; agencies asked for information
  kRapidReview,  // rapid review meeting arranged
  kFullReview,   // decided to hold a CSPR, SAR, DHR or joint review; under way
  kEmbargoed,    // finished, publication held back (with a reason)
  kPublished,    // finished and published
  kClosed,       // no full review (criteria not met, or the rapid review decided none)
};
// "scoping", "rapid_review", "full_review", "embargoed", "published", "closed".
std::string_view CaseStateName(CaseState state);
std::optional<CaseState> ParseCaseState(std::string_view name);
std::string_view CaseStateLabel(CaseState state);  // "Full review", for pages
std::span<const CaseState> AllCaseStates();

// A person the case is about, by pseudonym. The category lists (AgeBands(), Sexes(),
// Ethnicities(), Disabilities()) are fixed; "unknown" is always allowed.
struct Subject {
  SubjectId id = 0;
  std::string pseudonym;  // "Child H", "Adult K"; unique within the case
  std::string age_band = "unknown";
  std::string sex = "unknown";
  std::string ethnicity = "unknown";
  std::string disability = "unknown";
};
std::span<const std::string_view> AgeBands();      // "under 1", "1-4", ..., "85+", "unknown"
std::span<const std::string_view> Sexes();         // "female", "male", "unknown"
std::span<const std::string_view> Ethnicities();   // ONS 2021 top-level groups, "unknown"
std::span<const std::string_view> Disabilities();  // "yes", "no", "unknown"

// The Care Act 2014 s44 answers of an adult or joint case (doc/workflow.md), recorded before any
// decision on it. s44 applies only to an adult with needs for care and support (whether or not
// the local authority was meeting them). Then a SAR is mandatory (s44(1)-(3)) when there is
// reasonable cause for concern about how the partners worked together to safeguard the adult AND
// either the adult died and abuse or neglect is known or suspected, or the adult is alive and is
// known or suspected to have experienced serious abuse or neglect; otherwise it is discretionary
// (s44(4)).
struct CareActS44 {
  bool needs_care_and_support = false;
  bool concern_about_joint_working = false;
  bool adult_died = false;
  bool abuse_or_neglect_caused_death = false;  // died: abuse or neglect known or suspected
  bool serious_abuse_or_neglect = false;       // alive; known or suspected
  friend bool operator==(const CareActS44&, const CareActS44&) = default;
};
enum class SarBasis { kNotApplicable, kMandatory, kDiscretionary };
SarBasis EvaluateS44(const CareActS44& inputs);
// "not_applicable", "mandatory", "discretionary".
std::string_view SarBasisName(SarBasis basis);

// The screening of a child or joint case for the serious incident notification (Children Act
// 2004 s16C; Working Together to Safeguard Children 2023, chapter 5): notifiable or not, with
// the reason when not. A looked-after child who died is always notifiable (s16C(2)), whether or
// not abuse or neglect is known or suspected.
struct NotificationScreening {
  bool notifiable = true;
  bool looked_after = false;  // the child was looked after by a local authority
  bool child_died = false;
  std::string reason;  // why the case is not notifiable: required then
  CivilDate screened_on;
  friend bool operator==(const NotificationScreening&, const NotificationScreening&) = default;
};
// Whether a screening leaves the notification duty in place: not screened yet, or notifiable.
bool NotificationDue(const std::optional<NotificationScreening>& screening);

// The referral that opened the case.
struct Referral {
  CivilDate received_on;
  std::string referrer;             // who referred, by role ("Designated nurse"), not a subject
  std::string criteria_considered;  // which review criteria were considered
};

struct Case {
  CaseId id = 0;
  PartnershipId partnership_id = 0;
  std::string reference;  // "CR-2025-007": unique within the partnership
  CaseType type = CaseType::kChild;
  CaseState state = CaseState::kScoping;
  std::vector<Subject> subjects;  // at least one
  std::optional<CivilDate> incident_on;
  // The date the local authority became aware: starts the notification clock. Unset only for a
  // case imported from history without it (never derived from another date): then the
  // notification's timeliness is unknown.
  std::optional<CivilDate> aware_on;
  std::optional<AgencyId> referring_agency_id;
  Referral referral;
  std::string summary;              // non-identifying; searchable; may reach published text
  std::vector<std::string> themes;  // names from the partnership's managed list, sorted
  // The Care Act s44 answers (adult and joint cases), recorded with the first decision on the
  // case: the rapid review or a closure without one.
  std::optional<CareActS44> s44;
  std::optional<NotificationScreening> screening;  // child and joint cases
  // A notified case closed without a rapid review: the recorded finding that it does not meet the
  // criteria for a rapid review (the closure's rationale is the reason).
  bool rapid_review_criteria_not_met = false;
  // The date the case closed (without a review, or by a rapid review deciding on none): its
  // unmet clocks end there (clocks.h). Unset for a case not closed, or closed before it was kept.
  std::optional<CivilDate> closed_on;
  Version version = 0;
};

// Whether `day` is before the partnership became aware of the case (false when that is unknown).
bool BeforeAware(const Case& record, CivilDate day);

// A case's next statutory clock as the case services last marked it (clock_marks.h): the unmet
// clock due first. Kept so that the case list and its overdue filter need no clock arithmetic;
// its status is worked out from due_on when it is shown.
struct NextClockMark {
  std::string rule_code;  // "notification", ...
  int rule_version = 1;
  std::string label;
  CivilDate due_on;
  friend bool operator==(const NextClockMark&, const NextClockMark&) = default;
};

// Identifying details: only business-unit roles read them, and every read is audited. They are
// every detail that could identify the subject (the publication identifier check looks for each
// in text to be published). The members after date_of_birth default to empty, so a brace list
// that names only the first three still gives every member.
struct SubjectIdentity {
  SubjectId subject_id = 0;
  std::string name;
  std::optional<CivilDate> date_of_birth;
  std::optional<CivilDate> date_of_death = std::nullopt;
  std::string address = {};        // free text, on lines or with commas; up to 300 characters
  std::string postcode = {};       // UK: upper case, one space before the inward code ("AB1 2CD")
  std::string school = {};         // schools and settings attended, by line or ';'; up to 300
  std::string nhs_number = {};     // 10 digits passing the NHS modulus 11 check
  std::string other_details = {};  // any other identifying detail; up to 1000 characters
};
// Whether any detail is recorded (a name, a date, any text).
bool HasAnyDetail(const SubjectIdentity& identity);
// A UK postcode as entered ("ab1 2cd", "AB12CD"): letters and digits with at most one space, 5 to
// 8 characters once trimmed, 5 to 7 of them letters and digits. Checked loosely (the shape of the
// outward code is not). Gives its stored form, upper case with one space before the last three
// characters (the inward code); nullopt for anything else.
std::optional<std::string> NormalPostcode(std::string_view entered);
// An NHS number as entered, digits with any spaces or dashes ("999 000 0018"): its ten digits
// when they pass the NHS modulus 11 check; nullopt otherwise.
std::optional<std::string> NormalNhsNumber(std::string_view entered);
// The identity as people mean it: name, address, school and other details trimmed; postcode and
// NHS number in their stored form when they are valid (left as entered, trimmed, otherwise, for
// ValidateIdentity to refuse). The services tidy every identity before they check and store it.
SubjectIdentity TidyIdentity(SubjectIdentity identity);
// Checks one tidied identity, naming each field `prefix` and its member name ("subjects[0]."
// gives "subjects[0].nhs_number"): name up to 200 characters; date_of_death not before
// date_of_birth; address and school up to 300, other_details up to 1000 (line breaks allowed);
// postcode and nhs_number empty or in the stored form NormalPostcode and NormalNhsNumber give.
// Messages never repeat the value.
core::Status ValidateIdentity(std::string_view prefix, const SubjectIdentity& identity);

struct RestrictedDetails {
  std::string circumstances;
  std::vector<SubjectIdentity> identities;  // by subject; absent = none recorded
};

// What a person enters to open a case from a referral. State starts at kScoping.
struct NewCase {
  std::string reference;
  CaseType type = CaseType::kChild;
  std::vector<Subject> subjects;
  std::optional<CivilDate> incident_on;
  std::optional<CivilDate> aware_on;  // required when a person opens the case (CaseService)
  std::optional<AgencyId> referring_agency_id;
  Referral referral;
  std::string summary;
  std::vector<std::string> themes;
  RestrictedDetails restricted;  // subject_id of each identity = index into subjects, from 0
};

// Checks reference ("reference": letters, digits and '-', 3..32), subjects ("subjects":
// 1..12, "subjects[i].pseudonym" 1..60 characters, categories from their lists), dates
// ("aware_on" not before "incident_on"; "referral.received_on"), lengths ("summary" up to
// 4000, "referral.referrer" 1..200). A NewCase's identities: each of a subject
// ("restricted.identities"), then ValidateIdentity with the prefix "subjects[i]." of its
// subject. Field names in errors are the form and API field names.
core::Status ValidateCase(const NewCase& draft);
core::Status ValidateCase(const Case& record);

}  // namespace assure::domain
