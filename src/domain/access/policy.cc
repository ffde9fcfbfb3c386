#include "domain/access/policy.h"

#include <algorithm>
#include <array>

namespace assure::domain {

namespace {

constexpr std::array<Resource, 5> kResources{Resource::kPartnership, Resource::kAgency,
                                             Resource::kUser, Resource::kAuditTrail,
                                             Resource::kOwnAccount};
constexpr std::array<Action, 5> kActions{Action::kRead, Action::kCreate, Action::kUpdate,
                                         Action::kDelete, Action::kExport};

// Reference data (agencies): the administrator keeps it; everyone in the partnership reads it.
Scope ReferenceData(Role role, Action action) {
  if (role == Role::kAdministrator) return Scope::kPartnership;
  return action == Action::kRead ? Scope::kPartnership : Scope::kNone;
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
