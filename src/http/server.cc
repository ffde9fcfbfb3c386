// The RESTinio adapter. Nothing outside this file includes RESTinio.
#include "http/server.h"

#include <atomic>
#include <random>
#include <restinio/all.hpp>
#include <thread>

namespace assure::http {

namespace {

std::string NewRequestId() {
  thread_local std::mt19937_64 engine{std::random_device{}()};
  static constexpr char kHex[] = "0123456789abcdef";
  std::string id(16, '0');
  auto bits = engine();
  for (auto& c : id) {
    c = kHex[bits & 0xF];
    bits >>= 4;
  }
  return id;
}

std::string Lower(std::string_view s) {
  std::string out{s};
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

class Server::Impl {
 public:
  using Traits = restinio::default_traits_t;

  Impl(ServerOptions options, const Dispatcher& dispatcher, const EventLog& log,
       const core::Clock& clock)
      : options_(std::move(options)),
        dispatcher_(dispatcher),
        log_(log),
        clock_(clock),
        signals_(io_) {}

  core::Status Start() {
    restinio::server_settings_t<Traits> settings;
    settings.address(options_.host)
        .port(options_.port)
        .read_next_http_message_timelimit(options_.read_timeout)
        .write_http_response_timelimit(std::chrono::seconds{30})
        .handle_request_timeout(options_.handle_timeout)
        .incoming_http_msg_limits(restinio::incoming_http_msg_limits_t{}
                                      .max_url_size(options_.max_header_bytes)
                                      .max_field_name_size(256)
                                      .max_field_value_size(options_.max_header_bytes)
                                      .max_field_count(options_.max_header_fields)
                                      .max_body_size(options_.max_body_bytes))
        .request_handler([this](restinio::request_handle_t req) { return Handle(std::move(req)); });
    try {
      server_ = std::make_unique<restinio::http_server_t<Traits>>(
          restinio::external_io_context(io_), std::move(settings));
      server_->open_sync();
    } catch (const std::exception& e) {
      return core::Error::Unavailable("Cannot listen on " + options_.host + ":" +
                                      std::to_string(options_.port) + ": " + e.what());
    }
    if (options_.handle_signals) {
      signals_.add(SIGINT);
      signals_.add(SIGTERM);
      signals_.async_wait([this](const asio::error_code& ec, int signal) {
        if (ec) return;
        log_.Info("shutdown_signal", {{"signal", signal == SIGTERM ? "SIGTERM" : "SIGINT"}});
        BeginDrain();
      });
    }
    for (std::size_t i = 0; i < std::max<std::size_t>(1, options_.threads); ++i) {
      threads_.emplace_back([this] { io_.run(); });
    }
    log_.Info("listening", {{"address", options_.host}, {"port", options_.port}});
    return core::Ok();
  }

  void Stop() {
    asio::post(io_, [this] { BeginDrain(); });
  }

  std::size_t Wait() {
    for (auto& t : threads_) t.join();
    threads_.clear();
    return left_in_flight_;
  }

  ~Impl() {
    if (!threads_.empty()) {
      io_.stop();
      Wait();
    }
  }

 private:
  // Runs on an io thread.
  void BeginDrain() {
    if (draining_.exchange(true)) return;
    signals_.cancel();
    server_->close_sync();  // closes the acceptor; open connections go on
    drain_deadline_ = clock_.Steady() + options_.drain_timeout;
    PollDrain();
  }

  void PollDrain() {
    const auto in_flight = in_flight_.load();
    if (in_flight == 0 || clock_.Steady() >= drain_deadline_) {
      left_in_flight_ = in_flight;
      log_.Info("stopped", {{"requests_abandoned", in_flight}});
      io_.stop();
      return;
    }
    drain_timer_ = std::make_unique<asio::steady_timer>(io_, std::chrono::milliseconds{20});
    drain_timer_->async_wait([this](const asio::error_code&) { PollDrain(); });
  }

  restinio::request_handling_status_t Handle(restinio::request_handle_t req) {
    ++in_flight_;
    Request request;
    request.method = ParseMethod(req->header().method().c_str());
    const auto target = req->header().request_target();
    const auto question = target.find('?');
    request.path = target.substr(0, question);
    request.query = question == std::string::npos ? "" : target.substr(question + 1);
    req->header().for_each_field([&](const auto& field) {
      request.headers.emplace_back(Lower(field.name()), field.value());
    });
    request.body = req->body();
    request.remote_address = req->remote_endpoint().address().to_string();
    ApplyTrustedProxy(request);
    request.request_id = NewRequestId();

    Response response = dispatcher_.Handle(request);

    try {
      auto builder = req->create_response(restinio::http_status_line_t{
          restinio::http_status_code_t{static_cast<std::uint16_t>(response.status)},
          std::string{ReasonPhrase(response.status)}});
      for (auto& [name, value] : response.headers) builder.append_header(name, value);
      if (response.status != 204 && response.status != 304) {
        if (response.shared_body) {
          builder.set_body(std::move(response.shared_body));
        } else {
          builder.set_body(std::move(response.body));
        }
      }
      if (draining_) builder.connection_close();
      builder.done([this](const asio::error_code&) { --in_flight_; });
    } catch (const std::exception& e) {
      --in_flight_;
      log_.Error("response_write_failed", {{"request_id", request.request_id}, {"what", e.what()}});
    }
    return restinio::request_accepted();
  }

  void ApplyTrustedProxy(Request& request) const {
    const bool trusted = std::find(options_.trusted_proxies.begin(), options_.trusted_proxies.end(),
                                   request.remote_address) != options_.trusted_proxies.end();
    if (!trusted) return;
    if (auto proto = request.Header("x-forwarded-proto"); proto && *proto == "https") {
      request.secure = true;
    }
    if (auto forwarded = request.Header("x-forwarded-for")) {
      auto last = forwarded->substr(
          forwarded->rfind(',') == std::string_view::npos ? 0 : forwarded->rfind(',') + 1);
      while (!last.empty() && last.front() == ' ') last.remove_prefix(1);
      if (!last.empty()) request.remote_address = std::string{last};
    }
  }

  ServerOptions options_;
  const Dispatcher& dispatcher_;
  const EventLog& log_;
  const core::Clock& clock_;
  asio::io_context io_;
  asio::signal_set signals_;
  std::unique_ptr<restinio::http_server_t<Traits>> server_;
  std::vector<std::thread> threads_;
  std::atomic<std::size_t> in_flight_{0};
  std::atomic<bool> draining_{false};
  std::chrono::steady_clock::time_point drain_deadline_;
  std::unique_ptr<asio::steady_timer> drain_timer_;  // touched only by the drain's io callbacks
  std::size_t left_in_flight_ = 0;
};

Server::Server(ServerOptions options, const Dispatcher& dispatcher, const EventLog& log,
               const core::Clock& clock)
    : impl_(std::make_unique<Impl>(std::move(options), dispatcher, log, clock)) {}

Server::~Server() = default;

core::Status Server::Start() { return impl_->Start(); }
void Server::Stop() { impl_->Stop(); }
std::size_t Server::Wait() { return impl_->Wait(); }

}  // namespace assure::http
