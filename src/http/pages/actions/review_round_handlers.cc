// The quarterly review rounds of action plans (doc/actions.md, "Review rounds and the
// dashboard"): /review-rounds (the rounds, newest quarter first, and for the business manager the
// button that opens the current quarter's round: POST /review-rounds), /review-rounds/{id} (the
// round's entries with each action's status and RAG rating, and the button that closes it: POST
// /review-rounds/{id}/close) and one page per entry, /review-rounds/{id}/entries/{entry}, whose
// form records the outcome (on track, escalate, extend with a new due date, close) with a note.
// A stale entry or round keeps the form and says to reload.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/actions/financial_year.h"
#include "domain/london_date.h"
#include "http/common/display.h"
#include "http/common/errors.h"
#include "http/common/form_view.h"
#include "http/common/numbers.h"
#include "http/common/page_render.h"
#include "http/error_pages.h"
#include "http/pages/actions/action_form_view.h"
#include "http/pages/actions/action_forms.h"
#include "http/pages/actions/action_support.h"

namespace assure::http::pages {

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

// A refusal that leaves nothing to correct on the page (a round changed or closed meanwhile): the
// error page with the message and a link to see the round as it is now, at HttpStatusFor's status.
Response CannotChangePage(const ActionServices& services, const Request& request, std::string title,
                          const core::Error& error, std::string link_text) {
  return RenderPage(services.context.renderer, request, views::kErrorPage,
                    {{"title", std::move(title)},
                     {"message", error.message},
                     {"link_href", RoundHref(IdParam(request, "id").value_or(0))},
                     {"link_text", std::move(link_text)}},
                    HttpStatusFor(error.code));
}

// The rounds; with `error` (a refused opening), its message in the error summary and the status
// HttpStatusFor gives it.
core::Result<Response> RoundsPage(const ActionServices& services, const Request& request,
                                  const std::optional<core::Error>& error) {
  const auto requester = RequesterOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto rounds, services.rounds.List(requester));
  const auto quarter = domain::QuarterOf(domain::LondonDate(services.context.clock.Now()));
  bool current_opened = false;
  json rows = json::array();
  for (const auto& round : rounds) {
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
  int status = 200;
  if (error) {
    page["has_errors"] = true;
    page["errors"] = json::array({{{"href", ""}, {"text", error->message}}});
    status = HttpStatusFor(error->code);
  }
  return RenderPage(services.context.renderer, request, "review_rounds", std::move(page), status);
}

core::Result<Response> Rounds(const ActionServices& services, const Request& request) {
  return RoundsPage(services, request, std::nullopt);
}

core::Result<Response> Open(const ActionServices& services, const Request& request) {
  const auto sent = request.Form();
  if (!sent) return Response::Status(400);  // not a form: a bad request, not a refusal
  const auto quarter = domain::ParseQuarter(sent->Get("quarter").value_or(""));
  if (!quarter) {
    return RoundsPage(services, request,
                      core::Error::InvalidInput("quarter", "Choose the quarter to review."));
  }
  const auto opened = services.rounds.Open(RequesterOf(request), *quarter);
  if (opened) return Response::Redirect(RoundHref(opened->id) + "?done=opened");
  const auto& error = opened.error();
  if (error.code == core::ErrorCode::kInvalidInput || error.code == core::ErrorCode::kConflict) {
    return RoundsPage(services, request, error);
  }
  return error;
}

core::Result<Response> RoundPage(const ActionServices& services, const Request& request) {
  const auto requester = RequesterOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto view,
                          services.rounds.Get(requester, IdParam(request, "id").value_or(0)));
  const auto& round = view.round;
  ASSURE_ASSIGN_OR_RETURN(const auto names, AgencyNames(services.agencies, requester));
  json rows = json::array();
  int reviewed = 0;
  for (const auto& row : view.entries) {
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
  const auto count = static_cast<int>(view.entries.size());
  json page{{"title", "Review round " + quarter},
            {"notice", Notice(request)},
            {"state", state},
            {"progress", std::to_string(reviewed) + " of " + std::to_string(count) +
                             (count == 1 ? " action reviewed" : " actions reviewed")},
            {"has_rows", !rows.empty()},
            {"rows", rows},
            {"may_review", view.may_review},
            {"may_close", view.may_close},
            {"close_href", RoundHref(round.id) + "/close"},
            {"version", std::to_string(round.version)},
            {"csrf_token", request.session->session.csrf_token}};
  return RenderPage(services.context.renderer, request, "review_round", std::move(page));
}

core::Result<Response> Close(const ActionServices& services, const Request& request) {
  const auto id = IdParam(request, "id").value_or(0);
  const auto posted = PostedVersionedForm(request);
  if (!posted) return Response::Status(400);
  const auto closed = services.rounds.Close(RequesterOf(request), id, posted->version);
  if (closed) return Response::Redirect(RoundHref(id) + "?done=closed");
  const auto& error = closed.error();
  if (error.code != core::ErrorCode::kConflict) return error;
  return CannotChangePage(services, request, "The review round has not been closed", error,
                          "See the review round as it is now");
}

// The round and its entry named by the path (404 when the entry is not in that round).
struct EntryOnPage {
  domain::RoundView round;
  domain::RoundEntryView entry;
};

core::Result<EntryOnPage> Entry(const ActionServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto view, services.rounds.Get(RequesterOf(request),
                                                               IdParam(request, "id").value_or(0)));
  const auto entry_id = IdParam(request, "entry").value_or(0);
  for (const auto& entry : view.entries) {
    if (entry.entry.id == entry_id) return EntryOnPage{view, entry};
  }
  return core::Error::NotFound("There is no such review entry.");
}

core::Result<Response> EntryForm(const ActionServices& services, const Request& request,
                                 const EntryOnPage& found, const FormData& values,
                                 const FormErrors& errors, int status) {
  const auto& round = found.round.round;
  const auto& row = found.entry;
  ASSURE_ASSIGN_OR_RETURN(const auto names, AgencyNames(services.agencies, RequesterOf(request)));
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
  const ActionFormFrame frame{
      .title = "Review: " + row.action_title,
      .caption = "Review round " + domain::FormatQuarter(round.quarter),
      .back_href = RoundHref(round.id),
      .action_href = EntryHref(round.id, row.entry.id),
      .version = values.Get("version").value_or(""),
      .about = ActionAbout(AgencyName(names, row.owner_agency_id), row.due_on, row.status, "Status",
                           row.effective_rag),
      .submit = "Record the review"};
  return RenderActionForm(services.context.renderer, request, frame, view, status);
}

// The entry's page when the asker may review it now (an open round); the error page otherwise.
core::Result<EntryOnPage> Reviewable(const ActionServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(auto found, Entry(services, request));
  if (found.round.round.closed_on) {
    return core::Error::Conflict("This review round is closed, so it cannot be changed.");
  }
  if (!found.round.may_review) {
    return core::Error::Forbidden("Your role does not allow you to review actions.");
  }
  return found;
}

// Reviewable's refusal: a closed round on its own page, anything else for the handler kit.
core::Result<Response> ClosedOrError(const ActionServices& services, const Request& request,
                                     const core::Error& error) {
  if (error.code != core::ErrorCode::kConflict) return error;
  return CannotChangePage(services, request, "This review cannot be changed", error,
                          "See the review round");
}

core::Result<Response> ReviewForm(const ActionServices& services, const Request& request) {
  const auto found = Reviewable(services, request);
  if (!found) return ClosedOrError(services, request, found.error());
  const auto& entry = found->entry.entry;
  std::vector<std::pair<std::string, std::string>> pairs{{"version", std::to_string(entry.version)},
                                                         {"note", entry.note}};
  if (entry.outcome)
    pairs.emplace_back("outcome", std::string{domain::ReviewOutcomeName(*entry.outcome)});
  AppendDate(pairs, "new_due_on", entry.new_due_on);
  return EntryForm(services, request, *found, FormData(std::move(pairs)), FormErrors{}, 200);
}

core::Result<Response> Review(const ActionServices& services, const Request& request) {
  const auto found = Reviewable(services, request);
  if (!found) return ClosedOrError(services, request, found.error());
  const auto posted = PostedVersionedForm(request);
  if (!posted) return Response::Status(400);
  const FormData& sent = posted->form;
  const auto version = posted->version;
  FormErrors errors;
  auto input = ParseReviewEntry(sent, errors);
  if (!errors.empty()) return EntryForm(services, request, *found, sent, errors, 422);
  input.version = version;
  const auto reviewed = services.rounds.Review(RequesterOf(request), found->entry.entry.id, input,
                                               found->round.round.id);
  if (!reviewed) {
    return ShowRefusal(reviewed.error(), [&](const FormErrors& refusal, int status) {
      return EntryForm(services, request, *found, sent, refusal, status);
    });
  }
  return Response::Redirect(RoundHref(found->round.round.id) + "?done=reviewed");
}

}  // namespace

void AddReviewRoundRoutes(Router& router, const ActionServices& services) {
  router.Add(Method::kGet, "/review-rounds",
             RoutePolicy::Authorised(Resource::kReviewRound, Action::kRead),
             ActionPageHandler(services, Rounds));
  router.Add(Method::kPost, "/review-rounds",
             RoutePolicy::Authorised(Resource::kReviewRound, Action::kCreate),
             ActionPageHandler(services, Open));
  router.Add(Method::kGet, "/review-rounds/{id}",
             RoutePolicy::Authorised(Resource::kReviewRound, Action::kRead),
             ActionPageHandler(services, RoundPage));
  router.Add(Method::kPost, "/review-rounds/{id}/close",
             RoutePolicy::Authorised(Resource::kReviewRound, Action::kCreate),
             ActionPageHandler(services, Close));
  router.Add(Method::kGet, "/review-rounds/{id}/entries/{entry}",
             RoutePolicy::Authorised(Resource::kReviewRound, Action::kUpdate),
             ActionPageHandler(services, ReviewForm));
  router.Add(Method::kPost, "/review-rounds/{id}/entries/{entry}",
             RoutePolicy::Authorised(Resource::kReviewRound, Action::kUpdate),
             ActionPageHandler(services, Review));
}

}  // namespace assure::http::pages
