// The real server on a loopback port, driven by a real socket client.
#include "http/server.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <future>
#include <sstream>
#include <thread>

#include "core/clock.h"
#include "http/pages/site/asset_handlers.h"
#include "http/pages/site/health_handlers.h"
#include "http/pages/site/start_page_handlers.h"
#include "testing/http_client.h"

namespace assure::http {
namespace {

namespace fs = std::filesystem;
using testing::HttpGet;
using testing::HttpSend;

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    assets_dir_ = fs::temp_directory_path() / ("assure-server-test-" + std::to_string(::getpid()));
    fs::create_directories(assets_dir_);
    std::ofstream(assets_dir_ / "app.css") << "body{color:#0b0c0c}";
    assets_ = std::make_unique<pages::StaticAssets>(
        pages::StaticAssets::Load(assets_dir_.string()).value());

    pages::AddPageRoutes(router_, renderer_);
    pages::AddAssetRoutes(router_, *assets_);
    pages::AddHealthRoutes(router_, [] { return core::Ok(); });
    router_.Add(Method::kGet, "/agencies/{id}", RoutePolicy::Public(), [](const Request& r) {
      return Response::Text(200, "agency " + r.PathParam("id").value_or(""));
    });
    router_.Add(Method::kPost, "/echo", RoutePolicy::Public(),
                [](const Request& r) { return Response::Text(200, r.body); });
    router_.Add(Method::kGet, "/boom", RoutePolicy::Public(), [](const Request&) -> Response {
      throw std::runtime_error("deliberate failure for the test");
    });
    router_.Add(Method::kGet, "/slow", RoutePolicy::Public(), [this](const Request&) {
      slow_entered_ = true;
      std::this_thread::sleep_for(std::chrono::milliseconds(700));
      return Response::Text(200, "slow done");
    });
    dispatcher_ = std::make_unique<Dispatcher>(router_, gate_, error_pages_, *log_, clock_);
  }

  void StartServer(bool handle_signals = false) {
    port_ = testing::FreePort();
    ServerOptions options;
    options.port = port_;
    options.max_body_bytes = 64 * 1024;
    options.trusted_proxies = {"127.0.0.1"};
    options.handle_signals = handle_signals;
    options.drain_timeout = std::chrono::seconds{5};
    server_ = std::make_unique<Server>(options, *dispatcher_, *log_, clock_);
    ASSERT_TRUE(server_->Start().ok());
  }

  void TearDown() override {
    if (server_) {
      server_->Stop();
      server_->Wait();
    }
    fs::remove_all(assets_dir_);
  }

  std::string LogText() { return log_text_.str(); }

  core::SystemClock clock_;
  views::Renderer renderer_ = views::Renderer::Load().value();
  std::ostringstream log_text_;
  std::unique_ptr<EventLog> log_ = std::make_unique<EventLog>(
      clock_, std::make_shared<spdlog::logger>(
                  "test", std::make_shared<spdlog::sinks::ostream_sink_mt>(log_text_)));
  ErrorPages error_pages_{renderer_, *log_};
  PublicOnlyGate gate_;
  Router router_;
  fs::path assets_dir_;
  std::unique_ptr<pages::StaticAssets> assets_;
  std::unique_ptr<Dispatcher> dispatcher_;
  std::unique_ptr<Server> server_;
  std::uint16_t port_ = 0;
  std::atomic<bool> slow_entered_{false};
};

void ExpectSecurityHeaders(const testing::HttpReply& reply) {
  const auto csp = reply.Header("content-security-policy");
  ASSERT_TRUE(csp.has_value());
  EXPECT_NE(csp->find("default-src 'self'"), std::string::npos);
  EXPECT_NE(csp->find("frame-ancestors 'none'"), std::string::npos);
  EXPECT_EQ(csp->find("unsafe-inline"), std::string::npos);
  EXPECT_EQ(reply.Header("x-content-type-options"), "nosniff");
  EXPECT_TRUE(reply.Header("referrer-policy").has_value());
  EXPECT_TRUE(reply.Header("permissions-policy").has_value());
  EXPECT_TRUE(reply.Header("x-request-id").has_value());
}

TEST_F(ServerTest, StartPageIsHtmlWithSecurityHeadersAndNoStore) {
  StartServer();
  auto reply = HttpGet(port_, "/");
  ASSERT_TRUE(reply.ok());
  EXPECT_EQ(reply->status, 200);
  EXPECT_EQ(reply->Header("content-type"), "text/html; charset=utf-8");
  EXPECT_EQ(reply->Header("cache-control"), "no-store");
  EXPECT_NE(reply->body.find("Assure"), std::string::npos);
  ExpectSecurityHeaders(*reply);
  EXPECT_FALSE(reply->Header("strict-transport-security").has_value());
}

TEST_F(ServerTest, UnknownPathGetsTheNotFoundPageNot501) {
  StartServer();
  auto reply = HttpGet(port_, "/no/such/page");
  ASSERT_TRUE(reply.ok());
  EXPECT_EQ(reply->status, 404);
  EXPECT_NE(reply->body.find("Page not found"), std::string::npos);
  ExpectSecurityHeaders(*reply);
}

TEST_F(ServerTest, UnknownApiPathGetsJson) {
  StartServer();
  auto reply = HttpGet(port_, "/api/v1/nothing");
  ASSERT_TRUE(reply.ok());
  EXPECT_EQ(reply->status, 404);
  EXPECT_EQ(reply->Header("content-type"), "application/json");
  auto body = nlohmann::json::parse(reply->body);
  EXPECT_EQ(body["error"], "not_found");
  EXPECT_EQ(body["error_id"], *reply->Header("x-request-id"));
}

TEST_F(ServerTest, AHandlerExceptionIsA500PageWhoseErrorIdIsInTheLog) {
  StartServer();
  auto reply = HttpGet(port_, "/boom");
  ASSERT_TRUE(reply.ok());
  EXPECT_EQ(reply->status, 500);
  ExpectSecurityHeaders(*reply);
  const auto error_id = *reply->Header("x-request-id");
  EXPECT_NE(reply->body.find(error_id), std::string::npos);
  EXPECT_EQ(reply->body.find("deliberate failure"), std::string::npos);
  const auto log = LogText();
  EXPECT_NE(log.find("\"event\":\"handler_exception\""), std::string::npos);
  EXPECT_NE(log.find(error_id), std::string::npos);
  // The server is still serving.
  EXPECT_EQ(HttpGet(port_, "/healthz")->status, 200);
}

TEST_F(ServerTest, AssetsCarryEtagAndSecurityHeadersAndRevalidate) {
  StartServer();
  auto reply = HttpGet(port_, "/assets/app.css");
  ASSERT_TRUE(reply.ok());
  EXPECT_EQ(reply->status, 200);
  EXPECT_EQ(reply->body, "body{color:#0b0c0c}");
  ExpectSecurityHeaders(*reply);
  const auto etag = *reply->Header("etag");
  auto again = HttpGet(port_, "/assets/app.css", "If-None-Match: " + etag + "\r\n");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->status, 304);
  auto missing = HttpGet(port_, "/assets/missing.css");
  EXPECT_EQ(missing->status, 404);
  ExpectSecurityHeaders(*missing);
}

TEST_F(ServerTest, WrongMethodIs405WithAllow) {
  StartServer();
  auto reply = HttpSend(port_, "DELETE /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  ASSERT_TRUE(reply.ok());
  EXPECT_EQ(reply->status, 405);
  EXPECT_EQ(reply->Header("allow"), "GET, HEAD");
  ExpectSecurityHeaders(*reply);
}

TEST_F(ServerTest, HeadAnswersWithoutABody) {
  StartServer();
  auto reply = HttpSend(port_, "HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", true);
  ASSERT_TRUE(reply.ok());
  EXPECT_EQ(reply->status, 200);
  EXPECT_TRUE(reply->body.empty());
}

TEST_F(ServerTest, LogLineHasRoutePatternAndNeverTheQueryString) {
  StartServer();
  auto reply = HttpGet(port_, "/agencies/7?name=Child+H+Surname");
  ASSERT_TRUE(reply.ok());
  EXPECT_EQ(reply->body, "agency 7");
  const auto log = LogText();
  EXPECT_NE(log.find("\"route\":\"/agencies/{id}\""), std::string::npos);
  EXPECT_NE(log.find("\"status\":200"), std::string::npos);
  EXPECT_NE(log.find("\"duration_ms\""), std::string::npos);
  EXPECT_EQ(log.find("Surname"), std::string::npos);
  EXPECT_EQ(log.find("/agencies/7"), std::string::npos);
}

TEST_F(ServerTest, HstsOnlyWhenATrustedProxySaysHttps) {
  StartServer();
  auto reply = HttpGet(port_, "/healthz", "X-Forwarded-Proto: https\r\n");
  ASSERT_TRUE(reply.ok());
  EXPECT_TRUE(reply->Header("strict-transport-security").has_value());
}

TEST_F(ServerTest, FormBodyIsPassedAndOversizedBodyIsRefused) {
  StartServer();
  auto ok = HttpSend(port_,
                     "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
                     "Connection: close\r\n\r\nhello");
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->body, "hello");
  testing::HttpConnection big(port_);
  ASSERT_TRUE(big.Send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n").ok());
  EXPECT_TRUE(big.PeerClosed());
}

TEST_F(ServerTest, StopLetsAnInFlightRequestFinishThenStopsAccepting) {
  StartServer();
  auto slow = std::async(std::launch::async, [this] { return HttpGet(port_, "/slow"); });
  while (!slow_entered_) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  server_->Stop();
  auto reply = slow.get();
  ASSERT_TRUE(reply.ok());
  EXPECT_EQ(reply->status, 200);
  EXPECT_EQ(reply->body, "slow done");
  EXPECT_EQ(server_->Wait(), 0u);
  server_.reset();
  EXPECT_FALSE(HttpGet(port_, "/healthz").ok());
}

TEST_F(ServerTest, SigtermDrainsLikeStop) {
  StartServer(/*handle_signals=*/true);
  auto slow = std::async(std::launch::async, [this] { return HttpGet(port_, "/slow"); });
  while (!slow_entered_) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  ASSERT_EQ(::kill(::getpid(), SIGTERM), 0);
  auto reply = slow.get();
  ASSERT_TRUE(reply.ok());
  EXPECT_EQ(reply->body, "slow done");
  EXPECT_EQ(server_->Wait(), 0u);
  EXPECT_NE(LogText().find("SIGTERM"), std::string::npos);
}

TEST_F(ServerTest, AnAddressInUseIsAClearError) {
  StartServer();
  ServerOptions options;
  options.port = port_;
  options.handle_signals = false;
  Server second(options, *dispatcher_, *log_, clock_);
  auto status = second.Start();
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code, core::ErrorCode::kUnavailable);
  EXPECT_NE(status.error().message.find("Cannot listen on 127.0.0.1:"), std::string::npos);
}

}  // namespace
}  // namespace assure::http
