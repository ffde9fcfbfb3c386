#include "domain/assurance/self_evaluation/round_service.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

#include "domain/assurance/assurance_access.h"
#include "domain/london_date.h"
#include "domain/text_rules.h"

namespace assure::domain {

namespace {

core::Error MayNotRun() {
  return core::Error::Forbidden("Only the business unit opens and closes rounds.");
}

// The activity a new round belongs to: the one named (a self-evaluation round activity), moved
// to open when planned; otherwise a new open one.
core::Result<ActivityId> RoundActivity(Transaction& tx, const Requester& requester,
                                       const NewRound& round, CivilDate today, core::Instant now) {
  auto& repository = tx.assurance(requester.partnership_id());
  if (round.activity_id) {
    auto found = repository.GetActivity(*round.activity_id);
    if (!found.ok() && found.error().code != core::ErrorCode::kNotFound) return found.error();
    if (!found.ok() || found->content.kind != ActivityKind::kSelfEvaluationRound) {
      return core::Error::InvalidInput("activity_id",
                                       "Choose a self-evaluation round of the framework.");
    }
    if (found->state == ActivityState::kPlanned) {
      found->state = ActivityState::kOpen;
      found->updated_at = now;
      ASSURE_TRY(repository.UpdateActivity(*found));
    }
    return found->id;
  }
  Activity activity;
  activity.content.kind = ActivityKind::kSelfEvaluationRound;
  activity.content.title = round.title;
  activity.content.agency_ids = round.agency_ids;
  activity.content.starts_on = today;
  activity.content.ends_on = round.due_on;
  activity.state = ActivityState::kOpen;
  activity.created_by = requester.user_id();
  activity.created_at = now;
  activity.updated_at = now;
  ASSURE_ASSIGN_OR_RETURN(const Activity stored, repository.CreateActivity(activity));
  return stored.id;
}

}  // namespace

core::Result<Round> RoundService::Open(const Requester& requester, NewRound input) const {
  const core::Instant now = clock_.Now();
  const CivilDate today = LondonDate(now);
  input.title = TrimName(input.title);
  auto opened = store_.Write([&](Transaction& tx) -> core::Result<Round> {
    if (!MayRunAssurance(requester)) return MayNotRun();
    ASSURE_TRY(ValidateNewRound(input, today));
    const PartnershipId partnership = requester.partnership_id();
    auto framework = tx.assurance(partnership).GetFramework(*input.framework_id);
    if (!framework.ok()) {
      if (framework.error().code != core::ErrorCode::kNotFound) return framework.error();
      return core::Error::InvalidInput("framework_id", "Choose a framework of this partnership.");
    }
    ASSURE_ASSIGN_OR_RETURN(const auto names, AgencyNames(tx, partnership));
    for (const AgencyId agency : input.agency_ids) {
      if (!names.contains(agency)) {
        return core::Error::InvalidInput("agency_ids", "Choose agencies of this partnership.");
      }
    }
    Round round;
    ASSURE_ASSIGN_OR_RETURN(round.activity_id, RoundActivity(tx, requester, input, today, now));
    ASSURE_ASSIGN_OR_RETURN(const auto rounds, tx.self_evaluations(partnership).ListRounds());
    for (const Round& other : rounds) {
      if (other.activity_id == round.activity_id) {
        return core::Error::InvalidInput("activity_id", "That activity has a round already.");
      }
    }
    round.framework_id = framework->id;
    round.title = input.title;
    round.opened_on = today;
    round.due_on = *input.due_on;
    round.agency_ids = input.agency_ids;
    round.opened_by = requester.user_id();
    ASSURE_ASSIGN_OR_RETURN(
        Round stored,
        tx.self_evaluations(partnership).CreateRound(round, framework->standards, now));
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.round.open",
                                   RoundSubject(stored.id),
                                   std::to_string(stored.agency_ids.size()) + " agencies"));
    return stored;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.round.open", RoundSubject(0),
                      std::move(opened));
}

core::Result<std::vector<Round>> RoundService::List(const Requester& requester) const {
  return store_.Read([&](Transaction& tx) -> core::Result<std::vector<Round>> {
    if (!MayReadAssurance(requester)) {
      return core::Error::Forbidden("You may not read self-evaluation rounds.");
    }
    return tx.self_evaluations(requester.partnership_id()).ListRounds();
  });
}

core::Result<EvaluationRoundView> RoundService::Get(const Requester& requester, RoundId id) const {
  const core::Instant now = clock_.Now();
  auto view = store_.Write([&](Transaction& tx) -> core::Result<EvaluationRoundView> {
    if (!MayReadAssurance(requester)) return NoSuchRound();
    const PartnershipId partnership = requester.partnership_id();
    EvaluationRoundView result;
    ASSURE_ASSIGN_OR_RETURN(result.round, tx.self_evaluations(partnership).GetRound(id));
    ASSURE_ASSIGN_OR_RETURN(result.framework,
                            tx.assurance(partnership).GetFramework(result.round.framework_id));
    ASSURE_ASSIGN_OR_RETURN(const auto returns, tx.self_evaluations(partnership).Returns(id));
    ASSURE_ASSIGN_OR_RETURN(const auto names, AgencyNames(tx, partnership));
    std::vector<std::pair<AgencyId, std::string>> readable;
    for (const AgencyId agency : result.round.agency_ids) {
      if (MayReadReturn(requester, result.round, agency))
        readable.emplace_back(agency, names.at(agency));
    }
    std::sort(readable.begin(), readable.end(),
              [](const auto& a, const auto& b) { return a.second < b.second; });
    result.matrix = BuildMatrix(result.round, result.framework, readable, returns, LondonDate(now));
    result.may_close = MayRunAssurance(requester) && result.round.state == RoundState::kOpen;
    result.may_share = Permits(requester.principal, Resource::kAssuranceSharing, Action::kUpdate,
                               InPartnership(requester)) &&
                       result.round.state == RoundState::kClosed && !result.round.shared;
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.round.read", RoundSubject(id),
                                   std::to_string(readable.size()) + " returns"));
    return result;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.round.read", RoundSubject(id),
                      std::move(view));
}

core::Result<Round> RoundService::Close(const Requester& requester, RoundId id,
                                        Version version) const {
  const core::Instant now = clock_.Now();
  auto closed = store_.Write([&](Transaction& tx) -> core::Result<Round> {
    if (!MayRunAssurance(requester)) return MayNotRun();
    auto& repository = tx.self_evaluations(requester.partnership_id());
    ASSURE_ASSIGN_OR_RETURN(Round round, repository.GetRound(id));
    if (round.version != version) return StaleAssurance("round");
    if (round.state != RoundState::kOpen) {
      return core::Error::Conflict("The round is closed already.", "state");
    }
    round.state = RoundState::kClosed;
    round.closed_on = LondonDate(now);
    ASSURE_ASSIGN_OR_RETURN(Round stored, repository.UpdateRound(round));
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.round.close", RoundSubject(id)));
    return stored;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.round.close", RoundSubject(id),
                      std::move(closed));
}

core::Result<Round> RoundService::Share(const Requester& requester, RoundId id,
                                        Version version) const {
  const core::Instant now = clock_.Now();
  auto shared = store_.Write([&](Transaction& tx) -> core::Result<Round> {
    if (!Permits(requester.principal, Resource::kAssuranceSharing, Action::kUpdate,
                 InPartnership(requester))) {
      return core::Error::Forbidden("Only the business manager shares a round's ratings.");
    }
    auto& repository = tx.self_evaluations(requester.partnership_id());
    ASSURE_ASSIGN_OR_RETURN(Round round, repository.GetRound(id));
    if (round.version != version) return StaleAssurance("round");
    if (round.state != RoundState::kClosed || round.shared) {
      return core::Error::Conflict("Only a closed round not yet shared can be shared.", "state");
    }
    round.shared = true;
    ASSURE_ASSIGN_OR_RETURN(Round stored, repository.UpdateRound(round));
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.round.share", RoundSubject(id)));
    return stored;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.round.share", RoundSubject(id),
                      std::move(shared));
}

core::Result<std::vector<TrendPoint>> RoundService::Trend(const Requester& requester,
                                                          AgencyId agency) const {
  const core::Instant now = clock_.Now();
  auto trend = store_.Write([&](Transaction& tx) -> core::Result<std::vector<TrendPoint>> {
    if (!MayReadAssurance(requester)) {
      return core::Error::Forbidden("You may not read self-evaluation returns.");
    }
    const PartnershipId partnership = requester.partnership_id();
    ASSURE_ASSIGN_OR_RETURN(const auto returns,
                            tx.self_evaluations(partnership).ReturnsOfAgency(agency));
    std::vector<TrendPoint> points;
    for (const Return& ret : returns) {
      if (ret.state != ReturnState::kSubmitted) continue;
      ASSURE_ASSIGN_OR_RETURN(const Round round,
                              tx.self_evaluations(partnership).GetRound(ret.round_id));
      if (!MayReadReturn(requester, round, agency)) continue;
      ASSURE_ASSIGN_OR_RETURN(const auto framework,
                              tx.assurance(partnership).GetFramework(round.framework_id));
      TrendPoint point{round.id, round.title, round.opened_on, framework.content.scale, {}};
      for (const Standard& standard : framework.standards) {
        for (const ReturnAnswer& answer : ret.answers) {
          if (answer.standard_id != standard.id) continue;
          point.ratings.emplace_back(standard.text.code, std::string{EffectiveRating(answer)});
        }
      }
      points.push_back(std::move(point));
    }
    std::sort(points.begin(), points.end(), [](const TrendPoint& a, const TrendPoint& b) {
      return a.opened_on < b.opened_on || (a.opened_on == b.opened_on && a.round_id < b.round_id);
    });
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.trend.read",
                                   {"agency", std::to_string(agency)},
                                   std::to_string(points.size()) + " returns"));
    return points;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.trend.read",
                      {"agency", std::to_string(agency)}, std::move(trend));
}

core::Result<std::vector<DueReturn>> RoundService::Due(const Requester& requester) const {
  const CivilDate today = LondonDate(clock_.Now());
  return store_.Read([&](Transaction& tx) -> core::Result<std::vector<DueReturn>> {
    std::vector<DueReturn> due;
    const bool business_unit = MayRunAssurance(requester);
    if (!business_unit &&
        !MayEver(requester.principal, Resource::kAssuranceReturn, Action::kUpdate)) {
      return due;
    }
    const PartnershipId partnership = requester.partnership_id();
    ASSURE_ASSIGN_OR_RETURN(const auto rounds, tx.self_evaluations(partnership).ListRounds());
    std::map<RoundId, const Round*> open;
    for (const Round& round : rounds) {
      if (round.state == RoundState::kOpen) open.emplace(round.id, &round);
    }
    if (open.empty()) return due;
    ASSURE_ASSIGN_OR_RETURN(const auto names, AgencyNames(tx, partnership));
    ASSURE_ASSIGN_OR_RETURN(const auto returns,
                            tx.self_evaluations(partnership).Returns(std::nullopt));
    for (const Return& ret : returns) {
      const auto round = open.find(ret.round_id);
      if (round == open.end()) continue;
      const bool overdue = IsOverdue(*round->second, ret, today);
      const bool mine = IsLeadOf(requester, ret.agency_id) && ret.state == ReturnState::kDraft;
      const bool to_challenge = business_unit && ret.state == ReturnState::kSubmitted;
      if (!mine && !to_challenge && !(business_unit && overdue)) continue;
      due.push_back({ret.round_id, round->second->title, ret.agency_id, names.at(ret.agency_id),
                     round->second->due_on, ret.state, overdue});
    }
    std::sort(due.begin(), due.end(), [](const DueReturn& a, const DueReturn& b) {
      return std::tie(a.due_on, a.round_id, a.agency_name) <
             std::tie(b.due_on, b.round_id, b.agency_name);
    });
    return due;
  });
}

}  // namespace assure::domain
