#include "http/error_pages.h"

#include <string>

namespace assure::http {

namespace {

bool IsApi(const Request& request) { return request.path.starts_with("/api/"); }

std::string_view TitleFor(int status) {
  switch (status) {
    case 400:
    case 422:
      return "There is a problem with what was sent";
    case 401:
      return "You need to sign in";
    case 403:
      return "You do not have access to this page";
    case 405:
      return "This action is not available here";
    case 409:
      return "Someone else changed this first";
    case 413:
      return "What was sent is too large";
    case 429:
      return "Too many attempts";
    case 503:
      return "Sorry, the service is unavailable";
    default:
      return "Sorry, there is a problem";
  }
}

std::string_view CodeFor(int status) {
  switch (status) {
    case 400:
    case 422:
      return "invalid_input";
    case 401:
      return "unauthenticated";
    case 403:
      return "forbidden";
    case 404:
      return "not_found";
    case 405:
      return "method_not_allowed";
    case 409:
      return "conflict";
    case 413:
      return "too_large";
    case 503:
      return "unavailable";
    default:
      return "internal";
  }
}

}  // namespace

int HttpStatusFor(core::ErrorCode code) {
  switch (code) {
    case core::ErrorCode::kInvalidInput:
      return 422;
    case core::ErrorCode::kNotFound:
      return 404;
    case core::ErrorCode::kConflict:
      return 409;
    case core::ErrorCode::kUnauthenticated:
      return 401;
    case core::ErrorCode::kForbidden:
      return 403;
    case core::ErrorCode::kRateLimited:
      return 429;
    case core::ErrorCode::kUnavailable:
      return 503;
    case core::ErrorCode::kInternal:
      return 500;
  }
  return 500;
}

ErrorPages::ErrorPages(const views::Renderer& renderer, const EventLog& log)
    : renderer_(renderer), log_(log) {}

Response ErrorPages::FromError(const Request& request, const core::Error& error) const {
  const int status = HttpStatusFor(error.code);
  if (status >= 500) {
    log_.Error("error_response", {{"request_id", request.request_id},
                                  {"route", request.route_pattern},
                                  {"code", core::ErrorCodeName(error.code)},
                                  {"message", error.message}});
  }
  // Internal messages are for the log; the person sees the standard page with the error id.
  if (status == 500) return ForStatus(request, 500);
  return Render(request, status, core::ErrorCodeName(error.code), error.message, error.field);
}

Response ErrorPages::ForStatus(const Request& request, int status) const {
  std::string message;
  switch (status) {
    case 404:
      message = "If you typed the web address, check it is correct.";
      break;
    case 405:
      message = "The page exists, but not for this kind of request.";
      break;
    case 413:
      message = "A file must be smaller than 10 MB; other forms take at most 1 MB.";
      break;
    case 500:
      message = "Try again later. If it happens again, quote the error reference.";
      break;
    case 503:
      message = "Try again in a few minutes.";
      break;
    default:
      break;
  }
  return Render(request, status, CodeFor(status), message, {});
}

Response ErrorPages::Render(const Request& request, int status, std::string_view code,
                            std::string_view message, std::string_view field) const {
  if (IsApi(request)) {
    nlohmann::json body{{"error", code}, {"message", message}, {"error_id", request.request_id}};
    if (!field.empty()) body["field"] = field;
    return Response::Json(status, body);
  }
  std::string_view page = views::kErrorPage;
  nlohmann::json context = nlohmann::json::object();
  if (status == 404) {
    page = views::kNotFoundPage;
  } else if (status == 500) {
    page = views::kServerErrorPage;
    context["error_id"] = request.request_id;
  } else {
    context["title"] = TitleFor(status);
    context["message"] = message;
  }
  auto html = renderer_.RenderPage(page, context);
  if (!html) {
    // The renderer itself failed: a plain page is better than none.
    return Response::Text(
        status, std::string{TitleFor(status)} + "\nError reference: " + request.request_id + "\n");
  }
  return Response::Html(status, std::move(*html));
}

}  // namespace assure::http
