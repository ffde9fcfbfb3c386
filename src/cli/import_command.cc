// `assure import reviews --partnership SLUG FILE.csv`: imports review history (doc/import.md)
// into the partnership in one transaction, as the actor cli (domain::ImportReviews). Prints each
// reference with its outcome ("CR-2019-001 created", "CR-2019-002 unchanged") on standard output
// and a summary on standard error. When any row is wrong nothing is imported: each problem is one
// line on standard error ("row 3, column case_type, value \"kid\": Must be child, adult or
// joint.") and the exit status is kExitImportRefused.
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>

#include "cli/command_store.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "domain/reviews/import/import_service.h"

namespace assure::cli {

namespace {

// Larger files are refused before they are read (kMaxImportRows rows are far smaller).
constexpr std::streamoff kMaxFileBytes = 16 * 1024 * 1024;

core::Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return core::Error::InvalidInput("file", "cannot open " + path);
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  if (size > kMaxFileBytes) {
    return core::Error::InvalidInput("file", path + " is larger than 16 MiB: split it");
  }
  in.seekg(0, std::ios::beg);
  std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad()) return core::Error::Unavailable("cannot read " + path);
  return text;
}

void PrintProblem(const domain::ImportProblem& problem) {
  std::string where = problem.row == 0 ? "file" : "row " + std::to_string(problem.row);
  if (!problem.column.empty()) where += ", column " + problem.column;
  if (!problem.value.empty()) where += ", value \"" + problem.value + "\"";
  std::fprintf(stderr, "%s: %s\n", where.c_str(), problem.reason.c_str());
}

}  // namespace

int ImportReviews(const std::string& db_url, const ImportReviewsOptions& options,
                  const core::Clock& clock) {
  auto text = ReadFile(options.file);
  if (!text) return Fail(text.error());
  auto opened = CommandStore::Open(db_url, clock);
  if (!opened) return Fail(opened.error());
  auto report =
      (*opened)->store().Write([&](domain::Transaction& tx) -> core::Result<domain::ImportReport> {
        ASSURE_ASSIGN_OR_RETURN(auto partnership, FindPartnership(tx, options.partnership));
        return domain::ImportReviews(tx, partnership.id, *text, CliActor(partnership.id),
                                     clock.Now());
      });
  if (!report) return Fail(report.error());
  if (!report->imported()) {
    for (const auto& problem : report->problems) PrintProblem(problem);
    std::fprintf(stderr, "assure: nothing imported: %zu problem(s) in %s\n",
                 report->problems.size(), options.file.c_str());
    return kExitImportRefused;
  }
  for (const auto& reference : report->created) std::printf("%s created\n", reference.c_str());
  for (const auto& reference : report->unchanged) {
    std::printf("%s unchanged\n", reference.c_str());
  }
  std::fprintf(stderr, "import: %zu created, %zu unchanged\n", report->created.size(),
               report->unchanged.size());
  return kExitOk;
}

}  // namespace assure::cli
