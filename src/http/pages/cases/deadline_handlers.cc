// The deadlines page (/deadlines): every at-risk and overdue statutory clock of the cases the
// reader may see (the business unit: the whole partnership), soonest due first, each with its
// case. Read through CaseClockService (audited once as "case.list").
#include "http/common/errors.h"
#include "http/common/page_render.h"
#include "http/pages/cases/case_support.h"

namespace assure::http::pages {

namespace {

using nlohmann::json;

core::Result<Response> DeadlinesPage(const CaseServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto entries, services.clocks.Deadlines(RequesterOf(request)));
  json rows = json::array();
  int overdue = 0;
  for (const auto& entry : entries) {
    auto row = ClockRow(entry.clock);
    row["href"] = CaseHref(entry.case_id);
    row["reference"] = entry.case_reference;
    row["type"] = CaseTypeLabel(entry.case_type);
    rows.push_back(std::move(row));
    overdue += entry.clock.status == domain::ClockStatus::kOverdue ? 1 : 0;
  }
  const auto at_risk = static_cast<int>(rows.size()) - overdue;
  json context{{"title", "Deadlines"},
               {"has_rows", !rows.empty()},
               {"count_text",
                std::to_string(overdue) + " overdue, " + std::to_string(at_risk) + " at risk"}};
  context["rows"] = std::move(rows);
  return RenderPage(services.context.renderer, request, "deadlines", std::move(context));
}

}  // namespace

void AddDeadlineRoutes(Router& router, const CaseServices& services) {
  router.Add(Method::kGet, "/deadlines",
             RoutePolicy::Authorised(domain::Resource::kCase, domain::Action::kRead),
             PageHandler(services.context.renderer, [services](const Request& request) {
               return DeadlinesPage(services, request);
             }));
}

}  // namespace assure::http::pages
