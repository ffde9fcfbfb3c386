#include "storage/repositories/assurance/sql_self_evaluation_repository.h"

#include <map>
#include <utility>

#include "storage/repositories/reviews/case_rows.h"
#include "storage/repositories/versioned_write.h"
#include "storage/sql/instant.h"

namespace assure::storage {
namespace {

constexpr std::string_view kRoundColumns =
    "id, activity_id, framework_id, title, opened_on, due_on, state, closed_on, shared,"
    " opened_by, version";

core::Result<domain::Round> RoundFromRow(const sql::Row& row,
                                         domain::PartnershipId partnership_id) {
  domain::Round r;
  r.id = row.Int64(0);
  r.partnership_id = partnership_id;
  r.activity_id = row.Int64(1);
  r.framework_id = row.Int64(2);
  r.title = row.Text(3);
  ASSURE_ASSIGN_OR_RETURN(r.opened_on, DateAt(row, 4, "self_evaluation_rounds.opened_on"));
  ASSURE_ASSIGN_OR_RETURN(r.due_on, DateAt(row, 5, "self_evaluation_rounds.due_on"));
  ASSURE_ASSIGN_OR_RETURN(
      r.state,
      EnumAt<domain::RoundState>(row, 6, "self_evaluation_rounds.state", domain::ParseRoundState));
  ASSURE_ASSIGN_OR_RETURN(r.closed_on, OptionalDateAt(row, 7, "self_evaluation_rounds.closed_on"));
  r.shared = row.Int64(8) != 0;
  r.opened_by = row.Int64(9);
  r.version = row.Int64(10);
  return r;
}

constexpr std::string_view kReturnColumns =
    "id, round_id, agency_id, state, first_submitted_on, submitted_on, submitted_by,"
    " reopen_reason, updated_at, version";

core::Result<domain::Return> ReturnFromRow(const sql::Row& row) {
  domain::Return r;
  r.id = row.Int64(0);
  r.round_id = row.Int64(1);
  r.agency_id = row.Int64(2);
  ASSURE_ASSIGN_OR_RETURN(r.state,
                          EnumAt<domain::ReturnState>(row, 3, "self_evaluation_returns.state",
                                                      domain::ParseReturnState));
  ASSURE_ASSIGN_OR_RETURN(r.first_submitted_on,
                          OptionalDateAt(row, 4, "self_evaluation_returns.first_submitted_on"));
  ASSURE_ASSIGN_OR_RETURN(r.submitted_on,
                          OptionalDateAt(row, 5, "self_evaluation_returns.submitted_on"));
  r.submitted_by = row.OptionalInt64(6);
  r.reopen_reason = row.Text(7);
  ASSURE_ASSIGN_OR_RETURN(r.updated_at,
                          sql::InstantAt(row, 8, "self_evaluation_returns.updated_at"));
  r.version = row.Int64(9);
  return r;
}

constexpr std::string_view kChallengeColumns =
    "id, return_id, standard_id, question, asked_by, asked_at, answer, answered_by, answered_at,"
    " resolved, rating_before, rating_after, resolved_by, resolved_at";

core::Result<domain::Challenge> ChallengeFromRow(const sql::Row& row) {
  domain::Challenge c;
  c.id = row.Int64(0);
  c.return_id = row.Int64(1);
  c.standard_id = row.Int64(2);
  c.question = row.Text(3);
  c.asked_by = row.Int64(4);
  ASSURE_ASSIGN_OR_RETURN(c.asked_at,
                          sql::InstantAt(row, 5, "self_evaluation_challenges.asked_at"));
  c.answer = row.Text(6);
  c.answered_by = row.OptionalInt64(7);
  ASSURE_ASSIGN_OR_RETURN(c.answered_at,
                          sql::OptionalInstantAt(row, 8, "self_evaluation_challenges.answered_at"));
  c.resolved = row.Int64(9) != 0;
  c.rating_before = row.Text(10);
  c.rating_after = row.Text(11);
  c.resolved_by = row.OptionalInt64(12);
  ASSURE_ASSIGN_OR_RETURN(
      c.resolved_at, sql::OptionalInstantAt(row, 13, "self_evaluation_challenges.resolved_at"));
  return c;
}

}  // namespace

core::Result<domain::Round> SqlSelfEvaluationRepository::CreateRound(
    const domain::Round& r, const std::vector<domain::Standard>& standards, core::Instant at) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query("INSERT INTO self_evaluation_rounds (partnership_id, activity_id,"
                        " framework_id, title, opened_on, due_on, state, closed_on, shared,"
                        " opened_by, version) VALUES (?, ?, ?, ?, ?, ?, 'open', NULL, 0, ?, 1)"
                        " RETURNING id",
                        {partnership_id_, r.activity_id, r.framework_id, r.title,
                         DateValue(r.opened_on), DateValue(r.due_on), r.opened_by}));
  const domain::RoundId id = rows.rows.front().Int64(0);
  for (const domain::AgencyId agency : SortedUnique(r.agency_ids)) {
    ASSURE_ASSIGN_OR_RETURN(
        auto created,
        connection_.Query("INSERT INTO self_evaluation_returns (partnership_id, round_id,"
                          " agency_id, state, reopen_reason, updated_at, version)"
                          " VALUES (?, ?, ?, 'draft', '', ?, 1) RETURNING id",
                          {partnership_id_, id, agency, sql::InstantValue(at)}));
    const domain::ReturnId return_id = created.rows.front().Int64(0);
    for (const domain::Standard& standard : standards) {
      ASSURE_TRY(connection_.Execute(
          "INSERT INTO self_evaluation_answers (partnership_id, return_id, standard_id, rating,"
          " narrative, agreed_rating) VALUES (?, ?, ?, '', '', '')",
          {partnership_id_, return_id, standard.id}));
    }
  }
  return GetRound(id);
}

core::Result<std::vector<domain::Round>> SqlSelfEvaluationRepository::QueryRounds(
    const std::string& where, std::vector<sql::Value> values) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, connection_.Query("SELECT " + std::string{kRoundColumns} +
                                       " FROM self_evaluation_rounds WHERE partnership_id = ?" +
                                       where + " ORDER BY opened_on DESC, id DESC",
                                   values));
  std::vector<domain::Round> rounds;
  std::map<domain::RoundId, domain::Round*> by_id;
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto round, RoundFromRow(row, partnership_id_));
    rounds.push_back(std::move(round));
  }
  if (rounds.empty()) return rounds;
  std::vector<std::int64_t> ids;
  for (domain::Round& round : rounds) {
    by_id.emplace(round.id, &round);
    ids.push_back(round.id);
  }
  std::vector<sql::Value> list_values{partnership_id_};
  const std::string list = AppendIdList(SortedUnique(ids), list_values);
  ASSURE_ASSIGN_OR_RETURN(
      auto agencies, connection_.Query("SELECT round_id, agency_id FROM self_evaluation_returns"
                                       " WHERE partnership_id = ? AND round_id IN " +
                                           list + " ORDER BY agency_id",
                                       list_values));
  for (const sql::Row& row : agencies) by_id[row.Int64(0)]->agency_ids.push_back(row.Int64(1));
  return rounds;
}

core::Result<domain::Round> SqlSelfEvaluationRepository::GetRound(domain::RoundId id) {
  ASSURE_ASSIGN_OR_RETURN(auto rounds, QueryRounds(" AND id = ?", {partnership_id_, id}));
  if (rounds.empty()) return NoSuch("round");
  return std::move(rounds.front());
}

core::Result<std::vector<domain::Round>> SqlSelfEvaluationRepository::ListRounds() {
  return QueryRounds("", {partnership_id_});
}

core::Result<domain::Round> SqlSelfEvaluationRepository::UpdateRound(const domain::Round& r) {
  ASSURE_TRY(UpdateVersioned(connection_,
                             {"self_evaluation_rounds", "round", partnership_id_, r.id, r.version},
                             "state = ?, closed_on = ?, shared = ?",
                             {sql::Text(domain::RoundStateName(r.state)),
                              OptionalDateValue(r.closed_on), std::int64_t{r.shared ? 1 : 0}},
                             "id"));
  return GetRound(r.id);
}

core::Result<std::vector<domain::Return>> SqlSelfEvaluationRepository::QueryReturns(
    const std::string& where, std::vector<sql::Value> values) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, connection_.Query("SELECT " + std::string{kReturnColumns} +
                                       " FROM self_evaluation_returns WHERE partnership_id = ?" +
                                       where + " ORDER BY round_id, agency_id",
                                   values));
  std::vector<domain::Return> returns;
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto ret, ReturnFromRow(row));
    returns.push_back(std::move(ret));
  }
  if (returns.empty()) return returns;
  std::map<domain::ReturnId, domain::Return*> by_id;
  std::vector<std::int64_t> ids;
  for (domain::Return& ret : returns) {
    by_id.emplace(ret.id, &ret);
    ids.push_back(ret.id);
  }
  std::vector<sql::Value> list_values{partnership_id_};
  const std::string list = AppendIdList(SortedUnique(ids), list_values);
  ASSURE_ASSIGN_OR_RETURN(
      auto answers,
      connection_.Query("SELECT a.return_id, a.standard_id, a.rating, a.narrative,"
                        " a.agreed_rating FROM self_evaluation_answers a JOIN standards s"
                        " ON s.partnership_id = a.partnership_id AND s.id = a.standard_id"
                        " WHERE a.partnership_id = ? AND a.return_id IN " +
                            list + " ORDER BY s.position",
                        list_values));
  for (const sql::Row& row : answers) {
    by_id[row.Int64(0)]->answers.push_back({row.Int64(1), row.Text(2), row.Text(3), row.Text(4)});
  }
  return returns;
}

core::Result<domain::Return> SqlSelfEvaluationRepository::GetReturn(domain::RoundId round,
                                                                    domain::AgencyId agency) {
  ASSURE_ASSIGN_OR_RETURN(auto returns, QueryReturns(" AND round_id = ? AND agency_id = ?",
                                                     {partnership_id_, round, agency}));
  if (returns.empty()) return NoSuch("return");
  return std::move(returns.front());
}

core::Result<std::vector<domain::Return>> SqlSelfEvaluationRepository::Returns(
    std::optional<domain::RoundId> round) {
  if (round) return QueryReturns(" AND round_id = ?", {partnership_id_, *round});
  return QueryReturns("", {partnership_id_});
}

core::Result<std::vector<domain::Return>> SqlSelfEvaluationRepository::ReturnsOfAgency(
    domain::AgencyId agency) {
  return QueryReturns(" AND agency_id = ?", {partnership_id_, agency});
}

core::Result<domain::Return> SqlSelfEvaluationRepository::UpdateReturn(const domain::Return& r) {
  ASSURE_TRY(UpdateVersioned(
      connection_, {"self_evaluation_returns", "return", partnership_id_, r.id, r.version},
      "state = ?, first_submitted_on = ?, submitted_on = ?, submitted_by = ?,"
      " reopen_reason = ?, updated_at = ?",
      {sql::Text(domain::ReturnStateName(r.state)), OptionalDateValue(r.first_submitted_on),
       OptionalDateValue(r.submitted_on), sql::OptionalInt64(r.submitted_by), r.reopen_reason,
       sql::InstantValue(r.updated_at)},
      "id"));
  for (const domain::ReturnAnswer& answer : r.answers) {
    ASSURE_ASSIGN_OR_RETURN(
        auto changed,
        connection_.Execute("UPDATE self_evaluation_answers SET rating = ?, narrative = ?,"
                            " agreed_rating = ? WHERE partnership_id = ? AND return_id = ?"
                            " AND standard_id = ?",
                            {answer.rating, answer.narrative, answer.agreed_rating, partnership_id_,
                             r.id, answer.standard_id}));
    if (changed != 1) {
      return core::Error::InvalidInput("answers", "Answer the standards of the round's framework.");
    }
  }
  ASSURE_ASSIGN_OR_RETURN(auto returns, QueryReturns(" AND id = ?", {partnership_id_, r.id}));
  return std::move(returns.front());
}

core::Result<domain::ReturnEvidence> SqlSelfEvaluationRepository::AddEvidence(
    const domain::ReturnEvidence& f) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query("INSERT INTO self_evaluation_evidence (partnership_id, return_id,"
                        " standard_id, file_name, content_type, size, sha256, uploaded_by,"
                        " uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                        {partnership_id_, f.return_id, f.standard_id, f.file_name, f.content_type,
                         f.size, f.sha256, f.uploaded_by, sql::InstantValue(f.uploaded_at)}));
  domain::ReturnEvidence stored = f;
  stored.id = rows.rows.front().Int64(0);
  return stored;
}

core::Result<std::vector<domain::ReturnEvidence>> SqlSelfEvaluationRepository::Evidence(
    domain::ReturnId ret) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query("SELECT e.id, e.standard_id, e.file_name, e.content_type, e.size,"
                        " e.sha256, e.uploaded_by, e.uploaded_at FROM self_evaluation_evidence e"
                        " JOIN standards s ON s.partnership_id = e.partnership_id"
                        " AND s.id = e.standard_id WHERE e.partnership_id = ? AND e.return_id = ?"
                        " ORDER BY s.position, e.id",
                        {partnership_id_, ret}));
  std::vector<domain::ReturnEvidence> files;
  for (const sql::Row& row : rows) {
    domain::ReturnEvidence f;
    f.id = row.Int64(0);
    f.return_id = ret;
    f.standard_id = row.Int64(1);
    f.file_name = row.Text(2);
    f.content_type = row.Text(3);
    f.size = row.Int64(4);
    f.sha256 = row.Text(5);
    f.uploaded_by = row.Int64(6);
    ASSURE_ASSIGN_OR_RETURN(f.uploaded_at,
                            sql::InstantAt(row, 7, "self_evaluation_evidence.uploaded_at"));
    files.push_back(std::move(f));
  }
  return files;
}

core::Result<domain::Challenge> SqlSelfEvaluationRepository::AddChallenge(
    const domain::Challenge& c) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query("INSERT INTO self_evaluation_challenges (partnership_id, return_id,"
                        " standard_id, question, asked_by, asked_at, answer, resolved,"
                        " rating_before, rating_after) VALUES (?, ?, ?, ?, ?, ?, '', 0, '', '')"
                        " RETURNING id",
                        {partnership_id_, c.return_id, c.standard_id, c.question, c.asked_by,
                         sql::InstantValue(c.asked_at)}));
  domain::Challenge stored = c;
  stored.id = rows.rows.front().Int64(0);
  return stored;
}

core::Result<std::vector<domain::Challenge>> SqlSelfEvaluationRepository::Challenges(
    domain::ReturnId ret) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, connection_.Query("SELECT " + std::string{kChallengeColumns} +
                                       " FROM self_evaluation_challenges WHERE partnership_id = ?"
                                       " AND return_id = ? ORDER BY id",
                                   {partnership_id_, ret}));
  std::vector<domain::Challenge> challenges;
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto challenge, ChallengeFromRow(row));
    challenges.push_back(std::move(challenge));
  }
  return challenges;
}

core::Status SqlSelfEvaluationRepository::UpdateChallenge(const domain::Challenge& c) {
  ASSURE_ASSIGN_OR_RETURN(
      auto changed,
      connection_.Execute(
          "UPDATE self_evaluation_challenges SET answer = ?, answered_by = ?, answered_at = ?,"
          " resolved = ?, rating_before = ?, rating_after = ?, resolved_by = ?, resolved_at = ?"
          " WHERE partnership_id = ? AND id = ?",
          {c.answer, sql::OptionalInt64(c.answered_by), sql::OptionalInstantValue(c.answered_at),
           std::int64_t{c.resolved ? 1 : 0}, c.rating_before, c.rating_after,
           sql::OptionalInt64(c.resolved_by), sql::OptionalInstantValue(c.resolved_at),
           partnership_id_, c.id}));
  if (changed != 1) return NoSuch("challenge");
  return core::Ok();
}

}  // namespace assure::storage
