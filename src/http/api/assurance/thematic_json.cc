#include "http/api/assurance/thematic_json.h"

#include <algorithm>
#include <string>
#include <utility>

#include "http/common/json_fields.h"

namespace assure::http::api {

using nlohmann::json;

json ThematicReviewSummaryJson(const domain::ThematicReview& review) {
  return {
      {"id", review.id},
      {"activity_id", review.activity_id},
      {"title", review.title},
      {"questions", review.questions},
      {"narrative_markdown", review.narrative_markdown},
      {"report_briefing_id", review.report_briefing_id ? json(*review.report_briefing_id) : json()},
      {"version", review.version}};
}

json ThematicReviewJson(const domain::ThematicReview& review) {
  json answer = ThematicReviewSummaryJson(review);
  json evidence = json::array();
  for (const auto& piece : review.evidence) {
    evidence.push_back({{"id", piece.id},
                        {"source", domain::EvidenceSourceName(piece.source)},
                        {"source_id", piece.source_id},
                        {"item", piece.item},
                        {"label", piece.label},
                        {"excerpt", piece.excerpt},
                        {"held_on", DateJson(piece.held_on)}});
  }
  json findings = json::array();
  for (const auto& finding : review.findings) {
    findings.push_back({{"id", finding.id},
                        {"text", finding.text},
                        {"strength", domain::EvidenceStrengthName(finding.strength)},
                        {"questions", finding.questions},
                        {"evidence_ids", finding.evidence_ids}});
  }
  json recommendations = json::array();
  for (const auto& recommendation : review.recommendations) {
    recommendations.push_back({{"id", recommendation.id},
                               {"text", recommendation.text},
                               {"finding_ids", recommendation.finding_ids},
                               {"action_id", recommendation.action_id}});
  }
  answer["evidence"] = std::move(evidence);
  answer["findings"] = std::move(findings);
  answer["recommendations"] = std::move(recommendations);
  return answer;
}

json ThematicReviewViewJson(const domain::ThematicReviewView& view) {
  json answer = ThematicReviewJson(view.review);
  if (view.may_run) {
    json sources = json::array();
    for (const auto& choice : view.sources) {
      sources.push_back({{"source", domain::EvidenceSourceName(choice.source)},
                         {"source_id", choice.source_id},
                         {"item", choice.item},
                         {"label", choice.label}});
    }
    answer["evidence_sources"] = std::move(sources);
  }
  return answer;
}

core::Result<ThematicReviewInput> ThematicReviewInputFrom(const json& body) {
  JsonFields fields(body);
  ThematicReviewInput input;
  input.content.title = fields.Text("title");
  input.content.questions = fields.Texts("questions");
  input.content.narrative_markdown = fields.Text("narrative_markdown");
  input.activity_id = fields.Id("activity_id");
  return ValueIfAllRead(fields, std::move(input));
}

core::Result<domain::NewEvidence> NewEvidenceFrom(const json& body) {
  JsonFields fields(body);
  domain::NewEvidence evidence;
  const auto source = domain::ParseEvidenceSource(fields.Text("source"));
  if (!source) {
    fields.Fail("source",
                "Choose self_evaluation_standard, survey_question, audit_finding or conversation.");
  }
  evidence.source = source.value_or(domain::EvidenceSource::kConversation);
  evidence.source_id = fields.Index("source_id").value_or(0);
  evidence.item = fields.Index("item").value_or(0);
  evidence.excerpt = fields.Text("excerpt");
  evidence.held_on = fields.Date("held_on");
  return ValueIfAllRead(fields, std::move(evidence));
}

core::Result<domain::ThematicFinding> FindingFrom(const json& body) {
  JsonFields fields(body);
  domain::ThematicFinding finding;
  finding.text = fields.Text("text");
  const auto strength = domain::ParseEvidenceStrength(fields.Text("strength"));
  if (!strength) fields.Fail("strength", "Choose strong, moderate or limited.");
  finding.strength = strength.value_or(domain::EvidenceStrength::kLimited);
  for (const auto question : fields.Ids("questions")) {
    finding.questions.push_back(static_cast<int>(std::min<std::int64_t>(question, 1000)));
  }
  finding.evidence_ids = fields.Ids("evidence_ids");
  return ValueIfAllRead(fields, std::move(finding));
}

core::Result<domain::NewReviewRecommendation> NewRecommendationFrom(const json& body) {
  JsonFields fields(body);
  domain::NewReviewRecommendation recommendation;
  recommendation.text = fields.Text("text");
  recommendation.finding_ids = fields.Ids("finding_ids");
  recommendation.owner_agency_id = fields.Id("owner_agency_id");
  recommendation.due_on = fields.Date("due_on");
  return ValueIfAllRead(fields, std::move(recommendation));
}

}  // namespace assure::http::api
