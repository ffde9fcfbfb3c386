// The case pages' forms read back into domain inputs: the referral form into a NewCase, and each
// workflow step's form into its input (domain/reviews/cases/step_input.h). Problems go into
// FormErrors by field (common/errors.h: a field's key is the domain's field name made safe for
// ids), with messages that name the field and never repeat what was typed; nothing is checked
// here that the domain checks. Pure functions and value types; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/civil_date.h"
#include "domain/ids.h"
#include "domain/reviews/cases/case.h"
#include "domain/reviews/cases/review_records.h"
#include "domain/reviews/cases/step_input.h"
#include "http/common/errors.h"
#include "http/common/form_view.h"
#include "http/common/numbers.h"
#include "http/common/url_encoding.h"

namespace assure::http::pages {

// Blank subject rows the referral form offers (a case has at least one subject).
inline constexpr int kSubjectRows = 3;
// Blank rows the findings form offers after those already recorded.
inline constexpr int kExtraFindingRows = 3;

// A row's field key in a form of rows: ("subjects", 0, "pseudonym") -> "subjects_0_pseudonym";
// with no field, "findings_2".
std::string RowKey(std::string_view list, int row, std::string_view field = {});

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
// The Care Act s44 answers, when the form has any of them (an adult or joint case's rapid review
// and closure forms ask them; the service refuses them where they do not belong): all five are
// then needed.
std::optional<domain::CareActS44> ParseS44(const FormData& form, FormErrors& errors);
// screen_notification: "notifiable" (yes|no, required), "looked_after" and "child_died" (yes|no;
// unanswered is no), "reason".
domain::ScreeningInput ParseScreening(const FormData& form, FormErrors& errors);
domain::RapidReviewInput ParseRapidReview(const FormData& form, FormErrors& errors);
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

}  // namespace assure::http::pages
