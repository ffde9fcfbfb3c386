#include "security/random.h"

#include <sodium.h>

#include "security/sodium_init.h"

namespace assure::security {

SodiumRandom::SodiumRandom() { EnsureSodiumInitialized(); }

std::string SodiumRandom::Bytes(std::size_t n) {
  std::string bytes(n, '\0');
  if (n > 0) randombytes_buf(bytes.data(), n);
  return bytes;
}

}  // namespace assure::security
