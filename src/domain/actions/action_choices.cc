#include "domain/actions/action_choices.h"

#include <algorithm>
#include <set>
#include <utility>

#include "domain/actions/action_access.h"

namespace assure::domain {

namespace {

const AuditSubject kAnyAction{"action", ""};

}  // namespace

ActionChoiceService::ActionChoiceService(Store& store, const core::Clock& clock)
    : store_(store), clock_(clock) {}

core::Result<ActionFormChoices> ActionChoiceService::FormChoices(const Requester& requester) const {
  const bool may_plan =
      Permits(requester.principal, Resource::kAction, Action::kCreate, InPartnership(requester)) ||
      MayManageActions(requester);
  if (!may_plan) {
    return RecordRefusal(
        store_, clock_, requester, "action.sources.read", kAnyAction,
        "role does not allow planning actions",
        core::Error::Forbidden("Only the business unit chooses the sources of actions."));
  }
  const PartnershipId partnership = requester.partnership_id();
  return store_.Write([&](Transaction& tx) -> core::Result<ActionFormChoices> {
    ActionFormChoices choices;

    ASSURE_ASSIGN_OR_RETURN(auto members, tx.memberships(partnership).ListMembers());
    std::set<UserId> seen;
    for (const Member& member : members) {
      if (member.user.disabled || !seen.insert(member.user.id).second) continue;
      choices.leads.push_back({member.user.id, member.user.display_name});
    }

    CaseQuery query;
    query.limit = 0;
    ASSURE_ASSIGN_OR_RETURN(auto cases, tx.cases(partnership).List(query));
    std::vector<CaseId> ids;
    for (const Case& record : cases.cases) ids.push_back(record.id);
    auto& records = tx.review_records(partnership);
    ASSURE_ASSIGN_OR_RETURN(auto rapid, records.RapidReviewsFor(ids));
    ASSURE_ASSIGN_OR_RETURN(auto full, records.FullReviewsFor(ids));
    std::set<CaseId> with_rapid;
    for (const RapidReview& review : rapid) with_rapid.insert(review.case_id);
    std::set<CaseId> with_full;
    for (const FullReview& review : full) with_full.insert(review.case_id);

    for (const Case& record : cases.cases) {
      if (with_rapid.contains(record.id)) {
        choices.rapid_reviews.push_back({record.id, record.reference});
      }
      if (!with_full.contains(record.id)) continue;
      ASSURE_ASSIGN_OR_RETURN(auto review, records.GetFullReview(record.id));
      if (!review) continue;
      std::vector<Recommendation> recommendations = (review)->recommendations;
      std::sort(
          recommendations.begin(), recommendations.end(),
          [](const Recommendation& a, const Recommendation& b) { return a.number < b.number; });
      for (Recommendation& recommendation : recommendations) {
        choices.recommendations.push_back({recommendation.id, record.id, record.reference,
                                           recommendation.number, std::move(recommendation.text)});
      }
    }
    ASSURE_TRY(WriteActionAudit(tx, requester, clock_.Now(), "action.sources.read", kAnyAction));
    return choices;
  });
}

core::Result<std::vector<std::string>> ActionChoiceService::Themes(
    const Requester& requester) const {
  if (!MayEver(requester.principal, Resource::kAction, Action::kRead)) {
    return core::Error::Forbidden("Your role does not allow you to see actions.");
  }
  const PartnershipId partnership = requester.partnership_id();
  return store_.Read([&](Transaction& tx) { return tx.themes(partnership).List(); });
}

core::Result<std::map<UserId, std::string>> ActionChoiceService::PeopleNames(
    const Requester& requester, std::span<const UserId> ids) const {
  if (!MayEver(requester.principal, Resource::kAction, Action::kRead)) {
    return core::Error::Forbidden("Your role does not allow you to see actions.");
  }
  const PartnershipId partnership = requester.partnership_id();
  return store_.Read([&](Transaction& tx) -> core::Result<std::map<UserId, std::string>> {
    std::map<UserId, std::string> names;
    for (const UserId id : std::set<UserId>(ids.begin(), ids.end())) {
      if (id == requester.user_id()) {
        names[id] = "You";
        continue;
      }
      auto user = tx.memberships(partnership).GetMemberUser(id);
      if (user.ok()) {
        names[id] = user->display_name;
      } else if (user.error().code != core::ErrorCode::kNotFound) {
        return user.error();
      }
    }
    return names;
  });
}

}  // namespace assure::domain
