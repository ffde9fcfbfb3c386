#include "domain/learning/dissemination_service.h"

#include <algorithm>
#include <map>
#include <utility>

#include "domain/learning/briefing_access.h"
#include "domain/london_date.h"

namespace assure::domain {

namespace {

// The agencies the asker may record for (all for the business unit).
std::vector<AgencyId> RecordableAgencies(const Requester& requester,
                                         const std::vector<std::pair<AgencyId, std::string>>& all) {
  std::vector<AgencyId> ids;
  for (const auto& [id, name] : all) {
    RecordScope scope = InPartnership(requester);
    scope.agency_id = id;
    if (Permits(requester.principal, Resource::kDissemination, Action::kCreate, scope)) {
      ids.push_back(id);
    }
  }
  return ids;
}

}  // namespace

core::Result<std::vector<std::pair<AgencyId, std::string>>> AgenciesByName(
    Transaction& tx, PartnershipId partnership) {
  ASSURE_ASSIGN_OR_RETURN(auto agencies, tx.agencies(partnership).List());
  std::vector<std::pair<AgencyId, std::string>> list;
  for (auto& agency : agencies) list.emplace_back(agency.id, std::move(agency.name));
  std::sort(list.begin(), list.end(),
            [](const auto& a, const auto& b) { return a.second < b.second; });
  return list;
}

core::Result<std::vector<UnconfirmedDissemination>> UnconfirmedIn(
    Transaction& tx, PartnershipId partnership,
    std::span<const std::pair<AgencyId, std::string>> agencies, CivilDate today,
    const WorkingCalendar& calendar) {
  std::vector<UnconfirmedDissemination> unconfirmed;
  if (agencies.empty()) return unconfirmed;
  BriefingQuery query;
  query.states = {BriefingState::kPublished};
  ASSURE_ASSIGN_OR_RETURN(const auto published, tx.briefings(partnership).List(query));
  if (published.empty()) return unconfirmed;
  ASSURE_ASSIGN_OR_RETURN(const auto records,
                          tx.briefings(partnership).Disseminations(std::nullopt));
  for (const Briefing& briefing : published) {
    if (!briefing.published_on) continue;
    std::vector<Dissemination> of_briefing;
    for (const auto& record : records) {
      if (record.briefing_id == briefing.id) of_briefing.push_back(record);
    }
    ASSURE_ASSIGN_OR_RETURN(const CivilDate due, ConfirmBy(calendar, *briefing.published_on));
    ASSURE_ASSIGN_OR_RETURN(
        const auto table,
        DisseminationTable(agencies, of_briefing, *briefing.published_on, today, calendar));
    for (const auto& line : table) {
      if (line.confirmed) continue;
      unconfirmed.push_back({briefing.id, briefing.content.title, line.agency_id, line.agency_name,
                             due, line.overdue});
    }
  }
  return unconfirmed;
}

core::Result<Dissemination> DisseminationService::Record(const Requester& requester, BriefingId id,
                                                         const NewDissemination& entry) const {
  const core::Instant now = clock_.Now();
  const CivilDate today = LondonDate(now);
  auto recorded = store_.Write([&](Transaction& tx) -> core::Result<Dissemination> {
    ASSURE_ASSIGN_OR_RETURN(const Briefing briefing, VisibleBriefing(tx, requester, id));
    RecordScope scope = InPartnership(requester);
    scope.agency_id = entry.agency_id;
    if (!Permits(requester.principal, Resource::kDissemination, Action::kCreate, scope)) {
      return core::Error::Forbidden("You may record only how your own agency shared it.");
    }
    if (briefing.state != BriefingState::kPublished || !briefing.published_on) {
      return core::Error::Conflict("Only a published briefing is shared.", "state");
    }
    ASSURE_TRY(ValidateDissemination(entry, *briefing.published_on, today));
    auto agency = tx.agencies(requester.partnership_id()).Get(entry.agency_id);
    if (!agency.ok()) {
      if (agency.error().code != core::ErrorCode::kNotFound) return agency.error();
      return core::Error::InvalidInput("agency_id", "Choose an agency of this partnership.");
    }
    Dissemination record;
    record.briefing_id = id;
    record.agency_id = entry.agency_id;
    record.shared_on = *entry.shared_on;
    record.method = *entry.method;
    record.staff_reached = *entry.staff_reached;
    record.recorded_by = requester.user_id();
    record.recorded_at = now;
    ASSURE_ASSIGN_OR_RETURN(Dissemination stored,
                            tx.briefings(requester.partnership_id()).AddDissemination(record));
    ASSURE_TRY(WriteBriefingAudit(tx, requester, now, "briefing.dissemination.record",
                                  BriefingSubject(id),
                                  "agency " + std::to_string(entry.agency_id)));
    return stored;
  });
  if (!recorded.ok() && (recorded.error().code == core::ErrorCode::kNotFound ||
                         recorded.error().code == core::ErrorCode::kForbidden)) {
    return RecordRefusal(store_, clock_, requester, "briefing.dissemination.record",
                         BriefingSubject(id), "not permitted or not found", recorded.error());
  }
  return recorded;
}

core::Result<DisseminationView> DisseminationService::Get(const Requester& requester,
                                                          BriefingId id) const {
  const core::Instant now = clock_.Now();
  const CivilDate today = LondonDate(now);
  auto view = store_.Write([&](Transaction& tx) -> core::Result<DisseminationView> {
    ASSURE_ASSIGN_OR_RETURN(Briefing briefing, VisibleBriefing(tx, requester, id));
    if (!Permits(requester.principal, Resource::kDissemination, Action::kRead,
                 InPartnership(requester))) {
      return core::Error::Forbidden("You may not read how agencies shared briefings.");
    }
    DisseminationView result;
    ASSURE_ASSIGN_OR_RETURN(result.records,
                            tx.briefings(requester.partnership_id()).Disseminations(id));
    ASSURE_ASSIGN_OR_RETURN(const auto agencies, AgenciesByName(tx, requester.partnership_id()));
    if (briefing.published_on) {
      ASSURE_ASSIGN_OR_RETURN(const auto settings, deadlines_.For(tx, requester.partnership_id()));
      ASSURE_ASSIGN_OR_RETURN(result.confirm_by,
                              ConfirmBy(settings.calendar, *briefing.published_on));
      ASSURE_ASSIGN_OR_RETURN(result.agencies,
                              DisseminationTable(agencies, result.records, *briefing.published_on,
                                                 today, settings.calendar));
      if (briefing.state == BriefingState::kPublished) {
        result.may_record_for = RecordableAgencies(requester, agencies);
      }
    }
    result.briefing = std::move(briefing);
    ASSURE_TRY(
        WriteBriefingAudit(tx, requester, now, "briefing.dissemination.read", BriefingSubject(id)));
    return result;
  });
  if (!view.ok() && (view.error().code == core::ErrorCode::kNotFound ||
                     view.error().code == core::ErrorCode::kForbidden)) {
    return RecordRefusal(store_, clock_, requester, "briefing.dissemination.read",
                         BriefingSubject(id), "not permitted or not found", view.error());
  }
  return view;
}

core::Result<std::vector<UnconfirmedDissemination>> DisseminationService::Unconfirmed(
    const Requester& requester) const {
  const CivilDate today = LondonDate(clock_.Now());
  return store_.Read([&](Transaction& tx) -> core::Result<std::vector<UnconfirmedDissemination>> {
    const PartnershipId partnership = requester.partnership_id();
    ASSURE_ASSIGN_OR_RETURN(const auto agencies, AgenciesByName(tx, partnership));
    const auto mine = RecordableAgencies(requester, agencies);
    if (mine.empty()) return std::vector<UnconfirmedDissemination>{};
    std::vector<std::pair<AgencyId, std::string>> listed;
    for (const auto& agency : agencies) {
      if (std::find(mine.begin(), mine.end(), agency.first) != mine.end()) listed.push_back(agency);
    }
    ASSURE_ASSIGN_OR_RETURN(const auto settings, deadlines_.For(tx, partnership));
    return UnconfirmedIn(tx, partnership, listed, today, settings.calendar);
  });
}

}  // namespace assure::domain
