#include "http/event_log.h"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace assure::http {

namespace {

std::shared_ptr<spdlog::logger> StdoutLogger() {
  auto sink = std::make_shared<spdlog::sinks::stdout_sink_mt>();
  auto logger = std::make_shared<spdlog::logger>("assure", std::move(sink));
  logger->set_pattern("%v");
  // A write to standard output per request would cost a system call each: lines are buffered
  // and flushed every second, at once for warnings and errors, and when the log is destroyed.
  logger->flush_on(spdlog::level::warn);
  if (!spdlog::get(logger->name())) {
    spdlog::register_logger(logger);
    spdlog::flush_every(std::chrono::seconds{1});
  }
  return logger;
}

}  // namespace

EventLog::EventLog(const core::Clock& clock) : EventLog(clock, StdoutLogger()) {}

EventLog::EventLog(const core::Clock& clock, std::shared_ptr<spdlog::logger> logger)
    : clock_(clock), logger_(std::move(logger)) {
  logger_->set_pattern("%v");
}

EventLog::~EventLog() { logger_->flush(); }

void EventLog::Info(std::string_view event, nlohmann::json fields) const {
  Write("info", event, std::move(fields));
}
void EventLog::Warn(std::string_view event, nlohmann::json fields) const {
  Write("warn", event, std::move(fields));
}
void EventLog::Error(std::string_view event, nlohmann::json fields) const {
  Write("error", event, std::move(fields));
}

void EventLog::Write(std::string_view level, std::string_view event, nlohmann::json fields) const {
  nlohmann::json line = nlohmann::json::object();
  line["time"] = core::FormatInstant(clock_.Now());
  line["level"] = level;
  line["event"] = event;
  for (auto& [key, value] : fields.items()) line[key] = std::move(value);
  const auto text = line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  if (level == "error") {
    logger_->error(text);
  } else if (level == "warn") {
    logger_->warn(text);
  } else {
    logger_->info(text);
  }
}

}  // namespace assure::http
