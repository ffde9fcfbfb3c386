#include "security/sodium_init.h"

#include <sodium.h>

#include <stdexcept>

namespace assure::security {

void EnsureSodiumInitialized() {
  // sodium_init() returns 0 on first success and 1 when already initialised; -1 is a failure.
  static const bool initialized = [] {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
    return true;
  }();
  (void)initialized;
}

}  // namespace assure::security
