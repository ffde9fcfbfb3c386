// ActionService: the lists of actions (the filtered list, its export and an agency lead's own
// actions), each read in a read transaction and then audited. The rest is action_service.cc.
#include <algorithm>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "domain/actions/action_service.h"
#include "domain/london_date.h"

namespace assure::domain {

namespace {

core::Error NoActions(Action action) {
  return core::Error::Forbidden(action == Action::kExport
                                    ? "Your role does not allow you to export actions."
                                    : "Your role does not allow you to see actions.");
}

// The page `query` asks for, of the actions owned by `agencies` (sorted, unique) only.
core::Result<ActionPage> ListOwn(ActionRepository& actions, ActionQuery query,
                                 const std::vector<AgencyId>& agencies) {
  if (query.offset < 0) {
    return core::Error::InvalidInput("offset", "The offset cannot be negative.");
  }
  if (query.limit < 0) return core::Error::InvalidInput("limit", "The limit cannot be negative.");
  if (query.owner_agency_id) {
    if (!std::binary_search(agencies.begin(), agencies.end(), *query.owner_agency_id)) {
      return ActionPage{};
    }
    return actions.List(query);
  }
  if (agencies.size() == 1) {
    query.owner_agency_id = agencies.front();
    return actions.List(query);
  }
  // Several agencies: the first offset + limit of each, merged in the list's order, then the page.
  ActionPage all;
  for (AgencyId agency : agencies) {
    ActionQuery one = query;
    one.owner_agency_id = agency;
    one.offset = 0;
    one.limit = query.limit == 0 ? 0 : query.offset + query.limit;
    ASSURE_ASSIGN_OR_RETURN(auto page, actions.List(one));
    all.total += page.total;
    for (PlanAction& action : page.actions) all.actions.push_back(std::move(action));
  }
  std::sort(all.actions.begin(), all.actions.end(), [](const PlanAction& a, const PlanAction& b) {
    return std::tie(a.due_on, a.id) < std::tie(b.due_on, b.id);
  });
  const auto size = static_cast<std::int64_t>(all.actions.size());
  const std::int64_t from = std::min(query.offset, size);
  const std::int64_t to = query.limit == 0 ? size : std::min(from + query.limit, size);
  all.actions = std::vector<PlanAction>(all.actions.begin() + from, all.actions.begin() + to);
  return all;
}

std::vector<RatedAction> RateAll(std::vector<PlanAction> actions, CivilDate today,
                                 const WorkingCalendar& calendar) {
  std::vector<RatedAction> rated;
  rated.reserve(actions.size());
  for (PlanAction& action : actions) rated.push_back(Rate(std::move(action), today, calendar));
  return rated;
}

}  // namespace

core::Result<RatedActionPage> ActionService::List(const Requester& requester,
                                                  ActionQuery query) const {
  return ListAudited(requester, std::move(query), Action::kRead);
}

core::Result<RatedActionPage> ActionService::Export(const Requester& requester,
                                                    ActionQuery query) const {
  query.offset = 0;
  query.limit = 0;
  return ListAudited(requester, std::move(query), Action::kExport);
}

core::Result<RatedActionPage> ActionService::ListAudited(const Requester& requester,
                                                         ActionQuery query, Action action) const {
  const std::string audit = action == Action::kExport ? "action.export" : "action.list";
  if (!MayEver(requester.principal, Resource::kAction, action)) {
    return RecordRefusal(store_, clock_, requester, audit, AnyActionSubject(),
                         "role does not allow action:" + std::string{ActionName(action)},
                         NoActions(action));
  }
  const PartnershipId partnership = requester.partnership_id();
  // Reading needs no write lock: many lists run at once, and only the audit event is serialised.
  ASSURE_ASSIGN_OR_RETURN(
      auto page, store_.Read([&](Transaction& tx) -> core::Result<RatedActionPage> {
        auto& actions = tx.actions(partnership);
        ASSURE_ASSIGN_OR_RETURN(
            auto listed,
            Permits(requester.principal, Resource::kAction, action, InPartnership(requester))
                ? actions.List(query)
                : ListOwn(actions, query, OwnAgencies(requester.principal, action)));
        ASSURE_ASSIGN_OR_RETURN(auto settings, deadlines_.For(tx, partnership));
        return RatedActionPage{
            RateAll(std::move(listed.actions), LondonDate(clock_.Now()), settings.calendar),
            listed.total};
      }));
  ASSURE_TRY(store_.Write([&](Transaction& tx) {
    return WriteActionAudit(tx, requester, clock_.Now(), audit, AnyActionSubject());
  }));
  return page;
}

core::Result<std::vector<RatedAction>> ActionService::MyActions(const Requester& requester) const {
  const std::vector<AgencyId> agencies = OwnAgencies(requester.principal, Action::kRead);
  if (agencies.empty()) {
    return RecordRefusal(
        store_, clock_, requester, "action.list", AnyActionSubject(), "no agency lead membership",
        core::Error::Forbidden("Only an agency's safeguarding lead has actions for their agency."));
  }
  const PartnershipId partnership = requester.partnership_id();
  ASSURE_ASSIGN_OR_RETURN(
      auto mine, store_.Read([&](Transaction& tx) -> core::Result<std::vector<RatedAction>> {
        ActionQuery query;
        query.open = true;
        query.limit = 0;
        ASSURE_ASSIGN_OR_RETURN(auto listed, ListOwn(tx.actions(partnership), query, agencies));
        ASSURE_ASSIGN_OR_RETURN(auto settings, deadlines_.For(tx, partnership));
        return RateAll(std::move(listed.actions), LondonDate(clock_.Now()), settings.calendar);
      }));
  ASSURE_TRY(store_.Write([&](Transaction& tx) {
    return WriteActionAudit(tx, requester, clock_.Now(), "action.list", AnyActionSubject());
  }));
  return mine;
}

}  // namespace assure::domain
