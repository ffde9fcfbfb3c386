// The information requests part of the JSON API under /api/v1 (doc/openapi.yaml): an agency
// lead's requests (GET /api/v1/requests), one request with its files, a file's bytes, the
// response (POST .../response with the request's "version"; a stale one is 409 and changes
// nothing) and withdrawing a request (the business unit).
//
// Same policy as the pages: the reviewer appointed to a case reads its requests and files, and
// answers or withdraws none; a request of another agency, or of a case the reviewer is not
// appointed to, is 404 exactly as one that does not exist, and the refusal is audited.
// Thread-safe: the service is.
#pragma once

#include "http/common/handler_context.h"
#include "http/router.h"

namespace assure::http::api {

void AddRequestApiRoutes(Router& router, const HandlerContext& context);

}  // namespace assure::http::api
