// The business unit's reading of the public library's "Was this useful?" feedback
// (doc/openapi.yaml, doc/learning.md "The public library"), added by AddFeedbackApiRoutes, which
// the composition root calls once at start-up:
//   GET /api/v1/briefings/{id}/feedback   briefing:update (the business unit): the count, the
//                                         average rating, how many gave each rating, and every
//                                         answer (rating, comment, day received), newest first.
// Comments are for the business unit only and are never published. A briefing of another
// partnership is 404; each read is audited ("briefing.feedback.read"), and so is a refusal.
// Thread-safe: the service is.
#pragma once

#include "http/common/handler_context.h"
#include "http/router.h"

namespace assure::http::api {

void AddFeedbackApiRoutes(Router& router, const HandlerContext& context);

}  // namespace assure::http::api
