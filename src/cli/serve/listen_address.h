// Parsing of "HOST:PORT" (IPv4, a name, or "[IPv6]:PORT") for `serve --listen`. Pure.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"

namespace assure::cli {

struct ListenAddress {
  std::string host;
  std::uint16_t port = 0;
};

core::Result<ListenAddress> ParseListenAddress(std::string_view text);

}  // namespace assure::cli
