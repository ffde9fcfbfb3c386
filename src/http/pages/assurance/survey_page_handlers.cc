// Staff survey pages for the business unit and readers of the framework: GET/POST
// /assurance/surveys/new and /assurance/surveys/{id}/edit (title, introduction, minimum group,
// agencies), GET /assurance/surveys/{id} (the survey with its questions; for the business unit,
// while a draft, the form adding a question and a button removing each, and once open each
// agency's link), POST /assurance/surveys/{id}/questions and /questions/{number}/remove, and
// POST /assurance/surveys/{id}/open, /close and /copy. Every change carries the version the page
// was opened on; a stale one is 409.
#include <string>
#include <utility>
#include <vector>

#include "http/common/errors.h"
#include "http/common/form_view.h"
#include "http/common/numbers.h"
#include "http/common/page_render.h"
#include "http/pages/assurance/assurance_support.h"
#include "http/pages/assurance/survey_page.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

domain::SurveyId SurveyIdOf(const Request& request) { return IdParam(request, "id").value_or(0); }

core::Result<Response> DetailsForm(const AssuranceServices& services, const Request& request,
                                   const FormData& values, const FormErrors& errors,
                                   std::optional<domain::Survey> editing, int status) {
  const auto requester = RequesterOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto choices, services.activities.Choices(requester));
  std::vector<Choice> agencies;
  for (const auto& [agency, name] : choices.agencies) {
    agencies.push_back({std::to_string(agency), name, ""});
  }
  std::vector<Choice> activities{{"", "A new activity for this survey", ""}};
  for (const auto& activity : choices.activities) {
    if (activity.content.kind == domain::ActivityKind::kStaffSurvey &&
        activity.state != domain::ActivityState::kClosed) {
      activities.push_back({std::to_string(activity.id), activity.content.title, ""});
    }
  }
  FormView form(values, errors);
  form.Section("");
  form.Text("title", "Title", "For example, Exploitation: what staff know and do");
  form.Textarea("introduction", "Introduction",
                "Shown above the questions: why the survey is asked and how answers are used.");
  form.Text("minimum_group", "Fewest answers shown",
            "Results of an agency with fewer answers are hidden. At least 5; 10 is usual.",
            "govuk-input--width-3");
  form.Checkboxes("agency_ids", "Agencies taking part", agencies,
                  "Each gets its own link when the survey opens.");
  if (!editing && activities.size() > 1) {
    form.Select("activity_id", "Planned activity", activities,
                "The staff survey of the framework this survey carries out.");
  }
  const std::string href = editing ? SurveyHref(editing->id) + "/edit" : "/assurance/surveys/new";
  json page{{"title", editing ? "Change the survey's details" : "Build a staff survey"},
            {"caption", "Quality assurance framework"},
            {"back_href", editing ? SurveyHref(editing->id) : "/assurance"},
            {"action_href", href},
            {"csrf_token", request.session->session.csrf_token},
            {"submit", editing ? "Save the details" : "Start the survey"},
            {"cancel_href", editing ? SurveyHref(editing->id) : "/assurance"},
            {"sections", form.Sections()}};
  if (editing) page["version"] = editing->version;
  form.AddErrors(page);
  return RenderPage(services.context.renderer, request, "case_form", std::move(page), status);
}

FormData DetailsValues(const domain::Survey& survey) {
  std::vector<std::pair<std::string, std::string>> pairs{
      {"title", survey.content.title},
      {"introduction", survey.content.introduction},
      {"minimum_group", std::to_string(survey.content.minimum_group)}};
  for (const auto agency : survey.content.agency_ids) {
    pairs.emplace_back("agency_ids", std::to_string(agency));
  }
  return FormData(std::move(pairs));
}

// The details of the form into `content` (its questions kept); a minimum that is no number is
// an error on the form.
void ReadDetails(const FormData& form, domain::SurveyContent& content, FormErrors& errors) {
  content.title = form.Get("title").value_or("");
  content.introduction = WithLineFeeds(form.Get("introduction").value_or(""));
  const auto minimum = ParseBoundedNumber(form.Get("minimum_group").value_or(""), 10, 0, 1'000'000);
  if (!minimum) {
    errors.Add("minimum_group", "Enter the fewest answers shown as a whole number, such as 10.");
  }
  content.minimum_group = static_cast<int>(minimum.value_or(0));
  content.agency_ids.clear();
  for (const auto& value : form.GetAll("agency_ids")) {
    if (auto id = ParsePositive(value)) content.agency_ids.push_back(*id);
  }
}

core::Result<Response> NewSurvey(const AssuranceServices& services, const Request& request) {
  const FormData defaults(
      std::vector<std::pair<std::string, std::string>>{{"minimum_group", "10"}});
  return DetailsForm(services, request, defaults, FormErrors{}, std::nullopt, 200);
}

core::Result<Response> PostNewSurvey(const AssuranceServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  FormErrors errors;
  domain::SurveyContent content;
  ReadDetails(form, content, errors);
  if (!errors.empty()) return DetailsForm(services, request, form, errors, std::nullopt, 422);
  const auto activity = ParsePositive(form.Get("activity_id").value_or(""));
  auto created = services.surveys.Create(RequesterOf(request), std::move(content), activity);
  if (!created.ok()) {
    if (created.error().code != core::ErrorCode::kInvalidInput) return created.error();
    errors.Add(created.error());
    return DetailsForm(services, request, form, errors, std::nullopt, 422);
  }
  return Response::Redirect(SurveyHref(created->id));
}

core::Result<Response> EditSurvey(const AssuranceServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto view,
                          services.surveys.Get(RequesterOf(request), SurveyIdOf(request)));
  return DetailsForm(services, request, DetailsValues(view.survey), FormErrors{}, view.survey, 200);
}

core::Result<Response> PostEditSurvey(const AssuranceServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  const auto requester = RequesterOf(request);
  ASSURE_ASSIGN_OR_RETURN(auto view, services.surveys.Get(requester, SurveyIdOf(request)));
  domain::Survey& survey = view.survey;
  survey.version = FormVersion(form).value_or(0);
  FormErrors errors;
  domain::SurveyContent content = survey.content;
  ReadDetails(form, content, errors);
  if (!errors.empty()) return DetailsForm(services, request, form, errors, survey, 422);
  auto updated = services.surveys.Update(requester, survey.id, survey.version, std::move(content));
  if (!updated.ok()) {
    if (updated.error().code != core::ErrorCode::kInvalidInput) return updated.error();
    errors.Add(updated.error());
    return DetailsForm(services, request, form, errors, survey, 422);
  }
  return Response::Redirect(SurveyHref(survey.id));
}

core::Result<Response> ShowSurvey(const AssuranceServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto view,
                          services.surveys.Get(RequesterOf(request), SurveyIdOf(request)));
  return RenderSurveyPage(services, request, view, FormData{}, FormErrors{}, 200);
}

core::Result<Response> PostQuestion(const AssuranceServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  const auto requester = RequesterOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto view, services.surveys.Get(requester, SurveyIdOf(request)));
  FormErrors errors;
  domain::SurveyContent content = view.survey.content;
  AddQuestionFromForm(form, content, errors);
  if (errors.empty()) {
    auto updated = services.surveys.Update(requester, view.survey.id, FormVersion(form).value_or(0),
                                           std::move(content));
    if (updated.ok()) return Response::Redirect(SurveyHref(view.survey.id) + "#questions");
    if (updated.error().code != core::ErrorCode::kInvalidInput) return updated.error();
    errors.Add(QuestionFormKey(updated.error().field), updated.error().message);
  }
  return RenderSurveyPage(services, request, view, form, errors, 422);
}

core::Result<Response> PostRemoveQuestion(const AssuranceServices& services,
                                          const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  const auto requester = RequesterOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto view, services.surveys.Get(requester, SurveyIdOf(request)));
  domain::SurveyContent content = view.survey.content;
  if (!RemoveQuestion(content, static_cast<int>(IdParam(request, "number").value_or(0)))) {
    return core::Error::NotFound("There is no such question.");
  }
  ASSURE_TRY(services.surveys.Update(requester, view.survey.id, FormVersion(form).value_or(0),
                                     std::move(content)));
  return Response::Redirect(SurveyHref(view.survey.id) + "#questions");
}

core::Result<Response> PostStep(const AssuranceServices& services, const Request& request,
                                std::string_view step) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  const auto requester = RequesterOf(request);
  const auto id = SurveyIdOf(request);
  const auto version = FormVersion(form).value_or(0);
  core::Result<domain::Survey> done = core::Error::NotFound("There is no such step.");
  if (step == "open") done = services.surveys.Open(requester, id, version);
  if (step == "close") done = services.surveys.Close(requester, id, version);
  if (step == "copy") done = services.surveys.Copy(requester, id);
  if (!done.ok()) {
    if (done.error().code != core::ErrorCode::kInvalidInput) return done.error();
    ASSURE_ASSIGN_OR_RETURN(const auto view, services.surveys.Get(requester, id));
    FormErrors errors;
    errors.Add("", done.error().message);
    return RenderSurveyPage(services, request, view, FormData{}, errors, 422);
  }
  return Response::Redirect(SurveyHref(done->id));
}

core::Result<Response> PostOpen(const AssuranceServices& services, const Request& request) {
  return PostStep(services, request, "open");
}
core::Result<Response> PostClose(const AssuranceServices& services, const Request& request) {
  return PostStep(services, request, "close");
}
core::Result<Response> PostCopy(const AssuranceServices& services, const Request& request) {
  return PostStep(services, request, "copy");
}

}  // namespace

void AddSurveyPageRoutes(Router& router, const AssuranceServices& services) {
  const auto create = RoutePolicy::Authorised(Resource::kAssurance, Action::kCreate);
  const auto update = RoutePolicy::Authorised(Resource::kAssurance, Action::kUpdate);
  router.Add(Method::kGet, "/assurance/surveys/new", create,
             AssurancePageHandler(services, NewSurvey));
  router.Add(Method::kPost, "/assurance/surveys/new", create,
             AssurancePageHandler(services, PostNewSurvey));
  router.Add(Method::kGet, "/assurance/surveys/{id}",
             RoutePolicy::Authorised(Resource::kAssurance, Action::kRead),
             AssurancePageHandler(services, ShowSurvey));
  router.Add(Method::kGet, "/assurance/surveys/{id}/edit", update,
             AssurancePageHandler(services, EditSurvey));
  router.Add(Method::kPost, "/assurance/surveys/{id}/edit", update,
             AssurancePageHandler(services, PostEditSurvey));
  router.Add(Method::kPost, "/assurance/surveys/{id}/questions", update,
             AssurancePageHandler(services, PostQuestion));
  router.Add(Method::kPost, "/assurance/surveys/{id}/questions/{number}/remove", update,
             AssurancePageHandler(services, PostRemoveQuestion));
  router.Add(Method::kPost, "/assurance/surveys/{id}/open", update,
             AssurancePageHandler(services, PostOpen));
  router.Add(Method::kPost, "/assurance/surveys/{id}/close", update,
             AssurancePageHandler(services, PostClose));
  router.Add(Method::kPost, "/assurance/surveys/{id}/copy", create,
             AssurancePageHandler(services, PostCopy));
}

}  // namespace assure::http::pages
