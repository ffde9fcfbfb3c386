// StaticAssets: the compiled web assets (CSS, JS, images), read into memory once at start-up and
// served under /assets/ with a strong ETag and a day's public caching; a matching If-None-Match
// gets 304. Read-only after Load(), so safe to share between threads.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "core/result.h"
#include "http/request.h"
#include "http/response.h"

namespace assure::http::pages {

class StaticAssets {
 public:
  struct Asset {
    std::shared_ptr<const std::string> bytes;
    std::string content_type;
    std::string etag;  // quoted, from a hash of the bytes
  };

  // Reads every regular file below `directory` (names starting with '.' are skipped).
  static core::Result<StaticAssets> Load(const std::string& directory);

  // `file` is the path below /assets/, already decoded by the router.
  Response Serve(const Request& request, std::string_view file) const;
  const Asset* Find(std::string_view file) const;
  std::size_t size() const { return assets_.size(); }

 private:
  std::map<std::string, Asset, std::less<>> assets_;
};

std::string_view ContentTypeFor(std::string_view file_name);

}  // namespace assure::http::pages
