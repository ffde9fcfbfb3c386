#include "domain/governance/body_service.h"

#include <algorithm>
#include <set>
#include <utility>

#include "domain/governance/body_repository.h"
#include "domain/governance/governance_access.h"
#include "domain/london_date.h"
#include "domain/text_rules.h"

namespace assure::domain {
namespace {

core::Error MayNotRun() {
  return core::Error::Forbidden("Only the business unit changes the partnership's structure.");
}

void Trim(BodyContent& content) { content.name = TrimName(content.name); }

void Trim(BodyMember& member) {
  member.person = TrimName(member.person);
  member.post = TrimName(member.post);
}

// Checks the content against the partnership's other bodies: the parent exists and closes no
// loop (`id` 0 for a new body).
core::Status CheckContent(Transaction& tx, const Requester& requester, BodyId id,
                          const BodyContent& content, const std::vector<BodyMember>& members) {
  ASSURE_TRY(ValidateBodyContent(content, members));
  if (!content.parent_id) return core::Ok();
  ASSURE_ASSIGN_OR_RETURN(const auto bodies, tx.bodies(requester.partnership_id()).List());
  const bool known = std::any_of(bodies.begin(), bodies.end(),
                                 [&](const Body& b) { return b.id == *content.parent_id; });
  if (!known) return core::Error::InvalidInput("parent_id", "Choose a body of this partnership.");
  if (id != 0 && MakesLoop(id, *content.parent_id, bodies)) {
    return core::Error::InvalidInput("parent_id",
                                     "A body cannot sit under itself or one of its own groups.");
  }
  return core::Ok();
}

// The member's agency and account must be of the partnership.
core::Status CheckMemberLinks(Transaction& tx, const Requester& requester,
                              const BodyMember& member) {
  const PartnershipId partnership = requester.partnership_id();
  if (member.agency_id) {
    auto agency = tx.agencies(partnership).Get(*member.agency_id);
    if (!agency.ok()) {
      if (agency.error().code != core::ErrorCode::kNotFound) return agency.error();
      return core::Error::InvalidInput("agency_id", "Choose an agency of this partnership.");
    }
  }
  if (member.user_id) {
    auto user = tx.memberships(partnership).GetMemberUser(*member.user_id);
    if (!user.ok()) {
      if (user.error().code != core::ErrorCode::kNotFound) return user.error();
      return core::Error::InvalidInput("user_id", "Choose a person of this partnership.");
    }
  }
  return ValidateMember(member);
}

// Who may chair the body: members whose membership has not ended by `today` (they may start
// later), and the chair and vice-chair it has now, kept as they are.
std::vector<BodyMember> Eligible(const Body& body, CivilDate today) {
  std::vector<BodyMember> eligible;
  for (const BodyMember& member : body.members) {
    const bool current = !member.to_on || !(*member.to_on < today);
    const bool sitting =
        body.content.chair_id == member.id || body.content.vice_chair_id == member.id;
    if (current || sitting) eligible.push_back(member);
  }
  return eligible;
}

}  // namespace

core::Result<Body> BodyService::Create(const Requester& requester, BodyContent content) const {
  const core::Instant now = clock_.Now();
  Trim(content);
  auto created = store_.Write([&](Transaction& tx) -> core::Result<Body> {
    if (!MayRunGovernance(requester)) return MayNotRun();
    if (content.chair_id || content.vice_chair_id) {
      return core::Error::InvalidInput("chair_id", "Add the members first, then the chair.");
    }
    ASSURE_TRY(CheckContent(tx, requester, 0, content, {}));
    ASSURE_ASSIGN_OR_RETURN(Body body, tx.bodies(requester.partnership_id()).Create(content));
    ASSURE_TRY(
        WriteGovernanceAudit(tx, requester, now, "governance.body.create", BodySubject(body.id)));
    return body;
  });
  return AuditRefusal(store_, clock_, requester, "governance.body.create", {"body", "new"},
                      std::move(created));
}

core::Result<Body> BodyService::Update(const Requester& requester, BodyId id, Version version,
                                       BodyContent content) const {
  const core::Instant now = clock_.Now();
  Trim(content);
  auto updated = store_.Write([&](Transaction& tx) -> core::Result<Body> {
    if (!MayReadGovernance(requester)) return NoSuchBody();
    auto& bodies = tx.bodies(requester.partnership_id());
    ASSURE_ASSIGN_OR_RETURN(const Body body, bodies.Get(id));
    if (!MayRunGovernance(requester)) return MayNotRun();
    if (body.version != version) return StaleGovernance("body");
    ASSURE_TRY(CheckContent(tx, requester, id, content, Eligible(body, LondonDate(now))));
    ASSURE_ASSIGN_OR_RETURN(Body stored, bodies.Update(id, version, content));
    ASSURE_TRY(WriteGovernanceAudit(tx, requester, now, "governance.body.update", BodySubject(id)));
    return stored;
  });
  return AuditRefusal(store_, clock_, requester, "governance.body.update", BodySubject(id),
                      std::move(updated));
}

core::Result<std::vector<Body>> BodyService::List(const Requester& requester) const {
  auto bodies = store_.Read([&](Transaction& tx) -> core::Result<std::vector<Body>> {
    if (!MayReadGovernance(requester)) {
      return core::Error::Forbidden("You may not read the partnership's structure.");
    }
    return tx.bodies(requester.partnership_id()).List();
  });
  return AuditRefusal(store_, clock_, requester, "governance.body.list", {"body", "list"},
                      std::move(bodies));
}

core::Result<BodyView> BodyService::Get(const Requester& requester, BodyId id) const {
  const CivilDate today = LondonDate(clock_.Now());
  auto view = store_.Read([&](Transaction& tx) -> core::Result<BodyView> {
    if (!MayReadGovernance(requester)) return NoSuchBody();
    const PartnershipId partnership = requester.partnership_id();
    ASSURE_ASSIGN_OR_RETURN(const auto bodies, tx.bodies(partnership).List());
    BodyView out;
    const auto found =
        std::find_if(bodies.begin(), bodies.end(), [&](const Body& b) { return b.id == id; });
    if (found == bodies.end()) return NoSuchBody();
    out.body = *found;
    for (const Body& other : bodies) {
      if (other.content.parent_id == id) out.children.push_back(other);
      if (out.body.content.parent_id == other.id) out.parent_name = other.content.name;
    }
    ASSURE_ASSIGN_OR_RETURN(const auto agencies, tx.agencies(partnership).List());
    std::set<AgencyId> seated;
    for (const BodyMember& member : out.body.members) {
      if (member.agency_id && MemberOn(member, today) && member.role != MemberRole::kAdviser) {
        seated.insert(*member.agency_id);
      }
    }
    for (const Agency& agency : agencies) {
      out.agency_names.emplace(agency.id, agency.name);
      if (out.body.content.quorum.statutory_partners && agency.statutory_partner &&
          !seated.contains(agency.id)) {
        out.statutory_without_member.push_back(agency.id);
      }
    }
    out.may_edit = MayRunGovernance(requester);
    return out;
  });
  return AuditRefusal(store_, clock_, requester, "governance.body.read", BodySubject(id),
                      std::move(view));
}

core::Result<TermsOfReference> BodyService::SaveTerms(const Requester& requester, BodyId id,
                                                      std::string text,
                                                      std::optional<CivilDate> review_on) const {
  const core::Instant now = clock_.Now();
  const CivilDate today = LondonDate(now);
  auto saved = store_.Write([&](Transaction& tx) -> core::Result<TermsOfReference> {
    if (!MayReadGovernance(requester)) return NoSuchBody();
    auto& bodies = tx.bodies(requester.partnership_id());
    ASSURE_ASSIGN_OR_RETURN(const Body body, bodies.Get(id));
    if (!MayRunGovernance(requester)) return MayNotRun();
    ASSURE_TRY(ValidateTerms(text, review_on, today));
    TermsOfReference terms;
    terms.text = std::move(text);
    terms.review_on = review_on.value_or(AddMonths(today, 12));
    terms.saved_on = today;
    terms.saved_by = requester.user_id();
    ASSURE_ASSIGN_OR_RETURN(TermsOfReference stored, bodies.AddTerms(body.id, terms));
    ASSURE_TRY(WriteGovernanceAudit(tx, requester, now, "governance.body.terms", BodySubject(id),
                                    "version " + std::to_string(stored.number)));
    return stored;
  });
  return AuditRefusal(store_, clock_, requester, "governance.body.terms", BodySubject(id),
                      std::move(saved));
}

core::Result<std::vector<TermsOfReference>> BodyService::TermsHistory(const Requester& requester,
                                                                      BodyId id) const {
  auto history = store_.Read([&](Transaction& tx) -> core::Result<std::vector<TermsOfReference>> {
    if (!MayReadGovernance(requester)) return NoSuchBody();
    auto& bodies = tx.bodies(requester.partnership_id());
    ASSURE_TRY(bodies.Get(id));
    return bodies.TermsHistory(id);
  });
  return AuditRefusal(store_, clock_, requester, "governance.body.terms.read", BodySubject(id),
                      std::move(history));
}

core::Result<BodyMember> BodyService::AddMember(const Requester& requester, BodyId id,
                                                BodyMember member) const {
  const core::Instant now = clock_.Now();
  Trim(member);
  auto added = store_.Write([&](Transaction& tx) -> core::Result<BodyMember> {
    if (!MayReadGovernance(requester)) return NoSuchBody();
    auto& bodies = tx.bodies(requester.partnership_id());
    ASSURE_TRY(bodies.Get(id));
    if (!MayRunGovernance(requester)) return MayNotRun();
    member.id = 0;
    member.body_id = id;
    ASSURE_TRY(CheckMemberLinks(tx, requester, member));
    ASSURE_ASSIGN_OR_RETURN(BodyMember stored, bodies.AddMember(member));
    ASSURE_TRY(WriteGovernanceAudit(tx, requester, now, "governance.body.member.add",
                                    BodySubject(id), "member " + std::to_string(stored.id)));
    return stored;
  });
  return AuditRefusal(store_, clock_, requester, "governance.body.member.add", BodySubject(id),
                      std::move(added));
}

core::Result<BodyMember> BodyService::UpdateMember(const Requester& requester, BodyId id,
                                                   BodyMember member) const {
  const core::Instant now = clock_.Now();
  Trim(member);
  auto updated = store_.Write([&](Transaction& tx) -> core::Result<BodyMember> {
    if (!MayReadGovernance(requester)) return NoSuchBody();
    auto& bodies = tx.bodies(requester.partnership_id());
    ASSURE_ASSIGN_OR_RETURN(const Body body, bodies.Get(id));
    const bool known = std::any_of(body.members.begin(), body.members.end(),
                                   [&](const BodyMember& m) { return m.id == member.id; });
    if (!known) return core::Error::NotFound("There is no such member of this body.");
    if (!MayRunGovernance(requester)) return MayNotRun();
    member.body_id = id;
    ASSURE_TRY(CheckMemberLinks(tx, requester, member));
    const bool chairs =
        body.content.chair_id == member.id || body.content.vice_chair_id == member.id;
    if (chairs && member.to_on && *member.to_on < LondonDate(now)) {
      return core::Error::InvalidInput(
          "to_on", "This member is the chair or vice-chair: choose someone else for that first.");
    }
    ASSURE_ASSIGN_OR_RETURN(BodyMember stored, bodies.UpdateMember(member));
    ASSURE_TRY(WriteGovernanceAudit(tx, requester, now, "governance.body.member.update",
                                    BodySubject(id), "member " + std::to_string(stored.id)));
    return stored;
  });
  return AuditRefusal(store_, clock_, requester, "governance.body.member.update", BodySubject(id),
                      std::move(updated));
}

core::Result<std::vector<TermsDue>> BodyService::TermsPastReview(const Requester& requester) const {
  const CivilDate today = LondonDate(clock_.Now());
  return store_.Read([&](Transaction& tx) -> core::Result<std::vector<TermsDue>> {
    std::vector<TermsDue> due;
    if (!MayRunGovernance(requester)) return due;
    ASSURE_ASSIGN_OR_RETURN(const auto bodies, tx.bodies(requester.partnership_id()).List());
    for (const Body& body : bodies) {
      if (body.terms && body.terms->review_on < today) {
        due.push_back({body.id, body.content.name, body.terms->review_on});
      }
    }
    return due;
  });
}

}  // namespace assure::domain
