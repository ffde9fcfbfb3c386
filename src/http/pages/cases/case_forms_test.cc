// The case forms' parsing: the referral form's subject rows, the Care Act answers, findings, and
// moving a service's error back to the form row it came from.
#include "http/pages/cases/case_forms.h"

#include <gtest/gtest.h>

namespace assure::http::pages {
namespace {

FormData Form(std::vector<std::pair<std::string, std::string>> pairs) {
  return FormData{std::move(pairs)};
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

TEST(CaseFormsTest, ARowsIdentifyingDetailsAreReadTidiedAndKeepTheRowTheyCameFrom) {
  FormErrors errors;
  // Row 1 left blank; row 2 gives only identifying details (no pseudonym), so it is a subject
  // the domain will refuse, named by its row.
  const auto parsed = ParseReferral(Form({{"type", "child"},
                                          {"subjects_0_pseudonym", "Child H"},
                                          {"subjects_0_address", " 5 Fictional Road\r\nNowhere "},
                                          {"subjects_0_postcode", "xx1 2yz"},
                                          {"subjects_0_school", "Nowhere Primary"},
                                          {"subjects_0_nhs_number", "999-111-2227"},
                                          {"subjects_0_other_details", "Fictional nickname"},
                                          {"subjects_0_date_of_death-day", "2"},
                                          {"subjects_0_date_of_death-month", "1"},
                                          {"subjects_0_date_of_death-year", "2025"},
                                          {"subjects_2_nhs_number", "999 000 0019"}}),
                                    errors);
  EXPECT_EQ(errors.entries().size(), 2u);  // aware_on and referral_received_on, not given
  ASSERT_EQ(parsed.subject_rows, (std::vector<int>{0, 2}));
  ASSERT_EQ(parsed.draft.restricted.identities.size(), 2u);
  const auto& first = parsed.draft.restricted.identities[0];
  EXPECT_EQ(first.subject_id, 0);
  EXPECT_TRUE(first.name.empty());
  EXPECT_EQ(first.date_of_death, domain::ParseCivilDate("2025-01-02"));
  EXPECT_EQ(first.address, "5 Fictional Road\r\nNowhere");
  EXPECT_EQ(first.postcode, "XX1 2YZ");
  EXPECT_EQ(first.school, "Nowhere Primary");
  EXPECT_EQ(first.nhs_number, "9991112227");
  EXPECT_EQ(first.other_details, "Fictional nickname");
  EXPECT_EQ(parsed.draft.restricted.identities[1].subject_id, 1);
  EXPECT_EQ(parsed.draft.restricted.identities[1].nhs_number, "999 000 0019");  // to be refused
  const auto refused =
      domain::ValidateIdentity("subjects[1].", parsed.draft.restricted.identities[1]);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(FieldKey(ToFormRow(refused.error(), "subjects", parsed.subject_rows).field),
            "subjects_2_nhs_number");

  FormErrors date_errors;
  ParseReferral(Form({{"subjects_0_pseudonym", "Child H"},
                      {"subjects_0_date_of_death-day", "31"},
                      {"subjects_0_date_of_death-month", "2"},
                      {"subjects_0_date_of_death-year", "2025"}}),
                date_errors);
  EXPECT_NE(date_errors.MessageFor("subjects_0_date_of_death"), "");
}

TEST(CaseFormsTest, TheCareActAnswersAreAllOrNothing) {
  const std::vector<std::pair<std::string, std::string>> base{
      {"meeting_on-day", "6"},   {"meeting_on-month", "1"},   {"meeting_on-year", "2025"},
      {"completed_on-day", "7"}, {"completed_on-month", "1"}, {"completed_on-year", "2025"},
      {"decision", "sar"}};
  FormErrors none;
  EXPECT_FALSE(ParseRapidReview(Form(base), none).s44.has_value());
  EXPECT_TRUE(none.empty());

  auto some = base;
  some.emplace_back("s44_adult_died", "no");
  FormErrors partial;
  ParseRapidReview(Form(some), partial);
  EXPECT_EQ(partial.entries().size(), 4u);
  EXPECT_NE(partial.MessageFor("s44_needs_care_and_support"), "");
  EXPECT_NE(partial.MessageFor("s44_concern_about_joint_working"), "");

  auto all = base;
  for (const auto& question : S44Questions()) all.emplace_back(question.key, "yes");
  FormErrors errors;
  const auto input = ParseRapidReview(Form(all), errors);
  EXPECT_TRUE(errors.empty());
  ASSERT_TRUE(input.s44.has_value());
  EXPECT_TRUE(input.s44->needs_care_and_support);
  EXPECT_TRUE(input.s44->concern_about_joint_working);
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
}  // namespace assure::http::pages
