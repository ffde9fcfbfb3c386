#include "http/pages/governance/body_support.h"

#include <utility>

#include "domain/london_date.h"
#include "http/common/errors.h"
#include "http/common/numbers.h"

namespace assure::http::pages {

BodyPages::BodyPages(const HandlerContext& handler_context)
    : context(handler_context),
      bodies(handler_context.store, handler_context.clock),
      choices(handler_context.store, handler_context.clock) {}

domain::CivilDate BodyPages::Today() const { return domain::LondonDate(context.clock.Now()); }

Handler BodyPageHandler(const BodyPages& pages, BodyPageFunction page) {
  return PageHandler(pages.context.renderer,
                     [pages, page](const Request& request) { return page(pages, request); });
}

std::string BodyPageHref(domain::BodyId id) { return "/governance/bodies/" + std::to_string(id); }

domain::BodyId BodyIdOf(const Request& request) { return IdParam(request, "id").value_or(0); }

std::string QuorumRuleText(const domain::QuorumRule& rule) {
  std::string text =
      "At least " + std::to_string(rule.minimum) + (rule.minimum == 1 ? " member" : " members");
  if (rule.statutory_partners) text += ", including one from each statutory partner";
  return text;
}

std::optional<std::int64_t> OptionalId(const FormData& form, std::string_view key,
                                       std::string message, FormErrors& errors) {
  const std::string text = form.Get(key).value_or("");
  if (text.empty()) return std::nullopt;
  const auto id = ParsePositive(text);
  if (!id) errors.Add(std::string{key}, std::move(message));
  return id;
}

bool CurrentMember(const domain::BodyMember& member, domain::CivilDate today) {
  return !member.to_on || *member.to_on >= today;
}

std::string MemberLabel(const domain::BodyMember& member) {
  const std::string name = domain::MemberName(member);
  if (member.person.empty() || member.post.empty()) return name;
  return name + ", " + member.post;
}

std::string MemberNameOf(const domain::Body& body, std::optional<domain::BodyMemberId> id) {
  if (!id) return "";
  for (const auto& member : body.members) {
    if (member.id == *id) return domain::MemberName(member);
  }
  return "";
}

std::vector<Choice> CurrentMemberChoices(const domain::Body& body, domain::CivilDate today,
                                         std::string none) {
  std::vector<Choice> choices{{"", std::move(none), ""}};
  for (const auto& member : body.members) {
    const bool named = member.id == body.content.chair_id.value_or(0) ||
                       member.id == body.content.vice_chair_id.value_or(0);
    if (named || CurrentMember(member, today)) {
      choices.push_back({std::to_string(member.id), MemberLabel(member), ""});
    }
  }
  return choices;
}

}  // namespace assure::http::pages
