#include "storage/repositories/reviews/sql_case_repository.h"

#include <gtest/gtest.h>

#include "storage/repositories/reviews/case_test_support.h"
#include "storage/repositories/reviews/sql_review_record_repository.h"

namespace assure::storage {
namespace {

using core::ErrorCode;
using domain::Case;
using domain::CaseQuery;
using domain::CaseState;
using domain::CaseType;
using domain::NewCase;

class SqlCaseRepositoryTest : public CaseStorageTest {};

TEST_P(SqlCaseRepositoryTest, CreateStoresEveryFieldAtVersionOneInScoping) {
  auto created = CreateCase(partnership_a_, FullDraft());
  ASSERT_TRUE(created.ok()) << created.error().message;
  auto read = Cases(partnership_a_, [&](auto& cases) { return cases.Get(created->id); });
  ASSERT_TRUE(read.ok()) << read.error().message;
  const Case& c = *read;
  EXPECT_EQ(c.partnership_id, partnership_a_);
  EXPECT_EQ(c.reference, "CR-2025-007");
  EXPECT_EQ(c.type, CaseType::kJoint);
  EXPECT_EQ(c.state, CaseState::kScoping);
  EXPECT_EQ(c.version, 1);
  ASSERT_EQ(c.subjects.size(), 2u);
  EXPECT_NE(c.subjects[0].id, 0);
  EXPECT_EQ(c.subjects[0].pseudonym, "Child H");
  EXPECT_EQ(c.subjects[0].age_band, "1-4");
  EXPECT_EQ(c.subjects[0].sex, "female");
  EXPECT_EQ(c.subjects[0].ethnicity, "White");
  EXPECT_EQ(c.subjects[0].disability, "no");
  EXPECT_EQ(c.subjects[1].pseudonym, "Adult K");
  EXPECT_EQ(c.subjects[1].age_band, "25-64");
  EXPECT_EQ(c.subjects[1].sex, "male");
  EXPECT_EQ(c.subjects[1].ethnicity, "Mixed or multiple ethnic groups");
  EXPECT_EQ(c.subjects[1].disability, "yes");
  EXPECT_EQ(c.incident_on, Day("2025-02-27"));
  EXPECT_EQ(c.aware_on, Day("2025-03-03"));
  EXPECT_EQ(c.referring_agency_id, police_a_);
  EXPECT_EQ(c.referral.received_on, Day("2025-03-04"));
  EXPECT_EQ(c.referral.referrer, "Designated nurse");
  EXPECT_EQ(c.referral.criteria_considered, "Serious injury; abuse suspected");
  EXPECT_EQ(c.summary, "Neglect over a long period; several agencies involved.");
  EXPECT_EQ(c.themes, (std::vector<std::string>{"domestic abuse", "neglect"}));
  EXPECT_EQ(created->subjects[0].id, c.subjects[0].id);

  auto by_reference =
      Cases(partnership_a_, [&](auto& cases) { return cases.FindByReference("CR-2025-007"); });
  ASSERT_TRUE(by_reference.ok());
  ASSERT_TRUE(by_reference->has_value());
  EXPECT_EQ((*by_reference)->id, c.id);
  EXPECT_EQ((*by_reference)->subjects.size(), 2u);
  auto missing =
      Cases(partnership_a_, [&](auto& cases) { return cases.FindByReference("CR-2025-999"); });
  ASSERT_TRUE(missing.ok());
  EXPECT_FALSE(missing->has_value());
}

TEST_P(SqlCaseRepositoryTest, OptionalFieldsMayBeAbsent) {
  NewCase draft = Draft("CR-2025-001", "2025-01-10");
  auto created = CreateCase(partnership_a_, draft);
  ASSERT_TRUE(created.ok()) << created.error().message;
  EXPECT_FALSE(created->incident_on.has_value());
  EXPECT_FALSE(created->referring_agency_id.has_value());
  EXPECT_TRUE(created->themes.empty());
  EXPECT_EQ(created->subjects[0].age_band, "unknown");
  auto restricted =
      Cases(partnership_a_, [&](auto& cases) { return cases.GetRestricted(created->id); });
  ASSERT_TRUE(restricted.ok());
  EXPECT_EQ(restricted->circumstances, "");
  EXPECT_TRUE(restricted->identities.empty());
  EXPECT_FALSE(created->screening.has_value());
  EXPECT_FALSE(created->rapid_review_criteria_not_met);

  // The date of becoming aware may be unknown (history imported without it), and then the
  // screening and the finding on the rapid review's criteria round-trip with it.
  NewCase unknown = Draft("CR-2019-002", "2019-05-10");
  unknown.aware_on.reset();
  auto imported = CreateCase(partnership_a_, unknown);
  ASSERT_TRUE(imported.ok()) << imported.error().message;
  EXPECT_FALSE(imported->aware_on.has_value());
  Case record = *imported;
  record.screening = domain::NotificationScreening{false, true, false, "Fictional reason.",
                                                   *domain::ParseCivilDate("2019-05-13")};
  record.rapid_review_criteria_not_met = true;
  auto updated = Cases(partnership_a_, [&](auto& cases) { return cases.Update(record); });
  ASSERT_TRUE(updated.ok()) << updated.error().message;
  EXPECT_FALSE(updated->aware_on.has_value());
  EXPECT_EQ(updated->screening, record.screening);
  EXPECT_TRUE(updated->rapid_review_criteria_not_met);
}

TEST_P(SqlCaseRepositoryTest, UpdateStoresEveryFieldKeepingSubjectIds) {
  auto created = CreateCase(partnership_a_, FullDraft());
  ASSERT_TRUE(created.ok()) << created.error().message;
  const domain::SubjectId child_id = created->subjects[0].id;
  const domain::SubjectId adult_id = created->subjects[1].id;

  Case changed = *created;
  changed.reference = "CR-2025-008";
  changed.type = CaseType::kAdult;
  changed.state = CaseState::kRapidReview;
  changed.incident_on = std::nullopt;
  changed.aware_on = Day("2025-03-05");
  changed.referring_agency_id = health_a_;
  changed.referral = {Day("2025-03-06"), "Safeguarding adults lead", "Care Act s44"};
  changed.summary = "Self-neglect and isolation.";
  changed.themes = {"exploitation"};
  changed.s44 = domain::CareActS44{.needs_care_and_support = true,
                                   .concern_about_joint_working = false,
                                   .adult_died = false,
                                   .abuse_or_neglect_caused_death = false,
                                   .serious_abuse_or_neglect = true};
  changed.subjects[0].age_band = "5-9";  // kept, changed
  changed.subjects[0].pseudonym = "Child J";
  changed.subjects.erase(changed.subjects.begin() + 1);  // the adult removed
  domain::Subject sibling;
  sibling.pseudonym = "Child L";
  sibling.sex = "male";
  changed.subjects.insert(changed.subjects.begin(), sibling);  // added first

  auto updated = Cases(partnership_a_, [&](auto& cases) { return cases.Update(changed); });
  ASSERT_TRUE(updated.ok()) << updated.error().message;
  EXPECT_EQ(updated->version, 2);
  auto read = Cases(partnership_a_, [&](auto& cases) { return cases.Get(created->id); });
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->reference, "CR-2025-008");
  EXPECT_EQ(read->type, CaseType::kAdult);
  EXPECT_EQ(read->state, CaseState::kRapidReview);
  EXPECT_FALSE(read->incident_on.has_value());
  EXPECT_EQ(read->aware_on, Day("2025-03-05"));
  EXPECT_EQ(read->referring_agency_id, health_a_);
  EXPECT_EQ(read->referral.received_on, Day("2025-03-06"));
  EXPECT_EQ(read->referral.referrer, "Safeguarding adults lead");
  EXPECT_EQ(read->referral.criteria_considered, "Care Act s44");
  EXPECT_EQ(read->summary, "Self-neglect and isolation.");
  EXPECT_EQ(read->themes, (std::vector<std::string>{"exploitation"}));
  EXPECT_EQ(read->s44, changed.s44);
  EXPECT_FALSE(created->s44.has_value());  // none until a decision records them
  ASSERT_EQ(read->subjects.size(), 2u);
  EXPECT_EQ(read->subjects[0].pseudonym, "Child L");
  EXPECT_NE(read->subjects[0].id, child_id);
  EXPECT_NE(read->subjects[0].id, adult_id);
  EXPECT_EQ(read->subjects[0].sex, "male");
  EXPECT_EQ(read->subjects[1].id, child_id);
  EXPECT_EQ(read->subjects[1].pseudonym, "Child J");
  EXPECT_EQ(read->subjects[1].age_band, "5-9");

  // The removed subject's identity went with it; the kept one's stayed.
  auto restricted =
      Cases(partnership_a_, [&](auto& cases) { return cases.GetRestricted(created->id); });
  ASSERT_TRUE(restricted.ok());
  ASSERT_EQ(restricted->identities.size(), 1u);
  EXPECT_EQ(restricted->identities[0].subject_id, child_id);
}

TEST_P(SqlCaseRepositoryTest, SubjectsMaySwapPseudonyms) {
  auto created = CreateCase(partnership_a_, FullDraft());
  ASSERT_TRUE(created.ok());
  Case swapped = *created;
  std::swap(swapped.subjects[0].pseudonym, swapped.subjects[1].pseudonym);
  auto updated = Cases(partnership_a_, [&](auto& cases) { return cases.Update(swapped); });
  ASSERT_TRUE(updated.ok()) << updated.error().message;
  EXPECT_EQ(updated->subjects[0].id, created->subjects[0].id);
  EXPECT_EQ(updated->subjects[0].pseudonym, "Adult K");
  EXPECT_EQ(updated->subjects[1].pseudonym, "Child H");
}

TEST_P(SqlCaseRepositoryTest, AStaleVersionIsAConflictAndChangesNothing) {
  auto created = CreateCase(partnership_a_, FullDraft());
  ASSERT_TRUE(created.ok());
  Case first = *created;
  first.summary = "First change.";
  ASSERT_TRUE(Cases(partnership_a_, [&](auto& cases) { return cases.Update(first); }).ok());

  Case stale = *created;  // still version 1
  stale.summary = "Stale change.";
  stale.themes = {"exploitation"};
  stale.subjects.pop_back();
  auto update = Cases(partnership_a_, [&](auto& cases) { return cases.Update(stale); });
  ASSERT_FALSE(update.ok());
  EXPECT_EQ(update.error().code, ErrorCode::kConflict);

  auto read = Cases(partnership_a_, [&](auto& cases) { return cases.Get(created->id); });
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->version, 2);
  EXPECT_EQ(read->summary, "First change.");
  EXPECT_EQ(read->themes, (std::vector<std::string>{"domestic abuse", "neglect"}));
  EXPECT_EQ(read->subjects.size(), 2u);
}

TEST_P(SqlCaseRepositoryTest, ATakenReferenceIsAConflictNamingTheReference) {
  ASSERT_NE(MakeCase(partnership_a_, Draft("CR-2025-001", "2025-01-10")), 0);
  auto again = CreateCase(partnership_a_, Draft("CR-2025-001", "2025-02-10"));
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);
  EXPECT_EQ(again.error().field, "reference");
  EXPECT_EQ(again.error().message.find("CR-2025"), std::string::npos);

  auto other = CreateCase(partnership_a_, Draft("CR-2025-002", "2025-02-10"));
  ASSERT_TRUE(other.ok());
  Case renamed = *other;
  renamed.reference = "CR-2025-001";
  auto update = Cases(partnership_a_, [&](auto& cases) { return cases.Update(renamed); });
  ASSERT_FALSE(update.ok());
  EXPECT_EQ(update.error().code, ErrorCode::kConflict);
  EXPECT_EQ(update.error().field, "reference");

  // References are unique only within a partnership.
  EXPECT_TRUE(CreateCase(partnership_b_, Draft("CR-2025-001", "2025-01-10")).ok());
}

TEST_P(SqlCaseRepositoryTest, AThemeNotInTheListIsInvalidInputNamingThemes) {
  NewCase draft = Draft("CR-2025-001", "2025-01-10");
  draft.themes = {"neglect", "not a listed theme"};
  auto created = CreateCase(partnership_a_, draft);
  ASSERT_FALSE(created.ok());
  EXPECT_EQ(created.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(created.error().field, "themes");
  // Nothing of the case was kept.
  EXPECT_EQ(List(partnership_a_, {})->total, 0);

  auto stored = CreateCase(partnership_a_, Draft("CR-2025-002", "2025-01-10"));
  ASSERT_TRUE(stored.ok());
  Case changed = *stored;
  changed.themes = {"Neglect"};  // names match exactly
  auto update = Cases(partnership_a_, [&](auto& cases) { return cases.Update(changed); });
  ASSERT_FALSE(update.ok());
  EXPECT_EQ(update.error().field, "themes");
}

TEST_P(SqlCaseRepositoryTest, TheReferringAgencyMustBeOfThePartnership) {
  NewCase draft = Draft("CR-2025-001", "2025-01-10");
  draft.referring_agency_id = police_b_;
  auto created = CreateCase(partnership_a_, draft);
  ASSERT_FALSE(created.ok());
  EXPECT_EQ(created.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(created.error().field, "referring_agency_id");
}

TEST_P(SqlCaseRepositoryTest, RestrictedDetailsAreReadOnlyThroughGetRestricted) {
  auto created = CreateCase(partnership_a_, FullDraft());
  ASSERT_TRUE(created.ok());
  auto restricted =
      Cases(partnership_a_, [&](auto& cases) { return cases.GetRestricted(created->id); });
  ASSERT_TRUE(restricted.ok()) << restricted.error().message;
  EXPECT_EQ(restricted->circumstances, "Confidential circumstances of the incident.");
  ASSERT_EQ(restricted->identities.size(), 2u);
  EXPECT_EQ(restricted->identities[0].subject_id, created->subjects[0].id);
  EXPECT_EQ(restricted->identities[0].name, "Hannah Fictional");
  EXPECT_EQ(restricted->identities[0].date_of_birth, Day("2022-06-01"));
  EXPECT_EQ(restricted->identities[0].date_of_death, Day("2025-02-28"));
  EXPECT_EQ(restricted->identities[0].address, "1 Imaginary Row\nNowhere-on-Sea");
  EXPECT_EQ(restricted->identities[0].postcode, "XX1 2YZ");
  EXPECT_EQ(restricted->identities[0].school, "Little Acorns Nursery; Nowhere Primary School");
  EXPECT_EQ(restricted->identities[0].nhs_number, "9990000018");
  EXPECT_EQ(restricted->identities[0].other_details, "Known as Hanni");
  EXPECT_EQ(restricted->identities[1].subject_id, created->subjects[1].id);
  EXPECT_EQ(restricted->identities[1].name, "Kai Fictional");
  EXPECT_FALSE(restricted->identities[1].date_of_birth.has_value());
  EXPECT_FALSE(restricted->identities[1].date_of_death.has_value());
  EXPECT_EQ(restricted->identities[1].address, "");
  EXPECT_EQ(restricted->identities[1].nhs_number, "");

  // Neither the case nor a search carries them.
  auto read = Cases(partnership_a_, [&](auto& cases) { return cases.Get(created->id); });
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->summary.find("Confidential"), std::string::npos);
  EXPECT_TRUE(Search("Confidential").empty());
  EXPECT_TRUE(Search("Hannah").empty());
  EXPECT_TRUE(Search("Imaginary").empty());
  EXPECT_TRUE(Search("Acorns").empty());

  domain::RestrictedDetails replaced;
  replaced.circumstances = "Revised circumstances.";
  replaced.identities = {{.subject_id = created->subjects[1].id,
                          .name = "Kai Fictional",
                          .date_of_birth = Day("1990-01-31"),
                          .date_of_death = std::nullopt,
                          .address = "2 Made-up Lane, Nowhere",
                          .postcode = "XX9 8WV",
                          .school = "",
                          .nhs_number = "9998765439",
                          .other_details = ""}};
  ASSERT_TRUE(Cases(partnership_a_, [&](auto& cases) {
                return cases.SetRestricted(created->id, replaced);
              }).ok());
  restricted = Cases(partnership_a_, [&](auto& cases) { return cases.GetRestricted(created->id); });
  ASSERT_TRUE(restricted.ok());
  EXPECT_EQ(restricted->circumstances, "Revised circumstances.");
  ASSERT_EQ(restricted->identities.size(), 1u);
  EXPECT_EQ(restricted->identities[0].subject_id, created->subjects[1].id);
  EXPECT_EQ(restricted->identities[0].date_of_birth, Day("1990-01-31"));
  EXPECT_FALSE(restricted->identities[0].date_of_death.has_value());
  EXPECT_EQ(restricted->identities[0].address, "2 Made-up Lane, Nowhere");
  EXPECT_EQ(restricted->identities[0].postcode, "XX9 8WV");
  EXPECT_EQ(restricted->identities[0].nhs_number, "9998765439");
  EXPECT_EQ(restricted->identities[0].school, "");

  // An NHS number that fails its check digit is refused and changes nothing.
  replaced.identities[0].nhs_number = "9998765430";
  auto refused = Cases(partnership_a_,
                       [&](auto& cases) { return cases.SetRestricted(created->id, replaced); });
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "restricted.nhs_number");
  restricted = Cases(partnership_a_, [&](auto& cases) { return cases.GetRestricted(created->id); });
  ASSERT_TRUE(restricted.ok());
  ASSERT_EQ(restricted->identities.size(), 1u);
  EXPECT_EQ(restricted->identities[0].nhs_number, "9998765439");
}

TEST_P(SqlCaseRepositoryTest, AnIdentityMustBelongToASubjectOfTheCase) {
  auto mine = CreateCase(partnership_a_, FullDraft());
  auto other = CreateCase(partnership_a_, Draft("CR-2025-002", "2025-01-10"));
  ASSERT_TRUE(mine.ok());
  ASSERT_TRUE(other.ok());
  domain::RestrictedDetails details;
  details.identities = {{other->subjects[0].id, "Someone Fictional", std::nullopt}};
  auto set =
      Cases(partnership_a_, [&](auto& cases) { return cases.SetRestricted(mine->id, details); });
  ASSERT_FALSE(set.ok());
  EXPECT_EQ(set.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(set.error().field, "restricted.identities");
}

TEST_P(SqlCaseRepositoryTest, TheTimelineIsOldestFirst) {
  const domain::CaseId id = MakeCase(partnership_a_, Draft("CR-2025-001", "2025-01-10"));
  const domain::UserId user = MakeUser("officer@example.org");
  const core::Instant start = clock_.Now();
  domain::CaseEvent later;
  later.case_id = id;
  later.at = start + std::chrono::hours{2};
  later.user_id = user;
  later.action = "arrange_rapid_review";
  later.from_state = CaseState::kScoping;
  later.to_state = CaseState::kRapidReview;
  later.note = "Meeting arranged.";
  domain::CaseEvent earlier;
  earlier.case_id = id;
  earlier.at = start;
  earlier.action = "open";
  earlier.to_state = CaseState::kScoping;

  auto appended = Cases(partnership_a_, [&](auto& cases) { return cases.AppendEvent(later); });
  ASSERT_TRUE(appended.ok()) << appended.error().message;
  EXPECT_NE(appended->id, 0);
  ASSERT_TRUE(Cases(partnership_a_, [&](auto& cases) { return cases.AppendEvent(earlier); }).ok());

  auto events = Cases(partnership_a_, [&](auto& cases) { return cases.Events(id); });
  ASSERT_TRUE(events.ok()) << events.error().message;
  ASSERT_EQ(events->size(), 2u);
  EXPECT_EQ((*events)[0].action, "open");
  EXPECT_EQ((*events)[0].at, start);
  EXPECT_FALSE((*events)[0].from_state.has_value());
  EXPECT_FALSE((*events)[0].user_id.has_value());
  EXPECT_EQ((*events)[1].action, "arrange_rapid_review");
  EXPECT_EQ((*events)[1].at, start + std::chrono::hours{2});
  EXPECT_EQ((*events)[1].user_id, user);
  EXPECT_EQ((*events)[1].from_state, CaseState::kScoping);
  EXPECT_EQ((*events)[1].to_state, CaseState::kRapidReview);
  EXPECT_EQ((*events)[1].note, "Meeting arranged.");
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SqlCaseRepositoryTest);

}  // namespace
}  // namespace assure::storage
