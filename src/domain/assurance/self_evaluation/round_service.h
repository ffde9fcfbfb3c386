// RoundService: self-evaluation rounds (self_evaluation.h) for the pages, the API and the to-do
// list: open a round for chosen agencies (one draft return each), read its matrix of ratings,
// close it, share a closed round's ratings, follow one agency's ratings across rounds (the
// trend), and list the returns due.
//
// Who may do what (doc/access.md, "Quality assurance"; assurance_access.h): the business unit
// opens and closes rounds; the business manager shares them; readers of the framework read a
// round, and its matrix shows only the returns they may read. Each call runs ONE Store
// transaction with its audit event ("assurance.round.open", ".read", ".close", ".share",
// "assurance.trend.read"); a refusal is audited too. Due, read on every home page, is a read
// with no audit event: it tells round titles, agencies and dates, no ratings.
// Thread-safe: references to thread-safe collaborators, no mutable state.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/assurance/self_evaluation/self_evaluation.h"
#include "domain/identity/requester.h"
#include "domain/store.h"

namespace assure::domain {

struct EvaluationRoundView {
  Round round;
  StandardsFramework framework;
  std::vector<MatrixRow> matrix;  // the round's agencies whose returns the asker may read
  bool may_close = false;
  bool may_share = false;
};

// A return someone has to act on: a draft for its agency's lead, a submitted return of an open
// round for the business unit to challenge.
struct DueReturn {
  RoundId round_id = 0;
  std::string round_title;
  AgencyId agency_id = 0;
  std::string agency_name;
  CivilDate due_on;
  ReturnState state = ReturnState::kDraft;
  bool overdue = false;
};

// One round's ratings of one agency, by standard code.
struct TrendPoint {
  RoundId round_id = 0;
  std::string round_title;
  CivilDate opened_on;
  RatingScale scale = RatingScale::kFourPoint;
  std::vector<std::pair<std::string, std::string>> ratings;  // (code, effective rating)
};

class RoundService {
 public:
  RoundService(Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  core::Result<Round> Open(const Requester& requester, NewRound round) const;
  // Newest first.
  core::Result<std::vector<Round>> List(const Requester& requester) const;
  core::Result<EvaluationRoundView> Get(const Requester& requester, RoundId id) const;
  // Locks every return; drafts stay unreturned.
  core::Result<Round> Close(const Requester& requester, RoundId id, Version version) const;
  core::Result<Round> Share(const Requester& requester, RoundId id, Version version) const;
  // `agency`'s effective ratings in every round whose return the agency submitted and the asker
  // may read, oldest first (standards are matched across versions by code).
  core::Result<std::vector<TrendPoint>> Trend(const Requester& requester, AgencyId agency) const;
  // For the to-do list: drafts of the asker's own agencies in open rounds; for the business unit
  // also submitted returns of open rounds (to challenge) and every overdue draft.
  core::Result<std::vector<DueReturn>> Due(const Requester& requester) const;

 private:
  Store& store_;
  const core::Clock& clock_;
};

}  // namespace assure::domain
