// RenderPage: a handler's way to answer with an HTML page. Adds what every page shows from the
// request's session: the partnership's name, the demo banner, and, once the person is fully
// signed in, the service navigation (Navigation below). A template that fails to render is a
// bug: it throws, and the dispatcher answers 500. Thread-safe.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "http/request.h"
#include "http/response.h"
#include "http/views/renderer.h"

namespace assure::http {

Response RenderPage(const views::Renderer& renderer, const Request& request, std::string_view page,
                    nlohmann::json context, int status = 200);

// The layout's `navigation` for a fully signed-in person: Home, Requests for my agency and My
// actions (agency leads only), Cases, Deadlines, Reviewers, Actions (those who may read every
// action of the partnership), Briefings, Assurance, Governance, Review activity, Board report,
// Calendar, Agencies, Users, Audit and Your sessions, each only if some role of theirs may ever
// use it (domain::MayEver), the one holding the request's path marked current. Null when there is
// nothing to show (signed out, or MFA still to come).
nlohmann::json Navigation(const Request& request);

}  // namespace assure::http
