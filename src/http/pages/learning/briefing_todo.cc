#include "http/pages/learning/briefing_todo.h"

#include <vector>

#include "domain/learning/briefing_access.h"
#include "domain/learning/briefing_service.h"
#include "domain/learning/dissemination_service.h"
#include "http/pages/learning/briefing_support.h"

namespace assure::http::pages {

TodoSource BriefingTodo(const HandlerContext& context) {
  const domain::BriefingService briefings(context.store, context.clock);
  const domain::DisseminationService dissemination(context.store, context.clock, context.deadlines);
  return [briefings, dissemination](
             const domain::Requester& requester) -> core::Result<std::vector<TodoItem>> {
    std::vector<TodoItem> items;
    const bool business_unit = domain::MayWriteBriefings(requester);
    const bool agency_lead = requester.principal.HasRole(domain::Role::kAgencyLead);
    if (business_unit || agency_lead) {
      ASSURE_ASSIGN_OR_RETURN(const auto waiting, dissemination.Unconfirmed(requester));
      for (const auto& line : waiting) {
        // The business unit hears of an agency once it is overdue; a lead of each of theirs.
        if (!line.overdue && !agency_lead) continue;
        items.push_back({"dissemination", "Confirm it was shared: " + line.title,
                         line.agency_name + (line.overdue ? ": not confirmed in time"
                                                          : ": record how your staff heard it"),
                         line.confirm_by, line.overdue ? TodoUrgency::kOverdue : TodoUrgency::kDue,
                         BriefingHref(line.briefing_id)});
      }
    }
    ASSURE_ASSIGN_OR_RETURN(const auto waiting, briefings.ToApprove(requester));
    for (const auto& briefing : waiting) {
      items.push_back(
          {"briefing", "Approve: " + briefing.content.title,
           std::string{domain::BriefingKindLabel(briefing.content.kind)} + " waiting for approval",
           std::nullopt, TodoUrgency::kDue, BriefingHref(briefing.id)});
    }
    return items;
  };
}

}  // namespace assure::http::pages
