#include "http/common/todo.h"

#include <algorithm>
#include <tuple>
#include <utility>

namespace assure::http {

std::string_view TodoUrgencyName(TodoUrgency urgency) {
  switch (urgency) {
    case TodoUrgency::kOverdue:
      return "overdue";
    case TodoUrgency::kAtRisk:
      return "at_risk";
    case TodoUrgency::kDue:
      return "due";
    case TodoUrgency::kUpcoming:
      return "upcoming";
  }
  return "due";
}

std::string_view TodoUrgencyLabel(TodoUrgency urgency) {
  switch (urgency) {
    case TodoUrgency::kOverdue:
      return "Overdue";
    case TodoUrgency::kAtRisk:
      return "At risk";
    case TodoUrgency::kDue:
      return "Due";
    case TodoUrgency::kUpcoming:
      return "Coming up";
  }
  return "Due";
}

void TodoList::Add(TodoSource source) { sources_.push_back(std::move(source)); }

core::Result<std::vector<TodoItem>> TodoList::For(const domain::Requester& requester) const {
  std::vector<TodoItem> items;
  for (const auto& source : sources_) {
    ASSURE_ASSIGN_OR_RETURN(auto found, source(requester));
    std::move(found.begin(), found.end(), std::back_inserter(items));
  }
  // An item without a due date comes after those with one of the same urgency.
  std::stable_sort(items.begin(), items.end(), [](const TodoItem& a, const TodoItem& b) {
    const auto key = [](const TodoItem& item) {
      return std::make_tuple(item.urgency, !item.due.has_value(),
                             item.due.value_or(domain::CivilDate{}), std::cref(item.title));
    };
    return key(a) < key(b);
  });
  return items;
}

nlohmann::json TodoJson(const TodoItem& item) {
  return {{"kind", item.kind},
          {"title", item.title},
          {"detail", item.detail},
          {"due", item.due ? nlohmann::json(domain::FormatCivilDate(*item.due)) : nullptr},
          {"status", TodoUrgencyName(item.urgency)},
          {"href", item.href}};
}

}  // namespace assure::http
