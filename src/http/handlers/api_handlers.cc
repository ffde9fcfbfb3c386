#include "http/handlers/api_handlers.h"

#include <nlohmann/json.hpp>

namespace assure::http::handlers {

void AddApiRoutes(Router& router) {
  router.Add(Method::kGet, "/api/v1/me",
             RoutePolicy::Authorised(domain::Resource::kOwnAccount, domain::Action::kRead),
             [](const Request& request) {
               const auto& context = *request.session;
               nlohmann::json roles = nlohmann::json::array();
               for (const auto& m : context.principal.memberships) {
                 nlohmann::json role{{"role", domain::RoleName(m.role)}};
                 if (m.agency_id) role["agency_id"] = *m.agency_id;
                 roles.push_back(std::move(role));
               }
               return Response::Json(200, {{"user",
                                            {{"id", context.user.id},
                                             {"email", context.user.email},
                                             {"display_name", context.user.display_name}}},
                                           {"partnership",
                                            {{"id", context.partnership.id},
                                             {"slug", context.partnership.slug},
                                             {"name", context.partnership.name}}},
                                           {"memberships", roles}});
             });
}

}  // namespace assure::http::handlers
