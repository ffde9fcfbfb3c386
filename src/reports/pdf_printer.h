// PrintPdf: turns one self-contained HTML page into a tagged PDF by printing it with headless
// Chromium (Debian's `chromium`), so a report's PDF is the same HTML as its page, with the print
// stylesheet (print_stylesheet.h) in its <style>, and carries the page's headings, tables and
// their header cells as PDF structure for screen readers (Chromium tags by default; checked with
// Chromium 156, Debian 12: `pdfinfo` says "Tagged: yes" and the structure has H1, Table, TH, TD).
//
// Each call writes the page into a fresh private folder (mkdtemp, mode 0700) under the temporary
// directory, runs Chromium as its own process group (posix_spawn, no shell) with its profile,
// HOME, TMPDIR and XDG folders in that folder, reads the PDF and removes the folder on every path.
// After `options.timeout` the whole process group is killed. Each call costs a Chromium start
// (about a second on a 2-core machine), so callers print on demand, never in a loop over records.
//
// Nothing is fetched: callers pass self-contained HTML (CSS in <style>, images as data: URLs or
// inline SVG). Two guards make an accidental external reference harmless, each covering what the
// other cannot:
//   - Chromium runs with --host-resolver-rules="MAP * ~NOTFOUND": no host name or address (an IP
//     literal or loopback too) resolves, so it opens no connection of any kind whatever the HTML
//     says. A dead --proxy-server would do the same, but leaks to whatever listens on its port.
//   - A Content-Security-Policy <meta> (default-src 'none'; inline styles, data: images and
//     fonts only) is put first in <head>: it stops scripts (so nothing such as WebRTC can get
//     round the network guard) and local files, which a file:// page could otherwise embed in
//     the PDF (an <iframe src="file:///...">). Disabling JavaScript by flag instead
//     (--blink-settings=scriptEnabled=false) makes Chromium 156 silently print nothing.
// Chromium runs with --no-sandbox (the server may run as root, where the sandbox cannot start);
// acceptable because the page is our own escaped HTML, with scripts and network shut off.
//
// Errors are kUnavailable with a message naming Chromium (not found, exit status, timeout, no
// PDF), or kInvalidInput when the HTML has no <head>; no message ever includes the HTML, and
// Chromium's own output (which can quote the page) is discarded. Thread-safe: no shared state;
// concurrent calls run separate Chromiums. REQUIRES: SIGCHLD is not ignored (children are
// reaped by waitpid).
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "core/result.h"

namespace assure::reports {

struct PdfOptions {
  std::string chromium = "chromium";  // a path, or a name looked up in PATH
  std::chrono::seconds timeout{60};   // then Chromium's process group is killed
};

// The PDF's bytes. REQUIRES: `html` is a whole UTF-8 document with a <head> element.
core::Result<std::string> PrintPdf(std::string_view html, const PdfOptions& options);

// `html` with the printer's Content-Security-Policy <meta> put right after the opening <head>
// tag (the first "<head>" or "<head ...>", case-insensitive); kInvalidInput (field "html") if
// there is none. Exposed for tests.
core::Result<std::string> WithContentSecurityPolicy(std::string_view html);

}  // namespace assure::reports
