// Server: Assure's HTTP server. The only code that sees RESTinio is server.cc; everything else
// works with Request, Response and the Dispatcher.
//
// Start() binds and runs worker threads; Wait() blocks until SIGTERM or SIGINT (when
// handle_signals) or Stop(), then shuts down gracefully: stop accepting, let requests that are in
// a handler finish (up to drain_timeout), and return. Stop() is thread-safe. The Dispatcher must
// outlive the Server.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "http/dispatcher.h"
#include "http/event_log.h"
#include "http/router.h"

namespace assure::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  std::uint16_t port = 8080;
  std::size_t threads = 4;
  // Larger bodies: the connection is closed. Each route has its own, smaller or equal, limit
  // (router.h: kMaxFormBodyBytes, or kMaxUploadBodyBytes for the upload forms).
  std::size_t max_body_bytes = kMaxUploadBodyBytes;
  std::size_t max_header_bytes = 16 * 1024;  // per field value; also the URL limit
  std::size_t max_header_fields = 100;
  std::chrono::seconds read_timeout{30};     // to receive a whole request
  std::chrono::seconds handle_timeout{60};   // for a handler to answer
  std::chrono::seconds drain_timeout{10};    // for in-flight requests at shutdown
  std::vector<std::string> trusted_proxies;  // peers whose X-Forwarded-* headers we believe
  bool handle_signals = true;
};

class Server {
 public:
  // `clock` times the drain; all three collaborators must outlive the Server.
  Server(ServerOptions options, const Dispatcher& dispatcher, const EventLog& log,
         const core::Clock& clock);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the address and starts serving. Fails (kUnavailable) if the address cannot be bound.
  core::Status Start();
  // Asks for a graceful shutdown; returns at once.
  void Stop();
  // Blocks until shut down. Returns the number of requests still in flight when the drain
  // timeout ran out (0 after a clean drain).
  std::size_t Wait();

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace assure::http
