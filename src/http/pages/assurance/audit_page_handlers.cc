// Multi-agency case audit pages: GET/POST /assurance/audits/new (the business unit sets the tool,
// the sample by pseudonymous reference, the agencies and the due date), GET /assurance/audits/{id}
// (the tool, each record with its agreed grade, each agency's part, the results; for the business
// unit the moderation form and closing), POST /assurance/audits/{id}/moderation and /close.
#include <string>
#include <utility>
#include <vector>

#include "http/common/display.h"
#include "http/common/errors.h"
#include "http/common/form_view.h"
#include "http/common/numbers.h"
#include "http/common/page_render.h"
#include "http/pages/assurance/assurance_support.h"
#include "http/pages/assurance/assurance_todo.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

domain::CaseAuditId AuditIdOf(const Request& request) { return IdParam(request, "id").value_or(0); }

std::vector<Choice> GradeChoices(bool with_not_applicable) {
  std::vector<Choice> choices{{"", "Choose a grade", ""}};
  for (const auto grade : domain::AllAuditGrades()) {
    if (!with_not_applicable && grade == domain::AuditGrade::kNotApplicable) continue;
    choices.push_back({std::string{domain::AuditGradeName(grade)},
                       std::string{domain::AuditGradeLabel(grade)}, ""});
  }
  return choices;
}

core::Result<Response> AuditForm(const AssuranceServices& services, const Request& request,
                                 const FormData& values, const FormErrors& errors, int status) {
  ASSURE_ASSIGN_OR_RETURN(const auto choices, services.activities.Choices(RequesterOf(request)));
  std::vector<Choice> agencies;
  for (const auto& [agency, name] : choices.agencies) {
    agencies.push_back({std::to_string(agency), name, ""});
  }
  std::vector<Choice> activities{{"", "A new activity for this audit", ""}};
  for (const auto& activity : choices.activities) {
    if (activity.content.kind == domain::ActivityKind::kCaseAudit &&
        activity.state != domain::ActivityState::kClosed) {
      activities.push_back({std::to_string(activity.id), activity.content.title, ""});
    }
  }
  FormView form(values, errors);
  form.Section("");
  form.Text("title", "Title", "For example, Exploitation: multi-agency case audit");
  form.Textarea("questions", "Questions",
                "The audit tool: one question a line, each answered with a grade and a comment.",
                8);
  form.Textarea("references", "Records",
                "One pseudonymous reference a line, such as NS-2025-014: never a name.", 8);
  form.Checkboxes("agency_ids", "Agencies taking part", agencies,
                  "Each agency's lead grades their agency's part of every record.");
  form.Date("due_on", "Grading due", "A date after today, for example, 27 3 2027");
  if (activities.size() > 1) {
    form.Select("activity_id", "Planned activity", activities,
                "The case audit of the framework this audit carries out.");
  }
  json page{{"title", "Open a multi-agency case audit"},
            {"caption", "Quality assurance framework"},
            {"back_href", "/assurance"},
            {"action_href", "/assurance/audits/new"},
            {"csrf_token", request.session->session.csrf_token},
            {"submit", "Open the audit"},
            {"cancel_href", "/assurance"},
            {"sections", form.Sections()}};
  form.AddErrors(page);
  return RenderPage(services.context.renderer, request, "case_form", std::move(page), status);
}

core::Result<Response> NewAudit(const AssuranceServices& services, const Request& request) {
  return AuditForm(services, request, FormData{}, FormErrors{}, 200);
}

// A refused field of the new audit's form: "questions[2]" is the questions box.
std::string AuditFormKey(std::string_view field) {
  const auto bracket = field.find('[');
  return FieldKey(bracket == std::string_view::npos ? field : field.substr(0, bracket));
}

core::Result<Response> PostNewAudit(const AssuranceServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  FormErrors errors;
  domain::NewCaseAudit input;
  input.title = form.Get("title").value_or("");
  input.questions = TextareaLines(form.Get("questions").value_or(""));
  input.references = TextareaLines(form.Get("references").value_or(""));
  for (const auto& value : form.GetAll("agency_ids")) {
    if (auto id = ParsePositive(value)) input.agency_ids.push_back(*id);
  }
  input.due_on = ParseDate(form, "due_on", "the date the grading is due", true, errors);
  input.activity_id = ParsePositive(form.Get("activity_id").value_or(""));
  if (!errors.empty()) return AuditForm(services, request, form, errors, 422);
  auto opened = services.audits.Open(RequesterOf(request), std::move(input));
  if (!opened.ok()) {
    if (opened.error().code != core::ErrorCode::kInvalidInput) return opened.error();
    errors.Add(AuditFormKey(opened.error().field), opened.error().message);
    return AuditForm(services, request, form, errors, 422);
  }
  return Response::Redirect(CaseAuditHref(opened->id));
}

json CountsRow(std::string label, const domain::GradeCounts& counts) {
  json cells = json::array();
  for (const int count : counts.by_grade) cells.push_back(std::to_string(count));
  return {{"label", std::move(label)}, {"cells", cells}, {"total", std::to_string(counts.total())}};
}

json ResultsView(const domain::CaseAuditView& view) {
  const auto& results = *view.results;
  json by_question = json::array();
  for (std::size_t q = 0; q < results.by_question.size(); ++q) {
    by_question.push_back(
        CountsRow(std::to_string(q + 1) + ". " + view.audit.questions[q], results.by_question[q]));
  }
  json by_agency = json::array();
  for (const auto& [agency, counts] : results.by_agency) {
    const auto name = view.agency_names.find(agency);
    by_agency.push_back(CountsRow(name == view.agency_names.end() ? "" : name->second, counts));
  }
  json themes = json::array();
  for (const auto& [theme, count] : results.themes) {
    themes.push_back({{"theme", theme}, {"records", std::to_string(count)}});
  }
  json grades = json::array();
  for (const auto grade : domain::AllAuditGrades())
    grades.push_back(domain::AuditGradeLabel(grade));
  return {{"grades", grades},
          {"by_question", by_question},
          {"by_agency", by_agency},
          {"overall", CountsRow("Agreed overall grades", results.overall)},
          {"moderated", std::to_string(results.moderated)},
          {"has_themes", !themes.empty()},
          {"themes", themes}};
}

core::Result<Response> RenderAuditPage(const AssuranceServices& services, const Request& request,
                                       const domain::CaseAuditView& view, const FormData& values,
                                       const FormErrors& errors, int status) {
  const auto& audit = view.audit;
  const std::string href = CaseAuditHref(audit.id);
  json records = json::array();
  std::vector<Choice> record_choices{{"", "Choose the record", ""}};
  for (const auto& record : audit.records) {
    json line{{"reference", record.reference}, {"moderated", record.moderation.has_value()}};
    if (record.moderation) {
      line["overall"] = domain::AuditGradeLabel(record.moderation->overall);
      line["reasons"] = record.moderation->reasons;
      std::string themes;
      for (const auto& theme : record.moderation->themes) {
        themes += (themes.empty() ? "" : ", ") + theme;
      }
      line["themes"] = themes;
      line["agreed_on"] = DateText(record.moderation->agreed_on);
    }
    records.push_back(std::move(line));
    record_choices.push_back({std::to_string(record.id), record.reference, ""});
  }
  json parts = json::array();
  for (const auto agency : audit.agency_ids) {
    const auto name = view.agency_names.find(agency);
    std::string state = "Not yours to see";
    bool readable = false;
    for (const auto& part : view.parts) {
      if (part.agency_id != agency) continue;
      readable = true;
      state = part.state == domain::AuditPartState::kSubmitted
                  ? "Submitted " + DateText(part.submitted_on)
                  : "Being graded";
    }
    parts.push_back({{"agency", name == view.agency_names.end() ? "" : name->second},
                     {"state", state},
                     {"readable", readable},
                     {"href", AuditPartHref(audit.id, agency)}});
  }
  json questions = json::array();
  for (const auto& question : audit.questions) questions.push_back(question);
  const bool moderating = view.may_run && audit.state == domain::CaseAuditState::kOpen;
  json page{{"title", audit.title},
            {"caption", "Multi-agency case audit"},
            {"state", audit.state == domain::CaseAuditState::kOpen ? "Open" : "Closed"},
            {"due", DateText(audit.due_on)},
            {"questions", questions},
            {"records", records},
            {"parts", parts},
            {"has_results", view.results.has_value()},
            {"moderating", moderating},
            {"moderation_href", href + "/moderation"},
            {"close_href", href + "/close"},
            {"version", audit.version},
            {"csrf_token", request.session->session.csrf_token}};
  if (view.results) page["results"] = ResultsView(view);
  if (moderating) {
    std::vector<Choice> themes;
    for (const auto& theme : view.themes) themes.push_back({theme, theme, ""});
    FormView form(values, errors);
    form.Section("");
    form.Select("record_id", "Record", record_choices);
    form.Select("overall", "Agreed overall grade", GradeChoices(false));
    form.Textarea("reasons", "Reasons", "Why the meeting agreed this grade.", 4);
    form.Checkboxes("themes", "Themes of the findings", themes);
    page["moderation_form"] = form.Sections();
    form.AddErrors(page);
  }
  return RenderPage(services.context.renderer, request, "assurance_audit", std::move(page), status);
}

core::Result<Response> AuditPage(const AssuranceServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto view,
                          services.audits.Get(RequesterOf(request), AuditIdOf(request)));
  return RenderAuditPage(services, request, view, FormData{}, FormErrors{}, 200);
}

core::Result<Response> PostModeration(const AssuranceServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  const auto requester = RequesterOf(request);
  const auto id = AuditIdOf(request);
  FormErrors errors;
  const auto record = ParsePositive(form.Get("record_id").value_or(""));
  if (!record) errors.Add("record_id", "Choose the record the meeting agreed.");
  const auto overall = domain::ParseAuditGrade(form.Get("overall").value_or(""));
  if (!overall) errors.Add("overall", "Choose the agreed overall grade.");
  if (errors.empty()) {
    domain::Moderation moderation;
    moderation.overall = *overall;
    moderation.reasons = WithLineFeeds(form.Get("reasons").value_or(""));
    moderation.themes = form.GetAll("themes");
    auto moderated = services.audits.Moderate(requester, id, FormVersion(form).value_or(0), *record,
                                              std::move(moderation));
    if (moderated.ok()) return Response::Redirect(CaseAuditHref(id));
    if (moderated.error().code != core::ErrorCode::kInvalidInput) return moderated.error();
    errors.Add(moderated.error());
  }
  ASSURE_ASSIGN_OR_RETURN(const auto view, services.audits.Get(requester, id));
  return RenderAuditPage(services, request, view, form, errors, 422);
}

core::Result<Response> PostClose(const AssuranceServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  const auto requester = RequesterOf(request);
  const auto id = AuditIdOf(request);
  auto closed = services.audits.Close(requester, id, FormVersion(form).value_or(0));
  if (closed.ok()) return Response::Redirect(CaseAuditHref(id));
  if (closed.error().code != core::ErrorCode::kInvalidInput) return closed.error();
  ASSURE_ASSIGN_OR_RETURN(const auto view, services.audits.Get(requester, id));
  FormErrors errors;
  errors.Add("", closed.error().message);
  return RenderAuditPage(services, request, view, FormData{}, errors, 422);
}

}  // namespace

void AddAuditPageRoutes(Router& router, const AssuranceServices& services) {
  const auto create = RoutePolicy::Authorised(Resource::kAssurance, Action::kCreate);
  const auto update = RoutePolicy::Authorised(Resource::kAssurance, Action::kUpdate);
  router.Add(Method::kGet, "/assurance/audits/new", create,
             AssurancePageHandler(services, NewAudit));
  router.Add(Method::kPost, "/assurance/audits/new", create,
             AssurancePageHandler(services, PostNewAudit));
  router.Add(Method::kGet, "/assurance/audits/{id}",
             RoutePolicy::Authorised(Resource::kAssurance, Action::kRead),
             AssurancePageHandler(services, AuditPage));
  router.Add(Method::kPost, "/assurance/audits/{id}/moderation", update,
             AssurancePageHandler(services, PostModeration));
  router.Add(Method::kPost, "/assurance/audits/{id}/close", update,
             AssurancePageHandler(services, PostClose));
}

}  // namespace assure::http::pages
