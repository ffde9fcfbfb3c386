// The demo's thematic review "Exploitation of children and adults" (assurance_steps.h): three
// scope questions, a short narrative, evidence from the section 11 round's standards, the staff
// survey's questions and the case audit's agreed records (their figures read from the round's
// returns, the survey's results and the audit's results, so that they match what the pages
// show) and from a conversation with practitioners; a strong, a moderate and a limited finding,
// two recommendations (each an action of two agencies) and the report drafted as a Lessons
// Learned Briefing. The business manager, the activity's lead, takes every step.
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cli/demo/assurance/assurance_steps.h"
#include "domain/assurance/audit/case_audit_service.h"
#include "domain/assurance/survey/survey_service.h"
#include "domain/assurance/thematic/thematic_review_service.h"

namespace assure::cli::demo_assurance {

namespace {

using domain::EvidenceChoice;
using domain::EvidenceId;
using domain::EvidenceSource;
using domain::EvidenceStrength;

// The survey's question numbers (demo_survey.cc) and the rows that count as "yes".
constexpr int kShareQuestion = 4;
constexpr int kPreparedQuestion = 5;
constexpr int kTrainedQuestion = 7;
constexpr std::array<std::size_t, 2> kAgreed{3, 4};  // agree, strongly agree
constexpr std::array<std::size_t, 1> kLastYear{0};   // in the last 12 months

domain::ThematicReviewContent Content(std::size_t records) {
  domain::ThematicReviewContent content;
  content.title = std::string{kReviewTitle};
  content.questions = {
      "How consistently do agencies follow the partnership's safeguarding procedures when "
      "they suspect that a child or an adult is being exploited?",
      "How is safeguarding training on exploitation delivered, and does it prepare staff for "
      "what they meet in their work?",
      "How far are the children, young people and adults who use services involved in "
      "decisions about their own safety?"};
  content.narrative_markdown =
      "This review asked how well the partnership's agencies respond when a child or an adult "
      "may be exploited: criminally, sexually, financially or online, including through county "
      "lines.\n\nIt drew on four sources:\n\n"
      "- the agencies' returns to the section 11 self-evaluation round;\n"
      "- the staff survey \"Exploitation: what staff know and do\";\n"
      "- a multi-agency audit of " +
      std::to_string(records) +
      " records, each known by a pseudonymous reference only;\n"
      "- a conversation with practitioners from several agencies.\n\n"
      "Survey figures are totals of everyone who answered; no group smaller than ten is shown. "
      "Everything here is invented for the demo.\n";
  return content;
}

// How many of those who answered a survey question gave one of `rows`; not shown when the
// results hide a count.
struct Tally {
  std::int64_t yes = 0;
  std::int64_t of = 0;
  bool shown = false;
};

Tally Count(const domain::SurveyResults& results, int number, std::span<const std::size_t> rows) {
  Tally tally;
  for (const domain::QuestionResult& question : results.questions) {
    if (question.number != number || question.totals_hidden) continue;
    for (std::size_t row = 0; row < question.rows.size(); ++row) {
      if (!question.rows[row].total) return Tally{};
      tally.of += *question.rows[row].total;
      if (std::find(rows.begin(), rows.end(), row) != rows.end()) {
        tally.yes += *question.rows[row].total;
      }
    }
    tally.shown = tally.of > 0;
  }
  return tally;
}

// "212 of 297 staff", or `hidden` staff when the counts are not shown.
std::string Staff(const Tally& tally, std::string_view hidden) {
  if (!tally.shown) return std::string{hidden} + " staff";
  return std::to_string(tally.yes) + " of " + std::to_string(tally.of) + " staff";
}

// "9 of 12": of an audit's grades, outstanding or good, of all but not applicable.
std::string GoodOf(const domain::GradeCounts& counts) {
  const int good = counts.by_grade[0] + counts.by_grade[1];
  return std::to_string(good) + " of " + std::to_string(counts.total() - counts.by_grade[4]);
}

class ReviewWriter {
 public:
  ReviewWriter(domain::Store& store, const People& people, StepTimes& times,
               security::Random& random)
      : store_(store), manager_(people.manager), people_(people), times_(times), random_(random) {}

  core::Result<WrittenReview> Write(domain::ActivityId activity_id,
                                    const domain::CaseAudit& audit) {
    StepClock create_clock(times_.At(times_.Day(kReviewCreated)));
    ASSURE_ASSIGN_OR_RETURN(review_,
                            domain::ThematicReviewService(store_, create_clock)
                                .Create(manager_, Content(audit.records.size()), activity_id));
    StepClock read_clock(times_.At(times_.Day(kReviewEvidence)));
    ASSURE_ASSIGN_OR_RETURN(
        const domain::ThematicReviewView view,
        domain::ThematicReviewService(store_, read_clock).Get(manager_, review_.id));
    sources_ = view.sources;
    ASSURE_TRY(RoundEvidence());
    ASSURE_TRY(SurveyEvidence());
    ASSURE_TRY(AuditEvidence(audit));
    ASSURE_ASSIGN_OR_RETURN(
        const EvidenceId talk,
        Add({EvidenceSource::kConversation, 0, 0,
             "Eight practitioners from four agencies met for an hour. Most said that plans are "
             "made in the strategy meeting before the young person is asked what would help, "
             "and several did not know which agency leads once a young person turns 18.",
             times_.Day(kConversationHeld)}));
    return Conclude(talk);
  }

 private:
  // The source of `kind` from `source_id` (any when 0) and `item` (any when 0), from the view.
  core::Result<EvidenceChoice> Source(EvidenceSource kind, std::int64_t source_id,
                                      std::int64_t item) const {
    for (const EvidenceChoice& choice : sources_) {
      if (choice.source == kind && (source_id == 0 || choice.source_id == source_id) &&
          (item == 0 || choice.item == item)) {
        return choice;
      }
    }
    return core::Error::Internal("The demo review has no " +
                                 std::string{domain::EvidenceSourceName(kind)} + " to draw on.");
  }

  core::Result<EvidenceId> Add(domain::NewEvidence evidence) {
    StepClock clock(times_.At(times_.Day(kReviewEvidence)));
    ASSURE_ASSIGN_OR_RETURN(
        review_,
        domain::ThematicReviewService(store_, clock).AddEvidence(manager_, review_.id, evidence));
    if (review_.evidence.empty()) return core::Error::Internal("The evidence was not kept.");
    return review_.evidence.back().id;
  }

  // Standards 9 (procedures), 5 (training) and 4 (the child's voice) of the round, with how
  // many agencies rated themselves good or outstanding after any challenge.
  core::Status RoundEvidence() {
    ASSURE_ASSIGN_OR_RETURN(const EvidenceChoice any,
                            Source(EvidenceSource::kSelfEvaluationStandard, 0, 0));
    const domain::PartnershipId partnership = manager_.partnership_id();
    ASSURE_ASSIGN_OR_RETURN(const domain::Round round, store_.Read([&](domain::Transaction& tx) {
      return tx.self_evaluations(partnership).GetRound(any.source_id);
    }));
    ASSURE_ASSIGN_OR_RETURN(const auto framework, store_.Read([&](domain::Transaction& tx) {
      return tx.assurance(partnership).GetFramework(round.framework_id);
    }));
    ASSURE_ASSIGN_OR_RETURN(const auto returns, store_.Read([&](domain::Transaction& tx) {
      return tx.self_evaluations(partnership).Returns(round.id);
    }));
    const std::pair<std::string_view, std::string_view> wanted[] = {
        {"9", "Most returns point to procedures revised this year and briefed to staff."},
        {"5",
         "The returns describe training plans more often than completion figures; one rating "
         "was agreed lower after a challenge."},
        {"4",
         "Few returns give an example of a child's or an adult's views changing a plan or a "
         "service."}};
    for (const auto& [code, note] : wanted) {
      const auto standard =
          std::find_if(framework.standards.begin(), framework.standards.end(),
                       [&](const domain::Standard& s) { return s.text.code == code; });
      if (standard == framework.standards.end()) {
        return core::Error::Internal("The demo round has no standard " + std::string{code} + ".");
      }
      int good = 0;
      int rated = 0;
      for (const domain::Return& ret : returns) {
        for (const domain::ReturnAnswer& answer : ret.answers) {
          if (answer.standard_id != standard->id || answer.rating.empty()) continue;
          const std::string_view rating = domain::EffectiveRating(answer);
          ++rated;
          good += rating == "4" || rating == "3" ? 1 : 0;
        }
      }
      ASSURE_ASSIGN_OR_RETURN(
          const EvidenceChoice choice,
          Source(EvidenceSource::kSelfEvaluationStandard, round.id, standard->id));
      ASSURE_ASSIGN_OR_RETURN(
          const EvidenceId id,
          Add({choice.source, choice.source_id, choice.item,
               std::to_string(good) + " of " + std::to_string(rated) +
                   " agencies rated themselves good or outstanding on this standard. " +
                   std::string{note},
               std::nullopt}));
      round_.push_back(id);
    }
    return core::Ok();
  }

  // Questions 4 (sharing a concern), 5 (training prepared me) and 7 (last trained), with the
  // survey's results as everyone reads them.
  core::Status SurveyEvidence() {
    ASSURE_ASSIGN_OR_RETURN(const EvidenceChoice any,
                            Source(EvidenceSource::kSurveyQuestion, 0, 0));
    StepClock clock(times_.At(times_.Day(kReviewEvidence)));
    ASSURE_ASSIGN_OR_RETURN(
        const domain::SurveyResults results,
        domain::SurveyService(store_, clock, random_).Results(manager_, any.source_id));
    const std::pair<int, std::string> wanted[] = {
        {kShareQuestion, Staff(Count(results, kShareQuestion, kAgreed), "Most") +
                             " who answered agreed that they know how to share a concern about "
                             "exploitation with another agency."},
        {kPreparedQuestion, Staff(Count(results, kPreparedQuestion, kAgreed), "About half the") +
                                " who answered agreed that their agency's training on "
                                "exploitation prepared them for their role."},
        {kTrainedQuestion,
         Staff(Count(results, kTrainedQuestion, kLastYear), "Fewer than half the") +
             " who answered had training on exploitation in the last 12 "
             "months."}};
    for (const auto& [number, excerpt] : wanted) {
      ASSURE_ASSIGN_OR_RETURN(const EvidenceChoice choice,
                              Source(EvidenceSource::kSurveyQuestion, any.source_id, number));
      ASSURE_ASSIGN_OR_RETURN(const EvidenceId id, Add({choice.source, choice.source_id,
                                                        choice.item, excerpt, std::nullopt}));
      survey_.push_back(id);
    }
    return core::Ok();
  }

  // The record agreed best and the one agreed worst, with the audit's results.
  core::Status AuditEvidence(const domain::CaseAudit& audit) {
    StepClock clock(times_.At(times_.Day(kReviewEvidence)));
    ASSURE_ASSIGN_OR_RETURN(const domain::CaseAuditView view,
                            domain::CaseAuditService(store_, clock).Get(manager_, audit.id));
    if (!view.results || view.results->by_question.size() < 3) {
      return core::Error::Internal("The demo audit has no results.");
    }
    const auto moderated = [](const domain::AuditRecord& record) {
      return record.moderation.has_value();
    };
    std::vector<domain::AuditRecord> records;
    std::copy_if(view.audit.records.begin(), view.audit.records.end(), std::back_inserter(records),
                 moderated);
    if (records.empty()) return core::Error::Internal("The demo audit has no agreed record.");
    const auto by_grade = [](const domain::AuditRecord& a, const domain::AuditRecord& b) {
      return a.moderation->overall < b.moderation->overall;
    };
    const domain::AuditRecord best = *std::min_element(records.begin(), records.end(), by_grade);
    const domain::AuditRecord worst = *std::max_element(records.begin(), records.end(), by_grade);
    const domain::AuditResults& results = *view.results;
    const auto agreed = [&](const domain::AuditRecord& record) {
      return "Grade agreed at moderation: " +
             std::string{domain::AuditGradeLabel(record.moderation->overall)} + ". " +
             record.moderation->reasons + " ";
    };
    ASSURE_ASSIGN_OR_RETURN(const EvidenceChoice good,
                            Source(EvidenceSource::kAuditFinding, audit.id, best.id));
    ASSURE_ASSIGN_OR_RETURN(
        audit_best_, Add({good.source, good.source_id, good.item,
                          agreed(best) + "Across the audit, " + GoodOf(results.overall) +
                              " records were agreed good or outstanding; information sharing "
                              "was graded good or outstanding in " +
                              GoodOf(results.by_question[1]) + " answers.",
                          std::nullopt}));
    ASSURE_ASSIGN_OR_RETURN(const EvidenceChoice poor,
                            Source(EvidenceSource::kAuditFinding, audit.id, worst.id));
    ASSURE_ASSIGN_OR_RETURN(audit_worst_,
                            Add({poor.source, poor.source_id, poor.item,
                                 agreed(worst) +
                                     "Across the audit, the person's own voice was graded "
                                     "good or outstanding in " +
                                     GoodOf(results.by_question[2]) + " answers.",
                                 std::nullopt}));
    return core::Ok();
  }

  // The findings, the recommendations from them and the draft report.
  core::Result<WrittenReview> Conclude(EvidenceId talk) {
    const auto find = [&](std::string text, EvidenceStrength strength, int question,
                          std::vector<EvidenceId> evidence) -> core::Result<domain::FindingId> {
      StepClock clock(times_.At(times_.Day(kReviewFindings)));
      ASSURE_ASSIGN_OR_RETURN(
          review_,
          domain::ThematicReviewService(store_, clock)
              .AddFinding(manager_, review_.id,
                          {0, std::move(text), strength, {question}, std::move(evidence)}));
      if (review_.findings.empty()) return core::Error::Internal("The finding was not kept.");
      return review_.findings.back().id;
    };
    ASSURE_ASSIGN_OR_RETURN(
        const domain::FindingId procedures,
        find("Agencies mostly follow the partnership's procedures when they suspect "
             "exploitation: the returns, the staff survey and the audit agree that concerns are "
             "recognised and shared, although some records show delay before missing episodes "
             "were linked to the risk.",
             EvidenceStrength::kStrong, 1, {round_[0], survey_[0], audit_best_}));
    ASSURE_ASSIGN_OR_RETURN(
        const domain::FindingId training,
        find("Training on exploitation reaches most staff, but fewer say it prepared them for "
             "their role, and many have not been trained in the last year; agencies report "
             "training planned more readily than training completed.",
             EvidenceStrength::kModerate, 2, {round_[1], survey_[1], survey_[2]}));
    ASSURE_ASSIGN_OR_RETURN(
        const domain::FindingId involvement,
        find("Children, young people and adults are seldom involved in decisions about their "
             "own safety: their voice is often missing from the records, and practitioners say "
             "plans are made before the person is asked. The evidence is limited until the "
             "planned feedback from young people is heard.",
             EvidenceStrength::kLimited, 3, {round_[2], audit_worst_, talk}));

    const auto& agencies = people_.agencies;
    if (agencies.size() < 3) return core::Error::Internal("The demo review needs three agencies.");
    const auto recommend = [&](std::string text, std::vector<domain::FindingId> findings,
                               domain::AgencyId owner, int months) -> core::Status {
      StepClock clock(times_.At(times_.Day(kReviewRecommendations)));
      ASSURE_ASSIGN_OR_RETURN(review_,
                              domain::ThematicReviewService(store_, clock)
                                  .AddRecommendation(manager_, review_.id,
                                                     {std::move(text), std::move(findings), owner,
                                                      domain::AddMonths(times_.today(), months)}));
      return core::Ok();
    };
    ASSURE_TRY(recommend(
        "Refresh exploitation training for every practitioner last trained more than a year "
        "ago, add a short module for reception and support staff, and report completion to "
        "the partnership each quarter.",
        {training}, agencies[0].first, 3));
    ASSURE_TRY(recommend(
        "Record the child's or adult's own words about the risks and what would help in every "
        "exploitation plan, and review the plan with them, so that their views shape the "
        "decisions.",
        {involvement, procedures}, agencies[2].first, 4));

    StepClock report_clock(times_.At(times_.Day(kReviewReport)));
    ASSURE_TRY(
        domain::ThematicReviewService(store_, report_clock).DraftReport(manager_, review_.id));
    return WrittenReview{1, static_cast<int>(review_.evidence.size()),
                         static_cast<int>(review_.findings.size()),
                         static_cast<int>(review_.recommendations.size())};
  }

  domain::Store& store_;
  const domain::Requester& manager_;
  const People& people_;
  StepTimes& times_;
  security::Random& random_;
  domain::ThematicReview review_;
  std::vector<EvidenceChoice> sources_;
  std::vector<EvidenceId> round_;   // standards 9, 5 and 4
  std::vector<EvidenceId> survey_;  // questions 4, 5 and 7
  EvidenceId audit_best_ = 0;
  EvidenceId audit_worst_ = 0;
};

}  // namespace

core::Result<WrittenReview> WriteReview(domain::Store& store, const People& people,
                                        StepTimes& times, domain::ActivityId activity_id,
                                        const domain::CaseAudit& audit, security::Random& random) {
  return ReviewWriter(store, people, times, random).Write(activity_id, audit);
}

}  // namespace assure::cli::demo_assurance
