// How the public library's GET answers are cached (doc/learning.md, "The public library"). Each
// page, PDF and feed carries "Cache-Control: public, max-age=300" and a strong ETag, and a
// request whose If-None-Match names that ETag is answered 304 with no body.
//
// Five minutes, because a briefing can be withdrawn (say, when it is found to identify a child):
// a shared cache or a browser may go on showing it for at most that long, while a busy library
// is still served mostly from caches, and revalidating after that costs one small read. The ETag
// is strong: a digest of the exact bytes sent (the PDF's: of the HTML it is printed from, so a
// 304 needs no print). Only successful answers are cacheable; refusals and errors keep the
// dispatcher's "no-store".
//
// PdfMemo: the public PDF route runs Chromium, which anyone could ask for again and again; so the
// server keeps the last few PDFs it printed (by the ETag of their HTML: a published briefing's
// words do not change) and prints one at a time. The functions are pure; PdfMemo is thread-safe
// (one mutex, never held while printing).
#pragma once

#include <atomic>
#include <cstddef>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>

#include "http/request.h"
#include "http/response.h"

namespace assure::http::pages {

inline constexpr std::string_view kLibraryCacheControl = "public, max-age=300";

// A strong validator for `bytes`: the first 128 bits of their SHA-256, hex, quoted.
std::string StrongETag(std::string_view bytes);

// True when the request's If-None-Match is "*" or lists `etag` (compared weakly, as RFC 9110
// says for If-None-Match: a W/ prefix is ignored).
bool NoneMatchNames(const Request& request, std::string_view etag);

// 304 Not Modified with the validator and caching headers and no body.
Response NotModified(std::string_view etag);

// `response` with kLibraryCacheControl and `etag`; 304 (no body) when the request names `etag`.
Response Cached(const Request& request, Response response, std::string_view etag);

// As above, the ETag being the digest of the response's body.
Response Cached(const Request& request, Response response);

// At most `capacity` printed PDFs by ETag (the oldest kept is forgotten first), and the one print
// slot. Shared by the copies of the PDF route's handler (held by shared_ptr for that reason); each
// PDF's bytes are shared with the responses sending them (Response::shared_body), so forgetting
// one while it is being sent is safe.
class PdfMemo {
 public:
  // A held print slot; frees itself when destroyed.
  class Printing {
   public:
    explicit Printing(std::atomic<bool>& busy) : busy_(busy) {}
    Printing(const Printing&) = delete;
    Printing& operator=(const Printing&) = delete;
    ~Printing() { busy_ = false; }

   private:
    std::atomic<bool>& busy_;
  };

  explicit PdfMemo(std::size_t capacity = 16) : capacity_(capacity) {}

  // The PDF printed from the HTML of `etag`, or null.
  std::shared_ptr<const std::string> Find(std::string_view etag) const;
  void Keep(std::string etag, std::shared_ptr<const std::string> pdf);
  // The print slot, or null at once when another print holds it. REQUIRES: the memo outlives
  // the slot.
  std::unique_ptr<Printing> TryPrint();

 private:
  const std::size_t capacity_;
  std::atomic<bool> busy_{false};
  mutable std::mutex mutex_;
  // GUARDED_BY(mutex_); oldest first.
  std::deque<std::pair<std::string, std::shared_ptr<const std::string>>> kept_;
};

}  // namespace assure::http::pages
