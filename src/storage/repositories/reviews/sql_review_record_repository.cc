#include "storage/repositories/reviews/sql_review_record_repository.h"

#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "domain/text_rules.h"
#include "storage/repositories/reviews/case_rows.h"
#include "storage/repositories/reviews/review_record_rows.h"
#include "storage/repositories/versioned_write.h"
#include "storage/sql/full_text.h"

namespace assure::storage {
namespace {

constexpr std::size_t kMaxText = 20000;
constexpr std::size_t kMaxShortText = 4000;

// "a = ?, b = ?" for the columns "a, b".
std::string Assignments(std::string_view columns) {
  std::string out;
  std::size_t start = 0;
  while (start < columns.size()) {
    std::size_t comma = columns.find(',', start);
    if (comma == std::string_view::npos) comma = columns.size();
    std::string_view column = columns.substr(start, comma - start);
    while (!column.empty() && column.front() == ' ') column.remove_prefix(1);
    if (!out.empty()) out += ", ";
    out += std::string{column} + " = ?";
    start = comma + 1;
  }
  return out;
}

// "?, ?" with one placeholder a column.
std::string Placeholders(std::string_view columns) {
  const auto count = std::count(columns.begin(), columns.end(), ',') + 1;
  std::string out = "?";
  for (std::ptrdiff_t i = 1; i < count; ++i) out += ", ?";
  return out;
}

core::Status ValidateNumbered(std::string_view field, const std::vector<int>& numbers,
                              const std::vector<const std::string*>& texts) {
  std::set<int> seen;
  for (int number : numbers) {
    if (number <= 0 || !seen.insert(number).second) {
      return core::Error::InvalidInput(std::string{field},
                                       "Number each one 1, 2, 3 and so on, once.");
    }
  }
  for (const std::string* text : texts) {
    ASSURE_TRY(domain::ValidateLongText(field, *text, kMaxShortText, true));
  }
  return core::Ok();
}

core::Status ValidateFullReview(const domain::FullReview& review) {
  ASSURE_TRY(domain::ValidateLongText("publication_link", review.publication_link, 2000, false));
  ASSURE_TRY(
      domain::ValidateLongText("embargo_reason", review.embargo_reason, kMaxShortText, false));
  const auto names = domain::ReviewStageNames();
  std::set<std::string> stages;
  for (const domain::ReviewStage& stage : review.stages) {
    if (std::find(names.begin(), names.end(), stage.name) == names.end() ||
        !stages.insert(stage.name).second) {
      return core::Error::InvalidInput("stages", "Choose each stage from the list, once.");
    }
  }
  std::vector<int> numbers;
  std::vector<const std::string*> texts;
  for (const domain::Finding& finding : review.findings) {
    numbers.push_back(finding.number);
    texts.push_back(&finding.text);
  }
  ASSURE_TRY(ValidateNumbered("findings", numbers, texts));
  numbers.clear();
  texts.clear();
  for (const domain::Recommendation& recommendation : review.recommendations) {
    numbers.push_back(recommendation.number);
    texts.push_back(&recommendation.text);
  }
  return ValidateNumbered("recommendations", numbers, texts);
}

core::Status ValidateRapidReview(const domain::RapidReview& review) {
  ASSURE_TRY(domain::ValidateLongText("facts", review.facts, kMaxText, false));
  ASSURE_TRY(
      domain::ValidateLongText("immediate_actions", review.immediate_actions, kMaxText, false));
  ASSURE_TRY(domain::ValidateLongText("learning", review.learning, kMaxText, false));
  return domain::ValidateLongText("rationale", review.rationale, kMaxText, false);
}

// Each row of `rows` decoded by `decode`.
template <typename Record, typename Decode>
core::Result<std::vector<Record>> Decoded(const sql::Rows& rows, Decode decode) {
  std::vector<Record> records;
  records.reserve(rows.size());
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto record, decode(row));
    records.push_back(std::move(record));
  }
  return records;
}

}  // namespace

core::Result<std::optional<std::int64_t>> SqlReviewRecordRepository::RowOfCase(
    std::string_view table, domain::CaseId id) {
  ASSURE_ASSIGN_OR_RETURN(auto rows,
                          connection_.Query("SELECT id FROM " + std::string{table} +
                                                " WHERE partnership_id = ? AND case_id = ?",
                                            {partnership_id_, id}));
  if (rows.empty()) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>{rows.rows.front().Int64(0)};
}

core::Result<sql::Rows> SqlReviewRecordRepository::RowsOfCases(
    std::string_view table, std::string_view columns, std::span<const domain::CaseId> ids) {
  std::vector<sql::Value> values{partnership_id_};
  const std::string list = AppendIdList(ids, values);
  return connection_.Query("SELECT " + std::string{columns} + " FROM " + std::string{table} +
                               " WHERE partnership_id = ? AND case_id IN " + list +
                               " ORDER BY case_id",
                           values);
}

core::Status SqlReviewRecordRepository::Put(std::string_view table, std::string_view noun,
                                            domain::CaseId case_id, domain::Version version,
                                            std::string_view columns,
                                            std::vector<sql::Value> values) {
  if (version == 0) {
    std::vector<sql::Value> all{partnership_id_, case_id};
    for (sql::Value& value : values) all.push_back(std::move(value));
    all.push_back(std::string{core::FormatInstant(clock_.Now())});
    ASSURE_ASSIGN_OR_RETURN(
        auto rows, connection_.Query(
                       "INSERT INTO " + std::string{table} + " (partnership_id, case_id, " +
                           std::string{columns} + ", version, created_at) VALUES (?, ?, " +
                           Placeholders(columns) +
                           ", 1, ?) ON CONFLICT (partnership_id, case_id) DO NOTHING RETURNING id",
                       all));
    if (rows.empty()) return RecordedMeanwhile(noun);
    return core::Ok();
  }
  ASSURE_ASSIGN_OR_RETURN(auto id, RowOfCase(table, case_id));
  if (!id) return NoSuch(noun);
  ASSURE_TRY(UpdateVersioned(connection_, {table, noun, partnership_id_, *id, version},
                             Assignments(columns), std::move(values), "id"));
  return core::Ok();
}

core::Result<std::optional<domain::Notification>> SqlReviewRecordRepository::GetNotification(
    domain::CaseId id) {
  ASSURE_TRY(ExpectRecord(connection_, "cases", "case", partnership_id_, id));
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query("SELECT " + std::string{kNotificationSelect} +
                            " FROM notifications WHERE partnership_id = ? AND case_id = ?",
                        {partnership_id_, id}));
  if (rows.empty()) return std::optional<domain::Notification>{};
  ASSURE_ASSIGN_OR_RETURN(auto notification, NotificationFromRow(rows.rows.front()));
  return std::optional<domain::Notification>{std::move(notification)};
}

core::Result<domain::Notification> SqlReviewRecordRepository::PutNotification(
    const domain::Notification& notification) {
  ASSURE_TRY(domain::ValidateLongText("panel_reference", notification.panel_reference,
                                      domain::kNameMaxCharacters, false));
  ASSURE_TRY(ExpectRecord(connection_, "cases", "case", partnership_id_, notification.case_id));
  ASSURE_TRY(Put("notifications", "notification", notification.case_id, notification.version,
                 kNotificationColumns,
                 {DateValue(notification.sent_on), notification.panel_reference}));
  ASSURE_ASSIGN_OR_RETURN(auto stored, GetNotification(notification.case_id));
  return std::move(*stored);
}

core::Result<std::optional<domain::RapidReview>> SqlReviewRecordRepository::GetRapidReview(
    domain::CaseId id) {
  ASSURE_TRY(ExpectRecord(connection_, "cases", "case", partnership_id_, id));
  ASSURE_ASSIGN_OR_RETURN(auto rows,
                          connection_.Query("SELECT case_id, " + std::string{kRapidReviewColumns} +
                                                ", version FROM rapid_reviews"
                                                " WHERE partnership_id = ? AND case_id = ?",
                                            {partnership_id_, id}));
  if (rows.empty()) return std::optional<domain::RapidReview>{};
  ASSURE_ASSIGN_OR_RETURN(auto review, RapidReviewFromRow(rows.rows.front()));
  ASSURE_ASSIGN_OR_RETURN(
      auto agencies,
      connection_.Query(
          "SELECT agency_id FROM rapid_review_agencies WHERE partnership_id = ? AND case_id = ?"
          " ORDER BY agency_id",
          {partnership_id_, id}));
  for (const sql::Row& row : agencies) review.agencies_present.push_back(row.Int64(0));
  return std::optional<domain::RapidReview>{std::move(review)};
}

core::Result<domain::RapidReview> SqlReviewRecordRepository::PutRapidReview(
    const domain::RapidReview& review) {
  ASSURE_TRY(ValidateRapidReview(review));
  ASSURE_TRY(ExpectRecord(connection_, "cases", "case", partnership_id_, review.case_id));
  const std::vector<std::int64_t> agencies = SortedUnique(review.agencies_present);
  if (!agencies.empty()) {
    ASSURE_ASSIGN_OR_RETURN(auto known,
                            AllRecordsExist(connection_, "agencies", partnership_id_, agencies));
    if (!known) {
      return core::Error::InvalidInput("agencies_present",
                                       "Choose the agencies present from this partnership's.");
    }
  }
  ASSURE_TRY(Put("rapid_reviews", "rapid review", review.case_id, review.version,
                 kRapidReviewColumns,
                 {DateValue(review.meeting_on), DateValue(review.completed_on), review.facts,
                  review.immediate_actions, review.learning,
                  sql::Text(domain::ReviewDecisionName(review.decision)), review.rationale,
                  OptionalDateValue(review.sent_to_panel_on),
                  sql::Text(domain::PanelResponseName(review.panel_response)),
                  OptionalDateValue(review.panel_response_on)}));
  // The learning's words for recurring learning's full-text search (0018_recurring_search.sql).
  ASSURE_TRY(connection_.Execute(
      "UPDATE rapid_reviews SET learning_search_text = ? WHERE partnership_id = ? AND case_id = ?",
      {sql::FullTextDocument({review.learning}), partnership_id_, review.case_id}));
  ASSURE_TRY(connection_.Execute(
      "DELETE FROM rapid_review_agencies WHERE partnership_id = ? AND case_id = ?",
      {partnership_id_, review.case_id}));
  for (std::int64_t agency_id : agencies) {
    ASSURE_TRY(connection_.Execute(
        "INSERT INTO rapid_review_agencies (partnership_id, case_id, agency_id) VALUES (?, ?, ?)",
        {partnership_id_, review.case_id, agency_id}));
  }
  ASSURE_ASSIGN_OR_RETURN(auto stored, GetRapidReview(review.case_id));
  return std::move(*stored);
}

core::Result<std::optional<domain::FullReview>> SqlReviewRecordRepository::GetFullReview(
    domain::CaseId id) {
  ASSURE_TRY(ExpectRecord(connection_, "cases", "case", partnership_id_, id));
  ASSURE_ASSIGN_OR_RETURN(auto rows,
                          connection_.Query("SELECT case_id, " + std::string{kFullReviewColumns} +
                                                ", version FROM full_reviews"
                                                " WHERE partnership_id = ? AND case_id = ?",
                                            {partnership_id_, id}));
  if (rows.empty()) return std::optional<domain::FullReview>{};
  ASSURE_ASSIGN_OR_RETURN(auto review, FullReviewFromRow(rows.rows.front()));

  ASSURE_ASSIGN_OR_RETURN(
      auto stages,
      connection_.Query("SELECT name, planned_on, actual_on FROM review_stages"
                        " WHERE partnership_id = ? AND case_id = ? ORDER BY position, id",
                        {partnership_id_, id}));
  for (const sql::Row& row : stages) {
    ASSURE_ASSIGN_OR_RETURN(auto planned, OptionalDateAt(row, 1, "review_stages.planned_on"));
    ASSURE_ASSIGN_OR_RETURN(auto actual, OptionalDateAt(row, 2, "review_stages.actual_on"));
    review.stages.push_back({row.Text(0), planned, actual});
  }
  ASSURE_ASSIGN_OR_RETURN(
      auto findings,
      connection_.Query(
          "SELECT number, text FROM review_findings WHERE partnership_id = ? AND case_id = ?"
          " ORDER BY number",
          {partnership_id_, id}));
  for (const sql::Row& row : findings) {
    review.findings.push_back({static_cast<int>(row.Int64(0)), row.Text(1)});
  }
  ASSURE_ASSIGN_OR_RETURN(
      auto recommendations,
      connection_.Query("SELECT id, number, text FROM review_recommendations"
                        " WHERE partnership_id = ? AND case_id = ? ORDER BY number",
                        {partnership_id_, id}));
  for (const sql::Row& row : recommendations) {
    review.recommendations.push_back({row.Int64(0), static_cast<int>(row.Int64(1)), row.Text(2)});
  }
  return std::optional<domain::FullReview>{std::move(review)};
}

core::Status SqlReviewRecordRepository::PutRecommendations(const domain::FullReview& review) {
  std::set<std::int64_t> numbers;
  for (const domain::Recommendation& recommendation : review.recommendations) {
    numbers.insert(recommendation.number);
    ASSURE_TRY(connection_.Execute(
        "INSERT INTO review_recommendations (partnership_id, case_id, number, text, search_text)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (partnership_id, case_id, number)"
        " DO UPDATE SET text = excluded.text, search_text = excluded.search_text",
        {partnership_id_, review.case_id, std::int64_t{recommendation.number}, recommendation.text,
         sql::FullTextDocument({recommendation.text})}));
  }
  ASSURE_ASSIGN_OR_RETURN(
      auto stored,
      connection_.Query(
          "SELECT number FROM review_recommendations WHERE partnership_id = ? AND case_id = ?",
          {partnership_id_, review.case_id}));
  for (const sql::Row& row : stored) {
    if (numbers.contains(row.Int64(0))) continue;
    ASSURE_TRY(connection_.Execute(
        "DELETE FROM review_recommendations WHERE partnership_id = ? AND case_id = ?"
        " AND number = ?",
        {partnership_id_, review.case_id, row.Int64(0)}));
  }
  return core::Ok();
}

core::Result<domain::FullReview> SqlReviewRecordRepository::PutFullReview(
    const domain::FullReview& review) {
  ASSURE_TRY(ValidateFullReview(review));
  ASSURE_TRY(ExpectRecord(connection_, "cases", "case", partnership_id_, review.case_id));
  if (review.reviewer_id) {
    ASSURE_ASSIGN_OR_RETURN(
        auto known, RecordExists(connection_, "reviewers", partnership_id_, *review.reviewer_id));
    if (!known) {
      return core::Error::InvalidInput("reviewer_id",
                                       "Choose a reviewer from this partnership's register.");
    }
  }
  ASSURE_TRY(
      Put("full_reviews", "full review", review.case_id, review.version, kFullReviewColumns,
          {sql::Text(domain::FullReviewKindName(review.kind)), DateValue(review.decided_on),
           OptionalDateValue(review.started_on), sql::OptionalInt64(review.reviewer_id),
           OptionalDateValue(review.terms_of_reference_on),
           OptionalDateValue(review.planned_publication_on),
           OptionalDateValue(review.notice_sent_on), OptionalDateValue(review.published_on),
           review.publication_link, review.embargo_reason, OptionalDateValue(review.concluded_on),
           OptionalDateValue(review.embargoed_on), OptionalDateValue(review.delay_notified_on),
           OptionalDateValue(review.secretary_of_state_notice_on),
           OptionalDateValue(review.notice_for_publication_on)}));

  ASSURE_TRY(
      connection_.Execute("DELETE FROM review_stages WHERE partnership_id = ? AND case_id = ?",
                          {partnership_id_, review.case_id}));
  for (std::size_t i = 0; i < review.stages.size(); ++i) {
    const domain::ReviewStage& stage = review.stages[i];
    ASSURE_TRY(connection_.Execute(
        "INSERT INTO review_stages (partnership_id, case_id, position, name, planned_on,"
        " actual_on) VALUES (?, ?, ?, ?, ?, ?)",
        {partnership_id_, review.case_id, static_cast<std::int64_t>(i), stage.name,
         OptionalDateValue(stage.planned_on), OptionalDateValue(stage.actual_on)}));
  }
  ASSURE_TRY(
      connection_.Execute("DELETE FROM review_findings WHERE partnership_id = ? AND case_id = ?",
                          {partnership_id_, review.case_id}));
  for (const domain::Finding& finding : review.findings) {
    ASSURE_TRY(connection_.Execute(
        "INSERT INTO review_findings (partnership_id, case_id, number, text) VALUES (?, ?, ?, ?)",
        {partnership_id_, review.case_id, std::int64_t{finding.number}, finding.text}));
  }
  ASSURE_TRY(PutRecommendations(review));
  ASSURE_ASSIGN_OR_RETURN(auto stored, GetFullReview(review.case_id));
  return std::move(*stored);
}

core::Result<std::vector<domain::CaseId>> SqlReviewRecordRepository::CasesReviewedBy(
    domain::ReviewerId reviewer_id) {
  ASSURE_TRY(ExpectRecord(connection_, "reviewers", "reviewer", partnership_id_, reviewer_id));
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, connection_.Query(
                     "SELECT case_id FROM full_reviews WHERE partnership_id = ? AND reviewer_id = ?"
                     " ORDER BY case_id",
                     {partnership_id_, reviewer_id}));
  std::vector<domain::CaseId> ids;
  ids.reserve(rows.size());
  for (const sql::Row& row : rows) ids.push_back(row.Int64(0));
  return ids;
}

core::Result<std::vector<domain::Notification>> SqlReviewRecordRepository::NotificationsFor(
    std::span<const domain::CaseId> ids) {
  if (ids.empty()) return std::vector<domain::Notification>{};
  ASSURE_ASSIGN_OR_RETURN(auto rows, RowsOfCases("notifications", kNotificationSelect, ids));
  return Decoded<domain::Notification>(rows, NotificationFromRow);
}

core::Result<std::vector<domain::RapidReview>> SqlReviewRecordRepository::RapidReviewsFor(
    std::span<const domain::CaseId> ids) {
  if (ids.empty()) return std::vector<domain::RapidReview>{};
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, RowsOfCases("rapid_reviews",
                             "case_id, " + std::string{kRapidReviewColumns} + ", version", ids));
  return Decoded<domain::RapidReview>(rows, RapidReviewFromRow);
}

core::Result<std::vector<domain::FullReview>> SqlReviewRecordRepository::FullReviewsFor(
    std::span<const domain::CaseId> ids) {
  if (ids.empty()) return std::vector<domain::FullReview>{};
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, RowsOfCases("full_reviews",
                             "case_id, " + std::string{kFullReviewColumns} + ", version", ids));
  return Decoded<domain::FullReview>(rows, FullReviewFromRow);
}

}  // namespace assure::storage
