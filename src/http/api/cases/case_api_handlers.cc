#include "http/api/cases/case_api_handlers.h"

#include <functional>
#include <map>
#include <string>
#include <utility>

#include "domain/reviews/cases/case_service.h"
#include "domain/reviews/clocks/case_clock_service.h"
#include "domain/reviews/requests/information_request_service.h"
#include "http/api/cases/case_api_input.h"
#include "http/common/errors.h"
#include "http/common/handler_context.h"
#include "http/common/list_page.h"
#include "http/common/numbers.h"
#include "http/common/review_json.h"

namespace assure::http::api {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

// One workflow step: reads its input from the body and asks the service to take it on the case
// at `version`; answers the JSON to send with 200 (or 201 when it made a record).
struct StepCall {
  const domain::CaseService& cases;
  const domain::InformationRequestService& requests;
  const domain::Requester& requester;
  domain::CaseId id;
  domain::Version version;
  const json& body;
};
using StepResult = core::Result<std::pair<int, json>>;
using Step = std::function<StepResult(const StepCall&)>;

// The answer to a step that returns the case.
StepResult CaseAnswer(core::Result<domain::Case> result) {
  ASSURE_ASSIGN_OR_RETURN(const auto record, std::move(result));
  return std::pair<int, json>{200, {{"case", CaseJson(record)}}};
}

// Runs `take` with the parsed input, or answers the input's error.
template <typename Input, typename Take>
StepResult WithInput(core::Result<Input> result, Take take) {
  ASSURE_ASSIGN_OR_RETURN(auto input, std::move(result));
  return CaseAnswer(take(std::move(input)));
}

const std::map<std::string, Step, std::less<>>& Steps() {
  static const std::map<std::string, Step, std::less<>> steps{
      {"update_case",
       [](const StepCall& c) -> StepResult {
         ASSURE_ASSIGN_OR_RETURN(const auto view, c.cases.Get(c.requester, c.id));
         domain::Case record = view.records.record;
         record.version = c.version;
         return WithInput(CaseEditFrom(c.body, std::move(record)),
                          [&](domain::Case edited) { return c.cases.Update(c.requester, edited); });
       }},
      {"screen_notification",
       [](const StepCall& c) {
         return WithInput(ScreeningFrom(c.body), [&](domain::ScreeningInput input) {
           return c.cases.ScreenNotification(c.requester, c.id, c.version, std::move(input));
         });
       }},
      {"notify_panel",
       [](const StepCall& c) {
         return WithInput(NotificationFrom(c.body), [&](domain::NotificationInput input) {
           return c.cases.RecordNotification(c.requester, c.id, c.version, std::move(input));
         });
       }},
      {"request_information",
       [](const StepCall& c) -> StepResult {
         ASSURE_ASSIGN_OR_RETURN(auto input, InformationRequestFrom(c.body));
         ASSURE_ASSIGN_OR_RETURN(const auto created,
                                 c.requests.Create(c.requester, c.id, c.version, std::move(input)));
         return std::pair<int, json>{201, {{"request", RequestJson(created)}}};
       }},
      {"arrange_rapid_review",
       [](const StepCall& c) {
         return WithInput(MeetingOnFrom(c.body), [&](domain::CivilDate meeting_on) {
           return c.cases.ArrangeRapidReview(c.requester, c.id, c.version, meeting_on);
         });
       }},
      {"record_rapid_review",
       [](const StepCall& c) {
         return WithInput(RapidReviewFrom(c.body), [&](domain::RapidReviewInput input) {
           return c.cases.RecordRapidReview(c.requester, c.id, c.version, std::move(input));
         });
       }},
      {"record_panel_response",
       [](const StepCall& c) {
         return WithInput(PanelResponseFrom(c.body), [&](domain::PanelResponseInput input) {
           return c.cases.RecordPanelResponse(c.requester, c.id, c.version, std::move(input));
         });
       }},
      {"close_without_review",
       [](const StepCall& c) {
         return WithInput(ClosureFrom(c.body), [&](domain::ClosureInput input) {
           return c.cases.CloseWithoutReview(c.requester, c.id, c.version, std::move(input));
         });
       }},
      {"appoint_reviewer",
       [](const StepCall& c) -> StepResult {
         ASSURE_ASSIGN_OR_RETURN(const auto reviewer, ReviewerIdFrom(c.body));
         ASSURE_ASSIGN_OR_RETURN(const auto appointed,
                                 c.cases.AppointReviewer(c.requester, c.id, c.version, reviewer));
         return std::pair<int, json>{
             200, {{"case", CaseJson(appointed.record)}, {"conflicts", appointed.conflicts}}};
       }},
      {"record_stage",
       [](const StepCall& c) {
         return WithInput(PlanFrom(c.body), [&](domain::ReviewPlan plan) {
           return c.cases.RecordStages(c.requester, c.id, c.version, std::move(plan));
         });
       }},
      {"record_findings",
       [](const StepCall& c) {
         return WithInput(FindingsFrom(c.body), [&](domain::FindingsInput input) {
           return c.cases.RecordFindings(c.requester, c.id, c.version, std::move(input));
         });
       }},
      {"send_prepublication_notice",
       [](const StepCall& c) {
         return WithInput(NoticeFrom(c.body), [&](domain::NoticeInput input) {
           return c.cases.SendPrepublicationNotice(c.requester, c.id, c.version, std::move(input));
         });
       }},
      {"publish",
       [](const StepCall& c) {
         return WithInput(PublicationFrom(c.body), [&](domain::PublicationInput input) {
           return c.cases.Publish(c.requester, c.id, c.version, std::move(input));
         });
       }},
      {"embargo",
       [](const StepCall& c) {
         return WithInput(EmbargoFrom(c.body), [&](domain::EmbargoInput input) {
           return c.cases.Embargo(c.requester, c.id, c.version, std::move(input));
         });
       }},
      {"publish_after_embargo",
       [](const StepCall& c) {
         return WithInput(PublicationFrom(c.body), [&](domain::PublicationInput input) {
           return c.cases.PublishAfterEmbargo(c.requester, c.id, c.version, std::move(input));
         });
       }},
  };
  return steps;
}

std::string CaseHref(domain::CaseId id) { return "/api/v1/cases/" + std::to_string(id); }

}  // namespace

void AddCaseApiRoutes(Router& router, const HandlerContext& context) {
  const domain::CaseService cases(context.store, context.clock, context.deadlines);
  const domain::CaseClockService lists(context.store, context.clock, context.deadlines);
  const domain::InformationRequestService requests(context.store, context.clock);
  const auto& errors = context.error_pages;

  router.Add(Method::kGet, "/api/v1/cases", RoutePolicy::Authorised(Resource::kCase, Action::kRead),
             ApiHandler(errors, [lists](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto params, ParseCaseListParams(request));
               ASSURE_ASSIGN_OR_RETURN(
                   const auto page, lists.List(RequesterOf(request), params.query, params.overdue));
               json list = json::array();
               for (const auto& listed : page.cases) list.push_back(ListedCaseJson(listed));
               return Response::Json(200, {{"cases", list},
                                           {"total", page.total},
                                           {"page", params.page},
                                           {"per_page", params.per_page}});
             }));

  router.Add(Method::kPost, "/api/v1/cases",
             RoutePolicy::Authorised(Resource::kCase, Action::kCreate),
             ApiHandler(errors, [cases](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
               ASSURE_ASSIGN_OR_RETURN(auto draft, NewCaseFrom(body));
               ASSURE_ASSIGN_OR_RETURN(const auto opened,
                                       cases.Open(RequesterOf(request), std::move(draft)));
               auto response = Response::Json(201, {{"case", CaseJson(opened)}});
               response.SetHeader("Location", CaseHref(opened.id));
               return response;
             }));

  router.Add(
      Method::kGet, "/api/v1/cases/{id}", RoutePolicy::Authorised(Resource::kCase, Action::kRead),
      ApiHandler(errors, [cases](const Request& request) -> core::Result<Response> {
        ASSURE_ASSIGN_OR_RETURN(
            const auto view, cases.Get(RequesterOf(request), IdParam(request, "id").value_or(0)));
        return Response::Json(200, CaseViewJson(view));
      }));

  router.Add(Method::kGet, "/api/v1/cases/{id}/restricted",
             RoutePolicy::Authorised(Resource::kCaseRestricted, Action::kRead),
             ApiHandler(errors, [cases](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(
                   const auto details,
                   cases.GetRestricted(RequesterOf(request), IdParam(request, "id").value_or(0)));
               return Response::Json(200, RestrictedJson(details));
             }));

  router.Add(
      Method::kPost, "/api/v1/cases/{id}/steps/{step}",
      RoutePolicy::Authorised(Resource::kCase, Action::kUpdate),
      ApiHandler(errors, [cases, requests](const Request& request) -> core::Result<Response> {
        const auto step = Steps().find(request.PathParam("step").value_or(""));
        if (step == Steps().end()) {
          return core::Error::NotFound("There is no such step (doc/workflow.md).");
        }
        ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
        ASSURE_ASSIGN_OR_RETURN(const auto version, VersionFrom(body));
        const auto requester = RequesterOf(request);
        ASSURE_ASSIGN_OR_RETURN(
            const auto answer,
            step->second(StepCall{cases, requests, requester, IdParam(request, "id").value_or(0),
                                  version, body}));
        return Response::Json(answer.first, answer.second);
      }));
}

}  // namespace assure::http::api
