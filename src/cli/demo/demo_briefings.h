// The demo partnership's learning briefings, written by `assure demo` once its cases and action
// plans are in: ten briefings of both kinds in every state (two drafts, one of which quotes a
// child's given name so that the publication check has something to find; one in review; one
// approved; five published; one withdrawn), linked to the demo cases and their recommendations,
// and how most agencies shared each published one, recorded by each agency's lead. Some agencies
// have not confirmed: on the older briefings past the 20 working days to confirm, on the newest
// not yet.
//
// Each step goes through the learning services (BriefingService, BriefingPublication,
// DisseminationService; CaseService for the restricted name the draft quotes) as the person who
// would take it: the business officer writes and submits, the business manager accepts a hit,
// approves, publishes and withdraws, each agency's lead records its agency's dissemination. Each
// service is given a clock fixed on the step's day, a number of working days before `today`, so
// the briefings, their versions, their publication dates and their audit events carry those past
// days. Each step is its service's own transaction: a run that fails part way keeps the steps
// taken so far (and a later run then adds nothing). Texts: demo_briefing_texts.h.
//
// Not thread-safe: one command uses it at a time (the store itself is thread-safe).
#pragma once

#include "core/result.h"
#include "domain/civil_date.h"
#include "domain/store.h"

namespace assure::cli {

struct WrittenBriefings {
  int briefings = 0;
  int disseminations = 0;  // records of agencies sharing a published briefing
};

// Writes the demo's briefings for the partnership, unless it has a briefing already (then
// nothing, and an empty result). REQUIRES: the partnership holds the demo cases of
// DemoCaseSketches(today) and the demo themes, a business manager, and for the writing and the
// dissemination a business officer and agency leads (the business manager writes when there is
// no officer, the officer records for an agency without a lead).
core::Result<WrittenBriefings> AddDemoBriefings(domain::Store& store,
                                                domain::PartnershipId partnership_id,
                                                domain::CivilDate today);

}  // namespace assure::cli
