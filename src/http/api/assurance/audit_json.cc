#include "http/api/assurance/audit_json.h"

#include <algorithm>
#include <string>
#include <utility>

#include "http/common/json_fields.h"

namespace assure::http::api {

using nlohmann::json;

namespace {

json CountsJson(const domain::GradeCounts& counts) {
  json by_grade = json::object();
  for (const auto grade : domain::AllAuditGrades()) {
    by_grade[std::string{domain::AuditGradeName(grade)}] =
        counts.by_grade[static_cast<std::size_t>(grade)];
  }
  by_grade["total"] = counts.total();
  return by_grade;
}

json ResultsJson(const domain::AuditResults& results) {
  json by_question = json::array();
  for (std::size_t q = 0; q < results.by_question.size(); ++q) {
    by_question.push_back({{"question", q + 1}, {"grades", CountsJson(results.by_question[q])}});
  }
  json by_agency = json::array();
  for (const auto& [agency, counts] : results.by_agency) {
    by_agency.push_back({{"agency_id", agency}, {"grades", CountsJson(counts)}});
  }
  json themes = json::array();
  for (const auto& [theme, count] : results.themes) {
    themes.push_back({{"theme", theme}, {"records", count}});
  }
  return {{"by_question", std::move(by_question)},
          {"by_agency", std::move(by_agency)},
          {"overall", CountsJson(results.overall)},
          {"moderated", results.moderated},
          {"themes", std::move(themes)}};
}

}  // namespace

json CaseAuditSummaryJson(const domain::CaseAudit& audit) {
  return {{"id", audit.id},
          {"activity_id", audit.activity_id},
          {"title", audit.title},
          {"questions", audit.questions.size()},
          {"records", audit.records.size()},
          {"agency_ids", audit.agency_ids},
          {"opened_on", DateJson(audit.opened_on)},
          {"due_on", DateJson(audit.due_on)},
          {"state", domain::CaseAuditStateName(audit.state)},
          {"closed_on", DateJson(audit.closed_on)},
          {"version", audit.version}};
}

json CaseAuditJson(const domain::CaseAudit& audit) {
  json records = json::array();
  for (const auto& record : audit.records) {
    json moderation = nullptr;
    if (record.moderation) {
      moderation = {{"overall", domain::AuditGradeName(record.moderation->overall)},
                    {"reasons", record.moderation->reasons},
                    {"themes", record.moderation->themes},
                    {"agreed_on", DateJson(record.moderation->agreed_on)}};
    }
    records.push_back(
        {{"id", record.id}, {"reference", record.reference}, {"moderation", moderation}});
  }
  return {{"id", audit.id},
          {"activity_id", audit.activity_id},
          {"title", audit.title},
          {"questions", audit.questions},
          {"records", std::move(records)},
          {"agency_ids", audit.agency_ids},
          {"opened_on", DateJson(audit.opened_on)},
          {"due_on", DateJson(audit.due_on)},
          {"state", domain::CaseAuditStateName(audit.state)},
          {"closed_on", DateJson(audit.closed_on)},
          {"version", audit.version}};
}

json AuditPartJson(const domain::AuditPart& part) {
  json grades = json::array();
  for (const auto& entry : part.grades) {
    grades.push_back({{"record_id", entry.record_id},
                      {"question", entry.question},
                      {"grade", entry.grade ? json(domain::AuditGradeName(*entry.grade)) : json()},
                      {"comment", entry.comment}});
  }
  return {{"agency_id", part.agency_id},
          {"state", domain::AuditPartStateName(part.state)},
          {"grades", std::move(grades)},
          {"submitted_on", DateJson(part.submitted_on)},
          {"version", part.version}};
}

json CaseAuditViewJson(const domain::CaseAuditView& view) {
  json answer = CaseAuditJson(view.audit);
  json agencies = json::array();
  for (const auto agency : view.audit.agency_ids) {
    const auto name = view.agency_names.find(agency);
    agencies.push_back(
        {{"agency_id", agency}, {"name", name == view.agency_names.end() ? "" : name->second}});
  }
  answer["agencies"] = std::move(agencies);
  json parts = json::array();
  for (const auto& part : view.parts) parts.push_back(AuditPartJson(part));
  answer["parts"] = std::move(parts);
  answer["gradable_agency_ids"] = view.gradable;
  answer["results"] = view.results ? ResultsJson(*view.results) : json();
  return answer;
}

core::Result<domain::NewCaseAudit> NewCaseAuditFrom(const json& body) {
  JsonFields fields(body);
  domain::NewCaseAudit audit;
  audit.activity_id = fields.Id("activity_id");
  audit.title = fields.Text("title");
  audit.questions = fields.Texts("questions");
  audit.references = fields.Texts("references");
  audit.agency_ids = fields.Ids("agency_ids");
  audit.due_on = fields.Date("due_on");
  return ValueIfAllRead(fields, std::move(audit));
}

core::Result<std::vector<domain::AuditGradeEntry>> AuditGradesFrom(const json& body) {
  JsonFields fields(body);
  if (!fields.Has("grades")) fields.Fail("grades", "Send the part's grades (a list).");
  std::vector<domain::AuditGradeEntry> grades;
  for (JsonFields& item : fields.Objects("grades")) {
    domain::AuditGradeEntry entry;
    entry.record_id = item.Id("record_id").value_or(0);
    entry.question =
        static_cast<int>(std::min<std::int64_t>(item.Id("question").value_or(0), 1000));
    if (item.Has("grade")) {
      entry.grade = domain::ParseAuditGrade(item.Text("grade"));
      if (!entry.grade) {
        item.Fail("grade",
                  "Choose outstanding, good, requires_improvement, inadequate or not_applicable.");
      }
    }
    entry.comment = item.Text("comment");
    grades.push_back(std::move(entry));
  }
  return ValueIfAllRead(fields, std::move(grades));
}

core::Result<domain::Moderation> ModerationFrom(const json& body) {
  JsonFields fields(body);
  domain::Moderation moderation;
  const auto overall = domain::ParseAuditGrade(fields.Text("overall"));
  if (!overall) {
    fields.Fail("overall", "Choose outstanding, good, requires_improvement or inadequate.");
  }
  moderation.overall = overall.value_or(domain::AuditGrade::kNotApplicable);
  moderation.reasons = fields.Text("reasons");
  moderation.themes = fields.Texts("themes");
  return ValueIfAllRead(fields, std::move(moderation));
}

}  // namespace assure::http::api
