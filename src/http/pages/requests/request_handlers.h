// The information request pages: /requests ("Requests for my agency": the requests addressed to
// the agency lead's agency, due soonest first, overdue ones tagged), /requests/{id} (the request,
// its response and files, and the response form with a file upload), POST
// /requests/{id}/response (multipart/form-data: the response text, the request's version and at
// most one file) and /requests/{id}/files/{file_id} (the file's bytes as an attachment). The
// business unit may open any request of the partnership (from the case page); an agency lead only
// their agency's; the reviewer appointed to a case reads that case's requests and files, without
// the form (the response route refuses them): any other is 404, audited. Handlers parse, call
// domain::InformationRequestService and render; the access gate has already checked the route's
// policy and CSRF. Thread-safe: the service is.
#pragma once

#include "http/common/handler_context.h"
#include "http/router.h"

namespace assure::http::pages {

void AddRequestRoutes(Router& router, const HandlerContext& context);

}  // namespace assure::http::pages
