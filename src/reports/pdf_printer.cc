#include "reports/pdf_printer.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>
#include <vector>

extern char** environ;

namespace assure::reports {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kContentSecurityPolicy =
    R"(<meta http-equiv="Content-Security-Policy" content="default-src 'none'; )"
    R"(style-src 'unsafe-inline'; img-src data:; font-src data:">)";

std::string ErrnoText(int error) {
  return std::error_code(error, std::generic_category()).message();
}

// Removes the folder and everything in it when it goes out of scope.
struct RemoveOnExit {
  fs::path path;
  ~RemoveOnExit() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
};

// Closes the descriptor when it goes out of scope.
struct Descriptor {
  int fd = -1;
  explicit Descriptor(int value) : fd(value) {}
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  ~Descriptor() {
    if (fd >= 0) ::close(fd);
  }
};

// A file:// URL for an absolute path, with every byte but unreserved ones and '/' escaped.
std::string FileUrl(const fs::path& path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string url = "file://";
  for (const char byte : path.string()) {
    const auto c = static_cast<unsigned char>(byte);
    if (std::isalnum(c) != 0 || c == '/' || c == '-' || c == '.' || c == '_' || c == '~') {
      url += static_cast<char>(c);
    } else {
      url += '%';
      url += kHex[c >> 4];
      url += kHex[c & 0x0f];
    }
  }
  return url;
}

std::vector<std::string> ChromiumArguments(const PdfOptions& options, const fs::path& dir) {
  return {
      options.chromium,
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-extensions",
      "--host-resolver-rules=MAP * ~NOTFOUND",
      "--user-data-dir=" + (dir / "profile").string(),
      "--no-pdf-header-footer",
      "--generate-pdf-document-outline",
      "--print-to-pdf=" + (dir / "out.pdf").string(),
      FileUrl(dir / "page.html"),
  };
}

// This process's environment with HOME, TMPDIR and the XDG folders pointing into `dir`, so
// Chromium writes nothing (crash reports, caches, shared memory files) anywhere else.
std::vector<std::string> ChromiumEnvironment(const fs::path& dir) {
  static constexpr std::string_view kRedirected[] = {
      "HOME=", "TMPDIR=", "XDG_CONFIG_HOME=", "XDG_CACHE_HOME="};
  std::vector<std::string> environment;
  for (char** entry = environ; *entry != nullptr; ++entry) {
    const std::string_view text{*entry};
    const bool redirected =
        std::any_of(std::begin(kRedirected), std::end(kRedirected),
                    [&](std::string_view name) { return text.starts_with(name); });
    if (!redirected) environment.emplace_back(text);
  }
  for (const auto name : kRedirected) environment.push_back(std::string(name) + dir.string());
  return environment;
}

std::vector<char*> Pointers(std::vector<std::string>& strings) {
  std::vector<char*> pointers;
  for (auto& s : strings) pointers.push_back(s.data());
  pointers.push_back(nullptr);
  return pointers;
}

core::Result<pid_t> StartChromium(const PdfOptions& options, const fs::path& dir) {
  auto arguments = ChromiumArguments(options, dir);
  auto environment = ChromiumEnvironment(dir);
  auto argv = Pointers(arguments);
  auto envp = Pointers(environment);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  // Chromium's output can quote the page (console messages, refused URLs): it is discarded.
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  // Its own process group (so a timeout kills every Chromium process), no blocked signals, and
  // every signal's default action (the server may ignore SIGPIPE).
  sigset_t signals;
  sigemptyset(&signals);
  posix_spawnattr_setsigmask(&attributes, &signals);
  sigfillset(&signals);
  posix_spawnattr_setsigdefault(&attributes, &signals);
  posix_spawnattr_setpgroup(&attributes, 0);
  posix_spawnattr_setflags(&attributes,
                           POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
  pid_t pid = -1;
  const int failed =
      posix_spawnp(&pid, options.chromium.c_str(), &actions, &attributes, argv.data(), envp.data());
  posix_spawnattr_destroy(&attributes);
  posix_spawn_file_actions_destroy(&actions);
  if (failed != 0) {
    return core::Error::Unavailable("Chromium (" + options.chromium +
                                    ") could not be started: " + ErrnoText(failed));
  }
  return pid;
}

// Waits for Chromium to exit or for the timeout, then kills its whole process group (helpers
// may outlive the browser process) and reaps it. The group's id cannot be reused before the
// leader is reaped, so the kill cannot reach anyone else.
core::Status WaitForChromium(pid_t pid, std::chrono::seconds timeout) {
  const auto seconds = std::max<time_t>(1, static_cast<time_t>(timeout.count()));
  bool timed_out = false;
  bool watched = false;
  {
    // glibc 2.36's <sys/pidfd.h> declares pidfd_open without extern "C": call the kernel.
    const Descriptor process{static_cast<int>(::syscall(SYS_pidfd_open, pid, 0))};
    const Descriptor timer{::timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC)};
    itimerspec when{};
    when.it_value.tv_sec = seconds;
    if (process.fd >= 0 && timer.fd >= 0 && ::timerfd_settime(timer.fd, 0, &when, nullptr) == 0) {
      watched = true;
      pollfd fds[2] = {{process.fd, POLLIN, 0}, {timer.fd, POLLIN, 0}};
      while (true) {
        if (::poll(fds, 2, -1) < 0) {
          if (errno == EINTR) continue;
          watched = false;
          break;
        }
        if (fds[0].revents != 0) break;
        if (fds[1].revents != 0) {
          timed_out = true;
          break;
        }
      }
    }
  }
  ::kill(-pid, SIGKILL);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!watched) return core::Error::Unavailable("Chromium could not be watched for its timeout");
  if (timed_out) {
    return core::Error::Unavailable("Chromium did not finish printing within " +
                                    std::to_string(seconds) + " s and was stopped");
  }
  if (WIFSIGNALED(status)) {
    return core::Error::Unavailable("Chromium was ended by signal " +
                                    std::to_string(WTERMSIG(status)));
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) != 0) {
    return core::Error::Unavailable("Chromium failed with exit status " +
                                    std::to_string(WEXITSTATUS(status)));
  }
  return core::Ok();
}

core::Result<fs::path> MakePrivateDir() {
  std::error_code error;
  const auto root = fs::temp_directory_path(error);
  if (error) return core::Error::Unavailable("No temporary directory for Chromium to print in");
  std::string pattern = (root / "assure-pdf.XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    return core::Error::Unavailable("Cannot make a temporary folder for Chromium to print in: " +
                                    ErrnoText(errno));
  }
  return fs::path{pattern};
}

}  // namespace

core::Result<std::string> WithContentSecurityPolicy(std::string_view html) {
  for (std::size_t at = 0; at + 5 < html.size(); ++at) {
    if (html[at] != '<') continue;
    const auto tag = html.substr(at + 1, 4);
    const bool is_head = std::equal(tag.begin(), tag.end(), "head", [](char a, char b) {
      return std::tolower(static_cast<unsigned char>(a)) == b;
    });
    const char next = html[at + 5];
    if (!is_head || !(next == '>' || std::isspace(static_cast<unsigned char>(next)) != 0)) continue;
    const auto end = html.find('>', at);
    if (end == std::string_view::npos) break;
    std::string result;
    result.reserve(html.size() + kContentSecurityPolicy.size());
    result.append(html.substr(0, end + 1));
    result.append(kContentSecurityPolicy);
    result.append(html.substr(end + 1));
    return result;
  }
  return core::Error::InvalidInput("html", "The page to print needs a <head> element.");
}

core::Result<std::string> PrintPdf(std::string_view html, const PdfOptions& options) {
  ASSURE_ASSIGN_OR_RETURN(auto page, WithContentSecurityPolicy(html));
  ASSURE_ASSIGN_OR_RETURN(auto dir, MakePrivateDir());
  const RemoveOnExit remove{dir};

  {
    std::ofstream out(dir / "page.html", std::ios::binary);
    out.write(page.data(), static_cast<std::streamsize>(page.size()));
    if (!out.flush()) {
      return core::Error::Unavailable("Cannot write the page for Chromium to print");
    }
  }
  ASSURE_ASSIGN_OR_RETURN(auto pid, StartChromium(options, dir));
  if (auto waited = WaitForChromium(pid, options.timeout); !waited) return waited.error();

  std::ifstream in(dir / "out.pdf", std::ios::binary);
  std::string pdf{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (!pdf.starts_with("%PDF-")) {
    return core::Error::Unavailable("Chromium finished without writing a PDF");
  }
  return pdf;
}

}  // namespace assure::reports
