#include "http/api/account/me_api_handlers.h"

#include <nlohmann/json.hpp>

#include "http/common/errors.h"

namespace assure::http::api {

void AddAccountApiRoutes(Router& router, const HandlerContext& context) {
  const auto policy = RoutePolicy::Authorised(domain::Resource::kOwnAccount, domain::Action::kRead);
  router.Add(Method::kGet, "/api/v1/me", policy, [](const Request& request) {
    const auto& signed_in = *request.session;
    nlohmann::json roles = nlohmann::json::array();
    for (const auto& m : signed_in.principal.memberships) {
      nlohmann::json role{{"role", domain::RoleName(m.role)}};
      if (m.agency_id) role["agency_id"] = *m.agency_id;
      roles.push_back(std::move(role));
    }
    return Response::Json(200, {{"user",
                                 {{"id", signed_in.user.id},
                                  {"email", signed_in.user.email},
                                  {"display_name", signed_in.user.display_name}}},
                                {"partnership",
                                 {{"id", signed_in.partnership.id},
                                  {"slug", signed_in.partnership.slug},
                                  {"name", signed_in.partnership.name}}},
                                {"memberships", roles}});
  });
  router.Add(Method::kGet, "/api/v1/me/todo", policy,
             ApiHandler(context.error_pages,
                        [&todo = context.todo](const Request& request) -> core::Result<Response> {
                          ASSURE_ASSIGN_OR_RETURN(const auto items, todo.For(RequesterOf(request)));
                          nlohmann::json list = nlohmann::json::array();
                          for (const auto& item : items) list.push_back(TodoJson(item));
                          return Response::Json(200, {{"items", list}});
                        }));
}

}  // namespace assure::http::api
