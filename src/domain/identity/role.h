// Role: what a person does in one partnership (DOMAIN.md, "Who the users are"). A person holds
// one role per membership; someone who works for two partnerships has two memberships. The names
// are the storage, wire and URL form. Pure; thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace assure::domain {

enum class Role {
  kAdministrator,    // users, agencies, reference data, calendars, retention
  kBusinessManager,  // runs the business unit: everything day to day, and its reports
  kBusinessOfficer,  // day-to-day work of the business unit
  kAgencyLead,       // one agency's safeguarding lead: its requests, actions, self-evaluations
  kReviewer,         // independent reviewer or chair: only the reviews they are assigned
  kBoardMember,      // reads papers, reports and dashboards of their groups
  kAuditor,          // reads the audit trail
  kFinanceOfficer,   // keeps the pooled budget: contributions, budget lines, transactions
};

std::string_view RoleName(Role role);
std::optional<Role> ParseRole(std::string_view name);
// "Business manager": for pages.
std::string_view RoleLabel(Role role);
std::span<const Role> AllRoles();

}  // namespace assure::domain
