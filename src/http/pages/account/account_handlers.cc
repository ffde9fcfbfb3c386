#include "http/pages/account/account_handlers.h"

#include <string>

#include "http/access_gate.h"
#include "http/common/display.h"
#include "http/common/errors.h"
#include "http/common/numbers.h"
#include "http/common/page_render.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

}  // namespace

void AddAccountRoutes(Router& router, const HandlerContext& context) {
  router.Add(
      Method::kGet, "/account/sessions",
      RoutePolicy::Authorised(Resource::kOwnAccount, Action::kRead),
      PageHandler(context.renderer, [context](const Request& request) -> core::Result<Response> {
        const auto& signed_in = *request.session;
        ASSURE_ASSIGN_OR_RETURN(const auto open, context.sessions.OpenSessions(signed_in));
        json rows = json::array();
        for (const auto& session : open) {
          rows.push_back(
              {{"created", LondonTimeText(session.created_at)},
               {"last_seen", LondonTimeText(session.last_seen_at)},
               {"address", session.client_address},
               {"user_agent", session.user_agent.empty() ? "Not known" : session.user_agent},
               {"current", session.id == signed_in.session.id},
               {"end_href", "/account/sessions/" + std::to_string(session.id) + "/end"}});
        }
        json page{{"title", "Your sessions"},
                  {"sessions", rows},
                  {"csrf_token", signed_in.session.csrf_token}};
        if (request.QueryParam("ended")) {
          page["notice"] = "The session has ended.";
        }
        return RenderPage(context.renderer, request, "account_sessions", std::move(page));
      }));

  router.Add(
      Method::kPost, "/account/sessions/{id}/end",
      RoutePolicy::Authorised(Resource::kOwnAccount, Action::kUpdate),
      PageHandler(context.renderer, [context](const Request& request) -> core::Result<Response> {
        const auto& signed_in = *request.session;
        const auto id = IdParam(request, "id").value_or(0);
        ASSURE_TRY(context.sessions.EndSession(signed_in, id));
        if (id == signed_in.session.id) {
          auto response = Response::Redirect("/sign-in?signed-out=1");
          response.SetCookie(SessionCookie(request, ""));
          return response;
        }
        return Response::Redirect("/account/sessions?ended=1");
      }));
}

}  // namespace assure::http::pages
