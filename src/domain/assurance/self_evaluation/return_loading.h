// The steps the ReturnService's calls share (return_service.cc, return_challenges.cc): loading a
// return the asker may read, and who may change it in its state. Internal to domain/assurance.
// Free functions; thread-safe as the Store is.
#pragma once

#include "core/result.h"
#include "domain/assurance/self_evaluation/self_evaluation.h"
#include "domain/identity/requester.h"
#include "domain/store.h"

namespace assure::domain {

struct Loaded {
  Round round;
  StandardsFramework framework;
  Return ret;
};

// The return of `agency` in `round_id` with its round and framework, if the asker may read it;
// NoSuchReturn() otherwise.
core::Result<Loaded> LoadReturn(Transaction& tx, const Requester& requester, RoundId round_id,
                                AgencyId agency);
// The agency's lead, a draft, an open round.
bool MayEdit(const Requester& requester, const Loaded& loaded);
// The business unit, a submitted return, an open round.
bool MayChallenge(const Requester& requester, const Loaded& loaded);
// kForbidden, a stale version (kConflict) or the wrong state (kConflict) unless MayEdit.
core::Status CheckEdit(const Requester& requester, const Loaded& loaded, Version version);
// kForbidden or the wrong state (kConflict) unless MayChallenge.
core::Status CheckChallenge(const Requester& requester, const Loaded& loaded);
// The framework's standard `id`, or nullptr.
const Standard* StandardOf(const StandardsFramework& framework, StandardId id);
// The challenge `id` of the loaded return, or kNotFound.
core::Result<Challenge> FindChallenge(Transaction& tx, const Requester& requester,
                                      const Loaded& loaded, ChallengeId id);

}  // namespace assure::domain
