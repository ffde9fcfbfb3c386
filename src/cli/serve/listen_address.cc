#include "cli/serve/listen_address.h"

#include <charconv>

namespace assure::cli {

core::Result<ListenAddress> ParseListenAddress(std::string_view text) {
  const auto bad = [&] {
    return core::Error::InvalidInput(
        "listen", "--listen must be HOST:PORT (e.g. 127.0.0.1:8080 or [::1]:8080), not '" +
                      std::string{text} + "'");
  };
  const auto colon = text.rfind(':');
  if (colon == std::string_view::npos || colon == 0) return bad();
  std::string_view host = text.substr(0, colon);
  const auto port_text = text.substr(colon + 1);
  if (host.front() == '[') {
    if (host.back() != ']' || host.size() < 3) return bad();
    host = host.substr(1, host.size() - 2);
  } else if (host.find(':') != std::string_view::npos) {
    return bad();
  }
  unsigned port = 0;
  const auto [end, ec] =
      std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
  if (ec != std::errc{} || end != port_text.data() + port_text.size() || port == 0 ||
      port > 65535) {
    return bad();
  }
  return ListenAddress{std::string{host}, static_cast<std::uint16_t>(port)};
}

}  // namespace assure::cli
