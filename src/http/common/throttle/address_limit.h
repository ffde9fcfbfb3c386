// AddressLimit: how often one client address may send a public form (the library's "Was this
// useful?" feedback, a staff survey's answers), counted in memory only (nothing about an address
// is ever stored): at most `per_window` sends in any `window` (5 an hour by default). Every send
// counts, refused input too, so a robot cannot hammer the form with bad values.
//
// Memory is bounded: an address keeps at most `per_window` times, and at most `max_addresses`
// addresses are remembered. When a new address finds the table full, the addresses whose sends
// are all older than the window are forgotten (a sweep, at most once a minute, so that a flood
// does not make every send walk the table); if it is still full, the new address is refused: a
// flood from many addresses is refused rather than remembered. A restart forgets everything, which
// only makes the limit more generous for a moment.
//
// Made once per form by the routes that add it, and shared by that route's handler. Thread-safe:
// one mutex guards the table; Admit never blocks on anything else.
#pragma once

#include <chrono>
#include <cstddef>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "core/clock.h"

namespace assure::http {

class AddressLimit {
 public:
  struct Options {
    std::size_t per_window = 5;
    std::chrono::seconds window{3600};
    std::size_t max_addresses = 10000;
  };

  // `clock` is borrowed and outlives the limit (its steady reading measures the window).
  explicit AddressLimit(const core::Clock& clock) : AddressLimit(clock, Options{}) {}
  AddressLimit(const core::Clock& clock, Options options);

  // True, and the send counted, when `address` has sent fewer than per_window times in the last
  // window; false (nothing counted) otherwise.
  bool Admit(std::string_view address);
  // How many addresses are remembered now (for tests).
  std::size_t Remembered() const;

 private:
  using Time = std::chrono::steady_clock::time_point;

  // Forgets the addresses with no send inside the window. REQUIRES: mutex_ is held.
  void Sweep(Time now);

  const core::Clock& clock_;
  const Options options_;
  mutable std::mutex mutex_;
  std::map<std::string, std::deque<Time>, std::less<>> sends_;  // GUARDED_BY(mutex_)
  std::optional<Time> last_sweep_;                              // GUARDED_BY(mutex_)
};

}  // namespace assure::http
