// EnsureSodiumInitialized: the one call of sodium_init() for the whole program.
//
// Every function in this layer that uses libsodium calls it first; it runs sodium_init() once (a
// function-local static, so concurrent first calls are safe) and throws std::runtime_error if
// libsodium cannot start, which is a start-up failure, not something a user can cause.
// Thread-safe.
#pragma once

namespace assure::security {

void EnsureSodiumInitialized();

}  // namespace assure::security
