// One meeting's page and what is posted from it: GET /governance/meetings/{id} (meeting: read;
// the service hides restricted items and draft minutes from those who may not read them), POST
// /governance/meetings/{id}/items (an agenda item), POST .../items/{item}/papers (a paper, as
// multipart/form-data), GET .../papers/{paper} (the paper as an attachment) and POST
// .../decisions (a decision, perhaps approving earlier minutes or making an action). A refused
// form shows the page again with 422 and the problem by its field.
#include <optional>
#include <string>
#include <utility>

#include "http/common/downloads.h"
#include "http/common/errors.h"
#include "http/common/form_view.h"
#include "http/common/numbers.h"
#include "http/multipart.h"
#include "http/pages/governance/meeting_page.h"
#include "http/pages/governance/meeting_support.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;

// The page again, with what was sent and its problems.
core::Result<Response> Again(const MeetingServices& services, const Request& request,
                             const FormData& values, const FormErrors& errors, int status) {
  ASSURE_ASSIGN_OR_RETURN(const auto view,
                          services.meetings.Get(RequesterOf(request), MeetingIdOf(request)));
  return RenderMeetingPage(services, request, view, values, errors, status);
}

core::Result<Response> MeetingPage(const MeetingServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto view,
                          services.meetings.Get(RequesterOf(request), MeetingIdOf(request)));
  return RenderMeetingPage(services, request, view, FormData{}, FormErrors{}, 200);
}

// The item form's field for a service's field ("title" is item_title).
std::string ItemKey(std::string_view field) {
  if (field == "title" || field == "owner" || field == "restricted") {
    return "item_" + std::string{field};
  }
  return FieldKey(field);
}

core::Result<Response> PostItem(const MeetingServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  domain::AgendaItem item;
  item.title = form.Get("item_title").value_or("");
  item.owner = form.Get("item_owner").value_or("");
  item.restricted = form.Get("item_restricted").value_or("") == "yes";
  const auto id = MeetingIdOf(request);
  auto added = services.meetings.AddItem(RequesterOf(request), id, std::move(item));
  if (added.ok()) return Response::Redirect(MeetingHref(id) + "#agenda");
  if (!IsShownOnForm(added.error())) return added.error();
  FormErrors errors;
  errors.Add(ItemKey(added.error().field), added.error().message);
  return Again(services, request, form, errors, HttpStatusFor(added.error().code));
}

core::Result<Response> PostPaper(const MeetingServices& services, const Request& request) {
  auto sent = ParseMultipart(request.Header("content-type").value_or(""), request.body);
  if (!sent.ok()) return Response::Status(400);  // not a multipart form: a bad request
  const auto id = MeetingIdOf(request);
  const auto item = IdParam(request, "item").value_or(0);
  const std::string key = PaperFileKey(item);
  const MultipartPart* file = sent->File("file");
  FormErrors errors;
  if (file == nullptr || (file->file_name->empty() && file->content.empty())) {
    errors.Add(key, "Choose the file of the paper.");
    return Again(services, request, FormData{}, errors, 422);
  }
  auto added = services.meetings.AddPaper(RequesterOf(request), id, item, *file->file_name,
                                          std::string{file->content});
  if (added.ok()) return Response::Redirect(MeetingHref(id) + "#agenda");
  if (!IsShownOnForm(added.error())) return added.error();
  errors.Add(key, added.error().message);
  return Again(services, request, FormData{}, errors, HttpStatusFor(added.error().code));
}

core::Result<Response> GetPaper(const MeetingServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(auto download,
                          services.meetings.ReadPaper(RequesterOf(request), MeetingIdOf(request),
                                                      IdParam(request, "paper").value_or(0)));
  return Download(download.paper.media_type, download.paper.file_name, std::move(download.bytes));
}

// The decision form's field for a service's field: the action's fields ("action.title" or
// "title") are action_title and so on.
std::string DecisionKey(std::string_view field) {
  for (const std::string_view name : {"title", "owner_agency_id", "lead_name", "due_on"}) {
    if (field == name) return "action_" + std::string{name};
  }
  return FieldKey(field);
}

// The action the decision form describes, or nullopt when its boxes are all blank.
std::optional<domain::DecisionAction> ActionOf(const FormData& form, FormErrors& errors) {
  const std::string title = form.Get("action_title").value_or("");
  const std::string agency = form.Get("action_owner_agency_id").value_or("");
  const std::string lead = form.Get("action_lead_name").value_or("");
  bool dated = false;
  for (const char* part : {"action_due_on-day", "action_due_on-month", "action_due_on-year"}) {
    dated = dated || !form.Get(part).value_or("").empty();
  }
  if (title.empty() && agency.empty() && lead.empty() && !dated) return std::nullopt;
  domain::DecisionAction action;
  action.title = title;
  action.lead_name = lead;
  if (const auto id = ParsePositive(agency)) {
    action.owner_agency_id = *id;
  } else {
    errors.Add("action_owner_agency_id", "Choose the agency that owns the action.");
  }
  const auto due = ParseDate(form, "action_due_on", "the date the action is due", true, errors);
  if (due) action.due_on = *due;
  return action;
}

core::Result<Response> PostDecision(const MeetingServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  FormErrors errors;
  domain::NewDecision decision;
  decision.text = WithLineFeeds(form.Get("text").value_or(""));
  if (const auto approves = form.Get("approves_minutes_of"); approves && !approves->empty()) {
    decision.approves_minutes_of = ParsePositive(*approves);
    if (!decision.approves_minutes_of) {
      errors.Add("approves_minutes_of", "Choose one of the meetings whose minutes are drafts.");
    }
  }
  decision.action = ActionOf(form, errors);
  if (!errors.empty()) return Again(services, request, form, errors, 422);
  const auto id = MeetingIdOf(request);
  auto recorded = services.meetings.RecordDecision(RequesterOf(request), id, std::move(decision));
  if (recorded.ok()) return Response::Redirect(MeetingHref(id) + "#decisions");
  if (!IsShownOnForm(recorded.error())) return recorded.error();
  errors.Add(DecisionKey(recorded.error().field), recorded.error().message);
  return Again(services, request, form, errors, HttpStatusFor(recorded.error().code));
}

}  // namespace

void AddMeetingAgendaRoutes(Router& router, const MeetingServices& services) {
  const auto read = RoutePolicy::Authorised(Resource::kMeeting, Action::kRead);
  const auto update = RoutePolicy::Authorised(Resource::kMeeting, Action::kUpdate);
  router.Add(Method::kGet, "/governance/meetings/{id}", read,
             MeetingPageHandler(services, MeetingPage));
  router.Add(Method::kPost, "/governance/meetings/{id}/items", update,
             MeetingPageHandler(services, PostItem));
  router.Add(Method::kPost, "/governance/meetings/{id}/items/{item}/papers", update,
             MeetingPageHandler(services, PostPaper), kMaxUploadBodyBytes);
  router.Add(Method::kGet, "/governance/meetings/{id}/papers/{paper}", read,
             MeetingPageHandler(services, GetPaper));
  router.Add(Method::kPost, "/governance/meetings/{id}/decisions", update,
             MeetingPageHandler(services, PostDecision));
}

}  // namespace assure::http::pages
