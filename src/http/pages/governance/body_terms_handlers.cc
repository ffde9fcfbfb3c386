// A body's terms of reference: GET /governance/bodies/{id}/terms (every version, newest first,
// each rendered from its Markdown by reports::MarkdownHtml, which drops raw HTML and unsafe
// links; for the business unit, the form for the next version, opened on the latest text) and
// POST (the next version, its review date a year on unless given). A refused form shows again as
// sent with the problem by its field (422).
#include <string>
#include <utility>
#include <vector>

#include "domain/governance/governance_access.h"
#include "http/common/display.h"
#include "http/common/errors.h"
#include "http/common/form_view.h"
#include "http/common/page_render.h"
#include "http/pages/governance/body_support.h"
#include "reports/markdown_html.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

core::Result<Response> TermsPage(const BodyPages& pages, const Request& request,
                                 const FormData* sent, const FormErrors& errors, int status) {
  const auto requester = RequesterOf(request);
  const auto id = BodyIdOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto view, pages.bodies.Get(requester, id));
  ASSURE_ASSIGN_OR_RETURN(const auto history, pages.bodies.TermsHistory(requester, id));
  const auto today = pages.Today();
  json versions = json::array();
  for (const auto& terms : history) {
    versions.push_back({{"heading", "Version " + std::to_string(terms.number)},
                        {"saved", DateText(terms.saved_on)},
                        {"review", DateText(terms.review_on)},
                        {"overdue", terms.review_on < today},
                        {"latest", versions.empty()},
                        {"markdown_html", reports::MarkdownHtml(terms.text, 4)}});
  }
  const std::string href = BodyPageHref(view.body.id);
  json page{{"title", "Terms of reference"},
            {"caption", view.body.content.name},
            {"back_href", href},
            {"versions", versions},
            {"has_versions", !versions.empty()},
            {"may_edit", view.may_edit},
            {"action_href", href + "/terms"},
            {"csrf_token", request.session->session.csrf_token},
            {"next_heading",
             "Save version " + std::to_string(history.empty() ? 1 : history.front().number + 1)}};
  if (view.may_edit) {
    const FormData latest({{"terms", history.empty() ? std::string{} : history.front().text}});
    FormView form(sent ? *sent : latest, errors);
    form.Section("");
    form.Textarea("terms", "Terms of reference",
                  "In Markdown: # for a heading, - for a list item. HTML is not shown.", 20);
    form.Date("review_on", "Review by",
              "Leave it blank for a year from today. For example, 31 3 2027");
    page["sections"] = form.Sections();
    form.AddErrors(page);
  }
  return RenderPage(pages.context.renderer, request, "governance_terms", std::move(page), status);
}

core::Result<Response> ShowTerms(const BodyPages& pages, const Request& request) {
  return TermsPage(pages, request, nullptr, FormErrors{}, 200);
}

core::Result<Response> PostTerms(const BodyPages& pages, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  FormErrors errors;
  const auto review_on =
      ParseDate(form, "review_on", "the date the terms are due for review", false, errors);
  if (!errors.empty()) return TermsPage(pages, request, &form, errors, 422);
  const auto id = BodyIdOf(request);
  auto saved = pages.bodies.SaveTerms(RequesterOf(request), id,
                                      WithLineFeeds(form.Get("terms").value_or("")), review_on);
  if (!saved.ok()) {
    if (saved.error().code != core::ErrorCode::kInvalidInput) return saved.error();
    errors.Add(saved.error());
    return TermsPage(pages, request, &form, errors, 422);
  }
  return Response::Redirect(BodyPageHref(id) + "?done=terms");
}

}  // namespace

void AddBodyTermsRoutes(Router& router, const BodyPages& pages) {
  router.Add(Method::kGet, "/governance/bodies/{id}/terms",
             RoutePolicy::Authorised(Resource::kGovernance, Action::kRead),
             BodyPageHandler(pages, ShowTerms));
  router.Add(Method::kPost, "/governance/bodies/{id}/terms",
             RoutePolicy::Authorised(Resource::kGovernance, Action::kUpdate),
             BodyPageHandler(pages, PostTerms));
}

}  // namespace assure::http::pages
