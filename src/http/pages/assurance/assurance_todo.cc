#include "http/pages/assurance/assurance_todo.h"

#include <vector>

#include "domain/assurance/audit/case_audit_service.h"
#include "domain/assurance/self_evaluation/round_service.h"

namespace assure::http::pages {

std::string ReturnHref(std::int64_t round, domain::AgencyId agency) {
  return "/assurance/rounds/" + std::to_string(round) + "/returns/" + std::to_string(agency);
}

std::string AuditPartHref(std::int64_t audit, domain::AgencyId agency) {
  return "/assurance/audits/" + std::to_string(audit) + "/parts/" + std::to_string(agency);
}

TodoSource AssuranceTodo(const HandlerContext& context) {
  const domain::RoundService rounds(context.store, context.clock);
  const domain::CaseAuditService audits(context.store, context.clock);
  return
      [rounds, audits](const domain::Requester& requester) -> core::Result<std::vector<TodoItem>> {
        ASSURE_ASSIGN_OR_RETURN(const auto due, rounds.Due(requester));
        std::vector<TodoItem> items;
        for (const auto& line : due) {
          const bool submitted = line.state == domain::ReturnState::kSubmitted;
          items.push_back({"self_evaluation",
                           (submitted ? "Challenge the return: " : "Self-evaluation return: ") +
                               line.round_title,
                           line.agency_name + (submitted ? ": submitted, to review and challenge"
                                               : line.overdue ? ": not returned by the due date"
                                                              : ": to complete and submit"),
                           line.due_on, line.overdue ? TodoUrgency::kOverdue : TodoUrgency::kDue,
                           ReturnHref(line.round_id, line.agency_id)});
        }
        ASSURE_ASSIGN_OR_RETURN(const auto parts, audits.Due(requester));
        for (const auto& part : parts) {
          items.push_back({"case_audit", "Case audit: " + part.title,
                           part.agency_name + (part.overdue ? ": not graded by the due date"
                                                            : ": to grade and submit"),
                           part.due_on, part.overdue ? TodoUrgency::kOverdue : TodoUrgency::kDue,
                           AuditPartHref(part.audit_id, part.agency_id)});
        }
        return items;
      };
}

}  // namespace assure::http::pages
