#include "storage/postgres/pg_url.h"

#include <libpq-fe.h>

#include <memory>

namespace assure::storage::postgres {
namespace {

struct OptionsDeleter {
  void operator()(PQconninfoOption* options) const { PQconninfoFree(options); }
};

}  // namespace

std::optional<std::string> DescribePostgresUrl(std::string_view url) {
  const std::string text{url};
  char* error = nullptr;
  std::unique_ptr<PQconninfoOption, OptionsDeleter> options{PQconninfoParse(text.c_str(), &error)};
  if (error != nullptr) PQfreemem(error);  // may quote the URL, password and all: not shown
  if (options == nullptr) return std::nullopt;
  std::string user, host, port, dbname;
  for (const PQconninfoOption* option = options.get(); option->keyword != nullptr; ++option) {
    const std::string_view keyword = option->keyword;
    const std::string value = option->val == nullptr ? std::string{} : option->val;
    if (keyword == "user") user = value;
    if (keyword == "host") host = value;
    if (keyword == "port") port = value;
    if (keyword == "dbname") dbname = value;
  }
  std::string where = "postgresql://";
  if (!user.empty()) where += user + "@";
  where += host.empty() ? std::string{"localhost"} : host;
  if (!port.empty()) where += ":" + port;
  if (!dbname.empty()) where += "/" + dbname;
  return where;
}

}  // namespace assure::storage::postgres
