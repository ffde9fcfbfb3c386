#include "cli/demo/governance/demo_governance.h"

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "cli/demo/governance/governance_steps.h"
#include "domain/governance/body_repository.h"
#include "domain/governance/body_service.h"
#include "domain/governance/meetings/meeting.h"

namespace assure::cli {

namespace demo_governance {

using domain::Body;
using domain::BodyId;
using domain::BodyMember;
using domain::CivilDate;

// The demo's days lie in the calendar's verified years, so a failure is a bug in the demo: it
// aborts (as StepTimes does).
CivilDate GovernanceTimes::Day(int working_days_ago) const {
  return calendar_.AddWorkingDays(today_, -working_days_ago).value();
}

CivilDate GovernanceTimes::AddWorking(CivilDate day, int days) const {
  return calendar_.AddWorkingDays(day, days).value();
}

CivilDate GovernanceTimes::Working(CivilDate day) const {
  while (!calendar_.IsWorkingDay(day).value()) day = domain::AddDays(day, 1);
  return day;
}

CivilDate GovernanceTimes::Past(CivilDate day) const { return day < Day(1) ? day : Day(2); }

CivilDate GovernanceTimes::SetUp() const { return Working(domain::AddMonths(today_, -20)); }

core::Instant GovernanceTimes::At(CivilDate day) {
  const int minute = minutes_[day]++;
  return std::chrono::time_point_cast<std::chrono::microseconds>(
      std::chrono::sys_days{day} + std::chrono::hours{9} + std::chrono::minutes{minute});
}

core::Result<Partnership> ReadPartnership(domain::Transaction& tx, domain::PartnershipId id) {
  Partnership read;
  ASSURE_ASSIGN_OR_RETURN(const auto bodies, tx.bodies(id).List());
  read.governed = !bodies.empty();
  if (read.governed) return read;
  ASSURE_ASSIGN_OR_RETURN(read.people, ReadPeople(tx, id));
  ASSURE_ASSIGN_OR_RETURN(const auto members, tx.memberships(id).ListMembers());
  for (const domain::Member& member : members) {
    if (member.user.disabled || member.membership.role != domain::Role::kBoardMember) continue;
    if (!read.board_member || member.user.id < read.board_member->id) {
      read.board_member = member.user;
    }
  }
  ASSURE_ASSIGN_OR_RETURN(auto agencies, tx.agencies(id).List());
  std::sort(agencies.begin(), agencies.end(),
            [](const auto& a, const auto& b) { return a.id < b.id; });
  for (const domain::Agency& agency : agencies) {
    read.agencies.try_emplace(agency.type, agency);
    if (agency.statutory_partner) read.statutory.insert(agency.id);
  }
  for (const AgencyType type :
       {AgencyType::kLocalAuthority, AgencyType::kPolice, AgencyType::kHealth,
        AgencyType::kEducation, AgencyType::kProbation, AgencyType::kVoluntarySector}) {
    if (!read.agencies.contains(type)) {
      return core::Error::NotFound("The demo partnership has no " +
                                   std::string{domain::AgencyTypeName(type)} + " agency.");
    }
  }
  return read;
}

namespace {

// The body's terms of reference on `day` (version `number`), from its members that day.
std::string Terms(const Partnership& partnership, const BodyText& text, const Body& body,
                  CivilDate day, int number) {
  const auto agency_name = [&](const BodyMember& member) -> std::string {
    for (const auto& [type, agency] : partnership.agencies) {
      if (member.agency_id == agency.id) return " (" + agency.name + ")";
    }
    return "";
  };
  std::string terms = "# " + std::string{text.name} + ": terms of reference\n\n## Purpose\n\n" +
                      std::string{text.purpose} + "\n\n## Membership\n\n";
  for (const BodyMember& member : domain::ExpectedMembers(body.members, day)) {
    terms += "- " + (member.person.empty() ? "" : member.person + ", ") + member.post +
             agency_name(member);
    if (member.role != domain::MemberRole::kMember) {
      terms += ", " + std::string{domain::MemberRoleName(member.role)};
    }
    terms += "\n";
  }
  terms +=
      "\nEach member names a deputy who may attend and decide in their place. Advisers attend "
      "to advise and do not count towards the quorum.\n\n## Quorum\n\nAt least " +
      std::to_string(text.quorum) + " members or their deputies";
  if (text.statutory) {
    std::string partners;
    for (const auto& [type, agency] : partnership.agencies) {
      if (!partnership.statutory.contains(agency.id)) continue;
      partners += (partners.empty() ? "" : ", ") + agency.name;
    }
    terms += ", including one from each statutory partner: " + partners;
  }
  terms += ".\n\n## Frequency\n\n" + std::string{text.frequency} + "\n";
  if (number > 1) {
    terms += "\n## Changes in version " + std::to_string(number) + "\n\n" +
             std::string{text.revision} + "\n";
  }
  return terms;
}

class StructureWriter {
 public:
  StructureWriter(domain::Store& store, const Partnership& partnership, GovernanceTimes& times,
                  WrittenGovernance& written)
      : store_(store),
        partnership_(partnership),
        manager_(partnership.people.manager),
        times_(times),
        written_(written),
        set_up_(times.SetUp()) {}

  core::Result<std::vector<WrittenBody>> Write() {
    std::vector<WrittenBody> bodies;
    for (const BodyText& text : kBodies) {
      std::optional<BodyId> parent;
      if (text.parent >= 0) parent = bodies[static_cast<std::size_t>(text.parent)].body.id;
      ASSURE_ASSIGN_OR_RETURN(WrittenBody body, Create(text, parent));
      bodies.push_back(std::move(body));
    }
    for (WrittenBody& body : bodies) ASSURE_TRY(Change(body));
    const CivilDate reviewed = times_.Working(domain::AddMonths(times_.today(), -6));
    for (WrittenBody& body : bodies) {
      if (!body.text->revision.empty()) ASSURE_TRY(SaveTerms(body, reviewed, 2));
      ASSURE_ASSIGN_OR_RETURN(body.body, Read(body.body.id));
    }
    return bodies;
  }

 private:
  core::Result<Body> Read(BodyId id) {
    return store_.Read(
        [&](domain::Transaction& tx) { return tx.bodies(manager_.partnership_id()).Get(id); });
  }

  // The day of a change `months` after the set-up.
  CivilDate ChangeDay(int months) const {
    return times_.Working(domain::AddMonths(set_up_, months));
  }

  core::Status AddMember(WrittenBody& body, const MemberText& text, CivilDate on, CivilDate from) {
    BodyMember member;
    member.person = std::string{text.person};
    member.post = std::string{text.post};
    if (text.board_member && partnership_.board_member) {
      member.person = partnership_.board_member->display_name;
      member.user_id = partnership_.board_member->id;
    }
    if (text.agency != AgencyType::kOther) {
      member.agency_id = partnership_.agencies.at(text.agency).id;
    }
    member.role = text.role;
    member.from_on = from;
    StepClock clock(times_.At(on));
    ASSURE_ASSIGN_OR_RETURN(
        const BodyMember added,
        domain::BodyService(store_, clock).AddMember(manager_, body.body.id, std::move(member)));
    body.members.emplace(added.id, &text);
    ++written_.members;
    return core::Ok();
  }

  core::Status SaveTerms(WrittenBody& body, CivilDate on, int number) {
    ASSURE_ASSIGN_OR_RETURN(const Body stored, Read(body.body.id));
    StepClock clock(times_.At(on));
    ASSURE_TRY(domain::BodyService(store_, clock)
                   .SaveTerms(manager_, stored.id,
                              Terms(partnership_, *body.text, stored, on, number), std::nullopt));
    ++written_.terms;
    return core::Ok();
  }

  // The body, its first members, chair and vice-chair, and its first terms, on the set-up day.
  core::Result<WrittenBody> Create(const BodyText& text, std::optional<BodyId> parent) {
    domain::BodyContent content;
    content.name = std::string{text.name};
    content.kind = text.kind;
    content.parent_id = parent;
    content.quorum = {text.quorum, text.statutory};
    WrittenBody body;
    body.text = &text;
    {
      StepClock clock(times_.At(set_up_));
      ASSURE_ASSIGN_OR_RETURN(body.body,
                              domain::BodyService(store_, clock).Create(manager_, content));
      ++written_.bodies;
    }
    for (const MemberText& member : text.members) {
      if (member.joins == 0) ASSURE_TRY(AddMember(body, member, set_up_, set_up_));
    }
    ASSURE_ASSIGN_OR_RETURN(body.body, Read(body.body.id));
    const auto id_of = [&](int index) -> std::optional<domain::BodyMemberId> {
      const MemberText* wanted = &text.members[static_cast<std::size_t>(index)];
      for (const auto& [id, member] : body.members) {
        if (member == wanted) return id;
      }
      return std::nullopt;
    };
    content.chair_id = id_of(text.chair);
    content.vice_chair_id = id_of(text.vice_chair);
    StepClock clock(times_.At(set_up_));
    ASSURE_ASSIGN_OR_RETURN(
        body.body, domain::BodyService(store_, clock)
                       .Update(manager_, body.body.id, body.body.version, std::move(content)));
    ASSURE_TRY(SaveTerms(body, set_up_, 1));
    return body;
  }

  // Members who leave, then those who join, each on the day of their change.
  core::Status Change(WrittenBody& body) {
    for (const MemberText& text : body.text->members) {
      if (text.leaves == 0) continue;
      const CivilDate day = ChangeDay(text.leaves);
      ASSURE_ASSIGN_OR_RETURN(const Body stored, Read(body.body.id));
      for (BodyMember member : stored.members) {
        if (body.members.at(member.id) != &text) continue;
        member.to_on = day;
        StepClock clock(times_.At(day));
        ASSURE_TRY(domain::BodyService(store_, clock).UpdateMember(manager_, stored.id, member));
      }
    }
    for (const MemberText& text : body.text->members) {
      if (text.joins == 0) continue;
      const CivilDate day = ChangeDay(text.joins);
      ASSURE_TRY(AddMember(body, text, day, domain::AddDays(day, 1)));
    }
    return core::Ok();
  }

  domain::Store& store_;
  const Partnership& partnership_;
  const domain::Requester& manager_;
  GovernanceTimes& times_;
  WrittenGovernance& written_;
  CivilDate set_up_;
};

}  // namespace

core::Result<std::vector<WrittenBody>> WriteStructure(domain::Store& store,
                                                      const Partnership& partnership,
                                                      GovernanceTimes& times,
                                                      WrittenGovernance& written) {
  return StructureWriter(store, partnership, times, written).Write();
}

}  // namespace demo_governance

core::Result<WrittenGovernance> AddDemoGovernance(domain::Store& store,
                                                  domain::PartnershipId partnership_id,
                                                  domain::CivilDate today) {
  using demo_governance::Partnership;
  ASSURE_ASSIGN_OR_RETURN(const Partnership partnership, store.Read([&](domain::Transaction& tx) {
    return demo_governance::ReadPartnership(tx, partnership_id);
  }));
  WrittenGovernance written;
  if (partnership.governed) return written;
  demo_governance::GovernanceTimes times(today);
  ASSURE_ASSIGN_OR_RETURN(const auto bodies,
                          demo_governance::WriteStructure(store, partnership, times, written));
  for (std::size_t i = 0; i < bodies.size(); ++i) {
    ASSURE_TRY(demo_governance::WriteMeetings(store, partnership, times, bodies[i],
                                              static_cast<int>(i), written));
  }
  return written;
}

}  // namespace assure::cli
