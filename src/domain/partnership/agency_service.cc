#include "domain/partnership/agency_service.h"

#include <optional>
#include <string>
#include <utility>

#include "domain/text_rules.h"

namespace assure::domain {

namespace {

constexpr std::string_view kNotHere = "no such agency in this partnership";

AuditSubject AgencySubject(AgencyId id) { return {"agency", std::to_string(id)}; }

core::Error NotAllowed() {
  return core::Error::Forbidden("Your role does not allow this change to agencies.");
}

}  // namespace

AgencyService::AgencyService(Store& store, const core::Clock& clock)
    : store_(store), clock_(clock) {}

core::Result<std::vector<Agency>> AgencyService::List(const Requester& requester) const {
  if (!Permits(requester.principal, Resource::kAgency, Action::kRead, InPartnership(requester))) {
    return RecordRefusal(store_, clock_, requester, "agency.list", {"agency", ""},
                         "role does not allow agency:read", NotAllowed());
  }
  return store_.Read(
      [&](Transaction& tx) { return tx.agencies(requester.partnership_id()).List(); });
}

core::Result<Agency> AgencyService::Get(const Requester& requester, AgencyId id) const {
  auto agency =
      store_.Read([&](Transaction& tx) { return tx.agencies(requester.partnership_id()).Get(id); });
  if (!agency.ok()) {
    if (agency.error().code != core::ErrorCode::kNotFound) return agency.error();
    return RecordRefusal(store_, clock_, requester, "agency.read", AgencySubject(id),
                         std::string{kNotHere}, agency.error());
  }
  if (!Permits(requester.principal, Resource::kAgency, Action::kRead, InPartnership(requester))) {
    return RecordRefusal(store_, clock_, requester, "agency.read", AgencySubject(id),
                         "role does not allow agency:read", NotAllowed());
  }
  return agency;
}

core::Result<Agency> AgencyService::Create(const Requester& requester, NewAgency agency) const {
  if (!Permits(requester.principal, Resource::kAgency, Action::kCreate, InPartnership(requester))) {
    return RecordRefusal(store_, clock_, requester, "agency.create", {"agency", ""},
                         "role does not allow agency:create", NotAllowed());
  }
  agency.name = TrimName(agency.name);
  ASSURE_TRY(ValidateAgency(agency));
  return store_.Write([&](Transaction& tx) -> core::Result<Agency> {
    ASSURE_ASSIGN_OR_RETURN(auto created, tx.agencies(requester.partnership_id()).Create(agency));
    ASSURE_TRY(
        Record(tx.audit(), MakeAuditEvent(requester.actor, "agency.create", AuditOutcome::kSuccess,
                                          clock_.Now(), AgencySubject(created.id))));
    return created;
  });
}

core::Result<Agency> AgencyService::Update(const Requester& requester, Agency agency) const {
  agency.name = TrimName(agency.name);
  agency.partnership_id = requester.partnership_id();
  std::optional<std::string> refused;  // why, when the lambda refuses
  auto updated = store_.Write([&](Transaction& tx) -> core::Result<Agency> {
    auto& agencies = tx.agencies(requester.partnership_id());
    auto stored = agencies.Get(agency.id);
    if (!stored.ok()) {
      if (stored.error().code == core::ErrorCode::kNotFound) refused = kNotHere;
      return stored.error();
    }
    if (!Permits(requester.principal, Resource::kAgency, Action::kUpdate,
                 InPartnership(requester))) {
      refused = "role does not allow agency:update";
      return NotAllowed();
    }
    ASSURE_TRY(ValidateAgency(agency));
    ASSURE_ASSIGN_OR_RETURN(auto changed, agencies.Update(agency));
    ASSURE_TRY(
        Record(tx.audit(), MakeAuditEvent(requester.actor, "agency.update", AuditOutcome::kSuccess,
                                          clock_.Now(), AgencySubject(agency.id))));
    return changed;
  });
  if (!updated.ok() && refused) {
    return RecordRefusal(store_, clock_, requester, "agency.update", AgencySubject(agency.id),
                         *refused, updated.error());
  }
  return updated;
}

}  // namespace assure::domain
