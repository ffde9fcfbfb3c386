// The partnership's bodies (DOMAIN.md, area 5): its boards, groups, subgroups and task-and-finish
// groups as a tree (each body but the roots has a parent), each with a chair and a vice-chair
// from its members, terms of reference (Markdown, versioned, with a review date) and a quorum
// rule; and their members: a person or a named post, of an agency, in a role, from a date and
// perhaps to a date. Plain values and pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/civil_date.h"
#include "domain/identity/user.h"
#include "domain/ids.h"

namespace assure::domain {

using BodyId = std::int64_t;
using BodyMemberId = std::int64_t;

enum class BodyKind { kBoard, kPartnershipGroup, kSubgroup, kTaskAndFinishGroup };
// "board", "partnership_group", "subgroup", "task_and_finish_group".
std::string_view BodyKindName(BodyKind kind);
std::optional<BodyKind> ParseBodyKind(std::string_view name);
std::string_view BodyKindLabel(BodyKind kind);  // "Task and finish group"
std::span<const BodyKind> AllBodyKinds();

// member: a full member (counts towards the quorum); deputy: a standing deputy (counts too);
// adviser: attends to advise (expected, but not counted towards the quorum).
enum class MemberRole { kMember, kDeputy, kAdviser };
std::string_view MemberRoleName(MemberRole role);  // "member", "deputy", "adviser"
std::optional<MemberRole> ParseMemberRole(std::string_view name);
std::string_view MemberRoleLabel(MemberRole role);  // "Member"
std::span<const MemberRole> AllMemberRoles();

// At least `minimum` members (or deputies sent for them) at the meeting, and, when
// `statutory_partners`, at least one from each of the partnership's statutory partner agencies.
struct QuorumRule {
  int minimum = 1;  // 1..100
  bool statutory_partners = false;
};

// One version of a body's terms of reference; versions are kept, never overwritten.
struct TermsOfReference {
  int number = 0;       // 1, 2, ... within the body
  std::string text;     // Markdown, 1..50,000 characters
  CivilDate review_on;  // when they are due for review (a to-do once it has passed)
  CivilDate saved_on;
  UserId saved_by = 0;
};

struct BodyMember {
  BodyMemberId id = 0;
  BodyId body_id = 0;
  std::string person;             // a person's name; empty for a named post
  std::string post;               // "Director of Children's Services"; a post, or the person's post
  std::optional<UserId> user_id;  // the person's account, when they have one (reads papers)
  std::optional<AgencyId> agency_id;
  MemberRole role = MemberRole::kMember;
  CivilDate from_on;
  std::optional<CivilDate> to_on;  // last day of membership; unset: current
};

// The person's name, else the post.
std::string MemberName(const BodyMember& member);
// Whether the member sits on the body on `day` (from_on <= day <= to_on).
bool MemberOn(const BodyMember& member, CivilDate day);

struct BodyContent {
  std::string name;  // 1..200 characters, unique within the partnership
  BodyKind kind = BodyKind::kSubgroup;
  std::optional<BodyId> parent_id;
  std::optional<BodyMemberId> chair_id;       // a member of this body
  std::optional<BodyMemberId> vice_chair_id;  // a member of this body, not the chair
  QuorumRule quorum;
};

struct Body {
  BodyId id = 0;
  PartnershipId partnership_id = 0;
  BodyContent content;
  std::optional<TermsOfReference> terms;  // the latest version, if any
  std::vector<BodyMember> members;        // every member, past and present, by from_on then id
  Version version = 0;
};

// Checks what a person enters: fields "name", "quorum_minimum", "chair_id", "vice_chair_id" (the
// chair and vice-chair must be among `members`, those who may chair it, and differ).
core::Status ValidateBodyContent(const BodyContent& content,
                                 const std::vector<BodyMember>& members);
// Whether making `parent` the parent of `body` would close a loop in the tree, given every
// body's current parent (a body may not be its own ancestor).
bool MakesLoop(BodyId body, BodyId parent, const std::vector<Body>& bodies);
// Fields "person" / "post" (one of them, each a name) and "to_on" (not before from_on); the
// agency and account are checked against the partnership by BodyService.
core::Status ValidateMember(const BodyMember& member);
// Fields "terms" (the text) and "review_on" (after today).
core::Status ValidateTerms(std::string_view text, std::optional<CivilDate> review_on,
                           CivilDate today);

}  // namespace assure::domain
