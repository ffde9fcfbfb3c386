// `assure demo --scale`: synthetic national-scale data for the benchmarks (scripts/bench):
// `--partnerships` demo partnerships (slugs scale-001, scale-002, ...) with six invented agencies
// each and `--cases` cases for review spread evenly over them (demo_cases.h: every state, three
// years of dates), plus one business manager in scale-001 (bench@scale.example, the demo password)
// to sign in as. One transaction per partnership, each audited with one event naming the count; a
// partnership that exists is skipped, so a second run adds nothing. Shows a progress bar on
// standard error. Every name here is invented.
#include <unistd.h>

#include <array>
#include <cstdio>
#include <string>
#include <vector>

#include "cli/command_store.h"
#include "cli/commands.h"
#include "cli/demo_cases.h"
#include "cli/exit_codes.h"
#include "domain/london_date.h"
#include "security/password_hasher.h"

namespace assure::cli {
namespace {

constexpr std::array<std::pair<const char*, domain::AgencyType>, 6> kAgencies{{
    {"County Council", domain::AgencyType::kLocalAuthority},
    {"Constabulary", domain::AgencyType::kPolice},
    {"Integrated Care Board", domain::AgencyType::kHealth},
    {"Schools Trust", domain::AgencyType::kEducation},
    {"Probation Service", domain::AgencyType::kProbation},
    {"Family Support", domain::AgencyType::kVoluntarySector},
}};

std::string Slug(int index) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "scale-%03d", index);
  return buffer;
}

void Progress(int done, int total, long long cases) {
  constexpr int kWidth = 30;
  const int filled = total == 0 ? kWidth : done * kWidth / total;
  if (isatty(STDERR_FILENO) != 0) {
    std::fprintf(stderr, "\r[%s%s] %d/%d partnerships, %lld cases",
                 std::string(static_cast<std::size_t>(filled), '#').c_str(),
                 std::string(static_cast<std::size_t>(kWidth - filled), ' ').c_str(), done, total,
                 cases);
    if (done == total) std::fprintf(stderr, "\n");
  } else if (done == total || (total >= 10 && done % (total / 10) == 0)) {
    std::fprintf(stderr, "scale: %d/%d partnerships, %lld cases\n", done, total, cases);
  }
}

// One partnership with its agencies and cases; returns the number of cases added (0 if the
// partnership existed).
core::Result<int> AddPartnership(domain::Transaction& tx, int index, int cases,
                                 const std::string& manager_hash, core::Instant now) {
  const std::string slug = Slug(index);
  auto found = tx.partnerships().FindBySlug(slug);
  if (found) return 0;
  if (found.error().code != core::ErrorCode::kNotFound) return found.error();
  auto partnership = tx.partnerships().Create(
      {slug, "Scale Test Partnership " + std::to_string(index), /*demo=*/true,
       /*mfa_required=*/false});
  if (!partnership) return partnership.error();
  std::vector<domain::AgencyId> agencies;
  for (const auto& [name, type] : kAgencies) {
    auto agency = tx.agencies(partnership->id)
                      .Create({"Scale " + std::to_string(index) + " " + name, type,
                               type != domain::AgencyType::kEducation &&
                                   type != domain::AgencyType::kProbation &&
                                   type != domain::AgencyType::kVoluntarySector});
    if (!agency) return agency.error();
    agencies.push_back(agency->id);
  }
  if (!manager_hash.empty()) {
    auto user = tx.users().Create({"bench@scale.example", "Bench Manager"});
    if (!user) return user.error();
    user->password_hash = manager_hash;
    auto updated = tx.users().Update(*user);
    if (!updated) return updated.error();
    domain::Membership membership;
    membership.partnership_id = partnership->id;
    membership.user_id = user->id;
    membership.role = domain::Role::kBusinessManager;
    auto added = tx.memberships(partnership->id).Add(membership);
    if (!added) return added.error();
  }
  const domain::CivilDate today = domain::LondonDate(now);
  DemoCaseWriter writer(tx, partnership->id, agencies, std::nullopt, today);
  ASSURE_TRY(writer.EnsureThemes());
  int added = 0;
  for (const CaseSketch& sketch :
       ScaleCaseSketches("SC" + std::to_string(index), cases, today,
                         static_cast<std::uint32_t>(index) * 2654435761u)) {
    auto made = writer.Add(sketch);
    if (!made) return made.error();
    added += *made ? 1 : 0;
  }
  ASSURE_TRY(domain::Record(tx.audit(),
                            domain::MakeAuditEvent(CliActor(partnership->id), "demo.scale",
                                                   domain::AuditOutcome::kSuccess, now,
                                                   {"partnership", std::to_string(partnership->id)},
                                                   std::to_string(added) + " synthetic cases")));
  return added;
}

}  // namespace

int DemoScale(const std::string& db_url, const DemoScaleOptions& options,
              const core::Clock& clock) {
  if (options.partnerships < 1 || options.partnerships > 999) {
    return Fail(core::Error::InvalidInput("partnerships", "--partnerships must be 1 to 999"));
  }
  if (options.cases < 0 || options.cases > 1000000) {
    return Fail(core::Error::InvalidInput("cases", "--cases must be 0 to 1000000"));
  }
  auto opened = CommandStore::Open(db_url, clock);
  if (!opened) return Fail(opened.error());
  const security::PasswordHasher hasher(security::kPasswordCostDefault);
  auto hash = hasher.Hash(kDemoPassword);
  if (!hash) return Fail(hash.error());

  long long total = 0;
  for (int i = 1; i <= options.partnerships; ++i) {
    const int share =
        options.cases / options.partnerships + (i <= options.cases % options.partnerships ? 1 : 0);
    auto added = (*opened)->store().Write([&](domain::Transaction& tx) {
      return AddPartnership(tx, i, share, i == 1 ? *hash : std::string{}, clock.Now());
    });
    if (!added) return Fail(added.error());
    total += *added;
    Progress(i, options.partnerships, total);
  }
  std::printf(
      "scale: added %lld case(s) over %d partnership(s); sign in to scale-001 as "
      "bench@scale.example with the demo password\n",
      total, options.partnerships);
  return kExitOk;
}

}  // namespace assure::cli
