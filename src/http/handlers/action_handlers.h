// The action plan pages (issue 5, doc/actions.md "On the pages"):
//   /actions                      every action the asker may see, filtered (agency, source kind,
//                                 status, RAG shown, due on or before, theme), 50 a page
//   /actions.csv, /actions.xlsx   the same list, every page, formula-safe (action:export)
//   /my-actions                   an agency lead's open actions of their agency, due first
//   /actions/new                  a new action (the business unit); ?recommendation=ID chooses it
//   /actions/dashboard            the quarter: not reviewed, overdue, due dates moved
//   (review_round) /actions/{id}                 one action: sources, status, RAG, history, reviews
//   /actions/{id}/edit            its plan (the business unit)
//   /actions/{id}/update          a progress update with evidence and a file (multipart)
//   /actions/{id}/evidence/{file} an evidence file's download
//   /review-rounds                the quarterly rounds; POST opens the current quarter's
//   /review-rounds/{id}           a round's entries; POST .../close closes it
//   /review-rounds/{id}/entries/{entry}   one entry's review form
// Handlers parse, call the domain services (domain/actions/) and render; the access gate has
// already checked each route's policy and CSRF. Thread-safe: the services are.
#pragma once

#include "domain/reviews/deadline_settings.h"
#include "http/handlers/admin_support.h"
#include "http/router.h"

namespace assure::http::handlers {

// `deadlines` (each partnership's working calendar, for the RAG rating) must outlive the router.
void AddActionRoutes(Router& router, const AdminDependencies& deps,
                     const domain::DeadlineSettingsSource& deadlines);

}  // namespace assure::http::handlers
