#include "domain/identity/role.h"

#include <array>

namespace assure::domain {

namespace {

struct RoleNames {
  Role role;
  std::string_view name;
  std::string_view label;
};

constexpr std::array<RoleNames, 8> kRoles{{
    {Role::kAdministrator, "administrator", "Administrator"},
    {Role::kBusinessManager, "business_manager", "Business manager"},
    {Role::kBusinessOfficer, "business_officer", "Business officer"},
    {Role::kAgencyLead, "agency_lead", "Agency safeguarding lead"},
    {Role::kReviewer, "reviewer", "Independent reviewer"},
    {Role::kBoardMember, "board_member", "Board member"},
    {Role::kAuditor, "auditor", "Auditor"},
    {Role::kFinanceOfficer, "finance_officer", "Finance officer"},
}};

constexpr std::array<Role, 8> kAll{
    Role::kAdministrator, Role::kBusinessManager, Role::kBusinessOfficer, Role::kAgencyLead,
    Role::kReviewer,      Role::kBoardMember,     Role::kAuditor,         Role::kFinanceOfficer};

}  // namespace

std::string_view RoleName(Role role) {
  for (const auto& r : kRoles) {
    if (r.role == role) return r.name;
  }
  return "unknown";
}

std::string_view RoleLabel(Role role) {
  for (const auto& r : kRoles) {
    if (r.role == role) return r.label;
  }
  return "Unknown";
}

std::optional<Role> ParseRole(std::string_view name) {
  for (const auto& r : kRoles) {
    if (r.name == name) return r.role;
  }
  return std::nullopt;
}

std::span<const Role> AllRoles() { return kAll; }

}  // namespace assure::domain
