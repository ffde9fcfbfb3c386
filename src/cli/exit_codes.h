// The one place that maps an ErrorCode to the exit status of the assure command (sysexits.h
// values where one fits), and prints the one line a person sees.
#pragma once

#include "core/error.h"

namespace assure::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitUsage = 2;
// `assure audit verify` found a broken chain (EX_DATAERR).
inline constexpr int kExitAuditBroken = 65;

int ExitCodeFor(core::ErrorCode code);

// Prints "assure: <message>" (naming the field when there is one) to standard error and
// returns ExitCodeFor(error.code).
int Fail(const core::Error& error);

}  // namespace assure::cli
