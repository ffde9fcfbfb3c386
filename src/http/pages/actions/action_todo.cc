#include "http/pages/actions/action_todo.h"

#include <chrono>
#include <string>
#include <vector>

#include "domain/access/policy.h"
#include "domain/actions/action_service.h"
#include "domain/actions/review_round_service.h"
#include "domain/london_date.h"
#include "http/pages/actions/action_support.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;

TodoItem ActionItem(const domain::PlanAction& action, TodoUrgency urgency) {
  return {"action",
          action.title,
          urgency == TodoUrgency::kOverdue ? "Overdue: update its progress or ask for a new date"
                                           : "Due soon",
          action.due_on,
          urgency,
          ActionHref(action.id)};
}

}  // namespace

TodoSource ActionTodo(const HandlerContext& context) {
  const domain::ActionService actions(context.store, context.clock, context.deadlines);
  const domain::ReviewRoundService rounds(context.store, context.clock, context.deadlines);
  const core::Clock* clock = &context.clock;
  return [actions, rounds,
          clock](const domain::Requester& requester) -> core::Result<std::vector<TodoItem>> {
    std::vector<TodoItem> items;
    const auto& principal = requester.principal;
    const auto today = domain::LondonDate(clock->Now());
    if (domain::MayEver(principal, Resource::kReviewRound, Action::kUpdate)) {
      ASSURE_ASSIGN_OR_RETURN(const auto dashboard, rounds.Dashboard(requester));
      for (const auto& rated : dashboard.overdue) {
        items.push_back(ActionItem(rated.action, TodoUrgency::kOverdue));
      }
      if (dashboard.round && !dashboard.round->closed_on) {
        ASSURE_ASSIGN_OR_RETURN(const auto round, rounds.Get(requester, dashboard.round->id));
        const auto round_path = RoundHref(round.round.id);
        for (const auto& entry : round.entries) {
          if (entry.entry.outcome) continue;
          items.push_back({"review_entry", "Review: " + entry.action_title,
                           "Not reviewed in this quarter's round yet", std::nullopt,
                           TodoUrgency::kDue,
                           round_path + "/entries/" + std::to_string(entry.entry.id)});
        }
      }
    }
    if (principal.HasRole(domain::Role::kAgencyLead)) {
      ASSURE_ASSIGN_OR_RETURN(const auto mine, actions.MyActions(requester));
      const domain::CivilDate soon{std::chrono::sys_days{today} + std::chrono::days{kDueSoonDays}};
      for (const auto& rated : mine) {
        const auto& action = rated.action;
        if (action.due_on < today) {
          items.push_back(ActionItem(action, TodoUrgency::kOverdue));
        } else if (action.due_on <= soon) {
          items.push_back(ActionItem(action, TodoUrgency::kDue));
        }
      }
    }
    return items;
  };
}

}  // namespace assure::http::pages
