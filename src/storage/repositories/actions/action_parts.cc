#include "storage/repositories/actions/action_parts.h"

#include <map>
#include <set>
#include <string>
#include <tuple>

#include "domain/text_rules.h"
#include "storage/repositories/reviews/case_rows.h"

namespace assure::storage {
namespace {

constexpr std::size_t kMaxSourceLabel = 500;

core::Error BadSources(std::string message) {
  return core::Error::InvalidInput("sources", std::move(message));
}

// Whether every one of `case_ids` (non-empty, sorted, unique) has a rapid review recorded.
core::Result<bool> AllRapidReviewsExist(sql::Connection& connection,
                                        domain::PartnershipId partnership_id,
                                        const std::vector<std::int64_t>& case_ids) {
  std::vector<sql::Value> values{partnership_id};
  const std::string list = AppendIdList(case_ids, values);
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection.Query(
          "SELECT count(*) FROM rapid_reviews WHERE partnership_id = ? AND case_id IN " + list,
          values));
  return rows.rows.front().Int64(0) == static_cast<std::int64_t>(case_ids.size());
}

// The checks that need no database.
core::Status ValidateSourceList(const std::vector<domain::ActionSource>& sources) {
  if (sources.empty()) return BadSources("Name at least one source this action answers.");
  if (sources.size() > kMaxActionSources) {
    return BadSources("An action can have at most " + std::to_string(kMaxActionSources) +
                      " sources.");
  }
  std::set<std::tuple<domain::SourceKind, std::int64_t, std::string>> seen;
  for (const domain::ActionSource& source : sources) {
    const bool needs_record = domain::SourceNeedsRecord(source.kind);
    if (needs_record && !source.ref_id) {
      return BadSources(
          "Choose the recommendation, rapid review, return or meeting this action answers.");
    }
    if (!needs_record && source.ref_id) {
      return BadSources("This kind of source names no record: describe it in its label.");
    }
    ASSURE_TRY(domain::ValidateLongText("sources", source.label, kMaxSourceLabel,
                                        /*required=*/!source.ref_id));
    const auto key = source.ref_id ? std::tuple{source.kind, *source.ref_id, std::string{}}
                                   : std::tuple{source.kind, std::int64_t{0}, source.label};
    if (!seen.insert(key).second) return BadSources("Name each source once.");
  }
  return core::Ok();
}

}  // namespace

core::Status CheckSources(sql::Connection& connection, domain::PartnershipId partnership_id,
                          const std::vector<domain::ActionSource>& sources) {
  ASSURE_TRY(ValidateSourceList(sources));
  std::vector<std::int64_t> recommendations;
  std::vector<std::int64_t> rapid_reviews;
  std::vector<std::int64_t> returns;
  std::vector<std::int64_t> meetings;
  for (const domain::ActionSource& source : sources) {
    if (source.kind == domain::SourceKind::kMeeting) meetings.push_back(*source.ref_id);
    if (source.kind == domain::SourceKind::kRecommendation)
      recommendations.push_back(*source.ref_id);
    if (source.kind == domain::SourceKind::kRapidReview) rapid_reviews.push_back(*source.ref_id);
    if (source.kind == domain::SourceKind::kSelfEvaluation) returns.push_back(*source.ref_id);
  }
  if (!meetings.empty()) {
    ASSURE_ASSIGN_OR_RETURN(auto known, AllRecordsExist(connection, "meetings", partnership_id,
                                                        SortedUnique(std::move(meetings))));
    if (!known) return BadSources("Name meetings of this partnership.");
  }
  if (!returns.empty()) {
    ASSURE_ASSIGN_OR_RETURN(auto known,
                            AllRecordsExist(connection, "self_evaluation_returns", partnership_id,
                                            SortedUnique(std::move(returns))));
    if (!known) return BadSources("Name self-evaluation returns of this partnership.");
  }
  if (!recommendations.empty()) {
    ASSURE_ASSIGN_OR_RETURN(auto known,
                            AllRecordsExist(connection, "review_recommendations", partnership_id,
                                            SortedUnique(std::move(recommendations))));
    if (!known) return BadSources("Choose recommendations of this partnership's reviews.");
  }
  if (!rapid_reviews.empty()) {
    ASSURE_ASSIGN_OR_RETURN(
        auto known,
        AllRapidReviewsExist(connection, partnership_id, SortedUnique(std::move(rapid_reviews))));
    if (!known) return BadSources("Choose rapid reviews this partnership has recorded.");
  }
  return core::Ok();
}

core::Status ReplaceSources(sql::Connection& connection, domain::PartnershipId partnership_id,
                            domain::ActionId action_id,
                            const std::vector<domain::ActionSource>& sources) {
  ASSURE_TRY(
      connection.Execute("DELETE FROM action_sources WHERE partnership_id = ? AND action_id = ?",
                         {partnership_id, action_id}));
  for (std::size_t i = 0; i < sources.size(); ++i) {
    const domain::ActionSource& source = sources[i];
    ASSURE_TRY(connection.Execute(
        "INSERT INTO action_sources (partnership_id, action_id, position, kind, ref_id, label)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        {partnership_id, action_id, static_cast<std::int64_t>(i),
         sql::Text(domain::SourceKindName(source.kind)), sql::OptionalInt64(source.ref_id),
         source.label}));
  }
  return core::Ok();
}

core::Status LoadSources(sql::Connection& connection, domain::PartnershipId partnership_id,
                         std::vector<domain::PlanAction>& actions) {
  if (actions.empty()) return core::Ok();
  std::map<domain::ActionId, domain::PlanAction*> by_id;
  std::vector<std::int64_t> ids;
  ids.reserve(actions.size());
  for (domain::PlanAction& action : actions) {
    by_id[action.id] = &action;
    ids.push_back(action.id);
  }
  std::vector<sql::Value> values{partnership_id};
  const std::string list = AppendIdList(SortedUnique(std::move(ids)), values);
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, connection.Query("SELECT action_id, kind, ref_id, label FROM action_sources"
                                  " WHERE partnership_id = ? AND action_id IN " +
                                      list + " ORDER BY action_id, position",
                                  values));
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto kind, EnumAt<domain::SourceKind>(row, 1, "action_sources.kind",
                                                                  domain::ParseSourceKind));
    by_id.at(row.Int64(0))->sources.push_back({kind, row.OptionalInt64(2), row.Text(3)});
  }
  return core::Ok();
}

core::Status ExpectUser(sql::Connection& connection, std::string_view field,
                        const std::optional<domain::UserId>& user_id) {
  if (!user_id) return core::Ok();
  ASSURE_ASSIGN_OR_RETURN(auto rows,
                          connection.Query("SELECT 1 FROM users WHERE id = ?", {*user_id}));
  if (rows.empty())
    return core::Error::InvalidInput(std::string{field}, "There is no such account.");
  return core::Ok();
}

core::Status ExpectMember(sql::Connection& connection, domain::PartnershipId partnership_id,
                          std::string_view field, const std::optional<domain::UserId>& user_id) {
  if (!user_id) return core::Ok();
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection.Query("SELECT 1 FROM memberships WHERE partnership_id = ? AND user_id = ? LIMIT 1",
                       {partnership_id, *user_id}));
  if (rows.empty()) {
    return core::Error::InvalidInput(std::string{field},
                                     "Choose a person who is a member of this partnership.");
  }
  return core::Ok();
}

}  // namespace assure::storage
