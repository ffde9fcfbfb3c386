// The parts of the demo's quality assurance (demo_assurance.h), internal to it: the days its
// steps are taken, and the writers of the self-evaluation round (demo_round.cc), the staff survey
// (demo_survey.cc), the case audit (demo_audit.cc) and the thematic review (demo_review.cc) that
// AddDemoAssurance calls once the framework is planned (demo_assurance.cc). Not thread-safe: one
// command uses them at a time.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cli/demo/demo_steps.h"
#include "core/result.h"
#include "domain/assurance/activity.h"
#include "domain/assurance/audit/case_audit.h"
#include "domain/assurance/standards.h"
#include "domain/identity/requester.h"
#include "domain/store.h"
#include "security/random.h"

namespace assure::cli::demo_assurance {

// Working days before today.
inline constexpr int kPlanned = 92;               // the framework planned, the s11 template copied
inline constexpr int kRoundOpened = 85;           // about four months ago
inline constexpr int kRoundDue = 55;              // six weeks after opening
inline constexpr int kRoundClosed = 42;           // by the business manager, who shares it
inline constexpr int kSurveyOpened = 50;          // ten weeks ago
inline constexpr int kSurveyClosed = 10;          // two weeks ago
inline constexpr int kAuditOpened = 40;           // the case audit, and its activity with it
inline constexpr int kAuditDue = 30;              // the agencies' grading is due
inline constexpr int kAuditModerated = 27;        // the moderation meeting
inline constexpr int kAuditClosed = 26;           // by the business officer
inline constexpr int kAuditAnalysis = 25;         // its activity analysing
inline constexpr int kAuditReporting = 12;        // and reporting
inline constexpr int kConversationHeld = 12;      // practitioners talk about exploitation
inline constexpr int kReviewAnalysis = 8;         // the thematic review starts its analysis
inline constexpr int kReviewCreated = 8;          // the review's scope and narrative
inline constexpr int kReviewEvidence = 7;         // its evidence, read from the sources
inline constexpr int kReviewFindings = 5;         // its findings
inline constexpr int kReviewRecommendations = 4;  // and recommendations, each an action
inline constexpr int kReviewReport = 3;           // its report drafted as a briefing

// The title of the framework's thematic review activity and of its review.
inline constexpr std::string_view kReviewTitle = "Exploitation of children and adults";

// One move of an activity: to a state, on a day (working days before today).
using ActivityMove = std::pair<domain::ActivityState, int>;

// Moves the activity through `moves` in order, each as `requester` on its day.
core::Status MoveActivity(domain::Store& store, const domain::Requester& requester,
                          StepTimes& times, domain::ActivityId id,
                          std::span<const ActivityMove> moves);

// What the framework planned for the round.
struct RoundPlan {
  domain::ActivityId activity_id = 0;  // a planned self-evaluation round activity
  std::string title;
  domain::FrameworkId framework_id = 0;
  std::vector<domain::AgencyId> agency_ids;  // each with its lead among `people`
};

// Opens the round, has each agency's lead complete, evidence and submit its return (one late),
// challenges one standard of the first agency's return and agrees another rating, then the
// business manager closes and shares the round; returns the number of returns submitted.
core::Result<int> WriteRound(domain::Store& store, const People& people, StepTimes& times,
                             const RoundPlan& plan);

// Drafts the staff survey in `activity_id` (a planned staff survey activity) for every agency of
// `people`, opens it, answers it through the links (the last agency under the minimum group),
// closes it and moves its activity to analysing; returns the number of answers.
core::Result<int> WriteSurvey(domain::Store& store, const People& people, StepTimes& times,
                              domain::ActivityId activity_id, security::Random& random);

// Opens the case audit of `activity` (a case audit activity, not closed, with its agencies, each
// with its lead among `people`; a planned one opens with it), has each agency's lead grade and
// submit its part, agrees every record and closes the audit, then moves an open activity on to
// reporting; returns the closed audit.
core::Result<domain::CaseAudit> WriteAudit(domain::Store& store, const People& people,
                                           StepTimes& times, const domain::Activity& activity);

// What WriteReview wrote.
struct WrittenReview {
  int reviews = 0;
  int evidence = 0;
  int findings = 0;
  int recommendations = 0;
};

// Starts the thematic review of `activity_id` (a thematic review activity, not closed, with no
// review, drawing on the round, the closed survey and `audit`, closed), adds evidence of every
// source, findings and recommendations, and drafts its report. Needs three agencies in `people`.
core::Result<WrittenReview> WriteReview(domain::Store& store, const People& people,
                                        StepTimes& times, domain::ActivityId activity_id,
                                        const domain::CaseAudit& audit, security::Random& random);

}  // namespace assure::cli::demo_assurance
