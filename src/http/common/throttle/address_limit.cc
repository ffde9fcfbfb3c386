#include "http/common/throttle/address_limit.h"

#include <iterator>

namespace assure::http {

namespace {

constexpr std::chrono::minutes kSweepEvery{1};

}  // namespace

AddressLimit::AddressLimit(const core::Clock& clock, Options options)
    : clock_(clock), options_(options) {}

bool AddressLimit::Admit(std::string_view address) {
  const Time now = clock_.Steady();
  std::lock_guard lock(mutex_);
  auto found = sends_.find(address);
  if (found == sends_.end()) {
    if (sends_.size() >= options_.max_addresses) {
      if (!last_sweep_ || now - *last_sweep_ >= kSweepEvery) Sweep(now);
      if (sends_.size() >= options_.max_addresses) return false;
    }
    found = sends_.emplace(std::string{address}, std::deque<Time>{}).first;
  }
  std::deque<Time>& times = found->second;
  while (!times.empty() && now - times.front() >= options_.window) times.pop_front();
  if (times.size() >= options_.per_window) return false;
  times.push_back(now);
  return true;
}

std::size_t AddressLimit::Remembered() const {
  std::lock_guard lock(mutex_);
  return sends_.size();
}

void AddressLimit::Sweep(Time now) {
  last_sweep_ = now;
  for (auto it = sends_.begin(); it != sends_.end();) {
    const bool stale = it->second.empty() || now - it->second.back() >= options_.window;
    it = stale ? sends_.erase(it) : std::next(it);
  }
}

}  // namespace assure::http
