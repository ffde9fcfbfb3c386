#include "http/api/cases/case_api_input.h"

#include <utility>

#include "http/common/json_fields.h"

namespace assure::http::api {

namespace {

using nlohmann::json;

domain::Subject SubjectFrom(JsonFields& fields) {
  domain::Subject subject;
  subject.id = fields.Id("id").value_or(0);
  subject.pseudonym = fields.Text("pseudonym");
  for (auto [name, slot] :
       {std::pair<std::string_view, std::string*>{"age_band", &subject.age_band},
        {"sex", &subject.sex},
        {"ethnicity", &subject.ethnicity},
        {"disability", &subject.disability}}) {
    if (fields.Has(name)) *slot = fields.Text(name);
  }
  return subject;
}

std::vector<domain::Subject> SubjectsFrom(JsonFields& fields) {
  std::vector<domain::Subject> subjects;
  for (auto& subject : fields.Objects("subjects")) subjects.push_back(SubjectFrom(subject));
  return subjects;
}

domain::Referral ReferralFrom(JsonFields& fields) {
  domain::Referral referral;
  auto object = fields.Object("referral");
  if (!object) {
    fields.Fail("referral.received_on", "Enter the date as YYYY-MM-DD.");
    return referral;
  }
  referral.received_on = object->RequiredDate("received_on");
  referral.referrer = object->Text("referrer");
  referral.criteria_considered = object->Text("criteria_considered");
  return referral;
}

domain::RestrictedDetails RestrictedFrom(JsonFields& fields) {
  domain::RestrictedDetails details;
  auto object = fields.Object("restricted");
  if (!object) return details;
  details.circumstances = object->Text("circumstances");
  for (auto& identity : object->Objects("identities")) {
    domain::SubjectIdentity entry;
    // When opening a case, a subject is named by its index in "subjects", from 0.
    entry.subject_id = identity.Index("subject").value_or(0);
    entry.name = identity.Text("name");
    entry.date_of_birth = identity.Date("date_of_birth");
    entry.date_of_death = identity.Date("date_of_death");
    entry.address = identity.Text("address");
    entry.postcode = identity.Text("postcode");
    entry.school = identity.Text("school");
    entry.nhs_number = identity.Text("nhs_number");
    entry.other_details = identity.Text("other_details");
    details.identities.push_back(std::move(entry));
  }
  return details;
}

}  // namespace

core::Result<domain::NewCase> NewCaseFrom(const json& body) {
  JsonFields fields(body);
  domain::NewCase draft;
  draft.reference = fields.Text("reference");
  const auto type = fields.Text("type");
  if (auto parsed = domain::ParseCaseType(type)) {
    draft.type = *parsed;
  } else {
    fields.Fail("type", "Choose child, adult or joint.");
  }
  draft.subjects = SubjectsFrom(fields);
  draft.incident_on = fields.Date("incident_on");
  draft.aware_on = fields.RequiredDate("aware_on");
  draft.referring_agency_id = fields.Id("referring_agency_id");
  draft.referral = ReferralFrom(fields);
  draft.summary = fields.Text("summary");
  draft.themes = fields.Texts("themes");
  draft.restricted = RestrictedFrom(fields);
  return ValueIfAllRead(fields, std::move(draft));
}

core::Result<domain::Case> CaseEditFrom(const json& body, domain::Case record) {
  JsonFields fields(body);
  if (fields.Has("reference")) record.reference = fields.Text("reference");
  if (fields.Has("type")) {
    if (auto parsed = domain::ParseCaseType(fields.Text("type"))) {
      record.type = *parsed;
    } else {
      fields.Fail("type", "Choose child, adult or joint.");
    }
  }
  if (fields.Has("subjects")) record.subjects = SubjectsFrom(fields);
  if (fields.Has("incident_on")) record.incident_on = fields.Date("incident_on");
  if (fields.Has("aware_on")) record.aware_on = fields.RequiredDate("aware_on");
  if (fields.Has("referring_agency_id")) {
    record.referring_agency_id = fields.Id("referring_agency_id");
  }
  if (fields.Has("referral")) record.referral = ReferralFrom(fields);
  if (fields.Has("summary")) record.summary = fields.Text("summary");
  if (fields.Has("themes")) record.themes = fields.Texts("themes");
  return ValueIfAllRead(fields, std::move(record));
}

core::Result<domain::NotificationInput> NotificationFrom(const json& body) {
  JsonFields fields(body);
  domain::NotificationInput input;
  input.sent_on = fields.RequiredDate("sent_on");
  input.panel_reference = fields.Text("panel_reference");
  return ValueIfAllRead(fields, std::move(input));
}

core::Result<domain::CivilDate> MeetingOnFrom(const json& body) {
  JsonFields fields(body);
  const auto meeting_on = fields.RequiredDate("meeting_on");
  return ValueIfAllRead(fields, meeting_on);
}

namespace {

// The "s44" object, if sent: needs_care_and_support must be answered (true or false); an
// answer left out of the others is false.
std::optional<domain::CareActS44> S44From(JsonFields& fields) {
  auto s44 = fields.Object("s44");
  if (!s44) return std::nullopt;
  domain::CareActS44 answers;
  if (!s44->Has("needs_care_and_support")) {
    s44->Fail("needs_care_and_support",
              "Send true or false: does the adult have needs for care and support?");
  }
  answers.needs_care_and_support = s44->Bool("needs_care_and_support");
  answers.concern_about_joint_working = s44->Bool("concern_about_joint_working");
  answers.adult_died = s44->Bool("adult_died");
  answers.abuse_or_neglect_caused_death = s44->Bool("abuse_or_neglect_caused_death");
  answers.serious_abuse_or_neglect = s44->Bool("serious_abuse_or_neglect");
  return answers;
}

}  // namespace

core::Result<domain::ClosureInput> ClosureFrom(const json& body) {
  JsonFields fields(body);
  domain::ClosureInput input;
  input.rationale = fields.Text("rationale");
  input.s44 = S44From(fields);
  input.rapid_review_criteria_not_met = fields.Bool("rapid_review_criteria_not_met");
  return ValueIfAllRead(fields, std::move(input));
}

core::Result<domain::ScreeningInput> ScreeningFrom(const json& body) {
  JsonFields fields(body);
  domain::ScreeningInput input;
  if (!fields.Has("notifiable")) {
    fields.Fail("notifiable", "Send true or false: whether the case is notifiable to the panel.");
  }
  input.notifiable = fields.Bool("notifiable");
  input.looked_after = fields.Bool("looked_after");
  input.child_died = fields.Bool("child_died");
  input.reason = fields.Text("reason");
  return ValueIfAllRead(fields, std::move(input));
}

core::Result<domain::EmbargoInput> EmbargoFrom(const json& body) {
  JsonFields fields(body);
  domain::EmbargoInput input;
  input.reason = fields.Text("reason");
  input.delay_notified_on = fields.Date("delay_notified_on");
  return ValueIfAllRead(fields, std::move(input));
}

core::Result<domain::RapidReviewInput> RapidReviewFrom(const json& body) {
  JsonFields fields(body);
  domain::RapidReviewInput input;
  domain::RapidReview& review = input.review;
  review.meeting_on = fields.RequiredDate("meeting_on");
  review.completed_on = fields.RequiredDate("completed_on");
  review.agencies_present = fields.Ids("agencies_present");
  review.facts = fields.Text("facts");
  review.immediate_actions = fields.Text("immediate_actions");
  review.learning = fields.Text("learning");
  if (auto decision = domain::ParseReviewDecision(fields.Text("decision"))) {
    review.decision = *decision;
  } else {
    fields.Fail("decision", "Choose cspr, sar, joint, none or other.");
  }
  review.rationale = fields.Text("rationale");
  input.s44 = S44From(fields);
  review.sent_to_panel_on = fields.Date("sent_to_panel_on");
  if (fields.Has("panel_response")) {
    if (auto response = domain::ParsePanelResponse(fields.Text("panel_response"))) {
      review.panel_response = *response;
    } else {
      fields.Fail("panel_response", "Choose none, agree, disagree or national_review.");
    }
  }
  review.panel_response_on = fields.Date("panel_response_on");
  input.decided_on = fields.Date("decided_on");
  return ValueIfAllRead(fields, std::move(input));
}

core::Result<domain::PanelResponseInput> PanelResponseFrom(const json& body) {
  JsonFields fields(body);
  domain::PanelResponseInput input;
  input.sent_to_panel_on = fields.Date("sent_to_panel_on");
  if (fields.Has("response")) {
    if (auto response = domain::ParsePanelResponse(fields.Text("response"))) {
      input.response = *response;
    } else {
      fields.Fail("response", "Choose none, agree, disagree or national_review.");
    }
  }
  input.response_on = fields.Date("response_on");
  return ValueIfAllRead(fields, std::move(input));
}

core::Result<domain::ReviewPlan> PlanFrom(const json& body) {
  JsonFields fields(body);
  domain::ReviewPlan plan;
  plan.started_on = fields.Date("started_on");
  for (auto& stage : fields.Objects("stages")) {
    domain::ReviewStage entry;
    entry.name = stage.Text("name");
    entry.planned_on = stage.Date("planned_on");
    entry.actual_on = stage.Date("actual_on");
    plan.stages.push_back(std::move(entry));
  }
  return ValueIfAllRead(fields, std::move(plan));
}

core::Result<domain::FindingsInput> FindingsFrom(const json& body) {
  JsonFields fields(body);
  domain::FindingsInput input;
  input.findings = fields.Texts("findings");
  input.recommendations = fields.Texts("recommendations");
  return ValueIfAllRead(fields, std::move(input));
}

core::Result<domain::NoticeInput> NoticeFrom(const json& body) {
  JsonFields fields(body);
  domain::NoticeInput input;
  input.sent_on = fields.RequiredDate("sent_on");
  input.secretary_of_state_sent_on = fields.Date("secretary_of_state_sent_on");
  input.planned_publication_on = fields.Date("planned_publication_on");
  return ValueIfAllRead(fields, std::move(input));
}

core::Result<domain::PublicationInput> PublicationFrom(const json& body) {
  JsonFields fields(body);
  domain::PublicationInput input;
  input.published_on = fields.Date("published_on");
  input.publication_link = fields.Text("publication_link");
  return ValueIfAllRead(fields, std::move(input));
}

core::Result<domain::NewInformationRequest> InformationRequestFrom(const json& body) {
  JsonFields fields(body);
  domain::NewInformationRequest request;
  request.agency_id = fields.Id("agency_id").value_or(0);
  if (request.agency_id == 0 && fields.status().ok()) {
    fields.Fail("agency_id", "Choose the agency to ask.");
  }
  request.requested_on = fields.RequiredDate("requested_on");
  request.due_on = fields.RequiredDate("due_on");
  request.asked = fields.Text("asked");
  return ValueIfAllRead(fields, std::move(request));
}

core::Result<domain::ReviewerId> ReviewerIdFrom(const json& body) {
  JsonFields fields(body);
  const auto id = fields.Id("reviewer_id");
  if (!id && fields.status().ok()) fields.Fail("reviewer_id", "Choose a reviewer.");
  ASSURE_TRY(fields.status());
  return *id;
}

}  // namespace assure::http::api
