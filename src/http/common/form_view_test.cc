// Field keys and GOV.UK date inputs: read from their three boxes, with messages that name the
// field, and filled back.
#include "http/common/form_view.h"

#include <gtest/gtest.h>

namespace assure::http {
namespace {

FormData Form(std::vector<std::pair<std::string, std::string>> pairs) {
  return FormData{std::move(pairs)};
}

TEST(FormViewTest, FieldKeysAreTheDomainsFieldNamesMadeSafeForIds) {
  EXPECT_EQ(FieldKey("subjects[0].pseudonym"), "subjects_0_pseudonym");
  EXPECT_EQ(FieldKey("referral.received_on"), "referral_received_on");
  EXPECT_EQ(FieldKey("findings[12]"), "findings_12");
  EXPECT_EQ(FieldKey("aware_on"), "aware_on");
  EXPECT_EQ(FieldKey(""), "");
}

TEST(FormViewTest, ADateIsReadFromItsThreeBoxes) {
  FormErrors errors;
  const auto date =
      ParseDate(Form({{"due_on-day", " 6"}, {"due_on-month", "1"}, {"due_on-year", "2025"}}),
                "due_on", "the due date", true, errors);
  ASSERT_TRUE(date.has_value());
  EXPECT_EQ(domain::FormatCivilDate(*date), "2025-01-06");
  EXPECT_TRUE(errors.empty());
}

TEST(FormViewTest, DateErrorsFollowTheGovukPatternAndNameTheField) {
  const auto message = [](std::vector<std::pair<std::string, std::string>> pairs, bool required) {
    FormErrors errors;
    const auto date = ParseDate(Form(std::move(pairs)), "due_on", "the due date", required, errors);
    EXPECT_FALSE(date.has_value());
    return errors.MessageFor("due_on");
  };
  EXPECT_EQ(message({}, true), "Enter the due date");
  EXPECT_EQ(message({}, false), "");  // optional and blank: no date, no error
  EXPECT_EQ(message({{"due_on-day", "6"}, {"due_on-year", "2025"}}, false),
            "The due date must include a month");
  EXPECT_EQ(message({{"due_on-day", "31"}, {"due_on-month", "2"}, {"due_on-year", "2025"}}, true),
            "The due date must be a real date");
  EXPECT_EQ(message({{"due_on-day", "x"}, {"due_on-month", "2"}, {"due_on-year", "2025"}}, true),
            "The due date must be a real date");
  EXPECT_EQ(message({{"due_on-day", "1"}, {"due_on-month", "2"}, {"due_on-year", "25"}}, true),
            "The due date must be a real date");
  EXPECT_EQ(message({{"due_on-day", "1"}, {"due_on-month", "13"}, {"due_on-year", "2025"}}, true),
            "The due date must be a real date");
}

TEST(FormViewTest, AppendDateFillsTheBoxesParseDateReads) {
  std::vector<std::pair<std::string, std::string>> pairs;
  AppendDate(pairs, "sent_on", domain::ParseCivilDate("2024-12-20"));
  AppendDate(pairs, "unset", std::nullopt);
  EXPECT_EQ(pairs.size(), 3u);
  FormErrors errors;
  EXPECT_EQ(ParseDate(Form(pairs), "sent_on", "the date", true, errors),
            domain::ParseCivilDate("2024-12-20"));
}

TEST(FormViewTest, ADateInputControlSetsEveryKeyThePartialReads) {
  const auto blank = DateInputControl("from", "From", "", "", DateFields{});
  EXPECT_EQ(blank, nlohmann::json({{"key", "from"},
                                   {"label", "From"},
                                   {"hint", ""},
                                   {"error", ""},
                                   {"described_by", ""},
                                   {"day", ""},
                                   {"month", ""},
                                   {"year", ""}}));
  const auto typed = DateInputControl("to", "To", "For example, 28 3 2026", "Enter a real date",
                                      DateFields{"31", "2", "2026"});
  EXPECT_EQ(typed["described_by"], "to-hint to-error");
  EXPECT_EQ(typed["day"], "31");
  EXPECT_EQ(typed["year"], "2026");
}

TEST(FormViewTest, FormErrorsLinkToTheFieldsTheyName) {
  nlohmann::json page = nlohmann::json::object();
  AddFormErrors(page, FormErrors{}, {{"date", "date-day"}});
  EXPECT_FALSE(page.contains("has_errors"));
  FormErrors errors;
  errors.Add("date", "Enter the date");
  errors.Add("", "Someone else changed it");
  AddFormErrors(page, errors, {{"date", "date-day"}});
  EXPECT_EQ(page["has_errors"], true);
  ASSERT_EQ(page["errors"].size(), 2u);
  EXPECT_EQ(page["errors"][0], nlohmann::json({{"href", "#date-day"}, {"text", "Enter the date"}}));
  EXPECT_EQ(page["errors"][1],
            nlohmann::json({{"href", ""}, {"text", "Someone else changed it"}}));  // no field
  EXPECT_EQ(page["date_error"], "Enter the date");
}

}  // namespace
}  // namespace assure::http
