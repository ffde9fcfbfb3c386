#include "storage/repositories/assurance/sql_thematic_review_repository.h"

#include <nlohmann/json.hpp>
#include <utility>

#include "storage/repositories/reviews/case_rows.h"
#include "storage/repositories/versioned_write.h"
#include "storage/sql/instant.h"

namespace assure::storage {
namespace {

using nlohmann::json;

template <typename T>
std::string ListDocument(const std::vector<T>& items) {
  return json(items).dump();
}

template <typename T>
core::Result<std::vector<T>> ListFrom(const std::string& text, std::string_view column) {
  const json document = json::parse(text, nullptr, false);
  if (!document.is_array()) return core::Error::Internal(std::string{column} + " is no list");
  try {
    return document.get<std::vector<T>>();
  } catch (const json::exception&) {
    return core::Error::Internal(std::string{column} + " is no list");
  }
}

constexpr std::string_view kColumns =
    "id, activity_id, title, questions, narrative_markdown, report_briefing_id, created_by,"
    " updated_at, version";

core::Result<domain::ThematicReview> ReviewFromRow(const sql::Row& row,
                                                   domain::PartnershipId partnership_id) {
  domain::ThematicReview r;
  r.id = row.Int64(0);
  r.partnership_id = partnership_id;
  r.activity_id = row.Int64(1);
  r.title = row.Text(2);
  ASSURE_ASSIGN_OR_RETURN(r.questions,
                          ListFrom<std::string>(row.Text(3), "thematic_reviews.questions"));
  r.narrative_markdown = row.Text(4);
  r.report_briefing_id = row.OptionalInt64(5);
  r.created_by = row.Int64(6);
  ASSURE_ASSIGN_OR_RETURN(r.updated_at, sql::InstantAt(row, 7, "thematic_reviews.updated_at"));
  r.version = row.Int64(8);
  return r;
}

}  // namespace

core::Result<domain::ThematicReview> SqlThematicReviewRepository::Create(
    const domain::ThematicReview& r) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query("INSERT INTO thematic_reviews (partnership_id, activity_id, title,"
                        " questions, narrative_markdown, report_briefing_id, created_by,"
                        " updated_at, version) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, 1) RETURNING id",
                        {partnership_id_, r.activity_id, r.title, ListDocument(r.questions),
                         r.narrative_markdown, r.created_by, sql::InstantValue(r.updated_at)}));
  return Get(rows.rows.front().Int64(0));
}

core::Result<std::vector<domain::ThematicReview>> SqlThematicReviewRepository::Query(
    const std::string& where, std::vector<sql::Value> values) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, connection_.Query("SELECT " + std::string{kColumns} +
                                       " FROM thematic_reviews WHERE partnership_id = ?" + where +
                                       " ORDER BY id DESC",
                                   values));
  std::vector<domain::ThematicReview> reviews;
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto review, ReviewFromRow(row, partnership_id_));
    reviews.push_back(std::move(review));
  }
  return reviews;
}

core::Result<domain::ThematicReview> SqlThematicReviewRepository::Get(domain::ThematicReviewId id) {
  ASSURE_ASSIGN_OR_RETURN(auto reviews, Query(" AND id = ?", {partnership_id_, id}));
  if (reviews.empty()) return NoSuch("thematic review");
  domain::ThematicReview review = std::move(reviews.front());
  const std::vector<sql::Value> keys{partnership_id_, id};
  ASSURE_ASSIGN_OR_RETURN(
      auto evidence, connection_.Query("SELECT id, source, source_id, item, label, excerpt,"
                                       " held_on FROM thematic_review_evidence"
                                       " WHERE partnership_id = ? AND review_id = ? ORDER BY id",
                                       keys));
  for (const sql::Row& row : evidence) {
    domain::ReviewEvidence piece;
    piece.id = row.Int64(0);
    ASSURE_ASSIGN_OR_RETURN(
        piece.source, EnumAt<domain::EvidenceSource>(row, 1, "thematic_review_evidence.source",
                                                     domain::ParseEvidenceSource));
    piece.source_id = row.Int64(2);
    piece.item = row.Int64(3);
    piece.label = row.Text(4);
    piece.excerpt = row.Text(5);
    ASSURE_ASSIGN_OR_RETURN(piece.held_on,
                            OptionalDateAt(row, 6, "thematic_review_evidence.held_on"));
    review.evidence.push_back(std::move(piece));
  }
  ASSURE_ASSIGN_OR_RETURN(
      auto findings, connection_.Query("SELECT id, text, strength, questions, evidence_ids"
                                       " FROM thematic_review_findings"
                                       " WHERE partnership_id = ? AND review_id = ? ORDER BY id",
                                       keys));
  for (const sql::Row& row : findings) {
    domain::ThematicFinding finding;
    finding.id = row.Int64(0);
    finding.text = row.Text(1);
    ASSURE_ASSIGN_OR_RETURN(finding.strength, EnumAt<domain::EvidenceStrength>(
                                                  row, 2, "thematic_review_findings.strength",
                                                  domain::ParseEvidenceStrength));
    ASSURE_ASSIGN_OR_RETURN(finding.questions,
                            ListFrom<int>(row.Text(3), "thematic_review_findings.questions"));
    ASSURE_ASSIGN_OR_RETURN(
        finding.evidence_ids,
        ListFrom<std::int64_t>(row.Text(4), "thematic_review_findings.evidence_ids"));
    review.findings.push_back(std::move(finding));
  }
  ASSURE_ASSIGN_OR_RETURN(
      auto recommendations,
      connection_.Query("SELECT id, text, finding_ids, action_id"
                        " FROM thematic_review_recommendations"
                        " WHERE partnership_id = ? AND review_id = ? ORDER BY id",
                        keys));
  for (const sql::Row& row : recommendations) {
    domain::ReviewRecommendation recommendation;
    recommendation.id = row.Int64(0);
    recommendation.text = row.Text(1);
    ASSURE_ASSIGN_OR_RETURN(
        recommendation.finding_ids,
        ListFrom<std::int64_t>(row.Text(2), "thematic_review_recommendations.finding_ids"));
    recommendation.action_id = row.Int64(3);
    review.recommendations.push_back(std::move(recommendation));
  }
  return review;
}

core::Result<std::vector<domain::ThematicReview>> SqlThematicReviewRepository::List() {
  return Query("", {partnership_id_});
}

core::Result<domain::ThematicReview> SqlThematicReviewRepository::Update(
    const domain::ThematicReview& r) {
  ASSURE_TRY(UpdateVersioned(
      connection_, {"thematic_reviews", "thematic review", partnership_id_, r.id, r.version},
      "title = ?, questions = ?, narrative_markdown = ?, report_briefing_id = ?, updated_at = ?",
      {r.title, ListDocument(r.questions), r.narrative_markdown,
       sql::OptionalInt64(r.report_briefing_id), sql::InstantValue(r.updated_at)},
      "id"));
  return Get(r.id);
}

core::Result<domain::EvidenceId> SqlThematicReviewRepository::AddEvidence(
    domain::ThematicReviewId review, const domain::ReviewEvidence& e) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query("INSERT INTO thematic_review_evidence (partnership_id, review_id, source,"
                        " source_id, item, label, excerpt, held_on)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                        {partnership_id_, review, sql::Text(domain::EvidenceSourceName(e.source)),
                         e.source_id, e.item, e.label, e.excerpt, OptionalDateValue(e.held_on)}));
  return rows.rows.front().Int64(0);
}

core::Result<domain::FindingId> SqlThematicReviewRepository::AddFinding(
    domain::ThematicReviewId review, const domain::ThematicFinding& f) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "INSERT INTO thematic_review_findings (partnership_id, review_id, text,"
          " strength, questions, evidence_ids) VALUES (?, ?, ?, ?, ?, ?)"
          " RETURNING id",
          {partnership_id_, review, f.text, sql::Text(domain::EvidenceStrengthName(f.strength)),
           ListDocument(f.questions), ListDocument(f.evidence_ids)}));
  return rows.rows.front().Int64(0);
}

core::Result<domain::ReviewRecommendationId> SqlThematicReviewRepository::AddRecommendation(
    domain::ThematicReviewId review, const domain::ReviewRecommendation& r) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, connection_.Query(
                     "INSERT INTO thematic_review_recommendations (partnership_id, review_id,"
                     " text, finding_ids, action_id) VALUES (?, ?, ?, ?, ?) RETURNING id",
                     {partnership_id_, review, r.text, ListDocument(r.finding_ids), r.action_id}));
  return rows.rows.front().Int64(0);
}

core::Result<std::vector<std::pair<domain::ThematicReviewId, domain::ReviewRecommendation>>>
SqlThematicReviewRepository::AllRecommendations() {
  ASSURE_ASSIGN_OR_RETURN(auto rows,
                          connection_.Query("SELECT review_id, id, text, finding_ids, action_id"
                                            " FROM thematic_review_recommendations"
                                            " WHERE partnership_id = ? ORDER BY review_id, id",
                                            {partnership_id_}));
  std::vector<std::pair<domain::ThematicReviewId, domain::ReviewRecommendation>> all;
  for (const sql::Row& row : rows) {
    domain::ReviewRecommendation recommendation;
    recommendation.id = row.Int64(1);
    recommendation.text = row.Text(2);
    ASSURE_ASSIGN_OR_RETURN(
        recommendation.finding_ids,
        ListFrom<std::int64_t>(row.Text(3), "thematic_review_recommendations.finding_ids"));
    recommendation.action_id = row.Int64(4);
    all.emplace_back(row.Int64(0), std::move(recommendation));
  }
  return all;
}

}  // namespace assure::storage
