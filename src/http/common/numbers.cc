#include "http/common/numbers.h"

#include <charconv>
#include <utility>

namespace assure::http {

std::optional<std::int64_t> ParseBoundedNumber(std::string_view text, std::size_t digits,
                                               std::int64_t low, std::int64_t high) {
  if (text.empty() || text.size() > digits) return std::nullopt;
  std::int64_t value = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc{} || ptr != end || value < low || value > high) return std::nullopt;
  return value;
}

std::optional<std::int64_t> ParsePositive(std::string_view text) {
  return ParseBoundedNumber(text, 18, 1, std::numeric_limits<std::int64_t>::max());
}

std::optional<int> ParseWhole(std::string_view text, std::size_t digits) {
  const auto value = ParseBoundedNumber(text, digits < 9 ? digits : 9, 0, 999'999'999);
  if (!value) return std::nullopt;
  return static_cast<int>(*value);
}

std::optional<std::int64_t> IdParam(const Request& request, std::string_view name) {
  const auto text = request.PathParam(name);
  if (!text) return std::nullopt;
  return ParsePositive(*text);
}

std::optional<std::int64_t> FormVersion(const FormData& form) {
  return ParsePositive(form.Get("version").value_or(""));
}

std::optional<VersionedForm> PostedVersionedForm(const Request& request) {
  auto sent = request.Form();
  if (!sent) return std::nullopt;
  const auto version = FormVersion(*sent);
  if (!version) return std::nullopt;
  return VersionedForm{std::move(*sent), *version};
}

}  // namespace assure::http
