// Subprocess: runs a real program (the assure binary, psql) for tests, with its standard output
// and error captured to files. Not thread-safe. The destructor kills a child still running.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace assure::testing {

class Subprocess {
 public:
  // Starts `argv[0]` with the given arguments; `env` entries ("NAME=value") are added to (and
  // override) this process's environment.
  Subprocess(std::vector<std::string> argv, std::vector<std::string> env = {});
  ~Subprocess();
  Subprocess(const Subprocess&) = delete;
  Subprocess& operator=(const Subprocess&) = delete;

  bool started() const { return pid_ > 0; }
  void Signal(int signal) const;
  // The exit status, or nullopt if it did not exit within `timeout` (or died from a signal:
  // then 128 + signal).
  std::optional<int> Wait(std::chrono::milliseconds timeout);
  std::string Stdout() const;
  std::string Stderr() const;

 private:
  pid_t pid_ = -1;
  std::optional<int> exit_status_;
  std::string out_path_;
  std::string err_path_;
};

// Runs to completion (at most `timeout`); returns the exit status, and the outputs through the
// pointers when given.
std::optional<int> RunProgram(std::vector<std::string> argv, std::string* out, std::string* err,
                              std::chrono::milliseconds timeout = std::chrono::seconds{30},
                              std::vector<std::string> env = {});

}  // namespace assure::testing
