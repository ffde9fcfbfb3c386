// One agency's self-evaluation return: GET /assurance/rounds/{id}/returns/{agency_id} (each
// standard with its rating, narrative, evidence and challenges, and the forms the reader may use:
// evidence upload, submit, ask, answer, resolve, reopen), GET/POST .../edit (the agency lead's
// ratings and narratives, one section a standard), GET .../evidence/{evidence_id} (the file, as
// an attachment), and the POSTs of the page's forms. A refused form shows the page again with
// the problem by its field (422), and writes nothing; a stale version is 409.
#include <string>
#include <utility>
#include <vector>

#include "http/common/display.h"
#include "http/common/downloads.h"
#include "http/common/errors.h"
#include "http/common/form_view.h"
#include "http/common/numbers.h"
#include "http/common/page_render.h"
#include "http/multipart.h"
#include "http/pages/assurance/assurance_support.h"
#include "http/pages/assurance/assurance_todo.h"
#include "http/pages/assurance/return_page.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

struct ReturnKey {
  domain::RoundId round = 0;
  domain::AgencyId agency = 0;
};

ReturnKey KeyOf(const Request& request) {
  return {IdParam(request, "id").value_or(0), IdParam(request, "agency_id").value_or(0)};
}

core::Result<Response> ShowReturn(const AssuranceServices& services, const Request& request) {
  const auto key = KeyOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto view,
                          services.returns.Get(RequesterOf(request), key.round, key.agency));
  return RenderReturnPage(services, request, view, FormErrors{}, 200);
}

// After a POST: the page again with `error` when it is the reader's to correct, else the error.
core::Result<Response> Refused(const AssuranceServices& services, const Request& request,
                               const core::Error& error) {
  if (error.code != core::ErrorCode::kInvalidInput) return error;
  const auto key = KeyOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto view,
                          services.returns.Get(RequesterOf(request), key.round, key.agency));
  FormErrors errors;
  errors.Add(FieldKey(error.field), error.message);
  return RenderReturnPage(services, request, view, errors, 422);
}

template <typename T>
core::Result<Response> Done(const AssuranceServices& services, const Request& request,
                            const core::Result<T>& result, std::string_view done) {
  if (!result.ok()) return Refused(services, request, result.error());
  const auto key = KeyOf(request);
  return Response::Redirect(ReturnHref(key.round, key.agency) + "?done=" + std::string{done});
}

core::Result<Response> EditForm(const AssuranceServices& services, const Request& request,
                                const domain::ReturnView& view, const FormData& values,
                                const FormErrors& errors, int status) {
  const auto scale = view.framework.content.scale;
  std::vector<Choice> ratings;
  for (const auto rating : domain::RatingsOf(scale)) {
    ratings.push_back({std::string{rating}, domain::RatingLabel(scale, rating), ""});
  }
  FormView form(values, errors);
  for (const auto& standard : view.framework.standards) {
    const std::string id = std::to_string(standard.id);
    form.Section(standard.text.code + ". " + standard.text.heading, standard.text.statement);
    form.Radios("rating_" + id, "Rating", ratings, standard.text.good_looks_like, true);
    form.Textarea("narrative_" + id, "What shows it", "", 5);
  }
  const std::string href = ReturnHref(view.round.id, view.ret.agency_id);
  json page{{"title", "Complete the self-evaluation"},
            {"caption", view.agency_name + ": " + view.round.title},
            {"back_href", href},
            {"action_href", href + "/edit"},
            {"csrf_token", request.session->session.csrf_token},
            {"version", values.Get("version").value_or("")},
            {"intro", "Save as often as you like; submit the return from its page when done."},
            {"submit", "Save"},
            {"cancel_href", href},
            {"sections", form.Sections()}};
  form.AddErrors(page);
  return RenderPage(services.context.renderer, request, "case_form", std::move(page), status);
}

core::Result<Response> GetEdit(const AssuranceServices& services, const Request& request) {
  const auto key = KeyOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto view,
                          services.returns.Get(RequesterOf(request), key.round, key.agency));
  if (!view.may_edit) return core::Error::Conflict("This return is not yours to change now.");
  std::vector<std::pair<std::string, std::string>> pairs{
      {"version", std::to_string(view.ret.version)}};
  for (const auto& answer : view.ret.answers) {
    pairs.emplace_back("rating_" + std::to_string(answer.standard_id), answer.rating);
    pairs.emplace_back("narrative_" + std::to_string(answer.standard_id), answer.narrative);
  }
  return EditForm(services, request, view, FormData(std::move(pairs)), FormErrors{}, 200);
}

core::Result<Response> PostEdit(const AssuranceServices& services, const Request& request) {
  const auto key = KeyOf(request);
  const auto requester = RequesterOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  ASSURE_ASSIGN_OR_RETURN(const auto view, services.returns.Get(requester, key.round, key.agency));
  std::vector<domain::ReturnAnswer> answers;
  for (const auto& standard : view.framework.standards) {
    const std::string id = std::to_string(standard.id);
    answers.push_back({standard.id, form.Get("rating_" + id).value_or(""),
                       WithLineFeeds(form.Get("narrative_" + id).value_or("")), ""});
  }
  auto saved = services.returns.Save(requester, key.round, key.agency,
                                     FormVersion(form).value_or(0), std::move(answers));
  if (!saved.ok()) {
    const auto& error = saved.error();
    if (error.code != core::ErrorCode::kInvalidInput && error.code != core::ErrorCode::kConflict) {
      return error;
    }
    FormErrors errors;
    std::string field = error.field;  // "answers[<code>].rating" -> that standard's input
    for (const auto& standard : view.framework.standards) {
      const std::string prefix = "answers[" + standard.text.code + "].";
      if (field.rfind(prefix, 0) == 0) {
        field = field.substr(prefix.size()) + "_" + std::to_string(standard.id);
      }
    }
    errors.Add(error.code == core::ErrorCode::kConflict ? "" : FieldKey(field), error.message);
    return EditForm(services, request, view, form, errors, HttpStatusFor(error.code));
  }
  return Response::Redirect(ReturnHref(key.round, key.agency) + "?done=saved");
}

core::Result<Response> PostSubmit(const AssuranceServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  const auto key = KeyOf(request);
  return Done(services, request,
              services.returns.Submit(RequesterOf(request), key.round, key.agency,
                                      FormVersion(form).value_or(0)),
              "submitted");
}

core::Result<Response> PostReopen(const AssuranceServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  const auto key = KeyOf(request);
  return Done(services, request,
              services.returns.Reopen(RequesterOf(request), key.round, key.agency,
                                      FormVersion(form).value_or(0),
                                      WithLineFeeds(form.Get("reason").value_or(""))),
              "reopened");
}

core::Result<Response> PostEvidence(const AssuranceServices& services, const Request& request) {
  auto sent = ParseMultipart(request.Header("content-type").value_or(""), request.body);
  if (!sent.ok()) return Response::Status(400);
  const auto key = KeyOf(request);
  const MultipartPart* file = sent->File("file");
  if (file == nullptr || (file->file_name->empty() && file->content.empty())) {
    return Refused(services, request,
                   core::Error::InvalidInput("file", "Choose a file of evidence."));
  }
  return Done(
      services, request,
      services.returns.AddEvidence(RequesterOf(request), key.round, key.agency,
                                   ParsePositive(sent->Get("standard_id").value_or("")).value_or(0),
                                   *file->file_name, file->content),
      "evidence");
}

core::Result<Response> GetEvidence(const AssuranceServices& services, const Request& request) {
  const auto key = KeyOf(request);
  ASSURE_ASSIGN_OR_RETURN(auto download,
                          services.returns.Evidence(RequesterOf(request), key.round, key.agency,
                                                    IdParam(request, "evidence_id").value_or(0)));
  return Download(download.file.content_type, download.file.file_name, std::move(download.bytes));
}

core::Result<Response> PostAction(const AssuranceServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  const auto key = KeyOf(request);
  const auto requester = RequesterOf(request);
  FormErrors errors;
  domain::ImprovementAction action;
  action.standard_id = ParsePositive(form.Get("action_standard_id").value_or("")).value_or(0);
  action.title = form.Get("title").value_or("");
  action.success_measure = WithLineFeeds(form.Get("success_measure").value_or(""));
  action.due_on = ParseDate(form, "due_on", "the date the action is due", true, errors);
  const auto show = [&]() -> core::Result<Response> {
    ASSURE_ASSIGN_OR_RETURN(const auto view,
                            services.returns.Get(requester, key.round, key.agency));
    return RenderReturnPage(services, request, view, errors, 422, form);
  };
  if (!errors.empty()) return show();
  auto added =
      services.returns.AddImprovementAction(requester, key.round, key.agency, std::move(action));
  if (!added.ok()) {
    if (added.error().code != core::ErrorCode::kInvalidInput) return added.error();
    errors.Add(FieldKey(added.error().field), added.error().message);
    return show();
  }
  return Response::Redirect(ReturnHref(key.round, key.agency) + "?done=action");
}

core::Result<Response> PostAsk(const AssuranceServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  const auto key = KeyOf(request);
  return Done(services, request,
              services.returns.Ask(RequesterOf(request), key.round, key.agency,
                                   ParsePositive(form.Get("standard_id").value_or("")).value_or(0),
                                   WithLineFeeds(form.Get("question").value_or(""))),
              "asked");
}

core::Result<Response> PostAnswer(const AssuranceServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  const auto key = KeyOf(request);
  return Done(services, request,
              services.returns.Answer(RequesterOf(request), key.round, key.agency,
                                      IdParam(request, "challenge_id").value_or(0),
                                      WithLineFeeds(form.Get("answer").value_or(""))),
              "answered");
}

core::Result<Response> PostResolve(const AssuranceServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  const auto key = KeyOf(request);
  std::optional<std::string> agreed;
  if (auto rating = form.Get("agreed_rating"); rating && !rating->empty()) agreed = *rating;
  return Done(
      services, request,
      services.returns.Resolve(RequesterOf(request), key.round, key.agency,
                               IdParam(request, "challenge_id").value_or(0), std::move(agreed)),
      "resolved");
}

}  // namespace

void AddReturnPageRoutes(Router& router, const AssuranceServices& services) {
  const auto read = RoutePolicy::Authorised(Resource::kAssuranceReturn, Action::kRead);
  const auto update = RoutePolicy::Authorised(Resource::kAssuranceReturn, Action::kUpdate);
  const std::string base = "/assurance/rounds/{id}/returns/{agency_id}";
  router.Add(Method::kGet, base, read, AssurancePageHandler(services, ShowReturn));
  router.Add(Method::kGet, base + "/edit", update, AssurancePageHandler(services, GetEdit));
  router.Add(Method::kPost, base + "/edit", update, AssurancePageHandler(services, PostEdit));
  router.Add(Method::kPost, base + "/submit", update, AssurancePageHandler(services, PostSubmit));
  router.Add(Method::kPost, base + "/reopen", update, AssurancePageHandler(services, PostReopen));
  router.Add(Method::kPost, base + "/evidence", update,
             AssurancePageHandler(services, PostEvidence));
  router.Add(Method::kGet, base + "/evidence/{evidence_id}", read,
             AssurancePageHandler(services, GetEvidence));
  router.Add(Method::kPost, base + "/actions", update, AssurancePageHandler(services, PostAction));
  router.Add(Method::kPost, base + "/challenges", update, AssurancePageHandler(services, PostAsk));
  router.Add(Method::kPost, base + "/challenges/{challenge_id}/answer", update,
             AssurancePageHandler(services, PostAnswer));
  router.Add(Method::kPost, base + "/challenges/{challenge_id}/resolve", update,
             AssurancePageHandler(services, PostResolve));
}

}  // namespace assure::http::pages
