// The case forms' parsing: field keys, GOV.UK date inputs and their messages, the referral
// form's subject rows, and moving a service's error back to the form row it came from.
#include "http/handlers/case_forms.h"

#include <gtest/gtest.h>

namespace assure::http::handlers {
namespace {

FormData Form(std::vector<std::pair<std::string, std::string>> pairs) {
  return FormData{std::move(pairs)};
}

TEST(CaseFormsTest, FieldKeysAreTheDomainsFieldNamesMadeSafeForIds) {
  EXPECT_EQ(FieldKey("subjects[0].pseudonym"), "subjects_0_pseudonym");
  EXPECT_EQ(FieldKey("referral.received_on"), "referral_received_on");
  EXPECT_EQ(FieldKey("findings[12]"), "findings_12");
  EXPECT_EQ(FieldKey("aware_on"), "aware_on");
  EXPECT_EQ(FieldKey(""), "");
}

TEST(CaseFormsTest, ADateIsReadFromItsThreeBoxes) {
  FormErrors errors;
  const auto date =
      ParseDate(Form({{"due_on-day", " 6"}, {"due_on-month", "1"}, {"due_on-year", "2025"}}),
                "due_on", "the due date", true, errors);
  ASSERT_TRUE(date.has_value());
  EXPECT_EQ(domain::FormatCivilDate(*date), "2025-01-06");
  EXPECT_TRUE(errors.empty());
}

TEST(CaseFormsTest, DateErrorsFollowTheGovukPatternAndNameTheField) {
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

TEST(CaseFormsTest, AppendDateFillsTheBoxesParseDateReads) {
  std::vector<std::pair<std::string, std::string>> pairs;
  AppendDate(pairs, "sent_on", domain::ParseCivilDate("2024-12-20"));
  AppendDate(pairs, "unset", std::nullopt);
  EXPECT_EQ(pairs.size(), 3u);
  FormErrors errors;
  EXPECT_EQ(ParseDate(Form(pairs), "sent_on", "the date", true, errors),
            domain::ParseCivilDate("2024-12-20"));
}

TEST(CaseFormsTest, TheReferralSkipsBlankSubjectRowsAndKeepsWhereEachCameFrom) {
  FormErrors errors;
  const auto parsed = ParseReferral(Form({{"reference", " CR-2025-001 "},
                                          {"type", "joint"},
                                          {"subjects_0_pseudonym", "Child H"},
                                          {"subjects_2_pseudonym", "Adult K"},
                                          {"subjects_2_sex", "male"},
                                          {"subjects_2_name", "Fictional Name"},
                                          {"aware_on-day", "6"},
                                          {"aware_on-month", "1"},
                                          {"aware_on-year", "2025"},
                                          {"referral_received_on-day", "7"},
                                          {"referral_received_on-month", "1"},
                                          {"referral_received_on-year", "2025"},
                                          {"themes", "neglect"},
                                          {"themes", "exploitation"}}),
                                    errors);
  EXPECT_TRUE(errors.empty()) << errors.entries().front().message;
  EXPECT_EQ(parsed.draft.reference, "CR-2025-001");
  EXPECT_EQ(parsed.draft.type, domain::CaseType::kJoint);
  ASSERT_EQ(parsed.draft.subjects.size(), 2u);
  EXPECT_EQ(parsed.draft.subjects[1].pseudonym, "Adult K");
  EXPECT_EQ(parsed.draft.subjects[1].sex, "male");
  EXPECT_EQ(parsed.draft.subjects[1].age_band, "unknown");
  EXPECT_EQ(parsed.subject_rows, (std::vector<int>{0, 2}));
  ASSERT_EQ(parsed.draft.restricted.identities.size(), 1u);
  EXPECT_EQ(parsed.draft.restricted.identities[0].subject_id, 1);  // the second subject
  EXPECT_EQ(parsed.draft.themes.size(), 2u);

  const auto moved = ToFormRow(core::Error::InvalidInput("subjects[1].pseudonym", "Bad."),
                               "subjects", parsed.subject_rows);
  EXPECT_EQ(FieldKey(moved.field), "subjects_2_pseudonym");
  EXPECT_EQ(ToFormRow(core::Error::InvalidInput("summary", "Bad."), "subjects", {0, 2}).field,
            "summary");
}

TEST(CaseFormsTest, TheCareActAnswersAreAllOrNothing) {
  const std::vector<std::pair<std::string, std::string>> base{
      {"meeting_on-day", "6"},   {"meeting_on-month", "1"},   {"meeting_on-year", "2025"},
      {"completed_on-day", "7"}, {"completed_on-month", "1"}, {"completed_on-year", "2025"},
      {"decision", "sar"}};
  FormErrors none;
  EXPECT_FALSE(ParseRapidReview(Form(base), true, none).review.s44.has_value());
  EXPECT_TRUE(none.empty());

  auto some = base;
  some.emplace_back("s44_adult_died", "no");
  FormErrors partial;
  ParseRapidReview(Form(some), true, partial);
  EXPECT_EQ(partial.entries().size(), 3u);
  EXPECT_NE(partial.MessageFor("s44_concern_about_joint_working"), "");

  auto all = base;
  for (const auto& question : S44Questions()) all.emplace_back(question.key, "yes");
  FormErrors errors;
  const auto input = ParseRapidReview(Form(all), true, errors);
  EXPECT_TRUE(errors.empty());
  ASSERT_TRUE(input.review.s44.has_value());
  EXPECT_TRUE(input.review.s44->concern_about_joint_working);
  // A child case's form has no such questions: answers sent anyway are ignored.
  FormErrors child;
  EXPECT_FALSE(ParseRapidReview(Form(all), false, child).review.s44.has_value());
}

TEST(CaseFormsTest, FindingsLeaveOutBlankBoxesAndRememberTheirRows) {
  std::vector<int> findings;
  std::vector<int> recommendations;
  const auto input = ParseFindings(Form({{"findings_0", " "},
                                         {"findings_1", "First."},
                                         {"findings_4", "Second."},
                                         {"recommendations_0", "Do this."}}),
                                   findings, recommendations);
  EXPECT_EQ(input.findings, (std::vector<std::string>{"First.", "Second."}));
  EXPECT_EQ(findings, (std::vector<int>{1, 4}));
  EXPECT_EQ(recommendations, (std::vector<int>{0}));
  EXPECT_EQ(FieldKey(ToFormRow(core::Error::InvalidInput("findings[1]", "Too long."), "findings",
                               findings)
                         .field),
            "findings_4");
}

}  // namespace
}  // namespace assure::http::handlers
