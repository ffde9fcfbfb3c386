#include "domain/reviews/import/review_import.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace assure::domain {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

constexpr std::string_view kHeader =
    "reference,case_type,referral_received,referring_agency,notification_sent,"
    "rapid_review_completed,decision,decision_date,published,themes\r\n";

CivilDate Date(std::string_view text) { return ParseCivilDate(text).value(); }

std::string File(std::string_view rows) { return std::string{kHeader} + std::string{rows}; }

// The problems as "row:column", for compact expectations.
std::vector<std::string> Where(const std::vector<ImportProblem>& problems) {
  std::vector<std::string> where;
  for (const auto& p : problems) where.push_back(std::to_string(p.row) + ":" + p.column);
  return where;
}

ImportContext Northshire() {
  ImportContext context;
  context.agencies = {{7, 1, "Northshire Police", AgencyType::kPolice, true, 1},
                      {8, 1, "Northshire County Council", AgencyType::kLocalAuthority, true, 1}};
  context.themes = {"domestic abuse", "neglect", "self-neglect"};
  return context;
}

TEST(CsvTest, ReadsQuotedCellsWithCommasLineBreaksAndDoubledQuotes) {
  const auto file = ParseCsv("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,x\n");
  ASSERT_FALSE(file.problem.has_value());
  ASSERT_EQ(file.records.size(), 2u);
  EXPECT_THAT(file.records[0].fields, ElementsAre("a", "b, c", "say \"hi\""));
  EXPECT_THAT(file.records[1].fields, ElementsAre("two\nlines", "", "x"));
  EXPECT_EQ(file.records[1].row, 2);
}

TEST(CsvTest, SkipsAByteOrderMarkAndAcceptsAFileWithoutAFinalLineBreak) {
  const auto file = ParseCsv("\xEF\xBB\xBFreference,case_type\r\nCR-1,child");
  ASSERT_FALSE(file.problem.has_value());
  ASSERT_EQ(file.records.size(), 2u);
  EXPECT_EQ(file.records[0].fields[0], "reference");
  EXPECT_THAT(file.records[1].fields, ElementsAre("CR-1", "child"));
}

TEST(CsvTest, NamesTheRowOfAnUnclosedQuoteAndOfStrayQuotes) {
  auto unclosed = ParseCsv("a,b\nc,\"d\ne,f\n");
  ASSERT_TRUE(unclosed.problem.has_value());
  EXPECT_EQ(unclosed.problem->row, 2);
  EXPECT_THAT(unclosed.problem->reason, HasSubstr("not closed"));
  auto inside = ParseCsv("a,b\nc,d\"e\n");
  ASSERT_TRUE(inside.problem.has_value());
  EXPECT_EQ(inside.problem->row, 2);
  auto after = ParseCsv("\"a\"b,c\n");
  ASSERT_TRUE(after.problem.has_value());
  EXPECT_EQ(after.problem->row, 1);
}

TEST(ImportParseTest, AGoodFileGivesOneRowPerLineWithItsCells) {
  const auto parsed = ParseImport(
      File("CR-2019-001,child,2019-04-02,Northshire Police,2019-04-03,2019-04-20,cspr,2019-04-25,"
           "2019-11-01,neglect; domestic abuse\r\n"
           "CR-2019-002,Adult,2019-05-01,,,,,,,\r\n"));
  ASSERT_TRUE(parsed.problems.empty()) << parsed.problems[0].reason;
  ASSERT_EQ(parsed.rows.size(), 2u);
  const auto& first = parsed.rows[0];
  EXPECT_EQ(first.row, 2);
  EXPECT_EQ(first.reference, "CR-2019-001");
  EXPECT_EQ(first.type, CaseType::kChild);
  EXPECT_EQ(first.referral_received, Date("2019-04-02"));
  EXPECT_EQ(first.referring_agency, "Northshire Police");
  EXPECT_EQ(first.notification_sent, Date("2019-04-03"));
  EXPECT_EQ(first.rapid_review_completed, Date("2019-04-20"));
  EXPECT_EQ(first.decision, ReviewDecision::kCspr);
  EXPECT_EQ(first.decision_date, Date("2019-04-25"));
  EXPECT_EQ(first.published, Date("2019-11-01"));
  EXPECT_THAT(first.themes, ElementsAre("neglect", "domestic abuse"));
  EXPECT_EQ(parsed.rows[1].type, CaseType::kAdult);  // case is ignored
  EXPECT_FALSE(parsed.rows[1].notification_sent.has_value());
  EXPECT_TRUE(parsed.rows[1].themes.empty());
}

TEST(ImportParseTest, AWrongHeaderNamesTheColumnAndStopsThere) {
  auto parsed = ParseImport(
      "reference,type,referral_received,referring_agency,notification_sent,"
      "rapid_review_completed,decision,decision_date,published,themes\nCR-1,child,,,,,,,,\n");
  EXPECT_THAT(Where(parsed.problems), ElementsAre("1:case_type"));
  EXPECT_EQ(parsed.problems[0].value, "type");
  EXPECT_TRUE(parsed.rows.empty());
  EXPECT_THAT(Where(ParseImport("").problems), ElementsAre("0:"));
  auto extra = ParseImport(std::string{kHeader.substr(0, kHeader.size() - 2)} + ",notes\n");
  EXPECT_THAT(Where(extra.problems), ElementsAre("1:"));
}

TEST(ImportParseTest, TheOptionalColumnsMayFollowInEitherOrder) {
  const std::string header{kHeader.substr(0, kHeader.size() - 2)};
  auto parsed = ParseImport(header + ",rapid_review_sent_to_panel,aware_on\r\n" +
                            "CR-2019-001,child,2019-04-02,,2019-04-03,2019-04-20,,,,,"
                            "2019-04-24,2019-04-01\r\n");
  ASSERT_TRUE(parsed.problems.empty()) << parsed.problems[0].reason;
  ASSERT_EQ(parsed.rows.size(), 1u);
  EXPECT_EQ(parsed.rows[0].aware_on, Date("2019-04-01"));
  EXPECT_EQ(parsed.rows[0].rapid_review_sent_to_panel, Date("2019-04-24"));
  const auto plan = PlanImport(parsed, Northshire());
  ASSERT_EQ(plan.create.size(), 1u);
  EXPECT_EQ(plan.create[0].draft.aware_on, Date("2019-04-01"));
  EXPECT_EQ(plan.create[0].rapid_review->sent_to_panel_on, Date("2019-04-24"));
  // Each at most once; a row then has as many cells as the header.
  EXPECT_THAT(Where(ParseImport(header + ",aware_on,aware_on\r\n").problems), ElementsAre("1:"));
  auto short_row = ParseImport(header + ",aware_on\r\nCR-1,child,2019-04-02,,,,,,,\r\n");
  ASSERT_EQ(short_row.problems.size(), 1u);
  EXPECT_THAT(short_row.problems[0].reason, HasSubstr("has 10 cells; it should have 11"));
}

TEST(ImportParseTest, TheOptionalDatesMustHoldTogetherWithTheOthers) {
  const std::string header{kHeader.substr(0, kHeader.size() - 2)};
  auto parsed =
      ParseImport(header + ",aware_on,rapid_review_sent_to_panel\r\n" +
                  // notified before becoming aware
                  "CR-2019-001,child,2019-04-02,,2019-04-03,,,,,,2019-04-05,\r\n" +
                  // an adult's rapid review is not sent to the panel
                  "CR-2019-002,adult,2019-04-02,,,2019-04-20,,,,,,2019-04-24\r\n" +
                  // sent before it was completed
                  "CR-2019-003,child,2019-04-02,,2019-04-03,2019-04-20,,,,,,2019-04-19\r\n");
  EXPECT_THAT(Where(parsed.problems),
              ElementsAre("2:notification_sent", "3:rapid_review_sent_to_panel",
                          "4:rapid_review_sent_to_panel"));
}

TEST(ImportParseTest, AWrongNumberOfCellsIsAProblemOfTheRow) {
  auto parsed = ParseImport(File("CR-2019-001,child,2019-04-02\r\n"));
  ASSERT_EQ(parsed.problems.size(), 1u);
  EXPECT_EQ(parsed.problems[0].row, 2);
  EXPECT_EQ(parsed.problems[0].column, "");
  EXPECT_THAT(parsed.problems[0].reason, HasSubstr("has 3 cells; it should have 10"));
}

TEST(ImportParseTest, BadDatesAndEnumsAreEachReportedWithRowColumnValueAndReason) {
  auto parsed =
      ParseImport(File("CR-2019-001,kid,2019-02-30,,,01/05/2019,maybe,,,\r\n"
                       "CR-2019-002,adult,,,,,,,,\r\n"));
  EXPECT_THAT(Where(parsed.problems),
              ElementsAre("2:case_type", "2:referral_received", "2:rapid_review_completed",
                          "2:decision", "3:referral_received"));
  EXPECT_EQ(parsed.problems[0].value, "kid");
  EXPECT_EQ(parsed.problems[0].reason, "Must be child, adult or joint.");
  EXPECT_EQ(parsed.problems[1].value, "2019-02-30");
  EXPECT_THAT(parsed.problems[1].reason, HasSubstr("YYYY-MM-DD"));
  EXPECT_EQ(parsed.problems[3].value, "maybe");
  EXPECT_THAT(parsed.problems[4].reason, HasSubstr("received"));
  EXPECT_TRUE(parsed.rows.empty());
}

TEST(ImportParseTest, AReferenceTwiceInTheFileIsAProblemOfTheSecondRow) {
  auto parsed =
      ParseImport(File("CR-2019-001,child,2019-04-02,,,,,,,\r\n"
                       "CR-2019-002,child,2019-04-03,,,,,,,\r\n"
                       "CR-2019-001,adult,2019-04-04,,,,,,,\r\n"));
  ASSERT_THAT(Where(parsed.problems), ElementsAre("4:reference"));
  EXPECT_THAT(parsed.problems[0].reason, HasSubstr("first on row 2"));
  EXPECT_EQ(parsed.rows.size(), 2u);
}

TEST(ImportParseTest, TheRulesBetweenCellsHold) {
  auto parsed = ParseImport(File(
      // An adult case is not notified to the panel.
      "CR-A,adult,2019-04-02,,2019-04-03,,,,,\r\n"
      // A CSPR is not for an adult.
      "CR-B,adult,2019-04-02,,,2019-04-20,cspr,2019-04-21,,\r\n"
      // A full review needs its decision date.
      "CR-C,child,2019-04-02,,,,cspr,,,\r\n"
      // A decision date needs a decision.
      "CR-D,child,2019-04-02,,,,,2019-04-10,,\r\n"
      // Only a full review is published.
      "CR-E,child,2019-04-02,,,2019-04-20,none,,2019-05-01,\r\n"
      // Not before the referral.
      "CR-F,child,2019-04-02,,,2019-04-01,,,,\r\n"
      // A SAR is for an adult or joint case (a joint review would fit any case).
      "CR-G,child,2019-04-02,,,,sar,2019-04-10,,\r\n"
      // Published before the decision.
      "CR-H,joint,2019-04-02,,,,joint,2019-04-10,2019-04-09,\r\n"));
  EXPECT_THAT(Where(parsed.problems),
              ElementsAre("2:notification_sent", "3:decision", "4:decision_date", "5:decision_date",
                          "6:published", "7:rapid_review_completed", "8:decision", "9:published"));
  EXPECT_TRUE(parsed.rows.empty());
}

TEST(ImportParseTest, BlankRowsAreSkippedButStillNumbered) {
  auto parsed = ParseImport(File("\r\n,,,,,,,,,\r\nCR-1X,child,2019-04-02,,,,,,,\r\n"));
  ASSERT_TRUE(parsed.problems.empty());
  ASSERT_EQ(parsed.rows.size(), 1u);
  EXPECT_EQ(parsed.rows[0].row, 4);
}

TEST(ImportParseTest, AShownValueIsShortenedAndMadePrintable) {
  EXPECT_EQ(SafeValue("kid"), "kid");
  EXPECT_EQ(SafeValue(std::string(100, 'x')), std::string(40, 'x') + "...");
  EXPECT_EQ(SafeValue("a\x01z"), "a\xEF\xBF\xBDz");
  EXPECT_EQ(SafeValue("\xC3"), "\xEF\xBF\xBD");      // a cut UTF-8 sequence
  EXPECT_EQ(SafeValue("Zo\xC3\xAB"), "Zo\xC3\xAB");  // ë stays
  auto parsed = ParseImport(File(std::string(200, 'R') + ",child,2019-04-02,,,,,,,\r\n"));
  ASSERT_EQ(parsed.problems.size(), 1u);
  EXPECT_EQ(parsed.problems[0].value.size(), 43u);
}

TEST(ImportParseTest, ACellThatIsNotPrintableUtf8IsAProblem) {
  auto parsed = ParseImport(File("CR-1X,child,2019-04-02,Police\xFF,,,,,,\r\n"));
  EXPECT_THAT(Where(parsed.problems), ElementsAre("2:referring_agency"));
}

TEST(ImportStateTest, TheStateFollowsFromTheData) {
  ImportRow row;
  EXPECT_EQ(ImportedState(row), CaseState::kScoping);
  row.rapid_review_completed = Date("2019-05-01");
  EXPECT_EQ(ImportedState(row), CaseState::kRapidReview);
  row.decision = ReviewDecision::kNone;
  EXPECT_EQ(ImportedState(row), CaseState::kClosed);
  row.decision = ReviewDecision::kOther;
  EXPECT_EQ(ImportedState(row), CaseState::kClosed);
  row.decision = ReviewDecision::kSar;
  EXPECT_EQ(ImportedState(row), CaseState::kFullReview);
  row.published = Date("2019-12-01");
  EXPECT_EQ(ImportedState(row), CaseState::kPublished);
}

TEST(ImportPlanTest, AgenciesAndThemesAreMatchedByNameIgnoringCaseAndUnknownOnesAreProblems) {
  auto parsed = ParseImport(
      File("CR-2019-001,child,2019-04-02,northshire police ,2019-04-03,2019-04-20,cspr,2019-04-25,,"
           "Neglect;neglect\r\n"
           "CR-2019-002,adult,2019-04-02,Northshire Fire,,,,,,\r\n"
           "CR-2019-003,adult,2019-04-02,,,,,,,hoarding;self-neglect\r\n"));
  ASSERT_TRUE(parsed.problems.empty());
  const auto plan = PlanImport(parsed, Northshire());
  EXPECT_THAT(Where(plan.problems), ElementsAre("3:referring_agency", "4:themes"));
  EXPECT_EQ(plan.problems[0].value, "Northshire Fire");
  EXPECT_EQ(plan.problems[1].value, "hoarding");
  ASSERT_EQ(plan.create.size(), 1u);
  const auto& planned = plan.create[0];
  EXPECT_EQ(planned.draft.referring_agency_id, 7);
  EXPECT_THAT(planned.draft.themes, ElementsAre("neglect"));
}

TEST(ImportPlanTest, AKnownReferenceIsUnchangedWhateverTheRowSays) {
  auto parsed =
      ParseImport(File("CR-2019-001,child,2019-04-02,Unknown Agency,,,,,,\r\n"
                       "CR-2019-002,adult,2019-04-02,,,,,,,\r\n"));
  auto context = Northshire();
  context.references = {"CR-2019-001"};
  const auto plan = PlanImport(parsed, context);
  EXPECT_TRUE(plan.problems.empty());
  EXPECT_THAT(plan.unchanged, ElementsAre("CR-2019-001"));
  ASSERT_EQ(plan.create.size(), 1u);
  EXPECT_EQ(plan.create[0].draft.reference, "CR-2019-002");
}

TEST(ImportPlanTest, EachCaseGetsItsRecordsAndTheNotRecordedSubject) {
  auto parsed = ParseImport(
      File("CR-2019-001,child,2019-04-02,,2019-03-29,2019-04-20,cspr,2019-04-25,2019-11-01,\r\n"
           "CR-2019-002,adult,2019-05-01,,,2019-05-20,,,,\r\n"
           "CR-2019-003,adult,2019-05-01,,,,none,,,\r\n"));
  ASSERT_TRUE(parsed.problems.empty());
  const auto plan = PlanImport(parsed, Northshire());
  ASSERT_EQ(plan.create.size(), 3u);
  const auto& published = plan.create[0];
  EXPECT_EQ(published.state, CaseState::kPublished);
  ASSERT_EQ(published.draft.subjects.size(), 1u);
  EXPECT_EQ(published.draft.subjects[0].pseudonym, "Not recorded");
  EXPECT_EQ(published.draft.subjects[0].age_band, "unknown");
  // No aware_on column: the date of becoming aware is unknown, never derived from another date.
  EXPECT_FALSE(published.draft.aware_on.has_value());
  EXPECT_EQ(published.draft.referral.received_on, Date("2019-04-02"));
  EXPECT_TRUE(ValidateCase(published.draft).ok());
  ASSERT_TRUE(published.notification.has_value());
  EXPECT_EQ(published.notification->sent_on, Date("2019-03-29"));
  ASSERT_TRUE(published.rapid_review.has_value());
  EXPECT_EQ(published.rapid_review->completed_on, Date("2019-04-20"));
  EXPECT_EQ(published.rapid_review->decision, ReviewDecision::kCspr);
  ASSERT_TRUE(published.full_review.has_value());
  EXPECT_EQ(published.full_review->kind, FullReviewKind::kCspr);
  EXPECT_EQ(published.full_review->decided_on, Date("2019-04-25"));
  EXPECT_EQ(published.full_review->published_on, Date("2019-11-01"));

  const auto& undecided = plan.create[1];
  EXPECT_EQ(undecided.state, CaseState::kRapidReview);
  ASSERT_TRUE(undecided.rapid_review.has_value());
  EXPECT_THAT(undecided.rapid_review->rationale, HasSubstr("not recorded"));
  EXPECT_FALSE(undecided.full_review.has_value());

  const auto& closed = plan.create[2];
  EXPECT_EQ(closed.state, CaseState::kClosed);
  EXPECT_FALSE(closed.rapid_review.has_value());
  EXPECT_FALSE(closed.notification.has_value());
}

}  // namespace
}  // namespace assure::domain
