#include "reports/board_report_tables.h"

#include <gtest/gtest.h>

#include "testing/zip_reader.h"

namespace assure::reports {
namespace {

using domain::ActionStatus;

domain::CivilDate D(const char* text) { return *domain::ParseCivilDate(text); }

// A fictional report of three actions: one completed with evidence, one overdue and extended,
// one not implemented; the overdue one's title starts like a formula.
domain::BoardReport Sample() {
  domain::BoardReport report;
  report.half = {2025, 1};
  report.first_day = D("2025-04-01");
  report.as_at = D("2025-09-30");
  report.complete = true;
  domain::BoardAction done;
  done.id = 11;
  done.title = "Refresh the multi-agency neglect training";
  done.owner_agency = "Northshire Police";
  done.due_on = D("2025-06-30");
  done.status = ActionStatus::kCompleted;
  done.status_since = D("2025-06-20");
  done.rag = domain::Rag::kGreen;
  done.evidence = domain::BoardEvidence{D("2025-06-20"), "Audit of 40 cases.", {"audit.pdf"}};
  done.sources = {"CR-2025-001 recommendation 1"};
  domain::BoardAction late;
  late.id = 12;
  late.title = "=Review the escalation policy";
  late.owner_agency = "Northshire Council";
  late.due_on = D("2025-09-01");
  late.status = ActionStatus::kInProgress;
  late.rag = domain::Rag::kRed;
  late.overdue = true;
  late.due_date_changes = 1;
  domain::ReviewEntry extended;
  extended.outcome = domain::ReviewOutcome::kExtend;
  extended.reviewed_on = D("2025-07-10");
  extended.new_due_on = D("2025-09-01");
  extended.note = "Waiting for the new policy template.";
  late.entries = {extended};
  domain::BoardAction refused;
  refused.id = 13;
  refused.title = "Buy a new case system";
  refused.owner_agency = "Northshire Council";
  refused.status = ActionStatus::kNotImplemented;
  refused.status_since = D("2025-05-02");
  refused.status_reason = "The national system replaces it.";
  report.actions = {done, late, refused};
  report.by_status = {0, 1, 1, 1, 0};
  report.by_rag = {1, 0, 1, 1};
  report.completed = {0};
  report.overdue = {1};
  report.slipped = {1};
  report.not_implemented = {2};
  report.closed_before = 4;
  return report;
}

TEST(BoardReportTablesTest, TheSummaryNamesEachFigureOnce) {
  const auto summary = BoardSummary(Sample());
  ASSERT_EQ(summary.size(), 6u);
  EXPECT_EQ(summary[0].label, "Actions in the report");
  EXPECT_EQ(summary[0].value, 3);
  EXPECT_EQ(summary[1].value, 1);  // completed
  EXPECT_EQ(summary[2].value, 1);  // overdue
  EXPECT_EQ(summary[3].value, 1);  // slipped
  EXPECT_EQ(summary[4].value, 1);  // not implemented
  EXPECT_EQ(summary[5].key, "closed_before");
  EXPECT_EQ(summary[5].value, 4);
  const auto rag = BoardRagBars(Sample());
  ASSERT_EQ(rag.size(), 4u);
  EXPECT_EQ(rag[0].label, "Red");
  EXPECT_EQ(rag[0].value, 1);
  EXPECT_EQ(rag[3].label, "No rating");
  EXPECT_EQ(BoardStatusBars(Sample())[2].label, "Completed");
  EXPECT_EQ(RagText(std::nullopt), "No rating");
}

TEST(BoardReportTablesTest, TheAppendixIsOneSheetPerTableWithFormulasNeutralised) {
  const auto tables = BoardReportTables(Sample());
  ASSERT_EQ(tables.size(), 10u);
  EXPECT_EQ(tables[0].title, "Summary");
  // One slipped row per extension, with its reason.
  const Table& slipped = tables[8];
  EXPECT_EQ(slipped.title, "Slipped");
  ASSERT_EQ(slipped.rows.size(), 1u);
  EXPECT_EQ(std::get<std::string>(slipped.rows[0][5]), "Waiting for the new policy template.");
  const Table& refused = tables[9];
  EXPECT_EQ(std::get<std::string>(refused.rows[0][5]), "The national system replaces it.");
  EXPECT_EQ(std::get<std::string>(refused.rows[0][4]), "2025-05-02");

  auto bytes = ToXlsx(tables);
  ASSERT_TRUE(bytes.ok()) << bytes.error().message;
  auto entries = testing::ReadZip(*bytes);
  EXPECT_TRUE(entries.count("xl/worksheets/sheet10.xml"));
  const std::string& workbook = entries["xl/workbook.xml"];
  EXPECT_NE(workbook.find("name=\"Not implemented\""), std::string::npos);
  EXPECT_NE(workbook.find("name=\"By agency\""), std::string::npos);
  const std::string& strings = entries["xl/sharedStrings.xml"];
  EXPECT_EQ(strings.find("<t>=Review"), std::string::npos);
  EXPECT_NE(strings.find("Review the escalation policy"), std::string::npos);
  for (const auto& [name, text] : entries) EXPECT_EQ(text.find("<f>"), std::string::npos) << name;
}

}  // namespace
}  // namespace assure::reports
