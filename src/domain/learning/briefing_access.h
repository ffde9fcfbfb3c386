// What the briefing services (briefing_service.h, briefing_publication.h) share: who may see a
// briefing, the one answer for one they may not, and writing their audit events.
//
// Who may do what (doc/access.md, "Learning"): the business unit writes and reads every briefing
// (briefing: read, create, update); an agency lead and a board member read a briefing once it is
// approved (drafts and briefings in review are the business unit's alone); only the business
// manager approves, publishes, withdraws, accepts a publication check hit and keeps the list of
// sensitive places (briefing_publication: update). Free functions; thread-safe as the Store is.
#pragma once

#include <string>

#include "core/clock.h"
#include "core/result.h"
#include "domain/access/policy.h"
#include "domain/identity/requester.h"
#include "domain/learning/briefing.h"
#include "domain/store.h"

namespace assure::domain {

// The one answer for a briefing that does not exist or that the asker may not see.
core::Error NoSuchBriefing();
// A stale briefing version: someone else changed it first.
core::Error StaleBriefing();
AuditSubject BriefingSubject(BriefingId id);
AuditSubject AnyBriefingSubject();

// Whether the asker may write briefings (the business unit).
bool MayWriteBriefings(const Requester& requester);
// Whether the asker approves, publishes and withdraws briefings (the business manager).
bool MayPublishBriefings(const Requester& requester);
// Whether the asker may see `briefing`: a writer sees every one; another reader of briefings
// only an approved, published or withdrawn one.
bool MaySee(const Requester& requester, const Briefing& briefing);
// The states of the briefings the asker may see (all for a writer).
std::vector<BriefingState> VisibleStates(const Requester& requester);

// Appends a success audit event for the requester's action on `subject`, in `tx`.
core::Status WriteBriefingAudit(Transaction& tx, const Requester& requester, core::Instant at,
                                std::string action, AuditSubject subject, std::string reason = {});

// The briefing `id` if the asker may see it, else NoSuchBriefing().
core::Result<Briefing> VisibleBriefing(Transaction& tx, const Requester& requester, BriefingId id);

}  // namespace assure::domain
