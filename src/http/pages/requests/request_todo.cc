#include "http/pages/requests/request_todo.h"

#include <string>
#include <vector>

#include "domain/london_date.h"
#include "domain/reviews/requests/information_request_service.h"

namespace assure::http::pages {

TodoSource RequestTodo(const HandlerContext& context) {
  const domain::InformationRequestService requests(context.store, context.clock);
  const core::Clock* clock = &context.clock;
  return [requests,
          clock](const domain::Requester& requester) -> core::Result<std::vector<TodoItem>> {
    std::vector<TodoItem> items;
    if (!requester.principal.HasRole(domain::Role::kAgencyLead)) return items;
    ASSURE_ASSIGN_OR_RETURN(const auto mine, requests.ForMyAgency(requester));
    const auto today = domain::LondonDate(clock->Now());
    for (const auto& view : mine) {
      const auto& request = view.request;
      if (request.status != domain::RequestStatus::kRequested) continue;
      const bool overdue = domain::IsOverdue(request, today);
      items.push_back({"request", view.case_reference + ": information requested",
                       overdue ? "Your agency's answer is overdue" : "Your agency's answer is due",
                       request.due_on, overdue ? TodoUrgency::kOverdue : TodoUrgency::kDue,
                       "/requests/" + std::to_string(request.id)});
    }
    return items;
  };
}

}  // namespace assure::http::pages
