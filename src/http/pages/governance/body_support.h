// What the structure and body pages share (body_page_handlers.h lists the routes): the services
// they call (BodyPages, built once from the handler context by AddBodyRoutes and copied into each
// route's handler), the part of the routes each handler file adds, paths, and the words for a
// body's quorum rule and members. Called only by the body page files of this folder. A struct of
// references to thread-safe services and free functions: thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/assurance/activity_service.h"
#include "domain/civil_date.h"
#include "domain/governance/body.h"
#include "domain/governance/body_service.h"
#include "http/common/errors.h"
#include "http/common/form_view.h"
#include "http/common/handler_context.h"
#include "http/request.h"
#include "http/response.h"
#include "http/router.h"

namespace assure::http::pages {

struct BodyPages {
  // `handler_context` is borrowed; it outlives the router.
  explicit BodyPages(const HandlerContext& handler_context);

  // Today on the London clock.
  domain::CivilDate Today() const;

  const HandlerContext& context;
  domain::BodyService bodies;
  // The partnership's people and agencies for the member form's selects (an unaudited read the
  // business unit may make: ActivityService::Choices). BodyService offers no such list.
  domain::ActivityService choices;
};

using BodyPageFunction = core::Result<Response> (*)(const BodyPages& pages, const Request& request);
// A route's handler calling `page` with a copy of `pages`, through the handler kit.
Handler BodyPageHandler(const BodyPages& pages, BodyPageFunction page);

// Each part of the pages adds its routes (body_page_handlers.cc adds them all).
void AddBodyFormRoutes(Router& router, const BodyPages& pages);
void AddBodyTermsRoutes(Router& router, const BodyPages& pages);
void AddBodyMemberRoutes(Router& router, const BodyPages& pages);

std::string BodyPageHref(domain::BodyId id);  // "/governance/bodies/3"

// The body of the request's {id}; 0 (no such body) for anything else.
domain::BodyId BodyIdOf(const Request& request);

// The id in the form's field `key`: nullopt when blank; when not a positive whole number, also
// nullopt, with `message` added to `errors` for the field.
std::optional<std::int64_t> OptionalId(const FormData& form, std::string_view key,
                                       std::string message, FormErrors& errors);

// "At least 5 members, including one from each statutory partner".
std::string QuorumRuleText(const domain::QuorumRule& rule);

// Whether the membership has not ended by `today` (it may start later).
bool CurrentMember(const domain::BodyMember& member, domain::CivilDate today);
// The member's name and post for a list: "Sam Fictional, Director of Children's Services".
std::string MemberLabel(const domain::BodyMember& member);
// The name of the body's member `id` (MemberName), or "" when none is named.
std::string MemberNameOf(const domain::Body& body, std::optional<domain::BodyMemberId> id);

// The select's choices of the body's current members (and its chair and vice-chair, whose
// membership may have ended): a blank choice saying `none`, then each.
std::vector<Choice> CurrentMemberChoices(const domain::Body& body, domain::CivilDate today,
                                         std::string none);

}  // namespace assure::http::pages
