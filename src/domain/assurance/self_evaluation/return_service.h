// ReturnService: one agency's self-evaluation return in a round (self_evaluation.h) for the
// pages and the API: read it with its evidence and challenges, save and submit it (the agency's
// lead), add evidence, reopen it with a reason, and the challenge step (the business unit asks,
// the agency answers, the business unit resolves, keeping or changing the rating).
//
// Who may do what (doc/access.md, "Quality assurance"; assurance_access.h): the agency's lead
// completes, submits and answers while the round is open; the business unit reopens, asks and
// resolves; a return the asker may not read is kNotFound. Each call runs ONE Store transaction
// with its audit event ("assurance.return.read", ".save", ".submit", ".reopen",
// "assurance.evidence.add", "assurance.evidence.read", "assurance.challenge.ask", ".answer",
// ".resolve", and "action.create" for an improvement action); a refusal is audited too.
// Thread-safe: references to thread-safe collaborators, no mutable state.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/actions/action.h"
#include "domain/assurance/assurance_repository.h"
#include "domain/assurance/self_evaluation/self_evaluation.h"
#include "domain/identity/requester.h"
#include "domain/store.h"

namespace assure::domain {

struct ReturnView {
  Round round;
  StandardsFramework framework;
  std::string agency_name;
  Return ret;
  std::vector<ReturnEvidence> evidence;
  std::vector<Challenge> challenges;
  std::vector<PlanAction> actions;  // its improvement actions, due date first
  bool overdue = false;
  bool may_edit = false;       // save, add evidence, submit: the agency's lead, a draft, open
  bool may_answer = false;     // answer open challenges: the agency's lead, round open
  bool may_challenge = false;  // ask, resolve, reopen: the business unit, submitted, round open
};

// One file of evidence with its bytes, for a download.
struct ReturnEvidenceDownload {
  ReturnEvidence file;
  std::string bytes;
};

// An improvement action the agency commits to in its return: it becomes an action of the action
// plans, owned by the agency, led by the lead who adds it, with the source "self-evaluation".
struct ImprovementAction {
  StandardId standard_id = 0;
  std::string title;
  std::string success_measure;
  std::optional<CivilDate> due_on;
};

class ReturnService {
 public:
  ReturnService(Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  core::Result<ReturnView> Get(const Requester& requester, RoundId round, AgencyId agency) const;
  // Stores the ratings and narratives given (others stay) if `version` is current.
  core::Result<Return> Save(const Requester& requester, RoundId round, AgencyId agency,
                            Version version, std::vector<ReturnAnswer> answers) const;
  // Submits and locks the return: every standard rated and narrated, with evidence when the
  // framework requires it (ValidateSubmission).
  core::Result<Return> Submit(const Requester& requester, RoundId round, AgencyId agency,
                              Version version) const;
  // Back to draft for the agency to change, with the reason ("reason", 1..2,000 characters).
  core::Result<Return> Reopen(const Requester& requester, RoundId round, AgencyId agency,
                              Version version, std::string reason) const;
  core::Result<ReturnEvidence> AddEvidence(const Requester& requester, RoundId round,
                                           AgencyId agency, StandardId standard,
                                           std::string_view file_name,
                                           std::string_view bytes) const;
  core::Result<ReturnEvidenceDownload> Evidence(const Requester& requester, RoundId round,
                                                AgencyId agency, std::int64_t evidence_id) const;

  // Adds an improvement action (the agency's lead, a draft return of an open round): "due_on"
  // given and after today, the rest as ValidateNewAction. Audited "action.create".
  core::Result<PlanAction> AddImprovementAction(const Requester& requester, RoundId round,
                                                AgencyId agency, ImprovementAction action) const;

  // "question" 1..2,000 characters, on one standard of a submitted return.
  core::Result<Challenge> Ask(const Requester& requester, RoundId round, AgencyId agency,
                              StandardId standard, std::string question) const;
  // "answer" 1..4,000 characters, to a challenge not yet resolved.
  core::Result<Challenge> Answer(const Requester& requester, RoundId round, AgencyId agency,
                                 ChallengeId id, std::string answer) const;
  // Resolves an answered challenge: `agreed_rating` (of the framework's scale) changes the
  // standard's agreed rating, keeping the agency's own; unset keeps the rating.
  core::Result<Challenge> Resolve(const Requester& requester, RoundId round, AgencyId agency,
                                  ChallengeId id, std::optional<std::string> agreed_rating) const;

 private:
  Store& store_;
  const core::Clock& clock_;
};

}  // namespace assure::domain
