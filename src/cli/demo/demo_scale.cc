// `assure demo --scale`: synthetic national-scale data for the benchmarks (scripts/bench):
// `--partnerships` demo partnerships (slugs scale-001, scale-002, ...) with six invented agencies
// each, `--cases` cases for review spread evenly over them (demo_cases.h: every state, three
// years of dates) and `--actions` actions spread the same way (scale_actions.h: answering those
// cases' recommendations and rapid reviews, one to four updates each, and one review round of the
// last complete quarter per partnership), `--survey-answers` answers to one closed staff survey
// of scale-001 (scale_survey.h; its id is printed), plus a business manager (bench@scale.example)
// and an agency lead of its county council (bench-lead@scale.example) in scale-001, with the demo
// password, to sign in as. One transaction per partnership, each audited with one event naming
// the counts; a partnership that exists is skipped, so a second run adds nothing. Shows a progress
// bar on standard error. Every name here is invented.
#include <unistd.h>

#include <array>
#include <cstdio>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cli/command_store.h"
#include "cli/commands.h"
#include "cli/demo/demo_cases.h"
#include "cli/demo/scale_actions.h"
#include "cli/demo/scale_survey.h"
#include "cli/exit_codes.h"
#include "domain/london_date.h"
#include "security/password_hasher.h"
#include "security/random.h"

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

// What was added, in all or for one partnership.
struct Added {
  long long cases = 0;
  long long actions = 0;
  long long updates = 0;
  long long rounds = 0;
  std::int64_t survey_id = 0;  // the bench survey, when one was written
};

void Progress(int done, int total, const Added& added) {
  constexpr int kWidth = 30;
  const int filled = total == 0 ? kWidth : done * kWidth / total;
  if (isatty(STDERR_FILENO) != 0) {
    std::fprintf(stderr, "\r[%s%s] %d/%d partnerships, %lld cases, %lld actions",
                 std::string(static_cast<std::size_t>(filled), '#').c_str(),
                 std::string(static_cast<std::size_t>(kWidth - filled), ' ').c_str(), done, total,
                 added.cases, added.actions);
    if (done == total) std::fprintf(stderr, "\n");
  } else if (done == total || (total >= 10 && done % (total / 10) == 0)) {
    std::fprintf(stderr, "scale: %d/%d partnerships, %lld cases, %lld actions\n", done, total,
                 added.cases, added.actions);
  }
}

// The bench accounts of scale-001, with their password hashes; empty hashes elsewhere.
struct BenchAccounts {
  std::string manager_hash;
  std::string lead_hash;
};

core::Result<domain::UserId> AddBenchUser(domain::Transaction& tx,
                                          domain::PartnershipId partnership_id,
                                          const std::string& email, const std::string& name,
                                          const std::string& hash, domain::Role role,
                                          std::optional<domain::AgencyId> agency) {
  ASSURE_ASSIGN_OR_RETURN(auto user, tx.users().Create({email, name}));
  user.password_hash = hash;
  ASSURE_TRY(tx.users().Update(user));
  domain::Membership membership;
  membership.partnership_id = partnership_id;
  membership.user_id = user.id;
  membership.role = role;
  membership.agency_id = agency;
  ASSURE_TRY(tx.memberships(partnership_id).Add(membership));
  return user.id;
}

// One partnership with its agencies, cases and actions; returns what was added (nothing if the
// partnership existed).
core::Result<Added> AddPartnership(domain::Transaction& tx, int index, int cases, int actions,
                                   int survey_answers, const BenchAccounts& bench,
                                   core::Instant now, security::Random& random) {
  const std::string slug = Slug(index);
  auto found = tx.partnerships().FindBySlug(slug);
  if (found) return Added{};
  if (found.error().code != core::ErrorCode::kNotFound) return found.error();
  ASSURE_ASSIGN_OR_RETURN(
      auto partnership, tx.partnerships().Create(
                            {slug, "Scale Test Partnership " + std::to_string(index), /*demo=*/true,
                             /*mfa_required=*/false}));
  std::vector<domain::AgencyId> agencies;
  std::vector<ActionOwner> owners;
  for (const auto& [name, type] : kAgencies) {
    ASSURE_ASSIGN_OR_RETURN(auto agency,
                            tx.agencies(partnership.id)
                                .Create({"Scale " + std::to_string(index) + " " + name, type,
                                         type != domain::AgencyType::kEducation &&
                                             type != domain::AgencyType::kProbation &&
                                             type != domain::AgencyType::kVoluntarySector}));
    agencies.push_back(agency.id);
    owners.push_back({agency.id, std::nullopt, std::string{"Lead, "} + name});
  }
  std::optional<domain::UserId> manager;
  if (!bench.manager_hash.empty()) {
    ASSURE_ASSIGN_OR_RETURN(
        auto user, AddBenchUser(tx, partnership.id, "bench@scale.example", "Bench Manager",
                                bench.manager_hash, domain::Role::kBusinessManager, std::nullopt));
    manager = user;
    ASSURE_ASSIGN_OR_RETURN(
        auto lead, AddBenchUser(tx, partnership.id, "bench-lead@scale.example", "Bench Lead",
                                bench.lead_hash, domain::Role::kAgencyLead, agencies.front()));
    owners.front().lead_user_id = lead;
    owners.front().lead_name = "Bench Lead";
  }
  const domain::CivilDate today = domain::LondonDate(now);
  DemoCaseWriter writer(tx, partnership.id, agencies, std::nullopt, today);
  ASSURE_TRY(writer.EnsureThemes());
  Added added;
  for (const CaseSketch& sketch :
       ScaleCaseSketches("SC" + std::to_string(index), cases, today,
                         static_cast<std::uint32_t>(index) * 2654435761u)) {
    ASSURE_ASSIGN_OR_RETURN(auto made, writer.Add(sketch));
    added.cases += made ? 1 : 0;
  }
  if (actions > 0) {
    ASSURE_ASSIGN_OR_RETURN(auto learning, ReadLearning(tx, partnership.id));
    const std::vector<ActionStory> stories = ScaleActionStories(
        actions, learning, owners, today, static_cast<std::uint32_t>(index) * 40503u + 7u);
    const std::vector<RoundPlan> rounds{ScaleRound(today, manager)};
    ASSURE_ASSIGN_OR_RETURN(auto written,
                            WriteActionStories(tx, partnership.id, today, stories, rounds));
    added.actions = static_cast<long long>(written.actions.size());
    added.updates = written.updates;
    added.rounds = static_cast<long long>(written.rounds.size());
  }
  if (survey_answers > 0 && manager) {
    ASSURE_ASSIGN_OR_RETURN(
        added.survey_id, AddScaleSurvey(tx, partnership.id, *manager, agencies, survey_answers, now,
                                        random, static_cast<std::uint32_t>(index)));
  }
  ASSURE_TRY(domain::Record(
      tx.audit(),
      domain::MakeAuditEvent(CliActor(partnership.id), "demo.scale", domain::AuditOutcome::kSuccess,
                             now, {"partnership", std::to_string(partnership.id)},
                             std::to_string(added.cases) + " synthetic cases, " +
                                 std::to_string(added.actions) + " synthetic actions")));
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
  if (options.actions < 0 || options.actions > 10000000) {
    return Fail(core::Error::InvalidInput("actions", "--actions must be 0 to 10000000"));
  }
  if (options.survey_answers < 0 || options.survey_answers > 10000000) {
    return Fail(
        core::Error::InvalidInput("survey_answers", "--survey-answers must be 0 to 10000000"));
  }
  security::SodiumRandom random;
  auto opened = CommandStore::Open(db_url, clock);
  if (!opened) return Fail(opened.error());
  const security::PasswordHasher hasher(security::kPasswordCostDefault);
  BenchAccounts bench;
  for (std::string* hash : {&bench.manager_hash, &bench.lead_hash}) {
    auto made = hasher.Hash(kDemoPassword);
    if (!made) return Fail(made.error());
    *hash = std::move(*made);
  }
  // An even share of `total` for the ith of n partnerships (1-based).
  const auto share = [n = options.partnerships](int total, int i) {
    return total / n + (i <= total % n ? 1 : 0);
  };

  Added total;
  for (int i = 1; i <= options.partnerships; ++i) {
    auto added = (*opened)->store().Write([&](domain::Transaction& tx) {
      return AddPartnership(tx, i, share(options.cases, i), share(options.actions, i),
                            i == 1 ? options.survey_answers : 0, i == 1 ? bench : BenchAccounts{},
                            clock.Now(), random);
    });
    if (!added) return Fail(added.error());
    total.cases += added->cases;
    total.actions += added->actions;
    total.updates += added->updates;
    total.rounds += added->rounds;
    if (added->survey_id != 0) total.survey_id = added->survey_id;
    Progress(i, options.partnerships, total);
  }
  std::printf(
      "scale: added %lld case(s), %lld action(s), %lld progress update(s) and %lld review "
      "round(s) over %d partnership(s); sign in to scale-001 as bench@scale.example (business "
      "manager) or bench-lead@scale.example (agency lead) with the demo password\n",
      total.cases, total.actions, total.updates, total.rounds, options.partnerships);
  if (total.survey_id != 0) {
    std::printf("scale: staff survey %lld has %d answer(s)\n",
                static_cast<long long>(total.survey_id), options.survey_answers);
  }
  return kExitOk;
}

}  // namespace assure::cli
