#include "http/pages/site/static_assets.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "security/tokens.h"

namespace assure::http::pages {

namespace fs = std::filesystem;

namespace {

// A strong validator: the first 128 bits of the bytes' SHA-256, quoted.
std::string HashTag(std::string_view bytes) {
  return "\"" + security::Sha256Hex(bytes).substr(0, 32) + "\"";
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

std::string_view ContentTypeFor(std::string_view file_name) {
  if (EndsWith(file_name, ".css")) return "text/css; charset=utf-8";
  if (EndsWith(file_name, ".js") || EndsWith(file_name, ".mjs")) {
    return "text/javascript; charset=utf-8";
  }
  if (EndsWith(file_name, ".svg")) return "image/svg+xml";
  if (EndsWith(file_name, ".png")) return "image/png";
  if (EndsWith(file_name, ".ico")) return "image/x-icon";
  if (EndsWith(file_name, ".woff2")) return "font/woff2";
  if (EndsWith(file_name, ".json")) return "application/json";
  if (EndsWith(file_name, ".webmanifest")) return "application/manifest+json";
  if (EndsWith(file_name, ".txt")) return "text/plain; charset=utf-8";
  if (EndsWith(file_name, ".map")) return "application/json";
  return "application/octet-stream";
}

core::Result<StaticAssets> StaticAssets::Load(const std::string& directory) {
  std::error_code ec;
  if (!fs::is_directory(directory, ec)) {
    return core::Error::InvalidInput(
        "assets", "The assets folder '" + directory +
                      "' does not exist: build it with 'npm run build:web' (scripts/setup does) "
                      "or pass --assets DIR.");
  }
  StaticAssets assets;
  for (auto it = fs::recursive_directory_iterator(directory, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const auto relative = fs::relative(it->path(), directory).generic_string();
    if (it->path().filename().string().starts_with(".")) continue;
    if (!it->is_regular_file()) continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in) return core::Error::Internal("Could not read asset " + relative);
    Asset asset;
    asset.bytes = std::make_shared<const std::string>(std::move(bytes).str());
    asset.content_type = std::string{ContentTypeFor(relative)};
    asset.etag = HashTag(*asset.bytes);
    assets.assets_.emplace(relative, std::move(asset));
  }
  if (ec) return core::Error::Internal("Could not list the assets folder: " + ec.message());
  return assets;
}

const StaticAssets::Asset* StaticAssets::Find(std::string_view file) const {
  auto it = assets_.find(file);
  return it == assets_.end() ? nullptr : &it->second;
}

Response StaticAssets::Serve(const Request& request, std::string_view file) const {
  const Asset* asset = Find(file);
  if (asset == nullptr) return Response::Status(404);
  Response response;
  response.SetHeader("ETag", asset->etag);
  response.SetHeader("Cache-Control", "public, max-age=86400");
  const auto if_none_match = request.Header("if-none-match");
  if (if_none_match && if_none_match->find(asset->etag) != std::string_view::npos) {
    response.status = 304;
    return response;
  }
  response.SetHeader("Content-Type", asset->content_type);
  response.shared_body = asset->bytes;
  return response;
}

}  // namespace assure::http::pages
