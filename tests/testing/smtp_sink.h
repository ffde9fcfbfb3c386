// SmtpSink: a tiny SMTP server that a test starts on 127.0.0.1 with a port the kernel picks, so
// the real SmtpMailer (libcurl) can send to it without a network. It speaks enough SMTP for one
// client at a time (220 greeting, EHLO/HELO, MAIL FROM, RCPT TO, DATA ending in CRLF.CRLF, RSET,
// NOOP, QUIT; no STARTTLS or AUTH) and records each message: the envelope sender, the recipients
// and the data with dot-stuffing undone. A message is recorded before its 250 reply is sent.
//
// Thread-safe: its one thread serves connections; tests call the other members from any thread.
// The destructor stops the thread and closes every socket.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace assure::testing {

struct SmtpSinkMessage {
  std::string mail_from;                // as in MAIL FROM:<...>, without the brackets
  std::vector<std::string> recipients;  // as in RCPT TO:<...>, in order, without the brackets
  std::string data;                     // what followed DATA, CRLF lines, without the final "."
};

class SmtpSink {
 public:
  struct Options {
    bool refuse_recipients = false;  // answer every RCPT TO with 550
  };

  // Listens and starts serving; throws std::runtime_error when it cannot listen.
  SmtpSink();
  explicit SmtpSink(Options options);
  ~SmtpSink();
  SmtpSink(const SmtpSink&) = delete;
  SmtpSink& operator=(const SmtpSink&) = delete;

  std::uint16_t port() const { return port_; }
  // "smtp://127.0.0.1:PORT", for SmtpSettings.
  std::string url() const;

  // True once at least `count` messages were received; false if `timeout` passed first (a test
  // treats that as a failure, never as a measurement).
  bool WaitForMessages(std::size_t count, std::chrono::milliseconds timeout);
  std::vector<SmtpSinkMessage> messages() const;

 private:
  void Serve();
  void ServeConnection(int fd);

  const Options options_;
  int listen_fd_ = -1;
  int wake_read_fd_ = -1;  // the destructor writes to wake_write_fd_ to stop Serve()
  int wake_write_fd_ = -1;
  std::uint16_t port_ = 0;
  mutable std::mutex mutex_;
  std::condition_variable received_;
  std::vector<SmtpSinkMessage> messages_;  // GUARDED_BY(mutex_)
  std::thread thread_;
};

}  // namespace assure::testing
