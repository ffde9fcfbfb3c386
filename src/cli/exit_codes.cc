#include "cli/exit_codes.h"

#include <cstdio>

namespace assure::cli {

int ExitCodeFor(core::ErrorCode code) {
  switch (code) {
    case core::ErrorCode::kInvalidInput:
      return kExitUsage;
    case core::ErrorCode::kNotFound:
      return 3;
    case core::ErrorCode::kConflict:
      return 4;
    case core::ErrorCode::kUnauthenticated:
    case core::ErrorCode::kForbidden:
      return 77;  // EX_NOPERM
    case core::ErrorCode::kRateLimited:
      return 75;  // EX_TEMPFAIL
    case core::ErrorCode::kUnavailable:
      return 69;  // EX_UNAVAILABLE
    case core::ErrorCode::kInternal:
      return 70;  // EX_SOFTWARE
  }
  return 70;
}

int Fail(const core::Error& error) {
  if (error.field.empty() || error.message.find(error.field) != std::string::npos) {
    std::fprintf(stderr, "assure: %s\n", error.message.c_str());
  } else {
    std::fprintf(stderr, "assure: %s: %s\n", error.field.c_str(), error.message.c_str());
  }
  return ExitCodeFor(error.code);
}

}  // namespace assure::cli
