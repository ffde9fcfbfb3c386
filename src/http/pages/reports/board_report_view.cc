#include "http/pages/reports/board_report_view.h"

#include <string>
#include <vector>

#include "http/common/display.h"
#include "reports/bar_chart.h"
#include "reports/board_report_tables.h"

namespace assure::http::pages {

namespace {

using domain::BoardAction;
using domain::BoardReport;
using nlohmann::json;

std::string Months(const domain::HalfYear& half) {
  const int year = half.year;
  return half.number == 1
             ? "April to September " + std::to_string(year)
             : "October " + std::to_string(year) + " to March " + std::to_string(year + 1);
}

std::string Moves(int changes) {
  if (changes <= 0) return {};
  return "Due date moved " + std::to_string(changes) + (changes == 1 ? " time" : " times");
}

std::string Files(const BoardAction& action) {
  if (!action.evidence) return {};
  std::string out;
  for (const auto& name : action.evidence->file_names) out += (out.empty() ? "" : ", ") + name;
  return out;
}

// One action as a row of a source's table. Every key is set, so that none is looked up in an
// enclosing section.
json ActionRow(const BoardAction& action) {
  std::string reported;
  if (action.rag_disagrees && action.reported_rag) {
    reported = "Reported " + std::string{domain::RagLabel(*action.reported_rag)};
  }
  return {{"title", action.title},
          {"agency", action.owner_agency},
          {"lead", action.lead_name},
          {"due", domain::LongCivilDate(action.due_on)},
          {"moves", Moves(action.due_date_changes)},
          {"status", domain::ActionStatusLabel(action.status)},
          {"reason", action.status_reason},
          {"rag", reports::RagText(action.rag)},
          {"rag_tag", RagTagClass(action.rag)},
          {"rag_reported", reported},
          {"last_update_on", DateText(action.last_update_on)},
          {"last_update", action.last_update},
          {"evidence", action.evidence ? action.evidence->text : std::string{}},
          {"evidence_files", Files(action)}};
}

json Rows(const BoardReport& report, const std::vector<std::size_t>& indexes) {
  json rows = json::array();
  for (std::size_t i : indexes) rows.push_back(ActionRow(report.actions[i]));
  return rows;
}

json Chart(const std::vector<reports::BarItem>& items, std::int64_t total) {
  json chart = BarChartView(items);
  json rows = json::array();
  for (const auto& item : items) {
    rows.push_back({{"label", item.label}, {"value", std::to_string(item.value)}});
  }
  chart["rows"] = std::move(rows);
  chart["total"] = std::to_string(total);
  return chart;
}

json Agencies(const BoardReport& report) {
  json rows = json::array();
  for (const auto& agency : report.by_agency) {
    rows.push_back({{"name", agency.agency},
                    {"actions", std::to_string(agency.actions)},
                    {"not_started", std::to_string(agency.by_status[0])},
                    {"in_progress", std::to_string(agency.by_status[1])},
                    {"completed", std::to_string(agency.by_status[2])},
                    {"not_implemented", std::to_string(agency.by_status[3])},
                    {"superseded", std::to_string(agency.by_status[4])},
                    {"overdue", std::to_string(agency.overdue)}});
  }
  return rows;
}

json Completed(const BoardReport& report) {
  json rows = json::array();
  for (std::size_t i : report.completed) {
    const BoardAction& action = report.actions[i];
    rows.push_back({{"title", action.title},
                    {"agency", action.owner_agency},
                    {"completed_on", DateText(action.status_since)},
                    {"evidence", action.evidence ? action.evidence->text : std::string{}},
                    {"evidence_files", Files(action)}});
  }
  return rows;
}

json Overdue(const BoardReport& report) {
  json rows = json::array();
  for (std::size_t i : report.overdue) {
    const BoardAction& action = report.actions[i];
    std::string review;
    if (const domain::ReviewEntry* entry = reports::LatestReview(action)) {
      if (entry->outcome) review = domain::ReviewOutcomeLabel(*entry->outcome);
      review += ", " + DateText(entry->reviewed_on);
      if (!entry->note.empty()) review += ": " + entry->note;
    }
    rows.push_back({{"title", action.title},
                    {"agency", action.owner_agency},
                    {"lead", action.lead_name},
                    {"due", domain::LongCivilDate(action.due_on)},
                    {"status", domain::ActionStatusLabel(action.status)},
                    {"review", review},
                    {"last_update_on", DateText(action.last_update_on)},
                    {"last_update", action.last_update}});
  }
  return rows;
}

json Slipped(const BoardReport& report) {
  json rows = json::array();
  for (std::size_t i : report.slipped) {
    const BoardAction& action = report.actions[i];
    json extensions = json::array();
    for (const domain::ReviewEntry& entry : action.entries) {
      if (entry.outcome != domain::ReviewOutcome::kExtend) continue;
      extensions.push_back({{"reviewed_on", DateText(entry.reviewed_on)},
                            {"new_due", DateText(entry.new_due_on)},
                            {"note", entry.note}});
    }
    rows.push_back({{"title", action.title},
                    {"agency", action.owner_agency},
                    {"due", domain::LongCivilDate(action.due_on)},
                    {"moves", Moves(action.due_date_changes)},
                    {"extensions", std::move(extensions)}});
  }
  return rows;
}

json NotImplemented(const BoardReport& report) {
  json rows = json::array();
  for (std::size_t i : report.not_implemented) {
    const BoardAction& action = report.actions[i];
    rows.push_back({{"title", action.title},
                    {"sources", reports::JoinSources(action)},
                    {"agency", action.owner_agency},
                    {"decided_on", DateText(action.status_since)},
                    {"reason", action.status_reason}});
  }
  return rows;
}

json Reviews(const BoardReport& report) {
  json reviews = json::array();
  for (const auto& review : report.reviews) {
    json groups = json::array();
    for (const auto& rec : review.recommendations) {
      groups.push_back(
          {{"caption", "Recommendation " + std::to_string(rec.number) + ": " + rec.text},
           {"actions", Rows(report, rec.actions)}});
    }
    if (!review.rapid_review_actions.empty()) {
      groups.push_back({{"caption", "Learning from the rapid review"},
                        {"actions", Rows(report, review.rapid_review_actions)}});
    }
    reviews.push_back({{"heading", review.case_reference + ": " + review.review_kind},
                       {"recommendations", std::move(groups)}});
  }
  return reviews;
}

json Others(const BoardReport& report) {
  json others = json::array();
  for (const auto& other : report.other_sources) {
    std::string heading{domain::SourceKindLabel(other.kind)};
    if (!other.label.empty()) heading += ": " + other.label;
    others.push_back({{"heading", heading}, {"actions", Rows(report, other.actions)}});
  }
  return others;
}

}  // namespace

json HalfYearOptions(domain::CivilDate today, const domain::HalfYear& chosen) {
  std::vector<domain::HalfYear> halves;
  domain::HalfYear half = domain::HalfYearOf(today);
  for (int i = 0; i < 7; ++i, half = domain::Previous(half)) halves.push_back(half);
  if (chosen < halves.back()) halves.push_back(chosen);
  json options = json::array();
  for (const auto& option : halves) {
    options.push_back({{"value", domain::HalfYearSlug(option)},
                       {"label", domain::FormatHalfYear(option) + ": " + Months(option)},
                       {"checked", option == chosen}});
  }
  return options;
}

void AddBoardReport(json& page, const BoardReport& report) {
  page["show_report"] = true;
  page["half_text"] = domain::FormatHalfYear(report.half);
  page["period_text"] = domain::FormatHalfYear(report.half) + ": " +
                        domain::LongCivilDate(report.first_day) + " to " +
                        domain::LongCivilDate(domain::LastDay(report.half));
  page["as_at_text"] = domain::LongCivilDate(report.as_at);
  page["provisional"] = !report.complete;
  json summary = json::array();
  for (const auto& figure : reports::BoardSummary(report)) {
    summary.push_back(
        {{"key", figure.key}, {"label", figure.label}, {"value", std::to_string(figure.value)}});
  }
  page["summary"] = std::move(summary);
  page["total"] = std::to_string(report.total());
  page["status_chart"] = Chart(reports::BoardStatusBars(report), report.total());
  page["rag_chart"] = Chart(reports::BoardRagBars(report), report.total());
  page["has_agencies"] = !report.by_agency.empty();
  page["agencies"] = Agencies(report);
  page["has_completed"] = !report.completed.empty();
  page["completed"] = Completed(report);
  page["has_overdue"] = !report.overdue.empty();
  page["overdue"] = Overdue(report);
  page["has_slipped"] = !report.slipped.empty();
  page["slipped"] = Slipped(report);
  page["has_not_implemented"] = !report.not_implemented.empty();
  page["not_implemented"] = NotImplemented(report);
  page["has_reviews"] = !report.reviews.empty();
  page["reviews"] = Reviews(report);
  page["has_others"] = !report.other_sources.empty();
  page["others"] = Others(report);
}

}  // namespace assure::http::pages
