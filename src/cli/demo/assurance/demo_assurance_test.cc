// The demo's quality assurance (demo_assurance.h) over a real Store, on both backends, with the
// demo's people and themes: the QA framework has an activity of every kind, the thematic review
// on exploitation analysing and drawing on the round, the survey and the case audit; one
// self-evaluation round of five agencies, closed and shared, every return submitted by the
// agency's lead (one late) and one standard agreed at another rating after a challenge; one
// closed staff survey of about 300 answers whose results hide the agency under the minimum and
// one more, and show the total, with a free-text answer the publication check flags; one closed
// case audit of 12 moderated records with four parts submitted by the agencies' leads; the
// thematic review with evidence of all four sources, three findings, two recommendations (each
// an action from the thematic review) and its draft Lessons Learned Briefing; a second run adds
// nothing. Fictional data only.
#include "cli/demo/assurance/demo_assurance.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <type_traits>
#include <vector>

#include "cli/demo/demo_cases.h"
#include "domain/assurance/audit/case_audit_repository.h"
#include "domain/assurance/survey/survey_service.h"
#include "domain/assurance/thematic/thematic_review_repository.h"
#include "domain/london_date.h"
#include "testing/fake_random.h"
#include "testing/store_fixture.h"

namespace assure::cli {
namespace {

using domain::Role;
using domain::Transaction;

class DemoAssuranceSuite : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    today_ = domain::LondonDate(clock_.Now());
    partnership_ = MakePartnership("northshire");
    std::vector<domain::AgencyId> agencies;
    for (int i = 0; i < 6; ++i) {
      const domain::AgencyId agency = MakeAgency(partnership_, "Agency " + std::to_string(i));
      leads_[agency] = Member(partnership_, "lead" + std::to_string(i) + "@northshire.example",
                              Role::kAgencyLead, agency)
                           .user_id();
      agencies.push_back(agency);
    }
    manager_ = Member(partnership_, "business_manager@northshire.example", Role::kBusinessManager);
    officer_ = Member(partnership_, "business_officer@northshire.example", Role::kBusinessOfficer);
    auto themes = store().Write([&](Transaction& tx) -> core::Status {
      return DemoCaseWriter(tx, partnership_, agencies, std::nullopt, today_).EnsureThemes();
    });
    ASSERT_TRUE(themes.ok()) << themes.error().message;
  }

  core::Result<WrittenAssurance> AddDemo() {
    return AddDemoAssurance(store(), partnership_, today_, random_);
  }

  // What `read` reads in one transaction (empty, failing the test, on an error).
  template <typename Read>
  auto Stored(Read read) {
    auto result = store().Read([&](Transaction& tx) { return read(tx); });
    EXPECT_TRUE(result.ok()) << result.error().message;
    using Value = std::remove_cvref_t<decltype(*result)>;
    return result.ok() ? *result : Value{};
  }

  testing::FakeRandom random_{7};
  domain::CivilDate today_;
  domain::PartnershipId partnership_ = 0;
  std::map<domain::AgencyId, domain::UserId> leads_;
  domain::Requester manager_;
  domain::Requester officer_;
};

TEST_P(DemoAssuranceSuite, OneClosedSharedRoundOfFiveAgenciesAllSubmittedOneLate) {
  auto written = AddDemo();
  ASSERT_TRUE(written.ok()) << written.error().message;
  EXPECT_EQ(written->rounds, 1);
  EXPECT_EQ(written->returns, 5);
  const auto rounds =
      Stored([&](Transaction& tx) { return tx.self_evaluations(partnership_).ListRounds(); });
  ASSERT_EQ(rounds.size(), 1u);
  const domain::Round& round = rounds.front();
  EXPECT_EQ(round.state, domain::RoundState::kClosed);
  EXPECT_TRUE(round.shared);
  EXPECT_EQ(round.agency_ids.size(), 5u);
  EXPECT_GE(domain::DaysBetween(round.opened_on, today_), 100);
  EXPECT_LE(domain::DaysBetween(round.opened_on, today_), 140);
  EXPECT_LT(round.due_on, today_);
  const auto returns =
      Stored([&](Transaction& tx) { return tx.self_evaluations(partnership_).Returns(round.id); });
  ASSERT_EQ(returns.size(), 5u);
  int late = 0;
  int agreed = 0;
  std::set<std::string> ratings;
  for (const domain::Return& ret : returns) {
    EXPECT_EQ(ret.state, domain::ReturnState::kSubmitted);
    EXPECT_EQ(ret.submitted_by.value_or(0), leads_.at(ret.agency_id));
    late += domain::IsOnTime(round, ret) ? 0 : 1;
    for (const domain::ReturnAnswer& answer : ret.answers) {
      ratings.insert(answer.rating);
      EXPECT_FALSE(answer.narrative.empty());
      agreed += answer.agreed_rating.empty() ? 0 : 1;
    }
    const auto challenges = Stored(
        [&](Transaction& tx) { return tx.self_evaluations(partnership_).Challenges(ret.id); });
    for (const domain::Challenge& challenge : challenges) {
      EXPECT_TRUE(challenge.resolved);
      EXPECT_NE(challenge.rating_after, challenge.rating_before);
    }
  }
  EXPECT_EQ(late, 1);
  EXPECT_EQ(agreed, 1);
  EXPECT_EQ(ratings, (std::set<std::string>{"1", "2", "3", "4"}));
}

TEST_P(DemoAssuranceSuite, OneClosedSurveyHidesTheAgencyUnderTheMinimumAndOneMore) {
  auto written = AddDemo();
  ASSERT_TRUE(written.ok()) << written.error().message;
  EXPECT_EQ(written->surveys, 1);
  const auto surveys = Stored([&](Transaction& tx) { return tx.surveys(partnership_).List(); });
  ASSERT_EQ(surveys.size(), 1u);
  const domain::Survey& survey = surveys.front();
  EXPECT_EQ(survey.state, domain::SurveyState::kClosed);
  EXPECT_EQ(survey.content.agency_ids.size(), 6u);
  std::set<domain::QuestionKind> kinds;
  for (const auto& section : survey.content.sections) {
    for (const auto& question : section.questions) kinds.insert(question.kind);
  }
  EXPECT_EQ(kinds.size(), 4u);

  const auto counts =
      Stored([&](Transaction& tx) { return tx.surveys(partnership_).Respondents(survey.id); });
  std::int64_t total = 0;
  std::optional<domain::RespondentCount> small;
  std::optional<domain::RespondentCount> next;  // the fewest of the rest
  for (const domain::RespondentCount& count : counts) {
    total += count.respondents;
    if (count.respondents < survey.content.minimum_group) {
      EXPECT_FALSE(small.has_value()) << "two agencies under the minimum";
      small = count;
    } else if (!next || count.respondents < next->respondents) {
      next = count;
    }
  }
  EXPECT_EQ(total, written->survey_answers);
  EXPECT_GE(total, 280);
  EXPECT_LE(total, 320);
  ASSERT_TRUE(small.has_value());
  ASSERT_TRUE(next.has_value());
  EXPECT_GT(small->respondents, 0);

  const domain::SurveyService service(store(), clock_, random_);
  auto results = service.Results(manager_, survey.id);
  ASSERT_TRUE(results.ok()) << results.error().message;
  EXPECT_EQ(results->total_respondents, std::optional<std::int64_t>{total});
  std::set<domain::AgencyId> hidden;
  for (const domain::ResultGroup& group : results->groups) {
    if (!group.respondents) hidden.insert(group.agency_id);
  }
  EXPECT_EQ(hidden, (std::set<domain::AgencyId>{small->agency_id, next->agency_id}));

  auto free_text = service.FreeText(officer_, survey.id);
  ASSERT_TRUE(free_text.ok()) << free_text.error().message;
  EXPECT_GE(free_text->size(), 3u);
  int phones = 0;
  for (const domain::FreeTextView& view : *free_text) {
    for (const domain::IdentifierHit& hit : view.hits) {
      phones += hit.kind == domain::IdentifierKind::kPhonePattern ? 1 : 0;
    }
  }
  EXPECT_EQ(phones, 1);
}

TEST_P(DemoAssuranceSuite, TheFrameworkHasEveryKindAndTheReviewDrawsOnTheRoundSurveyAndAudit) {
  auto written = AddDemo();
  ASSERT_TRUE(written.ok()) << written.error().message;
  const auto activities =
      Stored([&](Transaction& tx) { return tx.assurance(partnership_).ListActivities({}); });
  EXPECT_EQ(static_cast<std::size_t>(written->activities), activities.size());
  std::set<domain::ActivityKind> kinds;
  std::set<domain::ActivityState> states;
  const domain::Activity* review = nullptr;
  for (const domain::Activity& activity : activities) {
    kinds.insert(*activity.content.kind);
    states.insert(activity.state);
    if (activity.content.title == "Exploitation of children and adults") review = &activity;
  }
  EXPECT_EQ(kinds.size(), domain::AllActivityKinds().size());
  EXPECT_EQ(states.size(), domain::AllActivityStates().size());
  ASSERT_NE(review, nullptr);
  EXPECT_EQ(*review->content.kind, domain::ActivityKind::kThematicReview);
  EXPECT_EQ(review->state, domain::ActivityState::kAnalysing);
  EXPECT_EQ(review->content.themes, std::vector<std::string>{"Exploitation"});
  const auto rounds =
      Stored([&](Transaction& tx) { return tx.self_evaluations(partnership_).ListRounds(); });
  const auto surveys = Stored([&](Transaction& tx) { return tx.surveys(partnership_).List(); });
  ASSERT_EQ(rounds.size(), 1u);
  ASSERT_EQ(surveys.size(), 1u);
  const auto audits = Stored([&](Transaction& tx) { return tx.case_audits(partnership_).List(); });
  ASSERT_EQ(audits.size(), 1u);
  const auto& feeds = review->content.feeds_from;
  EXPECT_NE(std::find(feeds.begin(), feeds.end(), rounds.front().activity_id), feeds.end());
  EXPECT_NE(std::find(feeds.begin(), feeds.end(), surveys.front().activity_id), feeds.end());
  EXPECT_NE(std::find(feeds.begin(), feeds.end(), audits.front().activity_id), feeds.end());
  const auto frameworks =
      Stored([&](Transaction& tx) { return tx.assurance(partnership_).ListFrameworks(); });
  ASSERT_EQ(frameworks.size(), 1u);
  EXPECT_EQ(frameworks.front().template_key, "s11");
  EXPECT_EQ(rounds.front().framework_id, frameworks.front().id);
}

TEST_P(DemoAssuranceSuite, TheAuditIsClosedWithTwelveModeratedRecordsAndFourSubmittedParts) {
  auto written = AddDemo();
  ASSERT_TRUE(written.ok()) << written.error().message;
  EXPECT_EQ(written->audits, 1);
  EXPECT_EQ(written->audit_records, 12);
  const auto audits = Stored([&](Transaction& tx) { return tx.case_audits(partnership_).List(); });
  ASSERT_EQ(audits.size(), 1u);
  const auto audit =
      Stored([&](Transaction& tx) { return tx.case_audits(partnership_).Get(audits.front().id); });
  EXPECT_EQ(audit.state, domain::CaseAuditState::kClosed);
  EXPECT_EQ(audit.questions.size(), 4u);
  ASSERT_EQ(audit.records.size(), 12u);
  for (const domain::AuditRecord& record : audit.records) {
    EXPECT_TRUE(domain::ValidateRecordReference("reference", record.reference).ok());
    ASSERT_TRUE(record.moderation.has_value()) << record.reference;
    EXPECT_FALSE(record.moderation->reasons.empty());
    const auto& themes = record.moderation->themes;
    EXPECT_LE(themes.size(), 2u);
    EXPECT_NE(std::find(themes.begin(), themes.end(), "Exploitation"), themes.end());
  }
  const auto activity = Stored(
      [&](Transaction& tx) { return tx.assurance(partnership_).GetActivity(audit.activity_id); });
  EXPECT_EQ(activity.content.kind, domain::ActivityKind::kCaseAudit);
  EXPECT_EQ(activity.state, domain::ActivityState::kReporting);

  const auto parts =
      Stored([&](Transaction& tx) { return tx.case_audits(partnership_).Parts(audit.id); });
  ASSERT_EQ(parts.size(), 4u);
  std::set<domain::AuditGrade> grades;
  int comments = 0;
  for (const auto& [audit_id, part] : parts) {
    EXPECT_EQ(part.state, domain::AuditPartState::kSubmitted);
    EXPECT_EQ(part.submitted_by.value_or(0), leads_.at(part.agency_id));
    EXPECT_EQ(part.grades.size(), 48u);
    for (const domain::AuditGradeEntry& entry : part.grades) {
      if (entry.grade) grades.insert(*entry.grade);
      comments += entry.comment.empty() ? 0 : 1;
    }
  }
  EXPECT_GE(grades.size(), 4u);
  EXPECT_GT(comments, 0);
}

TEST_P(DemoAssuranceSuite, TheReviewHasEvidenceOfEverySourceFindingsAndTwoActions) {
  auto written = AddDemo();
  ASSERT_TRUE(written.ok()) << written.error().message;
  EXPECT_EQ(written->thematic_reviews, 1);
  EXPECT_EQ(written->findings, 3);
  EXPECT_EQ(written->recommendations, 2);
  const auto reviews =
      Stored([&](Transaction& tx) { return tx.thematic_reviews(partnership_).List(); });
  ASSERT_EQ(reviews.size(), 1u);
  const auto review = Stored(
      [&](Transaction& tx) { return tx.thematic_reviews(partnership_).Get(reviews.front().id); });
  const auto activity = Stored(
      [&](Transaction& tx) { return tx.assurance(partnership_).GetActivity(review.activity_id); });
  EXPECT_EQ(activity.content.kind, domain::ActivityKind::kThematicReview);
  EXPECT_EQ(activity.content.title, "Exploitation of children and adults");
  EXPECT_EQ(review.questions.size(), 3u);
  EXPECT_FALSE(review.narrative_markdown.empty());

  std::set<domain::EvidenceSource> sources;
  for (const domain::ReviewEvidence& piece : review.evidence) {
    sources.insert(piece.source);
    EXPECT_FALSE(piece.excerpt.empty());
    EXPECT_EQ(piece.held_on.has_value(), piece.source == domain::EvidenceSource::kConversation);
  }
  EXPECT_EQ(sources.size(), 4u);
  EXPECT_EQ(static_cast<std::size_t>(written->review_evidence), review.evidence.size());
  ASSERT_EQ(review.findings.size(), 3u);
  std::set<domain::EvidenceStrength> strengths;
  for (const domain::ThematicFinding& finding : review.findings) {
    strengths.insert(finding.strength);
    EXPECT_FALSE(finding.questions.empty());
    EXPECT_FALSE(finding.evidence_ids.empty());
  }
  EXPECT_EQ(strengths.size(), 3u);

  ASSERT_EQ(review.recommendations.size(), 2u);
  std::set<domain::AgencyId> owners;
  for (const domain::ReviewRecommendation& recommendation : review.recommendations) {
    EXPECT_FALSE(recommendation.finding_ids.empty());
    const auto action = Stored(
        [&](Transaction& tx) { return tx.actions(partnership_).Get(recommendation.action_id); });
    owners.insert(action.owner_agency_id);
    EXPECT_EQ(action.lead_user_id.value_or(0), leads_.at(action.owner_agency_id));
    EXPECT_LT(today_, action.due_on);
    EXPECT_TRUE(std::any_of(action.sources.begin(), action.sources.end(), [](const auto& source) {
      return source.kind == domain::SourceKind::kThematicReview;
    }));
  }
  EXPECT_EQ(owners.size(), 2u);

  ASSERT_TRUE(review.report_briefing_id.has_value());
  const auto briefing = Stored(
      [&](Transaction& tx) { return tx.briefings(partnership_).Get(*review.report_briefing_id); });
  EXPECT_EQ(briefing.id, *review.report_briefing_id);
  EXPECT_EQ(briefing.state, domain::BriefingState::kDraft);
  EXPECT_EQ(briefing.content.kind, domain::BriefingKind::kLessonsLearned);
  EXPECT_EQ(briefing.content.action_ids.size(), 2u);
}

TEST_P(DemoAssuranceSuite, ASecondRunAddsNothing) {
  auto first = AddDemo();
  ASSERT_TRUE(first.ok()) << first.error().message;
  auto second = AddDemo();
  ASSERT_TRUE(second.ok()) << second.error().message;
  EXPECT_EQ(second->activities, 0);
  EXPECT_EQ(second->rounds, 0);
  EXPECT_EQ(second->returns, 0);
  EXPECT_EQ(second->surveys, 0);
  EXPECT_EQ(second->survey_answers, 0);
  EXPECT_EQ(second->audits, 0);
  EXPECT_EQ(second->audit_records, 0);
  EXPECT_EQ(second->thematic_reviews, 0);
  EXPECT_EQ(second->review_evidence, 0);
  EXPECT_EQ(second->findings, 0);
  EXPECT_EQ(second->recommendations, 0);
  const auto activities =
      Stored([&](Transaction& tx) { return tx.assurance(partnership_).ListActivities({}); });
  EXPECT_EQ(activities.size(), static_cast<std::size_t>(first->activities));
  const auto surveys = Stored([&](Transaction& tx) { return tx.surveys(partnership_).List(); });
  EXPECT_EQ(surveys.size(), 1u);
  const auto audits = Stored([&](Transaction& tx) { return tx.case_audits(partnership_).List(); });
  EXPECT_EQ(audits.size(), 1u);
  const auto reviews =
      Stored([&](Transaction& tx) { return tx.thematic_reviews(partnership_).List(); });
  EXPECT_EQ(reviews.size(), 1u);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(DemoAssuranceSuite);

}  // namespace
}  // namespace assure::cli
