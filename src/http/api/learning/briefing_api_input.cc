#include "http/api/learning/briefing_api_input.h"

#include <utility>

#include "http/common/json_fields.h"
#include "http/common/numbers.h"

namespace assure::http::api {

core::Result<domain::BriefingContent> BriefingContentFrom(const nlohmann::json& body) {
  JsonFields fields(body);
  domain::BriefingContent content;
  if (auto kind = domain::ParseBriefingKind(fields.Text("kind"))) {
    content.kind = *kind;
  } else {
    fields.Fail("kind", "Choose seven_minute or lessons_learned.");
  }
  content.title = fields.Text("title");
  content.body_markdown = fields.Text("body_markdown");
  for (const std::string& name : fields.Texts("audiences")) {
    if (auto audience = domain::ParseAudience(name)) {
      content.audiences.push_back(*audience);
    } else {
      fields.Fail("audiences", "Choose from childrens_workforce, adults_workforce and community.");
    }
  }
  content.themes = fields.Texts("themes");
  content.case_ids = fields.Ids("case_ids");
  content.recommendation_ids = fields.Ids("recommendation_ids");
  content.action_ids = fields.Ids("action_ids");
  return ValueIfAllRead(fields, std::move(content));
}

core::Result<domain::BriefingQuery> BriefingQueryFrom(const Request& request) {
  domain::BriefingQuery query;
  if (auto kind = request.QueryParam("kind"); kind && !kind->empty()) {
    query.kind = domain::ParseBriefingKind(*kind);
    if (!query.kind) {
      return core::Error::InvalidInput("kind", "Choose seven_minute or lessons_learned.");
    }
  }
  if (auto state = request.QueryParam("state"); state && !state->empty()) {
    auto parsed = domain::ParseBriefingState(*state);
    if (!parsed) {
      return core::Error::InvalidInput(
          "state", "Choose draft, in_review, approved, published or withdrawn.");
    }
    query.states.push_back(*parsed);
  }
  if (auto audience = request.QueryParam("audience"); audience && !audience->empty()) {
    query.audience = domain::ParseAudience(*audience);
    if (!query.audience) {
      return core::Error::InvalidInput(
          "audience", "Choose childrens_workforce, adults_workforce or community.");
    }
  }
  if (auto theme = request.QueryParam("theme"); theme && !theme->empty()) query.theme = *theme;
  if (auto case_id = request.QueryParam("case_id"); case_id && !case_id->empty()) {
    query.case_id = ParsePositive(*case_id);
    if (!query.case_id) return core::Error::InvalidInput("case_id", "Give a case id.");
  }
  return query;
}

core::Result<std::vector<std::string>> PlacesFrom(const nlohmann::json& body) {
  JsonFields fields(body);
  auto places = fields.Texts("places");
  return ValueIfAllRead(fields, std::move(places));
}

}  // namespace assure::http::api
