#include "storage/sql/like.h"

namespace assure::storage::sql {

std::string EscapeLike(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '\\' || c == '%' || c == '_') out += '\\';
    out += c;
  }
  return out;
}

std::string LikeContains(std::string_view text) { return "%" + EscapeLike(text) + "%"; }

std::string LikeStartsWith(std::string_view text) { return EscapeLike(text) + "%"; }

}  // namespace assure::storage::sql
