// PeriodicTask: runs a tick on its own thread once after `first_delay`, then again every
// `interval` after the previous tick returned, until stopped. `assure serve` runs the daily
// reminder job with it (serve_command.cc): a check every hour, which sends only when the London
// day has not been done yet (domain/reminders/reminders.h).
//
// Stop() (and the destructor) asks the running tick to stop through its stop_token, waits for
// it to return, and no tick starts afterwards. A tick must not throw (an exception escaping it
// ends the process); it reports its own failures. Construct, Stop and destroy on one thread;
// the tick runs on the task's own thread.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <stop_token>
#include <thread>

namespace assure::cli {

class PeriodicTask {
 public:
  using Tick = std::function<void(std::stop_token)>;

  PeriodicTask(Tick tick, std::chrono::milliseconds first_delay,
               std::chrono::milliseconds interval);
  ~PeriodicTask();
  PeriodicTask(const PeriodicTask&) = delete;
  PeriodicTask& operator=(const PeriodicTask&) = delete;

  void Stop();

 private:
  void Loop(std::stop_token stop);

  const Tick tick_;
  const std::chrono::milliseconds first_delay_;
  const std::chrono::milliseconds interval_;
  std::mutex mutex_;                  // only for waiting on wake_
  std::condition_variable_any wake_;  // woken by a stop request
  std::jthread thread_;               // last: starts once the members above exist
};

}  // namespace assure::cli
