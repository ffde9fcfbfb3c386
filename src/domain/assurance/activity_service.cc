#include "domain/assurance/activity_service.h"

#include <algorithm>
#include <set>
#include <utility>

#include "domain/assurance/assurance_access.h"
#include "domain/london_date.h"
#include "domain/text_rules.h"

namespace assure::domain {

namespace {

core::Error MayNotRun() {
  return core::Error::Forbidden("Only the business unit plans quality assurance activities.");
}

}  // namespace

ActivityContent Normalised(ActivityContent content) {
  content.title = TrimName(content.title);
  for (std::string& theme : content.themes) theme = TrimName(theme);
  return content;
}

core::Result<Activity> ActivityService::Create(const Requester& requester,
                                               ActivityContent content) const {
  const core::Instant now = clock_.Now();
  content = Normalised(std::move(content));
  auto created = store_.Write([&](Transaction& tx) -> core::Result<Activity> {
    if (!MayRunAssurance(requester)) return MayNotRun();
    ASSURE_TRY(ValidateActivity(content));
    Activity activity;
    activity.content = content;
    activity.created_by = requester.user_id();
    activity.created_at = now;
    activity.updated_at = now;
    ASSURE_ASSIGN_OR_RETURN(Activity stored,
                            tx.assurance(requester.partnership_id()).CreateActivity(activity));
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.activity.create",
                                   ActivitySubject(stored.id)));
    return stored;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.activity.create",
                      {"assurance_activity", ""}, std::move(created));
}

core::Result<Activity> ActivityService::Get(const Requester& requester, ActivityId id) const {
  const core::Instant now = clock_.Now();
  auto activity = store_.Write([&](Transaction& tx) -> core::Result<Activity> {
    if (!MayReadAssurance(requester)) return NoSuchActivity();
    ASSURE_ASSIGN_OR_RETURN(Activity stored,
                            tx.assurance(requester.partnership_id()).GetActivity(id));
    ASSURE_TRY(
        WriteAssuranceAudit(tx, requester, now, "assurance.activity.read", ActivitySubject(id)));
    return stored;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.activity.read", ActivitySubject(id),
                      std::move(activity));
}

core::Result<std::vector<Activity>> ActivityService::List(const Requester& requester,
                                                          std::optional<int> year,
                                                          std::optional<ActivityKind> kind) const {
  const core::Instant now = clock_.Now();
  auto list = store_.Write([&](Transaction& tx) -> core::Result<std::vector<Activity>> {
    if (!MayReadAssurance(requester)) {
      return core::Error::Forbidden("You may not read the quality assurance framework.");
    }
    ActivityQuery query;
    if (year) {
      query.starts_from =
          CivilDate{std::chrono::year{*year}, std::chrono::April, std::chrono::day{1}};
      query.starts_before =
          CivilDate{std::chrono::year{*year + 1}, std::chrono::April, std::chrono::day{1}};
    }
    query.kind = kind;
    ASSURE_ASSIGN_OR_RETURN(auto activities,
                            tx.assurance(requester.partnership_id()).ListActivities(query));
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.activity.list",
                                   {"assurance_activity", ""},
                                   year ? "year " + std::to_string(*year) : std::string{}));
    return activities;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.activity.list",
                      {"assurance_activity", ""}, std::move(list));
}

core::Result<Activity> ActivityService::Update(const Requester& requester, ActivityId id,
                                               Version version, ActivityContent content) const {
  const core::Instant now = clock_.Now();
  content = Normalised(std::move(content));
  auto updated = store_.Write([&](Transaction& tx) -> core::Result<Activity> {
    if (!MayRunAssurance(requester)) return MayNotRun();
    auto& repository = tx.assurance(requester.partnership_id());
    ASSURE_ASSIGN_OR_RETURN(Activity activity, repository.GetActivity(id));
    if (activity.version != version) return StaleAssurance("activity");
    if (content.kind && *content.kind != *activity.content.kind) {
      return core::Error::InvalidInput("kind", "The kind of an activity cannot change.");
    }
    content.kind = activity.content.kind;
    ASSURE_TRY(ValidateActivity(content));
    activity.content = content;
    activity.updated_at = now;
    ASSURE_ASSIGN_OR_RETURN(Activity stored, repository.UpdateActivity(activity));
    ASSURE_TRY(
        WriteAssuranceAudit(tx, requester, now, "assurance.activity.update", ActivitySubject(id)));
    return stored;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.activity.update", ActivitySubject(id),
                      std::move(updated));
}

core::Result<Activity> ActivityService::Move(const Requester& requester, ActivityId id,
                                             Version version, ActivityState to) const {
  const core::Instant now = clock_.Now();
  auto moved = store_.Write([&](Transaction& tx) -> core::Result<Activity> {
    if (!MayRunAssurance(requester)) return MayNotRun();
    auto& repository = tx.assurance(requester.partnership_id());
    ASSURE_ASSIGN_OR_RETURN(Activity activity, repository.GetActivity(id));
    if (activity.version != version) return StaleAssurance("activity");
    if (!MayMoveActivity(activity.state, to)) {
      return core::Error::Conflict("An activity moves one state forward or back at a time.",
                                   "state");
    }
    const ActivityState from = activity.state;
    activity.state = to;
    activity.completed_on =
        to == ActivityState::kClosed ? std::optional{LondonDate(now)} : std::nullopt;
    activity.updated_at = now;
    ASSURE_ASSIGN_OR_RETURN(Activity stored, repository.UpdateActivity(activity));
    ASSURE_TRY(WriteAssuranceAudit(
        tx, requester, now, "assurance.activity.state", ActivitySubject(id),
        std::string{ActivityStateName(from)} + " -> " + std::string{ActivityStateName(to)}));
    return stored;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.activity.state", ActivitySubject(id),
                      std::move(moved));
}

core::Result<AssuranceChoices> ActivityService::Choices(const Requester& requester) const {
  return store_.Read([&](Transaction& tx) -> core::Result<AssuranceChoices> {
    if (!MayReadAssurance(requester)) {
      return core::Error::Forbidden("You may not read the quality assurance framework.");
    }
    const PartnershipId partnership = requester.partnership_id();
    AssuranceChoices choices;
    ASSURE_ASSIGN_OR_RETURN(const auto members, tx.memberships(partnership).ListMembers());
    std::set<UserId> seen;
    for (const Member& member : members) {
      if (member.user.disabled || !seen.insert(member.user.id).second) continue;
      choices.people.emplace_back(member.user.id, member.user.display_name);
    }
    ASSURE_ASSIGN_OR_RETURN(auto agencies, tx.agencies(partnership).List());
    for (auto& agency : agencies) choices.agencies.emplace_back(agency.id, std::move(agency.name));
    const auto by_name = [](const auto& a, const auto& b) { return a.second < b.second; };
    std::sort(choices.people.begin(), choices.people.end(), by_name);
    std::sort(choices.agencies.begin(), choices.agencies.end(), by_name);
    ASSURE_ASSIGN_OR_RETURN(choices.themes, tx.themes(partnership).List());
    ASSURE_ASSIGN_OR_RETURN(choices.activities,
                            tx.assurance(partnership).ListActivities(ActivityQuery{}));
    return choices;
  });
}

}  // namespace assure::domain
