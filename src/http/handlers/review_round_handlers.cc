// The quarterly review rounds of action plans (doc/actions.md, "Review rounds and the
// dashboard"): /review-rounds (the rounds, newest quarter first, and for the business manager the
// button that opens the current quarter's round: POST /review-rounds), /review-rounds/{id} (the
// round's entries with each action's status and RAG rating, and the button that closes it: POST
// /review-rounds/{id}/close) and one page per entry, /review-rounds/{id}/entries/{entry}, whose
// form records the outcome (on track, escalate, extend with a new due date, close) with a note.
// A stale entry or round keeps the form and says to reload.
#include <optional>
#include <string>

#include "domain/actions/financial_year.h"
#include "domain/london_date.h"
#include "http/handlers/action_form_view.h"
#include "http/handlers/action_forms.h"
#include "http/handlers/action_support.h"
#include "http/handlers/case_support.h"
#include "http/handlers/page_render.h"

namespace assure::http::handlers {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

std::string EntryHref(domain::ReviewRoundId round, domain::ReviewEntryId entry) {
  return RoundHref(round) + "/entries/" + std::to_string(entry);
}

std::string Notice(const Request& request) {
  const auto done = request.QueryParam("done").value_or("");
  if (done == "opened") return "The review round is open. Every open action has an entry in it.";
  if (done == "reviewed") return "The review is recorded.";
  if (done == "closed") return "The review round is closed.";
  return {};
}

Response RoundsPage(const ActionServices& services, const Request& request,
                    const std::optional<core::Error>& error = std::nullopt, int status = 200) {
  const auto requester = RequesterOf(request);
  auto rounds = services.rounds.List(requester);
  if (!rounds) return ErrorResponse(services.deps.renderer, request, rounds.error());
  const auto quarter = domain::QuarterOf(domain::LondonDate(services.deps.clock.Now()));
  bool current_opened = false;
  json rows = json::array();
  for (const auto& round : *rounds) {
    current_opened = current_opened || round.quarter == quarter;
    rows.push_back({{"href", RoundHref(round.id)},
                    {"quarter", domain::FormatQuarter(round.quarter)},
                    {"opened", domain::LongCivilDate(round.opened_on)},
                    {"closed", DateText(round.closed_on)}});
  }
  const bool may_open =
      !current_opened && domain::Permits(requester.principal, Resource::kReviewRound,
                                         Action::kCreate, domain::InPartnership(requester));
  json page{{"title", "Quarterly review rounds"},
            {"has_rows", !rows.empty()},
            {"rows", rows},
            {"may_open", may_open},
            {"quarter", domain::FormatQuarter(quarter)},
            {"quarter_slug", domain::QuarterSlug(quarter)},
            {"csrf_token", request.session->session.csrf_token}};
  if (error) {
    page["has_errors"] = true;
    page["errors"] = json::array({{{"href", ""}, {"text", error->message}}});
  }
  return RenderPage(services.deps.renderer, request, "review_rounds", std::move(page), status);
}

Response Open(const ActionServices& services, const Request& request) {
  auto sent = request.Form();
  if (!sent) return Response{400, {}, {}, {}};
  const auto quarter = domain::ParseQuarter(sent->Get("quarter").value_or(""));
  if (!quarter) {
    return RoundsPage(services, request,
                      core::Error::InvalidInput("quarter", "Choose the quarter to review."), 422);
  }
  auto opened = services.rounds.Open(RequesterOf(request), *quarter);
  if (opened) return Response::Redirect(RoundHref(opened->id) + "?done=opened");
  const auto& error = opened.error();
  if (error.code == core::ErrorCode::kInvalidInput)
    return RoundsPage(services, request, error, 422);
  if (error.code == core::ErrorCode::kConflict) return RoundsPage(services, request, error, 409);
  return ErrorResponse(services.deps.renderer, request, error);
}

Response RoundPage(const ActionServices& services, const Request& request) {
  const auto requester = RequesterOf(request);
  auto view = services.rounds.Get(requester, IdParam(request, "id").value_or(0));
  if (!view) return ErrorResponse(services.deps.renderer, request, view.error());
  const auto& round = view->round;
  const auto names = ActionAgencyNames(services, requester);
  json rows = json::array();
  int reviewed = 0;
  for (const auto& row : view->entries) {
    const auto& entry = row.entry;
    reviewed += entry.outcome.has_value();
    rows.push_back(
        {{"action_href", ActionHref(entry.action_id)},
         {"title", row.action_title},
         {"agency", AgencyName(names, row.owner_agency_id)},
         {"due", domain::LongCivilDate(row.due_on)},
         {"status", domain::ActionStatusLabel(row.status)},
         {"status_class", StatusTagClass(row.status)},
         {"rag", RagText(row.effective_rag)},
         {"rag_class", RagTagClass(row.effective_rag)},
         {"outcome",
          entry.outcome ? std::string{domain::ReviewOutcomeLabel(*entry.outcome)} : std::string{}},
         {"reviewed_on", DateText(entry.reviewed_on)},
         {"review_href", EntryHref(round.id, entry.id)},
         {"review_text", entry.outcome ? "Change the review" : "Review"}});
  }
  const auto quarter = domain::FormatQuarter(round.quarter);
  std::string state = "Opened on " + domain::LongCivilDate(round.opened_on);
  state += round.closed_on ? "; closed on " + domain::LongCivilDate(*round.closed_on) + "."
                           : "; open for review.";
  const auto count = static_cast<int>(view->entries.size());
  json page{{"title", "Review round " + quarter},
            {"notice", Notice(request)},
            {"state", state},
            {"progress", std::to_string(reviewed) + " of " + std::to_string(count) +
                             (count == 1 ? " action reviewed" : " actions reviewed")},
            {"has_rows", !rows.empty()},
            {"rows", rows},
            {"may_review", view->may_review},
            {"may_close", view->may_close},
            {"close_href", RoundHref(round.id) + "/close"},
            {"version", std::to_string(round.version)},
            {"csrf_token", request.session->session.csrf_token}};
  return RenderPage(services.deps.renderer, request, "review_round", std::move(page));
}

Response Close(const ActionServices& services, const Request& request) {
  const auto id = IdParam(request, "id").value_or(0);
  auto sent = request.Form();
  if (!sent) return Response{400, {}, {}, {}};
  const auto version = ParsePositive(sent->Get("version").value_or(""));
  if (!version) return Response{400, {}, {}, {}};
  auto closed = services.rounds.Close(RequesterOf(request), id, *version);
  if (closed) return Response::Redirect(RoundHref(id) + "?done=closed");
  if (closed.error().code == core::ErrorCode::kConflict) {
    return RenderPage(services.deps.renderer, request, views::kErrorPage,
                      {{"title", "The review round has not been closed"},
                       {"message", closed.error().message},
                       {"link_href", RoundHref(id)},
                       {"link_text", "See the review round as it is now"}},
                      409);
  }
  return ErrorResponse(services.deps.renderer, request, closed.error());
}

// The round and its entry named by the path (404 when the entry is not in that round).
struct EntryOnPage {
  domain::RoundView round;
  domain::RoundEntryView entry;
};

core::Result<EntryOnPage> Entry(const ActionServices& services, const Request& request) {
  auto view = services.rounds.Get(RequesterOf(request), IdParam(request, "id").value_or(0));
  if (!view) return view.error();
  const auto entry_id = IdParam(request, "entry").value_or(0);
  for (const auto& entry : view->entries) {
    if (entry.entry.id == entry_id) return EntryOnPage{*view, entry};
  }
  return core::Error::NotFound("There is no such review entry.");
}

Response EntryForm(const ActionServices& services, const Request& request, const EntryOnPage& found,
                   const FormData& values, const FormErrors& errors, int status) {
  const auto& round = found.round.round;
  const auto& row = found.entry;
  const auto names = ActionAgencyNames(services, RequesterOf(request));
  const auto line = [](std::string key, const std::string& value) {
    return json{{"key", std::move(key)}, {"lines", json::array({value})}};
  };
  json about = json::array({line("Owner agency", AgencyName(names, row.owner_agency_id)),
                            line("Due", domain::LongCivilDate(row.due_on)),
                            line("Status", std::string{domain::ActionStatusLabel(row.status)}),
                            line("RAG rating shown", RagText(row.effective_rag))});
  ActionFormView view(values, errors);
  auto& form = view.form();
  std::vector<Choice> outcomes;
  for (const auto outcome : {domain::ReviewOutcome::kOnTrack, domain::ReviewOutcome::kEscalate,
                             domain::ReviewOutcome::kExtend, domain::ReviewOutcome::kClose}) {
    std::string hint;
    switch (outcome) {
      case domain::ReviewOutcome::kOnTrack:
        hint = "Nothing changes";
        break;
      case domain::ReviewOutcome::kEscalate:
        hint = "Say why in the note";
        break;
      case domain::ReviewOutcome::kExtend:
        hint = "Give the new due date and the reason in the note";
        break;
      case domain::ReviewOutcome::kClose:
        hint = "Only for an action a progress update has already closed";
        break;
    }
    outcomes.push_back({std::string{domain::ReviewOutcomeName(outcome)},
                        std::string{domain::ReviewOutcomeLabel(outcome)}, hint});
  }
  form.Radios("outcome", "Outcome of the review", outcomes);
  form.Textarea("note", "Note", "Required to escalate or extend", 3);
  form.Date("new_due_on", "New due date (to extend only)", "For example, 30 6 2026");
  json page{{"title", "Review: " + row.action_title},
            {"caption", "Review round " + domain::FormatQuarter(round.quarter)},
            {"back_href", RoundHref(round.id)},
            {"cancel_href", RoundHref(round.id)},
            {"action_href", EntryHref(round.id, row.entry.id)},
            {"csrf_token", request.session->session.csrf_token},
            {"version", values.Get("version").value_or("")},
            {"multipart", false},
            {"has_about", true},
            {"about", about},
            {"submit", "Record the review"},
            {"sections", view.Sections()}};
  view.AddErrors(page);
  return RenderPage(services.deps.renderer, request, "action_form", std::move(page), status);
}

// The entry's page when the asker may review it now (an open round); the error page otherwise.
core::Result<EntryOnPage> Reviewable(const ActionServices& services, const Request& request) {
  auto found = Entry(services, request);
  if (!found) return found.error();
  if (found->round.round.closed_on) {
    return core::Error::Conflict("This review round is closed, so it cannot be changed.");
  }
  if (!found->round.may_review) {
    return core::Error::Forbidden("Your role does not allow you to review actions.");
  }
  return found;
}

Response ClosedOrError(const ActionServices& services, const Request& request,
                       const core::Error& error) {
  if (error.code == core::ErrorCode::kConflict) {
    return RenderPage(services.deps.renderer, request, views::kErrorPage,
                      {{"title", "This review cannot be changed"},
                       {"message", error.message},
                       {"link_href", RoundHref(IdParam(request, "id").value_or(0))},
                       {"link_text", "See the review round"}},
                      409);
  }
  return ErrorResponse(services.deps.renderer, request, error);
}

Response ReviewForm(const ActionServices& services, const Request& request) {
  auto found = Reviewable(services, request);
  if (!found) return ClosedOrError(services, request, found.error());
  const auto& entry = found->entry.entry;
  std::vector<std::pair<std::string, std::string>> pairs{{"version", std::to_string(entry.version)},
                                                         {"note", entry.note}};
  if (entry.outcome)
    pairs.emplace_back("outcome", std::string{domain::ReviewOutcomeName(*entry.outcome)});
  AppendDate(pairs, "new_due_on", entry.new_due_on);
  return EntryForm(services, request, *found, FormData(std::move(pairs)), FormErrors{}, 200);
}

Response Review(const ActionServices& services, const Request& request) {
  auto found = Reviewable(services, request);
  if (!found) return ClosedOrError(services, request, found.error());
  auto sent = request.Form();
  if (!sent) return Response{400, {}, {}, {}};
  const auto version = ParsePositive(sent->Get("version").value_or(""));
  if (!version) return Response{400, {}, {}, {}};
  FormErrors errors;
  auto input = ParseReviewEntry(*sent, errors);
  if (!errors.empty()) return EntryForm(services, request, *found, *sent, errors, 422);
  input.version = *version;
  auto reviewed = services.rounds.Review(RequesterOf(request), found->entry.entry.id, input,
                                         found->round.round.id);
  if (reviewed) return Response::Redirect(RoundHref(found->round.round.id) + "?done=reviewed");
  const auto& error = reviewed.error();
  if (error.code == core::ErrorCode::kInvalidInput) {
    errors.Add(error);
    return EntryForm(services, request, *found, *sent, errors, 422);
  }
  if (error.code == core::ErrorCode::kConflict) {
    errors.Add("", error.message);
    return EntryForm(services, request, *found, *sent, errors, 409);
  }
  return ErrorResponse(services.deps.renderer, request, error);
}

}  // namespace

void AddReviewRoundRoutes(Router& router, const ActionServices& services) {
  router.Add(Method::kGet, "/review-rounds",
             RoutePolicy::Authorised(Resource::kReviewRound, Action::kRead),
             [services](const Request& request) { return RoundsPage(services, request); });
  router.Add(Method::kPost, "/review-rounds",
             RoutePolicy::Authorised(Resource::kReviewRound, Action::kCreate),
             [services](const Request& request) { return Open(services, request); });
  router.Add(Method::kGet, "/review-rounds/{id}",
             RoutePolicy::Authorised(Resource::kReviewRound, Action::kRead),
             [services](const Request& request) { return RoundPage(services, request); });
  router.Add(Method::kPost, "/review-rounds/{id}/close",
             RoutePolicy::Authorised(Resource::kReviewRound, Action::kCreate),
             [services](const Request& request) { return Close(services, request); });
  router.Add(Method::kGet, "/review-rounds/{id}/entries/{entry}",
             RoutePolicy::Authorised(Resource::kReviewRound, Action::kUpdate),
             [services](const Request& request) { return ReviewForm(services, request); });
  router.Add(Method::kPost, "/review-rounds/{id}/entries/{entry}",
             RoutePolicy::Authorised(Resource::kReviewRound, Action::kUpdate),
             [services](const Request& request) { return Review(services, request); });
}

}  // namespace assure::http::handlers
