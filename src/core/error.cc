#include "core/error.h"

#include <utility>

namespace assure::core {

std::string_view ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidInput:
      return "invalid_input";
    case ErrorCode::kNotFound:
      return "not_found";
    case ErrorCode::kConflict:
      return "conflict";
    case ErrorCode::kUnauthenticated:
      return "unauthenticated";
    case ErrorCode::kForbidden:
      return "forbidden";
    case ErrorCode::kRateLimited:
      return "rate_limited";
    case ErrorCode::kUnavailable:
      return "unavailable";
    case ErrorCode::kInternal:
      return "internal";
  }
  return "internal";
}

Error Error::InvalidInput(std::string field, std::string message) {
  return Error{ErrorCode::kInvalidInput, std::move(message), std::move(field)};
}
Error Error::NotFound(std::string message) {
  return Error{ErrorCode::kNotFound, std::move(message), {}};
}
Error Error::Conflict(std::string message, std::string field) {
  return Error{ErrorCode::kConflict, std::move(message), std::move(field)};
}
Error Error::Unavailable(std::string message) {
  return Error{ErrorCode::kUnavailable, std::move(message), {}};
}
Error Error::RateLimited(std::string message) {
  return Error{ErrorCode::kRateLimited, std::move(message), {}};
}
Error Error::Forbidden(std::string message) {
  return Error{ErrorCode::kForbidden, std::move(message), {}};
}
Error Error::Unauthenticated(std::string message) {
  return Error{ErrorCode::kUnauthenticated, std::move(message), {}};
}
Error Error::Internal(std::string message) {
  return Error{ErrorCode::kInternal, std::move(message), {}};
}

}  // namespace assure::core
