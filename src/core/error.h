// Error: an expected failure that a user or the world can cause, carried as a value.
//
// One ErrorCode enum for the whole program; src/http/error_mapping.* and src/cli map it to HTTP
// status, HTML error page and CLI exit code in exactly one place each. `field` names the input
// field at fault (a form field, a column, an option) when there is one, so the message can say so.
#pragma once

#include <string>
#include <string_view>

namespace assure::core {

enum class ErrorCode {
  kInvalidInput,     // the input breaks a rule; `field` says which
  kNotFound,         // no such record, or one the caller may not know exists
  kConflict,         // a uniqueness rule, or a stale version (someone else changed it first)
  kUnauthenticated,  // no valid session or token
  kForbidden,        // known caller, not allowed
  kRateLimited,      // too many attempts; try again later
  kUnavailable,      // the database or another dependency cannot be reached
  kInternal,         // a bug or an unexpected state; the message is for the log, not the user
};

std::string_view ErrorCodeName(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;  // a sentence a person can act on; never personal data
  std::string field;    // empty when no single field is at fault

  static Error InvalidInput(std::string field, std::string message);
  static Error NotFound(std::string message);
  static Error Conflict(std::string message, std::string field = {});
  static Error Unavailable(std::string message);
  static Error RateLimited(std::string message);
  static Error Forbidden(std::string message);
  static Error Unauthenticated(std::string message);
  static Error Internal(std::string message);
};

}  // namespace assure::core
