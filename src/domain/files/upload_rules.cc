#include "domain/files/upload_rules.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <utility>

#include "domain/text_rules.h"

namespace assure::domain {
namespace {

struct FileType {
  std::string_view extension;  // lower case, with the dot
  std::string_view content_type;
};

constexpr std::array<FileType, 7> kTypes{{
    {".pdf", "application/pdf"},
    {".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
    {".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
    {".png", "image/png"},
    {".jpg", "image/jpeg"},
    {".jpeg", "image/jpeg"},
    {".txt", "text/plain; charset=utf-8"},
}};
constexpr std::array<std::string_view, 6> kExtensions{".pdf", ".docx", ".xlsx",
                                                      ".png", ".jpg",  ".txt"};
constexpr std::size_t kMaxNameBytes = 120;

std::string Lower(std::string_view text) {
  std::string out{text};
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool Contains(std::string_view bytes, std::string_view needle) {
  return bytes.find(needle) != std::string_view::npos;
}

// The type the bytes are, by signature; nullopt when none of the allowed ones.
std::optional<std::string_view> Sniff(std::string_view bytes, std::string_view extension) {
  if (bytes.starts_with("%PDF-")) return ".pdf";
  if (bytes.starts_with("\x89PNG\r\n\x1a\n")) return ".png";
  if (bytes.starts_with("\xFF\xD8\xFF")) return extension == ".jpeg" ? ".jpeg" : ".jpg";
  if (bytes.starts_with(std::string_view{"PK\x03\x04", 4})) {
    // Office Open XML: a ZIP whose part names (stored uncompressed) say which kind.
    if (Contains(bytes, "word/")) return ".docx";
    if (Contains(bytes, "xl/")) return ".xlsx";
    return std::nullopt;
  }
  std::string flat{bytes.substr(0, std::min<std::size_t>(bytes.size(), 64 * 1024))};
  // A cut at 64 KiB may split a character; only judge text files whole.
  if (bytes.size() <= 64 * 1024 && ValidateLongText("file", flat, kMaxUploadBytes, false).ok()) {
    return ".txt";
  }
  return std::nullopt;
}

std::string CleanName(std::string_view file_name) {
  // Browsers may send a full path (old Internet Explorer): keep the last part only.
  if (auto slash = file_name.find_last_of("/\\"); slash != std::string_view::npos) {
    file_name.remove_prefix(slash + 1);
  }
  std::string name;
  for (char c : file_name) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F || c == '"' || c == '<' || c == '>') continue;
    name += c;
  }
  name = TrimName(name);
  if (name.size() > kMaxNameBytes) {
    // Keep the extension; cut the stem at a character boundary.
    auto dot = name.rfind('.');
    std::string extension = dot == std::string::npos ? "" : name.substr(dot);
    std::size_t keep = kMaxNameBytes - std::min(extension.size(), kMaxNameBytes);
    while (keep > 0 && (static_cast<unsigned char>(name[keep]) & 0xC0) == 0x80) --keep;
    name = name.substr(0, keep) + extension;
  }
  return name;
}

}  // namespace

std::span<const std::string_view> AllowedUploadExtensions() { return kExtensions; }

core::Result<AcceptedUpload> CheckUpload(std::string_view field, std::string_view file_name,
                                         std::string_view bytes) {
  const std::string name = CleanName(file_name);
  const std::string field_name{field};
  if (bytes.empty()) return core::Error::InvalidInput(field_name, "The selected file is empty.");
  if (bytes.size() > kMaxUploadBytes) {
    return core::Error::InvalidInput(field_name, "The selected file must be smaller than 10 MB.");
  }
  if (name.empty() || !IsPrintableUtf8(name)) {
    return core::Error::InvalidInput(field_name, "The selected file needs a readable file name.");
  }
  const auto dot = name.rfind('.');
  const std::string extension = dot == std::string::npos ? "" : Lower(name.substr(dot));
  const auto type = std::find_if(kTypes.begin(), kTypes.end(),
                                 [&](const FileType& t) { return t.extension == extension; });
  const auto sniffed = Sniff(bytes, extension);
  if (type == kTypes.end() || !sniffed || *sniffed != extension) {
    return core::Error::InvalidInput(
        field_name, "The selected file must be a PDF, Word, Excel, PNG, JPEG or text file.");
  }
  return AcceptedUpload{name, std::string{type->content_type}};
}

}  // namespace assure::domain
