// The action plan pages (doc/actions.md, "On the pages"): AddActionRoutes adds them all; the
// composition root calls it once at start-up. Handlers parse, call the domain services
// (domain/actions/) and render; the access gate has checked each route's policy and CSRF.
// Thread-safe: the services are.
//
//   /actions                      every action the asker may see, filtered (agency, source kind,
//                                 status, RAG shown, due on or before, theme), 50 a page
//   /actions.csv, /actions.xlsx   the same list, every page, formula-safe (action:export)
//   /my-actions                   an agency lead's open actions of their agency, due first
//   /actions/new                  a new action (the business unit); ?recommendation=ID chooses it
//   /actions/dashboard            the quarter: not reviewed, overdue, due dates moved
//   /actions/{id}                 one action: sources, status, RAG, history, reviews
//   /actions/{id}/edit            its plan (the business unit)
//   /actions/{id}/update          a progress update with evidence and a file (multipart)
//   /actions/{id}/evidence/{file} an evidence file's download
//   /review-rounds                the quarterly rounds; POST opens the current quarter's
//   /review-rounds/{id}           a round's entries; POST .../close closes it
//   /review-rounds/{id}/entries/{entry}   one entry's review form
#pragma once

#include "http/common/handler_context.h"
#include "http/router.h"

namespace assure::http::pages {

void AddActionRoutes(Router& router, const HandlerContext& context);

}  // namespace assure::http::pages
