// The demo's section 11 self-evaluation round (assurance_steps.h): five agencies, each rating
// every standard mostly "3" or "2", with a few "4" and "1", a short narrative and one small text
// file of evidence per standard.
#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cli/demo/assurance/assurance_steps.h"
#include "domain/assurance/self_evaluation/return_service.h"
#include "domain/assurance/self_evaluation/round_service.h"

namespace assure::cli::demo_assurance {

namespace {

using domain::AgencyId;
using domain::Requester;
using domain::RoundId;

// Each agency's ratings of the standards in order, one character a standard ("1".."4").
constexpr std::array<std::string_view, 5> kRatings{"333343233", "323323232", "433233334",
                                                   "232122323", "332321233"};

// Working days before today of each agency's steps: evidence, saving, submitting. The fourth
// submits after the due date.
struct ReturnDays {
  int evidence;
  int saved;
  int submitted;
};
constexpr std::array<ReturnDays, 5> kReturnDays{
    {{69, 64, 61}, {66, 61, 58}, {65, 60, 57}, {60, 55, 52}, {64, 59, 56}}};

// What each agency says it does on the standard in the template's place, and what its rating
// means; all invented.
constexpr std::array<std::string_view, 9> kPractice{
    "Safeguarding is a standing item at the senior leadership meeting, and the annual "
    "safeguarding report went to the board in the spring.",
    "Every job description carries the safeguarding duties; the volunteer role outlines are "
    "being brought into line.",
    "The named safeguarding lead and two deputies are on the intranet, with the route for advice "
    "out of hours.",
    "Each service change this year had a section on how children's views were gathered and used.",
    "Safeguarding training is mandatory at induction and refreshed every two years; completion "
    "is reported to the leadership team each quarter.",
    "Recruitment follows the safer recruitment checklist, and allegations are referred to the "
    "designated officer within one working day.",
    "Staff use the partnership's information sharing guidance; escalations to other agencies are "
    "logged and reviewed each month.",
    "Front-line staff have safeguarding supervision at least every eight weeks, recorded on the "
    "case system.",
    "The procedures for responding to concerns were revised this year and staff were briefed on "
    "the changes."};

std::string_view RatingNote(char rating) {
  switch (rating) {
    case '4':
      return "An audit this year found this embedded in every team, and partners say so too.";
    case '3':
      return "A dip sample found this in place in most teams; the gaps are known and followed up.";
    case '2':
      return "This is in place in some teams but not consistently; an improvement plan is agreed.";
    default:
      return "This is not yet in place; it is on our risk register with a named owner.";
  }
}

class RoundWriter {
 public:
  RoundWriter(domain::Store& store, const People& people, StepTimes& times)
      : store_(store), people_(people), times_(times) {}

  core::Result<int> Write(const RoundPlan& plan) {
    const domain::CivilDate opened = times_.Day(kRoundOpened);
    domain::NewRound input;
    input.activity_id = plan.activity_id;
    input.framework_id = plan.framework_id;
    input.title = plan.title;
    input.due_on = times_.Day(kRoundDue);
    input.agency_ids = plan.agency_ids;
    StepClock open_clock(times_.At(opened));
    ASSURE_ASSIGN_OR_RETURN(const domain::Round round,
                            domain::RoundService(store_, open_clock).Open(people_.officer, input));
    ASSURE_ASSIGN_OR_RETURN(framework_, store_.Read([&](domain::Transaction& tx) {
      return tx.assurance(round.partnership_id).GetFramework(round.framework_id);
    }));
    if (framework_.standards.empty()) return core::Error::Internal("The s11 template is empty.");
    int submitted = 0;
    for (std::size_t i = 0; i < plan.agency_ids.size(); ++i) {
      ASSURE_TRY(Complete(round.id, plan.agency_ids[i], i));
      ++submitted;
    }
    ASSURE_TRY(Challenge(round.id, plan.agency_ids.front()));
    const ActivityMove analysing[] = {{domain::ActivityState::kAnalysing, kRoundDue - 1}};
    ASSURE_TRY(MoveActivity(store_, people_.officer, times_, plan.activity_id, analysing));
    ASSURE_TRY(CloseAndShare(round.id));
    const ActivityMove reported[] = {{domain::ActivityState::kReporting, kRoundClosed},
                                     {domain::ActivityState::kClosed, kRoundClosed - 12}};
    ASSURE_TRY(MoveActivity(store_, people_.officer, times_, plan.activity_id, reported));
    return submitted;
  }

 private:
  const Requester& LeadOf(AgencyId agency) const {
    for (const auto& [id, lead] : people_.agencies) {
      if (id == agency) return lead;
    }
    return people_.officer;
  }

  // The agency's lead adds the evidence, saves the ratings and narratives, and submits.
  core::Status Complete(RoundId round, AgencyId agency, std::size_t place) {
    const Requester& lead = LeadOf(agency);
    const ReturnDays& days = kReturnDays[place % kReturnDays.size()];
    const std::string_view ratings = kRatings[place % kRatings.size()];
    const domain::CivilDate evidenced = times_.Day(days.evidence);
    std::vector<domain::ReturnAnswer> answers;
    for (std::size_t s = 0; s < framework_.standards.size(); ++s) {
      const domain::Standard& standard = framework_.standards[s];
      StepClock clock(times_.At(evidenced));
      ASSURE_TRY(domain::ReturnService(store_, clock)
                     .AddEvidence(lead, round, agency, standard.id,
                                  "standard-" + standard.text.code + "-evidence.txt",
                                  Evidence(standard)));
      const char rating = ratings[s % ratings.size()];
      domain::ReturnAnswer answer;
      answer.standard_id = standard.id;
      answer.rating = std::string(1, rating);
      answer.narrative =
          std::string{kPractice[s % kPractice.size()]} + " " + std::string{RatingNote(rating)};
      answers.push_back(std::move(answer));
    }
    ASSURE_ASSIGN_OR_RETURN(const domain::Return draft, store_.Read([&](domain::Transaction& tx) {
      return tx.self_evaluations(lead.partnership_id()).GetReturn(round, agency);
    }));
    StepClock save_clock(times_.At(times_.Day(days.saved)));
    ASSURE_ASSIGN_OR_RETURN(const domain::Return saved,
                            domain::ReturnService(store_, save_clock)
                                .Save(lead, round, agency, draft.version, std::move(answers)));
    StepClock submit_clock(times_.At(times_.Day(days.submitted)));
    ASSURE_TRY(
        domain::ReturnService(store_, submit_clock).Submit(lead, round, agency, saved.version));
    return core::Ok();
  }

  static std::string Evidence(const domain::Standard& standard) {
    return "Fictional demo evidence for standard " + standard.text.code + ", " +
           standard.text.heading +
           ".\n\nA summary of the records behind the rating: the minutes, audit and training "
           "figures the lead looked at, and where the full records are kept. Invented for the "
           "demo.\n";
  }

  // The business officer asks about the fifth standard of the first agency's return (its "4"),
  // the agency answers with its figures, and the business manager agrees a "3".
  core::Status Challenge(RoundId round, AgencyId agency) {
    const std::size_t place = std::min<std::size_t>(4, framework_.standards.size() - 1);
    const domain::StandardId standard = framework_.standards[place].id;
    StepClock ask_clock(times_.At(times_.Day(kRoundDue - 5)));
    ASSURE_ASSIGN_OR_RETURN(
        const domain::Challenge asked,
        domain::ReturnService(store_, ask_clock)
            .Ask(people_.officer, round, agency, standard,
                 "The rating is outstanding, but the evidence is the training plan rather than "
                 "completion figures. What share of front-line staff completed the training in "
                 "the last year?"));
    StepClock answer_clock(times_.At(times_.Day(kRoundDue - 7)));
    ASSURE_TRY(domain::ReturnService(store_, answer_clock)
                   .Answer(LeadOf(agency), round, agency, asked.id,
                           "71% of front-line staff completed it in the year; the rest are booked "
                           "on the spring courses. We accept that this is good rather than "
                           "outstanding until every team is above 90%."));
    StepClock resolve_clock(times_.At(times_.Day(kRoundDue - 9)));
    ASSURE_TRY(domain::ReturnService(store_, resolve_clock)
                   .Resolve(people_.manager, round, agency, asked.id, std::string{"3"}));
    return core::Ok();
  }

  // The business manager closes the round and, two working days later, shares it.
  core::Status CloseAndShare(RoundId id) {
    ASSURE_ASSIGN_OR_RETURN(const domain::Round round, store_.Read([&](domain::Transaction& tx) {
      return tx.self_evaluations(people_.manager.partnership_id()).GetRound(id);
    }));
    StepClock close_clock(times_.At(times_.Day(kRoundClosed)));
    ASSURE_ASSIGN_OR_RETURN(
        const domain::Round closed,
        domain::RoundService(store_, close_clock).Close(people_.manager, id, round.version));
    StepClock share_clock(times_.At(times_.Day(kRoundClosed - 2)));
    ASSURE_TRY(
        domain::RoundService(store_, share_clock).Share(people_.manager, id, closed.version));
    return core::Ok();
  }

  domain::Store& store_;
  const People& people_;
  StepTimes& times_;
  domain::StandardsFramework framework_;
};

}  // namespace

core::Result<int> WriteRound(domain::Store& store, const People& people, StepTimes& times,
                             const RoundPlan& plan) {
  if (plan.agency_ids.empty()) return core::Error::Internal("The demo round has no agencies.");
  return RoundWriter(store, people, times).Write(plan);
}

}  // namespace assure::cli::demo_assurance
