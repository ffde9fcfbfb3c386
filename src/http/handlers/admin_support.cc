#include "http/handlers/admin_support.h"

#include <charconv>
#include <chrono>
#include <cstdio>
#include <stdexcept>

#include "http/error_pages.h"
#include "http/handlers/page_render.h"

namespace assure::http::handlers {

namespace {

constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

}  // namespace

domain::Requester RequesterOf(const Request& request) {
  const auto& context = request.session.value();
  domain::Requester requester;
  requester.principal = context.principal;
  requester.actor.partnership_id = context.partnership.id;
  requester.actor.user_id = context.user.id;
  if (context.session.id != 0) requester.actor.session_id = context.session.id;
  requester.actor.client_address = request.remote_address;
  return requester;
}

std::optional<std::int64_t> IdParam(const Request& request, std::string_view name) {
  const auto text = request.PathParam(name);
  if (!text || text->empty()) return std::nullopt;
  std::int64_t id = 0;
  const auto* end = text->data() + text->size();
  const auto [ptr, ec] = std::from_chars(text->data(), end, id);
  if (ec != std::errc{} || ptr != end || id <= 0) return std::nullopt;
  return id;
}

void AddFieldError(nlohmann::json& page, const core::Error& error, std::string_view fallback_field,
                   std::string_view anchor) {
  const std::string field = error.field.empty() ? std::string{fallback_field} : error.field;
  const std::string target = anchor.empty() ? field : std::string{anchor};
  if (!page.contains("errors")) page["errors"] = nlohmann::json::array();
  page["has_errors"] = true;
  page["errors"].push_back({{"href", "#" + target}, {"text", error.message}});
  page[field + "_error"] = error.message;
}

Response ErrorResponse(const views::Renderer& renderer, const Request& request,
                       const core::Error& error) {
  const int status = HttpStatusFor(error.code);
  if (status == 500) throw std::runtime_error(error.message);
  if (status == 422 || status == 400) {
    return RenderPage(renderer, request, views::kErrorPage,
                      {{"title", "You cannot do that"},
                       {"message", error.message},
                       {"link_href", "/home"},
                       {"link_text", "Go to your home page"}},
                      status);
  }
  if (status == 404) return RenderPage(renderer, request, views::kNotFoundPage, {}, 404);
  return Response{status, {}, {}, {}};  // the dispatcher's standard page
}

std::string DisplayTime(core::Instant at) {
  using namespace std::chrono;
  const auto day = floor<days>(at);
  const year_month_day date{day};
  const hh_mm_ss time{floor<seconds>(at - day)};
  char text[32];
  std::snprintf(text, sizeof text, "%u %s %d %02lld:%02lld:%02lld",
                static_cast<unsigned>(date.day()), kMonths[static_cast<unsigned>(date.month()) - 1],
                static_cast<int>(date.year()), static_cast<long long>(time.hours().count()),
                static_cast<long long>(time.minutes().count()),
                static_cast<long long>(time.seconds().count()));
  return text;
}

}  // namespace assure::http::handlers
