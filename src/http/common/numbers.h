// The one family of number readers for what people and programs send: path ids, query
// parameters, versions and amounts in forms. Each accepts only decimal digits (a minus sign only
// where the range allows negatives), within its range, and nothing else: no spaces, signs or
// trailing text. Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>

#include "http/common/url_encoding.h"
#include "http/request.h"

namespace assure::http {

// A decimal number of at most `digits` characters within [low, high] ("page=2"); nullopt for
// anything else (a plus sign, a space, more digits, out of range).
std::optional<std::int64_t> ParseBoundedNumber(std::string_view text, std::size_t digits,
                                               std::int64_t low, std::int64_t high);

// A positive whole number (an id, a version); nullopt for anything else.
std::optional<std::int64_t> ParsePositive(std::string_view text);

// A whole number from 0 with at most `digits` digits (a day, a row, an amount).
std::optional<int> ParseWhole(std::string_view text, std::size_t digits = 9);

// The path parameter `name` as a positive id; nullopt for anything else.
std::optional<std::int64_t> IdParam(const Request& request, std::string_view name);

// The version of the record a form was opened on, from its hidden "version" field: a positive
// whole number, or nullopt (no form of ours sends anything else: answer 400).
std::optional<std::int64_t> FormVersion(const FormData& form);

// A posted URL-encoded form with the version of the record it was opened on; nullopt when the
// body is no form or carries no such version (answer 400).
struct VersionedForm {
  FormData form;
  std::int64_t version = 0;
};
std::optional<VersionedForm> PostedVersionedForm(const Request& request);

}  // namespace assure::http
