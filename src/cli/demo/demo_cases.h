// Fictional cases for review, for the demo partnership (about 30 over three years, in every
// workflow state) and for the synthetic national-scale data the benchmarks use. Each case is
// made whole and consistent: referral, notification (child and joint cases), agency information
// requests and responses, rapid review and decision, full review with reviewer, stages, findings
// and recommendations, publication or embargo, and a timeline event for each step, all dated
// relative to `today` so the clocks show every status.
//
// Every reference, pseudonym and text is invented. Writes through the repositories of the one
// transaction it is given; audited by the caller. Not thread-safe (holds the transaction).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cli/demo/demo_texts.h"
#include "core/clock.h"
#include "core/result.h"
#include "domain/calendar/working_calendar.h"
#include "domain/civil_date.h"
#include "domain/reviews/cases/case.h"
#include "domain/store.h"

namespace assure::cli {

// `days` working days from `from` (back when negative). The demo's dates lie in the verified
// years of the calendar, so a failure is a bug in the demo: it aborts (core/result.h).
inline domain::CivilDate WorkingDaysFrom(const domain::WorkingCalendar& calendar,
                                         domain::CivilDate from, int days) {
  return calendar.AddWorkingDays(from, days).value();
}

// One case to make: the rest follows from these and the seed.
struct CaseSketch {
  std::string reference;
  domain::CaseType type = domain::CaseType::kChild;
  domain::CaseState state = domain::CaseState::kScoping;
  domain::CivilDate received_on;
  std::uint32_t seed = 0;
  // The full review's recommendations (numbered from 1, written once the review reaches its
  // pre-publication notice) and the rapid review's learning (one point a line): one of the
  // demo's wordings (demo_texts.h), the first unless the sketch says otherwise.
  std::span<const std::string_view> recommendations = demo_texts::kReviewRecommendations[0];
  std::string_view learning = demo_texts::kDemoRapidLearning[0];
};

// The demo partnership's 30 cases: referrals over the three years before `today`, older ones
// finished (published, closed, one embargoed), recent ones in scoping, rapid review and full
// review; each review and rapid review with its own wording of the learning (demo_texts.h), some
// of it recurring. Index i is the i-th oldest referral (demo_briefings.cc links cases by it).
std::vector<CaseSketch> DemoCaseSketches(domain::CivilDate today);

// `count` cases spread over the three years before `today`, states by age, for the benchmarks.
std::vector<CaseSketch> ScaleCaseSketches(const std::string& prefix, int count,
                                          domain::CivilDate today, std::uint32_t seed);

class DemoCaseWriter {
 public:
  // `agencies`: the partnership's agencies (at least two); `reviewer`: the register entry to
  // appoint to full reviews, if any.
  DemoCaseWriter(domain::Transaction& tx, domain::PartnershipId partnership_id,
                 std::vector<domain::AgencyId> agencies, std::optional<domain::ReviewerId> reviewer,
                 domain::CivilDate today);

  // Adds the partnership's managed themes that are missing.
  core::Status EnsureThemes();
  // Makes the case unless its reference exists, and marks its next clock (clock_marks.h);
  // returns whether it was added.
  core::Result<bool> Add(const CaseSketch& sketch);

 private:
  core::Result<bool> Write(const CaseSketch& sketch);
  core::Result<domain::Case> Open(const CaseSketch& sketch, std::uint32_t& random);
  core::Status Event(domain::Case& record, std::string_view action, domain::CaseState to,
                     domain::CivilDate on, std::string note = {});

  domain::Transaction& tx_;
  domain::PartnershipId partnership_id_;
  std::vector<domain::AgencyId> agencies_;
  std::optional<domain::ReviewerId> reviewer_;
  domain::CivilDate today_;
  domain::WorkingCalendar calendar_;
};

}  // namespace assure::cli
