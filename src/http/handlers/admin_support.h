// What the administration pages (agencies, users, audit, your sessions) share: the services they
// need, the Requester made from the signed-in session, numeric path ids, GOV.UK error summaries,
// the answer to a service's error, and how times are shown. Free functions and a struct of
// borrowed references; thread-safe as what they borrow is.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "core/clock.h"
#include "core/result.h"
#include "domain/identity/requester.h"
#include "domain/identity/session_service.h"
#include "domain/store.h"
#include "http/request.h"
#include "http/response.h"
#include "http/views/renderer.h"
#include "security/random.h"

namespace assure::http::handlers {

// Borrowed from the composition root; all outlive the router.
struct AdminDependencies {
  domain::Store& store;
  const core::Clock& clock;
  security::Random& random;
  domain::SessionService& sessions;
  const views::Renderer& renderer;
};

// The signed-in person of `request` (which the access gate has admitted), at the request's
// client address. REQUIRES: request.session is set.
domain::Requester RequesterOf(const Request& request);

// The path parameter `name` as a positive id; nullopt for anything else.
std::optional<std::int64_t> IdParam(const Request& request, std::string_view name);

// Adds the GOV.UK error summary for `error` to a form page's context: "has_errors", "errors" (a
// list of {href, text}) and "<field>_error" (the message by the field), where field is error.field
// or, when empty, `fallback_field`. The summary links to `anchor` (the id of the field's first
// input, e.g. a date's day) or, when empty, to the field's own id.
void AddFieldError(nlohmann::json& page, const core::Error& error, std::string_view fallback_field,
                   std::string_view anchor = {});

// The answer to a service's error on a page: the standard 403, 404, 409 and 503 pages; a page
// saying what to do for invalid input; and for anything else an exception, so the dispatcher
// answers 500 and logs the message.
Response ErrorResponse(const views::Renderer& renderer, const Request& request,
                       const core::Error& error);

// "26 Nov 2026 05:35:15" (UTC), for tables.
std::string DisplayTime(core::Instant at);

}  // namespace assure::http::handlers
