#include "testing/temp_dir.h"

#include <stdlib.h>

#include <stdexcept>
#include <system_error>

namespace assure::testing {

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "assure-test.XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error("cannot make a temporary folder from " + pattern);
  }
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

}  // namespace assure::testing
