#include "reports/table.h"

#include <gtest/gtest.h>

#include "testing/zip_reader.h"

namespace assure::reports {
namespace {

Table Sample() {
  return Table{
      "Cases: 2025/26",
      {"reference", "summary", "count"},
      {{std::string{"CR-2025-001"}, std::string{"=HYPERLINK(\"http://x\")"}, std::int64_t{3}},
       {std::string{"CR-2025-002"}, std::string{"line one\nline \"two\", end"}, std::int64_t{-4}},
       {std::string{"@SUM(A1)"}, std::string{"+1"}, std::int64_t{0}},
       {std::string{"-2"}, std::string{"\tTab"}, std::int64_t{1}}}};
}

TEST(TableTest, NeutralisesEveryFormulaLead) {
  for (const char* text : {"=1+1", "+1", "-1", "@A1", "\tx", "\rx"}) {
    EXPECT_EQ(NeutraliseFormula(text), std::string{"'"} + text);
  }
  for (const char* text : {"", "Child H", "1-2", "a=b", " =1"}) {
    EXPECT_EQ(NeutraliseFormula(text), text);
  }
}

TEST(TableTest, CsvQuotesNeutralisesAndEndsLinesWithCrlf) {
  EXPECT_EQ(ToCsv(Sample()),
            "\xEF\xBB\xBF"
            "reference,summary,count\r\n"
            "CR-2025-001,\"'=HYPERLINK(\"\"http://x\"\")\",3\r\n"
            "CR-2025-002,\"line one\nline \"\"two\"\", end\",-4\r\n"
            "'@SUM(A1),'+1,0\r\n"
            "'-2,'\tTab,1\r\n");
}

TEST(TableTest, XlsxIsAWorkbookWhoseStringsAreNeutralised) {
  auto bytes = ToXlsx(Sample());
  ASSERT_TRUE(bytes.ok()) << bytes.error().message;
  auto entries = testing::ReadZip(*bytes);
  ASSERT_TRUE(entries.count("xl/worksheets/sheet1.xml"));
  ASSERT_TRUE(entries.count("xl/sharedStrings.xml"));
  const std::string& strings = entries["xl/sharedStrings.xml"];
  EXPECT_TRUE(strings.find("'=HYPERLINK") != std::string::npos ||
              strings.find("&apos;=HYPERLINK") != std::string::npos);
  EXPECT_EQ(strings.find("<t>=HYPERLINK"), std::string::npos);
  EXPECT_NE(strings.find("CR-2025-002"), std::string::npos);
  const std::string& sheet = entries["xl/worksheets/sheet1.xml"];
  EXPECT_EQ(sheet.find("<f>"), std::string::npos);        // no formula cells at all
  EXPECT_NE(sheet.find("<v>-4</v>"), std::string::npos);  // numbers stay numbers
  const std::string& workbook = entries["xl/workbook.xml"];
  EXPECT_NE(workbook.find("name=\"Cases 202526\""), std::string::npos);  // ':' '/' dropped
}

TEST(TableTest, XlsxOfSeveralTablesHasOneSheetEachWithUniqueNames) {
  const std::vector<Table> tables{Sample(), Table{"Summary", {"figure"}, {{std::int64_t{1}}}},
                                  Table{"summary", {"figure"}, {{std::int64_t{2}}}}};
  auto bytes = ToXlsx(tables);
  ASSERT_TRUE(bytes.ok()) << bytes.error().message;
  auto entries = testing::ReadZip(*bytes);
  EXPECT_TRUE(entries.count("xl/worksheets/sheet3.xml"));
  const std::string& workbook = entries["xl/workbook.xml"];
  EXPECT_NE(workbook.find("name=\"Cases 202526\""), std::string::npos);
  EXPECT_NE(workbook.find("name=\"Summary\""), std::string::npos);
  EXPECT_NE(workbook.find("name=\"summary (2)\""), std::string::npos);  // Excel ignores case
  EXPECT_NE(entries["xl/worksheets/sheet3.xml"].find("<v>2</v>"), std::string::npos);
}

}  // namespace
}  // namespace assure::reports
