// What the public library's pages and feed show (library_handlers.h), as the contexts of the
// library_* templates and the Atom feed's values: the addresses of a library and its briefings,
// the reading of a library's filters (?kind=, ?audience=, ?theme=), and the words for kinds,
// audiences and dates. Only what LibraryService returns is shown: published words and labels,
// never a case, recommendation, action or person. Pure functions; thread-safe.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/learning/library_service.h"
#include "http/request.h"
#include "reports/atom_feed.h"

namespace assure::http::pages {

// "/learning/northshire", its briefing "/learning/northshire/briefings/7", the briefing's PDF
// ".../7/pdf" and feedback form ".../7/feedback", and the library's feed ".../feed.atom".
std::string LibraryHref(std::string_view slug);
std::string LibraryBriefingHref(std::string_view slug, domain::BriefingId id);
std::string LibraryPdfHref(std::string_view slug, domain::BriefingId id);
std::string LibraryFeedbackHref(std::string_view slug, domain::BriefingId id);
std::string LibraryFeedHref(std::string_view slug);

// The filters of a library's page: kind (seven_minute or lessons_learned), audience
// (childrens_workforce, adults_workforce or community) and theme (a name); empty = any.
// kInvalidInput naming the parameter for a kind or audience that is none of those.
core::Result<domain::LibraryQuery> LibraryQueryFrom(const Request& request);

// GET /learning: the partnerships with a library.
nlohmann::json LibraryIndexContext(const std::vector<domain::LibraryListing>& libraries);

// GET /learning/{slug}: the filter form (each select with `asked` chosen; `error` the refusal
// of a filter, or null) and the briefings (none when refused).
nlohmann::json LibraryContext(const domain::Library& library, const domain::LibraryQuery& asked,
                              const core::Error* error);

// GET /learning/{slug}/briefings/{id}: the briefing (its body as `markdown_html`, from
// reports::MarkdownHtml) with the feedback form; `printing` leaves out the form, the links and
// the site's header. `thanks` shows the thank-you banner in place of the form.
nlohmann::json LibraryBriefingContext(const domain::LibraryPage& page, bool printing, bool thanks);

// Adds the feedback form as sent (the rating chosen, the comment) with `error` on its field.
void AddFeedbackRefusal(nlohmann::json& page, std::string_view rating, std::string_view comment,
                        const core::Error& error);

// The library's feed: absolute links under `base_url` ("https://assure.example.org"), ids as
// tag: URIs of its host ("tag:assure.example.org,2026-01-05:/learning/northshire/briefings/7",
// dated with the publication), updated = the newest publication, or `today` when there is none.
reports::AtomFeedData LibraryFeed(const domain::Library& library, std::string_view base_url,
                                  domain::CivilDate today);

}  // namespace assure::http::pages
