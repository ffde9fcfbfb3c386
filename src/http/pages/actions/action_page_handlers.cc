// One action's page (/actions/{id}): the action with its sources, status, RAG rating (flagged
// when stricter than reported), due date and how often it moved, its progress updates newest
// first with their evidence and files, and its quarterly review entries; and an evidence file's
// download (/actions/{id}/evidence/{file}). An action the asker may not see is 404, audited by
// the service.
#include <cstdio>
#include <utility>
#include <vector>

#include "domain/actions/financial_year.h"
#include "domain/civil_date.h"
#include "http/common/display.h"
#include "http/common/downloads.h"
#include "http/common/errors.h"
#include "http/common/numbers.h"
#include "http/common/page_render.h"
#include "http/pages/actions/action_support.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

// "" for none, "Moved once since it was agreed", "Moved 3 times since it was agreed".
std::string MovedText(int changes) {
  if (changes <= 0) return {};
  if (changes == 1) return "Moved once since it was agreed";
  if (changes == 2) return "Moved twice since it was agreed";
  return "Moved " + std::to_string(changes) + " times since it was agreed";
}

// What ?done= says happened.
std::string Notice(const Request& request) {
  const auto done = request.QueryParam("done").value_or("");
  if (done == "created") return "The action is added to the plan.";
  if (done == "edited") return "The action's plan is saved.";
  if (done == "updated") return "Your update is recorded.";
  return {};
}

json Sources(const domain::ActionView& view, bool may_read_cases) {
  json list = json::array();
  for (const auto& source : view.sources) {
    json text = json::array();
    if (!source.recommendation_text.empty()) text = TextLines(source.recommendation_text);
    list.push_back({{"description", source.description},
                    {"case_href",
                     may_read_cases && source.case_id ? CaseHref(*source.case_id) : std::string{}},
                    {"text", text}});
  }
  return list;
}

json Updates(const domain::ActionView& view, const std::map<domain::UserId, std::string>& people) {
  json list = json::array();
  for (auto it = view.updates.rbegin(); it != view.updates.rend(); ++it) {
    const auto& update = it->update;
    json files = json::array();
    for (const auto& file : it->files) {
      files.push_back(
          {{"href", ActionHref(view.rated.action.id) + "/evidence/" + std::to_string(file.id)},
           {"file_name", file.file_name},
           {"size", FileSizeText(file.size)}});
    }
    std::string recorded_by;
    if (update.recorded_by) {
      if (auto name = people.find(*update.recorded_by); name != people.end()) {
        recorded_by = name->second == "You" ? "you" : name->second;
      }
    }
    list.push_back({{"heading", "Update of " + domain::LongCivilDate(update.on)},
                    {"status", domain::ActionStatusLabel(update.status)},
                    {"status_class", StatusTagClass(update.status)},
                    {"rag", domain::RagLabel(update.rag)},
                    {"rag_class", RagTagClass(update.rag)},
                    {"narrative", TextLines(update.narrative)},
                    {"reason", TextLines(update.status_reason)},
                    {"evidence", TextLines(update.evidence)},
                    {"has_files", !files.empty()},
                    {"files", files},
                    {"recorded_by", recorded_by}});
  }
  return list;
}

json Reviews(const domain::ActionView& view) {
  json list = json::array();
  for (const auto& review : view.reviews) {
    const auto& entry = review.entry;
    list.push_back(
        {{"quarter", domain::FormatQuarter(review.quarter)},
         {"outcome", entry.outcome ? std::string{domain::ReviewOutcomeLabel(*entry.outcome)}
                                   : std::string{"Not reviewed yet"}},
         {"reviewed_on", DateText(entry.reviewed_on)},
         {"note", entry.note},
         {"new_due", DateText(entry.new_due_on)}});
  }
  return list;
}

core::Result<Response> ActionPage(const ActionServices& services, const Request& request) {
  const auto requester = RequesterOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto view,
                          services.actions.Get(requester, IdParam(request, "id").value_or(0)));
  const auto& rated = view.rated;
  const auto& action = rated.action;
  ASSURE_ASSIGN_OR_RETURN(const auto agencies, AgencyNames(services.agencies, requester));
  std::vector<domain::UserId> recorders;
  for (const auto& update : view.updates) {
    if (update.update.recorded_by) recorders.push_back(*update.update.recorded_by);
  }
  ASSURE_ASSIGN_OR_RETURN(const auto people, services.choices.PeopleNames(requester, recorders));

  const bool whole_partnership = domain::Permits(requester.principal, Resource::kAction,
                                                 Action::kRead, domain::InPartnership(requester));
  const bool may_read_cases = domain::MayEver(requester.principal, Resource::kCase, Action::kRead);
  const auto updates = Updates(view, people);
  const auto reviews = Reviews(view);
  json page{
      {"title", action.title},
      {"back_href", whole_partnership ? "/actions" : "/my-actions"},
      {"back_text", whole_partnership ? "All actions" : "My actions"},
      {"notice", Notice(request)},
      {"agency", AgencyName(agencies, action.owner_agency_id)},
      {"lead", action.lead_name},
      {"success_measure", TextLines(action.success_measure)},
      {"due", domain::LongCivilDate(action.due_on)},
      {"moved_text", MovedText(action.due_date_changes)},
      {"priority", PriorityLabel(action.priority)},
      {"status", domain::ActionStatusLabel(action.status)},
      {"status_class", StatusTagClass(action.status)},
      {"status_reason", TextLines(action.status_reason)},
      {"rag", RagText(rated.effective_rag)},
      {"rag_class", RagTagClass(rated.effective_rag)},
      {"rag_flag", rated.rag_disagrees && action.reported_rag ? RagText(action.reported_rag) : ""},
      {"reported_rag", action.reported_rag ? RagText(action.reported_rag) : ""},
      {"last_update", DateText(action.last_update_on)},
      {"sources", Sources(view, may_read_cases)},
      {"may_update", view.may_update},
      {"update_href", ActionHref(action.id) + "/update"},
      {"may_edit", view.may_edit},
      {"edit_href", ActionHref(action.id) + "/edit"},
      {"has_updates", !updates.empty()},
      {"updates", updates},
      {"show_reviews", domain::MayEver(requester.principal, Resource::kReviewRound, Action::kRead)},
      {"has_reviews", !reviews.empty()},
      {"reviews", reviews}};
  return RenderPage(services.context.renderer, request, "action", std::move(page));
}

core::Result<Response> EvidenceDownload(const ActionServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(
      auto evidence,
      services.actions.GetEvidenceFile(RequesterOf(request), IdParam(request, "id").value_or(0),
                                       IdParam(request, "file").value_or(0)));
  return Download(evidence.file.content_type, evidence.file.file_name, std::move(evidence.bytes));
}

}  // namespace

void AddActionPageRoutes(Router& router, const ActionServices& services) {
  router.Add(Method::kGet, "/actions/{id}",
             RoutePolicy::Authorised(Resource::kAction, Action::kRead),
             ActionPageHandler(services, ActionPage));
  router.Add(Method::kGet, "/actions/{id}/evidence/{file}",
             RoutePolicy::Authorised(Resource::kAction, Action::kRead),
             ActionPageHandler(services, EvidenceDownload));
}

}  // namespace assure::http::pages
