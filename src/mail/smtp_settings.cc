#include "mail/smtp_settings.h"

#include <charconv>
#include <optional>

#include "mail/mail_message.h"

namespace assure::mail {

namespace {

core::Error BadUrl() {
  return core::Error::InvalidInput(
      "smtp-url",
      "--smtp-url must be smtp://HOST:PORT or smtps://USER:PASSWORD@HOST:PORT (no path).");
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// %XX decoded; nullopt for a broken escape or a decoded control character.
std::optional<std::string> PercentDecode(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '%') {
      if (i + 2 >= text.size()) return std::nullopt;
      const int high = HexValue(text[i + 1]);
      const int low = HexValue(text[i + 2]);
      if (high < 0 || low < 0) return std::nullopt;
      c = static_cast<char>(high * 16 + low);
      i += 2;
    }
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return std::nullopt;
    out += c;
  }
  return out;
}

bool IsHostCharacter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '-';
}

// localhost, ::1 or an IPv4 address in 127.0.0.0/8 (digits and dots only: "127.example.org" is a
// name that could resolve anywhere).
bool IsLoopback(std::string_view host) {
  if (host == "localhost" || host == "[::1]") return true;
  if (!host.starts_with("127.")) return false;
  for (char c : host) {
    if ((c < '0' || c > '9') && c != '.') return false;
  }
  return true;
}

}  // namespace

core::Result<SmtpSettings> ParseSmtpSettings(std::string_view url, std::string_view from) {
  SmtpSettings settings;
  std::string_view scheme;
  std::uint16_t default_port = 0;
  if (url.starts_with("smtp://")) {
    scheme = "smtp";
    default_port = 25;
  } else if (url.starts_with("smtps://")) {
    scheme = "smtps";
    default_port = 465;
  } else {
    return BadUrl();
  }
  std::string_view rest = url.substr(scheme.size() + 3);
  if (rest.ends_with('/')) rest.remove_suffix(1);
  if (rest.find_first_of("/?#") != std::string_view::npos) return BadUrl();

  if (const auto at = rest.rfind('@'); at != std::string_view::npos) {
    const auto userinfo = rest.substr(0, at);
    rest = rest.substr(at + 1);
    const auto colon = userinfo.find(':');
    auto user = PercentDecode(userinfo.substr(0, colon));
    auto password = PercentDecode(colon == std::string_view::npos ? std::string_view{}
                                                                  : userinfo.substr(colon + 1));
    if (!user || !password || user->empty()) return BadUrl();
    settings.user = std::move(*user);
    settings.password = std::move(*password);
  }

  std::string_view host = rest;
  std::string_view port_text;
  if (rest.starts_with('[')) {
    const auto close = rest.find(']');
    if (close == std::string_view::npos || close < 2) return BadUrl();
    host = rest.substr(0, close + 1);
    const auto inner = host.substr(1, host.size() - 2);
    for (char c : inner) {
      if (HexValue(c) < 0 && c != ':' && c != '.') return BadUrl();
    }
    const auto after = rest.substr(close + 1);
    if (!after.empty()) {
      if (after.front() != ':') return BadUrl();
      port_text = after.substr(1);
      if (port_text.empty()) return BadUrl();
    }
  } else if (const auto colon = rest.find(':'); colon != std::string_view::npos) {
    host = rest.substr(0, colon);
    port_text = rest.substr(colon + 1);
    if (port_text.empty()) return BadUrl();
  }
  if (host.empty()) return BadUrl();
  if (!host.starts_with('[')) {
    for (char c : host) {
      if (!IsHostCharacter(c)) return BadUrl();
    }
  }
  unsigned port = default_port;
  if (!port_text.empty()) {
    const auto [end, ec] =
        std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
    if (ec != std::errc{} || end != port_text.data() + port_text.size() || port == 0 ||
        port > 65535) {
      return BadUrl();
    }
  }

  settings.server = std::string{host} + ":" + std::to_string(port);
  settings.url = std::string{scheme} + "://" + settings.server;
  settings.tls = scheme == "smtps"  ? SmtpTls::kImplicit
                 : IsLoopback(host) ? SmtpTls::kNone
                                    : SmtpTls::kStartTls;
  if (from.empty()) {
    return core::Error::InvalidInput("mail-from", "--mail-from is required with --smtp-url.");
  }
  ASSURE_TRY(ValidateAddress("mail-from", from));
  settings.from = std::string{from};
  return settings;
}

}  // namespace assure::mail
