#include "domain/access/policy.h"

#include <algorithm>
#include <array>

namespace assure::domain {

namespace {

constexpr std::array<Resource, 23> kResources{Resource::kPartnership,
                                              Resource::kAgency,
                                              Resource::kUser,
                                              Resource::kAuditTrail,
                                              Resource::kOwnAccount,
                                              Resource::kCase,
                                              Resource::kCaseRestricted,
                                              Resource::kInformationRequest,
                                              Resource::kReviewer,
                                              Resource::kReport,
                                              Resource::kCalendar,
                                              Resource::kAction,
                                              Resource::kReviewRound,
                                              Resource::kBriefing,
                                              Resource::kBriefingPublication,
                                              Resource::kDissemination,
                                              Resource::kAssurance,
                                              Resource::kAssuranceReturn,
                                              Resource::kAssuranceSharing,
                                              Resource::kGovernance,
                                              Resource::kMeeting,
                                              Resource::kMeetingRestricted,
                                              Resource::kFinance};
constexpr std::array<Action, 5> kActions{Action::kRead, Action::kCreate, Action::kUpdate,
                                         Action::kDelete, Action::kExport};

// Reference data (agencies): the administrator keeps it; everyone in the partnership reads it.
Scope ReferenceData(Role role, Action action) {
  if (role == Role::kAdministrator) return Scope::kPartnership;
  return action == Action::kRead ? Scope::kPartnership : Scope::kNone;
}

bool IsBusinessUnit(Role role) {
  return role == Role::kBusinessManager || role == Role::kBusinessOfficer;
}

// Cases: the business unit works on every case of the partnership; a reviewer reads the cases
// they are appointed to; no one else sees a case (an agency lead sees only its requests).
Scope CaseGrant(Role role, Action action) {
  if (IsBusinessUnit(role)) return action == Action::kDelete ? Scope::kNone : Scope::kPartnership;
  if (role == Role::kReviewer && action == Action::kRead) return Scope::kAssigned;
  return Scope::kNone;
}

// Information requests: the business unit sends and manages them; an agency lead reads and
// answers those addressed to their agency; a reviewer reads (never answers or withdraws) those of
// the cases they are appointed to, with their responses and files.
Scope InformationRequestGrant(Role role, Action action) {
  const bool read_or_update = action == Action::kRead || action == Action::kUpdate;
  if (IsBusinessUnit(role)) {
    return read_or_update || action == Action::kCreate ? Scope::kPartnership : Scope::kNone;
  }
  if (role == Role::kAgencyLead && read_or_update) return Scope::kOwnAgency;
  if (role == Role::kReviewer && action == Action::kRead) return Scope::kAssigned;
  return Scope::kNone;
}

// Actions: the business unit plans, updates and exports every action of the partnership; an
// agency lead reads and updates (records progress on) their own agency's actions; a board member
// reads them all. Changing an action's plan (its title, owner, lead, due date...) and reopening
// it need the partnership-wide update grant (action_service.h), so an own-agency grant only
// records progress.
Scope ActionGrant(Role role, Action action) {
  if (IsBusinessUnit(role)) return action == Action::kDelete ? Scope::kNone : Scope::kPartnership;
  if (role == Role::kAgencyLead && (action == Action::kRead || action == Action::kUpdate)) {
    return Scope::kOwnAgency;
  }
  if (role == Role::kBoardMember && action == Action::kRead) return Scope::kPartnership;
  return Scope::kNone;
}

// Quarterly review rounds: the business manager opens and closes them (create, which closing also
// needs: review_round_service.h); the business unit reviews their entries (update); a board member
// reads them.
Scope ReviewRoundGrant(Role role, Action action) {
  switch (action) {
    case Action::kRead:
      return IsBusinessUnit(role) || role == Role::kBoardMember ? Scope::kPartnership
                                                                : Scope::kNone;
    case Action::kCreate:
      return role == Role::kBusinessManager ? Scope::kPartnership : Scope::kNone;
    case Action::kUpdate:
      return IsBusinessUnit(role) ? Scope::kPartnership : Scope::kNone;
    case Action::kDelete:
    case Action::kExport:
      return Scope::kNone;
  }
  return Scope::kNone;
}

// Briefings: the business unit writes them; an agency lead and a board member read them (once
// approved: briefing_access.h); only the business manager approves, publishes and withdraws them
// and keeps the check's list of sensitive places (briefing_publication), which the business unit
// reads.
Scope BriefingGrant(Role role, Action action) {
  if (IsBusinessUnit(role)) {
    return action == Action::kRead || action == Action::kCreate || action == Action::kUpdate
               ? Scope::kPartnership
               : Scope::kNone;
  }
  if ((role == Role::kAgencyLead || role == Role::kBoardMember) && action == Action::kRead) {
    return Scope::kPartnership;
  }
  return Scope::kNone;
}

Scope BriefingPublicationGrant(Role role, Action action) {
  if (action == Action::kRead && IsBusinessUnit(role)) return Scope::kPartnership;
  if (action == Action::kUpdate && role == Role::kBusinessManager) return Scope::kPartnership;
  return Scope::kNone;
}

// Dissemination: an agency lead records how their own agency shared a published briefing; the
// business unit records for any agency; they and board members read every agency's.
Scope DisseminationGrant(Role role, Action action) {
  const bool reader = IsBusinessUnit(role) || role == Role::kBoardMember;
  if (action == Action::kRead && (reader || role == Role::kAgencyLead)) return Scope::kPartnership;
  if (action == Action::kCreate) {
    if (IsBusinessUnit(role)) return Scope::kPartnership;
    if (role == Role::kAgencyLead) return Scope::kOwnAgency;
  }
  return Scope::kNone;
}

// Quality assurance: the business unit runs the framework, its frameworks and rounds; agency
// leads and board members read them. A return: its agency's lead completes it, the business unit
// challenges and reopens it, and board members read it (closed rounds only:
// assurance_access.h, as is an agency lead's reading of other agencies' shared ratings). Only
// the business manager shares a closed round's ratings.
Scope AssuranceGrant(Role role, Action action) {
  if (IsBusinessUnit(role)) {
    return action == Action::kDelete ? Scope::kNone : Scope::kPartnership;
  }
  if ((role == Role::kAgencyLead || role == Role::kBoardMember) && action == Action::kRead) {
    return Scope::kPartnership;
  }
  return Scope::kNone;
}

Scope AssuranceReturnGrant(Role role, Action action) {
  const bool read_or_update = action == Action::kRead || action == Action::kUpdate;
  if (IsBusinessUnit(role) && read_or_update) return Scope::kPartnership;
  if (role == Role::kAgencyLead && read_or_update) return Scope::kOwnAgency;
  if (role == Role::kBoardMember && action == Action::kRead) return Scope::kPartnership;
  return Scope::kNone;
}

// Governance: the business unit keeps the structure, the plan and the workplans and runs the
// meetings; everyone who sits on or serves a body (agency leads, board members, the finance
// officer) reads the structure. A meeting: its body's members read it (assigned), an agency lead
// reads the meetings of bodies their agency sits on (own agency); restricted papers and draft
// minutes only the business unit and the body's members.
Scope GovernanceGrant(Role role, Action action) {
  if (IsBusinessUnit(role)) return action == Action::kDelete ? Scope::kNone : Scope::kPartnership;
  const bool reader =
      role == Role::kAgencyLead || role == Role::kBoardMember || role == Role::kFinanceOfficer;
  if (reader && (action == Action::kRead || action == Action::kExport)) return Scope::kPartnership;
  return Scope::kNone;
}

Scope MeetingGrant(Role role, Action action, bool restricted) {
  if (IsBusinessUnit(role)) return action == Action::kDelete ? Scope::kNone : Scope::kPartnership;
  if (action != Action::kRead && action != Action::kExport) return Scope::kNone;
  if (role == Role::kBoardMember) return Scope::kAssigned;
  if (role == Role::kAgencyLead && !restricted) return Scope::kOwnAgency;
  return Scope::kNone;
}

// The pooled budget: the finance officer keeps it; the business manager and board members read
// it and its report.
Scope FinanceGrant(Role role, Action action) {
  if (role == Role::kFinanceOfficer) {
    return action == Action::kDelete ? Scope::kNone : Scope::kPartnership;
  }
  if ((role == Role::kBusinessManager || role == Role::kBoardMember) &&
      (action == Action::kRead || action == Action::kExport)) {
    return Scope::kPartnership;
  }
  return Scope::kNone;
}

}  // namespace

std::string_view ResourceName(Resource resource) {
  switch (resource) {
    case Resource::kPartnership:
      return "partnership";
    case Resource::kAgency:
      return "agency";
    case Resource::kUser:
      return "user";
    case Resource::kAuditTrail:
      return "audit_trail";
    case Resource::kOwnAccount:
      return "own_account";
    case Resource::kCase:
      return "case";
    case Resource::kCaseRestricted:
      return "case_restricted";
    case Resource::kInformationRequest:
      return "information_request";
    case Resource::kReviewer:
      return "reviewer";
    case Resource::kReport:
      return "report";
    case Resource::kCalendar:
      return "calendar";
    case Resource::kAction:
      return "action";
    case Resource::kReviewRound:
      return "review_round";
    case Resource::kBriefing:
      return "briefing";
    case Resource::kBriefingPublication:
      return "briefing_publication";
    case Resource::kDissemination:
      return "dissemination";
    case Resource::kAssurance:
      return "assurance";
    case Resource::kAssuranceReturn:
      return "assurance_return";
    case Resource::kAssuranceSharing:
      return "assurance_sharing";
    case Resource::kGovernance:
      return "governance";
    case Resource::kMeeting:
      return "meeting";
    case Resource::kMeetingRestricted:
      return "meeting_restricted";
    case Resource::kFinance:
      return "finance";
  }
  return "unknown";
}

std::string_view ActionName(Action action) {
  switch (action) {
    case Action::kRead:
      return "read";
    case Action::kCreate:
      return "create";
    case Action::kUpdate:
      return "update";
    case Action::kDelete:
      return "delete";
    case Action::kExport:
      return "export";
  }
  return "unknown";
}

std::string_view ScopeName(Scope scope) {
  switch (scope) {
    case Scope::kNone:
      return "none";
    case Scope::kSelf:
      return "self";
    case Scope::kAssigned:
      return "assigned";
    case Scope::kOwnAgency:
      return "own agency";
    case Scope::kPartnership:
      return "partnership";
  }
  return "none";
}

std::span<const Resource> AllResources() { return kResources; }
std::span<const Action> AllActions() { return kActions; }

Scope Grant(Role role, Resource resource, Action action) {
  switch (resource) {
    case Resource::kPartnership:
      if (role == Role::kAdministrator) {
        return action == Action::kRead || action == Action::kUpdate ? Scope::kPartnership
                                                                    : Scope::kNone;
      }
      return action == Action::kRead ? Scope::kPartnership : Scope::kNone;
    case Resource::kAgency:
      return action == Action::kExport ? Scope::kNone : ReferenceData(role, action);
    case Resource::kUser:
      if (role == Role::kAdministrator) {
        return action == Action::kExport ? Scope::kNone : Scope::kPartnership;
      }
      if (role == Role::kBusinessManager && action == Action::kRead) return Scope::kPartnership;
      return Scope::kNone;
    case Resource::kAuditTrail:
      if (role == Role::kAdministrator || role == Role::kAuditor) {
        return action == Action::kRead || action == Action::kExport ? Scope::kPartnership
                                                                    : Scope::kNone;
      }
      return Scope::kNone;
    case Resource::kOwnAccount:
      return action == Action::kExport ? Scope::kNone : Scope::kSelf;
    case Resource::kCase:
      return CaseGrant(role, action);
    case Resource::kCaseRestricted:
      return IsBusinessUnit(role) && (action == Action::kRead || action == Action::kUpdate)
                 ? Scope::kPartnership
                 : Scope::kNone;
    case Resource::kInformationRequest:
      return InformationRequestGrant(role, action);
    case Resource::kReviewer:
      return (IsBusinessUnit(role) || role == Role::kAdministrator) &&
                     (action == Action::kRead || action == Action::kCreate ||
                      action == Action::kUpdate)
                 ? Scope::kPartnership
                 : Scope::kNone;
    case Resource::kReport:
      return (IsBusinessUnit(role) || role == Role::kBoardMember || role == Role::kAdministrator) &&
                     (action == Action::kRead || action == Action::kExport)
                 ? Scope::kPartnership
                 : Scope::kNone;
    case Resource::kCalendar:
      return action == Action::kExport ? Scope::kNone : ReferenceData(role, action);
    case Resource::kAction:
      return ActionGrant(role, action);
    case Resource::kReviewRound:
      return ReviewRoundGrant(role, action);
    case Resource::kBriefing:
      return BriefingGrant(role, action);
    case Resource::kBriefingPublication:
      return BriefingPublicationGrant(role, action);
    case Resource::kDissemination:
      return DisseminationGrant(role, action);
    case Resource::kAssurance:
      return AssuranceGrant(role, action);
    case Resource::kAssuranceReturn:
      return AssuranceReturnGrant(role, action);
    case Resource::kAssuranceSharing:
      return role == Role::kBusinessManager && action == Action::kUpdate ? Scope::kPartnership
                                                                         : Scope::kNone;
    case Resource::kGovernance:
      return GovernanceGrant(role, action);
    case Resource::kMeeting:
      return MeetingGrant(role, action, false);
    case Resource::kMeetingRestricted:
      return MeetingGrant(role, action, true);
    case Resource::kFinance:
      return FinanceGrant(role, action);
  }
  return Scope::kNone;
}

bool Principal::HasRole(Role role) const {
  return std::any_of(memberships.begin(), memberships.end(),
                     [&](const Membership& m) { return m.role == role; });
}

bool Permits(const Principal& principal, Resource resource, Action action,
             const RecordScope& record) {
  if (record.partnership_id != principal.partnership_id) return false;
  for (const auto& membership : principal.memberships) {
    if (membership.partnership_id != principal.partnership_id) continue;
    switch (Grant(membership.role, resource, action)) {
      case Scope::kNone:
        break;
      case Scope::kPartnership:
        return true;
      case Scope::kOwnAgency:
        if (membership.agency_id && record.agency_id == membership.agency_id) return true;
        break;
      case Scope::kAssigned:
        if (std::find(record.assigned_user_ids.begin(), record.assigned_user_ids.end(),
                      principal.user_id) != record.assigned_user_ids.end()) {
          return true;
        }
        break;
      case Scope::kSelf:
        if (record.owner_user_id == principal.user_id) return true;
        break;
    }
  }
  return false;
}

bool MayEver(const Principal& principal, Resource resource, Action action) {
  return std::any_of(principal.memberships.begin(), principal.memberships.end(),
                     [&](const Membership& m) {
                       return m.partnership_id == principal.partnership_id &&
                              Grant(m.role, resource, action) != Scope::kNone;
                     });
}

}  // namespace assure::domain
