// TempDir: a fresh folder under the system's temporary directory, removed with everything in it
// when the TempDir is destroyed. Not thread-safe; one owner.
#pragma once

#include <filesystem>
#include <string>

namespace assure::testing {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // path() / name, as a string.
  std::string File(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace assure::testing
