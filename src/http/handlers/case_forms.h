// The case pages' forms read back into domain inputs: GOV.UK date inputs (day, month, year) into
// CivilDate, the referral form into a NewCase, and each workflow step's form into its input
// (domain/reviews/step_input.h). Problems go into FormErrors by field, with messages that name
// the field and never repeat what was typed; nothing is checked here that the domain checks.
//
// Field keys: a form field's name and id is the domain's field name made safe for HTML ids and
// template keys (FieldKey: "subjects[0].pseudonym" -> "subjects_0_pseudonym"), so an error from
// a service lands on the field it names. A date's boxes are "<key>-day", "<key>-month" and
// "<key>-year". Pure functions and value types; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/civil_date.h"
#include "domain/ids.h"
#include "domain/reviews/case.h"
#include "domain/reviews/review_records.h"
#include "domain/reviews/step_input.h"
#include "http/url_encoding.h"

namespace assure::http::handlers {

// Blank subject rows the referral form offers (a case has at least one subject).
inline constexpr int kSubjectRows = 3;
// Blank rows the findings form offers after those already recorded.
inline constexpr int kExtraFindingRows = 3;

// "subjects[0].pseudonym" -> "subjects_0_pseudonym"; "referral.received_on" ->
// "referral_received_on".
std::string FieldKey(std::string_view field);

// A form's problems, in the order found; one message per field (the first).
class FormErrors {
 public:
  struct Entry {
    std::string key;  // a FieldKey, or empty for the form as a whole
    std::string message;
  };

  void Add(std::string key, std::string message);
  // A service's error, on FieldKey(error.field).
  void Add(const core::Error& error);
  bool empty() const { return entries_.empty(); }
  // The message for the field, or "" when it has none.
  std::string MessageFor(std::string_view key) const;
  const std::vector<Entry>& entries() const { return entries_; }

 private:
  std::vector<Entry> entries_;
};

// The date in the form's "<key>-day/-month/-year" boxes. All blank: nullopt, and when `required`
// an error "Enter <what>". Otherwise a missing part or an impossible date is an error naming
// `what` ("the date the notification was sent"). Errors go to `key`.
std::optional<domain::CivilDate> ParseDate(const FormData& form, std::string_view key,
                                           std::string_view what, bool required,
                                           FormErrors& errors);
// The form pairs that fill a date's boxes.
void AppendDate(std::vector<std::pair<std::string, std::string>>& pairs, std::string_view key,
                std::optional<domain::CivilDate> date);

// A positive whole number (an id, a version); nullopt for anything else.
std::optional<std::int64_t> ParsePositive(std::string_view text);

// The referral form: the case as entered, and for each of its subjects the form row it came from
// (blank rows after the first are skipped).
struct ReferralDraft {
  domain::NewCase draft;
  std::vector<int> subject_rows;
};
ReferralDraft ParseReferral(const FormData& form, FormErrors& errors);
// A service's error about "<list>[i]..." (e.g. "subjects[1].pseudonym") moved to the form row
// item i came from; other errors unchanged.
core::Error ToFormRow(core::Error error, std::string_view list, const std::vector<int>& rows);

// The workflow steps' forms (doc/workflow.md).
domain::NotificationInput ParseNotification(const FormData& form, FormErrors& errors);
domain::NewInformationRequest ParseInformationRequest(const FormData& form, FormErrors& errors);
std::optional<domain::CivilDate> ParseMeetingDate(const FormData& form, FormErrors& errors);
// `ask_s44`: the case is adult or joint, so the form has the Care Act s44 questions.
domain::RapidReviewInput ParseRapidReview(const FormData& form, bool ask_s44, FormErrors& errors);
domain::PanelResponseInput ParsePanelResponse(const FormData& form, FormErrors& errors);
std::optional<domain::ReviewerId> ParseReviewerChoice(const FormData& form, FormErrors& errors);
domain::ReviewPlan ParsePlan(const FormData& form, FormErrors& errors);
// Blank rows are left out; `finding_rows` and `recommendation_rows` receive the row of each text.
domain::FindingsInput ParseFindings(const FormData& form, std::vector<int>& finding_rows,
                                    std::vector<int>& recommendation_rows);
domain::NoticeInput ParseNotice(const FormData& form, FormErrors& errors);
domain::PublicationInput ParsePublication(const FormData& form, FormErrors& errors);

// The Care Act s44 questions: form key and question.
struct S44Question {
  std::string_view key;
  std::string_view question;
};
std::vector<S44Question> S44Questions();

}  // namespace assure::http::handlers
