#include "testing/poppler.h"

#include <gtest/gtest.h>

#include <fstream>
#include <vector>

#include "testing/subprocess.h"

namespace assure::testing {

std::string Poppler(const TempDir& folder, const std::string& program, const std::string& option,
                    const std::string& pdf) {
  const auto path = folder.File("document.pdf");
  std::ofstream(path, std::ios::binary) << pdf;
  std::vector<std::string> argv{"/usr/bin/" + program};
  if (!option.empty()) argv.push_back(option);
  argv.push_back(path);
  if (program == "pdftotext") argv.push_back("-");
  std::string out;
  std::string err;
  EXPECT_EQ(RunProgram(argv, &out, &err), 0) << program << ": " << err;
  return out;
}

}  // namespace assure::testing
