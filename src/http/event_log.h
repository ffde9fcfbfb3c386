// EventLog: one JSON object per line on standard output (or a given sink), for operators. Lines
// reach standard output within a second (warnings and errors at once).
//
// Lines carry ids, routes, statuses and durations; never personal data, query strings or
// request bodies: callers pass only such fields. Thread-safe (spdlog's multi-threaded sinks).
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <string_view>

#include "core/clock.h"

namespace spdlog {
class logger;
}

namespace assure::http {

class EventLog {
 public:
  // Logs to standard output.
  explicit EventLog(const core::Clock& clock);
  // Logs to `logger` (tests pass one with an ostream sink).
  EventLog(const core::Clock& clock, std::shared_ptr<spdlog::logger> logger);
  // Flushes what is buffered.
  ~EventLog();
  EventLog(const EventLog&) = delete;
  EventLog& operator=(const EventLog&) = delete;

  void Info(std::string_view event, nlohmann::json fields = nlohmann::json::object()) const;
  void Warn(std::string_view event, nlohmann::json fields = nlohmann::json::object()) const;
  void Error(std::string_view event, nlohmann::json fields = nlohmann::json::object()) const;

 private:
  void Write(std::string_view level, std::string_view event, nlohmann::json fields) const;

  const core::Clock& clock_;
  std::shared_ptr<spdlog::logger> logger_;  // shared: spdlog's API hands loggers out shared
};

}  // namespace assure::http
