// The authorisation policy: one table of role x resource x action -> record scope, used by the
// web pages and the API alike (doc/access.md is its readable form, and a test keeps the two
// equal). Pure; thread-safe.
//
// A person may hold several memberships (roles) in one partnership; they may do what any of them
// allows. Scope says which records: kPartnership (any record of the partnership), kOwnAgency
// (records of the agency their membership names), kAssigned (records they are assigned to, e.g. a
// reviewer's reviews), kSelf (their own account), or kNone.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "domain/identity/user.h"

namespace assure::domain {

enum class Resource {
  kPartnership,  // the partnership's own settings
  kAgency,
  kUser,  // people and their memberships of the partnership
  kAuditTrail,
  kOwnAccount,          // one's own sessions, password, MFA and API tokens
  kCase,                // a case for review and its records: not its restricted details
  kCaseRestricted,      // a case's identifying details and circumstances
  kInformationRequest,  // an agency information request, its response and its files
  kReviewer,            // the independent reviewers register
  kReport,              // review activity figures and other reports
  kCalendar,            // the working calendar and deadline rules (doc/deadlines.md)
  kAction,              // an action of an action plan, its progress updates and evidence
  kReviewRound,         // the quarterly review rounds of actions and their entries
  kBriefing,            // a learning briefing (7 Minute, Lessons Learned) and its versions
  // Approving, publishing and withdrawing briefings, accepting publication check hits, and the
  // partnership's list of sensitive local places
  kBriefingPublication,
  kDissemination,  // how each agency shared a published briefing with its staff
  // The QA framework: its activities, the standards frameworks and the self-evaluation rounds
  kAssurance,
  // An agency's self-evaluation return, its evidence and challenges (and, later, its audits)
  kAssuranceReturn,
  // Sharing a closed round's ratings with the taking-part agencies' leads
  kAssuranceSharing,
  // The partnership's bodies (boards, groups, subgroups), their members, terms of reference and
  // quorum rules, the strategic plan and the workplans
  kGovernance,
  // A body's meetings: agenda, public papers, attendance, decisions and approved minutes
  // (assigned: the body's members; own agency: bodies the agency sits on)
  kMeeting,
  // A meeting's restricted papers and its minutes before approval
  kMeetingRestricted,
  // The pooled budget: contributions, budget lines, transactions, review costs and its report
  kFinance,
};

enum class Action { kRead, kCreate, kUpdate, kDelete, kExport };

enum class Scope { kNone, kSelf, kAssigned, kOwnAgency, kPartnership };

std::string_view ResourceName(Resource resource);
std::string_view ActionName(Action action);
std::string_view ScopeName(Scope scope);
std::span<const Resource> AllResources();
std::span<const Action> AllActions();

// The widest scope `role` has for `action` on `resource`.
Scope Grant(Role role, Resource resource, Action action);

// Who is asking: a signed-in user working in one partnership, with their memberships there.
struct Principal {
  UserId user_id = 0;
  PartnershipId partnership_id = 0;
  std::vector<Membership> memberships;  // of partnership_id only

  bool HasRole(Role role) const;
};

// The record being acted on, as far as the policy needs to know it.
struct RecordScope {
  PartnershipId partnership_id = 0;
  std::optional<AgencyId> agency_id;      // the record's agency, when it has one
  std::vector<UserId> assigned_user_ids;  // people assigned to the record
  std::optional<UserId> owner_user_id;    // the account, for kOwnAccount
};

// True when some membership of `principal` grants `action` on `resource` for this record. Never
// true across partnerships.
bool Permits(const Principal& principal, Resource resource, Action action,
             const RecordScope& record);

// True when some membership grants the action at any scope (whether to show a page or a link at
// all; each record is still checked with Permits).
bool MayEver(const Principal& principal, Resource resource, Action action);

}  // namespace assure::domain
