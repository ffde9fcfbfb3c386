#include "http/pages/cases/case_forms.h"

#include <algorithm>
#include <cstdio>
#include <utility>

#include "domain/text_rules.h"

namespace assure::http::pages {

namespace {

std::string Value(const FormData& form, std::string_view key) { return form.Get(key).value_or(""); }

std::string Trimmed(const FormData& form, std::string_view key) {
  return domain::TrimName(Value(form, key));
}

// Whether any of the date's three boxes holds something.
bool DateGiven(const FormData& form, const std::string& key) {
  return !(Trimmed(form, key + "-day") + Trimmed(form, key + "-month") +
           Trimmed(form, key + "-year"))
              .empty();
}

// The identifying details typed on a subject's row, tidied (domain::TidyIdentity); the dates
// that are not real ones are errors, by their field.
domain::SubjectIdentity ParseIdentity(const FormData& form, int row, domain::SubjectId index,
                                      FormErrors& errors) {
  const auto key = [row](std::string_view field) { return RowKey("subjects", row, field); };
  return domain::TidyIdentity(
      {.subject_id = index,
       .name = Value(form, key("name")),
       .date_of_birth = ParseDate(form, key("date_of_birth"), "the date of birth", false, errors),
       .date_of_death = ParseDate(form, key("date_of_death"), "the date of death", false, errors),
       .address = Value(form, key("address")),
       .postcode = Value(form, key("postcode")),
       .school = Value(form, key("school")),
       .nhs_number = Value(form, key("nhs_number")),
       .other_details = Value(form, key("other_details"))});
}

// Whether the row's identifying boxes hold anything (dates counted when any box is filled).
bool IdentityTyped(const FormData& form, int row) {
  for (std::string_view field :
       {"name", "address", "postcode", "school", "nhs_number", "other_details"}) {
    if (!Trimmed(form, RowKey("subjects", row, field)).empty()) return true;
  }
  return DateGiven(form, RowKey("subjects", row, "date_of_birth")) ||
         DateGiven(form, RowKey("subjects", row, "date_of_death"));
}

// A yes/no radio: true, false, or nullopt when unanswered (or neither value).
std::optional<bool> YesNo(const FormData& form, std::string_view key) {
  const auto value = Value(form, key);
  if (value == "yes") return true;
  if (value == "no") return false;
  return std::nullopt;
}

}  // namespace

ReferralDraft ParseReferral(const FormData& form, FormErrors& errors) {
  ReferralDraft result;
  domain::NewCase& draft = result.draft;
  draft.reference = Trimmed(form, "reference");
  if (auto type = domain::ParseCaseType(Value(form, "type"))) {
    draft.type = *type;
  } else {
    errors.Add("type", "Select whether the case is about a child, an adult or both");
  }
  for (int row = 0; row < kSubjectRows; ++row) {
    domain::Subject subject;
    subject.pseudonym = Trimmed(form, RowKey("subjects", row, "pseudonym"));
    if (row > 0 && subject.pseudonym.empty() && !IdentityTyped(form, row)) continue;
    for (const auto& [field, target] :
         {std::pair{"age_band", &subject.age_band}, std::pair{"sex", &subject.sex},
          std::pair{"ethnicity", &subject.ethnicity},
          std::pair{"disability", &subject.disability}}) {
      const auto value = Value(form, RowKey("subjects", row, field));
      if (!value.empty()) *target = value;
    }
    const auto index = static_cast<domain::SubjectId>(draft.subjects.size());
    auto identity = ParseIdentity(form, row, index, errors);
    if (auto checked = domain::ValidateLongText(RowKey("subjects", row, "name"), identity.name,
                                                domain::kNameMaxCharacters, false);
        !checked.ok()) {
      errors.Add(checked.error());
    }
    if (domain::HasAnyDetail(identity)) {
      draft.restricted.identities.push_back(std::move(identity));
    }
    draft.subjects.push_back(std::move(subject));
    result.subject_rows.push_back(row);
  }
  const auto incident = ParseDate(form, "incident_on", "the date of the incident", false, errors);
  draft.incident_on = incident;
  if (auto aware =
          ParseDate(form, "aware_on", "the date the partnership became aware", true, errors)) {
    draft.aware_on = *aware;
  }
  if (auto received = ParseDate(form, "referral_received_on", "the date the referral was received",
                                true, errors)) {
    draft.referral.received_on = *received;
  }
  draft.referral.referrer = Trimmed(form, "referral_referrer");
  draft.referral.criteria_considered = Value(form, "referral_criteria_considered");
  const auto agency = Value(form, "referring_agency_id");
  if (!agency.empty()) {
    if (auto id = ParsePositive(agency)) {
      draft.referring_agency_id = *id;
    } else {
      errors.Add("referring_agency_id", "Choose an agency from the list");
    }
  }
  draft.summary = Value(form, "summary");
  draft.restricted.circumstances = Value(form, "restricted_circumstances");
  draft.themes = form.GetAll("themes");
  return result;
}

std::string RowKey(std::string_view list, int row, std::string_view field) {
  return std::string{list} + "_" + std::to_string(row) + (field.empty() ? "" : "_") +
         std::string{field};
}

core::Error ToFormRow(core::Error error, std::string_view list, const std::vector<int>& rows) {
  const std::string prefix = std::string{list} + "[";
  if (!error.field.starts_with(prefix)) return error;
  const auto close = error.field.find(']', prefix.size());
  if (close == std::string::npos) return error;
  const auto index =
      ParseWhole(std::string_view{error.field}.substr(prefix.size(), close - prefix.size()));
  if (!index || static_cast<std::size_t>(*index) >= rows.size()) return error;
  error.field =
      prefix + std::to_string(rows[static_cast<std::size_t>(*index)]) + error.field.substr(close);
  return error;
}

domain::NotificationInput ParseNotification(const FormData& form, FormErrors& errors) {
  domain::NotificationInput input;
  if (auto sent = ParseDate(form, "sent_on", "the date the notification was sent", true, errors)) {
    input.sent_on = *sent;
  }
  input.panel_reference = Trimmed(form, "panel_reference");
  return input;
}

domain::NewInformationRequest ParseInformationRequest(const FormData& form, FormErrors& errors) {
  domain::NewInformationRequest request;
  if (auto agency = ParsePositive(Value(form, "agency_id"))) {
    request.agency_id = *agency;
  } else {
    errors.Add("agency_id", "Choose the agency to ask");
  }
  if (auto requested = ParseDate(form, "requested_on", "the date of the request", true, errors)) {
    request.requested_on = *requested;
  }
  if (auto due = ParseDate(form, "due_on", "the date the answer is due", true, errors)) {
    request.due_on = *due;
  }
  request.asked = Value(form, "asked");
  return request;
}

std::optional<domain::CivilDate> ParseMeetingDate(const FormData& form, FormErrors& errors) {
  return ParseDate(form, "meeting_on", "the date of the rapid review meeting", true, errors);
}

std::vector<S44Question> S44Questions() {
  return {
      {"s44_needs_care_and_support",
       "Does the adult have needs for care and support (whether or not the local authority was "
       "meeting any of them)?"},
      {"s44_concern_about_joint_working",
       "Is there reasonable cause for concern about how agencies worked together to safeguard "
       "the adult?"},
      {"s44_adult_died", "Has the adult died?"},
      {"s44_abuse_or_neglect_caused_death",
       "If the adult died: is abuse or neglect known or suspected to have caused the death?"},
      {"s44_serious_abuse_or_neglect",
       "If the adult is alive: are they known or suspected to have suffered serious abuse or "
       "neglect?"},
  };
}

std::optional<domain::CareActS44> ParseS44(const FormData& form, FormErrors& errors) {
  const auto questions = S44Questions();
  std::vector<std::optional<bool>> answers;
  for (const auto& question : questions) answers.push_back(YesNo(form, question.key));
  const auto answered = std::count_if(answers.begin(), answers.end(),
                                      [](const auto& answer) { return answer.has_value(); });
  if (answered == 0) return std::nullopt;
  for (std::size_t i = 0; i < questions.size(); ++i) {
    if (!answers[i]) {
      errors.Add(std::string{questions[i].key},
                 "Answer yes or no: all five Care Act section 44 questions are needed");
    }
  }
  return domain::CareActS44{answers[0].value_or(false), answers[1].value_or(false),
                            answers[2].value_or(false), answers[3].value_or(false),
                            answers[4].value_or(false)};
}

domain::ScreeningInput ParseScreening(const FormData& form, FormErrors& errors) {
  domain::ScreeningInput input;
  const auto notifiable = YesNo(form, "notifiable");
  if (!notifiable) {
    errors.Add("notifiable", "Answer yes or no: is the case notifiable to the national panel?");
  }
  input.notifiable = notifiable.value_or(true);
  input.looked_after = YesNo(form, "looked_after").value_or(false);
  input.child_died = YesNo(form, "child_died").value_or(false);
  input.reason = Value(form, "reason");
  return input;
}

domain::RapidReviewInput ParseRapidReview(const FormData& form, FormErrors& errors) {
  domain::RapidReviewInput input;
  domain::RapidReview& review = input.review;
  if (auto meeting = ParseMeetingDate(form, errors)) review.meeting_on = *meeting;
  if (auto completed = ParseDate(form, "completed_on", "the date the rapid review was completed",
                                 true, errors)) {
    review.completed_on = *completed;
  }
  for (const auto& value : form.GetAll("agencies_present")) {
    if (auto id = ParsePositive(value)) {
      review.agencies_present.push_back(*id);
    } else {
      errors.Add("agencies_present", "Choose each agency present from the list");
    }
  }
  review.facts = Value(form, "facts");
  review.immediate_actions = Value(form, "immediate_actions");
  review.learning = Value(form, "learning");
  if (auto decision = domain::ParseReviewDecision(Value(form, "decision"))) {
    review.decision = *decision;
  } else {
    errors.Add("decision", "Select the rapid review's decision");
  }
  review.rationale = Value(form, "rationale");
  input.s44 = ParseS44(form, errors);
  review.sent_to_panel_on =
      ParseDate(form, "sent_to_panel_on",
                "the date the rapid review was sent to the national panel", false, errors);
  input.decided_on =
      ParseDate(form, "decided_on", "the date of the decision on a full review", false, errors);
  return input;
}

domain::PanelResponseInput ParsePanelResponse(const FormData& form, FormErrors& errors) {
  domain::PanelResponseInput input;
  input.sent_to_panel_on = ParseDate(
      form, "sent_to_panel_on", "the date the rapid review was sent to the panel", false, errors);
  if (auto response = domain::ParsePanelResponse(Value(form, "panel_response"))) {
    input.response = *response;
  } else {
    errors.Add("panel_response", "Select the panel's response");
  }
  input.response_on = ParseDate(form, "response_on", "the date the panel responded", false, errors);
  return input;
}

std::optional<domain::ReviewerId> ParseReviewerChoice(const FormData& form, FormErrors& errors) {
  auto id = ParsePositive(Value(form, "reviewer_id"));
  if (!id) errors.Add("reviewer_id", "Choose a reviewer from the register");
  return id;
}

domain::ReviewPlan ParsePlan(const FormData& form, FormErrors& errors) {
  domain::ReviewPlan plan;
  plan.started_on = ParseDate(form, "started_on", "the date the review started", false, errors);
  const auto names = domain::ReviewStageNames();
  for (std::size_t i = 0; i < names.size(); ++i) {
    const int row = static_cast<int>(i);
    const std::string name{names[i]};
    domain::ReviewStage stage;
    stage.name = name;
    stage.planned_on = ParseDate(form, RowKey("stages", row, "planned_on"),
                                 "the planned date of " + name, false, errors);
    stage.actual_on = ParseDate(form, RowKey("stages", row, "actual_on"),
                                "the actual date of " + name, false, errors);
    plan.stages.push_back(std::move(stage));
  }
  return plan;
}

domain::FindingsInput ParseFindings(const FormData& form, std::vector<int>& finding_rows,
                                    std::vector<int>& recommendation_rows) {
  domain::FindingsInput input;
  const auto collect = [&](std::string_view list, std::vector<std::string>& texts,
                           std::vector<int>& rows) {
    for (int row = 0; row < 50 + kExtraFindingRows; ++row) {
      const auto value = form.Get(RowKey(list, row, ""));
      if (!value) continue;
      if (domain::TrimName(*value).empty()) continue;
      texts.push_back(*value);
      rows.push_back(row);
    }
  };
  collect("findings", input.findings, finding_rows);
  collect("recommendations", input.recommendations, recommendation_rows);
  return input;
}

domain::NoticeInput ParseNotice(const FormData& form, FormErrors& errors) {
  domain::NoticeInput input;
  if (auto sent = ParseDate(form, "notice_sent_on", "the date the notice was sent", true, errors)) {
    input.sent_on = *sent;
  }
  input.secretary_of_state_sent_on =
      ParseDate(form, "secretary_of_state_sent_on",
                "the date the final report was sent to the Secretary of State", false, errors);
  input.planned_publication_on =
      ParseDate(form, "planned_publication_on", "the planned publication date", false, errors);
  return input;
}

domain::PublicationInput ParsePublication(const FormData& form, FormErrors& errors) {
  domain::PublicationInput input;
  input.published_on =
      ParseDate(form, "published_on", "the date the review was published", false, errors);
  input.publication_link = Trimmed(form, "publication_link");
  return input;
}

}  // namespace assure::http::pages
