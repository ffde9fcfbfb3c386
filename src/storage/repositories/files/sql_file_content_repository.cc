#include "storage/repositories/files/sql_file_content_repository.h"

#include <algorithm>
#include <string>

#include "storage/sql/instant.h"

namespace assure::storage {
namespace {

bool IsSha256Hex(std::string_view text) {
  return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

core::Error MalformedHash() {
  return core::Error::InvalidInput("sha256", "A file's hash must be 64 lower-case hex digits.");
}

}  // namespace

core::Result<bool> SqlFileContentRepository::Put(std::string_view sha256, std::string_view bytes) {
  if (!IsSha256Hex(sha256)) return MalformedHash();
  if (bytes.empty()) return core::Error::InvalidInput("size", "An empty file cannot be stored.");
  ASSURE_ASSIGN_OR_RETURN(
      auto added,
      connection_.Execute(
          "INSERT INTO file_contents (partnership_id, sha256, size, bytes, created_at)"
          " VALUES (?, ?, ?, ?, ?) ON CONFLICT (partnership_id, sha256) DO NOTHING",
          {partnership_id_, std::string{sha256}, static_cast<std::int64_t>(bytes.size()),
           sql::Blob{std::string{bytes}}, sql::InstantValue(clock_.Now())}));
  return added == 1;
}

core::Result<domain::FileContent> SqlFileContentRepository::Get(std::string_view sha256) {
  if (!IsSha256Hex(sha256)) return MalformedHash();
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, connection_.Query("SELECT sha256, size, bytes, created_at FROM file_contents"
                                   " WHERE partnership_id = ? AND sha256 = ?",
                                   {partnership_id_, std::string{sha256}}));
  if (rows.empty()) return core::Error::NotFound("There is no such file.");
  const sql::Row& row = (rows)[0];
  ASSURE_ASSIGN_OR_RETURN(auto created_at, sql::InstantAt(row, 3, "file_contents.created_at"));
  domain::FileContent content;
  content.sha256 = row.Text(0);
  content.size = row.Int64(1);
  content.bytes = row.Text(2);
  content.created_at = created_at;
  if (content.bytes.size() != static_cast<std::size_t>(content.size)) {
    return core::Error::Internal("file_contents.bytes does not match its size");
  }
  return content;
}

}  // namespace assure::storage
