// SurveyService and SurveyAnswerService over a real Store, on both backends: the business unit
// drafts a staff survey (its activity made), changes it at the current version only, opens it
// (one link per agency, questions frozen) and closes it; staff answer through a link with no
// audit event; results are counted by agency and, for leads and board members, shown only once
// closed and never with the links; free text is the business unit's alone, with the publication
// check's hits; a copy is a new draft. Every step and refusal is audited. Fictional data only.
#include "domain/assurance/survey/survey_service.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "domain/assurance/activity_service.h"
#include "domain/assurance/survey/survey_answer_service.h"
#include "testing/case_fixture.h"
#include "testing/fake_random.h"

namespace assure::domain {
namespace {

using AuditOutcome::kDenied;
using AuditOutcome::kSuccess;
using core::ErrorCode;
using Cells = std::vector<std::optional<std::int64_t>>;

class SurveySuite : public testing::CaseServiceTest {
 protected:
  void SetUp() override {
    CaseServiceTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    surveys_ = std::make_unique<SurveyService>(store(), clock_, random_);
    answering_ = std::make_unique<SurveyAnswerService>(store(), clock_, random_);
  }

  // For the police and the ICB: q1 agreement (required), q2 single choice, q3 free text.
  SurveyContent Content() {
    SurveyContent content;
    content.title = "  Fictional multi-agency staff survey 2026 ";
    content.introduction = "Fictional: your answers are anonymous.";
    content.minimum_group = 5;
    content.agency_ids = {police_, health_};
    Question agree{QuestionKind::kAgreement, "I know how to escalate a concern.", "", {}, true};
    Question role{QuestionKind::kSingleChoice,
                  "Which best describes your role?",
                  "",
                  {"Front line", "Manager", "Other"},
                  false};
    Question comment{
        QuestionKind::kFreeText, "Anything else you would like to tell us?", "", {}, false};
    content.sections = {{"Working together", {agree, role}}, {"Anything else", {comment}}};
    return content;
  }

  Survey Draft(const SurveyContent& content) {
    auto created = surveys_->Create(officer_, content, std::nullopt);
    EXPECT_TRUE(created.ok()) << created.error().message;
    return created.ok() ? *created : Survey{};
  }

  Survey Opened(const SurveyContent& content) {
    const Survey draft = Draft(content);
    auto opened = surveys_->Open(officer_, draft.id, draft.version);
    EXPECT_TRUE(opened.ok()) << opened.error().message;
    return opened.ok() ? *opened : Survey{};
  }

  static std::string LinkOf(const Survey& survey, AgencyId agency) {
    for (const SurveyLink& link : survey.links) {
      if (link.agency_id == agency) return link.token;
    }
    ADD_FAILURE() << "no link for agency " << agency;
    return "";
  }

  // One person's answers: q1 at `agreement`, and q3 when `comment` is given.
  core::Status Answer(const std::string& token, int agreement, const std::string& comment = "") {
    std::vector<SurveyAnswer> answers{{1, {agreement}, {}}};
    if (!comment.empty()) answers.push_back({3, {}, comment});
    return answering_->Answer(token, answers);
  }

  Activity ActivityOf(ActivityId id) {
    auto activity =
        store().Read([&](Transaction& tx) { return tx.assurance(north_).GetActivity(id); });
    EXPECT_TRUE(activity.ok()) << activity.error().message;
    return activity.ok() ? *activity : Activity{};
  }

  static std::string Id(const Survey& survey) { return std::to_string(survey.id); }

  testing::FakeRandom random_{7};
  std::unique_ptr<SurveyService> surveys_;
  std::unique_ptr<SurveyAnswerService> answering_;
};

TEST_P(SurveySuite, TheBusinessUnitDraftsASurveyOfANewStaffSurveyActivity) {
  const Survey draft = Draft(Content());
  EXPECT_EQ(draft.state, SurveyState::kDraft);
  EXPECT_EQ(draft.content.title, "Fictional multi-agency staff survey 2026");
  EXPECT_EQ(draft.content.agency_ids, (std::vector<AgencyId>{police_, health_}));
  EXPECT_EQ(QuestionCount(draft.content), 3);
  EXPECT_TRUE(draft.links.empty());
  EXPECT_FALSE(draft.copied_from);
  EXPECT_EQ(draft.created_by, officer_.user_id());
  const Activity activity = ActivityOf(draft.activity_id);
  EXPECT_EQ(activity.content.kind, ActivityKind::kStaffSurvey);
  EXPECT_EQ(activity.state, ActivityState::kPlanned);
  EXPECT_EQ(activity.content.title, draft.content.title);
  EXPECT_EQ(activity.content.agency_ids, draft.content.agency_ids);
  EXPECT_EQ(Count("assurance.survey.create", kSuccess, Id(draft)), 1);

  SurveyContent changed = Content();
  changed.title = "Fictional staff survey, changed";
  auto stale = surveys_->Update(officer_, draft.id, draft.version + 1, changed);
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  auto unchanged = surveys_->Get(officer_, draft.id);
  ASSERT_TRUE(unchanged.ok()) << unchanged.error().message;
  EXPECT_EQ(unchanged->survey.content.title, draft.content.title);
  EXPECT_EQ(unchanged->survey.version, draft.version);
  EXPECT_EQ(Count("assurance.survey.update", kSuccess, Id(draft)), 0);
  auto updated = surveys_->Update(officer_, draft.id, draft.version, changed);
  ASSERT_TRUE(updated.ok()) << updated.error().message;
  EXPECT_EQ(updated->content.title, "Fictional staff survey, changed");
  EXPECT_GT(updated->version, draft.version);
  EXPECT_EQ(Count("assurance.survey.update", kSuccess, Id(draft)), 1);

  auto second = surveys_->Create(officer_, Content(), draft.activity_id);
  ASSERT_TRUE(second.ok()) << second.error().message;
  EXPECT_EQ(second->activity_id, draft.activity_id);  // the activity named
  SurveyContent elsewhere = Content();
  elsewhere.agency_ids = {south_police_};
  EXPECT_EQ(surveys_->Create(officer_, elsewhere, std::nullopt).error().field, "agency_ids");
  EXPECT_EQ(surveys_->Create(police_lead_, Content(), std::nullopt).error().code,
            ErrorCode::kForbidden);
  EXPECT_EQ(Count("assurance.survey.create", kDenied), 1);
}

TEST_P(SurveySuite, OpeningMakesOneLinkPerAgencyAndFreezesTheQuestions) {
  SurveyContent empty = Content();
  empty.sections.clear();
  const Survey bare = Draft(empty);
  auto refused = surveys_->Open(officer_, bare.id, bare.version);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "sections");
  EXPECT_EQ(surveys_->Get(officer_, bare.id)->survey.state, SurveyState::kDraft);

  const Survey draft = Draft(Content());
  EXPECT_EQ(surveys_->Open(police_lead_, draft.id, draft.version).error().code,
            ErrorCode::kForbidden);
  auto opened = surveys_->Open(officer_, draft.id, draft.version);
  ASSERT_TRUE(opened.ok()) << opened.error().message;
  EXPECT_EQ(opened->state, SurveyState::kOpen);
  EXPECT_EQ(opened->opened_on, D("2026-01-05"));
  ASSERT_EQ(opened->links.size(), 2u);
  EXPECT_EQ(opened->links[0].agency_id, police_);
  EXPECT_EQ(opened->links[1].agency_id, health_);
  EXPECT_NE(opened->links[0].token, opened->links[1].token);
  for (const SurveyLink& link : opened->links) {
    EXPECT_EQ(link.token.size(), 43u);
    EXPECT_TRUE(std::all_of(link.token.begin(), link.token.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
    })) << link.token;
  }
  EXPECT_EQ(ActivityOf(opened->activity_id).state, ActivityState::kOpen);
  EXPECT_EQ(Count("assurance.survey.open", kSuccess, Id(draft)), 1);
  EXPECT_EQ(Count("assurance.survey.open", kDenied, Id(draft)), 1);

  auto frozen = surveys_->Update(officer_, draft.id, opened->version, Content());
  ASSERT_FALSE(frozen.ok());
  EXPECT_EQ(frozen.error().field, "state");
  EXPECT_EQ(surveys_->Open(officer_, draft.id, opened->version).error().field, "state");
  EXPECT_EQ(surveys_->Get(officer_, draft.id)->survey.links.size(), 2u);  // the same two
}

TEST_P(SurveySuite, AnswersThroughALinkAreStoredAndCountedByAgencyWithoutAnAuditEvent) {
  const Survey open = Opened(Content());
  const std::string police = LinkOf(open, police_);
  const std::string health = LinkOf(open, health_);
  auto form = answering_->Form(police);
  ASSERT_TRUE(form.ok()) << form.error().message;
  EXPECT_EQ(form->agency_name, "Northshire Police");
  EXPECT_TRUE(form->open);
  EXPECT_TRUE(form->content.agency_ids.empty());
  EXPECT_EQ(QuestionCount(form->content), 3);

  const std::size_t events = Trail(north_).size();
  for (int k = 0; k < 5; ++k) ASSERT_TRUE(Answer(police, k).ok());
  for (int k = 0; k < 6; ++k) ASSERT_TRUE(Answer(health, 3).ok());
  EXPECT_EQ(Trail(north_).size(), events);  // anonymous: nothing in the trail
  auto unanswered = answering_->Answer(police, {{2, {0}, {}}});
  ASSERT_FALSE(unanswered.ok());
  EXPECT_EQ(unanswered.error().field, "q1");  // required
  EXPECT_EQ(answering_->Answer(std::string(43, 'A'), {{1, {0}, {}}}).error().code,
            ErrorCode::kNotFound);
  EXPECT_EQ(answering_->Form(std::string(43, 'A')).error().code, ErrorCode::kNotFound);

  auto view = surveys_->Get(officer_, open.id);
  ASSERT_TRUE(view.ok()) << view.error().message;
  EXPECT_EQ(view->respondents, 11);
  // While answers come in, not even the business unit reads results: two reads either side of
  // one answer would show it.
  EXPECT_EQ(surveys_->Results(officer_, open.id).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(surveys_->FreeText(officer_, open.id).error().code, ErrorCode::kForbidden);
  EXPECT_FALSE(view->may_read_results);
  ASSERT_TRUE(surveys_->Close(officer_, open.id, open.version).ok());
  auto results = surveys_->Results(officer_, open.id);
  ASSERT_TRUE(results.ok()) << results.error().message;
  ASSERT_EQ(results->groups.size(), 2u);
  EXPECT_EQ(results->groups[0].agency_name, "Northshire Police");
  EXPECT_EQ(results->groups[0].respondents, 5);
  EXPECT_EQ(results->groups[1].respondents, 6);
  EXPECT_EQ(results->total_respondents, 11);
  EXPECT_FALSE(results->any_hidden);
  ASSERT_EQ(results->questions.size(), 3u);
  const ResultRow& agree = results->questions[0].rows[3];
  EXPECT_EQ(agree.label, "Agree");
  EXPECT_EQ(agree.by_group, (Cells{1, 6}));
  EXPECT_EQ(agree.total, 7);
  EXPECT_EQ(results->questions[2].rows.front().total, 0);  // nobody commented
  EXPECT_EQ(Count("assurance.survey.results.read", kSuccess, Id(open)), 1);
}

TEST_P(SurveySuite, LeadsReadResultsOnlyOnceClosedAndNeverTheLinks) {
  SurveyContent content = Content();
  content.minimum_group = 10;
  const Survey open = Opened(content);
  const std::string police = LinkOf(open, police_);
  for (int k = 0; k < 3; ++k) ASSERT_TRUE(Answer(police, 3).ok());

  auto early = surveys_->Results(police_lead_, open.id);
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(Count("assurance.survey.results.read", kDenied, Id(open)), 1);
  EXPECT_EQ(surveys_->Results(board_, open.id).error().code, ErrorCode::kForbidden);
  auto seen = surveys_->Get(police_lead_, open.id);
  ASSERT_TRUE(seen.ok()) << seen.error().message;
  EXPECT_TRUE(seen->survey.links.empty());
  EXPECT_FALSE(seen->may_run);
  EXPECT_FALSE(seen->may_read_results);
  EXPECT_EQ(seen->respondents, 0);        // counts are the business unit's
  const Survey draft = Draft(Content());  // drafts are the business unit's
  EXPECT_EQ(surveys_->Get(police_lead_, draft.id).error().code, ErrorCode::kNotFound);
  auto listed = surveys_->List(police_lead_);
  ASSERT_TRUE(listed.ok()) << listed.error().message;
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_TRUE(listed->front().links.empty());
  EXPECT_EQ(surveys_->List(officer_)->size(), 2u);
  EXPECT_EQ(surveys_->List(officer_)->back().links.size(), 2u);
  EXPECT_EQ(surveys_->Get(south_manager_, open.id).error().code, ErrorCode::kNotFound);

  EXPECT_EQ(surveys_->Close(police_lead_, open.id, open.version).error().code,
            ErrorCode::kForbidden);
  auto closed = surveys_->Close(officer_, open.id, open.version);
  ASSERT_TRUE(closed.ok()) << closed.error().message;
  EXPECT_EQ(closed->state, SurveyState::kClosed);
  EXPECT_EQ(closed->closed_on, D("2026-01-05"));
  EXPECT_EQ(Count("assurance.survey.close", kSuccess, Id(open)), 1);
  auto late = Answer(police, 4);
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().field, "state");
  auto form = answering_->Form(police);
  ASSERT_TRUE(form.ok()) << form.error().message;
  EXPECT_FALSE(form->open);

  auto results = surveys_->Results(police_lead_, open.id);
  ASSERT_TRUE(results.ok()) << results.error().message;
  ASSERT_EQ(results->groups.size(), 2u);
  EXPECT_FALSE(results->groups[0].respondents);  // 3 of a minimum of 10
  EXPECT_TRUE(results->groups[0].under_minimum);
  EXPECT_EQ(results->groups[1].respondents, 0);
  EXPECT_FALSE(results->total_respondents);  // they would tell the police's alone
  EXPECT_EQ(results->questions[0].rows[3].by_group, (Cells{std::nullopt, 0}));
  EXPECT_TRUE(surveys_->Results(board_, open.id).ok());
  EXPECT_TRUE(surveys_->Get(police_lead_, open.id)->may_read_results);
  EXPECT_EQ(Count("assurance.survey.results.read", kSuccess, Id(open)), 2);
}

TEST_P(SurveySuite, OnlyTheBusinessUnitReadsFreeTextWithTheIdentifiersFound) {
  const Survey open = Opened(Content());
  const std::string police = LinkOf(open, police_);
  const std::string postcode = "Fictional: the team near LS99 9ZX is short of staff.";
  const std::string phone = "Fictional: ring the duty desk on 07700 900123 after hours.";
  const std::string plain = "Fictional: supervision is good here.";
  ASSERT_TRUE(Answer(police, 3, postcode).ok());
  ASSERT_TRUE(Answer(police, 1, phone).ok());
  ASSERT_TRUE(Answer(LinkOf(open, health_), 4, plain).ok());
  ASSERT_TRUE(Answer(police, 2).ok());
  ASSERT_TRUE(surveys_->Close(officer_, open.id, open.version).ok());

  auto refused = surveys_->FreeText(police_lead_, open.id);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(Count("assurance.survey.free_text.read", kDenied, Id(open)), 1);
  auto read = surveys_->FreeText(officer_, open.id);
  ASSERT_TRUE(read.ok()) << read.error().message;
  ASSERT_EQ(read->size(), 3u);
  std::map<std::string, std::vector<IdentifierKind>> hits;
  for (const FreeTextView& view : *read) {
    EXPECT_EQ(view.question, 3);
    EXPECT_EQ(view.question_text, "Anything else you would like to tell us?");
    auto& kinds = hits[view.text];
    for (const IdentifierHit& hit : view.hits) kinds.push_back(hit.kind);
  }
  EXPECT_EQ(hits[postcode], std::vector<IdentifierKind>{IdentifierKind::kPostcodePattern});
  EXPECT_EQ(hits[phone], std::vector<IdentifierKind>{IdentifierKind::kPhonePattern});
  EXPECT_TRUE(hits.contains(plain) && hits[plain].empty());
  EXPECT_EQ(Count("assurance.survey.free_text.read", kSuccess, Id(open)), 1);
}

TEST_P(SurveySuite, ACopyIsANewDraftWithTheSameQuestions) {
  const Survey open = Opened(Content());
  auto copy = surveys_->Copy(officer_, open.id);
  ASSERT_TRUE(copy.ok()) << copy.error().message;
  EXPECT_NE(copy->id, open.id);
  EXPECT_EQ(copy->state, SurveyState::kDraft);
  EXPECT_EQ(copy->copied_from, open.id);
  EXPECT_EQ(copy->activity_id, open.activity_id);  // still open
  EXPECT_TRUE(copy->links.empty());
  EXPECT_EQ(copy->content.title, open.content.title);
  EXPECT_EQ(copy->content.minimum_group, open.content.minimum_group);
  EXPECT_EQ(copy->content.agency_ids, open.content.agency_ids);
  ASSERT_EQ(QuestionCount(copy->content), QuestionCount(open.content));
  for (int n = 1; n <= QuestionCount(open.content); ++n) {
    const Question& was = *QuestionNumbered(open.content, n);
    const Question& is = *QuestionNumbered(copy->content, n);
    EXPECT_EQ(is.kind, was.kind) << n;
    EXPECT_EQ(is.text, was.text) << n;
    EXPECT_EQ(is.options, was.options) << n;
    EXPECT_EQ(is.required, was.required) << n;
  }
  EXPECT_EQ(Count("assurance.survey.create", kSuccess, Id(*copy)), 1);
  EXPECT_EQ(surveys_->Copy(police_lead_, open.id).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(surveys_->Copy(officer_, open.id + 1000).error().code, ErrorCode::kNotFound);

  // Once the activity has closed, a copy starts a new one.
  const ActivityService activities(store(), clock_);
  Activity activity = ActivityOf(open.activity_id);
  for (const ActivityState to :
       {ActivityState::kAnalysing, ActivityState::kReporting, ActivityState::kClosed}) {
    auto moved = activities.Move(officer_, activity.id, activity.version, to);
    ASSERT_TRUE(moved.ok()) << moved.error().message;
    activity = *moved;
  }
  auto again = surveys_->Copy(officer_, open.id);
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_NE(again->activity_id, open.activity_id);
  EXPECT_EQ(ActivityOf(again->activity_id).content.kind, ActivityKind::kStaffSurvey);
  auto listed = surveys_->List(officer_);
  ASSERT_TRUE(listed.ok()) << listed.error().message;
  ASSERT_EQ(listed->size(), 3u);
  EXPECT_EQ(listed->front().id, again->id);  // newest first
}

TEST_P(SurveySuite, EveryStepOfASurveyIsAuditedOnIt) {
  const Survey draft = Draft(Content());
  auto opened = surveys_->Open(officer_, draft.id, draft.version);
  ASSERT_TRUE(opened.ok()) << opened.error().message;
  ASSERT_TRUE(Answer(LinkOf(*opened, police_), 0, "Fictional comment.").ok());
  ASSERT_TRUE(surveys_->Close(officer_, draft.id, opened->version).ok());
  ASSERT_TRUE(surveys_->Results(officer_, draft.id).ok());
  ASSERT_TRUE(surveys_->FreeText(officer_, draft.id).ok());
  ASSERT_TRUE(surveys_->Get(health_lead_, draft.id).ok());
  for (const char* action :
       {"assurance.survey.create", "assurance.survey.open", "assurance.survey.results.read",
        "assurance.survey.free_text.read", "assurance.survey.close", "assurance.survey.read"}) {
    EXPECT_EQ(Count(action, kSuccess, Id(draft)), 1) << action;
  }
  EXPECT_EQ(Count("assurance.survey.results.read", kDenied), 0);
  EXPECT_FALSE(surveys_->Results(south_manager_, draft.id).ok());
  EXPECT_EQ(Count("assurance.survey.results.read", kDenied, Id(draft), south_), 1);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SurveySuite);

}  // namespace
}  // namespace assure::domain
