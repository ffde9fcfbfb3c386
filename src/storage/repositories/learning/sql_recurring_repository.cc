#include "storage/repositories/learning/sql_recurring_repository.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <utility>

#include "storage/repositories/reviews/case_rows.h"
#include "storage/sql/full_text.h"

namespace assure::storage {
namespace {

using domain::LearningSource;

constexpr std::size_t kQueriesPerStatement = 8;

// A table Candidates searches: its full-text document column, the column it gives back (a
// recommendation's id, a rapid review's case id) and the code of its source in the result.
struct SearchedTable {
  std::string_view table;
  std::string_view document;
  std::string_view record;
  int code;
};
constexpr SearchedTable kRecommendations{"review_recommendations", "search_text", "id", 0};
constexpr SearchedTable kRapidReviews{"rapid_reviews", "learning_search_text", "case_id", 1};

LearningSource SourceOfCode(std::int64_t code) {
  return code == kRecommendations.code ? LearningSource::kRecommendation
                                       : LearningSource::kRapidReview;
}

// One search of `searched` as a member of the UNION ALL: (query, source, record) rows, the
// engine's best `limit` first. Parameters: BindSearch's.
std::string SearchSql(sql::Dialect dialect, const SearchedTable& searched, std::size_t limit,
                      std::size_t alias) {
  const std::string t{searched.table};
  const std::string head = "SELECT * FROM (SELECT CAST(? AS BIGINT) AS query, " +
                           std::to_string(searched.code) + " AS source, " + t + "." +
                           std::string{searched.record} + " AS record FROM ";
  const std::string tail = " LIMIT " + std::to_string(limit) + ") AS m" + std::to_string(alias);
  if (dialect == sql::Dialect::kSqlite) {
    const std::string index = t + "_full_text";
    return head + index + " JOIN " + t + " ON " + t + ".id = " + index + ".rowid WHERE " + index +
           " MATCH ? AND " + t + ".partnership_id = ? ORDER BY bm25(" + index + "), " + t + ".id" +
           tail;
  }
  const std::string words =
      "to_tsvector('simple', " + t + "." + std::string{searched.document} + ")";
  return head + t + " WHERE " + t + ".partnership_id = ? AND " + words +
         " @@ to_tsquery('simple', ?) ORDER BY ts_rank(" + words +
         ", to_tsquery('simple', ?)) DESC, " + t + ".id" + tail;
}

struct Search {
  std::int64_t key = 0;
  std::string match;  // FullTextAnyQuery's text
};

void BindSearch(sql::Dialect dialect, const Search& search, domain::PartnershipId partnership,
                std::vector<sql::Value>& values) {
  values.emplace_back(search.key);
  if (dialect == sql::Dialect::kSqlite) {
    values.emplace_back(search.match);
    values.emplace_back(partnership);
  } else {
    values.emplace_back(partnership);
    values.emplace_back(search.match);
    values.emplace_back(search.match);
  }
}

using ActionsByRecord =
    std::map<std::pair<LearningSource, std::int64_t>, std::vector<domain::LearningAction>>;

// The actions whose sources name a recommendation or a rapid review, by what they name.
core::Result<ActionsByRecord> ReadActions(sql::Connection& connection,
                                          domain::PartnershipId partnership) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, connection.Query(
                     "SELECT s.kind, s.ref_id, a.id, a.status,"
                     " CASE WHEN a.status = 'completed' THEN COALESCE((SELECT max(u.update_on)"
                     " FROM action_updates u WHERE u.partnership_id = a.partnership_id"
                     " AND u.action_id = a.id AND u.status = 'completed'), a.last_update_on) END"
                     " FROM action_sources s"
                     " JOIN actions a ON a.partnership_id = s.partnership_id AND a.id = s.action_id"
                     " WHERE s.partnership_id = ? AND s.kind IN ('recommendation', 'rapid_review')"
                     " AND s.ref_id IS NOT NULL ORDER BY s.kind, s.ref_id, a.id",
                     {partnership}));
  ActionsByRecord actions;
  for (const sql::Row& row : rows) {
    const LearningSource source = row.Text(0) == "recommendation" ? LearningSource::kRecommendation
                                                                  : LearningSource::kRapidReview;
    ASSURE_ASSIGN_OR_RETURN(auto status, EnumAt<domain::ActionStatus>(row, 3, "actions.status",
                                                                      domain::ParseActionStatus));
    ASSURE_ASSIGN_OR_RETURN(auto completed_on, OptionalDateAt(row, 4, "action_updates.update_on"));
    auto& list = actions[{source, row.Int64(1)}];
    if (!list.empty() && list.back().id == row.Int64(2)) continue;  // named twice by one action
    list.push_back({row.Int64(2), status, completed_on});
  }
  return actions;
}

std::vector<domain::LearningAction> ActionsOf(const ActionsByRecord& actions, LearningSource source,
                                              std::int64_t record) {
  const auto found = actions.find({source, record});
  return found == actions.end() ? std::vector<domain::LearningAction>{} : found->second;
}

}  // namespace

core::Result<std::vector<domain::ReviewedCase>> SqlRecurringLearningRepository::ReviewedCases() {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "SELECT c.id, c.reference, COALESCE(f.decided_on, r.completed_on) FROM cases c"
          " LEFT JOIN full_reviews f ON f.partnership_id = c.partnership_id AND f.case_id = c.id"
          " LEFT JOIN rapid_reviews r ON r.partnership_id = c.partnership_id AND r.case_id = c.id"
          " WHERE c.partnership_id = ? AND (f.id IS NOT NULL OR r.id IS NOT NULL)"
          " ORDER BY 3, 2",
          {partnership_id_}));
  std::vector<domain::ReviewedCase> cases;
  std::map<domain::CaseId, std::size_t> position;
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto decided_on, DateAt(row, 2, "full_reviews.decided_on"));
    position[row.Int64(0)] = cases.size();
    cases.push_back({row.Int64(0), row.Text(1), decided_on, {}});
  }
  ASSURE_ASSIGN_OR_RETURN(
      auto themes,
      connection_.Query(
          "SELECT ct.case_id, t.name FROM case_themes ct"
          " JOIN themes t ON t.partnership_id = ct.partnership_id AND t.id = ct.theme_id"
          " WHERE ct.partnership_id = ? ORDER BY ct.case_id, t.name",
          {partnership_id_}));
  for (const sql::Row& row : themes) {
    const auto found = position.find(row.Int64(0));
    if (found != position.end()) cases[found->second].themes.push_back(row.Text(1));
  }
  return cases;
}

core::Result<std::vector<domain::LearningRecord>>
SqlRecurringLearningRepository::LearningRecords() {
  ASSURE_ASSIGN_OR_RETURN(const ActionsByRecord actions, ReadActions(connection_, partnership_id_));
  std::vector<domain::LearningRecord> records;
  ASSURE_ASSIGN_OR_RETURN(
      auto recommendations,
      connection_.Query("SELECT id, case_id, number, text FROM review_recommendations"
                        " WHERE partnership_id = ? ORDER BY case_id, number",
                        {partnership_id_}));
  for (const sql::Row& row : recommendations) {
    const LearningSource source = LearningSource::kRecommendation;
    records.push_back({source, row.Int64(0), row.Int64(1), static_cast<int>(row.Int64(2)),
                       row.Text(3), ActionsOf(actions, source, row.Int64(0))});
  }
  ASSURE_ASSIGN_OR_RETURN(
      auto rapid_reviews,
      connection_.Query("SELECT case_id, learning FROM rapid_reviews"
                        " WHERE partnership_id = ? AND learning <> '' ORDER BY case_id",
                        {partnership_id_}));
  for (const sql::Row& row : rapid_reviews) {
    const LearningSource source = LearningSource::kRapidReview;
    records.push_back({source, row.Int64(0), row.Int64(0), 0, row.Text(1),
                       ActionsOf(actions, source, row.Int64(0))});
  }
  return records;
}

core::Result<std::vector<domain::CandidateMatch>> SqlRecurringLearningRepository::Candidates(
    std::span<const domain::CandidateQuery> queries, std::size_t limit) {
  const sql::Dialect dialect = connection_.dialect();
  std::vector<Search> searches;
  for (const domain::CandidateQuery& query : queries) {
    if (std::optional<std::string> match = sql::FullTextAnyQuery(dialect, query.terms)) {
      searches.push_back({static_cast<std::int64_t>(query.key), std::move(*match)});
    }
  }
  std::vector<domain::CandidateMatch> matches;
  if (searches.empty() || limit == 0) return matches;

  std::string statement;
  std::size_t alias = 0;
  for (std::size_t i = 0; i < kQueriesPerStatement; ++i) {
    for (const SearchedTable* searched : {&kRecommendations, &kRapidReviews}) {
      if (!statement.empty()) statement += " UNION ALL ";
      statement += SearchSql(dialect, *searched, limit, alias++);
    }
  }
  for (std::size_t first = 0; first < searches.size(); first += kQueriesPerStatement) {
    // Always kQueriesPerStatement searches, so one statement serves every batch: the last batch
    // repeats its last search, whose matches then come twice (harmless to the caller).
    std::vector<sql::Value> values;
    for (std::size_t i = 0; i < kQueriesPerStatement; ++i) {
      const Search& search = searches[std::min(first + i, searches.size() - 1)];
      BindSearch(dialect, search, partnership_id_, values);  // review_recommendations
      BindSearch(dialect, search, partnership_id_, values);  // rapid_reviews
    }
    ASSURE_ASSIGN_OR_RETURN(auto rows, connection_.Query(statement, values));
    for (const sql::Row& row : rows) {
      matches.push_back(
          {static_cast<std::size_t>(row.Int64(0)), SourceOfCode(row.Int64(1)), row.Int64(2)});
    }
  }
  return matches;
}

core::Result<std::vector<domain::PublishedBriefing>>
SqlRecurringLearningRepository::PublishedBriefings() {
  ASSURE_ASSIGN_OR_RETURN(auto rows,
                          connection_.Query("SELECT id, title, published_on FROM briefings"
                                            " WHERE partnership_id = ? AND state = 'published'"
                                            " ORDER BY published_on, id",
                                            {partnership_id_}));
  std::vector<domain::PublishedBriefing> briefings;
  std::map<std::int64_t, std::size_t> position;
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto published_on, DateAt(row, 2, "briefings.published_on"));
    position[row.Int64(0)] = briefings.size();
    briefings.push_back({row.Int64(0), row.Text(1), published_on, {}, {}, {}});
  }
  if (briefings.empty()) return briefings;
  ASSURE_ASSIGN_OR_RETURN(
      auto themes,
      connection_.Query(
          "SELECT bt.briefing_id, t.name FROM briefing_themes bt"
          " JOIN themes t ON t.partnership_id = bt.partnership_id AND t.id = bt.theme_id"
          " WHERE bt.partnership_id = ? ORDER BY bt.briefing_id, t.name",
          {partnership_id_}));
  for (const sql::Row& row : themes) {
    const auto found = position.find(row.Int64(0));
    if (found != position.end()) briefings[found->second].themes.push_back(row.Text(1));
  }
  ASSURE_ASSIGN_OR_RETURN(
      auto links,
      connection_.Query("SELECT briefing_id, kind, ref_id FROM briefing_links"
                        " WHERE partnership_id = ? AND kind IN ('case', 'recommendation')"
                        " ORDER BY briefing_id, kind, ref_id",
                        {partnership_id_}));
  for (const sql::Row& row : links) {
    const auto found = position.find(row.Int64(0));
    if (found == position.end()) continue;  // not published
    domain::PublishedBriefing& briefing = briefings[found->second];
    (row.Text(1) == "case" ? briefing.cases : briefing.recommendations).push_back(row.Int64(2));
  }
  return briefings;
}

}  // namespace assure::storage
