// The to-do list on each person's home page and at GET /api/v1/me/todo: what needs them now,
// most urgent first, each item linking to where it is done. Each feature contributes its own
// items through one TodoSource, registered once at start-up by the composition root (the cases
// feature its clocks and a reviewer's cases, the requests feature an agency's requests, the
// actions feature actions and review-round entries); a source gives nothing to a person whose
// roles do not concern it. TodoList is filled before the server starts and only read afterwards:
// For() is thread-safe as its sources are.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/civil_date.h"
#include "domain/identity/requester.h"

namespace assure::http {

// Most urgent first.
enum class TodoUrgency { kOverdue, kAtRisk, kDue, kUpcoming };
std::string_view TodoUrgencyName(TodoUrgency urgency);   // "overdue", "at_risk", "due", "upcoming"
std::string_view TodoUrgencyLabel(TodoUrgency urgency);  // "Overdue", "At risk", "Due", "Coming up"

struct TodoItem {
  std::string kind;    // what it is: "clock", "request", "action", "review_entry", "case"
  std::string title;   // "CR-2025-007: Rapid review"
  std::string detail;  // "2 working days late"
  std::optional<domain::CivilDate> due;
  TodoUrgency urgency = TodoUrgency::kDue;
  std::string href;  // the page where it is done
};

using TodoSource =
    std::function<core::Result<std::vector<TodoItem>>(const domain::Requester& requester)>;

class TodoList {
 public:
  // Start-up only, before the server runs.
  void Add(TodoSource source);
  // Every source's items for `requester`, most urgent first, then soonest due, then by title.
  // A source's failure is the list's failure (never a list that silently misses items).
  core::Result<std::vector<TodoItem>> For(const domain::Requester& requester) const;

 private:
  std::vector<TodoSource> sources_;
};

// {kind, title, detail, due ("YYYY-MM-DD" or null), status (TodoUrgencyName), href}.
nlohmann::json TodoJson(const TodoItem& item);

}  // namespace assure::http
