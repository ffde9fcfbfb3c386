#include "http/pages/assurance/assurance_todo.h"

#include <vector>

#include "domain/assurance/self_evaluation/round_service.h"

namespace assure::http::pages {

std::string ReturnHref(std::int64_t round, domain::AgencyId agency) {
  return "/assurance/rounds/" + std::to_string(round) + "/returns/" + std::to_string(agency);
}

TodoSource AssuranceTodo(const HandlerContext& context) {
  const domain::RoundService rounds(context.store, context.clock);
  return [rounds](const domain::Requester& requester) -> core::Result<std::vector<TodoItem>> {
    ASSURE_ASSIGN_OR_RETURN(const auto due, rounds.Due(requester));
    std::vector<TodoItem> items;
    for (const auto& line : due) {
      const bool submitted = line.state == domain::ReturnState::kSubmitted;
      items.push_back(
          {"self_evaluation",
           (submitted ? "Challenge the return: " : "Self-evaluation return: ") + line.round_title,
           line.agency_name + (submitted      ? ": submitted, to review and challenge"
                               : line.overdue ? ": not returned by the due date"
                                              : ": to complete and submit"),
           line.due_on, line.overdue ? TodoUrgency::kOverdue : TodoUrgency::kDue,
           ReturnHref(line.round_id, line.agency_id)});
    }
    return items;
  };
}

}  // namespace assure::http::pages
