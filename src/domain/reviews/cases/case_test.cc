#include "domain/reviews/cases/case.h"

#include <gtest/gtest.h>

#include "domain/reviews/cases/review_records.h"
#include "domain/reviews/cases/step_input.h"

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

// Every identifying detail of a fictional subject, as stored. 999 numbers are the NHS's
// reserved test range; the postcode area XX is not a real one.
SubjectIdentity FullIdentity() {
  return {.subject_id = 0,
          .name = "Hannah Fictional",
          .date_of_birth = year{2019} / 3 / 2,
          .date_of_death = year{2025} / 1 / 3,
          .address = "1 Imaginary Row\nNowhere-on-Sea",
          .postcode = "XX1 2YZ",
          .school = "Little Acorns Nursery; Nowhere Primary School",
          .nhs_number = "9990000018",
          .other_details = "Known as Hanni"};
}

TEST(CaseTest, AcceptsAValidDraft) {
  EXPECT_TRUE(ValidateCase(ValidDraft()).ok());
  NewCase draft = ValidDraft();
  draft.restricted.identities = {FullIdentity()};
  EXPECT_TRUE(ValidateCase(draft).ok());
  draft.restricted.identities[0].date_of_death = draft.restricted.identities[0].date_of_birth;
  EXPECT_TRUE(ValidateCase(draft).ok());  // died on the day of birth
}

TEST(CaseTest, NhsNumbersPassTheModulus11CheckAndAreStoredAsTenDigits) {
  for (const char* valid : {"9990000018", "999 876 5439", "999-111-2227", " 999 555 0008 "}) {
    EXPECT_TRUE(NormalNhsNumber(valid).has_value()) << valid;
  }
  EXPECT_EQ(NormalNhsNumber("999 246 8017"), "9992468017");
  EXPECT_EQ(NormalNhsNumber("999-246-8017"), "9992468017");
  for (const char* invalid : {"9990000019",    // wrong check digit
                              "9991234560",    // its check digit would be 10: never issued
                              "999000001",     // nine digits
                              "99900000188",   // eleven
                              "999O000018",    // a letter O
                              "999.000.0018",  // dots are not allowed
                              ""}) {
    EXPECT_FALSE(NormalNhsNumber(invalid).has_value()) << invalid;
  }
}

TEST(CaseTest, PostcodesAreLooselyCheckedAndStoredUpperCaseWithOneSpace) {
  EXPECT_EQ(NormalPostcode("xx1 2yz"), "XX1 2YZ");
  EXPECT_EQ(NormalPostcode("XX12YZ"), "XX1 2YZ");
  EXPECT_EQ(NormalPostcode(" xx12 3yz "), "XX12 3YZ");
  EXPECT_EQ(NormalPostcode("X1 2YZ"), "X1 2YZ");
  EXPECT_EQ(NormalPostcode("X12YZ"), "X1 2YZ");  // five characters
  for (const char* invalid : {"X1 2Y",           // four letters and digits
                              "XX1A 2YZQ",       // eight
                              "XX1  2YZ",        // two spaces
                              "XX1-2YZ", "XX1 2YZ!", ""}) {
    EXPECT_FALSE(NormalPostcode(invalid).has_value()) << invalid;
  }
}

TEST(CaseTest, AnIdentityIsCheckedAsTidiedAndItsMessagesNeverRepeatTheValue) {
  SubjectIdentity entered = FullIdentity();
  entered.name = "  Hannah Fictional ";
  entered.postcode = "xx1 2yz";
  entered.nhs_number = "999-000-0018";
  entered.address = "\n1 Imaginary Row\nNowhere-on-Sea\n";
  NewCase draft = ValidDraft();
  draft.restricted.identities = {entered};
  EXPECT_EQ(ValidateCase(draft).error().field, "subjects[0].postcode");  // not tidied yet
  const SubjectIdentity tidied = TidyIdentity(entered);
  EXPECT_EQ(tidied.name, "Hannah Fictional");
  EXPECT_EQ(tidied.postcode, "XX1 2YZ");
  EXPECT_EQ(tidied.nhs_number, "9990000018");
  EXPECT_EQ(tidied.address, "1 Imaginary Row\nNowhere-on-Sea");
  draft.restricted.identities = {tidied};
  EXPECT_TRUE(ValidateCase(draft).ok());

  SubjectIdentity wrong = entered;
  wrong.nhs_number = " 999 000 0019 ";
  wrong = TidyIdentity(wrong);
  EXPECT_EQ(wrong.nhs_number, "999 000 0019");  // left as entered (trimmed) for the check
  auto refused = ValidateIdentity("subjects[2].", wrong);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "subjects[2].nhs_number");
  EXPECT_NE(refused.error().message.find("10-digit NHS number"), std::string::npos);
  EXPECT_EQ(refused.error().message.find("0019"), std::string::npos);

  wrong = TidyIdentity(entered);
  wrong.postcode = "QQ9/2ZZ";
  wrong = TidyIdentity(wrong);
  refused = ValidateIdentity("subjects[0].", wrong);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "subjects[0].postcode");
  EXPECT_EQ(refused.error().message.find("QQ9"), std::string::npos);

  wrong = TidyIdentity(entered);
  wrong.date_of_death = year{2019} / 3 / 1;  // the day before the date of birth
  refused = ValidateIdentity("subjects[0].", wrong);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "subjects[0].date_of_death");
  EXPECT_EQ(refused.error().message.find("2019"), std::string::npos);
}

TEST(CaseTest, AnIdentityOfACaseIsNamedByItsSubjectsPosition) {
  Case record;
  record.subjects = {Subject{.id = 11, .pseudonym = "Child H"},
                     Subject{.id = 12, .pseudonym = "Adult K"}};
  RestrictedDetails details;
  SubjectIdentity identity = FullIdentity();
  identity.subject_id = 12;
  identity.nhs_number = "9990000019";
  details.identities = {identity};
  const auto refused = ValidateRestricted(record, details);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "subjects[1].nhs_number");
  details.identities[0].nhs_number = "9998765439";
  EXPECT_TRUE(ValidateRestricted(record, details).ok());
}

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
      {[](NewCase& d) {
         d.restricted.identities = {{0, std::string(201, 'a'), std::nullopt}};
       },
       "subjects[0].name"},
      {[](NewCase& d) { d.restricted.identities[0].date_of_death = year{2019} / 3 / 1; },
       "subjects[0].date_of_death"},
      {[](NewCase& d) { d.restricted.identities[0].address = std::string(301, 'a'); },
       "subjects[0].address"},
      {[](NewCase& d) { d.restricted.identities[0].postcode = "XX1 2Y"; }, "subjects[0].postcode"},
      {[](NewCase& d) { d.restricted.identities[0].school = std::string(301, 'a'); },
       "subjects[0].school"},
      {[](NewCase& d) { d.restricted.identities[0].nhs_number = "9990000019"; },
       "subjects[0].nhs_number"},
      {[](NewCase& d) { d.restricted.identities[0].other_details = "bell\a"; },
       "subjects[0].other_details"},
  };
  for (const Example& example : examples) {
    NewCase draft = ValidDraft();
    draft.restricted.identities = {FullIdentity()};
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
