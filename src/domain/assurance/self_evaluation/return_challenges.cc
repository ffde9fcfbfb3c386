// ReturnService's evidence and challenge step (return_service.h).
#include <utility>

#include "domain/assurance/assurance_access.h"
#include "domain/assurance/self_evaluation/return_loading.h"
#include "domain/assurance/self_evaluation/return_service.h"
#include "domain/files/upload_rules.h"
#include "domain/text_rules.h"
#include "security/tokens.h"

namespace assure::domain {

core::Result<ReturnEvidence> ReturnService::AddEvidence(const Requester& requester, RoundId round,
                                                        AgencyId agency, StandardId standard,
                                                        std::string_view file_name,
                                                        std::string_view bytes) const {
  const core::Instant now = clock_.Now();
  auto added = store_.Write([&](Transaction& tx) -> core::Result<ReturnEvidence> {
    ASSURE_ASSIGN_OR_RETURN(Loaded loaded, LoadReturn(tx, requester, round, agency));
    ASSURE_TRY(CheckEdit(requester, loaded, loaded.ret.version));
    if (StandardOf(loaded.framework, standard) == nullptr) {
      return core::Error::InvalidInput("standard_id", "Choose a standard of the round.");
    }
    ASSURE_ASSIGN_OR_RETURN(const AcceptedUpload accepted, CheckUpload("file", file_name, bytes));
    ReturnEvidence file;
    file.return_id = loaded.ret.id;
    file.standard_id = standard;
    file.file_name = accepted.file_name;
    file.content_type = accepted.content_type;
    file.size = static_cast<std::int64_t>(bytes.size());
    file.sha256 = security::Sha256Hex(bytes);
    file.uploaded_by = requester.user_id();
    file.uploaded_at = now;
    const PartnershipId partnership = requester.partnership_id();
    ASSURE_TRY(tx.file_contents(partnership).Put(file.sha256, bytes));
    ASSURE_ASSIGN_OR_RETURN(ReturnEvidence stored,
                            tx.self_evaluations(partnership).AddEvidence(file));
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.evidence.add",
                                   ReturnSubject(round, agency),
                                   "evidence " + std::to_string(stored.id)));
    return stored;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.evidence.add",
                      ReturnSubject(round, agency), std::move(added));
}

core::Result<ReturnEvidenceDownload> ReturnService::Evidence(const Requester& requester,
                                                             RoundId round, AgencyId agency,
                                                             std::int64_t evidence_id) const {
  const core::Instant now = clock_.Now();
  auto download = store_.Write([&](Transaction& tx) -> core::Result<ReturnEvidenceDownload> {
    ASSURE_ASSIGN_OR_RETURN(Loaded loaded, LoadReturn(tx, requester, round, agency));
    const PartnershipId partnership = requester.partnership_id();
    ASSURE_ASSIGN_OR_RETURN(auto files, tx.self_evaluations(partnership).Evidence(loaded.ret.id));
    for (ReturnEvidence& file : files) {
      if (file.id != evidence_id) continue;
      ASSURE_ASSIGN_OR_RETURN(auto content, tx.file_contents(partnership).Get(file.sha256));
      ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.evidence.read",
                                     ReturnSubject(round, agency),
                                     "evidence " + std::to_string(evidence_id)));
      return ReturnEvidenceDownload{std::move(file), std::move(content.bytes)};
    }
    return core::Error::NotFound("There is no such evidence file.");
  });
  return AuditRefusal(store_, clock_, requester, "assurance.evidence.read",
                      ReturnSubject(round, agency), std::move(download));
}

core::Result<Challenge> ReturnService::Ask(const Requester& requester, RoundId round,
                                           AgencyId agency, StandardId standard,
                                           std::string question) const {
  const core::Instant now = clock_.Now();
  auto asked = store_.Write([&](Transaction& tx) -> core::Result<Challenge> {
    ASSURE_ASSIGN_OR_RETURN(Loaded loaded, LoadReturn(tx, requester, round, agency));
    ASSURE_TRY(CheckChallenge(requester, loaded));
    if (StandardOf(loaded.framework, standard) == nullptr) {
      return core::Error::InvalidInput("standard_id", "Choose a standard of the round.");
    }
    ASSURE_TRY(ValidateLongText("question", question, 2000, true));
    Challenge challenge;
    challenge.return_id = loaded.ret.id;
    challenge.standard_id = standard;
    challenge.question = std::move(question);
    challenge.asked_by = requester.user_id();
    challenge.asked_at = now;
    ASSURE_ASSIGN_OR_RETURN(
        Challenge stored, tx.self_evaluations(requester.partnership_id()).AddChallenge(challenge));
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.challenge.ask",
                                   ReturnSubject(round, agency),
                                   "challenge " + std::to_string(stored.id)));
    return stored;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.challenge.ask",
                      ReturnSubject(round, agency), std::move(asked));
}

core::Result<Challenge> ReturnService::Answer(const Requester& requester, RoundId round,
                                              AgencyId agency, ChallengeId id,
                                              std::string answer) const {
  const core::Instant now = clock_.Now();
  auto answered = store_.Write([&](Transaction& tx) -> core::Result<Challenge> {
    ASSURE_ASSIGN_OR_RETURN(Loaded loaded, LoadReturn(tx, requester, round, agency));
    if (!IsLeadOf(requester, agency)) {
      return core::Error::Forbidden("Only the agency's lead answers a challenge.");
    }
    ASSURE_ASSIGN_OR_RETURN(Challenge challenge, FindChallenge(tx, requester, loaded, id));
    if (challenge.resolved || loaded.round.state != RoundState::kOpen) {
      return core::Error::Conflict("The challenge is resolved or the round is closed.", "state");
    }
    ASSURE_TRY(ValidateLongText("answer", answer, 4000, true));
    challenge.answer = std::move(answer);
    challenge.answered_by = requester.user_id();
    challenge.answered_at = now;
    ASSURE_TRY(tx.self_evaluations(requester.partnership_id()).UpdateChallenge(challenge));
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.challenge.answer",
                                   ReturnSubject(round, agency),
                                   "challenge " + std::to_string(id)));
    return challenge;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.challenge.answer",
                      ReturnSubject(round, agency), std::move(answered));
}

core::Result<Challenge> ReturnService::Resolve(const Requester& requester, RoundId round,
                                               AgencyId agency, ChallengeId id,
                                               std::optional<std::string> agreed_rating) const {
  const core::Instant now = clock_.Now();
  auto resolved = store_.Write([&](Transaction& tx) -> core::Result<Challenge> {
    ASSURE_ASSIGN_OR_RETURN(Loaded loaded, LoadReturn(tx, requester, round, agency));
    ASSURE_TRY(CheckChallenge(requester, loaded));
    ASSURE_ASSIGN_OR_RETURN(Challenge challenge, FindChallenge(tx, requester, loaded, id));
    if (challenge.resolved || challenge.answer.empty()) {
      return core::Error::Conflict("Only an answered challenge not yet resolved is resolved.",
                                   "state");
    }
    if (agreed_rating && !IsRating(loaded.framework.content.scale, *agreed_rating)) {
      return core::Error::InvalidInput("agreed_rating",
                                       "Choose a rating of the framework's scale.");
    }
    auto& repository = tx.self_evaluations(requester.partnership_id());
    for (ReturnAnswer& answer : loaded.ret.answers) {
      if (answer.standard_id != challenge.standard_id) continue;
      challenge.rating_before = std::string{EffectiveRating(answer)};
      if (agreed_rating && *agreed_rating != challenge.rating_before) {
        answer.agreed_rating = *agreed_rating == answer.rating ? "" : *agreed_rating;
        challenge.rating_after = *agreed_rating;
        loaded.ret.updated_at = now;
        ASSURE_TRY(repository.UpdateReturn(loaded.ret));
      }
    }
    challenge.resolved = true;
    challenge.resolved_by = requester.user_id();
    challenge.resolved_at = now;
    ASSURE_TRY(repository.UpdateChallenge(challenge));
    ASSURE_TRY(WriteAssuranceAudit(
        tx, requester, now, "assurance.challenge.resolve", ReturnSubject(round, agency),
        "challenge " + std::to_string(id) +
            (challenge.rating_after.empty()
                 ? ", rating kept"
                 : ", rating " + challenge.rating_before + " -> " + challenge.rating_after)));
    return challenge;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.challenge.resolve",
                      ReturnSubject(round, agency), std::move(resolved));
}

}  // namespace assure::domain
