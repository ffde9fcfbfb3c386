#include "http/api/actions/action_json.h"

#include <string>

#include "domain/actions/financial_year.h"
#include "http/common/json_fields.h"

namespace assure::http::api {

namespace {

using nlohmann::json;

json RagJson(const std::optional<domain::Rag>& rag) {
  if (!rag) return nullptr;
  return domain::RagName(*rag);
}

json SourceJson(const domain::ActionSource& source) {
  return {{"kind", domain::SourceKindName(source.kind)},
          {"ref_id", OptionalJson(source.ref_id)},
          {"label", source.label}};
}

json SourceViewJson(const domain::ActionSourceView& view) {
  json out = SourceJson(view.source);
  out["case_id"] = OptionalJson(view.case_id);
  out["case_reference"] = view.case_reference;
  out["recommendation_number"] = OptionalJson(view.recommendation_number);
  out["recommendation_text"] = view.recommendation_text;
  out["description"] = view.description;
  return out;
}

json UpdateJson(const domain::ActionUpdate& update) {
  return {{"id", update.id},
          {"action_id", update.action_id},
          {"on", domain::FormatCivilDate(update.on)},
          {"narrative", update.narrative},
          {"status", domain::ActionStatusName(update.status)},
          {"status_reason", update.status_reason},
          {"rag", domain::RagName(update.rag)},
          {"evidence", update.evidence},
          {"recorded_by", OptionalJson(update.recorded_by)},
          {"recorded_at", core::FormatInstant(update.recorded_at)}};
}

json EvidenceFileJson(const domain::EvidenceFile& file, domain::ActionId action_id) {
  return {{"id", file.id},
          {"update_id", file.update_id},
          {"file_name", file.file_name},
          {"content_type", file.content_type},
          {"size", file.size},
          {"sha256", file.sha256},
          {"uploaded_at", core::FormatInstant(file.uploaded_at)},
          {"href", ActionApiHref(action_id) + "/files/" + std::to_string(file.id)}};
}

json QuarterJson(const domain::Quarter& quarter) { return domain::QuarterSlug(quarter); }

}  // namespace

std::string ActionApiHref(domain::ActionId id) { return "/api/v1/actions/" + std::to_string(id); }

std::string ReviewRoundApiHref(domain::ReviewRoundId id) {
  return "/api/v1/review-rounds/" + std::to_string(id);
}

json ActionJson(const domain::PlanAction& action) {
  json sources = json::array();
  for (const auto& source : action.sources) sources.push_back(SourceJson(source));
  return {{"id", action.id},
          {"title", action.title},
          {"owner_agency_id", action.owner_agency_id},
          {"lead_user_id", OptionalJson(action.lead_user_id)},
          {"lead_name", action.lead_name},
          {"success_measure", action.success_measure},
          {"due_on", domain::FormatCivilDate(action.due_on)},
          {"priority", domain::ActionPriorityName(action.priority)},
          {"status", domain::ActionStatusName(action.status)},
          {"status_reason", action.status_reason},
          {"reported_rag", RagJson(action.reported_rag)},
          {"last_update_on", DateJson(action.last_update_on)},
          {"due_date_changes", action.due_date_changes},
          {"sources", sources},
          {"created_at", core::FormatInstant(action.created_at)},
          {"version", action.version}};
}

json RatedActionJson(const domain::RatedAction& rated) {
  json out = ActionJson(rated.action);
  out["effective_rag"] = RagJson(rated.effective_rag);
  out["rag_disagrees"] = rated.rag_disagrees;
  return out;
}

json RatedActionsJson(const std::vector<domain::RatedAction>& actions) {
  json list = json::array();
  for (const auto& rated : actions) list.push_back(RatedActionJson(rated));
  return list;
}

json ActionViewJson(const domain::ActionView& view) {
  json sources = json::array();
  for (const auto& source : view.sources) sources.push_back(SourceViewJson(source));
  json reviews = json::array();
  for (const auto& review : view.reviews) {
    json entry = ReviewEntryJson(review.entry);
    entry["quarter"] = QuarterJson(review.quarter);
    entry["quarter_label"] = domain::FormatQuarter(review.quarter);
    reviews.push_back(std::move(entry));
  }
  json next = json::array();
  for (auto status : view.next_statuses) next.push_back(domain::ActionStatusName(status));
  return {{"action", RatedActionJson(view.rated)},
          {"sources", sources},
          {"updates", UpdatesJson(view.updates)},
          {"reviews", reviews},
          {"next_statuses", next},
          {"may_update", view.may_update},
          {"may_edit", view.may_edit}};
}

json UpdateViewJson(const domain::ActionUpdateView& update) {
  json out = UpdateJson(update.update);
  json files = json::array();
  for (const auto& file : update.files) {
    files.push_back(EvidenceFileJson(file, update.update.action_id));
  }
  out["files"] = files;
  return out;
}

json UpdatesJson(const std::vector<domain::ActionUpdateView>& updates) {
  json list = json::array();
  for (const auto& update : updates) list.push_back(UpdateViewJson(update));
  return list;
}

json ReviewEntryJson(const domain::ReviewEntry& entry) {
  json outcome = nullptr;
  if (entry.outcome) outcome = domain::ReviewOutcomeName(*entry.outcome);
  return {{"id", entry.id},
          {"round_id", entry.round_id},
          {"action_id", entry.action_id},
          {"outcome", outcome},
          {"reviewed_by", OptionalJson(entry.reviewed_by)},
          {"reviewed_on", DateJson(entry.reviewed_on)},
          {"new_due_on", DateJson(entry.new_due_on)},
          {"note", entry.note},
          {"version", entry.version}};
}

json ReviewRoundJson(const domain::ReviewRound& round) {
  return {{"id", round.id},
          {"quarter", QuarterJson(round.quarter)},
          {"quarter_label", domain::FormatQuarter(round.quarter)},
          {"opened_on", domain::FormatCivilDate(round.opened_on)},
          {"opened_by", OptionalJson(round.opened_by)},
          {"closed_on", DateJson(round.closed_on)},
          {"version", round.version}};
}

json RoundViewJson(const domain::RoundView& view) {
  json entries = json::array();
  for (const auto& row : view.entries) {
    json entry = ReviewEntryJson(row.entry);
    entry["action_title"] = row.action_title;
    entry["owner_agency_id"] = row.owner_agency_id;
    entry["due_on"] = domain::FormatCivilDate(row.due_on);
    entry["status"] = domain::ActionStatusName(row.status);
    entry["effective_rag"] = RagJson(row.effective_rag);
    entries.push_back(std::move(entry));
  }
  return {{"round", ReviewRoundJson(view.round)},
          {"entries", entries},
          {"may_review", view.may_review},
          {"may_close", view.may_close}};
}

json DashboardJson(const domain::ReviewDashboard& dashboard) {
  json round = nullptr;
  if (dashboard.round) round = ReviewRoundJson(*dashboard.round);
  return {{"quarter", QuarterJson(dashboard.quarter)},
          {"quarter_label", domain::FormatQuarter(dashboard.quarter)},
          {"round", round},
          {"not_reviewed", RatedActionsJson(dashboard.not_reviewed)},
          {"overdue", RatedActionsJson(dashboard.overdue)},
          {"dates_moved", RatedActionsJson(dashboard.dates_moved)}};
}

}  // namespace assure::http::api
