#include "http/pages/requests/request_handlers.h"

#include <cstdio>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/files/upload_rules.h"
#include "domain/london_date.h"
#include "domain/reviews/cases/step_input.h"
#include "domain/reviews/requests/information_request_service.h"
#include "http/common/display.h"
#include "http/common/downloads.h"
#include "http/common/errors.h"
#include "http/common/numbers.h"
#include "http/common/page_render.h"
#include "http/common/url_encoding.h"
#include "http/multipart.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

std::string RequestHref(domain::InformationRequestId id) {
  return "/requests/" + std::to_string(id);
}

std::string_view StatusClass(domain::RequestStatus status) {
  switch (status) {
    case domain::RequestStatus::kRequested:
      return "govuk-tag--blue";
    case domain::RequestStatus::kSubmitted:
      return "govuk-tag--green";
    case domain::RequestStatus::kWithdrawn:
    case domain::RequestStatus::kNoLongerNeeded:
      return "govuk-tag--grey";
  }
  return "";
}

// "child", "adult", "joint": the case's type as the request page's sentence has it.
std::string_view CaseTypeWord(domain::CaseType type) {
  switch (type) {
    case domain::CaseType::kChild:
      return "child";
    case domain::CaseType::kAdult:
      return "adult";
    case domain::CaseType::kJoint:
      return "joint";
  }
  return "child";
}

std::string AllowedTypesHint() {
  std::string hint = "A PDF, Word, Excel, PNG, JPEG or text file (";
  bool first = true;
  for (auto extension : domain::AllowedUploadExtensions()) {
    hint += (first ? "" : ", ") + std::string{extension};
    first = false;
  }
  return hint + "), smaller than 10 MB.";
}

// What the response form holds when it is shown again.
struct ResponseForm {
  std::string response;
  std::string version;
};

Response RequestPage(const HandlerContext& context, const Request& request,
                     const domain::RequestView& view, const ResponseForm& form,
                     const std::vector<core::Error>& errors, int status) {
  const auto requester = RequesterOf(request);
  const auto today = domain::LondonDate(context.clock.Now());
  const auto& r = view.request;
  json files = json::array();
  for (const auto& file : view.files) {
    files.push_back({{"href", RequestHref(r.id) + "/files/" + std::to_string(file.id)},
                     {"file_name", file.file_name},
                     {"size", FileSizeText(file.size)},
                     {"uploaded_at", LondonTimeText(file.uploaded_at)}});
  }
  // The business unit came from the case page; an agency lead from their list.
  const bool from_case = domain::MayEver(requester.principal, Resource::kCase, Action::kRead);
  json page{{"title", "Request for information: " + view.case_reference},
            {"back_href", from_case ? "/cases/" + std::to_string(r.case_id) : "/requests"},
            {"back_text", from_case ? "Back to the case" : "Requests for my agency"},
            {"case_reference", view.case_reference},
            {"case_type", CaseTypeWord(view.case_type)},
            {"requested_on", domain::LongCivilDate(r.requested_on)},
            {"due_on", domain::LongCivilDate(r.due_on)},
            {"overdue", domain::IsOverdue(r, today)},
            {"status", RequestStatusLabel(r.status)},
            {"status_class", StatusClass(r.status)},
            {"asked", r.asked},
            {"has_response", r.status == domain::RequestStatus::kSubmitted},
            {"response_paragraphs", TextLines(r.response)},
            {"submitted_at", r.submitted_at ? LondonTimeText(*r.submitted_at) : ""},
            {"has_files", !files.empty()},
            {"files", files},
            {"may_respond", r.status != domain::RequestStatus::kWithdrawn &&
                                domain::MayEver(requester.principal, Resource::kInformationRequest,
                                                Action::kUpdate)},
            {"action_href", RequestHref(r.id) + "/response"},
            {"csrf_token", request.session->session.csrf_token},
            {"version", form.version},
            {"response", form.response},
            {"allowed_types", AllowedTypesHint()}};
  for (const auto& error : errors) AddFieldError(page, error, "response");
  return RenderPage(context.renderer, request, "request", std::move(page), status);
}

ResponseForm FormFrom(const domain::RequestView& view) {
  return {view.request.response, std::to_string(view.request.version)};
}

Response StalePage(const HandlerContext& context, const Request& request,
                   domain::InformationRequestId id) {
  return RenderPage(context.renderer, request, views::kErrorPage,
                    {{"title", "Someone else changed this request"},
                     {"message",
                      "Someone else saved a change to this request after you opened it, so your "
                      "response has not been saved. Open the request again to see their change, "
                      "then send yours."},
                     {"link_href", RequestHref(id)},
                     {"link_text", "See the request as it is now"}},
                    409);
}

// A request that cannot be answered now (withdrawn, its case closed, or changed meanwhile).
Response NotAnswerable(const HandlerContext& context, const Request& request,
                       const core::Error& error) {
  return RenderPage(context.renderer, request, views::kErrorPage,
                    {{"title", "Your response has not been saved"},
                     {"message", error.message},
                     {"link_href", "/requests"},
                     {"link_text", "Go to the requests for your agency"}},
                    409);
}

bool IsFieldError(const core::Error& error) { return error.code == core::ErrorCode::kInvalidInput; }

}  // namespace

void AddRequestRoutes(Router& router, const HandlerContext& context) {
  const domain::InformationRequestService requests(context.store, context.clock);

  router.Add(
      Method::kGet, "/requests",
      RoutePolicy::Authorised(Resource::kInformationRequest, Action::kRead),
      PageHandler(
          context.renderer, [context, requests](const Request& request) -> core::Result<Response> {
            ASSURE_ASSIGN_OR_RETURN(const auto mine, requests.ForMyAgency(RequesterOf(request)));
            const auto today = domain::LondonDate(context.clock.Now());
            json rows = json::array();
            for (const auto& view : mine) {
              const auto& r = view.request;
              rows.push_back({{"href", RequestHref(r.id)},
                              {"case_reference", view.case_reference},
                              {"asked", r.asked},
                              {"requested_on", domain::LongCivilDate(r.requested_on)},
                              {"due_on", domain::LongCivilDate(r.due_on)},
                              {"status", RequestStatusLabel(r.status)},
                              {"status_class", StatusClass(r.status)},
                              {"overdue", domain::IsOverdue(r, today)}});
            }
            return RenderPage(context.renderer, request, "requests",
                              {{"title", "Requests for my agency"},
                               {"has_requests", !rows.empty()},
                               {"requests", rows}});
          }));

  router.Add(Method::kGet, "/requests/{id}",
             RoutePolicy::Authorised(Resource::kInformationRequest, Action::kRead),
             PageHandler(context.renderer,
                         [context, requests](const Request& request) -> core::Result<Response> {
                           ASSURE_ASSIGN_OR_RETURN(
                               const auto view, requests.Get(RequesterOf(request),
                                                             IdParam(request, "id").value_or(0)));
                           return RequestPage(context, request, view, FormFrom(view), {}, 200);
                         }));

  router.Add(
      Method::kGet, "/requests/{id}/files/{file_id}",
      RoutePolicy::Authorised(Resource::kInformationRequest, Action::kRead),
      PageHandler(context.renderer, [requests](const Request& request) -> core::Result<Response> {
        ASSURE_ASSIGN_OR_RETURN(
            auto file, requests.GetFile(RequesterOf(request), IdParam(request, "id").value_or(0),
                                        IdParam(request, "file_id").value_or(0)));
        return FileDownload(file.file, std::move(file.bytes));
      }));

  router.Add(
      Method::kPost, "/requests/{id}/response",
      RoutePolicy::Authorised(Resource::kInformationRequest, Action::kUpdate),
      PageHandler(
          context.renderer,
          [context, requests](const Request& request) -> core::Result<Response> {
            const auto requester = RequesterOf(request);
            const auto id = IdParam(request, "id").value_or(0);
            // Whether the asker may see it at all (404 and audited if not), and as it is now.
            ASSURE_ASSIGN_OR_RETURN(const auto view, requests.Get(requester, id));

            auto sent = ParseMultipart(request.Header("content-type").value_or(""), request.body);
            if (!sent) return Response::Status(400);
            ResponseForm form{WithLineFeeds(sent->Get("response").value_or("")),
                              sent->Get("version").value_or("")};
            const auto version = ParsePositive(form.version);
            if (!version) return Response::Status(400);
            const MultipartPart* part = sent->File("file");
            const bool chose_file =
                part != nullptr && (!part->file_name->empty() || !part->content.empty());

            // Every check that writes nothing comes first, so a refused file saves nothing.
            std::vector<core::Error> errors;
            const bool answered = view.request.status == domain::RequestStatus::kSubmitted;
            const bool new_text =
                !form.response.empty() && (!answered || form.response != view.request.response);
            if (form.response.empty() && !(answered && chose_file)) {
              errors.push_back(
                  core::Error::InvalidInput("response", "Enter your agency's response."));
            } else if (new_text) {
              if (auto valid = domain::ValidateResponse(form.response); !valid) {
                errors.push_back(valid.error());
              }
            }
            if (chose_file) {
              if (auto accepted = domain::CheckUpload("file", *part->file_name, part->content);
                  !accepted) {
                errors.push_back(accepted.error());
              }
            }
            if (!errors.empty()) return RequestPage(context, request, view, form, errors, 422);

            if (*version != view.request.version) return StalePage(context, request, id);
            // Each service call is checked again on the stored request (its version included).
            const auto refused = [&](const core::Error& error) {
              if (IsFieldError(error))
                return RequestPage(context, request, view, form, {error}, 422);
              if (error.code == core::ErrorCode::kConflict)
                return NotAnswerable(context, request, error);
              return ErrorResponse(context.renderer, request, error);
            };
            if (!new_text && !chose_file) return Response::Redirect(RequestHref(id));
            // The text and the file are one answer: stored together or not at all.
            std::optional<domain::NewResponseFile> file;
            if (chose_file)
              file = domain::NewResponseFile{*part->file_name, std::string{part->content}};
            auto stored =
                requests.Answer(requester, id, *version,
                                new_text ? std::optional<std::string>{form.response} : std::nullopt,
                                std::move(file));
            if (!stored) return refused(stored.error());
            return Response::Redirect(RequestHref(id));
          }),
      kMaxUploadBodyBytes);
}

}  // namespace assure::http::pages
