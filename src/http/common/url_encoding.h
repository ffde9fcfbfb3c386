// Percent-decoding and parsing of application/x-www-form-urlencoded text (query strings and form
// bodies). Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace assure::http {

// Ordered name/value pairs as they came; a name may repeat (e.g. checkboxes).
class FormData {
 public:
  FormData() = default;
  explicit FormData(std::vector<std::pair<std::string, std::string>> pairs);

  // The first value for `name`, if any.
  std::optional<std::string> Get(std::string_view name) const;
  std::vector<std::string> GetAll(std::string_view name) const;
  const std::vector<std::pair<std::string, std::string>>& pairs() const { return pairs_; }

 private:
  std::vector<std::pair<std::string, std::string>> pairs_;
};

// Decodes %XX escapes (and '+' as space when `plus_is_space`). Returns nullopt for a malformed
// escape or a decoded NUL byte.
std::optional<std::string> PercentDecode(std::string_view text, bool plus_is_space);

// Parses "a=1&b=two+words&c=%C3%AB". Malformed pairs give nullopt.
std::optional<FormData> ParseUrlEncoded(std::string_view text);

// A textarea's text as stored: browsers send its line breaks as CR LF, Assure keeps LF.
std::string WithLineFeeds(std::string_view text);

}  // namespace assure::http
