// What the quality assurance services share: who may see and do what with a round's returns,
// the one answer for a record the asker may not see, and writing their audit events.
//
// Who may do what (doc/access.md, "Quality assurance"): the business unit runs the framework,
// frameworks and rounds (assurance: create, update) and reads, challenges and reopens every return
// (assurance_return: update, partnership); an agency's lead completes, submits and answers the
// challenges of their own agency's return; they read another agency's return only once its round
// is closed and the business manager has shared it (assurance_sharing), and only if their own
// agency took part; board members read the returns of closed rounds. Every read of a return is
// audited. Free functions; thread-safe as the Store is.
#pragma once

#include <map>
#include <string>

#include "core/clock.h"
#include "core/result.h"
#include "domain/access/policy.h"
#include "domain/assurance/audit/case_audit.h"
#include "domain/assurance/self_evaluation/self_evaluation.h"
#include "domain/assurance/survey/survey.h"
#include "domain/identity/refusal.h"
#include "domain/identity/requester.h"
#include "domain/store.h"

namespace assure::domain {

// The one answer for a record that does not exist or that the asker may not see.
core::Error NoSuchActivity();
core::Error NoSuchRound();
core::Error NoSuchReturn();
core::Error NoSuchSurvey();
core::Error NoSuchAudit();
core::Error NoSuchThematicReview();
// A stale version: someone else changed the record first.
core::Error StaleAssurance(std::string_view noun);

AuditSubject ActivitySubject(ActivityId id);
AuditSubject FrameworkSubject(FrameworkId id);
AuditSubject RoundSubject(RoundId id);
AuditSubject SurveySubject(SurveyId id);
AuditSubject CaseAuditSubject(CaseAuditId id);
AuditSubject ThematicReviewSubject(std::int64_t id);
// "audit 3, agency 7": an agency's part of a case audit, as in its URL.
AuditSubject CaseAuditPartSubject(CaseAuditId id, AgencyId agency);
// "round 3, agency 7": a return is named by its round and agency, as in its URL.
AuditSubject ReturnSubject(RoundId round, AgencyId agency);

// Whether the asker runs quality assurance (the business unit).
bool MayRunAssurance(const Requester& requester);
// Whether the asker reads the framework, frameworks and rounds at all.
bool MayReadAssurance(const Requester& requester);
// Whether the asker is a lead of `agency` (completes its returns).
bool IsLeadOf(const Requester& requester, AgencyId agency);
// Whether the asker may read `agency`'s return in `round` (the rule above).
bool MayReadReturn(const Requester& requester, const Round& round, AgencyId agency);

// The partnership's agencies' names by id (every quality assurance page names agencies).
core::Result<std::map<AgencyId, std::string>> AgencyNames(Transaction& tx,
                                                          PartnershipId partnership);

// Appends a success audit event for the requester's action on `subject`, in `tx`.
core::Status WriteAssuranceAudit(Transaction& tx, const Requester& requester, core::Instant at,
                                 std::string action, AuditSubject subject, std::string reason = {});

}  // namespace assure::domain
