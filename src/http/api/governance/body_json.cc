#include "http/api/governance/body_json.h"

#include <algorithm>
#include <cstdint>
#include <utility>

#include "http/common/json_fields.h"

namespace assure::http::api {

using nlohmann::json;

namespace {

// Every field of the body but its members and terms.
json BodyFieldsJson(const domain::Body& body) {
  const domain::BodyContent& content = body.content;
  return {{"id", body.id},
          {"name", content.name},
          {"kind", domain::BodyKindName(content.kind)},
          {"parent_id", OptionalJson(content.parent_id)},
          {"chair_id", OptionalJson(content.chair_id)},
          {"vice_chair_id", OptionalJson(content.vice_chair_id)},
          {"quorum_minimum", content.quorum.minimum},
          {"quorum_statutory_partners", content.quorum.statutory_partners},
          {"version", body.version}};
}

}  // namespace

json BodySummaryJson(const domain::Body& body) {
  json answer = BodyFieldsJson(body);
  answer["terms_number"] = body.terms ? json(body.terms->number) : json();
  answer["terms_review_on"] = body.terms ? DateJson(body.terms->review_on) : json();
  return answer;
}

json TermsJson(const domain::TermsOfReference& terms) {
  return {{"number", terms.number},
          {"text", terms.text},
          {"review_on", DateJson(terms.review_on)},
          {"saved_on", DateJson(terms.saved_on)},
          {"saved_by", terms.saved_by}};
}

json MemberJson(const domain::BodyMember& member) {
  return {{"id", member.id},
          {"body_id", member.body_id},
          {"person", member.person},
          {"post", member.post},
          {"name", domain::MemberName(member)},
          {"user_id", OptionalJson(member.user_id)},
          {"agency_id", OptionalJson(member.agency_id)},
          {"role", domain::MemberRoleName(member.role)},
          {"from_on", DateJson(member.from_on)},
          {"to_on", DateJson(member.to_on)}};
}

json BodyJson(const domain::Body& body) {
  json answer = BodyFieldsJson(body);
  answer["terms"] = body.terms ? TermsJson(*body.terms) : json();
  json members = json::array();
  for (const auto& member : body.members) members.push_back(MemberJson(member));
  answer["members"] = std::move(members);
  return answer;
}

json BodyViewJson(const domain::BodyView& view) {
  json answer = BodyJson(view.body);
  for (auto& member : answer["members"]) {
    const json& agency_id = member["agency_id"];
    json name = nullptr;
    if (agency_id.is_number_integer()) {
      const auto found = view.agency_names.find(agency_id.get<domain::AgencyId>());
      if (found != view.agency_names.end()) name = found->second;
    }
    member["agency"] = std::move(name);
  }
  answer["parent_name"] = OptionalJson(view.parent_name);
  json children = json::array();
  for (const auto& child : view.children) children.push_back(child.id);
  answer["child_ids"] = std::move(children);
  answer["statutory_without_member"] = view.statutory_without_member;
  answer["may_edit"] = view.may_edit;
  return answer;
}

core::Result<domain::BodyContent> BodyContentFrom(const json& body) {
  JsonFields fields(body);
  domain::BodyContent content;
  content.name = fields.Text("name");
  const auto kind = domain::ParseBodyKind(fields.Text("kind"));
  if (!kind) {
    fields.Fail("kind", "Choose board, partnership_group, subgroup or task_and_finish_group.");
  }
  content.kind = kind.value_or(domain::BodyKind::kSubgroup);
  content.parent_id = fields.Id("parent_id");
  content.chair_id = fields.Id("chair_id");
  content.vice_chair_id = fields.Id("vice_chair_id");
  const auto minimum = fields.Index("quorum_minimum");
  if (!minimum && !fields.Has("quorum_minimum")) {
    fields.Fail("quorum_minimum", "Enter the quorum: a whole number from 1 to 100.");
  }
  // Past the domain's range, but still out of it: ValidateBodyContent refuses it.
  content.quorum.minimum = static_cast<int>(std::min<std::int64_t>(minimum.value_or(1), 1000));
  content.quorum.statutory_partners = fields.Bool("quorum_statutory_partners");
  return ValueIfAllRead(fields, std::move(content));
}

core::Result<domain::BodyMember> MemberFrom(const json& body) {
  JsonFields fields(body);
  domain::BodyMember member;
  member.person = fields.Text("person");
  member.post = fields.Text("post");
  member.user_id = fields.Id("user_id");
  member.agency_id = fields.Id("agency_id");
  const auto role = domain::ParseMemberRole(fields.Text("role"));
  if (!role) fields.Fail("role", "Choose member, deputy or adviser.");
  member.role = role.value_or(domain::MemberRole::kMember);
  member.from_on = fields.RequiredDate("from_on");
  member.to_on = fields.Date("to_on");
  return ValueIfAllRead(fields, std::move(member));
}

core::Result<TermsInput> TermsFrom(const json& body) {
  JsonFields fields(body);
  TermsInput input;
  input.text = fields.Text("text");
  input.review_on = fields.Date("review_on");
  return ValueIfAllRead(fields, std::move(input));
}

core::Error WithApiField(core::Error error, std::string_view domain_field,
                         std::string_view api_field) {
  if (error.field == domain_field) error.field = std::string{api_field};
  return error;
}

}  // namespace assure::http::api
