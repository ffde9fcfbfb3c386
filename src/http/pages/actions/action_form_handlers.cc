// The business unit's action plan forms: /actions/new (a new action; ?recommendation=ID chooses
// that recommendation as its first source, the case page's "Add an action" link) and
// /actions/{id}/edit (its plan: what will change, owner agency, lead, success measure, due date,
// priority and sources). A refused form shows every problem by its field and writes nothing; a
// stale edit keeps the form and says to reload.
#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/actions/action_rules.h"
#include "http/common/display.h"
#include "http/common/errors.h"
#include "http/common/numbers.h"
#include "http/common/page_render.h"
#include "http/pages/actions/action_form_view.h"
#include "http/pages/actions/action_forms.h"
#include "http/pages/actions/action_support.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;

constexpr std::size_t kOptionCharacters = 90;

// The first `max` characters of `text` (whole UTF-8 sequences), with "…" when cut.
std::string Shortened(std::string_view text, std::size_t max) {
  std::size_t characters = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte & 0xC0) == 0x80) continue;  // a continuation byte
    if (characters == max) return std::string{text.substr(0, i)} + "…";
    ++characters;
  }
  return std::string{text};
}

std::string FirstLine(std::string_view text) {
  return std::string{text.substr(0, text.find('\n'))};
}

// The recommendations grouped by case (in the choices' order), each "CR-2025-007 — 2. Share...".
std::vector<ChoiceGroup> RecommendationGroups(const domain::ActionFormChoices& choices) {
  std::vector<ChoiceGroup> groups;
  for (const auto& recommendation : choices.recommendations) {
    if (groups.empty() || groups.back().label != recommendation.case_reference) {
      groups.push_back({recommendation.case_reference, {}});
    }
    groups.back().choices.push_back(
        {std::to_string(recommendation.id),
         recommendation.case_reference + " — " + std::to_string(recommendation.number) + ". " +
             Shortened(FirstLine(recommendation.text), kOptionCharacters),
         ""});
  }
  return groups;
}

// A form's page: the new action's (no `action`) or the edit form of `action`.
// `rows`: how many source fields of each kind to offer.
core::Result<Response> PlanForm(const ActionServices& services, const Request& request,
                                const FormData& values, const FormErrors& errors, int status,
                                PlanFormRows rows, const domain::PlanAction* action = nullptr) {
  const auto requester = RequesterOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto choices, services.choices.FormChoices(requester));
  ASSURE_ASSIGN_OR_RETURN(const auto names, AgencyNames(services.agencies, requester));

  std::vector<Choice> agencies{{"", "Choose the agency", ""}};
  for (const auto& [id, name] : names) {
    agencies.push_back({std::to_string(id), name, ""});
  }
  std::vector<Choice> leads{{"", "Not in the list", ""}};
  for (const auto& lead : choices.leads) {
    leads.push_back({std::to_string(lead.user_id), lead.display_name, ""});
  }
  if (action != nullptr && action->lead_user_id) {  // a lead who has since left stays named
    const auto id = std::to_string(*action->lead_user_id);
    if (std::none_of(leads.begin(), leads.end(), [&](const Choice& c) { return c.value == id; })) {
      leads.push_back({id, action->lead_name + " (no longer a member)", ""});
    }
  }
  const std::vector<Choice> none{{"", "None", ""}};
  std::vector<Choice> rapid = none;
  for (const auto& review : choices.rapid_reviews) {
    rapid.push_back({std::to_string(review.case_id), review.case_reference + ": rapid review", ""});
  }
  std::vector<Choice> kinds = none;
  for (const auto kind : LabelledSourceKinds()) {
    kinds.push_back({std::string{domain::SourceKindName(kind)},
                     std::string{domain::SourceKindLabel(kind)}, ""});
  }
  const auto groups = RecommendationGroups(choices);

  ActionFormView view(values, errors);
  auto& form = view.form();
  form.Section("The action");
  form.Text("title", "What will change",
            "One line. Reminder e-mails quote it to the lead, so name no one a case is about.");
  form.Select("owner_agency_id", "Owner agency", agencies);
  form.Select("lead_user_id", "Lead", leads,
              "A member of the partnership. If the lead is not in the list, enter their name "
              "below.");
  form.Text("lead_name", "Lead's name, if not in the list", "", "govuk-input--width-20");
  form.Textarea("success_measure", "Success measure (optional)",
                "How the partnership will know the change has worked", 3);
  form.Date("due_on", "Due date");
  form.Radios("priority", "Priority",
              {{"high", "High", ""}, {"medium", "Medium", ""}, {"low", "Low", ""}}, "", true);

  form.Section("What the action answers",
               "Choose at least one source: review recommendations (one action may answer "
               "several), a rapid review's learning, or another source named in words.");
  for (int row = 0; row < rows.recommendations; ++row) {
    view.GroupedSelect(
        RecommendationKey(row),
        row == 0 ? "Recommendation of a review" : "Another recommendation (optional)", none, groups,
        row == 0 ? "Grouped by the case's reference" : std::string{});
  }
  for (int row = 0; row < rows.rapid_reviews; ++row) {
    form.Select(RapidReviewKey(row),
                row == 0 ? "A rapid review's learning" : "Another rapid review (optional)", rapid);
  }
  for (int row = 0; row < rows.others; ++row) {
    form.Select(OtherKindKey(row),
                row == 0 ? "Another kind of source" : "Another source (optional)", kinds);
    form.Text(OtherLabelKey(row), "Name of that source",
              "For example, the national review's title, or the board meeting and its decision");
  }

  ActionFormFrame frame{.title = "Add an action",
                        .back_href = "/actions",
                        .action_href = "/actions/new",
                        .submit = "Add the action"};
  if (action != nullptr) {
    frame = {.title = "Edit the action",
             .caption = action->title,
             .back_href = ActionHref(action->id),
             .action_href = ActionHref(action->id) + "/edit",
             .version = values.Get("version").value_or(""),
             .submit = "Save the action"};
  }
  return RenderActionForm(services.context.renderer, request, frame, view, status);
}

// A service's refusal of the form: on the form (an invalid field, or a stale version with the form
// kept), or the error page.
core::Result<Response> Refused(const ActionServices& services, const Request& request,
                               const FormData& sent, const core::Error& error,
                               const domain::PlanAction* action = nullptr) {
  return ShowRefusal(
      error,
      [&](const FormErrors& errors, int status) {
        return PlanForm(services, request, sent, errors, status, RowsFor(sent), action);
      },
      AddPlanError);
}

core::Result<Response> NewForm(const ActionServices& services, const Request& request) {
  std::vector<std::pair<std::string, std::string>> pairs{{"priority", "medium"}};
  if (auto recommendation = ParsePositive(request.QueryParam("recommendation").value_or(""))) {
    pairs.emplace_back(RecommendationKey(0), std::to_string(*recommendation));
  }
  return PlanForm(services, request, FormData(std::move(pairs)), FormErrors{}, 200, PlanFormRows{});
}

core::Result<Response> Create(const ActionServices& services, const Request& request) {
  const auto sent = request.Form();
  if (!sent) return Response::Status(400);  // not a form: a bad request, not a refusal
  FormErrors errors;
  auto draft = ParseActionPlan(*sent, errors);
  if (!errors.empty()) return PlanForm(services, request, *sent, errors, 422, RowsFor(*sent));
  auto created = services.actions.Create(RequesterOf(request), std::move(draft));
  if (!created) return Refused(services, request, *sent, created.error());
  return Response::Redirect(ActionHref(created->id) + "?done=created");
}

// The action as its page reads it (404 and audited when the asker may not see it), when the asker
// may change its plan (403 otherwise).
core::Result<domain::ActionView> Editable(const ActionServices& services, const Request& request) {
  return ActionToChange(services, request, &domain::ActionView::may_edit,
                        "Only the business unit can change an action's plan.");
}

core::Result<Response> EditForm(const ActionServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto view, Editable(services, request));
  const auto& action = view.rated.action;
  return PlanForm(services, request, ActionPlanValues(action), FormErrors{}, 200,
                  RowsFor(action.sources), &action);
}

core::Result<Response> Edit(const ActionServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto view, Editable(services, request));
  const auto& stored = view.rated.action;
  const auto posted = PostedVersionedForm(request);
  if (!posted) return Response::Status(400);
  const FormData& sent = posted->form;
  const auto version = posted->version;
  FormErrors errors;
  const bool kept = std::any_of(stored.sources.begin(), stored.sources.end(), [](const auto& s) {
    return domain::SourceKeptByItsRecord(s.kind);
  });
  auto draft = ParseActionPlan(sent, errors, kept);
  if (!errors.empty()) {
    return PlanForm(services, request, sent, errors, 422, RowsFor(sent), &stored);
  }
  domain::PlanAction changed = stored;
  changed.version = version;
  domain::SetPlan(changed, std::move(draft));
  auto edited = services.actions.Edit(RequesterOf(request), std::move(changed));
  if (!edited) return Refused(services, request, sent, edited.error(), &stored);
  return Response::Redirect(ActionHref(edited->id) + "?done=edited");
}

}  // namespace

void AddActionFormRoutes(Router& router, const ActionServices& services) {
  router.Add(Method::kGet, "/actions/new",
             RoutePolicy::Authorised(Resource::kAction, Action::kCreate),
             ActionPageHandler(services, NewForm));
  router.Add(Method::kPost, "/actions/new",
             RoutePolicy::Authorised(Resource::kAction, Action::kCreate),
             ActionPageHandler(services, Create));
  router.Add(Method::kGet, "/actions/{id}/edit",
             RoutePolicy::Authorised(Resource::kAction, Action::kUpdate),
             ActionPageHandler(services, EditForm));
  router.Add(Method::kPost, "/actions/{id}/edit",
             RoutePolicy::Authorised(Resource::kAction, Action::kUpdate),
             ActionPageHandler(services, Edit));
}

}  // namespace assure::http::pages
