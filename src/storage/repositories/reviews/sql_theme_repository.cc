#include "storage/repositories/reviews/sql_theme_repository.h"

#include <string>

#include "domain/text_rules.h"
#include "storage/sql/instant.h"

namespace assure::storage {

core::Result<std::vector<std::string>> SqlThemeRepository::List() {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "SELECT name FROM themes WHERE partnership_id = ? ORDER BY lower(name) COLLATE \"C\", id",
          {partnership_id_}));
  std::vector<std::string> names;
  names.reserve(rows.size());
  for (const sql::Row& row : rows) names.push_back(row.Text(0));
  return names;
}

core::Status SqlThemeRepository::Add(std::string_view name) {
  ASSURE_TRY(domain::ValidateName("name", name));
  ASSURE_ASSIGN_OR_RETURN(
      auto added,
      connection_.Execute("INSERT INTO themes (partnership_id, name, created_at) VALUES (?, ?, ?)"
                          " ON CONFLICT (partnership_id, name) DO NOTHING",
                          {partnership_id_, std::string{name}, sql::InstantValue(clock_.Now())}));
  if (added == 0) return core::Error::Conflict("The list already has this theme.", "name");
  return core::Ok();
}

}  // namespace assure::storage
