#include "storage/migrations/migration.h"

#include "security/tokens.h"

namespace assure::storage {

std::string MigrationChecksum(std::string_view sql) { return security::Sha256Hex(sql); }

}  // namespace assure::storage
