#include "cli/demo/assurance/demo_assurance.h"

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <initializer_list>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cli/demo/assurance/assurance_steps.h"
#include "cli/demo/demo_steps.h"
#include "domain/assurance/activity_service.h"
#include "domain/assurance/audit/case_audit_repository.h"
#include "domain/assurance/framework_service.h"
#include "domain/assurance/survey/survey_repository.h"
#include "domain/assurance/thematic/thematic_review_repository.h"

namespace assure::cli {

namespace demo_assurance {

core::Status MoveActivity(domain::Store& store, const domain::Requester& requester,
                          StepTimes& times, domain::ActivityId id,
                          std::span<const ActivityMove> moves) {
  ASSURE_ASSIGN_OR_RETURN(domain::Activity activity, store.Read([&](domain::Transaction& tx) {
    return tx.assurance(requester.partnership_id()).GetActivity(id);
  }));
  for (const auto& [to, days_ago] : moves) {
    StepClock clock(times.At(times.Day(days_ago)));
    ASSURE_ASSIGN_OR_RETURN(
        activity, domain::ActivityService(store, clock).Move(requester, id, activity.version, to));
  }
  return core::Ok();
}

namespace {

using domain::ActivityKind;
using domain::ActivityState;
using domain::AgencyId;
using domain::CivilDate;

constexpr int kRoundAgencies = 5;

// The year in which the financial year holding `day` starts (April).
int FinancialYear(CivilDate day) {
  const int year = static_cast<int>(day.year());
  return day.month() >= std::chrono::April ? year : year - 1;
}

// `day`, moved into the financial year that starts in April of `year`.
CivilDate InYear(CivilDate day, int year) {
  const CivilDate first{std::chrono::year{year}, std::chrono::April, std::chrono::day{1}};
  const CivilDate last{std::chrono::year{year + 1}, std::chrono::March, std::chrono::day{31}};
  return std::clamp(day, first, last);
}

// What the demo reads before writing.
struct Partnership {
  People people;
  std::set<std::string> themes;          // the managed themes
  std::vector<AgencyId> round_agencies;  // five, the local authority last to be chosen
  bool planned = false;                  // a staff survey or a round exists
  bool reviewed = false;                 // a case audit or a thematic review exists
};

core::Result<Partnership> ReadPartnership(domain::Transaction& tx, domain::PartnershipId id) {
  Partnership read;
  ASSURE_ASSIGN_OR_RETURN(const auto surveys, tx.surveys(id).List());
  ASSURE_ASSIGN_OR_RETURN(const auto rounds, tx.self_evaluations(id).ListRounds());
  ASSURE_ASSIGN_OR_RETURN(const auto audits, tx.case_audits(id).List());
  ASSURE_ASSIGN_OR_RETURN(const auto reviews, tx.thematic_reviews(id).List());
  read.planned = !surveys.empty() || !rounds.empty();
  read.reviewed = !audits.empty() || !reviews.empty();
  if (read.planned && read.reviewed) return read;
  ASSURE_ASSIGN_OR_RETURN(read.people, ReadPeople(tx, id));
  if (read.planned) return read;
  ASSURE_ASSIGN_OR_RETURN(const auto themes, tx.themes(id).List());
  read.themes.insert(themes.begin(), themes.end());
  ASSURE_ASSIGN_OR_RETURN(auto agencies, tx.agencies(id).List());
  if (agencies.size() < static_cast<std::size_t>(kRoundAgencies)) {
    return core::Error::NotFound("The demo partnership has fewer than five agencies.");
  }
  std::sort(agencies.begin(), agencies.end(), [](const auto& a, const auto& b) {
    const bool a_council = a.type == domain::AgencyType::kLocalAuthority;
    const bool b_council = b.type == domain::AgencyType::kLocalAuthority;
    return a_council != b_council ? b_council : a.id < b.id;
  });
  for (int i = 0; i < kRoundAgencies; ++i) {
    read.round_agencies.push_back(agencies[static_cast<std::size_t>(i)].id);
  }
  std::sort(read.round_agencies.begin(), read.round_agencies.end());
  return read;
}

// Plans the framework's activities as the business unit, counting them.
class FrameworkWriter {
 public:
  FrameworkWriter(domain::Store& store, const Partnership& partnership, StepTimes& times)
      : store_(store),
        people_(partnership.people),
        themes_(partnership.themes),
        times_(times),
        year_(FinancialYear(times.today())) {
    for (const auto& [agency, lead] : people_.agencies) all_.push_back(agency);
  }

  int written() const { return written_; }
  const std::vector<AgencyId>& all() const { return all_; }

  // A planned activity, created on the day the framework is planned.
  core::Result<domain::Activity> Plan(const domain::Requester& lead, ActivityKind kind,
                                      std::string title, std::vector<AgencyId> agencies,
                                      std::initializer_list<std::string_view> themes,
                                      CivilDate starts_on, CivilDate ends_on,
                                      std::vector<domain::ActivityId> feeds_from = {}) {
    domain::ActivityContent content;
    content.kind = kind;
    content.title = std::move(title);
    for (const std::string_view theme : themes) {
      if (themes_.contains(std::string{theme})) content.themes.emplace_back(theme);
    }
    content.lead_user_id = lead.user_id();
    content.agency_ids = std::move(agencies);
    content.starts_on = starts_on;
    content.ends_on = std::max(starts_on, ends_on);
    content.feeds_from = std::move(feeds_from);
    StepClock clock(times_.At(times_.Day(kPlanned)));
    ASSURE_ASSIGN_OR_RETURN(
        auto activity,
        domain::ActivityService(store_, clock).Create(people_.officer, std::move(content)));
    ++written_;
    return activity;
  }

  // `working_days_ago` before today, within the financial year of today.
  CivilDate Day(int working_days_ago) const { return InYear(times_.Day(working_days_ago), year_); }

 private:
  domain::Store& store_;
  const People& people_;
  const std::set<std::string>& themes_;
  StepTimes& times_;
  int year_;
  std::vector<AgencyId> all_;
  int written_ = 0;
};

std::string YearLabel(CivilDate day) {
  const int year = FinancialYear(day);
  const std::string next = std::to_string((year + 1) % 100);
  return std::to_string(year) + "/" + (next.size() < 2 ? "0" : "") + next;
}

// The framework, the round and the survey.
core::Result<WrittenAssurance> Plan(domain::Store& store, const Partnership& partnership,
                                    StepTimes& times, security::Random& random) {
  const People& people = partnership.people;
  const CivilDate today = times.today();
  FrameworkWriter framework(store, partnership, times);

  StepClock template_clock(times.At(times.Day(kPlanned)));
  ASSURE_ASSIGN_OR_RETURN(
      const auto standards,
      domain::FrameworkService(store, template_clock).FromTemplate(people.officer, "s11"));

  // The round and the survey take their periods from when they run (a round opened before April
  // is in the previous year's framework); the rest lie in the current financial year.
  const CivilDate round_opened = times.Day(kRoundOpened);
  ASSURE_ASSIGN_OR_RETURN(
      const auto round_activity,
      framework.Plan(people.officer, ActivityKind::kSelfEvaluationRound,
                     "Section 11 self-evaluation " + YearLabel(round_opened),
                     partnership.round_agencies, {}, round_opened, times.Day(kRoundDue)));
  ASSURE_ASSIGN_OR_RETURN(
      const auto survey_activity,
      framework.Plan(people.officer, ActivityKind::kStaffSurvey,
                     "Exploitation: what staff know and do", framework.all(), {"Exploitation"},
                     times.Day(kSurveyOpened), times.Day(kSurveyClosed)));
  const std::vector<AgencyId>& all = framework.all();
  const std::vector<AgencyId> audited(all.begin(), all.begin() + 4);
  const CivilDate audit_starts = framework.Day(kAuditOpened);
  ASSURE_ASSIGN_OR_RETURN(
      const auto audit,
      framework.Plan(people.officer, ActivityKind::kCaseAudit,
                     "Multi-agency case audit: missing episodes and return home interviews",
                     audited, {"Exploitation"}, audit_starts, domain::AddDays(audit_starts, 56)));
  const CivilDate conversations_start = framework.Day(15);
  ASSURE_ASSIGN_OR_RETURN(
      const auto conversations,
      framework.Plan(people.manager, ActivityKind::kPractitionerConversation,
                     "Practitioner conversations: young people moving to adult services", all,
                     {"Exploitation", "Mental health"}, conversations_start,
                     domain::AddDays(conversations_start, 35)));
  const CivilDate feedback_starts = framework.Day(-20);
  ASSURE_TRY(framework.Plan(people.officer, ActivityKind::kServiceUserFeedback,
                            "Young people's views of return home interviews",
                            {all.front(), all.back()}, {"Exploitation"}, feedback_starts,
                            domain::AddDays(feedback_starts, 42)));
  const CivilDate review_starts = framework.Day(kRoundOpened);
  ASSURE_ASSIGN_OR_RETURN(
      const auto review,
      framework.Plan(people.manager, ActivityKind::kThematicReview, std::string{kReviewTitle}, all,
                     {"Exploitation"}, review_starts, domain::AddDays(today, 60),
                     {round_activity.id, survey_activity.id, audit.id}));

  const ActivityMove review_moves[] = {{ActivityState::kOpen, kRoundOpened},
                                       {ActivityState::kAnalysing, kReviewAnalysis}};
  ASSURE_TRY(MoveActivity(store, people.officer, times, review.id, review_moves));
  // The case audit's activity opens with its audit (WriteAudit).
  const ActivityMove conversation_moves[] = {{ActivityState::kOpen, 15}};
  ASSURE_TRY(MoveActivity(store, people.officer, times, conversations.id, conversation_moves));

  WrittenAssurance written;
  written.activities = framework.written();
  const RoundPlan round{round_activity.id, round_activity.content.title, standards.id,
                        partnership.round_agencies};
  ASSURE_ASSIGN_OR_RETURN(written.returns, WriteRound(store, people, times, round));
  written.rounds = 1;
  ASSURE_ASSIGN_OR_RETURN(written.survey_answers,
                          WriteSurvey(store, people, times, survey_activity.id, random));
  written.surveys = 1;
  return written;
}

// The case audit and the thematic review, in the framework's activities: the review activity by
// its title, not closed, and the case audit activity it draws on, not closed (none: nothing).
core::Status Review(domain::Store& store, const People& people, StepTimes& times,
                    security::Random& random, WrittenAssurance& written) {
  ASSURE_ASSIGN_OR_RETURN(const auto activities, store.Read([&](domain::Transaction& tx) {
    return tx.assurance(people.officer.partnership_id()).ListActivities({});
  }));
  const auto open = [](const domain::Activity& activity, ActivityKind kind) {
    return activity.content.kind == kind && activity.state != ActivityState::kClosed;
  };
  const auto review = std::find_if(activities.begin(), activities.end(), [&](const auto& a) {
    return open(a, ActivityKind::kThematicReview) && a.content.title == kReviewTitle;
  });
  if (review == activities.end()) return core::Ok();
  const auto& feeds = review->content.feeds_from;
  const auto audit = std::find_if(activities.begin(), activities.end(), [&](const auto& a) {
    return open(a, ActivityKind::kCaseAudit) &&
           std::find(feeds.begin(), feeds.end(), a.id) != feeds.end();
  });
  if (audit == activities.end()) return core::Ok();
  ASSURE_ASSIGN_OR_RETURN(const domain::CaseAudit closed, WriteAudit(store, people, times, *audit));
  written.audits = 1;
  written.audit_records = static_cast<int>(closed.records.size());
  ASSURE_ASSIGN_OR_RETURN(const WrittenReview wrote,
                          WriteReview(store, people, times, review->id, closed, random));
  written.thematic_reviews = wrote.reviews;
  written.review_evidence = wrote.evidence;
  written.findings = wrote.findings;
  written.recommendations = wrote.recommendations;
  return core::Ok();
}

core::Result<WrittenAssurance> Write(domain::Store& store, domain::PartnershipId partnership_id,
                                     CivilDate today, security::Random& random) {
  ASSURE_ASSIGN_OR_RETURN(const Partnership partnership, store.Read([&](domain::Transaction& tx) {
    return ReadPartnership(tx, partnership_id);
  }));
  WrittenAssurance written;
  StepTimes times(today);
  if (!partnership.planned) {
    ASSURE_ASSIGN_OR_RETURN(written, Plan(store, partnership, times, random));
  }
  if (!partnership.reviewed) {
    ASSURE_TRY(Review(store, partnership.people, times, random, written));
  }
  return written;
}

}  // namespace
}  // namespace demo_assurance

core::Result<WrittenAssurance> AddDemoAssurance(domain::Store& store,
                                                domain::PartnershipId partnership_id,
                                                domain::CivilDate today, security::Random& random) {
  return demo_assurance::Write(store, partnership_id, today, random);
}

}  // namespace assure::cli
