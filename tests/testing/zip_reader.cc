#include "testing/zip_reader.h"

#include <zlib.h>

#include <cstdint>
#include <stdexcept>

namespace assure::testing {
namespace {

std::uint32_t Little(std::string_view bytes, std::size_t at, int width) {
  std::uint32_t value = 0;
  for (int i = width - 1; i >= 0; --i) {
    value = (value << 8) | static_cast<unsigned char>(bytes.at(at + static_cast<std::size_t>(i)));
  }
  return value;
}

std::string Inflate(std::string_view data, std::size_t expected) {
  std::string out(expected, '\0');
  z_stream stream{};
  if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) throw std::runtime_error("inflateInit2");
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  int result = inflate(&stream, Z_FINISH);
  inflateEnd(&stream);
  if (result != Z_STREAM_END) throw std::runtime_error("bad deflate data");
  return out;
}

}  // namespace

// Walks the central directory (sizes there are right even when local headers defer them to a
// data descriptor), then each entry's local header for where its data starts.
std::map<std::string, std::string> ReadZip(std::string_view archive) {
  std::size_t end = archive.rfind(std::string_view{"PK\x05\x06", 4});
  if (end == std::string_view::npos) throw std::runtime_error("no end of central directory");
  std::uint32_t count = Little(archive, end + 10, 2);
  std::size_t at = Little(archive, end + 16, 4);
  std::map<std::string, std::string> entries;
  for (std::uint32_t i = 0; i < count; ++i) {
    if (Little(archive, at, 4) != 0x02014b50) throw std::runtime_error("bad central header");
    std::uint32_t method = Little(archive, at + 10, 2);
    std::uint32_t compressed = Little(archive, at + 20, 4);
    std::uint32_t size = Little(archive, at + 24, 4);
    std::uint32_t name_length = Little(archive, at + 28, 2);
    std::uint32_t extra_length = Little(archive, at + 30, 2);
    std::uint32_t comment_length = Little(archive, at + 32, 2);
    std::uint32_t local = Little(archive, at + 42, 4);
    std::string name{archive.substr(at + 46, name_length)};
    std::size_t data = local + 30 + Little(archive, local + 26, 2) + Little(archive, local + 28, 2);
    std::string_view bytes = archive.substr(data, compressed);
    if (method == 0) {
      entries[name] = std::string{bytes};
    } else if (method == 8) {
      entries[name] = Inflate(bytes, size);
    } else {
      throw std::runtime_error("unsupported compression method");
    }
    at += 46 + name_length + extra_length + comment_length;
  }
  return entries;
}

}  // namespace assure::testing
