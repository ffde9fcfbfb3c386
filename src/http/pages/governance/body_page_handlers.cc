// The structure page (GET /governance: the tree drawn from body_tree.h's geometry, and the same
// tree as a nested list with each body's kind, chair and number of current members) and a body's
// page (GET /governance/bodies/{id}); and AddBodyRoutes, which adds every route of
// body_page_handlers.h.
#include "http/pages/governance/body_page_handlers.h"

#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "domain/governance/governance_access.h"
#include "http/common/display.h"
#include "http/common/errors.h"
#include "http/common/page_render.h"
#include "http/pages/governance/body_support.h"
#include "http/pages/governance/body_tree.h"
#include "reports/markdown_html.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

std::string Counted(std::size_t count, std::string_view one, std::string_view many) {
  if (count == 0) return "No " + std::string{many};
  return std::to_string(count) + " " + std::string{count == 1 ? one : many};
}

std::size_t CurrentCount(const domain::Body& body, domain::CivilDate today) {
  return static_cast<std::size_t>(
      std::count_if(body.members.begin(), body.members.end(),
                    [today](const auto& member) { return CurrentMember(member, today); }));
}

// The tree's context: {view_box, description, box_width, box_height, boxes, lines}.
json TreeView(const BodyTree& tree, const std::map<domain::BodyId, const domain::Body*>& by_id) {
  json boxes = json::array();
  std::string description =
      "The partnership's " + Counted(tree.boxes.size(), "body", "bodies") + ": ";
  for (std::size_t i = 0; i < tree.boxes.size(); ++i) {
    const auto& box = tree.boxes[i];
    const auto& body = *by_id.at(box.id);
    const std::string kind{domain::BodyKindLabel(body.content.kind)};
    boxes.push_back({{"href", BodyPageHref(body.id)},
                     {"name", body.content.name},
                     {"label", box.label},
                     {"kind", kind},
                     {"x", box.x},
                     {"y", box.y},
                     {"text_x", box.x + 10},
                     {"name_y", box.y + 24},
                     {"kind_y", box.y + 45}});
    description += (i == 0 ? "" : "; ") + body.content.name + " (" + kind + ")";
    const auto parent = body.content.parent_id ? by_id.find(*body.content.parent_id) : by_id.end();
    if (parent != by_id.end() && box.depth > 0) {
      description += ", under " + parent->second->content.name;
    }
  }
  json lines = json::array();
  for (const auto& line : tree.lines) {
    lines.push_back({{"x1", line.x1}, {"y1", line.y1}, {"x2", line.x2}, {"y2", line.y2}});
  }
  return {{"view_box", "0 0 " + std::to_string(tree.width) + " " + std::to_string(tree.height)},
          {"description", description + "."},
          {"box_width", kTreeBoxWidth},
          {"box_height", kTreeBoxHeight},
          {"boxes", boxes},
          {"lines", lines}};
}

// The nested list's steps, each with every key the template reads: {ul_open, body (an item's
// {href, name, kind, chair, members}, or false), li_close, ul_close}.
json OutlineView(const BodyTree& tree, const std::map<domain::BodyId, const domain::Body*>& by_id,
                 domain::CivilDate today) {
  json steps = json::array();
  for (const auto& entry : tree.outline) {
    json body = false;
    if (entry.step == OutlineStep::kItem) {
      const auto& record = *by_id.at(entry.id);
      const std::string chair = MemberNameOf(record, record.content.chair_id);
      body = {
          {"href", BodyPageHref(record.id)},
          {"name", record.content.name},
          {"kind", domain::BodyKindLabel(record.content.kind)},
          {"chair", chair.empty() ? "No chair named" : "Chair: " + chair},
          {"members", Counted(CurrentCount(record, today), "current member", "current members")}};
    }
    steps.push_back({{"ul_open", entry.step == OutlineStep::kOpenList},
                     {"body", std::move(body)},
                     {"li_close", entry.step == OutlineStep::kCloseItem},
                     {"ul_close", entry.step == OutlineStep::kCloseList}});
  }
  return steps;
}

core::Result<Response> StructurePage(const BodyPages& pages, const Request& request) {
  const auto requester = RequesterOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto bodies, pages.bodies.List(requester));
  std::map<domain::BodyId, const domain::Body*> by_id;
  for (const auto& body : bodies) by_id[body.id] = &body;
  const auto tree = LayOutBodies(bodies);
  json page{{"title", "Governance structure"},
            {"has_bodies", !bodies.empty()},
            {"tree", bodies.empty() ? json(false) : TreeView(tree, by_id)},
            {"outline", OutlineView(tree, by_id, pages.Today())},
            {"may_edit", domain::MayRunGovernance(requester)},
            {"new_href", "/governance/bodies/new"}};
  return RenderPage(pages.context.renderer, request, "governance_structure", std::move(page));
}

json MemberRow(const domain::BodyMember& member, const domain::BodyView& view, bool may_edit) {
  return {{"name", domain::MemberName(member)},
          {"post", member.post},
          {"agency", member.agency_id ? AgencyName(view.agency_names, *member.agency_id) : ""},
          {"role", domain::MemberRoleLabel(member.role)},
          {"from", DateText(member.from_on)},
          {"to", DateText(member.to_on)},
          {"edit_href",
           may_edit ? BodyPageHref(view.body.id) + "/members/" + std::to_string(member.id) + "/edit"
                    : ""}};
}

void AddTerms(json& page, const domain::Body& body, domain::CivilDate today) {
  page["has_terms"] = body.terms.has_value();
  if (!body.terms) return;
  const auto& terms = *body.terms;
  page["terms_version"] = "Version " + std::to_string(terms.number);
  page["terms_saved"] = DateText(terms.saved_on);
  page["terms_review"] = DateText(terms.review_on);
  page["terms_overdue"] = terms.review_on < today;
  page["markdown_html"] = reports::MarkdownHtml(terms.text, 3);
}

core::Result<Response> BodyPage(const BodyPages& pages, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto view,
                          pages.bodies.Get(RequesterOf(request), BodyIdOf(request)));
  const auto& body = view.body;
  const auto today = pages.Today();
  const std::string href = BodyPageHref(body.id);
  json members = json::array();
  json past = json::array();
  for (const auto& member : body.members) {
    (CurrentMember(member, today) ? members : past)
        .push_back(MemberRow(member, view, view.may_edit));
  }
  json children = json::array();
  for (const auto& child : view.children) {
    children.push_back({{"href", BodyPageHref(child.id)},
                        {"name", child.content.name},
                        {"kind", domain::BodyKindLabel(child.content.kind)}});
  }
  const std::string chair = MemberNameOf(body, body.content.chair_id);
  const std::string vice_chair = MemberNameOf(body, body.content.vice_chair_id);
  std::string warning;
  if (!view.statutory_without_member.empty()) {
    warning = "No current member from " +
              JoinNames(view.statutory_without_member, view.agency_names) +
              ": the quorum rule's statutory partners cannot all be present.";
  }
  const auto done = request.QueryParam("done").value_or("");
  std::string notice;
  if (done == "saved") notice = "The body was saved.";
  if (done == "terms") notice = "The new version of the terms of reference was saved.";
  if (done == "member") notice = "The member's details were saved.";
  json page{{"title", body.content.name},
            {"caption", domain::BodyKindLabel(body.content.kind)},
            {"kind", domain::BodyKindLabel(body.content.kind)},
            {"parent", view.parent_name.value_or("")},
            {"parent_href", body.content.parent_id ? BodyPageHref(*body.content.parent_id) : ""},
            {"chair", chair.empty() ? "Not named" : chair},
            {"vice_chair", vice_chair.empty() ? "Not named" : vice_chair},
            {"quorum", QuorumRuleText(body.content.quorum)},
            {"statutory_warning", warning},
            {"terms_href", href + "/terms"},
            {"members", members},
            {"has_members", !members.empty()},
            {"past_members", past},
            {"has_past_members", !past.empty()},
            {"children", children},
            {"has_children", !children.empty()},
            {"meetings_href", "/governance/meetings?body=" + std::to_string(body.id)},
            {"schedule_href", href + "/meetings/new"},
            {"calendar_href", href + "/meetings.ics"},
            {"may_edit", view.may_edit},
            {"edit_href", href + "/edit"},
            {"add_member_href", href + "/members/new"},
            {"notice", notice}};
  AddTerms(page, body, today);
  return RenderPage(pages.context.renderer, request, "governance_body", std::move(page));
}

}  // namespace

void AddBodyRoutes(Router& router, const HandlerContext& context) {
  const BodyPages pages(context);
  const auto read = RoutePolicy::Authorised(Resource::kGovernance, Action::kRead);
  router.Add(Method::kGet, "/governance", read, BodyPageHandler(pages, StructurePage));
  // Literal paths (/new) before parameter paths: the router takes the first match.
  AddBodyFormRoutes(router, pages);
  router.Add(Method::kGet, "/governance/bodies/{id}", read, BodyPageHandler(pages, BodyPage));
  AddBodyTermsRoutes(router, pages);
  AddBodyMemberRoutes(router, pages);
}

}  // namespace assure::http::pages
