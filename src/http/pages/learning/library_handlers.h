// The public learning library (doc/learning.md, "The public library"), open to anyone without
// signing in (RoutePolicy::Public):
//   GET  /learning                                 the partnerships that publish briefings
//   GET  /learning/{slug}                          a partnership's published briefings, newest
//                                                  first, filtered by ?kind=, ?audience=, ?theme=
//   GET  /learning/{slug}/feed.atom                the same as an Atom feed (RFC 4287)
//   GET  /learning/{slug}/briefings/{id}           one published briefing, with "Was this useful?"
//   GET  /learning/{slug}/briefings/{id}/pdf       the same printed by Chromium (a tagged PDF)
//   POST /learning/{slug}/briefings/{id}/feedback  a rating 1..5 and an optional comment: 303 to
//                                                  the briefing with ?thanks=1, 422 with the
//                                                  error summary, 429 past 5 an hour from one
//                                                  address (http/common/throttle/address_limit.h)
// Anything not published, or another partnership's, is 404 like a missing page. Every GET that
// succeeds is publicly cacheable with a strong ETag and answers If-None-Match with 304
// (library_cache.h). The public form carries no CSRF token: there is no session to tie one to,
// and its pages are shared by caches; the access gate still refuses a POST whose Origin or
// Referer names another site (doc/security.md).
//
// AddLibraryRoutes is called once at start-up by the composition root, with the site's address
// for the feed's absolute links and ids. Thread-safe: the service, the rate limit and the PDF
// memo are.
#pragma once

#include <string>

#include "http/common/handler_context.h"
#include "http/router.h"
#include "reports/pdf_printer.h"

namespace assure::http::pages {

void AddLibraryRoutes(Router& router, const HandlerContext& context, reports::PdfOptions pdf = {},
                      std::string base_url = "http://localhost:8080");

}  // namespace assure::http::pages
