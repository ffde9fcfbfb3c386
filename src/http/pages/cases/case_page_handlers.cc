// The case page (/cases/{id}): the case without its restricted details, its statutory clocks,
// the record of each step, the timeline and the steps the reader may take now; and the
// restricted details (/cases/{id}/restricted), each read audited by the service, 404 for anyone
// whose role may not see them. A banner says what the last step did (?done=<step>), and an
// appointment's conflict warning names the agencies (?conflict=<agency id>, repeated).
#include <algorithm>
#include <utility>

#include "http/common/errors.h"
#include "http/common/page_render.h"
#include "http/pages/cases/case_forms.h"
#include "http/pages/cases/case_steps.h"
#include "http/pages/cases/case_support.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using domain::Transition;
using nlohmann::json;

// Whether the case page offers the step: the reader's roles may take it from the case's state
// (CaseView::available), and the case is one it applies to (the national panel's steps only for
// child and joint cases; the panel's response once the rapid review is recorded).
bool Offered(const domain::CaseView& view, Transition transition) {
  if (std::find(view.available.begin(), view.available.end(), transition) == view.available.end()) {
    return false;
  }
  const auto& guards = domain::RuleOf(transition).guards;
  if (guards.Has(domain::Guard::kPanelCase) && !domain::NotifiesPanel(view.records.record.type)) {
    return false;
  }
  return !guards.Has(domain::Guard::kRapidReviewFirst) || view.records.rapid_review.has_value();
}

json Row(std::string key, const std::string& value) {
  return {{"key", std::move(key)}, {"lines", TextLines(value.empty() ? "Not recorded" : value)}};
}

// What the case's Care Act s44 answers mean for a SAR.
std::string S44Text(const domain::CareActS44& s44) {
  switch (domain::EvaluateS44(s44)) {
    case domain::SarBasis::kMandatory:
      return "SAR mandatory: section 44(1) to (3) are met";
    case domain::SarBasis::kDiscretionary:
      return "SAR discretionary (section 44(4)): the adult has needs for care and support, but "
             "section 44(1) to (3) are not all met";
    case domain::SarBasis::kNotApplicable:
      break;
  }
  return "Section 44 does not apply: the adult has no needs for care and support";
}

json Summary(const domain::Case& record, const std::map<domain::AgencyId, std::string>& agencies) {
  json rows = json::array();
  rows.push_back(Row("Type", std::string{CaseTypeLabel(record.type)}));
  rows.push_back(Row("State", std::string{domain::CaseStateLabel(record.state)}));
  for (std::size_t i = 0; i < record.subjects.size(); ++i) {
    rows.push_back(Row("Subject " + std::to_string(i + 1), SubjectText(record.subjects[i])));
  }
  rows.push_back(Row("Date of the incident", DateText(record.incident_on)));
  rows.push_back(Row("Date the partnership became aware",
                     record.aware_on ? DateText(record.aware_on) : "Not recorded"));
  rows.push_back(Row("Referral received", DateText(record.referral.received_on)));
  rows.push_back(Row("Who referred", record.referral.referrer));
  rows.push_back(Row("Referring agency", record.referring_agency_id
                                             ? JoinNames({*record.referring_agency_id}, agencies)
                                             : std::string{}));
  rows.push_back(Row("Review criteria considered", record.referral.criteria_considered));
  rows.push_back(Row("Summary", record.summary));
  std::string themes;
  for (const auto& theme : record.themes) themes += (themes.empty() ? "" : "\n") + theme;
  rows.push_back(Row("Themes", themes));
  if (record.s44) rows.push_back(Row("Care Act section 44", S44Text(*record.s44)));
  if (const auto& screening = record.screening) {
    rows.push_back(Row("Notification screening",
                       (screening->notifiable ? std::string{"Notifiable"}
                                              : "Not notifiable: " + screening->reason) +
                           " (" + DateText(screening->screened_on) + ")"));
  }
  if (record.rapid_review_criteria_not_met) {
    rows.push_back(Row("Rapid review", "Does not meet the criteria for a rapid review"));
  }
  if (record.closed_on) rows.push_back(Row("Closed", DateText(record.closed_on)));
  return rows;
}

json Requests(const std::vector<domain::InformationRequest>& requests,
              const std::map<domain::AgencyId, std::string>& agencies) {
  json list = json::array();
  for (const auto& request : requests) {
    list.push_back(
        {{"agency", JoinNames({request.agency_id}, agencies)},
         {"href", "/requests/" + std::to_string(request.id)},
         {"requested", DateText(request.requested_on)},
         {"due", DateText(request.due_on)},
         {"status", RequestStatusLabel(request.status)},
         {"asked", TextLines(request.asked)},
         {"response", TextLines(request.response)},
         {"submitted_at", request.submitted_at ? LondonTimeText(*request.submitted_at) : ""}});
  }
  return list;
}

json RapidReviewRecord(const domain::CaseView& view,
                       const std::map<domain::AgencyId, std::string>& agencies) {
  const auto& review = view.records.rapid_review;
  if (!review) return nullptr;
  json rows = json::array();
  rows.push_back(Row("Meeting", DateText(review->meeting_on)));
  rows.push_back(Row("Completed", DateText(review->completed_on)));
  rows.push_back(Row("Agencies present", JoinNames(review->agencies_present, agencies)));
  rows.push_back(Row("Facts", review->facts));
  rows.push_back(Row("Immediate safety actions", review->immediate_actions));
  rows.push_back(Row("Learning", review->learning));
  rows.push_back(Row("Decision", std::string{DecisionLabel(review->decision)}));
  rows.push_back(Row("Rationale", review->rationale));
  if (domain::NotifiesPanel(view.records.record.type)) {
    rows.push_back(Row("Sent to the panel", DateText(review->sent_to_panel_on)));
    std::string response{PanelResponseLabel(review->panel_response)};
    if (review->panel_response_on) response += " (" + DateText(review->panel_response_on) + ")";
    rows.push_back(Row("Panel response", response));
  }
  return rows;
}

// `may_add_actions`: each recommendation links to a new action answering it.
json FullReviewRecord(const domain::CaseView& view, bool may_add_actions) {
  const auto& review = view.records.full_review;
  if (!review) return nullptr;
  json rows = json::array();
  rows.push_back(Row("Kind", std::string{FullReviewKindLabel(review->kind)}));
  rows.push_back(Row("Decided", DateText(review->decided_on)));
  rows.push_back(Row("Started", DateText(review->started_on)));
  rows.push_back(Row("Independent reviewer", view.reviewer ? view.reviewer->name : ""));
  rows.push_back(Row("Terms of reference", DateText(review->terms_of_reference_on)));
  rows.push_back(Row("Planned publication", DateText(review->planned_publication_on)));
  rows.push_back(Row("Pre-publication notice sent", DateText(review->notice_sent_on)));
  rows.push_back(Row("Published", DateText(review->published_on)));
  rows.push_back(Row("Publication link", review->publication_link));
  if (!review->embargo_reason.empty()) {
    rows.push_back(Row("Embargo", review->embargo_reason));
    rows.push_back(Row("Embargoed", DateText(review->embargoed_on)));
    rows.push_back(Row("Panel and Secretary of State told why publication is delayed",
                       DateText(review->delay_notified_on)));
  }
  if (review->kind == domain::FullReviewKind::kSar) {
    rows.push_back(Row("Concluded (final report agreed)", DateText(review->concluded_on)));
  }
  json stages = json::array();
  for (const auto& stage : review->stages) {
    const bool late = stage.planned_on && stage.actual_on && *stage.actual_on > *stage.planned_on;
    stages.push_back({{"name", stage.name},
                      {"planned", DateText(stage.planned_on)},
                      {"actual", DateText(stage.actual_on)},
                      {"slipped", late}});
  }
  json findings = json::array();
  for (const auto& finding : review->findings) {
    findings.push_back({{"number", finding.number}, {"lines", TextLines(finding.text)}});
  }
  json recommendations = json::array();
  for (const auto& recommendation : review->recommendations) {
    recommendations.push_back(
        {{"number", recommendation.number},
         {"lines", TextLines(recommendation.text)},
         {"add_action_href",
          may_add_actions ? "/actions/new?recommendation=" + std::to_string(recommendation.id)
                          : std::string{}}});
  }
  return {{"rows", rows},
          {"stages", stages},
          {"findings", findings},
          {"has_findings", !findings.empty()},
          {"recommendations", recommendations},
          {"has_recommendations", !recommendations.empty()}};
}

json Timeline(const std::vector<domain::CaseEvent>& events,
              const std::map<domain::UserId, std::string>& people) {
  json list = json::array();
  for (const auto& event : events) {
    std::string who = "Someone in the partnership";
    if (event.user_id) {
      if (auto name = people.find(*event.user_id); name != people.end()) who = name->second;
    } else {
      who = "The system";
    }
    std::string step = event.action;
    if (auto transition = domain::ParseTransition(event.action)) {
      step = std::string{domain::RuleOf(*transition).done};
    }
    list.push_back(
        {{"at", LondonTimeText(event.at)}, {"who", who}, {"step", step}, {"note", event.note}});
  }
  return list;
}

// What ?done= says happened: "opened", or a step's slug.
std::string Notice(const Request& request) {
  const auto done = request.QueryParam("done").value_or("");
  if (done.empty()) return {};
  if (done == "opened") return "The case is open. Its clocks are running.";
  std::string name = done;
  std::replace(name.begin(), name.end(), '-', '_');
  if (auto transition = domain::ParseTransition(name)) {
    return std::string{domain::RuleOf(*transition).done};
  }
  return {};
}

core::Result<Response> CasePage(const CaseServices& services, const Request& request) {
  const auto requester = RequesterOf(request);
  const auto id = IdParam(request, "id").value_or(0);
  ASSURE_ASSIGN_OR_RETURN(const auto view, services.cases.Get(requester, id));
  const auto& record = view.records.record;
  ASSURE_ASSIGN_OR_RETURN(const auto agencies, AgencyNames(services.agencies, requester));
  ASSURE_ASSIGN_OR_RETURN(const auto people, PeopleNames(services.members, requester));

  json clocks = json::array();
  for (const auto& clock : view.clocks) clocks.push_back(ClockRow(clock));
  json steps = json::array();
  for (const auto& step : StepPages()) {
    if (!Offered(view, step.transition)) continue;
    steps.push_back({{"href", StepHref(record.id, step.transition)},
                     {"label", domain::TransitionLabel(step.transition)}});
  }
  std::string conflict;
  if (auto query = ParseUrlEncoded(request.query)) {
    std::vector<domain::AgencyId> ids;
    for (const auto& value : query->GetAll("conflict")) {
      if (auto agency = ParsePositive(value)) ids.push_back(*agency);
    }
    if (!ids.empty()) {
      conflict = "The reviewer declared an interest in agencies involved in this case: " +
                 JoinNames(ids, agencies) +
                 ". The appointment stands: record how the conflict of interest is managed.";
    }
  }
  json notification = nullptr;
  if (view.records.notification) {
    notification = {{"sent", DateText(view.records.notification->sent_on)},
                    {"panel_reference", view.records.notification->panel_reference.empty()
                                            ? "Not given yet"
                                            : view.records.notification->panel_reference}};
  }
  const bool may_add_actions =
      domain::MayEver(requester.principal, Resource::kAction, Action::kCreate);
  json page{{"title", record.reference},
            {"notice", Notice(request)},
            {"conflict", conflict},
            {"summary", Summary(record, agencies)},
            {"restricted_href", CaseHref(record.id) + "/restricted"},
            {"may_read_restricted", view.may_read_restricted},
            {"clocks", clocks},
            {"has_clocks", !clocks.empty()},
            {"panel_case", domain::NotifiesPanel(record.type)},
            {"notification", notification},
            {"requests", Requests(view.records.requests, agencies)},
            {"has_requests", !view.records.requests.empty()},
            {"has_rapid_review", view.records.rapid_review.has_value()},
            {"rapid_review_rows", RapidReviewRecord(view, agencies)},
            {"full_review", FullReviewRecord(view, may_add_actions)},
            {"timeline", Timeline(view.timeline, people)},
            {"steps", steps},
            {"has_steps", !steps.empty()}};
  return RenderPage(services.context.renderer, request, "case", std::move(page));
}

// A subject's identifying details as summary-list rows, each {label, lines}; "Not recorded"
// for a detail not given.
json IdentityRows(const domain::SubjectIdentity& identity) {
  const std::pair<std::string_view, std::string> details[] = {
      {"Name", identity.name},
      {"Date of birth", DateText(identity.date_of_birth)},
      {"Date of death", DateText(identity.date_of_death)},
      {"Address", identity.address},
      {"Postcode", identity.postcode},
      {"Schools and settings", identity.school},
      {"NHS number", NhsNumberText(identity.nhs_number)},
      {"Other identifying details", identity.other_details}};
  json rows = json::array();
  for (const auto& [label, text] : details) {
    json lines = TextLines(text);
    if (lines.empty()) lines.push_back("Not recorded");
    rows.push_back({{"label", label}, {"lines", std::move(lines)}});
  }
  return rows;
}

core::Result<Response> RestrictedPage(const CaseServices& services, const Request& request) {
  const auto requester = RequesterOf(request);
  const auto id = IdParam(request, "id").value_or(0);
  auto details = services.cases.GetRestricted(requester, id);
  // A role that may not see identifying details sees no such page (the refusal is audited).
  if (!details && details.error().code == core::ErrorCode::kForbidden) {
    return RenderPage(services.context.renderer, request, views::kNotFoundPage, {}, 404);
  }
  ASSURE_TRY(details);
  ASSURE_ASSIGN_OR_RETURN(const auto view, services.cases.Get(requester, id));
  json people = json::array();
  for (const auto& subject : view.records.record.subjects) {
    domain::SubjectIdentity recorded;
    for (const auto& identity : details->identities) {
      if (identity.subject_id == subject.id) recorded = identity;
    }
    people.push_back({{"pseudonym", subject.pseudonym}, {"rows", IdentityRows(recorded)}});
  }
  return RenderPage(
      services.context.renderer, request, "case_restricted",
      {{"title", view.records.record.reference + ": restricted details"},
       {"case_href", CaseHref(id)},
       {"people", people},
       {"circumstances",
        TextLines(details->circumstances.empty() ? "Not recorded" : details->circumstances)}});
}

}  // namespace

void AddCasePageRoutes(Router& router, const CaseServices& services) {
  const auto& renderer = services.context.renderer;
  router.Add(Method::kGet, "/cases/{id}", RoutePolicy::Authorised(Resource::kCase, Action::kRead),
             PageHandler(renderer, [services](const Request& request) {
               return CasePage(services, request);
             }));
  // case:read, not case_restricted:read: a reviewer on the case gets 404, not 403, so the page
  // says nothing about what exists.
  router.Add(Method::kGet, "/cases/{id}/restricted",
             RoutePolicy::Authorised(Resource::kCase, Action::kRead),
             PageHandler(renderer, [services](const Request& request) {
               return RestrictedPage(services, request);
             }));
}

}  // namespace assure::http::pages
