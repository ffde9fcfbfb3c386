#include "domain/identity/audit_event.h"

#include <array>
#include <utility>

namespace assure::domain {
namespace {

constexpr std::array<std::pair<AuditOutcome, std::string_view>, 3> kOutcomeNames{{
    {AuditOutcome::kSuccess, "success"},
    {AuditOutcome::kFailure, "failure"},
    {AuditOutcome::kDenied, "denied"},
}};

// "<length>:<bytes>;": the length makes the form unambiguous whatever the bytes are.
void AppendField(std::string& out, std::string_view value) {
  out += std::to_string(value.size());
  out += ':';
  out += value;
  out += ';';
}

// An absent value is "-;", which no present value (starting with its length) can be.
void AppendOptional(std::string& out, const std::optional<std::int64_t>& value) {
  if (value) {
    AppendField(out, std::to_string(*value));
  } else {
    out += "-;";
  }
}

}  // namespace

std::string_view AuditOutcomeName(AuditOutcome outcome) {
  for (const auto& [value, name] : kOutcomeNames) {
    if (value == outcome) return name;
  }
  return "failure";
}

std::optional<AuditOutcome> ParseAuditOutcome(std::string_view name) {
  for (const auto& [value, text] : kOutcomeNames) {
    if (text == name) return value;
  }
  return std::nullopt;
}

std::string CanonicalAuditContent(const AuditEvent& event) {
  std::string out;
  out.reserve(160 + event.action.size() + event.resource_type.size() + event.resource_id.size() +
              event.client_address.size() + event.reason.size() + event.previous_hash.size());
  AppendOptional(out, event.partnership_id);
  AppendOptional(out, event.user_id);
  AppendOptional(out, event.session_id);
  AppendField(out, event.action);
  AppendField(out, event.resource_type);
  AppendField(out, event.resource_id);
  AppendField(out, AuditOutcomeName(event.outcome));
  AppendField(out, event.client_address);
  AppendField(out, event.reason);
  AppendField(out, core::FormatInstant(event.at));
  AppendField(out, event.previous_hash);
  return out;
}

}  // namespace assure::domain
