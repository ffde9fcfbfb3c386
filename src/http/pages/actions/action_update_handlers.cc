// Recording a progress update (/actions/{id}/update): the form (multipart/form-data, with at most
// one evidence file under the same limits as an agency's response: kMaxUploadBodyBytes for the
// body, domain/files/upload_rules.h for the file) and its POST. The status radios offer only
// what may follow the action's status for the asker (ActionView::next_statuses). The owner
// agency's lead or the business unit may record; another agency's action is 404, audited, and
// nothing is stored. A stale version keeps the form and says to reload.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/files/upload_rules.h"
#include "domain/london_date.h"
#include "http/common/display.h"
#include "http/common/errors.h"
#include "http/common/form_view.h"
#include "http/common/numbers.h"
#include "http/common/page_render.h"
#include "http/multipart.h"
#include "http/pages/actions/action_form_view.h"
#include "http/pages/actions/action_forms.h"
#include "http/pages/actions/action_support.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;

std::string AllowedTypesHint() {
  std::string hint = "Optional. A PDF, Word, Excel, PNG, JPEG or text file (";
  bool first = true;
  for (auto extension : domain::AllowedUploadExtensions()) {
    hint += (first ? "" : ", ") + std::string{extension};
    first = false;
  }
  return hint + "), smaller than 10 MB.";
}

std::string_view StatusHint(domain::ActionStatus status) {
  switch (status) {
    case domain::ActionStatus::kCompleted:
      return "Describe the evidence of impact below";
    case domain::ActionStatus::kNotImplemented:
    case domain::ActionStatus::kSuperseded:
      return "Give the reason below";
    default:
      return "";
  }
}

core::Result<Response> UpdateForm(const ActionServices& services, const Request& request,
                                  const domain::ActionView& view, const FormData& values,
                                  const FormErrors& errors, int status) {
  ASSURE_ASSIGN_OR_RETURN(const auto names, AgencyNames(services.agencies, RequesterOf(request)));
  const auto& action = view.rated.action;
  std::vector<Choice> statuses;
  for (const auto next : view.next_statuses) {
    statuses.push_back({std::string{domain::ActionStatusName(next)},
                        std::string{domain::ActionStatusLabel(next)},
                        std::string{StatusHint(next)}});
  }
  ActionFormView view_form(values, errors);
  auto& form = view_form.form();
  form.Date("on", "Date of the update");
  form.Textarea("narrative", "What has happened",
                "The progress since the last update. Name no one a case is about.", 6);
  form.Radios("status", "Status after this update", statuses);
  form.Textarea("status_reason", "Reason",
                "Required if the action is not implemented or superseded", 3);
  form.Radios("rag", "Your RAG rating",
              {{"green", "Green", "On track to be done by the due date"},
               {"amber", "Amber", "At risk of missing the due date"},
               {"red", "Red", "Will miss the due date, or needs help"}});
  form.Textarea("evidence", "Evidence of impact",
                "What has changed in practice or for people, and how you know. Required to mark "
                "the action completed.",
                5);
  view_form.File("file", "Attach evidence", AllowedTypesHint());

  const ActionFormFrame frame{
      .title = "Record an update",
      .caption = action.title,
      .back_href = ActionHref(action.id),
      .action_href = ActionHref(action.id) + "/update",
      .version = values.Get("version").value_or(""),
      .multipart = true,
      .about = ActionAbout(AgencyName(names, action.owner_agency_id), action.due_on, action.status,
                           "Status now", view.rated.effective_rag),
      .submit = "Record the update"};
  return RenderActionForm(services.context.renderer, request, frame, view_form, status);
}

// The action as its page reads it (404 and audited when the asker may not see it), when the asker
// may record an update on it (403 otherwise).
core::Result<domain::ActionView> Updatable(const ActionServices& services, const Request& request) {
  return ActionToChange(services, request, &domain::ActionView::may_update,
                        "Your role does not allow you to update this action.");
}

core::Result<Response> NewUpdate(const ActionServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto view, Updatable(services, request));
  const auto& action = view.rated.action;
  std::vector<std::pair<std::string, std::string>> pairs{
      {"version", std::to_string(action.version)},
      {"status", std::string{domain::ActionStatusName(action.status)}}};
  if (action.reported_rag)
    pairs.emplace_back("rag", std::string{domain::RagName(*action.reported_rag)});
  AppendDate(pairs, "on", domain::LondonDate(services.context.clock.Now()));
  return UpdateForm(services, request, view, FormData(std::move(pairs)), FormErrors{}, 200);
}

core::Result<Response> Record(const ActionServices& services, const Request& request) {
  const auto id = IdParam(request, "id").value_or(0);
  const auto sent = ParseMultipart(request.Header("content-type").value_or(""), request.body);
  if (!sent) return Response::Status(400);  // not a multipart form: a bad request
  const FormData fields = sent->Fields();
  const auto version = FormVersion(fields);
  if (!version) return Response::Status(400);

  // The form again, on the action as it is now (404 and audited if the asker may not see it).
  const auto again = [&](const FormErrors& errors, int status) -> core::Result<Response> {
    ASSURE_ASSIGN_OR_RETURN(const auto view, Updatable(services, request));
    return UpdateForm(services, request, view, fields, errors, status);
  };

  FormErrors errors;
  auto input = ParseActionUpdate(fields, errors);
  const MultipartPart* part = sent->File("file");
  const bool chose_file = part != nullptr && (!part->file_name->empty() || !part->content.empty());
  if (chose_file) {
    // Checked here too, so that every problem of the form shows at once.
    if (auto accepted = domain::CheckUpload("file", *part->file_name, part->content); !accepted) {
      errors.Add(accepted.error());
    }
  }
  if (!errors.empty()) return again(errors, 422);

  input.version = *version;
  if (chose_file)
    input.file = domain::NewEvidenceFile{*part->file_name, std::string{part->content}};
  const auto recorded = services.actions.RecordUpdate(RequesterOf(request), id, std::move(input));
  if (!recorded) return ShowRefusal(recorded.error(), again);
  return Response::Redirect(ActionHref(id) + "?done=updated");
}

}  // namespace

void AddActionUpdateRoutes(Router& router, const ActionServices& services) {
  router.Add(Method::kGet, "/actions/{id}/update",
             RoutePolicy::Authorised(Resource::kAction, Action::kUpdate),
             ActionPageHandler(services, NewUpdate));
  router.Add(Method::kPost, "/actions/{id}/update",
             RoutePolicy::Authorised(Resource::kAction, Action::kUpdate),
             ActionPageHandler(services, Record), kMaxUploadBodyBytes);
}

}  // namespace assure::http::pages
