// The demo partnership's quality assurance, written by `assure demo` after its briefings: the QA
// framework of the current financial year (an activity of every kind, in every state, among them
// the thematic review "Exploitation of children and adults", analysing, which draws on the
// self-evaluation round, the staff survey and the case audit); a copy of the s11 standards
// template; a section 11 self-evaluation round of five agencies opened about four months ago,
// every return rated, narrated, evidenced and submitted (one late), one standard challenged and
// agreed at another rating, the round closed and shared; the staff survey "Exploitation: what
// staff know and do" of the six agencies, opened ten weeks ago, about 300 invented answers
// through its links, one agency under the minimum group, a free-text answer quoting a telephone
// number for the publication check to flag, closed two weeks ago; a multi-agency case audit of
// 12 pseudonymous records by four agencies, opened eight weeks ago, every part graded and
// submitted by its agency's lead, every record moderated, closed; and the thematic review itself:
// three scope questions, evidence from the round, the survey, the audit and a conversation, a
// strong, a moderate and a limited finding, two recommendations (each an action of its agency)
// and its report drafted as a Lessons Learned Briefing.
//
// Each step goes through the assurance services (ActivityService, FrameworkService,
// RoundService, ReturnService, SurveyService, SurveyAnswerService, CaseAuditService,
// ThematicReviewService) as the person who would take it, with a clock fixed on the step's past
// day (demo_steps.h); each step is its service's own transaction, so a run that fails part way
// keeps what it wrote. The survey's answers and the audit's grades are drawn from fixed seeds, so
// every run writes the same ones; only the links' tokens and the answers' ids come from
// `random`.
//
// Not thread-safe: one command uses it at a time (the store itself is thread-safe).
#pragma once

#include "core/result.h"
#include "domain/civil_date.h"
#include "domain/store.h"
#include "security/random.h"

namespace assure::cli {

struct WrittenAssurance {
  int activities = 0;      // of the QA framework
  int rounds = 0;          // self-evaluation rounds
  int returns = 0;         // submitted returns
  int surveys = 0;         // staff surveys
  int survey_answers = 0;  // people who answered
  int audits = 0;          // case audits
  int audit_records = 0;   // their records, each moderated
  int thematic_reviews = 0;
  int review_evidence = 0;  // pieces of the review's evidence
  int findings = 0;
  int recommendations = 0;  // each with its action
};

// Writes the demo's quality assurance for the partnership: the framework, the round and the
// survey unless it has a staff survey or a self-evaluation round already; then the case audit and
// the thematic review unless it has a case audit or a thematic review already, or its framework
// has no review activity "Exploitation of children and adults" that is not closed, drawing on a
// case audit activity that is not closed. A partnership with all of them gets nothing (an empty
// result). REQUIRES: the partnership has a business manager, at least five agencies, each with a
// lead, and (for the themes) the demo's managed themes; the business manager acts as the officer
// when there is none.
core::Result<WrittenAssurance> AddDemoAssurance(domain::Store& store,
                                                domain::PartnershipId partnership_id,
                                                domain::CivilDate today, security::Random& random);

}  // namespace assure::cli
