#include "reports/board_report_tables.h"

#include <utility>

namespace assure::reports {

namespace {

using domain::ActionStatus;
using domain::BoardAction;
using domain::BoardReport;

constexpr std::string_view kRed = "#d4351c";
constexpr std::string_view kAmber = "#c75d00";  // 4.2:1 on white, darker than GOV.UK orange
constexpr std::string_view kGreen = "#00703c";
constexpr std::string_view kGrey = "#505a5f";
constexpr std::string_view kBlue = "#1d70b8";

std::string Date(const std::optional<domain::CivilDate>& date) {
  return date ? domain::FormatCivilDate(*date) : std::string{};
}

std::string Join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const auto& part : parts) {
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

std::string OutcomeText(const domain::ReviewEntry& entry) {
  return entry.outcome ? std::string{domain::ReviewOutcomeLabel(*entry.outcome)} : std::string{};
}

Table SummaryTable(const BoardReport& report) {
  Table table{"Summary", {"Figure", "Value"}, {}};
  table.rows.push_back({std::string{"Half-year"}, domain::FormatHalfYear(report.half)});
  table.rows.push_back({std::string{"From"}, domain::FormatCivilDate(report.first_day)});
  table.rows.push_back({std::string{"As at"}, domain::FormatCivilDate(report.as_at)});
  for (const BoardFigure& figure : BoardSummary(report)) {
    table.rows.push_back({figure.label, figure.value});
  }
  return table;
}

Table StatusTable(const BoardReport& report) {
  Table table{"By status", {"Status", "Actions"}, {}};
  for (ActionStatus status : domain::AllActionStatuses()) {
    table.rows.push_back({std::string{domain::ActionStatusLabel(status)}, report.count(status)});
  }
  table.rows.push_back({std::string{"Total"}, report.total()});
  return table;
}

Table RagTable(const BoardReport& report) {
  Table table{"By RAG rating", {"RAG rating", "Actions"}, {}};
  for (const BarItem& bar : BoardRagBars(report)) table.rows.push_back({bar.label, bar.value});
  table.rows.push_back({std::string{"Total"}, report.total()});
  return table;
}

Table AgencyTable(const BoardReport& report) {
  Table table{"By agency", {"Agency", "Actions"}, {}};
  for (ActionStatus status : domain::AllActionStatuses()) {
    table.headers.emplace_back(domain::ActionStatusLabel(status));
  }
  table.headers.emplace_back("Overdue");
  for (const auto& agency : report.by_agency) {
    std::vector<Cell> row{agency.agency, agency.actions};
    for (std::int64_t count : agency.by_status) row.emplace_back(count);
    row.emplace_back(agency.overdue);
    table.rows.push_back(std::move(row));
  }
  return table;
}

Table ActionsTable(const BoardReport& report) {
  Table table{
      "Actions",
      {"Action id", "Action", "Sources", "Owner agency", "Lead", "Due", "Due date moves", "Status",
       "Status since", "Reason", "Reported RAG", "RAG rating", "Overdue", "Last update",
       "Last update narrative", "Evidence date", "Evidence of impact", "Evidence files"},
      {}};
  for (const BoardAction& action : report.actions) {
    table.rows.push_back(
        {action.id, action.title, JoinSources(action), action.owner_agency, action.lead_name,
         domain::FormatCivilDate(action.due_on), std::int64_t{action.due_date_changes},
         std::string{domain::ActionStatusLabel(action.status)}, Date(action.status_since),
         action.status_reason,
         action.reported_rag ? std::string{domain::RagLabel(*action.reported_rag)} : std::string{},
         std::string{RagText(action.rag)}, std::string{action.overdue ? "Yes" : "No"},
         Date(action.last_update_on), action.last_update,
         action.evidence ? domain::FormatCivilDate(action.evidence->on) : std::string{},
         action.evidence ? action.evidence->text : std::string{},
         action.evidence ? Join(action.evidence->file_names, "; ") : std::string{}});
  }
  return table;
}

Table SourcesTable(const BoardReport& report) {
  Table table{"Sources",
              {"Source", "Kind", "Recommendation", "Recommendation text", "Action id", "Action"},
              {}};
  for (const auto& review : report.reviews) {
    for (const auto& rec : review.recommendations) {
      for (std::size_t i : rec.actions) {
        table.rows.push_back({review.case_reference, review.review_kind, std::int64_t{rec.number},
                              rec.text, report.actions[i].id, report.actions[i].title});
      }
    }
    for (std::size_t i : review.rapid_review_actions) {
      table.rows.push_back({review.case_reference, std::string{"Rapid review learning"},
                            std::string{}, std::string{}, report.actions[i].id,
                            report.actions[i].title});
    }
  }
  for (const auto& other : report.other_sources) {
    for (std::size_t i : other.actions) {
      table.rows.push_back({other.label, std::string{domain::SourceKindLabel(other.kind)},
                            std::string{}, std::string{}, report.actions[i].id,
                            report.actions[i].title});
    }
  }
  return table;
}

Table CompletedTable(const BoardReport& report) {
  Table table{"Completed",
              {"Action id", "Action", "Owner agency", "Completed on", "Evidence of impact",
               "Evidence files"},
              {}};
  for (std::size_t i : report.completed) {
    const BoardAction& action = report.actions[i];
    table.rows.push_back(
        {action.id, action.title, action.owner_agency, Date(action.status_since),
         action.evidence ? action.evidence->text : std::string{},
         action.evidence ? Join(action.evidence->file_names, "; ") : std::string{}});
  }
  return table;
}

Table OverdueTable(const BoardReport& report) {
  Table table{"Overdue",
              {"Action id", "Action", "Owner agency", "Lead", "Due", "Status", "Latest review",
               "Reviewed on", "Review note", "Last update", "Last update narrative"},
              {}};
  for (std::size_t i : report.overdue) {
    const BoardAction& action = report.actions[i];
    const domain::ReviewEntry* review = LatestReview(action);
    table.rows.push_back({action.id, action.title, action.owner_agency, action.lead_name,
                          domain::FormatCivilDate(action.due_on),
                          std::string{domain::ActionStatusLabel(action.status)},
                          review ? OutcomeText(*review) : std::string{},
                          review ? Date(review->reviewed_on) : std::string{},
                          review ? review->note : std::string{}, Date(action.last_update_on),
                          action.last_update});
  }
  return table;
}

Table SlippedTable(const BoardReport& report) {
  Table table{"Slipped",
              {"Action id", "Action", "Owner agency", "Reviewed on", "New due date", "Reason",
               "Due date moves"},
              {}};
  for (std::size_t i : report.slipped) {
    const BoardAction& action = report.actions[i];
    for (const domain::ReviewEntry& entry : action.entries) {
      if (entry.outcome != domain::ReviewOutcome::kExtend) continue;
      table.rows.push_back({action.id, action.title, action.owner_agency, Date(entry.reviewed_on),
                            Date(entry.new_due_on), entry.note,
                            std::int64_t{action.due_date_changes}});
    }
  }
  return table;
}

Table NotImplementedTable(const BoardReport& report) {
  Table table{"Not implemented",
              {"Action id", "Action", "Sources", "Owner agency", "Decided on", "Reason"},
              {}};
  for (std::size_t i : report.not_implemented) {
    const BoardAction& action = report.actions[i];
    table.rows.push_back({action.id, action.title, JoinSources(action), action.owner_agency,
                          Date(action.status_since), action.status_reason});
  }
  return table;
}

}  // namespace

std::vector<BoardFigure> BoardSummary(const BoardReport& report) {
  auto count = [](const std::vector<std::size_t>& list) {
    return static_cast<std::int64_t>(list.size());
  };
  return {
      {"in_report", "Actions in the report", report.total()},
      {"completed", "Completed in the half-year", count(report.completed)},
      {"overdue", "Overdue", count(report.overdue)},
      {"slipped", "Slipped: due date extended in the half-year", count(report.slipped)},
      {"not_implemented", "Not implemented", count(report.not_implemented)},
      {"closed_before", "Closed before the half-year (not listed)", report.closed_before},
  };
}

std::vector<BarItem> BoardStatusBars(const BoardReport& report) {
  std::vector<BarItem> bars;
  for (ActionStatus status : domain::AllActionStatuses()) {
    bars.push_back(
        {std::string{domain::ActionStatusLabel(status)}, report.count(status), std::string{kBlue}});
  }
  return bars;
}

std::vector<BarItem> BoardRagBars(const BoardReport& report) {
  return {{"Red", report.by_rag.red, std::string{kRed}},
          {"Amber", report.by_rag.amber, std::string{kAmber}},
          {"Green", report.by_rag.green, std::string{kGreen}},
          {"No rating", report.by_rag.no_rating, std::string{kGrey}}};
}

std::string_view RagText(const std::optional<domain::Rag>& rag) {
  return rag ? domain::RagLabel(*rag) : std::string_view{"No rating"};
}

std::string JoinSources(const BoardAction& action) { return Join(action.sources, "; "); }

const domain::ReviewEntry* LatestReview(const BoardAction& action) {
  for (auto it = action.entries.rbegin(); it != action.entries.rend(); ++it) {
    if (!it->note.empty()) return &*it;
  }
  return action.entries.empty() ? nullptr : &action.entries.back();
}

std::vector<Table> BoardReportTables(const BoardReport& report) {
  std::vector<Table> tables;
  tables.push_back(SummaryTable(report));
  tables.push_back(StatusTable(report));
  tables.push_back(RagTable(report));
  tables.push_back(AgencyTable(report));
  tables.push_back(ActionsTable(report));
  tables.push_back(SourcesTable(report));
  tables.push_back(CompletedTable(report));
  tables.push_back(OverdueTable(report));
  tables.push_back(SlippedTable(report));
  tables.push_back(NotImplementedTable(report));
  return tables;
}

}  // namespace assure::reports
