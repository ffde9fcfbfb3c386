#include "http/handlers/account_handlers.h"

#include <string>

#include "http/access_gate.h"
#include "http/handlers/page_render.h"

namespace assure::http::handlers {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

}  // namespace

void AddAccountRoutes(Router& router, AdminDependencies deps) {
  router.Add(Method::kGet, "/account/sessions",
             RoutePolicy::Authorised(Resource::kOwnAccount, Action::kRead),
             [deps](const Request& request) {
               const auto& context = *request.session;
               auto open = deps.sessions.OpenSessions(context);
               if (!open) return ErrorResponse(deps.renderer, request, open.error());
               json rows = json::array();
               for (const auto& session : *open) {
                 const bool current = session.id == context.session.id;
                 rows.push_back(
                     {{"created", DisplayTime(session.created_at)},
                      {"last_seen", DisplayTime(session.last_seen_at)},
                      {"address", session.client_address},
                      {"user_agent", session.user_agent.empty() ? "Not known" : session.user_agent},
                      {"current", current},
                      {"end_href", "/account/sessions/" + std::to_string(session.id) + "/end"}});
               }
               json page{{"title", "Your sessions"},
                         {"sessions", rows},
                         {"csrf_token", context.session.csrf_token}};
               if (request.QueryParam("ended")) page["notice"] = "The session has ended.";
               return RenderPage(deps.renderer, request, "account_sessions", std::move(page));
             });

  router.Add(Method::kPost, "/account/sessions/{id}/end",
             RoutePolicy::Authorised(Resource::kOwnAccount, Action::kUpdate),
             [deps](const Request& request) {
               const auto& context = *request.session;
               const auto id = IdParam(request, "id").value_or(0);
               auto ended = deps.sessions.EndSession(context, id);
               if (!ended) return ErrorResponse(deps.renderer, request, ended.error());
               if (id == context.session.id) {
                 auto response = Response::Redirect("/sign-in?signed-out=1");
                 response.SetCookie(SessionCookie(request, ""));
                 return response;
               }
               return Response::Redirect("/account/sessions?ended=1");
             });
}

}  // namespace assure::http::handlers
