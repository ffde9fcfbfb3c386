// `assure demo`: makes the fictional Northshire Safeguarding Partnership for trying Assure out: a
// demo partnership (no MFA, every page says it is a demo), six invented agencies, one user per
// role and an agency lead for each agency, all with one published demo password, the demo
// reviewer on the reviewers register, about 30 cases for review over three years in every
// workflow state (demo_cases.h), and the action plans answering their reviews, with a year of
// progress updates and two quarterly review rounds (demo_actions.h); then, through the learning
// services, ten learning briefings in every state and how the agencies shared them
// (demo_briefings.h); then, through the assurance services, the QA framework of the year, a
// closed and shared self-evaluation round, a closed staff survey with about 300 answers, a closed
// multi-agency case audit of 12 records and the thematic review on exploitation that draws on
// them, with its findings, recommendations (actions) and draft report (a briefing)
// (assurance/demo_assurance.h); then, through the governance services, the partnership's seven
// bodies with their members and terms of reference and about 18 months of their meetings, with
// papers, attendance, decisions (some making actions) and minutes, the Executive Board's next
// meeting's papers out for the board member (governance/demo_governance.h); then prints how to
// sign in.
//
// Idempotent: what exists is kept and only what is missing is added, so running it again changes
// nothing (a demo user whose password was changed gets the demo password back; the briefings are
// added only to a partnership that has none, the framework, round and survey only to one with no
// staff survey or self-evaluation round, the case audit and thematic review only to one with
// neither, the governance only to one with no body). Refuses to touch a partnership with the demo
// slug that is not a demo. The partnership, people, cases and actions are one transaction, every
// addition audited; each briefing, assurance and governance step is then its service's own
// transaction, audited as the person who takes it.
// Every name and address here is invented; emails use the reserved .example domain.
#include <array>
#include <cstdio>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "cli/command_store.h"
#include "cli/commands.h"
#include "cli/demo/assurance/demo_assurance.h"
#include "cli/demo/demo_actions.h"
#include "cli/demo/demo_briefings.h"
#include "cli/demo/demo_cases.h"
#include "cli/demo/governance/demo_governance.h"
#include "cli/exit_codes.h"
#include "domain/london_date.h"
#include "security/password_hasher.h"
#include "security/random.h"

namespace assure::cli {

namespace {

using domain::AgencyType;
using domain::Role;

constexpr const char* kDemoSlug = "northshire";
constexpr const char* kDemoName = "Northshire Safeguarding Partnership";
constexpr const char* kLeadAgency = "Northshire County Council";

struct DemoAgency {
  const char* name;
  AgencyType type;
  bool statutory;
};

constexpr std::array kDemoAgencies{
    DemoAgency{kLeadAgency, AgencyType::kLocalAuthority, true},
    DemoAgency{"Northshire Constabulary", AgencyType::kPolice, true},
    DemoAgency{"Northshire Integrated Care Board", AgencyType::kHealth, true},
    DemoAgency{"Riverside Academy Trust", AgencyType::kEducation, false},
    DemoAgency{"Northshire Probation Service", AgencyType::kProbation, false},
    DemoAgency{"Harbour Lane Family Support", AgencyType::kVoluntarySector, false},
};

struct DemoUser {
  Role role;
  const char* display_name;
  const char* agency;  // nullptr: not agency-bound
  const char* email;   // nullptr: the role's name @northshire.example
};

constexpr std::array kDemoUsers{
    DemoUser{Role::kAdministrator, "Priya Shah", nullptr, nullptr},
    DemoUser{Role::kBusinessManager, "Tom Okafor", nullptr, nullptr},
    DemoUser{Role::kBusinessOfficer, "Jess Whitfield", nullptr, nullptr},
    DemoUser{Role::kAgencyLead, "Dan Hughes", kLeadAgency, nullptr},
    DemoUser{Role::kReviewer, "Morag Ellis", nullptr, nullptr},
    DemoUser{Role::kBoardMember, "Sam Patel", nullptr, nullptr},
    DemoUser{Role::kAuditor, "Lee Chen", nullptr, nullptr},
};

// The other agencies' leads, who own and update their agencies' actions.
constexpr std::array kDemoAgencyLeads{
    DemoUser{Role::kAgencyLead, "Aisha Rahman", "Northshire Constabulary",
             "lead.constabulary@northshire.example"},
    DemoUser{Role::kAgencyLead, "Gareth Price", "Northshire Integrated Care Board",
             "lead.icb@northshire.example"},
    DemoUser{Role::kAgencyLead, "Helen Ward", "Riverside Academy Trust",
             "lead.riverside@northshire.example"},
    DemoUser{Role::kAgencyLead, "Marcus Bell", "Northshire Probation Service",
             "lead.probation@northshire.example"},
    DemoUser{Role::kAgencyLead, "Nina Kowalski", "Harbour Lane Family Support",
             "lead.harbourlane@northshire.example"},
};

constexpr std::size_t kDemoAccounts = kDemoUsers.size() + kDemoAgencyLeads.size();

std::string DemoEmail(const DemoUser& user) {
  if (user.email != nullptr) return user.email;
  return std::string{domain::RoleName(user.role)} + "@northshire.example";
}

// What a run added, for the summary line, and the demo partnership.
struct Added {
  domain::PartnershipId partnership_id = 0;
  int partnerships = 0;
  int agencies = 0;
  int users = 0;
  int memberships = 0;
  int passwords = 0;
  int cases = 0;
  int actions = 0;
  int updates = 0;
  int rounds = 0;
};

class DemoBuilder {
 public:
  DemoBuilder(domain::Transaction& tx, const security::PasswordHasher& hasher,
              const std::vector<std::string>& hashes, core::Instant now)
      : tx_(tx), hasher_(hasher), hashes_(hashes), now_(now) {}

  core::Result<Added> Build() {
    ASSURE_TRY(EnsurePartnership());
    for (const auto& agency : kDemoAgencies) ASSURE_TRY(EnsureAgency(agency));
    for (std::size_t i = 0; i < kDemoUsers.size(); ++i) {
      ASSURE_TRY(EnsureUser(kDemoUsers[i], hashes_[i]));
    }
    for (std::size_t i = 0; i < kDemoAgencyLeads.size(); ++i) {
      ASSURE_TRY(EnsureUser(kDemoAgencyLeads[i], hashes_[kDemoUsers.size() + i]));
    }
    ASSURE_TRY(EnsureCases());
    ASSURE_TRY(EnsureActions());
    added_.partnership_id = partnership_.id;
    return added_;
  }

 private:
  core::Status Audit(const char* action, const char* type, std::int64_t id) {
    return domain::Record(tx_.audit(), domain::MakeAuditEvent(CliActor(partnership_.id), action,
                                                              domain::AuditOutcome::kSuccess, now_,
                                                              {type, std::to_string(id)}));
  }

  core::Status EnsurePartnership() {
    auto found = tx_.partnerships().FindBySlug(kDemoSlug);
    if (found) {
      if (!found->demo) {
        return core::Error::Conflict(std::string{"partnership '"} + kDemoSlug +
                                     "' exists and is not a demo partnership: demo leaves it "
                                     "alone");
      }
      partnership_ = *found;
      return core::Ok();
    }
    if (found.error().code != core::ErrorCode::kNotFound) return found.error();
    ASSURE_ASSIGN_OR_RETURN(auto created,
                            tx_.partnerships().Create({kDemoSlug, kDemoName, /*demo=*/true,
                                                       /*mfa_required=*/false}));
    partnership_ = created;
    ++added_.partnerships;
    return Audit("partnership.create", "partnership", partnership_.id);
  }

  core::Status EnsureAgency(const DemoAgency& wanted) {
    ASSURE_ASSIGN_OR_RETURN(auto agencies, tx_.agencies(partnership_.id).List());
    for (const auto& agency : agencies) {
      if (agency.name == wanted.name) {
        agency_ids_[wanted.name] = agency.id;
        return core::Ok();
      }
    }
    ASSURE_ASSIGN_OR_RETURN(
        auto created,
        tx_.agencies(partnership_.id).Create({wanted.name, wanted.type, wanted.statutory}));
    agency_ids_[wanted.name] = created.id;
    ++added_.agencies;
    return Audit("agency.create", "agency", created.id);
  }

  core::Status EnsureUser(const DemoUser& wanted, const std::string& fresh_hash) {
    const std::string email = DemoEmail(wanted);
    auto user = tx_.users().FindByEmail(email);
    if (!user && user.error().code == core::ErrorCode::kNotFound) {
      user = tx_.users().Create({email, wanted.display_name});
      if (!user) return user.error();
      ++added_.users;
      ASSURE_TRY(Audit("user.create", "user", user->id));
    }
    if (!user) return user.error();
    if (wanted.role == Role::kAgencyLead) {
      leads_[wanted.agency] = {user->id, wanted.display_name};
    } else {
      user_ids_[wanted.role] = user->id;
    }
    if (!hasher_.Verify(kDemoPassword, user->password_hash)) {
      user->password_hash = fresh_hash;
      ASSURE_TRY(tx_.users().Update(*user));
      ++added_.passwords;
      ASSURE_TRY(Audit("user.set_password", "user", user->id));
    }

    auto& memberships = tx_.memberships(partnership_.id);
    ASSURE_ASSIGN_OR_RETURN(auto held, memberships.ForUser(user->id));
    for (const auto& membership : held) {
      if (membership.role == wanted.role) return core::Ok();
    }
    domain::Membership membership;
    membership.partnership_id = partnership_.id;
    membership.user_id = user->id;
    membership.role = wanted.role;
    if (wanted.agency != nullptr) membership.agency_id = agency_ids_.at(wanted.agency);
    ASSURE_ASSIGN_OR_RETURN(auto stored, memberships.Add(membership));
    ++added_.memberships;
    return Audit("membership.create", "membership", stored.id);
  }

  // The demo reviewer on the register (linked to their account, so they see their reviews).
  core::Result<domain::ReviewerId> EnsureReviewer() {
    auto& reviewers = tx_.reviewers(partnership_.id);
    const domain::UserId user_id = user_ids_.at(Role::kReviewer);
    ASSURE_ASSIGN_OR_RETURN(auto found, reviewers.FindByUser(user_id));
    if (found.has_value()) return (found)->id;
    domain::Reviewer reviewer;
    reviewer.partnership_id = partnership_.id;
    reviewer.name = "Morag Ellis";
    reviewer.user_id = user_id;
    reviewer.interests = {agency_ids_.at("Harbour Lane Family Support")};
    reviewer.interests_note = "Trustee of Harbour Lane Family Support (fictional).";
    ASSURE_ASSIGN_OR_RETURN(auto created, reviewers.Create(reviewer));
    ASSURE_TRY(Audit("reviewer.create", "reviewer", created.id));
    return created.id;
  }

  core::Status EnsureCases() {
    ASSURE_ASSIGN_OR_RETURN(auto reviewer, EnsureReviewer());
    std::vector<domain::AgencyId> agencies;
    for (const auto& agency : kDemoAgencies) agencies.push_back(agency_ids_.at(agency.name));
    DemoCaseWriter writer(tx_, partnership_.id, agencies, reviewer, domain::LondonDate(now_));
    ASSURE_TRY(writer.EnsureThemes());
    for (const CaseSketch& sketch : DemoCaseSketches(domain::LondonDate(now_))) {
      ASSURE_ASSIGN_OR_RETURN(auto added, writer.Add(sketch));
      if (!added) continue;
      ++added_.cases;
      ASSURE_ASSIGN_OR_RETURN(auto stored,
                              tx_.cases(partnership_.id).FindByReference(sketch.reference));
      ASSURE_TRY(Audit("case.create", "case", (stored)->id));
    }
    return core::Ok();
  }

  // The action plans answering the cases' reviews, owned by the agencies and led by their leads.
  core::Status EnsureActions() {
    std::vector<ActionOwner> owners;
    for (const auto& agency : kDemoAgencies) {
      const auto& [lead_id, lead_name] = leads_.at(agency.name);
      owners.push_back({agency_ids_.at(agency.name), lead_id, lead_name});
    }
    DemoActionWriter writer(tx_, partnership_.id, std::move(owners),
                            user_ids_.at(Role::kBusinessManager), domain::LondonDate(now_));
    ASSURE_ASSIGN_OR_RETURN(auto written, writer.Add());
    for (const domain::ActionId id : written.actions) {
      ASSURE_TRY(Audit("action.create", "action", id));
    }
    for (const domain::ReviewRoundId id : written.rounds) {
      ASSURE_TRY(Audit("review_round.open", "review_round", id));
    }
    added_.actions = static_cast<int>(written.actions.size());
    added_.updates = written.updates;
    added_.rounds = static_cast<int>(written.rounds.size());
    return core::Ok();
  }

  domain::Transaction& tx_;
  const security::PasswordHasher& hasher_;
  const std::vector<std::string>& hashes_;
  core::Instant now_;
  domain::Partnership partnership_;
  std::map<std::string, domain::AgencyId> agency_ids_;
  std::map<Role, domain::UserId> user_ids_;
  std::map<std::string, std::pair<domain::UserId, std::string>> leads_;  // by agency name
  Added added_;
};

}  // namespace

int Demo(const std::string& db_url, const core::Clock& clock) {
  auto opened = CommandStore::Open(db_url, clock);
  if (!opened) return Fail(opened.error());

  // Argon2id is slow on purpose: hash before the transaction, one salt per user.
  const security::PasswordHasher hasher(security::kPasswordCostDefault);
  std::vector<std::string> hashes;
  for (std::size_t i = 0; i < kDemoAccounts; ++i) {
    auto hash = hasher.Hash(kDemoPassword);
    if (!hash) return Fail(hash.error());
    hashes.push_back(std::move(*hash));
  }

  const auto now = clock.Now();
  auto added = (*opened)->store().Write([&](domain::Transaction& tx) -> core::Result<Added> {
    return DemoBuilder(tx, hasher, hashes, now).Build();
  });
  if (!added) return Fail(added.error());
  auto briefings =
      AddDemoBriefings((*opened)->store(), added->partnership_id, domain::LondonDate(now));
  if (!briefings) return Fail(briefings.error());
  security::SodiumRandom random;
  auto assurance =
      AddDemoAssurance((*opened)->store(), added->partnership_id, domain::LondonDate(now), random);
  if (!assurance) return Fail(assurance.error());
  auto governance =
      AddDemoGovernance((*opened)->store(), added->partnership_id, domain::LondonDate(now));
  if (!governance) return Fail(governance.error());

  std::printf(
      "demo: %s (%s) is ready; added %d partnership(s), %d agencies, %d users, %d memberships, "
      "%d password(s), %d case(s), %d action(s), %d progress update(s), %d review round(s), "
      "%d briefing(s), %d dissemination record(s), %d QA activities, %d self-evaluation "
      "round(s) with %d return(s), %d staff survey(s) with %d answer(s), %d case audit(s) with "
      "%d record(s), %d thematic review(s) with %d finding(s) and %d recommendation(s), %d "
      "governance bodies with %d member(s), %d meeting(s) (%d held) with %d paper(s), "
      "%d decision(s) and %d action(s)\n\n",
      kDemoName, kDemoSlug, added->partnerships, added->agencies, added->users, added->memberships,
      added->passwords, added->cases, added->actions, added->updates, added->rounds,
      briefings->briefings, briefings->disseminations, assurance->activities, assurance->rounds,
      assurance->returns, assurance->surveys, assurance->survey_answers, assurance->audits,
      assurance->audit_records, assurance->thematic_reviews, assurance->findings,
      assurance->recommendations, governance->bodies, governance->members, governance->meetings,
      governance->held, governance->papers, governance->decisions, governance->actions);
  std::printf("Sign in as any of these (made-up people; the demo needs no second factor):\n\n");
  std::printf("  %-38s %-18s %-22s %s\n", "email", "role", "password", "agency");
  const auto print = [](const DemoUser& user) {
    const std::string role{domain::RoleName(user.role)};
    if (user.agency == nullptr) {
      std::printf("  %-38s %-18s %s\n", DemoEmail(user).c_str(), role.c_str(), kDemoPassword);
    } else {
      std::printf("  %-38s %-18s %-22s %s\n", DemoEmail(user).c_str(), role.c_str(), kDemoPassword,
                  user.agency);
    }
  };
  for (const auto& user : kDemoUsers) print(user);
  for (const auto& user : kDemoAgencyLeads) print(user);
  return kExitOk;
}

}  // namespace assure::cli
