// CaseAuditService over a real Store, on both backends: the business unit opens an audit of four
// records for the police and the ICB (its activity made, or a planned one opened); each lead
// grades and submits their own agency's part only; the business unit reads every part, agrees
// each record's grade and closes; board members read results and every part only once closed;
// leads see their drafts due. Every step and refusal is audited. Fictional data only.
#include "domain/assurance/audit/case_audit_service.h"

#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "domain/assurance/activity_service.h"
#include "domain/assurance/audit/case_audit_repository.h"
#include "testing/case_fixture.h"

namespace assure::domain {
namespace {

using AuditOutcome::kDenied;
using AuditOutcome::kSuccess;
using Counts = std::array<int, 5>;  // outstanding, good, requires improvement, inadequate, n/a

// "ok", or the refusal's code ("forbidden") and the field it names, if any.
template <typename T>
std::string Refusal(const core::Result<T>& result) {
  if (result.ok()) return "ok";
  const std::string code{core::ErrorCodeName(result.error().code)};
  return result.error().field.empty() ? code : code + " " + result.error().field;
}

// The value of a call that should succeed; a default one, after failing the test, if it did not.
template <typename T>
T Value(core::Result<T> result) {
  EXPECT_TRUE(result.ok()) << result.error().message;
  return result.ok() ? std::move(*result) : T{};
}

class CaseAuditSuite : public testing::CaseServiceTest {
 protected:
  void SetUp() override {
    CaseServiceTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    audits_ = std::make_unique<CaseAuditService>(store(), clock_);
    auto opened = audits_->Open(officer_, Input());
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    audit_ = *opened;
  }

  // Three questions, four records, the police and the ICB; due Thursday 5 February 2026.
  NewCaseAudit Input() {
    NewCaseAudit input;
    input.title = "  Fictional neglect audit 2026 ";
    input.questions = {"Was the referral made promptly?", "Was the child seen alone?",
                       "Was the plan reviewed with the family?"};
    input.references = {" NS-2025-014", "NS-2025-015", "AUD/7", "AUD/8"};
    input.agency_ids = {police_, health_};
    input.due_on = D("2026-02-05");
    return input;
  }

  // Every question of every record, graded `grade(record index, question)`.
  std::vector<AuditGradeEntry> Grades(const std::function<AuditGrade(std::size_t, int)>& grade) {
    std::vector<AuditGradeEntry> grades;
    for (std::size_t r = 0; r < audit_.records.size(); ++r) {
      for (int q = 1; q <= 3; ++q) {
        grades.push_back({audit_.records[r].id, q, grade(r, q), "Fictional: seen in the notes."});
      }
    }
    return grades;
  }
  std::vector<AuditGradeEntry> Grades(AuditGrade all) {
    return Grades([all](std::size_t, int) { return all; });
  }

  // The part as stored, read without the service (no audit).
  AuditPart PartOf(AgencyId agency) {
    return Value(store().Read(
        [&](Transaction& tx) { return tx.case_audits(north_).GetPart(audit_.id, agency); }));
  }

  void Submitted(const Requester& lead, AgencyId agency, std::vector<AuditGradeEntry> grades) {
    Value(audits_->Submit(lead, audit_.id, agency, PartOf(agency).version, std::move(grades)));
  }

  // The audit as stored, read without the service (no audit).
  CaseAudit Current() {
    return Value(
        store().Read([&](Transaction& tx) { return tx.case_audits(north_).Get(audit_.id); }));
  }

  // `who` agrees the grade of the record at `index`, at the audit's current version.
  core::Result<CaseAudit> Agree(const Requester& who, std::size_t index, AuditGrade overall,
                                std::vector<std::string> themes = {},
                                std::string reasons = "Fictional: agreed at the meeting.") {
    return audits_->Moderate(who, audit_.id, Current().version, audit_.records[index].id,
                             {overall, std::move(reasons), std::move(themes), {}});
  }

  // Every record agreed good, then the audit closed.
  void ModerateAndClose() {
    for (std::size_t r = 0; r < 4; ++r) {
      ASSERT_EQ(Refusal(Agree(officer_, r, AuditGrade::kGood)), "ok");
    }
    ASSERT_EQ(Refusal(audits_->Close(officer_, audit_.id, Current().version)), "ok");
  }

  Activity ActivityOf(ActivityId id) {
    return Value(
        store().Read([&](Transaction& tx) { return tx.assurance(north_).GetActivity(id); }));
  }

  static std::vector<AgencyId> AgenciesOf(const std::vector<AuditPart>& parts) {
    std::vector<AgencyId> agencies;
    for (const AuditPart& part : parts) agencies.push_back(part.agency_id);
    return agencies;
  }

  std::string Id() const { return std::to_string(audit_.id); }
  std::string Part(AgencyId agency) const {
    return "audit " + std::to_string(audit_.id) + ", agency " + std::to_string(agency);
  }

  std::unique_ptr<CaseAuditService> audits_;
  CaseAudit audit_;
};

TEST_P(CaseAuditSuite, TheBusinessUnitOpensAnAuditOfANewCaseAuditActivity) {
  EXPECT_EQ(audit_.title, "Fictional neglect audit 2026");
  ASSERT_EQ(audit_.records.size(), 4u);
  EXPECT_EQ(audit_.records[0].reference, "NS-2025-014");
  EXPECT_EQ(audit_.agency_ids, (std::vector<AgencyId>{police_, health_}));
  EXPECT_EQ(audit_.state, CaseAuditState::kOpen);
  EXPECT_EQ(audit_.opened_on, D("2026-01-05"));
  EXPECT_EQ(audit_.due_on, D("2026-02-05"));
  EXPECT_EQ(audit_.opened_by, officer_.user_id());
  const Activity activity = ActivityOf(audit_.activity_id);
  EXPECT_EQ(activity.content.kind, ActivityKind::kCaseAudit);
  EXPECT_EQ(activity.state, ActivityState::kOpen);
  EXPECT_EQ(Count("assurance.audit.open", kSuccess, Id()), 1);

  NewCaseAudit bad = Input();
  bad.agency_ids = {police_, south_police_};
  EXPECT_EQ(Refusal(audits_->Open(officer_, bad)), "invalid_input agency_ids");
  EXPECT_EQ(Refusal(audits_->Open(police_lead_, Input())), "forbidden");
  EXPECT_EQ(Count("assurance.audit.open", kDenied), 1);
  EXPECT_EQ(audits_->List(officer_)->size(), 1u);  // nothing refused was stored
}

TEST_P(CaseAuditSuite, ANamedPlannedCaseAuditActivityOpensWithItsAudit) {
  const ActivityService activities(store(), clock_);
  const auto plan = [&](ActivityKind kind) {
    ActivityContent content;
    content.kind = kind;
    content.title = "Fictional planned activity";
    content.starts_on = D("2026-01-12");
    content.ends_on = D("2026-03-27");
    return Value(activities.Create(officer_, content));
  };
  const Activity planned = plan(ActivityKind::kCaseAudit);
  NewCaseAudit input = Input();
  input.activity_id = planned.id;
  EXPECT_EQ(Value(audits_->Open(officer_, input)).activity_id, planned.id);
  EXPECT_EQ(ActivityOf(planned.id).state, ActivityState::kOpen);
  const std::string planned_id = std::to_string(planned.id);
  EXPECT_EQ(Count("assurance.activity.state", kSuccess, planned_id), 1);
  // One audit an activity, as one round: a second is refused and opens nothing again.
  EXPECT_EQ(Refusal(audits_->Open(officer_, input)), "invalid_input activity_id");
  EXPECT_EQ(Count("assurance.activity.state", kSuccess, planned_id), 1);

  input.activity_id = plan(ActivityKind::kStaffSurvey).id;
  EXPECT_EQ(Refusal(audits_->Open(officer_, input)), "invalid_input activity_id");
  Activity closed = plan(ActivityKind::kCaseAudit);
  for (const ActivityState to : {ActivityState::kOpen, ActivityState::kAnalysing,
                                 ActivityState::kReporting, ActivityState::kClosed}) {
    closed = Value(activities.Move(officer_, closed.id, closed.version, to));
  }
  input.activity_id = closed.id;
  EXPECT_EQ(Refusal(audits_->Open(officer_, input)), "invalid_input activity_id");
  input.activity_id = closed.id + 1000;
  EXPECT_EQ(Refusal(audits_->Open(officer_, input)), "invalid_input activity_id");
}

TEST_P(CaseAuditSuite, EachLeadGradesAndSubmitsTheirOwnAgencysPartOnly) {
  const CaseAuditView view = Value(audits_->Get(police_lead_, audit_.id));
  EXPECT_EQ(AgenciesOf(view.parts), std::vector<AgencyId>{police_});
  EXPECT_EQ(view.gradable, std::vector<AgencyId>{police_});
  EXPECT_FALSE(view.may_run);
  EXPECT_FALSE(view.results);

  const AuditRecordId first = audit_.records[0].id;
  const Version version = PartOf(police_).version;
  const std::vector<AuditGradeEntry> partial{{first, 1, AuditGrade::kGood, "Fictional."}};
  EXPECT_EQ(Refusal(audits_->Grade(police_lead_, audit_.id, police_, version + 1, partial)),
            "conflict version");
  EXPECT_TRUE(PartOf(police_).grades.empty());
  EXPECT_EQ(Refusal(audits_->Grade(police_lead_, audit_.id, police_, version,
                                   {{first, 4, AuditGrade::kGood, ""}})),
            "invalid_input grades");  // past the tool
  const AuditPart graded =
      Value(audits_->Grade(police_lead_, audit_.id, police_, version, partial));
  EXPECT_GT(graded.version, version);
  ASSERT_EQ(graded.grades.size(), 1u);

  const Version now = graded.version;
  EXPECT_EQ(Refusal(audits_->Grade(health_lead_, audit_.id, police_, now, partial)), "not_found");
  EXPECT_EQ(Count("assurance.audit.grade", kDenied, Part(police_)), 1);
  EXPECT_EQ(Refusal(audits_->Grade(officer_, audit_.id, police_, now, partial)),
            "forbidden");  // the business unit reads parts but does not grade them
  EXPECT_EQ(Count("assurance.audit.grade", kDenied, Part(police_)), 2);
  const CaseAuditView health_view = Value(audits_->Get(health_lead_, audit_.id));
  ASSERT_EQ(AgenciesOf(health_view.parts), std::vector<AgencyId>{health_});
  EXPECT_TRUE(health_view.parts.front().grades.empty());

  EXPECT_EQ(Refusal(audits_->Submit(police_lead_, audit_.id, police_, now)),
            "invalid_input grades[NS-2025-014][2]");  // the first ungraded
  const AuditPart submitted = Value(audits_->Submit(police_lead_, audit_.id, police_, now,
                                                    Grades(AuditGrade::kRequiresImprovement)));
  EXPECT_EQ(submitted.state, AuditPartState::kSubmitted);
  EXPECT_EQ(submitted.submitted_on, D("2026-01-05"));
  EXPECT_EQ(submitted.submitted_by, police_lead_.user_id());

  const Version locked = submitted.version;
  EXPECT_EQ(Refusal(audits_->Grade(police_lead_, audit_.id, police_, locked, partial)),
            "conflict state");
  EXPECT_EQ(Refusal(audits_->Submit(police_lead_, audit_.id, police_, locked)), "conflict state");
  EXPECT_EQ(PartOf(police_).grades.size(), 12u);
  EXPECT_TRUE(audits_->Get(police_lead_, audit_.id)->gradable.empty());
  EXPECT_EQ(Count("assurance.audit.grade", kSuccess, Part(police_)), 1);
  EXPECT_EQ(Count("assurance.audit.submit", kSuccess, Part(police_)), 1);
  EXPECT_EQ(Count("assurance.audit.submit", kDenied), 0);  // refusals here were not denials
}

TEST_P(CaseAuditSuite, TheBusinessUnitModeratesEveryRecordBeforeItCloses) {
  Submitted(police_lead_, police_, Grades(AuditGrade::kGood));
  Submitted(health_lead_, health_, Grades(AuditGrade::kInadequate));
  const CaseAuditView view = Value(audits_->Get(officer_, audit_.id));
  ASSERT_EQ(AgenciesOf(view.parts), (std::vector<AgencyId>{police_, health_}));
  EXPECT_TRUE(view.may_run);
  EXPECT_EQ(view.themes, (std::vector<std::string>{"exploitation", "neglect"}));
  ASSERT_TRUE(view.results);
  EXPECT_EQ(view.results->moderated, 0);

  EXPECT_EQ(Refusal(Agree(officer_, 0, AuditGrade::kGood, {"housing"})), "invalid_input themes");
  EXPECT_EQ(Refusal(Agree(officer_, 0, AuditGrade::kNotApplicable)), "invalid_input overall");
  EXPECT_EQ(Refusal(Agree(officer_, 0, AuditGrade::kGood, {}, "  ")), "invalid_input reasons");
  EXPECT_EQ(Refusal(Agree(police_lead_, 0, AuditGrade::kGood)), "forbidden");
  EXPECT_EQ(Count("assurance.audit.moderate", kDenied, Id()), 1);
  ASSERT_TRUE(
      store().Write([&](Transaction& tx) { return tx.themes(north_).Add("housing"); }).ok());
  const CaseAudit moderated =
      Value(Agree(officer_, 0, AuditGrade::kRequiresImprovement, {" housing "}));
  EXPECT_GT(moderated.version, audit_.version);
  ASSERT_TRUE(moderated.records[0].moderation);
  EXPECT_EQ(moderated.records[0].moderation->overall, AuditGrade::kRequiresImprovement);
  EXPECT_EQ(moderated.records[0].moderation->themes, std::vector<std::string>{"housing"});
  EXPECT_EQ(Refusal(audits_->Moderate(officer_, audit_.id, audit_.version, audit_.records[1].id,
                                      {AuditGrade::kGood, "Fictional.", {}, {}})),
            "conflict version");

  ASSERT_EQ(Refusal(Agree(officer_, 1, AuditGrade::kGood, {"neglect"})), "ok");
  ASSERT_EQ(Refusal(Agree(officer_, 2, AuditGrade::kGood, {"neglect"})), "ok");
  EXPECT_EQ(Refusal(audits_->Close(officer_, audit_.id, Current().version)),
            "invalid_input records");  // AUD/8 is not agreed
  ASSERT_EQ(Refusal(Agree(officer_, 3, AuditGrade::kInadequate, {"neglect", "exploitation"})),
            "ok");
  const Version version = Current().version;
  EXPECT_EQ(Refusal(audits_->Close(police_lead_, audit_.id, version)), "forbidden");
  EXPECT_EQ(Count("assurance.audit.close", kDenied, Id()), 1);
  EXPECT_EQ(Refusal(audits_->Close(officer_, audit_.id, version - 1)), "conflict version");
  const CaseAudit closed = Value(audits_->Close(officer_, audit_.id, version));
  EXPECT_EQ(closed.state, CaseAuditState::kClosed);
  EXPECT_EQ(closed.closed_on, D("2026-01-05"));
  EXPECT_EQ(Refusal(audits_->Close(officer_, audit_.id, closed.version)), "conflict state");
  EXPECT_EQ(Refusal(Agree(officer_, 0, AuditGrade::kGood)), "conflict state");
  EXPECT_EQ(Count("assurance.audit.moderate", kSuccess, Id()), 4);
  EXPECT_EQ(Count("assurance.audit.close", kSuccess, Id()), 1);
}

TEST_P(CaseAuditSuite, BoardMembersReadTheResultsAndEveryPartOnlyOnceClosed) {
  // The police grade question 3 requires improvement and the rest good; the ICB grade all
  // outstanding but question 1 of the first record, which does not apply.
  Submitted(police_lead_, police_, Grades([](std::size_t, int q) {
              return q == 3 ? AuditGrade::kRequiresImprovement : AuditGrade::kGood;
            }));
  Submitted(health_lead_, health_, Grades([](std::size_t r, int q) {
              return r == 0 && q == 1 ? AuditGrade::kNotApplicable : AuditGrade::kOutstanding;
            }));
  ASSERT_EQ(Refusal(Agree(officer_, 0, AuditGrade::kGood, {"neglect"})), "ok");
  ASSERT_EQ(Refusal(Agree(officer_, 1, AuditGrade::kGood, {"exploitation", "neglect"})), "ok");
  ASSERT_EQ(Refusal(Agree(officer_, 2, AuditGrade::kRequiresImprovement, {"neglect"})), "ok");
  ASSERT_EQ(Refusal(Agree(officer_, 3, AuditGrade::kInadequate, {"exploitation", "exploitation"})),
            "ok");  // a theme counts once for a record
  const CaseAuditView before = Value(audits_->Get(board_, audit_.id));
  EXPECT_TRUE(before.parts.empty());
  EXPECT_FALSE(before.results);
  EXPECT_FALSE(before.audit.records[0].moderation);  // the agreements are results too
  EXPECT_FALSE(audits_->Get(police_lead_, audit_.id)->results);
  EXPECT_EQ(Refusal(audits_->GetPart(board_, audit_.id, police_)), "not_found");
  EXPECT_EQ(Refusal(audits_->GetPart(health_lead_, audit_.id, police_)), "not_found");
  EXPECT_EQ(Count("assurance.audit.read", kDenied, Part(police_)), 2);
  ASSERT_EQ(Refusal(audits_->Close(officer_, audit_.id, Current().version)), "ok");

  const CaseAuditView view = Value(audits_->Get(board_, audit_.id));
  EXPECT_EQ(AgenciesOf(view.parts), (std::vector<AgencyId>{police_, health_}));
  EXPECT_EQ(Refusal(audits_->GetPart(board_, audit_.id, health_)), "ok");
  EXPECT_TRUE(view.audit.records[0].moderation);
  ASSERT_TRUE(view.results);
  const AuditResults& results = *view.results;
  std::vector<Counts> by_question;
  for (const GradeCounts& counts : results.by_question) by_question.push_back(counts.by_grade);
  EXPECT_EQ(by_question, (std::vector<Counts>{{3, 4, 0, 0, 1}, {4, 4, 0, 0, 0}, {4, 0, 4, 0, 0}}));
  std::vector<std::pair<AgencyId, Counts>> by_agency;
  for (const auto& [agency, c] : results.by_agency) by_agency.emplace_back(agency, c.by_grade);
  EXPECT_EQ(by_agency, (std::vector<std::pair<AgencyId, Counts>>{{police_, {0, 8, 4, 0, 0}},
                                                                 {health_, {11, 0, 0, 0, 1}}}));
  EXPECT_EQ(results.moderated, 4);
  EXPECT_EQ(results.overall.by_grade, (Counts{0, 2, 1, 1, 0}));
  EXPECT_EQ(results.themes,
            (std::vector<std::pair<std::string, int>>{{"neglect", 3}, {"exploitation", 2}}));

  const CaseAuditView lead = Value(audits_->Get(police_lead_, audit_.id));
  EXPECT_TRUE(lead.results);
  EXPECT_EQ(AgenciesOf(lead.parts), std::vector<AgencyId>{police_});  // still their own only
  const std::vector<CaseAudit> listed = Value(audits_->List(board_));
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed.front().id, audit_.id);

  EXPECT_EQ(Refusal(audits_->Get(south_manager_, audit_.id)), "not_found");
  EXPECT_EQ(Count("assurance.audit.read", kDenied, Id(), south_), 1);
  EXPECT_EQ(Count("assurance.audit.read", kSuccess, Id()), 4);
}

TEST_P(CaseAuditSuite, LeadsSeeTheirDraftPartsDueAndOverdueAfterTheDueDate) {
  const std::size_t events = Trail(north_).size();
  const std::vector<DueAuditPart> due = Value(audits_->Due(police_lead_));
  ASSERT_EQ(due.size(), 1u);
  EXPECT_EQ(due.front().audit_id, audit_.id);
  EXPECT_EQ(due.front().agency_name, "Northshire Police");
  EXPECT_EQ(due.front().due_on, D("2026-02-05"));
  EXPECT_FALSE(due.front().overdue);
  EXPECT_TRUE(audits_->Due(officer_)->empty());  // the business unit grades no part
  EXPECT_EQ(Trail(north_).size(), events);       // a read with no audit event

  Submitted(police_lead_, police_, Grades(AuditGrade::kGood));
  EXPECT_TRUE(audits_->Due(police_lead_)->empty());
  clock_.Advance(std::chrono::hours(24 * 31));  // 5 February: due today
  EXPECT_FALSE(audits_->Due(health_lead_)->front().overdue);
  clock_.Advance(std::chrono::hours(24));  // 6 February: past the due date
  NewCaseAudit later = Input();
  later.due_on = D("2026-03-02");
  const CaseAudit second = Value(audits_->Open(officer_, later));
  std::vector<DueAuditPart> health = Value(audits_->Due(health_lead_));
  ASSERT_EQ(health.size(), 2u);  // soonest due first
  EXPECT_EQ(health.front().audit_id, audit_.id);
  EXPECT_TRUE(health.front().overdue);
  EXPECT_EQ(health.back().audit_id, second.id);
  EXPECT_FALSE(health.back().overdue);

  ModerateAndClose();  // the ICB's draft of a closed audit is no longer due
  health = Value(audits_->Due(health_lead_));
  ASSERT_EQ(health.size(), 1u);
  EXPECT_EQ(health.front().audit_id, second.id);
}

TEST_P(CaseAuditSuite, EveryStepIsAuditedOnTheAuditOrThePart) {
  Submitted(police_lead_, police_, Grades(AuditGrade::kGood));
  ASSERT_EQ(Refusal(audits_->Grade(health_lead_, audit_.id, health_, PartOf(health_).version,
                                   Grades(AuditGrade::kGood))),
            "ok");
  ASSERT_TRUE(audits_->Get(officer_, audit_.id).ok());
  ModerateAndClose();
  const std::map<std::string, std::string> steps{{"assurance.audit.open", Id()},
                                                 {"assurance.audit.read", Id()},
                                                 {"assurance.audit.grade", Part(health_)},
                                                 {"assurance.audit.submit", Part(police_)},
                                                 {"assurance.audit.close", Id()}};
  for (const auto& [action, resource] : steps) {
    EXPECT_EQ(Count(action, kSuccess, resource), 1) << action;
    EXPECT_EQ(Count(action, kDenied), 0) << action;
  }
  EXPECT_EQ(Count("assurance.audit.grade", kSuccess, Part(police_)), 0);  // submitted at once
  EXPECT_EQ(Count("assurance.audit.moderate", kSuccess, Id()), 4);

  EXPECT_EQ(Refusal(audits_->Submit(board_, audit_.id, health_, PartOf(health_).version)),
            "forbidden");  // closed: the board reads the part but never submits it
  EXPECT_EQ(Count("assurance.audit.submit", kDenied, Part(health_)), 1);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(CaseAuditSuite);

}  // namespace
}  // namespace assure::domain
