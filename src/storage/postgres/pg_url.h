// DescribePostgresUrl: checks a PostgreSQL URL with libpq's own parser and describes the server
// for messages as postgresql://USER@HOST:PORT/DBNAME: never the password, never the options.
// Pure function; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace assure::storage::postgres {

// nullopt if libpq cannot parse `url`.
std::optional<std::string> DescribePostgresUrl(std::string_view url);

}  // namespace assure::storage::postgres
