#include "domain/identity/audit_trail_service.h"

#include <algorithm>
#include <charconv>
#include <utility>

namespace assure::domain {

namespace {

// A positive decimal id, or nullopt.
std::optional<UserId> ParseId(std::string_view text) {
  UserId id = 0;
  const auto* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, id);
  if (text.empty() || ec != std::errc{} || ptr != end || id <= 0) return std::nullopt;
  return id;
}

// What the reader asked for, as ids and instants only (no personal data in the trail).
std::string Describe(const AuditQuery& query, bool user_filter, std::size_t shown) {
  std::string text;
  const auto add = [&text](const std::string& part) { text += (text.empty() ? "" : "; ") + part; };
  if (user_filter) {
    add("user " + (query.user_id ? std::to_string(*query.user_id) : std::string{"unknown"}));
  }
  if (!query.resource_type.empty() || !query.resource_id.empty()) {
    add("record " + (query.resource_type.empty() ? "any" : query.resource_type) + " " +
        (query.resource_id.empty() ? "any" : query.resource_id));
  }
  if (query.from) add("from " + core::FormatInstant(*query.from));
  if (query.to) add("to " + core::FormatInstant(*query.to));
  add(std::to_string(shown) + " event(s) shown");
  return text;
}

}  // namespace

AuditTrailService::AuditTrailService(Store& store, const core::Clock& clock)
    : store_(store), clock_(clock) {}

core::Result<AuditView> AuditTrailService::Read(const Requester& requester,
                                                const AuditFilter& filter) const {
  if (!Permits(requester.principal, Resource::kAuditTrail, Action::kRead,
               InPartnership(requester))) {
    return RecordRefusal(
        store_, clock_, requester, "audit.read", {"audit_trail", ""},
        "role does not allow audit_trail:read",
        core::Error::Forbidden("Your role does not allow reading the audit trail."));
  }
  const bool user_filter = !filter.user.empty();
  const bool by_email = user_filter && filter.user.find('@') != std::string::npos;
  AuditQuery query;
  query.resource_type = filter.resource_type;
  query.resource_id = filter.resource_id;
  query.from = filter.from;
  query.to = filter.to;
  query.limit = kAuditPageLimit;
  std::optional<std::string> email;
  if (by_email) {
    auto normalized = NormalizeEmail(filter.user);
    if (!normalized.ok()) {
      return core::Error::InvalidInput("user", "Enter a user's number or email address.");
    }
    email = std::move(*normalized);
  } else if (user_filter) {
    query.user_id = ParseId(filter.user);
    if (!query.user_id) {
      return core::Error::InvalidInput("user", "Enter a user's number or email address.");
    }
  }

  return store_.Write([&](Transaction& tx) -> core::Result<AuditView> {
    AuditView view;
    bool nobody = false;  // an email with no account: no events, and no hint that it has none
    if (email) {
      auto user = tx.users().FindByEmail(*email);
      if (user.ok()) {
        query.user_id = user->id;
      } else if (user.error().code == core::ErrorCode::kNotFound) {
        nobody = true;
      } else {
        return user.error();
      }
    }
    if (!nobody) {
      ASSURE_ASSIGN_OR_RETURN(auto events, tx.audit().Query(requester.partnership_id(), query));
      view.events = std::move(events);
    }
    ASSURE_ASSIGN_OR_RETURN(auto members, tx.memberships(requester.partnership_id()).ListMembers());
    for (const auto& member : members) view.names[member.user.id] = member.user.display_name;
    ASSURE_TRY(Record(
        tx.audit(),
        MakeAuditEvent(requester.actor, "audit.read", AuditOutcome::kSuccess, clock_.Now(),
                       {"audit_trail", ""}, Describe(query, user_filter, view.events.size()))));
    return view;
  });
}

}  // namespace assure::domain
