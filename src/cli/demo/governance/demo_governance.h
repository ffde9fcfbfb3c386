// The demo partnership's governance, written by `assure demo` after its quality assurance: the
// structure (the Executive Board, the children's and the adults' safeguarding partnership groups
// under it, and four subgroups: Safeguarding Reviews and Exploitation under the Executive,
// Education and Prevention & Early Intervention under the children's group), each with invented
// members of the partnership's agencies (members, a standing deputy, advisers; one member
// replaced part way), a chair and a vice-chair, a quorum rule (the Executive's and the groups'
// need each statutory partner) and terms of reference (two versions, but the Prevention & Early
// Intervention Subgroup's one, whose review date has passed); the demo's board member sits on the
// Executive as its independent scrutineer, with their account, so they read its papers.
//
// Then about 18 months of meetings, ending before today: the Executive monthly (18), the groups
// every two months (9 each), the subgroups quarterly (6 each); each with its agenda (public and
// restricted items, small text papers), attendance (mostly present, some apologies, deputies
// sent, a rare absence), decisions (approving the earlier minutes, some making an action with the
// source "meeting") and draft minutes, each approved at the body's next meeting. The Executive's
// latest meeting was not quorate (the police and health sent apologies and no deputies): it took
// no decision, so the minutes of the meeting before it wait for approval (the business unit's
// "minutes to approve"). The Executive meets again in a week and the children's group in three
// working days, their papers out (the board member's "papers for your next meeting"); every other
// body's next meeting is scheduled.
//
// Each step goes through BodyService or MeetingService as the business manager (the structure)
// or the business officer (the meetings), with a clock fixed on the step's past day
// (demo_steps.h), so each record has its audit events; each step is its service's own
// transaction, so a run that fails part way keeps what it wrote. Deterministic: fixed texts
// (demo_governance_texts.h, demo_agenda_texts.h) and a fixed pattern; only dates move, relative
// to `today`.
//
// Not thread-safe: one command uses it at a time (the store itself is thread-safe).
#pragma once

#include "core/result.h"
#include "domain/civil_date.h"
#include "domain/store.h"

namespace assure::cli {

struct WrittenGovernance {
  int bodies = 0;
  int members = 0;   // memberships, past and present
  int terms = 0;     // versions of terms of reference
  int meetings = 0;  // scheduled: held and to come
  int held = 0;      // with attendance, decisions and minutes
  int papers = 0;
  int decisions = 0;
  int actions = 0;  // made by decisions
};

// Writes the demo's governance for the partnership unless it has a body already (then nothing:
// an empty result). REQUIRES: the partnership has a business manager and an agency of each of
// the types local authority, police, health, education, probation and voluntary sector; the
// business manager acts as the officer when there is none; a board member's account (the first,
// when there are several) is linked to the Executive's independent scrutineer when there is one.
core::Result<WrittenGovernance> AddDemoGovernance(domain::Store& store,
                                                  domain::PartnershipId partnership_id,
                                                  domain::CivilDate today);

}  // namespace assure::cli
