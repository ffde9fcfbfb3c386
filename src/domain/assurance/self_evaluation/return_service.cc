#include "domain/assurance/self_evaluation/return_service.h"

#include <algorithm>
#include <map>
#include <utility>

#include "domain/assurance/assurance_access.h"
#include "domain/assurance/self_evaluation/return_loading.h"
#include "domain/london_date.h"
#include "domain/text_rules.h"

namespace assure::domain {

core::Result<Loaded> LoadReturn(Transaction& tx, const Requester& requester, RoundId round_id,
                                AgencyId agency) {
  const PartnershipId partnership = requester.partnership_id();
  Loaded loaded;
  auto round = tx.self_evaluations(partnership).GetRound(round_id);
  if (!round.ok()) {
    return round.error().code == core::ErrorCode::kNotFound ? NoSuchReturn() : round.error();
  }
  loaded.round = std::move(*round);
  if (!MayReadReturn(requester, loaded.round, agency)) return NoSuchReturn();
  auto ret = tx.self_evaluations(partnership).GetReturn(round_id, agency);
  if (!ret.ok()) {
    return ret.error().code == core::ErrorCode::kNotFound ? NoSuchReturn() : ret.error();
  }
  loaded.ret = std::move(*ret);
  ASSURE_ASSIGN_OR_RETURN(loaded.framework,
                          tx.assurance(partnership).GetFramework(loaded.round.framework_id));
  return loaded;
}

bool MayEdit(const Requester& requester, const Loaded& loaded) {
  return IsLeadOf(requester, loaded.ret.agency_id) && loaded.round.state == RoundState::kOpen &&
         loaded.ret.state == ReturnState::kDraft;
}

bool MayChallenge(const Requester& requester, const Loaded& loaded) {
  return MayRunAssurance(requester) && loaded.round.state == RoundState::kOpen &&
         loaded.ret.state == ReturnState::kSubmitted;
}

core::Status CheckEdit(const Requester& requester, const Loaded& loaded, Version version) {
  if (!IsLeadOf(requester, loaded.ret.agency_id)) {
    return core::Error::Forbidden("Only the agency's lead completes its return.");
  }
  if (loaded.ret.version != version) return StaleAssurance("return");
  if (!MayEdit(requester, loaded)) {
    return core::Error::Conflict("The return is submitted or its round is closed.", "state");
  }
  return core::Ok();
}

core::Status CheckChallenge(const Requester& requester, const Loaded& loaded) {
  if (!MayRunAssurance(requester)) {
    return core::Error::Forbidden("Only the business unit challenges a return.");
  }
  if (!MayChallenge(requester, loaded)) {
    return core::Error::Conflict("Only a submitted return of an open round is challenged.",
                                 "state");
  }
  return core::Ok();
}

const Standard* StandardOf(const StandardsFramework& framework, StandardId id) {
  for (const Standard& standard : framework.standards) {
    if (standard.id == id) return &standard;
  }
  return nullptr;
}

core::Result<Challenge> FindChallenge(Transaction& tx, const Requester& requester,
                                      const Loaded& loaded, ChallengeId id) {
  ASSURE_ASSIGN_OR_RETURN(
      auto challenges, tx.self_evaluations(requester.partnership_id()).Challenges(loaded.ret.id));
  for (Challenge& challenge : challenges) {
    if (challenge.id == id) return std::move(challenge);
  }
  return core::Error::NotFound("There is no such challenge.");
}

core::Result<ReturnView> ReturnService::Get(const Requester& requester, RoundId round,
                                            AgencyId agency) const {
  const core::Instant now = clock_.Now();
  auto view = store_.Write([&](Transaction& tx) -> core::Result<ReturnView> {
    ASSURE_ASSIGN_OR_RETURN(Loaded loaded, LoadReturn(tx, requester, round, agency));
    auto& repository = tx.self_evaluations(requester.partnership_id());
    ReturnView result;
    ASSURE_ASSIGN_OR_RETURN(result.evidence, repository.Evidence(loaded.ret.id));
    ASSURE_ASSIGN_OR_RETURN(result.challenges, repository.Challenges(loaded.ret.id));
    ASSURE_ASSIGN_OR_RETURN(result.actions,
                            tx.actions(requester.partnership_id())
                                .ForSource(SourceKind::kSelfEvaluation, loaded.ret.id));
    ASSURE_ASSIGN_OR_RETURN(const Agency named,
                            tx.agencies(requester.partnership_id()).Get(agency));
    result.agency_name = named.name;
    result.overdue = IsOverdue(loaded.round, loaded.ret, LondonDate(now));
    result.may_edit = MayEdit(requester, loaded);
    result.may_answer = IsLeadOf(requester, agency) && loaded.round.state == RoundState::kOpen;
    result.may_challenge = MayChallenge(requester, loaded);
    result.round = std::move(loaded.round);
    result.framework = std::move(loaded.framework);
    result.ret = std::move(loaded.ret);
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.return.read",
                                   ReturnSubject(round, agency)));
    return result;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.return.read",
                      ReturnSubject(round, agency), std::move(view));
}

core::Result<Return> ReturnService::Save(const Requester& requester, RoundId round, AgencyId agency,
                                         Version version, std::vector<ReturnAnswer> answers) const {
  const core::Instant now = clock_.Now();
  auto saved = store_.Write([&](Transaction& tx) -> core::Result<Return> {
    ASSURE_ASSIGN_OR_RETURN(Loaded loaded, LoadReturn(tx, requester, round, agency));
    ASSURE_TRY(CheckEdit(requester, loaded, version));
    ASSURE_TRY(ValidateAnswers(loaded.framework, answers));
    for (const ReturnAnswer& given : answers) {
      for (ReturnAnswer& stored : loaded.ret.answers) {
        if (stored.standard_id != given.standard_id) continue;
        stored.rating = given.rating;
        stored.narrative = given.narrative;
      }
    }
    loaded.ret.updated_at = now;
    ASSURE_ASSIGN_OR_RETURN(
        Return stored, tx.self_evaluations(requester.partnership_id()).UpdateReturn(loaded.ret));
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.return.save",
                                   ReturnSubject(round, agency)));
    return stored;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.return.save",
                      ReturnSubject(round, agency), std::move(saved));
}

core::Result<Return> ReturnService::Submit(const Requester& requester, RoundId round,
                                           AgencyId agency, Version version) const {
  const core::Instant now = clock_.Now();
  auto submitted = store_.Write([&](Transaction& tx) -> core::Result<Return> {
    ASSURE_ASSIGN_OR_RETURN(Loaded loaded, LoadReturn(tx, requester, round, agency));
    ASSURE_TRY(CheckEdit(requester, loaded, version));
    auto& repository = tx.self_evaluations(requester.partnership_id());
    ASSURE_ASSIGN_OR_RETURN(const auto evidence, repository.Evidence(loaded.ret.id));
    std::map<StandardId, int> counts;
    for (const ReturnEvidence& file : evidence) ++counts[file.standard_id];
    const std::vector<std::pair<StandardId, int>> count_list(counts.begin(), counts.end());
    ASSURE_TRY(ValidateSubmission(loaded.framework, loaded.ret, count_list));
    const CivilDate today = LondonDate(now);
    loaded.ret.state = ReturnState::kSubmitted;
    loaded.ret.submitted_on = today;
    if (!loaded.ret.first_submitted_on) loaded.ret.first_submitted_on = today;
    loaded.ret.submitted_by = requester.user_id();
    loaded.ret.updated_at = now;
    ASSURE_ASSIGN_OR_RETURN(Return stored, repository.UpdateReturn(loaded.ret));
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.return.submit",
                                   ReturnSubject(round, agency),
                                   IsOnTime(loaded.round, stored) ? "on time" : "late"));
    return stored;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.return.submit",
                      ReturnSubject(round, agency), std::move(submitted));
}

core::Result<Return> ReturnService::Reopen(const Requester& requester, RoundId round,
                                           AgencyId agency, Version version,
                                           std::string reason) const {
  const core::Instant now = clock_.Now();
  auto reopened = store_.Write([&](Transaction& tx) -> core::Result<Return> {
    ASSURE_ASSIGN_OR_RETURN(Loaded loaded, LoadReturn(tx, requester, round, agency));
    ASSURE_TRY(CheckChallenge(requester, loaded));
    if (loaded.ret.version != version) return StaleAssurance("return");
    ASSURE_TRY(ValidateLongText("reason", reason, 2000, true));
    loaded.ret.state = ReturnState::kDraft;
    loaded.ret.submitted_on.reset();
    loaded.ret.submitted_by.reset();
    loaded.ret.reopen_reason = reason;
    loaded.ret.updated_at = now;
    ASSURE_ASSIGN_OR_RETURN(
        Return stored, tx.self_evaluations(requester.partnership_id()).UpdateReturn(loaded.ret));
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.return.reopen",
                                   ReturnSubject(round, agency)));
    return stored;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.return.reopen",
                      ReturnSubject(round, agency), std::move(reopened));
}

}  // namespace assure::domain
