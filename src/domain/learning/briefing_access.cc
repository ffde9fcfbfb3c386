#include "domain/learning/briefing_access.h"

#include <utility>

namespace assure::domain {

core::Error NoSuchBriefing() { return core::Error::NotFound("There is no such briefing."); }

core::Error StaleBriefing() {
  return core::Error::Conflict("Someone else changed this briefing; reload it and try again.",
                               "version");
}

AuditSubject BriefingSubject(BriefingId id) { return {"briefing", std::to_string(id)}; }

AuditSubject AnyBriefingSubject() { return {"briefing", ""}; }

bool MayWriteBriefings(const Requester& requester) {
  return Permits(requester.principal, Resource::kBriefing, Action::kUpdate,
                 InPartnership(requester));
}

bool MayPublishBriefings(const Requester& requester) {
  return Permits(requester.principal, Resource::kBriefingPublication, Action::kUpdate,
                 InPartnership(requester));
}

bool MaySee(const Requester& requester, const Briefing& briefing) {
  if (!Permits(requester.principal, Resource::kBriefing, Action::kRead, InPartnership(requester))) {
    return false;
  }
  if (MayWriteBriefings(requester)) return true;
  return briefing.state == BriefingState::kApproved ||
         briefing.state == BriefingState::kPublished || briefing.state == BriefingState::kWithdrawn;
}

std::vector<BriefingState> VisibleStates(const Requester& requester) {
  if (MayWriteBriefings(requester)) {
    return {AllBriefingStates().begin(), AllBriefingStates().end()};
  }
  return {BriefingState::kApproved, BriefingState::kPublished, BriefingState::kWithdrawn};
}

core::Status WriteBriefingAudit(Transaction& tx, const Requester& requester, core::Instant at,
                                std::string action, AuditSubject subject, std::string reason) {
  return Record(tx.audit(),
                MakeAuditEvent(requester.actor, std::move(action), AuditOutcome::kSuccess, at,
                               std::move(subject), std::move(reason)));
}

core::Result<Briefing> VisibleBriefing(Transaction& tx, const Requester& requester, BriefingId id) {
  auto briefing = tx.briefings(requester.partnership_id()).Get(id);
  if (!briefing.ok()) return briefing.error();
  if (!MaySee(requester, *briefing)) return NoSuchBriefing();
  return briefing;
}

}  // namespace assure::domain
