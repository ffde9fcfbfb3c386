#include "http/pages/assurance/return_page.h"

#include <string>
#include <utility>

#include "http/common/display.h"
#include "http/common/form_view.h"
#include "http/common/page_render.h"
#include "http/pages/assurance/assurance_todo.h"

namespace assure::http::pages {

namespace {

using nlohmann::json;

std::string DoneMessage(std::string_view done) {
  if (done == "saved") return "Your ratings were saved.";
  if (done == "submitted") return "The return was submitted.";
  if (done == "evidence") return "The evidence was added.";
  if (done == "asked") return "The question was sent to the agency.";
  if (done == "answered") return "Your answer was sent.";
  if (done == "resolved") return "The challenge was resolved.";
  if (done == "reopened") return "The return was reopened for the agency to change.";
  if (done == "action") return "The improvement action was added to the action plans.";
  return "";
}

json ChallengesOf(const domain::ReturnView& view, domain::StandardId standard,
                  const json& rating_choices) {
  const auto scale = view.framework.content.scale;
  const std::string href = ReturnHref(view.round.id, view.ret.agency_id) + "/challenges/";
  json list = json::array();
  for (const auto& challenge : view.challenges) {
    if (challenge.standard_id != standard) continue;
    std::string outcome;
    if (challenge.resolved) {
      outcome = challenge.rating_after.empty()
                    ? "Resolved: the rating stands."
                    : "Resolved: rating changed from " +
                          domain::RatingLabel(scale, challenge.rating_before) + " to " +
                          domain::RatingLabel(scale, challenge.rating_after) + ".";
    }
    const std::string id = std::to_string(challenge.id);
    list.push_back(
        {{"question", challenge.question},
         {"answer", challenge.answer},
         {"outcome", outcome},
         {"may_answer", view.may_answer && !challenge.resolved},
         {"may_resolve", view.may_challenge && !challenge.resolved && !challenge.answer.empty()},
         {"answer_href", href + id + "/answer"},
         {"resolve_href", href + id + "/resolve"},
         {"answer_key", "answer-" + id},
         {"rating_key", "agreed-" + id},
         {"ratings", rating_choices}});
  }
  return list;
}

}  // namespace

core::Result<Response> RenderReturnPage(const AssuranceServices& services, const Request& request,
                                        const domain::ReturnView& view, const FormErrors& errors,
                                        int status, const FormData& values) {
  const auto scale = view.framework.content.scale;
  const std::string href = ReturnHref(view.round.id, view.ret.agency_id);
  json rating_choices = json::array();
  for (const auto rating : domain::RatingsOf(scale)) {
    rating_choices.push_back({{"value", rating}, {"label", domain::RatingLabel(scale, rating)}});
  }
  json standards = json::array();
  for (const auto& standard : view.framework.standards) {
    const domain::ReturnAnswer* answer = nullptr;
    for (const auto& a : view.ret.answers) {
      if (a.standard_id == standard.id) answer = &a;
    }
    json evidence = json::array();
    for (const auto& file : view.evidence) {
      if (file.standard_id != standard.id) continue;
      evidence.push_back(
          {{"name", file.file_name}, {"href", href + "/evidence/" + std::to_string(file.id)}});
    }
    const std::string rating = answer ? answer->rating : "";
    const std::string agreed = answer ? answer->agreed_rating : "";
    standards.push_back({{"id", standard.id},
                         {"code", standard.text.code},
                         {"heading", standard.text.heading},
                         {"statement", standard.text.statement},
                         {"rating", domain::RatingLabel(scale, rating)},
                         {"rating_class", RatingTag(scale, rating)},
                         {"agreed", agreed.empty() ? "" : domain::RatingLabel(scale, agreed)},
                         {"narrative", answer ? TextLines(answer->narrative) : json::array()},
                         {"evidence", evidence},
                         {"challenges", ChallengesOf(view, standard.id, rating_choices)}});
  }
  json actions = json::array();
  for (const auto& action : view.actions) {
    actions.push_back({{"title", action.title},
                       {"href", "/actions/" + std::to_string(action.id)},
                       {"due", DateText(action.due_on)},
                       {"status", domain::ActionStatusLabel(action.status)}});
  }
  const DateFields due{values.Get("due_on-day").value_or(""),
                       values.Get("due_on-month").value_or(""),
                       values.Get("due_on-year").value_or("")};
  const bool submitted = view.ret.state == domain::ReturnState::kSubmitted;
  std::string state = submitted ? "Submitted on " + DateText(view.ret.submitted_on) : "Draft";
  if (view.overdue) state = "Overdue: due " + DateText(view.round.due_on);
  json page{{"title", view.agency_name},
            {"caption", view.round.title},
            {"state", state},
            {"due", DateText(view.round.due_on)},
            {"reopen_reason", submitted ? "" : view.ret.reopen_reason},
            {"standards", standards},
            {"actions", actions},
            {"has_actions", !actions.empty()},
            {"actions_href", href + "/actions"},
            {"action_title", values.Get("title").value_or("")},
            {"action_measure", values.Get("success_measure").value_or("")},
            {"due_field", DateInputControl("due_on", "Due", "For example, 30 6 2027",
                                           errors.MessageFor("due_on"), due)},
            {"may_edit", view.may_edit},
            {"may_challenge", view.may_challenge},
            {"edit_href", href + "/edit"},
            {"submit_href", href + "/submit"},
            {"evidence_href", href + "/evidence"},
            {"ask_href", href + "/challenges"},
            {"reopen_href", href + "/reopen"},
            {"round_href", EvaluationRoundHref(view.round.id)},
            {"version", view.ret.version},
            {"csrf_token", request.session->session.csrf_token},
            {"done", DoneMessage(request.QueryParam("done").value_or(""))}};
  AddFormErrors(page, errors,
                {{"question", "question"},
                 {"standard_id", "standard_id"},
                 {"reason", "reason"},
                 {"title", "title"},
                 {"due_on", "due_on-day"}});
  return RenderPage(services.context.renderer, request, "assurance_return", std::move(page),
                    status);
}

}  // namespace assure::http::pages
