// Case audit rules: names read both ways, a record's reference is never a name, a new audit, an
// agency's grades and a moderation each name the field that fails, overdue parts, and the results
// counted from submitted parts and moderated records only. Fictional data only.
#include "domain/assurance/audit/case_audit.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace assure::domain {
namespace {

CivilDate D(const char* text) { return *ParseCivilDate(text); }

std::string FieldOf(const core::Status& status) {
  return status.ok() ? "ok" : status.error().field;
}

// Three questions, two records, two agencies, due a month after 5 January 2026.
NewCaseAudit ValidNew() {
  NewCaseAudit audit;
  audit.title = "Fictional neglect audit 2026";
  audit.questions = {"Was the referral timely?", "Was the child seen alone?",
                     "Was the plan reviewed?"};
  audit.references = {"NS-2025-014", "AUD/7"};
  audit.agency_ids = {10, 20};
  audit.due_on = D("2026-02-05");
  return audit;
}

std::string NewField(const NewCaseAudit& audit) {
  return FieldOf(ValidateNewCaseAudit(audit, D("2026-01-05")));
}

// Two questions; records 101 "NS-1" and 102 "NS-2"; agencies 10, 20 and 30; due 1 February.
CaseAudit Audit() {
  CaseAudit audit;
  audit.id = 1;
  audit.title = "Fictional audit";
  audit.questions = {"Was the referral timely?", "Was the child seen alone?"};
  audit.records = {{101, "NS-1", {}}, {102, "NS-2", {}}};
  audit.agency_ids = {10, 20, 30};
  audit.opened_on = D("2026-01-05");
  audit.due_on = D("2026-02-01");
  return audit;
}

AuditGradeEntry Entry(AuditRecordId record, int question, std::optional<AuditGrade> grade,
                      std::string comment = "") {
  return {record, question, grade, std::move(comment)};
}

std::string GradesField(const std::vector<AuditGradeEntry>& grades) {
  return FieldOf(ValidateGrades(Audit(), grades));
}

Moderation Agreed(AuditGrade overall, std::vector<std::string> themes) {
  return {overall, "Fictional: agreed at the moderation meeting.", std::move(themes),
          D("2026-02-10")};
}

TEST(CaseAuditNamesTest, GradesAndStatesReadBothWays) {
  for (const AuditGrade grade : AllAuditGrades()) {
    EXPECT_EQ(ParseAuditGrade(AuditGradeName(grade)), grade);
  }
  EXPECT_EQ(AllAuditGrades().size(), 5u);
  EXPECT_EQ(AuditGradeName(AuditGrade::kRequiresImprovement), "requires_improvement");
  EXPECT_EQ(AuditGradeName(AuditGrade::kNotApplicable), "not_applicable");
  EXPECT_EQ(AuditGradeLabel(AuditGrade::kRequiresImprovement), "Requires improvement");
  EXPECT_EQ(AuditGradeLabel(AuditGrade::kOutstanding), "Outstanding");
  EXPECT_EQ(AuditGradeLabel(AuditGrade::kNotApplicable), "Not applicable");
  EXPECT_FALSE(ParseAuditGrade("Good"));
  EXPECT_FALSE(ParseAuditGrade(""));
  for (const CaseAuditState state : {CaseAuditState::kOpen, CaseAuditState::kClosed}) {
    EXPECT_EQ(ParseCaseAuditState(CaseAuditStateName(state)), state);
  }
  EXPECT_EQ(CaseAuditStateName(CaseAuditState::kClosed), "closed");
  for (const AuditPartState state : {AuditPartState::kDraft, AuditPartState::kSubmitted}) {
    EXPECT_EQ(ParseAuditPartState(AuditPartStateName(state)), state);
  }
  EXPECT_EQ(AuditPartStateName(AuditPartState::kSubmitted), "submitted");
  EXPECT_FALSE(ParseAuditPartState("locked"));
}

TEST(CaseAuditReferenceTest, APseudonymousReferenceIsAcceptedAndANameRefused) {
  EXPECT_TRUE(ValidateRecordReference("reference", "NS-2025-014").ok());
  EXPECT_TRUE(ValidateRecordReference("reference", "AUD/7").ok());
  EXPECT_TRUE(ValidateRecordReference("reference", "A7").ok());
  EXPECT_TRUE(ValidateRecordReference("reference", "N" + std::string(29, '1')).ok());  // 30
  for (const std::string& refused :
       {std::string{"Smith"}, std::string{"amy-1"}, std::string{"A"}, std::string{"7"},
        std::string{"SMITH"}, "N" + std::string(30, '1'), std::string{"NS 2025"},
        std::string{""}}) {
    const core::Status status = ValidateRecordReference("references[3]", refused);
    ASSERT_FALSE(status.ok()) << refused;
    EXPECT_EQ(status.error().code, core::ErrorCode::kInvalidInput) << refused;
    EXPECT_EQ(status.error().field, "references[3]") << refused;
  }
}

TEST(NewCaseAuditTest, AValidAuditPassesAndEachRuleNamesItsField) {
  EXPECT_EQ(NewField(ValidNew()), "ok");

  NewCaseAudit audit = ValidNew();
  audit.title = " ";
  EXPECT_EQ(NewField(audit), "title");

  audit = ValidNew();
  audit.questions.clear();
  EXPECT_EQ(NewField(audit), "questions");
  audit.questions.assign(31, "Was the child seen?");
  EXPECT_EQ(NewField(audit), "questions");
  audit.questions.assign(30, "Was the child seen?");
  EXPECT_EQ(NewField(audit), "ok");
  audit = ValidNew();
  audit.questions[1] = "  ";
  EXPECT_EQ(NewField(audit), "questions[1]");  // 0-based, as in the JSON
  audit.questions[1] = std::string(501, 'q');
  EXPECT_EQ(NewField(audit), "questions[1]");
  audit.questions[1] = std::string(500, 'q');
  EXPECT_EQ(NewField(audit), "ok");

  audit = ValidNew();
  audit.references.clear();
  EXPECT_EQ(NewField(audit), "references");
  for (int r = 0; r < 101; ++r) audit.references.push_back("NS-" + std::to_string(r));
  EXPECT_EQ(NewField(audit), "references");
  audit.references.pop_back();
  EXPECT_EQ(NewField(audit), "ok");
  audit = ValidNew();
  audit.references[0] = "Smith";
  EXPECT_EQ(NewField(audit), "references[0]");
  audit.references = {"NS-1", "NS-2", "NS-1"};
  EXPECT_EQ(NewField(audit), "references[2]");

  audit = ValidNew();
  audit.agency_ids.clear();
  EXPECT_EQ(NewField(audit), "agency_ids");
  audit.agency_ids = {10, 20, 10};
  EXPECT_EQ(NewField(audit), "agency_ids");

  audit = ValidNew();
  audit.due_on.reset();
  EXPECT_EQ(NewField(audit), "due_on");
  audit.due_on = D("2026-01-05");  // today
  EXPECT_EQ(NewField(audit), "due_on");
  audit.due_on = D("2026-01-04");
  EXPECT_EQ(NewField(audit), "due_on");
  audit.due_on = D("2026-01-06");
  EXPECT_EQ(NewField(audit), "ok");
}

TEST(AuditGradesTest, GradesNameTheAuditsRecordsAndQuestionsOnce) {
  EXPECT_EQ(GradesField({}), "ok");
  EXPECT_EQ(GradesField({Entry(101, 1, AuditGrade::kGood, "Fictional: seen within a day."),
                         Entry(101, 2, std::nullopt, "Still checking."),
                         Entry(102, 2, AuditGrade::kNotApplicable)}),
            "ok");
  EXPECT_EQ(GradesField({Entry(999, 1, AuditGrade::kGood)}), "grades");  // not the audit's
  EXPECT_EQ(GradesField({Entry(101, 0, AuditGrade::kGood)}), "grades");
  EXPECT_EQ(GradesField({Entry(101, 3, AuditGrade::kGood)}), "grades");  // past the tool
  EXPECT_EQ(GradesField({Entry(102, 2, AuditGrade::kGood), Entry(102, 2, AuditGrade::kInadequate)}),
            "grades[NS-2][2]");
  EXPECT_EQ(GradesField({Entry(101, 1, AuditGrade::kGood, std::string(2000, 'c'))}), "ok");
  EXPECT_EQ(GradesField({Entry(101, 1, AuditGrade::kGood, std::string(2001, 'c'))}),
            "grades[NS-1][1]");
}

TEST(AuditGradesTest, APartIsSubmittedOnlyWithEveryQuestionOfEveryRecordGraded) {
  AuditPart part;
  part.agency_id = 10;
  part.grades = {Entry(101, 1, AuditGrade::kGood), Entry(101, 2, AuditGrade::kOutstanding),
                 Entry(102, 1, AuditGrade::kNotApplicable)};
  const core::Status missing = ValidatePartSubmission(Audit(), part);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(missing.error().field, "grades[NS-2][2]");
  part.grades.push_back(Entry(102, 2, std::nullopt, "A comment is not a grade."));
  EXPECT_EQ(FieldOf(ValidatePartSubmission(Audit(), part)), "grades[NS-2][2]");
  part.grades.back().grade = AuditGrade::kInadequate;
  EXPECT_EQ(FieldOf(ValidatePartSubmission(Audit(), part)), "ok");
  part.grades.erase(part.grades.begin());
  EXPECT_EQ(FieldOf(ValidatePartSubmission(Audit(), part)), "grades[NS-1][1]");  // the first
  part.grades.clear();
  EXPECT_EQ(FieldOf(ValidatePartSubmission(Audit(), part)), "grades[NS-1][1]");
}

TEST(AuditModerationTest, AnOverallGradeWithReasonsAndUpToTenThemesIsAgreed) {
  EXPECT_EQ(FieldOf(ValidateModeration(Agreed(AuditGrade::kInadequate, {"neglect"}))), "ok");
  EXPECT_EQ(FieldOf(ValidateModeration(Agreed(AuditGrade::kNotApplicable, {}))), "overall");
  Moderation blank = Agreed(AuditGrade::kGood, {});
  blank.reasons = " \n ";
  EXPECT_EQ(FieldOf(ValidateModeration(blank)), "reasons");
  blank.reasons = std::string(5001, 'r');
  EXPECT_EQ(FieldOf(ValidateModeration(blank)), "reasons");
  blank.reasons = std::string(5000, 'r');
  EXPECT_EQ(FieldOf(ValidateModeration(blank)), "ok");
  std::vector<std::string> themes;
  for (int t = 0; t < 10; ++t) themes.push_back("theme " + std::to_string(t));
  EXPECT_EQ(FieldOf(ValidateModeration(Agreed(AuditGrade::kGood, themes))), "ok");
  themes.push_back("theme 10");
  EXPECT_EQ(FieldOf(ValidateModeration(Agreed(AuditGrade::kGood, themes))), "themes");
}

TEST(AuditOverdueTest, ADraftPartOfAnOpenAuditIsOverdueAfterItsDueDate) {
  CaseAudit audit = Audit();
  AuditPart part;
  part.agency_id = 10;
  EXPECT_FALSE(IsOverdue(audit, part, D("2026-01-31")));
  EXPECT_FALSE(IsOverdue(audit, part, D("2026-02-01")));  // due today
  EXPECT_TRUE(IsOverdue(audit, part, D("2026-02-02")));
  part.state = AuditPartState::kSubmitted;
  EXPECT_FALSE(IsOverdue(audit, part, D("2026-02-02")));
  part.state = AuditPartState::kDraft;
  audit.state = CaseAuditState::kClosed;
  EXPECT_FALSE(IsOverdue(audit, part, D("2026-02-02")));
}

TEST(AuditResultsTest, CountsComeFromSubmittedPartsAndModeratedRecordsOnly) {
  CaseAudit audit = Audit();
  audit.records[0].moderation = Agreed(AuditGrade::kGood, {"neglect", "exploitation"});
  audit.records[1].moderation = Agreed(AuditGrade::kInadequate, {"housing", "neglect"});
  audit.records.push_back({103, "NS-3", {}});  // not yet moderated
  AuditPart police;
  police.agency_id = 10;
  police.state = AuditPartState::kSubmitted;
  police.grades = {Entry(101, 1, AuditGrade::kGood), Entry(101, 2, AuditGrade::kInadequate),
                   Entry(102, 1, AuditGrade::kGood), Entry(102, 2, AuditGrade::kNotApplicable),
                   Entry(103, 1, std::nullopt, "No grade, only a comment.")};
  AuditPart health;  // a draft: not counted
  health.agency_id = 20;
  health.grades = {Entry(101, 1, AuditGrade::kOutstanding), Entry(101, 2, AuditGrade::kGood)};
  AuditPart council;
  council.agency_id = 30;
  council.state = AuditPartState::kSubmitted;
  council.grades = {Entry(101, 1, AuditGrade::kRequiresImprovement)};
  const std::vector<AuditPart> parts{council, health, police};  // not in the audit's order

  const AuditResults results = ComputeAuditResults(audit, parts);
  ASSERT_EQ(results.by_question.size(), 2u);
  EXPECT_EQ(results.by_question[0].by_grade, (std::array<int, 5>{0, 2, 1, 0, 0}));
  EXPECT_EQ(results.by_question[1].by_grade, (std::array<int, 5>{0, 0, 0, 1, 1}));
  EXPECT_EQ(results.by_question[0].total(), 3);
  ASSERT_EQ(results.by_agency.size(), 3u);
  EXPECT_EQ(results.by_agency[0].first, 10);
  EXPECT_EQ(results.by_agency[0].second.by_grade, (std::array<int, 5>{0, 2, 0, 1, 1}));
  EXPECT_EQ(results.by_agency[1].first, 20);
  EXPECT_EQ(results.by_agency[1].second.total(), 0);
  EXPECT_EQ(results.by_agency[2].first, 30);
  EXPECT_EQ(results.by_agency[2].second.by_grade, (std::array<int, 5>{0, 0, 1, 0, 0}));
  EXPECT_EQ(results.moderated, 2);
  EXPECT_EQ(results.overall.by_grade, (std::array<int, 5>{0, 1, 0, 1, 0}));
  EXPECT_EQ(results.themes, (std::vector<std::pair<std::string, int>>{
                                {"neglect", 2}, {"exploitation", 1}, {"housing", 1}}));
}

TEST(AuditResultsTest, AnAuditWithNothingSubmittedOrModeratedCountsNothing) {
  const AuditResults results = ComputeAuditResults(Audit(), {});
  ASSERT_EQ(results.by_question.size(), 2u);
  EXPECT_EQ(results.by_question[1].total(), 0);
  ASSERT_EQ(results.by_agency.size(), 3u);
  EXPECT_EQ(results.by_agency[2].second.total(), 0);
  EXPECT_EQ(results.overall.total(), 0);
  EXPECT_EQ(results.moderated, 0);
  EXPECT_TRUE(results.themes.empty());
}

}  // namespace
}  // namespace assure::domain
