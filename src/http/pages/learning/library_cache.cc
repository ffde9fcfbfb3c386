#include "http/pages/learning/library_cache.h"

#include <utility>

#include "security/tokens.h"

namespace assure::http::pages {

namespace {

std::string_view Trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

}  // namespace

std::string StrongETag(std::string_view bytes) {
  return "\"" + security::Sha256Hex(bytes).substr(0, 32) + "\"";
}

bool NoneMatchNames(const Request& request, std::string_view etag) {
  const auto header = request.Header("if-none-match");
  if (!header) return false;
  std::string_view rest = *header;
  while (!rest.empty()) {
    const auto comma = rest.find(',');
    std::string_view tag = Trimmed(rest.substr(0, comma));
    if (tag == "*") return true;
    if (tag.starts_with("W/")) tag.remove_prefix(2);
    if (tag == etag) return true;
    if (comma == std::string_view::npos) break;
    rest.remove_prefix(comma + 1);
  }
  return false;
}

Response NotModified(std::string_view etag) {
  Response response = Response::Status(304);
  response.SetHeader("ETag", std::string{etag});
  response.SetHeader("Cache-Control", std::string{kLibraryCacheControl});
  return response;
}

Response Cached(const Request& request, Response response, std::string_view etag) {
  if (NoneMatchNames(request, etag)) return NotModified(etag);
  response.SetHeader("ETag", std::string{etag});
  response.SetHeader("Cache-Control", std::string{kLibraryCacheControl});
  return response;
}

Response Cached(const Request& request, Response response) {
  const std::string etag = StrongETag(response.BodyView());
  return Cached(request, std::move(response), etag);
}

std::shared_ptr<const std::string> PdfMemo::Find(std::string_view etag) const {
  std::lock_guard lock(mutex_);
  for (const auto& [kept_etag, pdf] : kept_) {
    if (kept_etag == etag) return pdf;
  }
  return nullptr;
}

void PdfMemo::Keep(std::string etag, std::shared_ptr<const std::string> pdf) {
  std::lock_guard lock(mutex_);
  for (const auto& kept : kept_) {
    if (kept.first == etag) return;
  }
  kept_.emplace_back(std::move(etag), std::move(pdf));
  while (kept_.size() > capacity_) kept_.pop_front();
}

std::unique_ptr<PdfMemo::Printing> PdfMemo::TryPrint() {
  if (busy_.exchange(true)) return nullptr;
  return std::make_unique<Printing>(busy_);
}

}  // namespace assure::http::pages
