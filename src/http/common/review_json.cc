#include "http/common/review_json.h"

#include <string>

#include "http/common/json_fields.h"

namespace assure::http {

namespace {

using nlohmann::json;

json InstantJson(const std::optional<core::Instant>& at) {
  if (!at) return nullptr;
  return core::FormatInstant(*at);
}

json SubjectJson(const domain::Subject& subject) {
  return {
      {"id", subject.id},   {"pseudonym", subject.pseudonym}, {"age_band", subject.age_band},
      {"sex", subject.sex}, {"ethnicity", subject.ethnicity}, {"disability", subject.disability}};
}

json NotificationJson(const std::optional<domain::Notification>& notification) {
  if (!notification) return nullptr;
  return {{"sent_on", domain::FormatCivilDate(notification->sent_on)},
          {"panel_reference", notification->panel_reference},
          {"version", notification->version}};
}

json S44Json(const std::optional<domain::CareActS44>& s44) {
  if (!s44) return nullptr;
  return {{"needs_care_and_support", s44->needs_care_and_support},
          {"concern_about_joint_working", s44->concern_about_joint_working},
          {"adult_died", s44->adult_died},
          {"abuse_or_neglect_caused_death", s44->abuse_or_neglect_caused_death},
          {"serious_abuse_or_neglect", s44->serious_abuse_or_neglect}};
}

json ScreeningJson(const std::optional<domain::NotificationScreening>& screening) {
  if (!screening) return nullptr;
  return {{"notifiable", screening->notifiable},
          {"looked_after", screening->looked_after},
          {"child_died", screening->child_died},
          {"reason", screening->reason},
          {"screened_on", domain::FormatCivilDate(screening->screened_on)}};
}

// The rapid review; "s44" repeats the case's answers, where clients have always read them.
json RapidReviewJson(const std::optional<domain::RapidReview>& review,
                     const std::optional<domain::CareActS44>& s44) {
  if (!review) return nullptr;
  return {{"meeting_on", domain::FormatCivilDate(review->meeting_on)},
          {"completed_on", domain::FormatCivilDate(review->completed_on)},
          {"agencies_present", review->agencies_present},
          {"facts", review->facts},
          {"immediate_actions", review->immediate_actions},
          {"learning", review->learning},
          {"decision", domain::ReviewDecisionName(review->decision)},
          {"rationale", review->rationale},
          {"s44", S44Json(s44)},
          {"sent_to_panel_on", DateJson(review->sent_to_panel_on)},
          {"panel_response", domain::PanelResponseName(review->panel_response)},
          {"panel_response_on", DateJson(review->panel_response_on)},
          {"version", review->version}};
}

json FullReviewJson(const std::optional<domain::FullReview>& review) {
  if (!review) return nullptr;
  json stages = json::array();
  for (const auto& stage : review->stages) {
    stages.push_back({{"name", stage.name},
                      {"planned_on", DateJson(stage.planned_on)},
                      {"actual_on", DateJson(stage.actual_on)}});
  }
  json findings = json::array();
  for (const auto& finding : review->findings) {
    findings.push_back({{"number", finding.number}, {"text", finding.text}});
  }
  json recommendations = json::array();
  for (const auto& recommendation : review->recommendations) {
    recommendations.push_back({{"id", recommendation.id},
                               {"number", recommendation.number},
                               {"text", recommendation.text}});
  }
  return {{"kind", domain::FullReviewKindName(review->kind)},
          {"decided_on", domain::FormatCivilDate(review->decided_on)},
          {"started_on", DateJson(review->started_on)},
          {"reviewer_id", OptionalJson(review->reviewer_id)},
          {"terms_of_reference_on", DateJson(review->terms_of_reference_on)},
          {"planned_publication_on", DateJson(review->planned_publication_on)},
          {"notice_sent_on", DateJson(review->notice_sent_on)},
          {"published_on", DateJson(review->published_on)},
          {"publication_link", review->publication_link},
          {"embargo_reason", review->embargo_reason},
          {"secretary_of_state_notice_on", DateJson(review->secretary_of_state_notice_on)},
          {"notice_for_publication_on", DateJson(review->notice_for_publication_on)},
          {"embargoed_on", DateJson(review->embargoed_on)},
          {"delay_notified_on", DateJson(review->delay_notified_on)},
          {"concluded_on", DateJson(review->concluded_on)},
          {"stages", stages},
          {"findings", findings},
          {"recommendations", recommendations},
          {"version", review->version}};
}

json EventJson(const domain::CaseEvent& event) {
  json from = nullptr;
  if (event.from_state) from = domain::CaseStateName(*event.from_state);
  return {{"id", event.id},
          {"at", core::FormatInstant(event.at)},
          {"user_id", OptionalJson(event.user_id)},
          {"action", event.action},
          {"from_state", from},
          {"to_state", domain::CaseStateName(event.to_state)},
          {"note", event.note}};
}

json ClockJson(const domain::StatutoryClock& clock) {
  return {{"rule_code", clock.rule_code},
          {"rule_version", clock.rule_version},
          {"label", clock.label},
          {"starts_on", domain::FormatCivilDate(clock.starts_on)},
          {"due_on", domain::FormatCivilDate(clock.due_on)},
          {"met_on", DateJson(clock.met_on)},
          {"status", domain::ClockStatusName(clock.status)},
          {"working_days", clock.working_days},
          {"request_id", OptionalJson(clock.request_id)}};
}

}  // namespace

json CaseJson(const domain::Case& record) {
  json subjects = json::array();
  for (const auto& subject : record.subjects) subjects.push_back(SubjectJson(subject));
  return {{"id", record.id},
          {"reference", record.reference},
          {"type", domain::CaseTypeName(record.type)},
          {"state", domain::CaseStateName(record.state)},
          {"subjects", subjects},
          {"incident_on", DateJson(record.incident_on)},
          {"aware_on", DateJson(record.aware_on)},
          {"referring_agency_id", OptionalJson(record.referring_agency_id)},
          {"referral",
           {{"received_on", domain::FormatCivilDate(record.referral.received_on)},
            {"referrer", record.referral.referrer},
            {"criteria_considered", record.referral.criteria_considered}}},
          {"summary", record.summary},
          {"themes", record.themes},
          {"s44", S44Json(record.s44)},
          {"screening", ScreeningJson(record.screening)},
          {"rapid_review_criteria_not_met", record.rapid_review_criteria_not_met},
          {"closed_on", DateJson(record.closed_on)},
          {"version", record.version}};
}

json CaseViewJson(const domain::CaseView& view) {
  json requests = json::array();
  for (const auto& request : view.records.requests) requests.push_back(RequestJson(request));
  json timeline = json::array();
  for (const auto& event : view.timeline) timeline.push_back(EventJson(event));
  json clocks = json::array();
  for (const auto& clock : view.clocks) clocks.push_back(ClockJson(clock));
  json available = json::array();
  for (auto transition : view.available) available.push_back(domain::TransitionName(transition));
  json reviewer = nullptr;
  if (view.reviewer) reviewer = {{"id", view.reviewer->id}, {"name", view.reviewer->name}};
  json sar_basis = nullptr;
  if (view.sar_basis) sar_basis = domain::SarBasisName(*view.sar_basis);
  return {{"case", CaseJson(view.records.record)},
          {"notification", NotificationJson(view.records.notification)},
          {"rapid_review", RapidReviewJson(view.records.rapid_review, view.records.record.s44)},
          {"full_review", FullReviewJson(view.records.full_review)},
          {"requests", requests},
          {"timeline", timeline},
          {"clocks", clocks},
          {"reviewer", reviewer},
          {"sar_basis", sar_basis},
          {"available_steps", available},
          {"may_read_restricted", view.may_read_restricted}};
}

json RestrictedJson(const domain::RestrictedDetails& details) {
  json identities = json::array();
  for (const auto& identity : details.identities) {
    identities.push_back({{"subject_id", identity.subject_id},
                          {"name", identity.name},
                          {"date_of_birth", DateJson(identity.date_of_birth)},
                          {"date_of_death", DateJson(identity.date_of_death)},
                          {"address", identity.address},
                          {"postcode", identity.postcode},
                          {"school", identity.school},
                          {"nhs_number", identity.nhs_number},
                          {"other_details", identity.other_details}});
  }
  return {{"circumstances", details.circumstances}, {"identities", identities}};
}

json RequestJson(const domain::InformationRequest& request) {
  return {{"id", request.id},
          {"case_id", request.case_id},
          {"agency_id", request.agency_id},
          {"requested_on", domain::FormatCivilDate(request.requested_on)},
          {"due_on", domain::FormatCivilDate(request.due_on)},
          {"asked", request.asked},
          {"status", domain::RequestStatusName(request.status)},
          {"response", request.response},
          {"submitted_by", OptionalJson(request.submitted_by)},
          {"submitted_at", InstantJson(request.submitted_at)},
          {"ended_on", DateJson(request.ended_on)},
          {"version", request.version}};
}

json RequestViewJson(const domain::RequestView& view, domain::CivilDate today) {
  json out = RequestJson(view.request);
  out["case_reference"] = view.case_reference;
  out["case_type"] = domain::CaseTypeName(view.case_type);
  out["overdue"] = domain::IsOverdue(view.request, today);
  json files = json::array();
  for (const auto& file : view.files) files.push_back(ResponseFileJson(file));
  out["files"] = files;
  return out;
}

json ResponseFileJson(const domain::ResponseFile& file) {
  return {{"id", file.id},
          {"file_name", file.file_name},
          {"content_type", file.content_type},
          {"size", file.size},
          {"sha256", file.sha256},
          {"uploaded_by", OptionalJson(file.uploaded_by)},
          {"uploaded_at", core::FormatInstant(file.uploaded_at)},
          {"href", "/api/v1/requests/" + std::to_string(file.request_id) + "/files/" +
                       std::to_string(file.id)}};
}

json ListedCaseJson(const domain::ListedCase& listed) {
  json out = CaseJson(listed.record);
  out["next_clock"] = listed.next ? ClockJson(*listed.next) : json(nullptr);
  return out;
}

}  // namespace assure::http
