#include "cli/serve/periodic_task.h"

#include <utility>

namespace assure::cli {

PeriodicTask::PeriodicTask(Tick tick, std::chrono::milliseconds first_delay,
                           std::chrono::milliseconds interval)
    : tick_(std::move(tick)),
      first_delay_(first_delay),
      interval_(interval),
      thread_([this](std::stop_token stop) { Loop(std::move(stop)); }) {}

PeriodicTask::~PeriodicTask() { Stop(); }

void PeriodicTask::Stop() {
  thread_.request_stop();
  if (thread_.joinable()) thread_.join();
}

void PeriodicTask::Loop(std::stop_token stop) {
  std::chrono::milliseconds delay = first_delay_;
  while (true) {
    {
      std::unique_lock lock(mutex_);
      // Returns early only when a stop is requested.
      wake_.wait_for(lock, stop, delay, [] { return false; });
    }
    if (stop.stop_requested()) return;
    tick_(stop);
    delay = interval_;
  }
}

}  // namespace assure::cli
