// SmtpSettings: where the SmtpMailer sends mail, parsed from `--smtp-url` and `--mail-from`.
//
// The URL is smtp://HOST[:PORT] (STARTTLS, required unless HOST is a loopback address such as a
// local relay) or smtps://HOST[:PORT] (TLS from the start), optionally with USER:PASSWORD@ before
// the host (percent-encoded). No path, query or fragment. Only `server` ("HOST:PORT") may appear in
// a log line or an error: the URL's credentials never do, and a refused URL is never repeated.
// Plain values; ParseSmtpSettings is a pure function, thread-safe.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"

namespace assure::mail {

enum class SmtpTls {
  kNone,      // smtp:// to a loopback host: plain text that never leaves the machine
  kStartTls,  // smtp:// to any other host: STARTTLS is required, the server's certificate checked
  kImplicit,  // smtps://: TLS from the first byte, the server's certificate checked
};

struct SmtpSettings {
  std::string url;       // "smtp://HOST:PORT" or "smtps://HOST:PORT", without credentials
  std::string server;    // "HOST:PORT", for logs and errors
  std::string user;      // empty: no authentication
  std::string password;  // secret: never logged
  SmtpTls tls = SmtpTls::kStartTls;
  std::string from;  // the sender's address (envelope and From header)
  std::chrono::milliseconds connect_timeout{10'000};
  std::chrono::milliseconds total_timeout{30'000};  // for one message, connect to QUIT
};

// InvalidInput naming "smtp-url" or "mail-from" (without repeating either value).
core::Result<SmtpSettings> ParseSmtpSettings(std::string_view url, std::string_view from);

}  // namespace assure::mail
