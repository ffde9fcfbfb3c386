// An agency's part of a case audit: GET /assurance/audits/{id}/parts/{agency_id} (for its lead
// while a draft of an open audit: a grade and a comment for every question of every record, saved
// with "Save" or saved and submitted with "Save and submit"; for anyone else who may read it, the
// grades as a table) and POST the same path. The form carries the part's version: a stale one is
// 409.
#include <algorithm>
#include <cstdlib>
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

std::string GradeKey(domain::AuditRecordId record, int question) {
  return "grade_" + std::to_string(record) + "_" + std::to_string(question);
}
std::string CommentKey(domain::AuditRecordId record, int question) {
  return "comment_" + std::to_string(record) + "_" + std::to_string(question);
}

struct PartOnPage {
  domain::CaseAuditView view;
  const domain::AuditPart* part = nullptr;  // into view.parts
  bool gradable = false;
};

core::Result<PartOnPage> Load(const AssuranceServices& services, const Request& request) {
  const auto agency = IdParam(request, "agency_id").value_or(0);
  PartOnPage loaded;
  ASSURE_ASSIGN_OR_RETURN(
      loaded.view, services.audits.Get(RequesterOf(request), IdParam(request, "id").value_or(0)));
  for (const auto& part : loaded.view.parts) {
    if (part.agency_id == agency) loaded.part = &part;
  }
  if (loaded.part == nullptr) return core::Error::NotFound("There is no such part.");
  const auto& gradable = loaded.view.gradable;
  loaded.gradable = std::find(gradable.begin(), gradable.end(), agency) != gradable.end();
  return loaded;
}

// The form's values from the part's grades.
FormData ValuesOf(const domain::AuditPart& part) {
  std::vector<std::pair<std::string, std::string>> pairs;
  for (const auto& entry : part.grades) {
    if (entry.grade) {
      pairs.emplace_back(GradeKey(entry.record_id, entry.question),
                         std::string{domain::AuditGradeName(*entry.grade)});
    }
    pairs.emplace_back(CommentKey(entry.record_id, entry.question), entry.comment);
  }
  return FormData(std::move(pairs));
}

core::Result<Response> Render(const AssuranceServices& services, const Request& request,
                              const PartOnPage& loaded, const FormData& values,
                              const FormErrors& errors, int status) {
  const auto& audit = loaded.view.audit;
  const auto& part = *loaded.part;
  const auto name = loaded.view.agency_names.find(part.agency_id);
  const std::string agency = name == loaded.view.agency_names.end() ? "" : name->second;
  const std::string href = AuditPartHref(audit.id, part.agency_id);
  if (loaded.gradable) {
    std::vector<Choice> grades{{"", "Not graded yet", ""}};
    for (const auto grade : domain::AllAuditGrades()) {
      grades.push_back({std::string{domain::AuditGradeName(grade)},
                        std::string{domain::AuditGradeLabel(grade)}, ""});
    }
    FormView form(values, errors);
    for (const auto& record : audit.records) {
      form.Section(record.reference);
      for (std::size_t q = 0; q < audit.questions.size(); ++q) {
        const int number = static_cast<int>(q + 1);
        const std::string label = std::to_string(number) + ". " + audit.questions[q];
        form.Select(GradeKey(record.id, number), label + " (" + record.reference + ")", grades);
        form.Textarea(CommentKey(record.id, number),
                      "Comment on question " + std::to_string(number) + " for " + record.reference,
                      "", 2);
      }
    }
    json page{{"title", "Grade " + agency + "'s part"},
              {"caption", audit.title},
              {"intro",
               "Grade your agency's part of each record only. Save as you go; submit "
               "once every question of every record is graded."},
              {"back_href", CaseAuditHref(audit.id)},
              {"action_href", href},
              {"csrf_token", request.session->session.csrf_token},
              {"version", part.version},
              {"submit", "Save"},
              {"secondary", "Save and submit"},
              {"cancel_href", CaseAuditHref(audit.id)},
              {"sections", form.Sections()}};
    form.AddErrors(page);
    return RenderPage(services.context.renderer, request, "case_form", std::move(page), status);
  }
  json records = json::array();
  for (const auto& record : audit.records) {
    json cells = json::array();
    for (std::size_t q = 0; q < audit.questions.size(); ++q) {
      std::string grade = "Not graded";
      std::string comment;
      for (const auto& entry : part.grades) {
        if (entry.record_id != record.id || entry.question != static_cast<int>(q + 1)) continue;
        if (entry.grade) grade = domain::AuditGradeLabel(*entry.grade);
        comment = entry.comment;
      }
      cells.push_back(
          {{"question", std::to_string(q + 1)}, {"grade", grade}, {"comment", comment}});
    }
    records.push_back({{"reference", record.reference}, {"cells", cells}});
  }
  json page{{"title", agency + "'s part"},
            {"caption", audit.title},
            {"back_href", CaseAuditHref(audit.id)},
            {"state", part.state == domain::AuditPartState::kSubmitted
                          ? "Submitted " + DateText(part.submitted_on)
                          : "Being graded"},
            {"records", records}};
  return RenderPage(services.context.renderer, request, "assurance_audit_part", std::move(page),
                    status);
}

core::Result<Response> PartPage(const AssuranceServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto loaded, Load(services, request));
  return Render(services, request, loaded, ValuesOf(*loaded.part), FormErrors{}, 200);
}

core::Result<Response> PostPart(const AssuranceServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  ASSURE_ASSIGN_OR_RETURN(const auto loaded, Load(services, request));
  const auto& audit = loaded.view.audit;
  const auto agency = loaded.part->agency_id;
  FormErrors errors;
  std::vector<domain::AuditGradeEntry> grades;
  for (const auto& record : audit.records) {
    for (int q = 1; q <= static_cast<int>(audit.questions.size()); ++q) {
      domain::AuditGradeEntry entry{record.id, q, std::nullopt, {}};
      const std::string chosen = form.Get(GradeKey(record.id, q)).value_or("");
      if (!chosen.empty()) {
        entry.grade = domain::ParseAuditGrade(chosen);
        if (!entry.grade) errors.Add(GradeKey(record.id, q), "Choose one of the grades.");
      }
      entry.comment = WithLineFeeds(form.Get(CommentKey(record.id, q)).value_or(""));
      if (entry.grade || !entry.comment.empty()) grades.push_back(std::move(entry));
    }
  }
  if (!errors.empty()) return Render(services, request, loaded, form, errors, 422);
  const auto requester = RequesterOf(request);
  const auto version = FormVersion(form).value_or(0);
  auto saved = form.Get("secondary")
                   ? services.audits.Submit(requester, audit.id, agency, version, std::move(grades))
                   : services.audits.Grade(requester, audit.id, agency, version, std::move(grades));
  if (saved.ok()) return Response::Redirect(CaseAuditHref(audit.id));
  if (saved.error().code != core::ErrorCode::kInvalidInput) return saved.error();
  // A field "grades[<reference>][<question>]" is that question's grade box.
  const std::string& field = saved.error().field;
  std::string key;
  for (const auto& record : audit.records) {
    const std::string prefix = "grades[" + record.reference + "][";
    if (field.starts_with(prefix)) {
      key = GradeKey(record.id, std::atoi(field.c_str() + prefix.size()));
    }
  }
  errors.Add(key, saved.error().message);
  ASSURE_ASSIGN_OR_RETURN(const auto reloaded, Load(services, request));
  return Render(services, request, reloaded, form, errors, 422);
}

}  // namespace

void AddAuditPartRoutes(Router& router, const AssuranceServices& services) {
  router.Add(Method::kGet, "/assurance/audits/{id}/parts/{agency_id}",
             RoutePolicy::Authorised(Resource::kAssuranceReturn, Action::kRead),
             AssurancePageHandler(services, PartPage));
  router.Add(Method::kPost, "/assurance/audits/{id}/parts/{agency_id}",
             RoutePolicy::Authorised(Resource::kAssuranceReturn, Action::kUpdate),
             AssurancePageHandler(services, PostPart));
}

}  // namespace assure::http::pages
