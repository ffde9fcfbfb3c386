// The case pages through the whole server, on both backends: logging a referral through the form
// and "check your answers", the form's refusals (field named, nothing written), the case page's
// clocks and what it leaves out, the restricted details (audited; 404 for a reviewer), who may
// see the pages at all, the deadlines page and the reviewers register.
#include <gtest/gtest.h>

#include "http/case_pages_fixture.h"

namespace assure {
namespace {

using domain::AuditOutcome;
using testing::HttpReply;

using CasePagesTest = testing::CasePagesTest;

bool Has(const HttpReply& reply, const std::string& needle) {
  return reply.body.find(needle) != std::string::npos;
}

// The referral of the fictional Child K: aware Monday 6 January 2025.
testing::CasePagesTest::Fields Referral(domain::AgencyId agency) {
  testing::CasePagesTest::Fields fields{{"reference", "CR-2025-010"},
                                        {"type", "child"},
                                        {"subjects_0_pseudonym", "Child K"},
                                        {"subjects_0_age_band", "5-9"},
                                        {"subjects_0_sex", "female"},
                                        {"subjects_0_ethnicity", "White"},
                                        {"subjects_0_disability", "no"},
                                        {"subjects_1_pseudonym", "Child L"},
                                        {"subjects_0_name", "Fictional Kay Person"},
                                        {"referral_referrer", "Designated nurse"},
                                        {"referring_agency_id", std::to_string(agency)},
                                        {"referral_criteria_considered", "Serious harm"},
                                        {"summary", "Fictional summary of neglect at home."},
                                        {"restricted_circumstances", "Fictional circumstances."},
                                        {"themes", "neglect"}};
  testing::CasePagesTest::AddDate(fields, "subjects_0_date_of_birth", 3, 4, 2018);
  testing::CasePagesTest::AddDate(fields, "subjects_0_date_of_death", 5, 1, 2025);
  // Every other identifying detail, typed loosely: the service stores the postcode upper case
  // with its space and the NHS number (the NHS's 999 test range) as ten digits.
  fields.emplace_back("subjects_0_address", "1 Imaginary Row\r\nNowhere-on-Sea");
  fields.emplace_back("subjects_0_postcode", "xx12yz");
  fields.emplace_back("subjects_0_school", "Little Acorns Nursery\r\nNowhere Primary School");
  fields.emplace_back("subjects_0_nhs_number", "999-000-0018");
  fields.emplace_back("subjects_0_other_details", "Known as Kaykay");
  testing::CasePagesTest::AddDate(fields, "incident_on", 5, 1, 2025);
  testing::CasePagesTest::AddDate(fields, "aware_on", 6, 1, 2025);
  testing::CasePagesTest::AddDate(fields, "referral_received_on", 7, 1, 2025);
  return fields;
}

TEST_P(CasePagesTest, AReferralGoesThroughCheckAnswersAndOpensTheCaseWithItsClocks) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  auto form = t_->Get("/cases/new", ada.cookie);
  ASSERT_EQ(form->status, 200) << form->body;
  EXPECT_TRUE(Has(*form, "name=\"csrf_token\""));
  EXPECT_TRUE(Has(*form, "id=\"aware_on-day\""));
  EXPECT_TRUE(Has(*form, "Northshire Police"));  // the referring agency select
  EXPECT_TRUE(Has(*form, "value=\"neglect\""));  // the themes

  auto fields = Referral(police_);
  auto check = Send(ada, "/cases/new", fields);
  ASSERT_EQ(check->status, 200) << check->body;
  EXPECT_TRUE(Has(*check, "Check the referral"));
  EXPECT_TRUE(Has(*check, "Child K"));
  EXPECT_TRUE(Has(*check, "6 January 2025"));
  EXPECT_TRUE(Has(*check, "Northshire Police"));
  EXPECT_TRUE(Has(*check, "Fictional Kay Person"));  // to the person entering it
  EXPECT_TRUE(Has(*check, "Died 5 January 2025"));
  EXPECT_TRUE(Has(*check, "1 Imaginary Row<br>Nowhere-on-Sea<br>XX1 2YZ<br>"));
  EXPECT_TRUE(Has(*check, "999 000 0018"));
  EXPECT_TRUE(Has(*check, "name=\"change\" value=\"subjects_0_nhs_number\""));
  EXPECT_TRUE(Has(*check, "name=\"summary\" value=\"Fictional summary of neglect at home.\""));
  EXPECT_TRUE(Has(*check, "name=\"change\" value=\"summary\""));
  EXPECT_EQ(CaseCount(), 2);  // checking writes nothing

  // Change: back to the form with every answer kept.
  auto change = fields;
  change.emplace_back("change", "summary");
  auto again = Send(ada, "/cases/new", change);
  ASSERT_EQ(again->status, 200);
  EXPECT_TRUE(Has(*again, "<h1 class=\"govuk-heading-l\">Log a referral</h1>"));
  EXPECT_TRUE(Has(*again, "value=\"CR-2025-010\""));
  EXPECT_TRUE(Has(*again, ">Fictional summary of neglect at home.</textarea>"));
  EXPECT_TRUE(Has(*again, "name=\"aware_on-day\" type=\"text\" inputmode=\"numeric\" value=\"6\""));
  EXPECT_EQ(CaseCount(), 2);

  auto confirm = fields;
  confirm.emplace_back("confirm", "yes");
  auto opened = Send(ada, "/cases/new", confirm);
  ASSERT_EQ(opened->status, 303) << opened->body;
  const auto location = opened->Header("location").value_or("");
  ASSERT_TRUE(location.ends_with("?done=opened")) << location;
  EXPECT_EQ(CaseCount(), 3);
  EXPECT_EQ(CountAudit("case.create", AuditOutcome::kSuccess), 1);

  auto page = t_->Get(location, ada.cookie);
  ASSERT_EQ(page->status, 200) << page->body;
  EXPECT_TRUE(Has(*page, "The case is open."));
  EXPECT_TRUE(Has(*page, "<h1 class=\"govuk-heading-l\">CR-2025-010</h1>"));
  EXPECT_TRUE(Has(*page, "Child K"));
  EXPECT_TRUE(Has(*page, "Child L"));
  EXPECT_TRUE(Has(*page, "neglect"));
  // Aware Monday 6 January 2025: the notification was due Monday 13 January 2025, and on the
  // fake clock's 5 January 2026 it is long overdue.
  EXPECT_TRUE(Has(*page, "<td class=\"govuk-table__cell\">13 January 2025</td>"));
  EXPECT_TRUE(Has(*page, "govuk-tag--red\">Overdue</strong>"));
  EXPECT_TRUE(Has(*page, "notification v1"));
  EXPECT_TRUE(Has(*page, "Referral received"));  // the timeline
  // Restricted details stay off the case page.
  EXPECT_FALSE(Has(*page, "Fictional Kay Person"));
  EXPECT_FALSE(Has(*page, "Fictional circumstances."));
  EXPECT_FALSE(Has(*page, "2018"));

  const auto id = std::stoll(location.substr(7, location.find('?') - 7));
  auto restricted =
      t_->store().Read([&](domain::Transaction& tx) { return tx.cases(north_).GetRestricted(id); });
  ASSERT_TRUE(restricted.ok());
  EXPECT_EQ(restricted->circumstances, "Fictional circumstances.");
  ASSERT_EQ(restricted->identities.size(), 1u);
  const auto& identity = restricted->identities[0];
  EXPECT_EQ(identity.name, "Fictional Kay Person");
  EXPECT_EQ(identity.date_of_death, Day("2025-01-05"));
  EXPECT_EQ(identity.address, "1 Imaginary Row\r\nNowhere-on-Sea");
  EXPECT_EQ(identity.postcode, "XX1 2YZ");
  EXPECT_EQ(identity.school, "Little Acorns Nursery\r\nNowhere Primary School");
  EXPECT_EQ(identity.nhs_number, "9990000018");
  EXPECT_EQ(identity.other_details, "Known as Kaykay");

  // The restricted details page shows every one of them (and the case page none).
  auto details = t_->Get(location.substr(0, location.find('?')) + "/restricted", ada.cookie);
  ASSERT_EQ(details->status, 200) << details->body;
  EXPECT_TRUE(Has(*details, "Date of death"));
  EXPECT_TRUE(Has(*details, "5 January 2025"));
  EXPECT_TRUE(Has(*details, "1 Imaginary Row<br>Nowhere-on-Sea<br>"));
  EXPECT_TRUE(Has(*details, "XX1 2YZ"));
  EXPECT_TRUE(Has(*details, "Little Acorns Nursery<br>Nowhere Primary School<br>"));
  EXPECT_TRUE(Has(*details, "999 000 0018"));
  EXPECT_TRUE(Has(*details, "Known as Kaykay"));
  EXPECT_FALSE(Has(*page, "Imaginary"));
  EXPECT_FALSE(Has(*page, "9990000018"));
  EXPECT_FALSE(Has(*page, "999 000 0018"));
}

TEST_P(CasePagesTest, AReferralWithProblemsNamesEachFieldKeepsTheAnswersAndWritesNothing) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  testing::CasePagesTest::Fields fields{{"reference", "CR-2025-011"},
                                        {"subjects_0_pseudonym", "Child M"},
                                        {"referral_referrer", "Head teacher"},
                                        {"summary", "Fictional summary kept."}};
  AddDate(fields, "referral_received_on", 31, 2, 2025);
  auto refused = Send(ada, "/cases/new", fields);
  EXPECT_EQ(refused->status, 422);
  EXPECT_TRUE(Has(*refused, "govuk-error-summary"));
  EXPECT_TRUE(Has(*refused, "<a href=\"#type\">"));
  EXPECT_TRUE(
      Has(*refused, "<a href=\"#aware_on-day\">Enter the date the partnership became aware"));
  EXPECT_TRUE(Has(*refused,
                  "<a href=\"#referral_received_on-day\">The date the referral was "
                  "received must be a real date"));
  EXPECT_TRUE(Has(*refused, ">Fictional summary kept.</textarea>"));
  EXPECT_TRUE(Has(*refused, "value=\"CR-2025-011\""));

  // The domain's rules: a second subject with the first one's pseudonym, on the third row (the
  // second left blank) is named by the row it was typed in.
  auto duplicate = Referral(police_);
  duplicate[7] = {"subjects_2_pseudonym", "Child K"};  // instead of subjects_1
  auto named = Send(ada, "/cases/new", duplicate);
  EXPECT_EQ(named->status, 422);
  EXPECT_TRUE(Has(*named, "<a href=\"#subjects_2_pseudonym\">Give each subject"));

  // An NHS number that fails its check digit, and a death before the birth, are named by the
  // row they were typed in; the message does not repeat the number.
  auto wrong_number = Referral(police_);
  wrong_number.emplace_back("subjects_1_nhs_number", "999 000 0019");
  auto refused_number = Send(ada, "/cases/new", wrong_number);
  EXPECT_EQ(refused_number->status, 422);
  EXPECT_TRUE(Has(*refused_number,
                  "<a href=\"#subjects_1_nhs_number\">The NHS number must be a 10-digit NHS "
                  "number"));
  EXPECT_FALSE(Has(*refused_number, "0019</a>"));  // not in the summary's message
  auto early_death = Referral(police_);
  AddDate(early_death, "subjects_1_date_of_birth", 2, 3, 2020);
  AddDate(early_death, "subjects_1_date_of_death", 1, 3, 2020);
  auto refused_death = Send(ada, "/cases/new", early_death);
  EXPECT_EQ(refused_death->status, 422);
  EXPECT_TRUE(Has(*refused_death, "<a href=\"#subjects_1_date_of_death-day\">The date of death"));

  // A reference already taken is refused when confirming.
  auto taken = Referral(police_);
  taken[0] = {"reference", "CR-2025-001"};
  taken.emplace_back("confirm", "yes");
  auto conflict = Send(ada, "/cases/new", taken);
  EXPECT_EQ(conflict->status, 422);
  EXPECT_TRUE(Has(*conflict, "<a href=\"#reference\">"));

  EXPECT_EQ(CaseCount(), 2);
  EXPECT_EQ(CountAudit("case.create", AuditOutcome::kSuccess), 0);
}

TEST_P(CasePagesTest, TheCasePageShowsEachClockWithItsRuleAndWorkingDays) {
  // Notification sent Friday 20 December 2024: the rapid review was due Wednesday 15 January
  // 2025 (DOMAIN.md); aware Monday 16 December, so the notification was due 23 December.
  const auto id = SeedCase("CR-2024-050", domain::CaseType::kChild, "Child N", "2024-12-16",
                           "Fictional summary.");
  auto stored = t_->store().Write([&](domain::Transaction& tx) {
    return tx.review_records(north_).PutNotification({id, Day("2024-12-20"), "P-1", 0});
  });
  ASSERT_TRUE(stored.ok()) << stored.error().message;
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  auto page = t_->Get(CasePage(id), ada.cookie);
  ASSERT_EQ(page->status, 200) << page->body;
  EXPECT_TRUE(Has(*page, "<td class=\"govuk-table__cell\">23 December 2024</td>"));
  EXPECT_TRUE(Has(*page, "govuk-tag--green\">Met</strong>"));
  EXPECT_TRUE(Has(*page, "Met 1 working day early"));
  EXPECT_TRUE(Has(*page, "<td class=\"govuk-table__cell\">15 January 2025</td>"));
  EXPECT_TRUE(Has(*page, "rapid_review v1"));
  EXPECT_TRUE(Has(*page, "P-1"));  // the notification's record
  EXPECT_EQ(CountAudit("case.read", AuditOutcome::kSuccess), 1);
}

TEST_P(CasePagesTest, RestrictedDetailsAreAuditedForTheBusinessUnitAndNotFoundForAReviewer) {
  const auto otto = t_->SignInFully("otto@example.org", kPassword);
  auto page = t_->Get(CasePage(case_a_), otto.cookie);
  ASSERT_EQ(page->status, 200);
  EXPECT_TRUE(Has(*page, "href=\"" + CasePage(case_a_) + "/restricted\""));
  EXPECT_FALSE(Has(*page, kSecretName));
  auto restricted = t_->Get(CasePage(case_a_) + "/restricted", otto.cookie);
  ASSERT_EQ(restricted->status, 200) << restricted->body;
  EXPECT_TRUE(Has(*restricted, kSecretName));
  EXPECT_TRUE(Has(*restricted, kCircumstances));
  EXPECT_TRUE(Has(*restricted, "5 April 2021"));
  EXPECT_EQ(CountAudit("case.restricted.read", AuditOutcome::kSuccess), 1);

  // The reviewer appointed to case B reads the case, but not its restricted details.
  const auto reviewer = t_->SignInFully("reviewer@example.org", kPassword);
  auto theirs = t_->Get(CasePage(case_b_), reviewer.cookie);
  ASSERT_EQ(theirs->status, 200) << theirs->body;
  EXPECT_FALSE(Has(*theirs, "/restricted\""));
  auto hidden = t_->Get(CasePage(case_b_) + "/restricted", reviewer.cookie);
  EXPECT_EQ(hidden->status, 404);
  EXPECT_FALSE(Has(*hidden, kSecretName));
  EXPECT_EQ(CountAudit("case.restricted.read", AuditOutcome::kDenied), 1);
  EXPECT_EQ(CountAudit("case.restricted.read", AuditOutcome::kSuccess), 1);
}

TEST_P(CasePagesTest, OnlyTheBusinessUnitAndAnAppointedReviewerSeeCases) {
  for (const char* email : {"police.lead@example.org", "board@example.org"}) {
    SCOPED_TRACE(email);
    const auto browser = t_->SignInFully(email, kPassword);
    for (const auto& path :
         {std::string{"/cases"}, CasePage(case_a_), CasePage(case_b_), std::string{"/cases.csv"},
          std::string{"/cases/new"}, std::string{"/deadlines"}, std::string{"/reviewers"},
          CasePage(case_a_) + "/restricted", StepPage(case_a_, "notify-panel")}) {
      EXPECT_EQ(t_->Get(path, browser.cookie)->status, 403) << path;
    }
    auto home = t_->Get("/home", browser.cookie);
    EXPECT_FALSE(Has(*home, "href=\"/cases\""));
    EXPECT_FALSE(Has(*home, "href=\"/deadlines\""));
  }

  const auto reviewer = t_->SignInFully("reviewer@example.org", kPassword);
  auto home = t_->Get("/home", reviewer.cookie);
  EXPECT_TRUE(Has(*home, "href=\"/cases\""));
  EXPECT_FALSE(Has(*home, "href=\"/reviewers\""));
  auto list = t_->Get("/cases", reviewer.cookie);
  ASSERT_EQ(list->status, 200) << list->body;
  EXPECT_TRUE(Has(*list, "CR-2025-002"));
  EXPECT_FALSE(Has(*list, "CR-2025-001"));
  EXPECT_FALSE(Has(*list, "Log a referral"));
  EXPECT_FALSE(Has(*list, "/cases.csv"));
  EXPECT_EQ(t_->Get(CasePage(case_b_), reviewer.cookie)->status, 200);
  auto other = t_->Get(CasePage(case_a_), reviewer.cookie);
  EXPECT_EQ(other->status, 404);
  EXPECT_FALSE(Has(*other, "CR-2025-001"));
  EXPECT_EQ(CountAudit("case.read", AuditOutcome::kDenied), 1);
  EXPECT_EQ(t_->Get(CasePage(999999), reviewer.cookie)->status, 404);
  // Reading is not changing: the step forms and the export need the business unit's roles.
  EXPECT_EQ(t_->Get(StepPage(case_b_, "record-stage"), reviewer.cookie)->status, 403);
  EXPECT_EQ(t_->Get("/cases.xlsx", reviewer.cookie)->status, 403);

  // A reviewer appointed to nothing sees an empty list.
  const auto idle = t_->SignInFully("reviewer2@example.org", kPassword);
  auto none = t_->Get("/cases", idle.cookie);
  ASSERT_EQ(none->status, 200);
  EXPECT_TRUE(Has(*none, "No cases match."));
}

TEST_P(CasePagesTest, TheDeadlinesPageListsAtRiskAndOverdueClocksSoonestFirst) {
  // On Monday 5 January 2026: aware 31 December 2025 -> notification due Thursday 8 January
  // (1 January is a bank holiday), 3 working days left: at risk. Aware 5 January -> due 12
  // January: on time, not listed. Cases A and B (aware 1 December 2025) are overdue.
  SeedCase("CR-2025-099", domain::CaseType::kJoint, "Child P", "2025-12-31", "Fictional.");
  SeedCase("CR-2026-001", domain::CaseType::kChild, "Child Q", "2026-01-05", "Fictional.");
  SeedCase("CR-2026-002", domain::CaseType::kAdult, "Adult R", "2026-01-05", "Fictional.");
  const auto otto = t_->SignInFully("otto@example.org", kPassword);
  auto page = t_->Get("/deadlines", otto.cookie);
  ASSERT_EQ(page->status, 200) << page->body;
  const auto a = page->body.find(">CR-2025-001<");
  const auto b = page->body.find(">CR-2025-002<");
  const auto risk = page->body.find(">CR-2025-099<");
  ASSERT_NE(a, std::string::npos);
  ASSERT_NE(b, std::string::npos);
  ASSERT_NE(risk, std::string::npos);
  EXPECT_LT(a, b);
  EXPECT_LT(b, risk);
  EXPECT_FALSE(Has(*page, "CR-2026-001"));
  EXPECT_FALSE(Has(*page, "CR-2026-002"));
  EXPECT_TRUE(Has(*page, "govuk-tag--yellow\">At risk</strong>"));
  EXPECT_TRUE(Has(*page, "3 working days left"));
  EXPECT_TRUE(Has(*page, "8 January 2026"));
  EXPECT_TRUE(Has(*page, "2 overdue, 1 at risk"));
  EXPECT_TRUE(Has(*page, "href=\"/deadlines\" aria-current=\"page\""));
}

TEST_P(CasePagesTest, TheBusinessUnitKeepsTheReviewersRegister) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  auto form = t_->Get("/reviewers/new", ada.cookie);
  ASSERT_EQ(form->status, 200);
  EXPECT_TRUE(Has(*form, "Test reviewer2@example.org"));  // a member with the reviewer role
  EXPECT_FALSE(Has(*form, "Test board@example.org"));     // not a reviewer
  auto blank = Send(ada, "/reviewers/new", {{"name", " "}, {"interests", std::to_string(police_)}});
  EXPECT_EQ(blank->status, 422);
  EXPECT_TRUE(Has(*blank, "<a href=\"#name\">"));
  EXPECT_TRUE(Has(*blank, "value=\"" + std::to_string(police_) + "\" checked"));
  auto added = Send(ada, "/reviewers/new",
                    {{"name", "Fictional Independent Reviewer"},
                     {"user_id", std::to_string(other_reviewer_)},
                     {"interests", std::to_string(police_)},
                     {"interests_note", "Former fictional police trainer."}});
  ASSERT_EQ(added->status, 303) << added->body;
  EXPECT_EQ(CountAudit("reviewer.create", AuditOutcome::kSuccess), 1);
  auto list = t_->Get("/reviewers?done=added", ada.cookie);
  ASSERT_EQ(list->status, 200);
  EXPECT_TRUE(Has(*list, "Fictional Independent Reviewer"));
  EXPECT_TRUE(Has(*list, "Northshire Police"));
  EXPECT_TRUE(Has(*list, "Test reviewer2@example.org"));
  EXPECT_TRUE(Has(*list, "The reviewer is on the register."));

  auto reviewers =
      t_->store().Read([&](domain::Transaction& tx) { return tx.reviewers(north_).List(); });
  ASSERT_TRUE(reviewers.ok());
  domain::ReviewerId id = 0;
  for (const auto& reviewer : *reviewers) {
    if (reviewer.name == "Fictional Independent Reviewer") id = reviewer.id;
  }
  ASSERT_NE(id, 0);
  const auto edit = "/reviewers/" + std::to_string(id) + "/edit";
  const auto version = testing::FieldValue(t_->Get(edit, ada.cookie)->body, "version");
  ASSERT_EQ(Send(ada, edit,
                 {{"name", "Fictional Reviewer Two"},
                  {"user_id", std::to_string(other_reviewer_)},
                  {"version", version}})
                ->status,
            303);
  auto stale = Send(ada, edit, {{"name", "Fictional Reviewer Three"}, {"version", version}});
  EXPECT_EQ(stale->status, 409);
  EXPECT_TRUE(Has(*stale, "Someone else changed this reviewer"));
  EXPECT_EQ(CountAudit("reviewer.update", AuditOutcome::kSuccess), 1);

  // An officer keeps the register too, but cannot link accounts (they may not read people).
  const auto otto = t_->SignInFully("otto@example.org", kPassword);
  auto officer_form = t_->Get(edit, otto.cookie);
  ASSERT_EQ(officer_form->status, 200);
  EXPECT_FALSE(Has(*officer_form, "id=\"user_id\""));
  EXPECT_TRUE(Has(*officer_form, "name=\"user_id\" value=\"" + std::to_string(other_reviewer_)));
}

ASSURE_INSTANTIATE_BACKEND_TESTS(CasePagesTest);

}  // namespace
}  // namespace assure
