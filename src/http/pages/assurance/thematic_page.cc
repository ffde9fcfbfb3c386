#include "http/pages/assurance/thematic_page.h"

#include <map>
#include <utility>
#include <vector>

#include "http/common/display.h"
#include "http/common/form_view.h"
#include "http/common/page_render.h"

namespace assure::http::pages {

namespace {

using nlohmann::json;

// Each form's own values and errors, so that a refused form shows again by itself.
struct Forms {
  FormData evidence;
  FormData finding;
  FormData recommendation;
};

json FormSections(FormView& form, json& page, std::string_view errors_key) {
  json holder = json::object();
  form.AddErrors(holder);
  if (holder.value("has_errors", false)) {
    page["has_errors"] = true;
    page["errors"] = holder["errors"];
    page[std::string{errors_key}] = true;
  }
  return form.Sections();
}

}  // namespace

std::string EvidenceChoiceValue(const domain::EvidenceChoice& choice) {
  return std::string{domain::EvidenceSourceName(choice.source)} + ":" +
         std::to_string(choice.source_id) + ":" + std::to_string(choice.item);
}

core::Result<Response> RenderThematicPage(const AssuranceServices& services, const Request& request,
                                          const domain::ThematicReviewView& view,
                                          ThematicForm refused, const FormData& values,
                                          const FormErrors& errors, int status) {
  const auto& review = view.review;
  const std::string href = ThematicReviewHref(review.id);
  json questions = json::array();
  for (const auto& question : review.questions) questions.push_back(question);
  std::map<domain::EvidenceId, std::size_t> evidence_numbers;
  json evidence = json::array();
  for (const auto& piece : review.evidence) {
    evidence_numbers[piece.id] = evidence.size() + 1;
    evidence.push_back({{"number", std::to_string(evidence.size() + 1)},
                        {"source", domain::EvidenceSourceLabel(piece.source)},
                        {"label", piece.label},
                        {"excerpt", piece.excerpt}});
  }
  std::map<domain::FindingId, std::size_t> finding_numbers;
  json findings = json::array();
  for (const auto& finding : review.findings) {
    finding_numbers[finding.id] = findings.size() + 1;
    std::string answers;
    for (const int q : finding.questions)
      answers += (answers.empty() ? "" : ", ") + std::to_string(q);
    std::string supports;
    for (const auto id : finding.evidence_ids) {
      supports += (supports.empty() ? "" : ", ") + std::to_string(evidence_numbers[id]);
    }
    findings.push_back({{"number", std::to_string(findings.size() + 1)},
                        {"text", finding.text},
                        {"strength", domain::EvidenceStrengthLabel(finding.strength)},
                        {"answers", answers},
                        {"evidence", supports}});
  }
  json recommendations = json::array();
  for (const auto& recommendation : review.recommendations) {
    std::string answers;
    for (const auto id : recommendation.finding_ids) {
      answers += (answers.empty() ? "" : ", ") + std::to_string(finding_numbers[id]);
    }
    recommendations.push_back(
        {{"text", recommendation.text},
         {"findings", answers},
         {"action_href", "/actions/" + std::to_string(recommendation.action_id)}});
  }
  json page{
      {"title", review.title},
      {"caption", "Thematic review"},
      {"questions", questions},
      {"narrative", review.narrative_markdown},
      {"evidence", evidence},
      {"has_evidence", !evidence.empty()},
      {"findings", findings},
      {"has_findings", !findings.empty()},
      {"recommendations", recommendations},
      {"has_recommendations", !recommendations.empty()},
      {"may_run", view.may_run},
      {"edit_href", href + "/edit"},
      {"evidence_href", href + "/evidence"},
      {"finding_href", href + "/findings"},
      {"recommendation_href", href + "/recommendations"},
      {"report_href", href + "/report"},
      {"has_report", review.report_briefing_id.has_value()},
      {"report_briefing_href",
       review.report_briefing_id ? "/briefings/" + std::to_string(*review.report_briefing_id) : ""},
      {"csrf_token", request.session->session.csrf_token}};
  if (view.may_run) {
    const FormErrors none;
    const FormData empty;
    std::vector<Choice> sources{{"", "Choose where it comes from", ""}};
    for (const auto& choice : view.sources) {
      sources.push_back({EvidenceChoiceValue(choice), choice.label, ""});
    }
    sources.push_back({"conversation", "Notes of a conversation", ""});
    FormView evidence_form(refused == ThematicForm::kEvidence ? values : empty,
                           refused == ThematicForm::kEvidence ? errors : none);
    evidence_form.Section("");
    evidence_form.Select("source", "Source", sources);
    evidence_form.Date("held_on", "Date of the conversation", "For notes of a conversation only");
    evidence_form.Textarea("excerpt", "Excerpt",
                           "What the source says, in aggregate: never a name or other identifier.",
                           4);
    page["evidence_form"] = FormSections(evidence_form, page, "evidence_refused");

    std::vector<Choice> strengths;
    for (const auto strength :
         {domain::EvidenceStrength::kStrong, domain::EvidenceStrength::kModerate,
          domain::EvidenceStrength::kLimited}) {
      strengths.push_back({std::string{domain::EvidenceStrengthName(strength)},
                           std::string{domain::EvidenceStrengthLabel(strength)}, ""});
    }
    std::vector<Choice> question_choices;
    for (std::size_t q = 0; q < review.questions.size(); ++q) {
      question_choices.push_back(
          {std::to_string(q + 1), std::to_string(q + 1) + ". " + review.questions[q], ""});
    }
    std::vector<Choice> evidence_choices;
    for (const auto& piece : review.evidence) {
      evidence_choices.push_back({std::to_string(piece.id),
                                  std::to_string(evidence_numbers[piece.id]) + ". " + piece.label,
                                  ""});
    }
    FormView finding_form(refused == ThematicForm::kFinding ? values : empty,
                          refused == ThematicForm::kFinding ? errors : none);
    finding_form.Section("");
    finding_form.Textarea("finding_text", "Finding", "", 3);
    finding_form.Radios("strength", "Strength of evidence", strengths, "", true);
    finding_form.Checkboxes("questions", "Questions it answers", question_choices);
    finding_form.Checkboxes("evidence_ids", "Evidence that supports it", evidence_choices);
    page["finding_form"] = FormSections(finding_form, page, "finding_refused");

    std::vector<Choice> finding_choices;
    for (const auto& finding : review.findings) {
      finding_choices.push_back({std::to_string(finding.id),
                                 std::to_string(finding_numbers[finding.id]) + ". " + finding.text,
                                 ""});
    }
    std::vector<Choice> agencies{{"", "Choose the agency", ""}};
    for (const auto& [id, name] : view.agencies) agencies.push_back({std::to_string(id), name, ""});
    FormView recommendation_form(refused == ThematicForm::kRecommendation ? values : empty,
                                 refused == ThematicForm::kRecommendation ? errors : none);
    recommendation_form.Section("");
    recommendation_form.Textarea("recommendation_text", "Recommendation", "", 3);
    recommendation_form.Checkboxes("finding_ids", "Findings it answers", finding_choices);
    recommendation_form.Select("owner_agency_id", "Agency that owns the action", agencies);
    recommendation_form.Date("due_on", "Action due", "A date after today");
    page["recommendation_form"] = FormSections(recommendation_form, page, "recommendation_refused");
  }
  return RenderPage(services.context.renderer, request, "assurance_thematic_review",
                    std::move(page), status);
}

}  // namespace assure::http::pages
