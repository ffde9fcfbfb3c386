#include "domain/governance/body.h"

#include <array>
#include <map>
#include <set>
#include <utility>

#include "domain/enum_names.h"
#include "domain/text_rules.h"

namespace assure::domain {
namespace {

constexpr std::array<std::pair<BodyKind, std::string_view>, 4> kKinds{{
    {BodyKind::kBoard, "board"},
    {BodyKind::kPartnershipGroup, "partnership_group"},
    {BodyKind::kSubgroup, "subgroup"},
    {BodyKind::kTaskAndFinishGroup, "task_and_finish_group"},
}};
constexpr std::array<std::pair<BodyKind, std::string_view>, 4> kKindLabels{{
    {BodyKind::kBoard, "Board"},
    {BodyKind::kPartnershipGroup, "Partnership group"},
    {BodyKind::kSubgroup, "Subgroup"},
    {BodyKind::kTaskAndFinishGroup, "Task and finish group"},
}};
constexpr std::array<BodyKind, 4> kAllKinds{BodyKind::kBoard, BodyKind::kPartnershipGroup,
                                            BodyKind::kSubgroup, BodyKind::kTaskAndFinishGroup};

constexpr std::array<std::pair<MemberRole, std::string_view>, 3> kRoles{{
    {MemberRole::kMember, "member"},
    {MemberRole::kDeputy, "deputy"},
    {MemberRole::kAdviser, "adviser"},
}};
constexpr std::array<std::pair<MemberRole, std::string_view>, 3> kRoleLabels{{
    {MemberRole::kMember, "Member"},
    {MemberRole::kDeputy, "Deputy"},
    {MemberRole::kAdviser, "Adviser"},
}};
constexpr std::array<MemberRole, 3> kAllRoles{MemberRole::kMember, MemberRole::kDeputy,
                                              MemberRole::kAdviser};

constexpr std::size_t kMaxTerms = 50000;
constexpr int kMaxQuorum = 100;

const BodyMember* FindMember(const std::vector<BodyMember>& members, BodyMemberId id) {
  for (const BodyMember& member : members) {
    if (member.id == id) return &member;
  }
  return nullptr;
}

}  // namespace

std::string_view BodyKindName(BodyKind kind) { return NameOf<BodyKind>(kKinds, kind); }
std::optional<BodyKind> ParseBodyKind(std::string_view name) {
  return ParseName<BodyKind>(kKinds, name);
}
std::string_view BodyKindLabel(BodyKind kind) { return NameOf<BodyKind>(kKindLabels, kind); }
std::span<const BodyKind> AllBodyKinds() { return kAllKinds; }

std::string_view MemberRoleName(MemberRole role) { return NameOf<MemberRole>(kRoles, role); }
std::optional<MemberRole> ParseMemberRole(std::string_view name) {
  return ParseName<MemberRole>(kRoles, name);
}
std::string_view MemberRoleLabel(MemberRole role) { return NameOf<MemberRole>(kRoleLabels, role); }
std::span<const MemberRole> AllMemberRoles() { return kAllRoles; }

std::string MemberName(const BodyMember& member) {
  return member.person.empty() ? member.post : member.person;
}

bool MemberOn(const BodyMember& member, CivilDate day) {
  if (day < member.from_on) return false;
  return !member.to_on || !(*member.to_on < day);
}

core::Status ValidateBodyContent(const BodyContent& content,
                                 const std::vector<BodyMember>& members) {
  ASSURE_TRY(ValidateName("name", content.name));
  if (content.quorum.minimum < 1 || content.quorum.minimum > kMaxQuorum) {
    return core::Error::InvalidInput("quorum_minimum",
                                     "The quorum must be a whole number from 1 to 100.");
  }
  for (const auto& [field, id] : {std::pair{"chair_id", content.chair_id},
                                  std::pair{"vice_chair_id", content.vice_chair_id}}) {
    if (id && FindMember(members, *id) == nullptr) {
      return core::Error::InvalidInput(field, "Choose a member of this body.");
    }
  }
  if (content.chair_id && content.chair_id == content.vice_chair_id) {
    return core::Error::InvalidInput("vice_chair_id",
                                     "The vice-chair must be someone other than the chair.");
  }
  return core::Ok();
}

bool MakesLoop(BodyId body, BodyId parent, const std::vector<Body>& bodies) {
  std::map<BodyId, std::optional<BodyId>> parents;
  for (const Body& b : bodies) parents.emplace(b.id, b.content.parent_id);
  std::set<BodyId> seen;
  std::optional<BodyId> at = parent;
  while (at) {
    if (*at == body) return true;
    if (!seen.insert(*at).second) return true;  // an existing loop: refuse to build on it
    const auto found = parents.find(*at);
    if (found == parents.end()) return false;
    at = found->second;
  }
  return false;
}

core::Status ValidateMember(const BodyMember& member) {
  if (member.person.empty() && member.post.empty()) {
    return core::Error::InvalidInput("person", "Enter the person's name or the post.");
  }
  if (!member.person.empty()) ASSURE_TRY(ValidateName("person", member.person));
  if (!member.post.empty()) ASSURE_TRY(ValidateName("post", member.post));
  if (member.to_on && *member.to_on < member.from_on) {
    return core::Error::InvalidInput("to_on", "The end date cannot be before the start date.");
  }
  return core::Ok();
}

core::Status ValidateTerms(std::string_view text, std::optional<CivilDate> review_on,
                           CivilDate today) {
  ASSURE_TRY(ValidateLongText("terms", text, kMaxTerms, /*required=*/true));
  if (review_on && !(today < *review_on)) {
    return core::Error::InvalidInput("review_on", "The review date must be after today.");
  }
  return core::Ok();
}

}  // namespace assure::domain
