#include "storage/postgres/pg_pool.h"

#include <utility>

namespace assure::storage::postgres {
namespace {

core::Error Closed() { return core::Error::Unavailable("The database is closed."); }

}  // namespace

PgPool::PgPool(std::string url, std::string where, Options options)
    : url_(std::move(url)), where_(std::move(where)), options_(options) {}

PgPool::~PgPool() { Close(); }

core::Result<PgPool::Lease> PgPool::Acquire() {
  std::unique_lock lock{mutex_};
  const bool ready = changed_.wait_for(lock, options_.acquire_timeout, [&] {
    return closed_ || !idle_.empty() || open_ < options_.max_connections;
  });
  if (closed_) return Closed();
  if (!ready) {
    return core::Error::Unavailable("All " + std::to_string(options_.max_connections) +
                                    " connections to PostgreSQL are busy; try again.");
  }
  ++leased_;
  if (!idle_.empty()) {
    auto connection = std::move(idle_.back());
    idle_.pop_back();
    lock.unlock();
    Lease lease{*this, std::move(connection)};
    if (lease->broken()) ASSURE_TRY(lease->Reset());  // the lease drops it if this failed
    return lease;
  }
  ++open_;
  lock.unlock();
  auto connected = PgConnection::Connect(url_, where_);
  if (!connected.ok()) {
    lock.lock();
    --open_;
    --leased_;
    changed_.notify_all();
    return connected.error();
  }
  return Lease{*this, std::move(connected).value()};
}

void PgPool::Release(std::unique_ptr<PgConnection> connection) {
  std::unique_ptr<PgConnection> doomed;
  {
    std::lock_guard lock{mutex_};
    --leased_;
    if (closed_ || connection->broken()) {
      doomed = std::move(connection);
      --open_;
    } else {
      idle_.push_back(std::move(connection));
    }
    changed_.notify_all();
  }
  // `doomed` closes its connection here, outside the lock.
}

void PgPool::Close() {
  std::vector<std::unique_ptr<PgConnection>> doomed;
  {
    std::unique_lock lock{mutex_};
    closed_ = true;
    changed_.wait(lock, [&] { return leased_ == 0; });
    doomed.swap(idle_);
    open_ = 0;
  }
}

PgPool::Lease::~Lease() {
  if (connection_ != nullptr) pool_.Release(std::move(connection_));
}

}  // namespace assure::storage::postgres
