#include "domain/identity/user.h"

#include <algorithm>

#include "domain/text_rules.h"

namespace assure::domain {
namespace {

constexpr std::size_t kEmailMaxLength = 254;

core::Error BadEmail() {
  return core::Error::InvalidInput(
      "email", "Enter an email address in the correct format, like name@example.org.");
}

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// A domain with at least one dot, and no empty label (".org", "example.", "a..org").
bool PlausibleDomain(std::string_view domain) {
  if (domain.empty() || domain.find('.') == std::string_view::npos) return false;
  if (domain.front() == '.' || domain.back() == '.') return false;
  return domain.find("..") == std::string_view::npos;
}

}  // namespace

core::Result<std::string> NormalizeEmail(std::string_view email) {
  while (!email.empty() && IsAsciiSpace(email.front())) email.remove_prefix(1);
  while (!email.empty() && IsAsciiSpace(email.back())) email.remove_suffix(1);
  if (email.empty()) return core::Error::InvalidInput("email", "Enter an email address.");
  if (email.size() > kEmailMaxLength) {
    return core::Error::InvalidInput("email", "The email address must be 254 characters or fewer.");
  }
  std::string normalized{email};
  for (char& c : normalized) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  const bool has_space =
      std::any_of(normalized.begin(), normalized.end(), [](char c) { return c == ' '; });
  if (has_space || !IsPrintableUtf8(normalized)) return BadEmail();
  const std::size_t at = normalized.find('@');
  if (at == std::string::npos || normalized.find('@', at + 1) != std::string::npos) {
    return BadEmail();
  }
  if (at == 0 || !PlausibleDomain(std::string_view{normalized}.substr(at + 1))) return BadEmail();
  return normalized;
}

core::Status ValidateNewUser(const NewUser& user) {
  ASSURE_TRY(NormalizeEmail(user.email));
  return ValidateName("name", user.display_name);
}

core::Status ValidateMembership(const Membership& membership) {
  if (membership.role == Role::kAgencyLead && !membership.agency_id.has_value()) {
    return core::Error::InvalidInput("agency",
                                     "Choose the agency this agency safeguarding lead works for.");
  }
  return core::Ok();
}

}  // namespace assure::domain
