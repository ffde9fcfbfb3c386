#include "storage/repositories/reviews/sql_information_request_repository.h"

#include <string>
#include <utility>

#include "domain/text_rules.h"
#include "storage/repositories/reviews/case_rows.h"
#include "storage/repositories/versioned_write.h"
#include "storage/sql/instant.h"

namespace assure::storage {
namespace {

constexpr std::string_view kRequestColumns =
    "id, case_id, agency_id, requested_on, due_on, asked, status, response, submitted_by,"
    " submitted_at, version, ended_on";
constexpr std::string_view kFileColumns =
    "id, request_id, file_name, content_type, size, sha256, uploaded_by, uploaded_at";
constexpr std::size_t kMaxAsked = 4000;
constexpr std::size_t kMaxResponse = 50000;
constexpr std::size_t kMaxFileName = 255;

core::Result<domain::InformationRequest> RequestFromRow(const sql::Row& row) {
  domain::InformationRequest request;
  request.id = row.Int64(0);
  request.case_id = row.Int64(1);
  request.agency_id = row.Int64(2);
  ASSURE_ASSIGN_OR_RETURN(auto requested_on, DateAt(row, 3, "information_requests.requested_on"));
  request.requested_on = requested_on;
  ASSURE_ASSIGN_OR_RETURN(auto due_on, DateAt(row, 4, "information_requests.due_on"));
  request.due_on = due_on;
  request.asked = row.Text(5);
  ASSURE_ASSIGN_OR_RETURN(auto status,
                          EnumAt<domain::RequestStatus>(row, 6, "information_requests.status",
                                                        domain::ParseRequestStatus));
  request.status = status;
  request.response = row.Text(7);
  request.submitted_by = row.OptionalInt64(8);
  ASSURE_ASSIGN_OR_RETURN(auto submitted_at,
                          sql::OptionalInstantAt(row, 9, "information_requests.submitted_at"));
  request.submitted_at = submitted_at;
  request.version = row.Int64(10);
  ASSURE_ASSIGN_OR_RETURN(request.ended_on,
                          OptionalDateAt(row, 11, "information_requests.ended_on"));
  // Stored as 'withdrawn' with ended_on set (migration 0012).
  if (request.status == domain::RequestStatus::kWithdrawn && request.ended_on) {
    request.status = domain::RequestStatus::kNoLongerNeeded;
  }
  return request;
}

// The status column's value: no longer needed is stored as withdrawn with ended_on set.
sql::Value StatusValue(domain::RequestStatus status) {
  if (status == domain::RequestStatus::kNoLongerNeeded) status = domain::RequestStatus::kWithdrawn;
  return sql::Text(domain::RequestStatusName(status));
}

core::Result<std::vector<domain::InformationRequest>> RequestsFromRows(const sql::Rows& rows) {
  std::vector<domain::InformationRequest> requests;
  requests.reserve(rows.size());
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto request, RequestFromRow(row));
    requests.push_back(std::move(request));
  }
  return requests;
}

core::Result<domain::ResponseFile> FileFromRow(const sql::Row& row) {
  ASSURE_ASSIGN_OR_RETURN(auto uploaded_at, sql::InstantAt(row, 7, "response_files.uploaded_at"));
  return domain::ResponseFile{row.Int64(0), row.Int64(1), row.Text(2),          row.Text(3),
                              row.Int64(4), row.Text(5),  row.OptionalInt64(6), uploaded_at};
}

core::Status ValidateDates(domain::CivilDate requested_on, domain::CivilDate due_on) {
  if (due_on < requested_on) {
    return core::Error::InvalidInput("due_on",
                                     "The due date must be the same as or after the request date.");
  }
  return core::Ok();
}

bool IsLowerHex(std::string_view text) {
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

core::Status ValidateFile(const domain::ResponseFile& file) {
  ASSURE_TRY(domain::ValidateLongText("file_name", file.file_name, kMaxFileName, true));
  ASSURE_TRY(domain::ValidateLongText("content_type", file.content_type, kMaxFileName, true));
  if (file.size < 0) return core::Error::InvalidInput("size", "A file's size cannot be negative.");
  if (file.sha256.size() != 64 || !IsLowerHex(file.sha256)) {
    return core::Error::InvalidInput("sha256", "A file's hash must be 64 lowercase hex digits.");
  }
  return core::Ok();
}

}  // namespace

core::Result<domain::InformationRequest> SqlInformationRequestRepository::Create(
    domain::CaseId case_id, const domain::NewInformationRequest& request) {
  ASSURE_TRY(domain::ValidateLongText("asked", request.asked, kMaxAsked, true));
  ASSURE_TRY(ValidateDates(request.requested_on, request.due_on));
  ASSURE_TRY(ExpectRecord(connection_, "cases", "case", partnership_id_, case_id));
  ASSURE_ASSIGN_OR_RETURN(
      auto agency, RecordExists(connection_, "agencies", partnership_id_, request.agency_id));
  if (!agency) {
    return core::Error::InvalidInput("agency_id", "Choose an agency of this partnership.");
  }
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "INSERT INTO information_requests (partnership_id, case_id, agency_id, requested_on,"
          " due_on, asked, status, response, version, created_at)"
          " VALUES (?, ?, ?, ?, ?, ?, 'requested', '', 1, ?) RETURNING " +
              std::string{kRequestColumns},
          {partnership_id_, case_id, request.agency_id, DateValue(request.requested_on),
           DateValue(request.due_on), request.asked, sql::InstantValue(clock_.Now())}));
  return RequestFromRow(rows.rows.front());
}

core::Result<domain::InformationRequest> SqlInformationRequestRepository::Get(
    domain::InformationRequestId id) {
  ASSURE_ASSIGN_OR_RETURN(auto rows, connection_.Query("SELECT " + std::string{kRequestColumns} +
                                                           " FROM information_requests"
                                                           " WHERE partnership_id = ? AND id = ?",
                                                       {partnership_id_, id}));
  if (rows.empty()) return NoSuch("information request");
  return RequestFromRow(rows.rows.front());
}

core::Result<std::vector<domain::InformationRequest>> SqlInformationRequestRepository::ForCase(
    domain::CaseId case_id) {
  ASSURE_TRY(ExpectRecord(connection_, "cases", "case", partnership_id_, case_id));
  ASSURE_ASSIGN_OR_RETURN(auto rows,
                          connection_.Query("SELECT " + std::string{kRequestColumns} +
                                                " FROM information_requests"
                                                " WHERE partnership_id = ? AND case_id = ?"
                                                " ORDER BY due_on, id",
                                            {partnership_id_, case_id}));
  return RequestsFromRows(rows);
}

core::Result<std::vector<domain::InformationRequest>> SqlInformationRequestRepository::ForCases(
    std::span<const domain::CaseId> ids) {
  if (ids.empty()) return std::vector<domain::InformationRequest>{};
  std::vector<sql::Value> values{partnership_id_};
  const std::string list = AppendIdList(ids, values);
  ASSURE_ASSIGN_OR_RETURN(auto rows,
                          connection_.Query("SELECT " + std::string{kRequestColumns} +
                                                " FROM information_requests"
                                                " WHERE partnership_id = ? AND case_id IN " +
                                                list + " ORDER BY case_id, due_on, id",
                                            values));
  return RequestsFromRows(rows);
}

core::Result<std::vector<domain::InformationRequest>> SqlInformationRequestRepository::ForAgency(
    domain::AgencyId agency_id) {
  ASSURE_TRY(ExpectRecord(connection_, "agencies", "agency", partnership_id_, agency_id));
  ASSURE_ASSIGN_OR_RETURN(auto rows,
                          connection_.Query("SELECT " + std::string{kRequestColumns} +
                                                " FROM information_requests"
                                                " WHERE partnership_id = ? AND agency_id = ?"
                                                " ORDER BY due_on, id",
                                            {partnership_id_, agency_id}));
  return RequestsFromRows(rows);
}

core::Result<domain::InformationRequest> SqlInformationRequestRepository::Update(
    const domain::InformationRequest& request) {
  ASSURE_TRY(domain::ValidateLongText("asked", request.asked, kMaxAsked, true));
  ASSURE_TRY(domain::ValidateLongText("response", request.response, kMaxResponse, false));
  ASSURE_TRY(ValidateDates(request.requested_on, request.due_on));
  ASSURE_ASSIGN_OR_RETURN(
      auto row,
      UpdateVersioned(
          connection_,
          {"information_requests", "information request", partnership_id_, request.id,
           request.version},
          "status = ?, response = ?, submitted_by = ?, submitted_at = ?, due_on = ?, asked = ?,"
          " ended_on = ?",
          {StatusValue(request.status), request.response, sql::OptionalInt64(request.submitted_by),
           sql::OptionalInstantValue(request.submitted_at), DateValue(request.due_on),
           request.asked,
           OptionalDateValue(request.status == domain::RequestStatus::kNoLongerNeeded
                                 ? request.ended_on
                                 : std::nullopt)},
          kRequestColumns));
  return RequestFromRow(row);
}

core::Result<domain::ResponseFile> SqlInformationRequestRepository::AddFile(
    const domain::ResponseFile& file) {
  ASSURE_TRY(ValidateFile(file));
  ASSURE_TRY(ExpectRecord(connection_, "information_requests", "information request",
                          partnership_id_, file.request_id));
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "INSERT INTO response_files (partnership_id, request_id, file_name, content_type, size,"
          " sha256, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING " +
              std::string{kFileColumns},
          {partnership_id_, file.request_id, file.file_name, file.content_type, file.size,
           file.sha256, sql::OptionalInt64(file.uploaded_by),
           sql::InstantValue(file.uploaded_at)}));
  return FileFromRow(rows.rows.front());
}

core::Result<std::vector<domain::ResponseFile>> SqlInformationRequestRepository::Files(
    domain::InformationRequestId id) {
  ASSURE_TRY(ExpectRecord(connection_, "information_requests", "information request",
                          partnership_id_, id));
  ASSURE_ASSIGN_OR_RETURN(auto rows,
                          connection_.Query("SELECT " + std::string{kFileColumns} +
                                                " FROM response_files"
                                                " WHERE partnership_id = ? AND request_id = ?"
                                                " ORDER BY uploaded_at, id",
                                            {partnership_id_, id}));
  std::vector<domain::ResponseFile> files;
  files.reserve(rows.size());
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto file, FileFromRow(row));
    files.push_back(std::move(file));
  }
  return files;
}

}  // namespace assure::storage
