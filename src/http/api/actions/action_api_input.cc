#include "http/api/actions/action_api_input.h"

#include <utility>

#include "domain/actions/financial_year.h"
#include "http/common/json_fields.h"

namespace assure::http::api {

namespace {

using nlohmann::json;

// "version": the version of the record the caller saw (a positive integer).
std::vector<domain::ActionSource> SourcesFrom(JsonFields& fields) {
  std::vector<domain::ActionSource> sources;
  for (auto& object : fields.Objects("sources")) {
    domain::ActionSource source;
    if (auto kind = domain::ParseSourceKind(object.Text("kind"))) {
      source.kind = *kind;
    } else {
      object.Fail("kind",
                  "Choose recommendation, rapid_review, national_review, thematic_review, "
                  "audit_finding or board_decision.");
    }
    source.ref_id = object.Id("ref_id");
    source.label = object.Text("label");
    sources.push_back(std::move(source));
  }
  return sources;
}

// The priority field; `fallback` when absent (nullopt: required).
domain::ActionPriority PriorityFrom(JsonFields& fields,
                                    std::optional<domain::ActionPriority> fallback) {
  if (!fields.Has("priority") && fallback) return *fallback;
  if (auto priority = domain::ParseActionPriority(fields.Text("priority"))) return *priority;
  fields.Fail("priority", "Choose high, medium or low.");
  return domain::ActionPriority::kMedium;
}

// The plan fields shared by POST and PUT.
domain::NewAction PlanFrom(JsonFields& fields, std::optional<domain::ActionPriority> priority) {
  domain::NewAction plan;
  plan.title = fields.Text("title");
  plan.owner_agency_id = fields.Id("owner_agency_id").value_or(0);
  plan.lead_user_id = fields.Id("lead_user_id");
  plan.lead_name = fields.Text("lead_name");
  plan.success_measure = fields.Text("success_measure");
  plan.due_on = fields.RequiredDate("due_on");
  plan.priority = PriorityFrom(fields, priority);
  plan.sources = SourcesFrom(fields);
  return plan;
}

}  // namespace

core::Result<domain::NewAction> NewActionFrom(const json& body) {
  JsonFields fields(body);
  domain::NewAction draft = PlanFrom(fields, domain::ActionPriority::kMedium);
  return ValueIfAllRead(fields, std::move(draft));
}

core::Result<domain::PlanAction> ActionPlanFrom(const json& body) {
  JsonFields fields(body);
  domain::PlanAction action;
  action.version = RequiredVersion(fields);
  domain::SetPlan(action, PlanFrom(fields, std::nullopt));
  return ValueIfAllRead(fields, std::move(action));
}

core::Result<domain::ActionUpdateInput> ActionUpdateFrom(const json& body) {
  JsonFields fields(body);
  domain::ActionUpdateInput input;
  input.version = RequiredVersion(fields);
  input.on = fields.RequiredDate("on");
  input.narrative = fields.Text("narrative");
  if (auto status = domain::ParseActionStatus(fields.Text("status"))) {
    input.status = *status;
  } else {
    fields.Fail("status",
                "Choose not_started, in_progress, completed, not_implemented or superseded.");
  }
  input.status_reason = fields.Text("status_reason");
  if (auto rag = domain::ParseRag(fields.Text("rag"))) {
    input.rag = *rag;
  } else {
    fields.Fail("rag", "Choose red, amber or green.");
  }
  input.evidence = fields.Text("evidence");
  if (fields.Has("file")) {
    fields.Fail("file",
                "Attach evidence files on the action's page; the API records the update's text.");
  }
  return ValueIfAllRead(fields, std::move(input));
}

core::Result<domain::ReviewInput> ReviewFrom(const json& body) {
  JsonFields fields(body);
  domain::ReviewInput input;
  input.version = RequiredVersion(fields);
  if (auto outcome = domain::ParseReviewOutcome(fields.Text("outcome"))) {
    input.outcome = *outcome;
  } else {
    fields.Fail("outcome", "Choose on_track, escalate, close or extend.");
  }
  input.note = fields.Text("note");
  input.new_due_on = fields.Date("new_due_on");
  return ValueIfAllRead(fields, std::move(input));
}

core::Result<domain::Quarter> QuarterFrom(const json& body) {
  JsonFields fields(body);
  const auto quarter = domain::ParseQuarter(fields.Text("quarter"));
  if (!quarter) fields.Fail("quarter", "Enter the quarter as 2025-26-q1.");
  return ValueIfAllRead(fields, quarter.value_or(domain::Quarter{}));
}

}  // namespace assure::http::api
