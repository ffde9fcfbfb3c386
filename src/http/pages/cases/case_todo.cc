#include "http/pages/cases/case_todo.h"

#include <string>
#include <vector>

#include "domain/access/policy.h"
#include "domain/reviews/clocks/case_clock_service.h"
#include "http/common/display.h"
#include "http/pages/cases/case_support.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;

TodoUrgency UrgencyOf(domain::ClockStatus status) {
  switch (status) {
    case domain::ClockStatus::kOverdue:
      return TodoUrgency::kOverdue;
    case domain::ClockStatus::kAtRisk:
      return TodoUrgency::kAtRisk;
    default:
      return TodoUrgency::kUpcoming;
  }
}

TodoItem ClockItem(domain::CaseId id, const std::string& reference,
                   const domain::StatutoryClock& clock) {
  return {clock.rule_code == "agency_response" ? "request" : "clock",
          reference + ": " + clock.label,
          WorkingDaysText(clock),
          clock.due_on,
          UrgencyOf(clock.status),
          CaseHref(id)};
}

}  // namespace

TodoSource CaseTodo(const HandlerContext& context) {
  const domain::CaseClockService clocks(context.store, context.clock, context.deadlines);
  return [clocks](const domain::Requester& requester) -> core::Result<std::vector<TodoItem>> {
    std::vector<TodoItem> items;
    const auto& principal = requester.principal;
    if (domain::Permits(principal, Resource::kCase, Action::kRead,
                        domain::InPartnership(requester))) {
      ASSURE_ASSIGN_OR_RETURN(const auto entries, clocks.Deadlines(requester));
      for (const auto& entry : entries) {
        items.push_back(ClockItem(entry.case_id, entry.case_reference, entry.clock));
      }
    } else if (principal.HasRole(domain::Role::kReviewer)) {
      domain::CaseQuery query;
      query.limit = 0;
      ASSURE_ASSIGN_OR_RETURN(const auto page, clocks.List(requester, query, false));
      for (const auto& listed : page.cases) {
        if (!listed.next) continue;
        auto item = ClockItem(listed.record.id, listed.record.reference, *listed.next);
        item.kind = "case";
        items.push_back(std::move(item));
      }
    }
    return items;
  };
}

}  // namespace assure::http::pages
