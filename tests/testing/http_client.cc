#include "testing/http_client.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <stdexcept>

namespace assure::testing {

namespace {

std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

std::optional<std::string> HttpReply::Header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (key == name) return value;
  }
  return std::nullopt;
}

HttpConnection::HttpConnection(std::uint16_t port) {
  fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd_);
    fd_ = -1;
  }
}

HttpConnection::~HttpConnection() {
  if (fd_ >= 0) ::close(fd_);
}

core::Status HttpConnection::Send(std::string_view bytes) {
  while (!bytes.empty()) {
    const auto n = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    if (n <= 0) return core::Error::Unavailable("send failed");
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return core::Ok();
}

bool HttpConnection::PeerClosed() {
  pollfd p{fd_, POLLIN, 0};
  if (::poll(&p, 1, 5000) <= 0) return false;
  char c;
  return ::recv(fd_, &c, 1, 0) <= 0;
}

core::Result<HttpReply> HttpConnection::Read(bool head_only) {
  auto fill = [&]() -> bool {
    pollfd p{fd_, POLLIN, 0};
    if (::poll(&p, 1, 15000) <= 0) return false;
    char chunk[16384];
    const auto n = ::recv(fd_, chunk, sizeof chunk, 0);
    if (n <= 0) return false;
    buffer_.append(chunk, static_cast<std::size_t>(n));
    return true;
  };
  std::size_t header_end;
  while ((header_end = buffer_.find("\r\n\r\n")) == std::string::npos) {
    if (!fill()) return core::Error::Unavailable("connection closed before a response head");
  }
  HttpReply reply;
  const std::string head = buffer_.substr(0, header_end);
  buffer_.erase(0, header_end + 4);
  std::size_t line_end = head.find("\r\n");
  const std::string status_line = head.substr(0, line_end);
  reply.status = std::stoi(status_line.substr(status_line.find(' ') + 1, 3));
  while (line_end != std::string::npos) {
    const auto start = line_end + 2;
    line_end = head.find("\r\n", start);
    const auto line =
        head.substr(start, line_end == std::string::npos ? std::string::npos : line_end - start);
    const auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    auto value = line.substr(colon + 1);
    while (!value.empty() && value.front() == ' ') value.erase(0, 1);
    reply.headers.emplace_back(Lower(line.substr(0, colon)), value);
  }
  std::size_t length = 0;
  bool framed = false;
  if (auto cl = reply.Header("content-length")) {
    length = std::stoul(*cl);
    framed = true;
  }
  if (head_only || reply.status == 304 || reply.status == 204) return reply;
  if (framed) {
    while (buffer_.size() < length) {
      if (!fill()) return core::Error::Unavailable("connection closed mid-body");
    }
    reply.body = buffer_.substr(0, length);
    buffer_.erase(0, length);
  } else {
    while (fill()) {
    }
    reply.body = std::move(buffer_);
    buffer_.clear();
  }
  return reply;
}

core::Result<HttpReply> HttpSend(std::uint16_t port, std::string_view raw_request, bool head_only) {
  HttpConnection connection(port);
  if (!connection.connected()) return core::Error::Unavailable("cannot connect");
  ASSURE_TRY(connection.Send(raw_request));
  return connection.Read(head_only);
}

core::Result<HttpReply> HttpGet(std::uint16_t port, std::string_view path,
                                std::string_view extra_headers) {
  std::string request = "GET " + std::string{path} + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
  request += extra_headers;
  request += "Connection: close\r\n\r\n";
  return HttpSend(port, request);
}

std::uint16_t FreePort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    throw std::runtime_error("FreePort: bind failed");
  }
  socklen_t len = sizeof addr;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  ::close(fd);
  return ntohs(addr.sin_port);
}

}  // namespace assure::testing
