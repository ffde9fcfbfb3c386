// Dispatcher: the server-independent heart of request handling. It routes a request, lets the
// access gate enforce the route's policy, calls the handler, turns every exception into a 500 page
// carrying the request id (also logged), fills in standard error bodies, adds the security headers,
// strips bodies from HEAD answers and writes one log line per request (method, route pattern,
// status, duration, request id; never the query string). Thread-safe: holds only references to
// read-only collaborators.
#pragma once

#include "core/clock.h"
#include "http/access_gate.h"
#include "http/error_pages.h"
#include "http/event_log.h"
#include "http/request.h"
#include "http/response.h"
#include "http/router.h"

namespace assure::http {

class Dispatcher {
 public:
  Dispatcher(const Router& router, const AccessGate& gate, const ErrorPages& error_pages,
             const EventLog& log, const core::Clock& clock);

  // Never throws. `request.request_id` must be set; the router fills path_params.
  Response Handle(Request& request) const noexcept;

 private:
  // Sets `unlogged` when the matched route's policy asks for no request line.
  Response Route(Request& request, bool& unlogged) const;

  const Router& router_;
  const AccessGate& gate_;
  const ErrorPages& error_pages_;
  const EventLog& log_;
  const core::Clock& clock_;
};

}  // namespace assure::http
