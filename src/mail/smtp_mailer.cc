#include "mail/smtp_mailer.h"

#include <curl/curl.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string_view>

#include "mail/mail_message.h"

namespace assure::mail {

namespace {

constexpr std::size_t kMessageIdBytes = 16;

struct CurlDeleter {
  void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
  void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};

// Feeds the message to libcurl's upload (DATA); libcurl dot-stuffs it.
std::size_t ReadMessage(char* buffer, std::size_t size, std::size_t count, void* user_data) {
  auto& rest = *static_cast<std::string_view*>(user_data);
  const std::size_t n = std::min(size * count, rest.size());
  std::memcpy(buffer, rest.data(), n);
  rest.remove_prefix(n);
  return n;
}

void InitialiseCurlOnce() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
      throw std::runtime_error("libcurl could not be initialised");
    }
  });
}

long CurlUseSsl(SmtpTls tls) {
  switch (tls) {
    case SmtpTls::kNone:
      return CURLUSESSL_NONE;
    case SmtpTls::kStartTls:
    case SmtpTls::kImplicit:
      return CURLUSESSL_ALL;
  }
  return CURLUSESSL_ALL;
}

}  // namespace

SmtpMailer::SmtpMailer(SmtpSettings settings, const core::Clock& clock, security::Random& random)
    : settings_(std::move(settings)), clock_(clock), random_(random) {
  InitialiseCurlOnce();
}

bool SmtpMailer::configured() const { return true; }

core::Status SmtpMailer::Send(const domain::OutgoingMail& mail) {
  const MessageHeaders headers{
      .from = settings_.from,
      .date = clock_.Now(),
      .message_id = MessageId(random_.Bytes(kMessageIdBytes), settings_.from),
  };
  ASSURE_ASSIGN_OR_RETURN(auto message, BuildMessage(mail, headers));

  const auto unavailable = [&](std::string_view why) {
    std::string reason{why};
    // libcurl's SMTP messages carry reply codes, not addresses; make sure of it all the same.
    for (auto at = reason.find(mail.to); at != std::string::npos; at = reason.find(mail.to)) {
      reason.replace(at, mail.to.size(), "(the recipient)");
    }
    return core::Error::Unavailable("The SMTP server " + settings_.server +
                                    " did not take the mail: " + reason);
  };
  std::unique_ptr<CURL, CurlDeleter> curl{curl_easy_init()};
  if (!curl) return unavailable("libcurl could not start a session.");
  const std::string envelope_to = "<" + mail.to + ">";
  std::unique_ptr<curl_slist, CurlDeleter> recipients{
      curl_slist_append(nullptr, envelope_to.c_str())};
  if (!recipients) return unavailable("out of memory.");
  const std::string envelope_from = "<" + settings_.from + ">";
  std::string_view rest = message;
  char error[CURL_ERROR_SIZE] = {};

  CURL* c = curl.get();
  CURLcode set = CURLE_OK;
  const auto option = [&set](CURLcode code) {
    if (set == CURLE_OK) set = code;
  };
  option(curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error));
  option(curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L));
  option(curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps"));
  option(curl_easy_setopt(c, CURLOPT_URL, settings_.url.c_str()));
  option(curl_easy_setopt(c, CURLOPT_USE_SSL, CurlUseSsl(settings_.tls)));
  if (!settings_.user.empty()) {
    option(curl_easy_setopt(c, CURLOPT_USERNAME, settings_.user.c_str()));
    option(curl_easy_setopt(c, CURLOPT_PASSWORD, settings_.password.c_str()));
  }
  option(curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS,
                          static_cast<long>(settings_.connect_timeout.count())));
  option(
      curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, static_cast<long>(settings_.total_timeout.count())));
  option(curl_easy_setopt(c, CURLOPT_MAIL_FROM, envelope_from.c_str()));
  option(curl_easy_setopt(c, CURLOPT_MAIL_RCPT, recipients.get()));
  option(curl_easy_setopt(c, CURLOPT_UPLOAD, 1L));
  option(curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(rest.size())));
  option(curl_easy_setopt(c, CURLOPT_READFUNCTION, &ReadMessage));
  option(curl_easy_setopt(c, CURLOPT_READDATA, &rest));
  if (set != CURLE_OK) return unavailable(curl_easy_strerror(set));

  const CURLcode sent = curl_easy_perform(c);
  if (sent != CURLE_OK) return unavailable(error[0] != '\0' ? error : curl_easy_strerror(sent));
  return core::Ok();
}

}  // namespace assure::mail
