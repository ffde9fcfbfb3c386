// A small blocking HTTP/1.1 client over a real loopback socket, for tests of the real server.
// Not thread-safe; one HttpConnection per thread.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"

namespace assure::testing {

struct HttpReply {
  int status = 0;
  std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased
  std::string body;

  std::optional<std::string> Header(std::string_view lower_case_name) const;
};

class HttpConnection {
 public:
  explicit HttpConnection(std::uint16_t port);
  ~HttpConnection();
  HttpConnection(const HttpConnection&) = delete;
  HttpConnection& operator=(const HttpConnection&) = delete;

  bool connected() const { return fd_ >= 0; }
  core::Status Send(std::string_view bytes);
  // Reads one response (Content-Length framed, or until the peer closes). `head_only` for HEAD.
  core::Result<HttpReply> Read(bool head_only = false);
  // True when the peer closed the connection without sending anything more.
  bool PeerClosed();

 private:
  int fd_ = -1;
  std::string buffer_;
};

// One request on a fresh connection: "GET /path HTTP/1.1" plus the extra header lines.
core::Result<HttpReply> HttpGet(std::uint16_t port, std::string_view path,
                                std::string_view extra_headers = {});
core::Result<HttpReply> HttpSend(std::uint16_t port, std::string_view raw_request,
                                 bool head_only = false);

// A loopback TCP port that was free a moment ago.
std::uint16_t FreePort();

}  // namespace assure::testing
