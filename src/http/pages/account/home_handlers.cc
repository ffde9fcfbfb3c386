#include "http/pages/account/home_handlers.h"

#include <utility>

#include "domain/civil_date.h"
#include "http/common/errors.h"
#include "http/common/page_render.h"

namespace assure::http::pages {

namespace {

using nlohmann::json;

std::string_view TagClass(TodoUrgency urgency) {
  switch (urgency) {
    case TodoUrgency::kOverdue:
      return "govuk-tag--red";
    case TodoUrgency::kAtRisk:
      return "govuk-tag--yellow";
    case TodoUrgency::kDue:
      return "govuk-tag--blue";
    case TodoUrgency::kUpcoming:
      return "govuk-tag--grey";
  }
  return "govuk-tag--grey";
}

core::Result<Response> HomePage(const HandlerContext& context, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto items, context.todo.For(RequesterOf(request)));
  json todo = json::array();
  for (const auto& item : items) {
    todo.push_back({{"href", item.href},
                    {"title", item.title},
                    {"detail", item.detail},
                    {"due", item.due ? domain::LongCivilDate(*item.due) : std::string{}},
                    {"status", TodoUrgencyLabel(item.urgency)},
                    {"tag_class", TagClass(item.urgency)}});
  }
  const auto& signed_in = *request.session;
  json roles = json::array();
  for (const auto& membership : signed_in.principal.memberships) {
    roles.push_back(domain::RoleLabel(membership.role));
  }
  json page{{"title", signed_in.partnership.name},
            {"user_name", signed_in.user.display_name},
            {"role_labels", roles},
            {"has_todo", !todo.empty()},
            {"todo_count", items.size() == 1 ? std::string{"1 thing needs you"}
                                             : std::to_string(items.size()) + " things need you"},
            {"csrf_token", signed_in.session.csrf_token}};
  page["todo"] = std::move(todo);
  return RenderPage(context.renderer, request, "home", std::move(page));
}

}  // namespace

void AddHomeRoutes(Router& router, const HandlerContext& context) {
  router.Add(Method::kGet, "/home",
             RoutePolicy::Authorised(domain::Resource::kOwnAccount, domain::Action::kRead),
             PageHandler(context.renderer,
                         [context](const Request& request) { return HomePage(context, request); }));
}

}  // namespace assure::http::pages
