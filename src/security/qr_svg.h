// QrSvg: a QR code (error correction level M, byte mode, via libqrencode) as a standalone SVG,
// for showing an otpauth:// URI to an authenticator app.
//
// The SVG has a viewBox in modules (the symbol plus a quiet zone of 4 modules on every side), no
// width or height (the page's CSS sizes it), a white <rect> behind one black <path>, colours as
// `fill` attributes and no style attribute or <style> element, because the Content-Security-Policy
// forbids inline styles. It carries role="img" and aria-label (escaped) so assistive technology
// can name it; pages should also show the secret as text for people who cannot scan. Output is a
// pure function of its inputs. Thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace assure::security {

inline constexpr int kQrQuietZoneModules = 4;

// InvalidInput on field "text" if the text is empty or too long for a QR code.
core::Result<std::string> QrSvg(std::string_view text, std::string_view aria_label);

}  // namespace assure::security
