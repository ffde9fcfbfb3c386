// Thematic review pages: GET/POST /assurance/thematic-reviews/new and /{id}/edit (title, scope
// questions one a line, the narrative in Markdown), GET /assurance/thematic-reviews/{id} (the
// review, and for the business unit the forms below), POST /{id}/evidence, /findings and
// /recommendations (each adds one; a refused form shows again with its problems), and POST
// /{id}/report (drafts the report as a Lessons Learned Briefing and goes to it).
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "http/common/errors.h"
#include "http/common/form_view.h"
#include "http/common/numbers.h"
#include "http/common/page_render.h"
#include "http/pages/assurance/assurance_support.h"
#include "http/pages/assurance/thematic_page.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

domain::ThematicReviewId ReviewIdOf(const Request& request) {
  return IdParam(request, "id").value_or(0);
}

core::Result<Response> ContentForm(const AssuranceServices& services, const Request& request,
                                   const FormData& values, const FormErrors& errors,
                                   const domain::ThematicReview* editing, int status) {
  FormView form(values, errors);
  form.Section("");
  form.Text("title", "Title", "For example, Exploitation of children and adults");
  form.Textarea("questions", "Scope questions", "One question a line, from 1 to 20.", 6);
  form.Textarea("narrative_markdown", "Narrative",
                "The business unit's account for the report, in Markdown.", 10);
  if (editing == nullptr) {
    ASSURE_ASSIGN_OR_RETURN(const auto choices, services.activities.Choices(RequesterOf(request)));
    std::vector<Choice> activities{{"", "A new activity for this review", ""}};
    for (const auto& activity : choices.activities) {
      if (activity.content.kind == domain::ActivityKind::kThematicReview &&
          activity.state != domain::ActivityState::kClosed) {
        activities.push_back({std::to_string(activity.id), activity.content.title, ""});
      }
    }
    if (activities.size() > 1) {
      form.Select("activity_id", "Planned activity", activities,
                  "The thematic review of the framework, with the activities it draws on.");
    }
  }
  const std::string back = editing ? ThematicReviewHref(editing->id) : "/assurance";
  json page{{"title", editing ? "Change the thematic review" : "Start a thematic review"},
            {"caption", "Quality assurance framework"},
            {"back_href", back},
            {"action_href", editing ? ThematicReviewHref(editing->id) + "/edit"
                                    : "/assurance/thematic-reviews/new"},
            {"csrf_token", request.session->session.csrf_token},
            {"submit", editing ? "Save" : "Start the review"},
            {"cancel_href", back},
            {"sections", form.Sections()}};
  if (editing) page["version"] = editing->version;
  form.AddErrors(page);
  return RenderPage(services.context.renderer, request, "case_form", std::move(page), status);
}

domain::ThematicReviewContent ContentOf(const FormData& form) {
  return {form.Get("title").value_or(""), TextareaLines(form.Get("questions").value_or("")),
          WithLineFeeds(form.Get("narrative_markdown").value_or(""))};
}

// "questions[2]" is the questions box.
std::string ContentKey(std::string_view field) {
  const auto bracket = field.find('[');
  return FieldKey(bracket == std::string_view::npos ? field : field.substr(0, bracket));
}

core::Result<Response> NewReview(const AssuranceServices& services, const Request& request) {
  return ContentForm(services, request, FormData{}, FormErrors{}, nullptr, 200);
}

core::Result<Response> PostNewReview(const AssuranceServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  auto created = services.thematic_reviews.Create(
      RequesterOf(request), ContentOf(form), ParsePositive(form.Get("activity_id").value_or("")));
  if (created.ok()) return Response::Redirect(ThematicReviewHref(created->id));
  if (created.error().code != core::ErrorCode::kInvalidInput) return created.error();
  FormErrors errors;
  errors.Add(ContentKey(created.error().field), created.error().message);
  return ContentForm(services, request, form, errors, nullptr, 422);
}

core::Result<Response> EditReview(const AssuranceServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto view,
                          services.thematic_reviews.Get(RequesterOf(request), ReviewIdOf(request)));
  const auto& review = view.review;
  std::string questions;
  for (const auto& question : review.questions) questions += question + "\n";
  const FormData values(std::vector<std::pair<std::string, std::string>>{
      {"title", review.title},
      {"questions", questions},
      {"narrative_markdown", review.narrative_markdown}});
  return ContentForm(services, request, values, FormErrors{}, &review, 200);
}

core::Result<Response> PostEditReview(const AssuranceServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  const auto requester = RequesterOf(request);
  auto updated = services.thematic_reviews.Update(requester, ReviewIdOf(request),
                                                  FormVersion(form).value_or(0), ContentOf(form));
  if (updated.ok()) return Response::Redirect(ThematicReviewHref(updated->id));
  if (updated.error().code != core::ErrorCode::kInvalidInput) return updated.error();
  ASSURE_ASSIGN_OR_RETURN(const auto view,
                          services.thematic_reviews.Get(requester, ReviewIdOf(request)));
  FormErrors errors;
  errors.Add(ContentKey(updated.error().field), updated.error().message);
  return ContentForm(services, request, form, errors, &view.review, 422);
}

core::Result<Response> ShowReview(const AssuranceServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto view,
                          services.thematic_reviews.Get(RequesterOf(request), ReviewIdOf(request)));
  return RenderThematicPage(services, request, view, ThematicForm::kNone, FormData{}, FormErrors{},
                            200);
}

// Adds what one of the page's forms describes; a refusal shows the page again with the form.
core::Result<Response> PostPart(const AssuranceServices& services, const Request& request,
                                ThematicForm which) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  const auto requester = RequesterOf(request);
  const auto id = ReviewIdOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto before, services.thematic_reviews.Get(requester, id));
  FormErrors errors;
  std::vector<std::int64_t> ids;
  const auto Ids = [&](std::string_view key) {
    std::vector<std::int64_t> chosen;
    for (const auto& value : form.GetAll(key)) {
      if (auto parsed = ParsePositive(value)) chosen.push_back(*parsed);
    }
    return chosen;
  };
  core::Result<domain::ThematicReview> added = core::Error::NotFound("There is no such form.");
  std::string prefix;
  if (which == ThematicForm::kEvidence) {
    domain::NewEvidence evidence;
    const std::string source = form.Get("source").value_or("");
    evidence.held_on = ParseDate(form, "held_on", "the date of the conversation", false, errors);
    evidence.excerpt = WithLineFeeds(form.Get("excerpt").value_or(""));
    bool known = source == "conversation";
    for (const auto& choice : before.sources) {
      if (EvidenceChoiceValue(choice) != source) continue;
      known = true;
      evidence.source = choice.source;
      evidence.source_id = choice.source_id;
      evidence.item = choice.item;
    }
    if (!known) errors.Add("source", "Choose where the evidence comes from.");
    if (errors.empty()) added = services.thematic_reviews.AddEvidence(requester, id, evidence);
  } else if (which == ThematicForm::kFinding) {
    domain::ThematicFinding finding;
    finding.text = WithLineFeeds(form.Get("finding_text").value_or(""));
    const auto strength = domain::ParseEvidenceStrength(form.Get("strength").value_or(""));
    if (!strength) errors.Add("strength", "Choose the strength of evidence.");
    finding.strength = strength.value_or(domain::EvidenceStrength::kLimited);
    for (const auto q : Ids("questions")) finding.questions.push_back(static_cast<int>(q));
    finding.evidence_ids = Ids("evidence_ids");
    prefix = "finding_";
    if (errors.empty()) added = services.thematic_reviews.AddFinding(requester, id, finding);
  } else {
    domain::NewReviewRecommendation recommendation;
    recommendation.text = WithLineFeeds(form.Get("recommendation_text").value_or(""));
    recommendation.finding_ids = Ids("finding_ids");
    recommendation.owner_agency_id = ParsePositive(form.Get("owner_agency_id").value_or(""));
    recommendation.due_on = ParseDate(form, "due_on", "the date the action is due", true, errors);
    prefix = "recommendation_";
    if (errors.empty()) {
      added = services.thematic_reviews.AddRecommendation(requester, id, recommendation);
    }
  }
  if (errors.empty()) {
    if (added.ok()) return Response::Redirect(ThematicReviewHref(id));
    if (added.error().code != core::ErrorCode::kInvalidInput) return added.error();
    const std::string& field = added.error().field;
    errors.Add(field == "text" ? prefix + "text" : FieldKey(field), added.error().message);
  }
  return RenderThematicPage(services, request, before, which, form, errors, 422);
}

core::Result<Response> PostEvidence(const AssuranceServices& services, const Request& request) {
  return PostPart(services, request, ThematicForm::kEvidence);
}
core::Result<Response> PostFinding(const AssuranceServices& services, const Request& request) {
  return PostPart(services, request, ThematicForm::kFinding);
}
core::Result<Response> PostRecommendation(const AssuranceServices& services,
                                          const Request& request) {
  return PostPart(services, request, ThematicForm::kRecommendation);
}

core::Result<Response> PostReport(const AssuranceServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto briefing, services.thematic_reviews.DraftReport(
                                                   RequesterOf(request), ReviewIdOf(request)));
  return Response::Redirect("/briefings/" + std::to_string(briefing));
}

}  // namespace

void AddThematicPageRoutes(Router& router, const AssuranceServices& services) {
  const auto create = RoutePolicy::Authorised(Resource::kAssurance, Action::kCreate);
  const auto update = RoutePolicy::Authorised(Resource::kAssurance, Action::kUpdate);
  router.Add(Method::kGet, "/assurance/thematic-reviews/new", create,
             AssurancePageHandler(services, NewReview));
  router.Add(Method::kPost, "/assurance/thematic-reviews/new", create,
             AssurancePageHandler(services, PostNewReview));
  router.Add(Method::kGet, "/assurance/thematic-reviews/{id}",
             RoutePolicy::Authorised(Resource::kAssurance, Action::kRead),
             AssurancePageHandler(services, ShowReview));
  router.Add(Method::kGet, "/assurance/thematic-reviews/{id}/edit", update,
             AssurancePageHandler(services, EditReview));
  router.Add(Method::kPost, "/assurance/thematic-reviews/{id}/edit", update,
             AssurancePageHandler(services, PostEditReview));
  router.Add(Method::kPost, "/assurance/thematic-reviews/{id}/evidence", update,
             AssurancePageHandler(services, PostEvidence));
  router.Add(Method::kPost, "/assurance/thematic-reviews/{id}/findings", update,
             AssurancePageHandler(services, PostFinding));
  router.Add(Method::kPost, "/assurance/thematic-reviews/{id}/recommendations", update,
             AssurancePageHandler(services, PostRecommendation));
  router.Add(Method::kPost, "/assurance/thematic-reviews/{id}/report", update,
             AssurancePageHandler(services, PostReport));
}

}  // namespace assure::http::pages
