// Recording a progress update (/actions/{id}/update): the form (multipart/form-data, with at most
// one evidence file under the same limits as an agency's response: kMaxUploadBodyBytes for the
// body, domain/files/upload_rules.h for the file) and its POST. The status radios offer only
// what may follow the action's status for the asker (ActionView::next_statuses). The owner
// agency's lead or the business unit may record; another agency's action is 404, audited, and
// nothing is stored. A stale version keeps the form and says to reload.
#include <optional>
#include <string>
#include <vector>

#include "domain/files/upload_rules.h"
#include "domain/london_date.h"
#include "http/handlers/action_form_view.h"
#include "http/handlers/action_forms.h"
#include "http/handlers/action_support.h"
#include "http/handlers/page_render.h"
#include "http/multipart.h"

namespace assure::http::handlers {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

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

json About(const domain::ActionView& view, const std::map<domain::AgencyId, std::string>& names) {
  const auto& rated = view.rated;
  const auto& action = rated.action;
  const auto row = [](std::string key, const std::string& value) {
    return json{{"key", std::move(key)}, {"lines", json::array({value})}};
  };
  return json::array({row("Owner agency", AgencyName(names, action.owner_agency_id)),
                      row("Due", domain::LongCivilDate(action.due_on)),
                      row("Status now", std::string{domain::ActionStatusLabel(action.status)}),
                      row("RAG rating shown", RagText(rated.effective_rag))});
}

Response UpdateForm(const ActionServices& services, const Request& request,
                    const domain::ActionView& view, const FormData& values,
                    const FormErrors& errors, int status) {
  const auto requester = RequesterOf(request);
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

  json page{{"title", "Record an update"},
            {"caption", action.title},
            {"back_href", ActionHref(action.id)},
            {"cancel_href", ActionHref(action.id)},
            {"action_href", ActionHref(action.id) + "/update"},
            {"csrf_token", request.session->session.csrf_token},
            {"version", values.Get("version").value_or("")},
            {"multipart", true},
            {"has_about", true},
            {"about", About(view, ActionAgencyNames(services, requester))},
            {"submit", "Record the update"},
            {"sections", view_form.Sections()}};
  view_form.AddErrors(page);
  return RenderPage(services.deps.renderer, request, "action_form", std::move(page), status);
}

// The action as its page reads it (404 and audited when the asker may not see it), when the asker
// may record an update on it (403 otherwise).
core::Result<domain::ActionView> Updatable(const ActionServices& services, const Request& request) {
  auto view = services.actions.Get(RequesterOf(request), IdParam(request, "id").value_or(0));
  if (!view) return view.error();
  if (!view->may_update) {
    return core::Error::Forbidden("Your role does not allow you to update this action.");
  }
  return view;
}

Response NewUpdate(const ActionServices& services, const Request& request) {
  auto view = Updatable(services, request);
  if (!view) return ErrorResponse(services.deps.renderer, request, view.error());
  const auto& action = view->rated.action;
  std::vector<std::pair<std::string, std::string>> pairs{
      {"version", std::to_string(action.version)},
      {"status", std::string{domain::ActionStatusName(action.status)}}};
  if (action.reported_rag)
    pairs.emplace_back("rag", std::string{domain::RagName(*action.reported_rag)});
  AppendDate(pairs, "on", domain::LondonDate(services.deps.clock.Now()));
  return UpdateForm(services, request, *view, FormData(std::move(pairs)), FormErrors{}, 200);
}

Response Record(const ActionServices& services, const Request& request) {
  const auto requester = RequesterOf(request);
  const auto id = IdParam(request, "id").value_or(0);
  auto sent = ParseMultipart(request.Header("content-type").value_or(""), request.body);
  if (!sent) return Response{400, {}, {}, {}};
  const FormData fields = sent->Fields();
  const auto version = ParsePositive(fields.Get("version").value_or(""));
  if (!version) return Response{400, {}, {}, {}};

  // The form again, on the action as it is now (404 and audited if the asker may not see it).
  const auto again = [&](const FormErrors& errors, int status) {
    auto view = Updatable(services, request);
    if (!view) return ErrorResponse(services.deps.renderer, request, view.error());
    return UpdateForm(services, request, *view, fields, errors, status);
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
  auto recorded = services.actions.RecordUpdate(requester, id, std::move(input));
  if (recorded) return Response::Redirect(ActionHref(id) + "?done=updated");
  const auto& error = recorded.error();
  if (error.code == core::ErrorCode::kInvalidInput) {
    errors.Add(error);
    return again(errors, 422);
  }
  if (error.code == core::ErrorCode::kConflict) {
    errors.Add("", error.message);
    return again(errors, 409);
  }
  return ErrorResponse(services.deps.renderer, request, error);
}

}  // namespace

void AddActionUpdateRoutes(Router& router, const ActionServices& services) {
  router.Add(Method::kGet, "/actions/{id}/update",
             RoutePolicy::Authorised(Resource::kAction, Action::kUpdate),
             [services](const Request& request) { return NewUpdate(services, request); });
  router.Add(
      Method::kPost, "/actions/{id}/update",
      RoutePolicy::Authorised(Resource::kAction, Action::kUpdate),
      [services](const Request& request) { return Record(services, request); },
      kMaxUploadBodyBytes);
}

}  // namespace assure::http::handlers
