#include "domain/reviews/cases/case.h"

#include <gtest/gtest.h>

#include "domain/reviews/cases/review_records.h"

namespace assure::domain {
namespace {

using std::chrono::year;

NewCase ValidDraft() {
  NewCase draft;
  draft.reference = "CR-2025-007";
  draft.type = CaseType::kChild;
  draft.subjects = {Subject{.pseudonym = "Child H", .age_band = "1-4"}};
  draft.aware_on = year{2025} / 1 / 6;
  draft.incident_on = year{2025} / 1 / 3;
  draft.referral = {year{2025} / 1 / 6, "Designated nurse", "Serious harm, neglect suspected"};
  return draft;
}

TEST(CaseTest, AcceptsAValidDraft) { EXPECT_TRUE(ValidateCase(ValidDraft()).ok()); }

TEST(CaseTest, NamesTheFieldThatIsWrong) {
  struct Example {
    void (*change)(NewCase&);
    std::string field;
  };
  const Example examples[] = {
      {[](NewCase& d) { d.reference = "CR 2025"; }, "reference"},
      {[](NewCase& d) { d.subjects.clear(); }, "subjects"},
      {[](NewCase& d) { d.subjects[0].pseudonym = " Child H"; }, "subjects[0].pseudonym"},
      {[](NewCase& d) { d.subjects.push_back(d.subjects[0]); }, "subjects[1].pseudonym"},
      {[](NewCase& d) { d.subjects[0].age_band = "teen"; }, "subjects[0].age_band"},
      {[](NewCase& d) { d.subjects[0].sex = "f"; }, "subjects[0].sex"},
      {[](NewCase& d) { d.subjects[0].ethnicity = "x"; }, "subjects[0].ethnicity"},
      {[](NewCase& d) { d.subjects[0].disability = "maybe"; }, "subjects[0].disability"},
      {[](NewCase& d) { d.aware_on = year{2025} / 1 / 2; }, "aware_on"},
      {[](NewCase& d) { d.referral.referrer = "  "; }, "referral.referrer"},
      {[](NewCase& d) { d.summary = std::string(4001, 'a'); }, "summary"},
      {[](NewCase& d) { d.summary = "bell\a"; }, "summary"},
      {[](NewCase& d) {
         d.restricted.identities = {{5, "A Person", std::nullopt}};
       },
       "restricted.identities"},
  };
  for (const Example& example : examples) {
    NewCase draft = ValidDraft();
    example.change(draft);
    auto status = ValidateCase(draft);
    ASSERT_FALSE(status.ok()) << example.field;
    EXPECT_EQ(status.error().field, example.field);
  }
}

TEST(CaseTest, LongTextKeepsLineBreaks) {
  NewCase draft = ValidDraft();
  draft.summary = "First line.\nSecond line.\r\n\tIndented.";
  EXPECT_TRUE(ValidateCase(draft).ok());
}

TEST(CaseTest, EnumNamesRoundTrip) {
  for (CaseState state : AllCaseStates()) {
    EXPECT_EQ(ParseCaseState(CaseStateName(state)), state);
  }
  EXPECT_EQ(ParseCaseType("joint"), CaseType::kJoint);
  EXPECT_FALSE(ParseCaseType("Joint").has_value());
  EXPECT_TRUE(NotifiesPanel(CaseType::kJoint));
  EXPECT_FALSE(NotifiesPanel(CaseType::kAdult));
  EXPECT_EQ(ParseReviewDecision("none"), ReviewDecision::kNone);
  EXPECT_TRUE(LeadsToFullReview(ReviewDecision::kJoint));
  EXPECT_FALSE(LeadsToFullReview(ReviewDecision::kOther));
}

TEST(CaseTest, CareActSection44MandatoryOnlyWithConcernAndHarm) {
  CareActS44 died{.needs_care_and_support = true,
                  .concern_about_joint_working = true,
                  .adult_died = true,
                  .abuse_or_neglect_caused_death = true,
                  .serious_abuse_or_neglect = false};
  EXPECT_EQ(EvaluateS44(died), SarBasis::kMandatory);
  CareActS44 alive{.needs_care_and_support = true,
                   .concern_about_joint_working = true,
                   .adult_died = false,
                   .abuse_or_neglect_caused_death = false,
                   .serious_abuse_or_neglect = true};
  EXPECT_EQ(EvaluateS44(alive), SarBasis::kMandatory);
  CareActS44 no_concern = alive;
  no_concern.concern_about_joint_working = false;
  EXPECT_EQ(EvaluateS44(no_concern), SarBasis::kDiscretionary);
  CareActS44 died_unrelated = died;
  died_unrelated.abuse_or_neglect_caused_death = false;
  died_unrelated.serious_abuse_or_neglect = true;  // only counts for a living adult
  EXPECT_EQ(EvaluateS44(died_unrelated), SarBasis::kDiscretionary);
  CareActS44 no_needs = died;
  no_needs.needs_care_and_support = false;  // s44 applies only to needs for care and support
  EXPECT_EQ(EvaluateS44(no_needs), SarBasis::kNotApplicable);
  EXPECT_EQ(SarBasisName(SarBasis::kNotApplicable), "not_applicable");
}

}  // namespace
}  // namespace assure::domain
