// What the governance services share: who may see and do what with bodies and meetings, the one
// answer for a record the asker may not see, and writing their audit events.
//
// Who may do what (doc/access.md, "Governance"): the business unit keeps the structure and runs
// the meetings (governance and meeting: create, update); agency leads, board members and the
// finance officer read the structure; a meeting is read by its body's members who have an account
// (the board member role: assigned) and by the leads of the agencies that sit on the body (own
// agency); restricted items and draft minutes only by the business unit and the body's members.
// "Sit on the body" is judged on the meeting's day or today. Free functions; thread-safe as the
// Store is.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/access/policy.h"
#include "domain/governance/body.h"
#include "domain/governance/meetings/meeting.h"
#include "domain/identity/refusal.h"
#include "domain/identity/requester.h"
#include "domain/store.h"

namespace assure::domain {

core::Error NoSuchBody();
core::Error NoSuchMeeting();
core::Error StaleGovernance(std::string_view noun);

AuditSubject BodySubject(BodyId id);
AuditSubject MeetingSubject(MeetingId id);

// Whether the asker keeps the structure and runs meetings (the business unit).
bool MayRunGovernance(const Requester& requester);
// Whether the asker reads the structure at all.
bool MayReadGovernance(const Requester& requester);

// What the asker may read of one meeting of `body` held on `held_on`.
struct MeetingAccess {
  bool read = false;        // the meeting, its public items and papers, approved minutes
  bool restricted = false;  // restricted items and papers, draft minutes
};
MeetingAccess MeetingAccessFor(const Requester& requester, const Body& body, CivilDate held_on,
                               CivilDate today);

// The partnership's statutory partner agencies, by id.
core::Result<std::vector<AgencyId>> StatutoryAgencies(Transaction& tx, PartnershipId partnership);

// Appends a success audit event for the requester's action on `subject`, in `tx`.
core::Status WriteGovernanceAudit(Transaction& tx, const Requester& requester, core::Instant at,
                                  std::string action, AuditSubject subject,
                                  std::string reason = {});

}  // namespace assure::domain
