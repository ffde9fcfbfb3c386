#include "testing/smtp_sink.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <optional>
#include <stdexcept>
#include <string_view>

namespace assure::testing {

namespace {

// A client that says nothing for this long is dropped, so a broken test cannot hang the sink.
constexpr int kIdleMillis = 15'000;

std::string Upper(std::string_view text) {
  std::string out{text};
  for (auto& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// The address between '<' and '>' after a "MAIL FROM:" or "RCPT TO:" prefix.
std::string Bracketed(std::string_view line) {
  const auto open = line.find('<');
  const auto close = line.find('>', open == std::string_view::npos ? 0 : open);
  if (open == std::string_view::npos || close == std::string_view::npos) return {};
  return std::string{line.substr(open + 1, close - open - 1)};
}

// One connection's bytes, read a CRLF line at a time; stops when the wake pipe is readable.
class LineReader {
 public:
  LineReader(int fd, int wake_fd) : fd_(fd), wake_fd_(wake_fd) {}

  std::optional<std::string> Next() {
    for (;;) {
      if (const auto end = buffer_.find("\r\n"); end != std::string::npos) {
        std::string line = buffer_.substr(0, end);
        buffer_.erase(0, end + 2);
        return line;
      }
      pollfd fds[2] = {{fd_, POLLIN, 0}, {wake_fd_, POLLIN, 0}};
      if (::poll(fds, 2, kIdleMillis) <= 0 || (fds[1].revents & POLLIN) != 0) return std::nullopt;
      char chunk[4096];
      const auto n = ::recv(fd_, chunk, sizeof chunk, 0);
      if (n <= 0) return std::nullopt;
      buffer_.append(chunk, static_cast<std::size_t>(n));
    }
  }

 private:
  int fd_;
  int wake_fd_;
  std::string buffer_;
};

bool Reply(int fd, std::string_view text) {
  while (!text.empty()) {
    const auto n = ::send(fd, text.data(), text.size(), MSG_NOSIGNAL);
    if (n <= 0) return false;
    text.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace

SmtpSink::SmtpSink() : SmtpSink(Options{}) {}

SmtpSink::SmtpSink(Options options) : options_(options) {
  int wake[2];
  if (::pipe(wake) != 0) throw std::runtime_error("smtp sink: pipe failed");
  wake_read_fd_ = wake[0];
  wake_write_fd_ = wake[1];
  listen_fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = 0;  // the kernel picks a free port
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof addr;
  if (listen_fd_ < 0 || ::bind(listen_fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
      ::listen(listen_fd_, 8) != 0 ||
      ::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&addr), &length) != 0) {
    if (listen_fd_ >= 0) ::close(listen_fd_);
    ::close(wake_read_fd_);
    ::close(wake_write_fd_);
    throw std::runtime_error("smtp sink: cannot listen on 127.0.0.1");
  }
  port_ = ntohs(addr.sin_port);
  thread_ = std::thread([this] { Serve(); });
}

SmtpSink::~SmtpSink() {
  const char stop = 'x';
  [[maybe_unused]] const auto written = ::write(wake_write_fd_, &stop, 1);
  thread_.join();
  ::close(listen_fd_);
  ::close(wake_read_fd_);
  ::close(wake_write_fd_);
}

std::string SmtpSink::url() const { return "smtp://127.0.0.1:" + std::to_string(port_); }

bool SmtpSink::WaitForMessages(std::size_t count, std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  return received_.wait_for(lock, timeout, [&] { return messages_.size() >= count; });
}

std::vector<SmtpSinkMessage> SmtpSink::messages() const {
  std::lock_guard lock(mutex_);
  return messages_;
}

void SmtpSink::Serve() {
  for (;;) {
    pollfd fds[2] = {{listen_fd_, POLLIN, 0}, {wake_read_fd_, POLLIN, 0}};
    if (::poll(fds, 2, -1) < 0 || (fds[1].revents & POLLIN) != 0) return;
    const int fd = ::accept(listen_fd_, nullptr, nullptr);
    if (fd < 0) continue;
    ServeConnection(fd);
    ::close(fd);
  }
}

void SmtpSink::ServeConnection(int fd) {
  LineReader reader(fd, wake_read_fd_);
  SmtpSinkMessage current;
  if (!Reply(fd, "220 sink.test ESMTP ready\r\n")) return;
  while (auto line = reader.Next()) {
    const std::string verb = Upper(line->substr(0, line->find(' ')));
    std::string_view answer = "502 5.5.1 Command not implemented\r\n";
    if (verb == "EHLO") {
      answer = "250-sink.test\r\n250 8BITMIME\r\n";
    } else if (verb == "HELO" || verb == "NOOP") {
      answer = "250 OK\r\n";
    } else if (verb == "MAIL") {
      current = {};
      current.mail_from = Bracketed(*line);
      answer = "250 2.1.0 OK\r\n";
    } else if (verb == "RCPT") {
      if (options_.refuse_recipients) {
        answer = "550 5.1.1 Mailbox unavailable\r\n";
      } else {
        current.recipients.push_back(Bracketed(*line));
        answer = "250 2.1.5 OK\r\n";
      }
    } else if (verb == "RSET") {
      current = {};
      answer = "250 OK\r\n";
    } else if (verb == "DATA") {
      if (current.recipients.empty()) {
        answer = "503 5.5.1 No valid recipients\r\n";
      } else {
        if (!Reply(fd, "354 End data with <CR><LF>.<CR><LF>\r\n")) return;
        for (;;) {
          auto data_line = reader.Next();
          if (!data_line) return;  // the client went away mid-message: nothing is recorded
          if (*data_line == ".") break;
          if (data_line->starts_with('.')) data_line->erase(0, 1);  // undo dot-stuffing
          current.data += *data_line + "\r\n";
        }
        {
          std::lock_guard lock(mutex_);
          messages_.push_back(std::move(current));
        }
        received_.notify_all();
        current = {};
        answer = "250 2.0.0 Queued\r\n";
      }
    } else if (verb == "QUIT") {
      Reply(fd, "221 2.0.0 Bye\r\n");
      return;
    }
    if (!Reply(fd, answer)) return;
  }
}

}  // namespace assure::testing
