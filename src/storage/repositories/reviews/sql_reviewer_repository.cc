#include "storage/repositories/reviews/sql_reviewer_repository.h"

#include <map>
#include <string>
#include <utility>

#include "domain/text_rules.h"
#include "storage/repositories/reviews/case_rows.h"
#include "storage/repositories/versioned_write.h"
#include "storage/sql/instant.h"

namespace assure::storage {
namespace {

constexpr std::string_view kReviewerColumns =
    "id, partnership_id, name, user_id, interests_note, version";
constexpr std::size_t kMaxNote = 2000;

domain::Reviewer ReviewerFromRow(const sql::Row& row) {
  domain::Reviewer reviewer;
  reviewer.id = row.Int64(0);
  reviewer.partnership_id = row.Int64(1);
  reviewer.name = row.Text(2);
  reviewer.user_id = row.OptionalInt64(3);
  reviewer.interests_note = row.Text(4);
  reviewer.version = row.Int64(5);
  return reviewer;
}

core::Error UserTaken() {
  return core::Error::Conflict("This account is already another reviewer's.", "user_id");
}

}  // namespace

core::Status SqlReviewerRepository::Check(const domain::Reviewer& reviewer) {
  ASSURE_TRY(domain::ValidateName("name", reviewer.name));
  ASSURE_TRY(domain::ValidateLongText("interests_note", reviewer.interests_note, kMaxNote, false));
  if (reviewer.user_id) {
    ASSURE_ASSIGN_OR_RETURN(
        auto user, connection_.Query("SELECT 1 FROM users WHERE id = ?", {*reviewer.user_id}));
    if (user.empty()) return core::Error::InvalidInput("user_id", "There is no such account.");
    ASSURE_ASSIGN_OR_RETURN(
        auto taken,
        connection_.Query(
            "SELECT 1 FROM reviewers WHERE partnership_id = ? AND user_id = ? AND id <> ?",
            {partnership_id_, *reviewer.user_id, reviewer.id}));
    if (!taken.empty()) return UserTaken();
  }
  const std::vector<std::int64_t> agencies = SortedUnique(reviewer.interests);
  if (agencies.empty()) return core::Ok();
  ASSURE_ASSIGN_OR_RETURN(auto known,
                          AllRecordsExist(connection_, "agencies", partnership_id_, agencies));
  if (!known) {
    return core::Error::InvalidInput("interests",
                                     "Choose interests from this partnership's "
                                     "agencies.");
  }
  return core::Ok();
}

core::Status SqlReviewerRepository::ReplaceInterests(
    domain::ReviewerId id, const std::vector<domain::AgencyId>& agencies) {
  ASSURE_TRY(connection_.Execute(
      "DELETE FROM reviewer_interests WHERE partnership_id = ? AND reviewer_id = ?",
      {partnership_id_, id}));
  for (std::int64_t agency_id : SortedUnique(agencies)) {
    ASSURE_TRY(connection_.Execute(
        "INSERT INTO reviewer_interests (partnership_id, reviewer_id, agency_id) VALUES (?, ?, ?)",
        {partnership_id_, id, agency_id}));
  }
  return core::Ok();
}

core::Result<std::vector<domain::Reviewer>> SqlReviewerRepository::Complete(const sql::Rows& rows) {
  std::vector<domain::Reviewer> reviewers;
  reviewers.reserve(rows.size());
  std::map<domain::ReviewerId, domain::Reviewer*> by_id;
  for (const sql::Row& row : rows) reviewers.push_back(ReviewerFromRow(row));
  if (reviewers.empty()) return reviewers;
  std::vector<std::int64_t> ids;
  for (domain::Reviewer& reviewer : reviewers) {
    by_id[reviewer.id] = &reviewer;
    ids.push_back(reviewer.id);
  }
  std::vector<sql::Value> values{partnership_id_};
  const std::string list = AppendIdList(SortedUnique(std::move(ids)), values);
  ASSURE_ASSIGN_OR_RETURN(auto interests,
                          connection_.Query("SELECT reviewer_id, agency_id FROM reviewer_interests"
                                            " WHERE partnership_id = ? AND reviewer_id IN " +
                                                list + " ORDER BY reviewer_id, agency_id",
                                            values));
  for (const sql::Row& row : interests) {
    by_id.at(row.Int64(0))->interests.push_back(row.Int64(1));
  }
  return reviewers;
}

core::Result<domain::Reviewer> SqlReviewerRepository::Create(const domain::Reviewer& reviewer) {
  domain::Reviewer draft = reviewer;
  draft.id = 0;
  ASSURE_TRY(Check(draft));
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, connection_.Query("INSERT INTO reviewers (partnership_id, name, user_id, "
                                   "interests_note, version, created_at)"
                                   " VALUES (?, ?, ?, ?, 1, ?) RETURNING id",
                                   {partnership_id_, draft.name, sql::OptionalInt64(draft.user_id),
                                    draft.interests_note, sql::InstantValue(clock_.Now())}));
  const domain::ReviewerId id = rows.rows.front().Int64(0);
  ASSURE_TRY(ReplaceInterests(id, draft.interests));
  return Get(id);
}

core::Result<domain::Reviewer> SqlReviewerRepository::Get(domain::ReviewerId id) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, connection_.Query("SELECT " + std::string{kReviewerColumns} +
                                       " FROM reviewers WHERE partnership_id = ? AND id = ?",
                                   {partnership_id_, id}));
  if (rows.empty()) return NoSuch("reviewer");
  ASSURE_ASSIGN_OR_RETURN(auto reviewers, Complete(rows));
  return std::move(reviewers.front());
}

core::Result<std::vector<domain::Reviewer>> SqlReviewerRepository::List() {
  ASSURE_ASSIGN_OR_RETURN(auto rows,
                          connection_.Query("SELECT " + std::string{kReviewerColumns} +
                                                " FROM reviewers WHERE partnership_id = ?"
                                                " ORDER BY lower(name) COLLATE \"C\", id",
                                            {partnership_id_}));
  return Complete(rows);
}

core::Result<std::optional<domain::Reviewer>> SqlReviewerRepository::FindByUser(
    domain::UserId user_id) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, connection_.Query("SELECT " + std::string{kReviewerColumns} +
                                       " FROM reviewers WHERE partnership_id = ? AND user_id = ?",
                                   {partnership_id_, user_id}));
  if (rows.empty()) return std::optional<domain::Reviewer>{};
  ASSURE_ASSIGN_OR_RETURN(auto reviewers, Complete(rows));
  return std::optional<domain::Reviewer>{std::move(reviewers.front())};
}

core::Result<domain::Reviewer> SqlReviewerRepository::Update(const domain::Reviewer& reviewer) {
  ASSURE_TRY(ExpectRecord(connection_, "reviewers", "reviewer", partnership_id_, reviewer.id));
  ASSURE_TRY(Check(reviewer));
  ASSURE_TRY(UpdateVersioned(
      connection_, {"reviewers", "reviewer", partnership_id_, reviewer.id, reviewer.version},
      "name = ?, user_id = ?, interests_note = ?",
      {reviewer.name, sql::OptionalInt64(reviewer.user_id), reviewer.interests_note}, "id"));
  ASSURE_TRY(ReplaceInterests(reviewer.id, reviewer.interests));
  return Get(reviewer.id);
}

}  // namespace assure::storage
