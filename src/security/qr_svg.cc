#include "security/qr_svg.h"

#include <qrencode.h>

#include <cerrno>
#include <memory>
#include <mutex>
#include <string>

#include "core/html_escape.h"

namespace assure::security {
namespace {

struct QrCodeFree {
  void operator()(QRcode* code) const { QRcode_free(code); }
};

}  // namespace

core::Result<std::string> QrSvg(std::string_view text, std::string_view aria_label) {
  if (text.empty()) return core::Error::InvalidInput("text", "There is nothing to encode.");
  // A QR code holds at most 2953 bytes (version 40, level L); fewer at level M.
  if (text.size() > 4096) {
    return core::Error::InvalidInput("text", "This is too long for a QR code.");
  }
  std::unique_ptr<QRcode, QrCodeFree> code;
  {
    // libqrencode is only thread-safe when built with pthreads; encoding is rare, so be sure.
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    errno = 0;
    code.reset(QRcode_encodeData(static_cast<int>(text.size()),
                                 reinterpret_cast<const unsigned char*>(text.data()), 0,
                                 QR_ECLEVEL_M));
  }
  if (!code) {
    if (errno == ERANGE)
      return core::Error::InvalidInput("text", "This is too long for a QR code.");
    return core::Error::Internal("libqrencode could not encode a QR code");
  }

  const int width = code->width;
  const int size = width + 2 * kQrQuietZoneModules;
  const std::string side = std::to_string(size);
  std::string path;
  for (int y = 0; y < width; ++y) {
    const unsigned char* row = code->data + static_cast<std::ptrdiff_t>(y) * width;
    for (int x = 0; x < width;) {
      if ((row[x] & 1) == 0) {
        ++x;
        continue;
      }
      int run = 1;
      while (x + run < width && (row[x + run] & 1) != 0) ++run;
      // One rectangle per horizontal run of dark modules.
      path += "M" + std::to_string(x + kQrQuietZoneModules) + " " +
              std::to_string(y + kQrQuietZoneModules) + "h" + std::to_string(run) + "v1h-" +
              std::to_string(run) + "z";
      x += run;
    }
  }
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + side + " " + side +
         "\" role=\"img\" aria-label=\"" + core::HtmlEscaped(aria_label) +
         "\" shape-rendering=\"crispEdges\"><rect width=\"" + side + "\" height=\"" + side +
         "\" fill=\"#ffffff\"/><path fill=\"#000000\" d=\"" + path + "\"/></svg>";
}

}  // namespace assure::security
