// The repositories of quality assurance: the QA framework's activities and the standards
// frameworks (AssuranceRepository), and the self-evaluation rounds with their returns, evidence
// and challenges (SelfEvaluationRepository). Bound to one partnership (from Transaction,
// domain/store.h): every query is scoped to it, and an id of another partnership's record is
// kNotFound. Updates are versioned: a stale version is kConflict and changes nothing.
// Implemented by storage; used inside one Store transaction, so by one thread at a time.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "domain/assurance/activity.h"
#include "domain/assurance/self_evaluation/self_evaluation.h"
#include "domain/assurance/standards.h"

namespace assure::domain {

// Filters of the activity list; unset = any.
struct ActivityQuery {
  std::optional<CivilDate> starts_from;    // period starting on or after
  std::optional<CivilDate> starts_before;  // period starting before
  std::optional<ActivityKind> kind;
};

class AssuranceRepository {
 public:
  virtual ~AssuranceRepository() = default;

  // Stores the activity at version 1 with its themes, agencies and links. kInvalidInput
  // ("themes", "lead_user_id", "agency_ids", "feeds_from") when one names no record of the
  // partnership.
  virtual core::Result<Activity> CreateActivity(const Activity& activity) = 0;
  virtual core::Result<Activity> GetActivity(ActivityId id) = 0;
  // By start date, then id.
  virtual core::Result<std::vector<Activity>> ListActivities(const ActivityQuery& query) = 0;
  // Stores every field and link if activity.version is current.
  virtual core::Result<Activity> UpdateActivity(const Activity& activity) = 0;

  // Stores a framework version with its standards (positions 1, 2, ...). A framework's
  // family_id 0 starts a family; otherwise version_number must be the family's next.
  virtual core::Result<StandardsFramework> CreateFramework(const StandardsFramework& framework) = 0;
  virtual core::Result<StandardsFramework> GetFramework(FrameworkId id) = 0;
  // Every version of every family, by name, then version.
  virtual core::Result<std::vector<StandardsFramework>> ListFrameworks() = 0;
};

// A file of evidence for one standard of a return; the bytes are in file_contents.
struct ReturnEvidence {
  std::int64_t id = 0;
  ReturnId return_id = 0;
  StandardId standard_id = 0;
  std::string file_name;
  std::string content_type;
  std::int64_t size = 0;
  std::string sha256;
  UserId uploaded_by = 0;
  core::Instant uploaded_at{};
};

class SelfEvaluationRepository {
 public:
  virtual ~SelfEvaluationRepository() = default;

  // Stores the round at version 1 and a draft return (version 1, changed `at`, every standard of
  // `standards` unrated) for each of its agencies.
  virtual core::Result<Round> CreateRound(const Round& round,
                                          const std::vector<Standard>& standards,
                                          core::Instant at) = 0;
  virtual core::Result<Round> GetRound(RoundId id) = 0;
  // Newest first (opened_on, then id).
  virtual core::Result<std::vector<Round>> ListRounds() = 0;
  // Stores state, closed_on and shared if round.version is current.
  virtual core::Result<Round> UpdateRound(const Round& round) = 0;

  // The return of `agency` in `round`; kNotFound when the agency takes no part.
  virtual core::Result<Return> GetReturn(RoundId round, AgencyId agency) = 0;
  // The returns of `round`, or of every round when unset; by round, then agency id.
  virtual core::Result<std::vector<Return>> Returns(std::optional<RoundId> round) = 0;
  // The returns of `agency` in every round, by round.
  virtual core::Result<std::vector<Return>> ReturnsOfAgency(AgencyId agency) = 0;
  // Stores state, submission, reopen reason and every answer if ret.version is current.
  virtual core::Result<Return> UpdateReturn(const Return& ret) = 0;

  virtual core::Result<ReturnEvidence> AddEvidence(const ReturnEvidence& file) = 0;
  // By standard, then id.
  virtual core::Result<std::vector<ReturnEvidence>> Evidence(ReturnId ret) = 0;

  virtual core::Result<Challenge> AddChallenge(const Challenge& challenge) = 0;
  // Oldest first.
  virtual core::Result<std::vector<Challenge>> Challenges(ReturnId ret) = 0;
  // Stores the answer and the resolution.
  virtual core::Status UpdateChallenge(const Challenge& challenge) = 0;
};

}  // namespace assure::domain
