#include "http/pages/learning/library_views.h"

#include <string>
#include <utility>

#include "http/common/display.h"
#include "http/common/errors.h"
#include "http/common/list_page.h"
#include "reports/markdown_html.h"
#include "reports/paragraph_text.h"

namespace assure::http::pages {

namespace {

using nlohmann::json;

// The tag: URIs of a feed are minted under the host of the site's address; a feed's own id is
// dated with the year the library began, an entry's with its publication (RFC 4151).
constexpr std::string_view kFeedTagDate = "2026";

std::string CountText(std::size_t count, std::string_view one, std::string_view many) {
  return std::to_string(count) + " " + std::string{count == 1 ? one : many};
}

std::string AudiencesText(const std::vector<domain::Audience>& audiences) {
  std::string text;
  for (const domain::Audience audience : audiences) {
    if (!text.empty()) text += ", ";
    text += domain::AudienceLabel(audience);
  }
  return text;
}

json KindSelect(const std::optional<domain::BriefingKind>& chosen, std::string_view error) {
  QueryPairs choices;
  for (const domain::BriefingKind kind : domain::AllBriefingKinds()) {
    choices.emplace_back(domain::BriefingKindName(kind), domain::BriefingKindLabel(kind));
  }
  const std::string selected{chosen ? domain::BriefingKindName(*chosen) : ""};
  return SelectControl("kind", "Kind of briefing", "", error,
                       SelectOptions(choices, selected, "Any kind"));
}

json AudienceSelect(const std::optional<domain::Audience>& chosen, std::string_view error) {
  QueryPairs choices;
  for (const domain::Audience audience : domain::AllAudiences()) {
    choices.emplace_back(domain::AudienceName(audience), domain::AudienceLabel(audience));
  }
  const std::string selected{chosen ? domain::AudienceName(*chosen) : ""};
  return SelectControl("audience", "Written for", "", error,
                       SelectOptions(choices, selected, "Anyone"));
}

json ThemeSelect(const std::vector<std::string>& themes, const std::optional<std::string>& chosen,
                 std::string_view error) {
  QueryPairs choices;
  for (const std::string& theme : themes) choices.emplace_back(theme, theme);
  return SelectControl("theme", "Theme", "", error,
                       SelectOptions(choices, chosen.value_or(""), "Any theme"));
}

json BriefingRow(std::string_view slug, const domain::LibraryBriefing& briefing) {
  return {{"href", LibraryBriefingHref(slug, briefing.id)},
          {"title", briefing.title},
          {"kind_label", domain::BriefingKindLabel(briefing.kind)},
          {"published_text", DateText(briefing.published_on)},
          {"published_iso", domain::FormatCivilDate(briefing.published_on)},
          {"audiences_text", AudiencesText(briefing.audiences)},
          {"summary", reports::FirstParagraphText(reports::MarkdownHtml(briefing.body_markdown))}};
}

json RatingOptions(std::string_view chosen) {
  json options = json::array();
  for (int rating = domain::kFeedbackRatingMin; rating <= domain::kFeedbackRatingMax; ++rating) {
    const std::string value = std::to_string(rating);
    std::string label = value;
    if (rating == domain::kFeedbackRatingMin) label += " (not useful)";
    if (rating == domain::kFeedbackRatingMax) label += " (very useful)";
    // The first radio's id is the field's, so that the error summary's link lands on it.
    options.push_back({{"id", rating == domain::kFeedbackRatingMin ? "rating" : "rating-" + value},
                       {"value", value},
                       {"label", label},
                       {"checked", value == chosen}});
  }
  return options;
}

std::string Rfc3339(domain::CivilDate date) { return domain::FormatCivilDate(date) + "T00:00:00Z"; }

// "https://assure.example.org:8443/x" -> "assure.example.org".
std::string HostOf(std::string_view base_url) {
  if (const auto scheme = base_url.find("://"); scheme != std::string_view::npos) {
    base_url.remove_prefix(scheme + 3);
  }
  return std::string{base_url.substr(0, base_url.find_first_of(":/"))};
}

}  // namespace

std::string LibraryHref(std::string_view slug) { return "/learning/" + std::string{slug}; }

std::string LibraryBriefingHref(std::string_view slug, domain::BriefingId id) {
  return LibraryHref(slug) + "/briefings/" + std::to_string(id);
}

std::string LibraryPdfHref(std::string_view slug, domain::BriefingId id) {
  return LibraryBriefingHref(slug, id) + "/pdf";
}

std::string LibraryFeedbackHref(std::string_view slug, domain::BriefingId id) {
  return LibraryBriefingHref(slug, id) + "/feedback";
}

std::string LibraryFeedHref(std::string_view slug) { return LibraryHref(slug) + "/feed.atom"; }

core::Result<domain::LibraryQuery> LibraryQueryFrom(const Request& request) {
  domain::LibraryQuery query;
  if (const auto kind = request.QueryParam("kind"); kind && !kind->empty()) {
    query.kind = domain::ParseBriefingKind(*kind);
    if (!query.kind) {
      return core::Error::InvalidInput(
          "kind",
          "Choose a kind of briefing: 7 Minute Briefing (seven_minute) or Lessons "
          "Learned Briefing (lessons_learned).");
    }
  }
  if (const auto audience = request.QueryParam("audience"); audience && !audience->empty()) {
    query.audience = domain::ParseAudience(*audience);
    if (!query.audience) {
      return core::Error::InvalidInput(
          "audience",
          "Choose who the briefing is for: children's workforce "
          "(childrens_workforce), adults workforce (adults_workforce) or community.");
    }
  }
  if (const auto theme = request.QueryParam("theme"); theme && !theme->empty()) {
    query.theme = *theme;
  }
  return query;
}

json LibraryIndexContext(const std::vector<domain::LibraryListing>& libraries) {
  json rows = json::array();
  for (const auto& listing : libraries) {
    rows.push_back({{"href", LibraryHref(listing.partnership.slug)},
                    {"name", listing.partnership.name},
                    {"count_text", CountText(static_cast<std::size_t>(listing.published),
                                             "briefing", "briefings")}});
  }
  return {{"title", "Learning from safeguarding reviews"},
          {"has_libraries", !rows.empty()},
          {"libraries", std::move(rows)}};
}

json LibraryContext(const domain::Library& library, const domain::LibraryQuery& asked,
                    const core::Error* error) {
  const std::string& slug = library.partnership.slug;
  json page{{"title", library.partnership.name + ": learning briefings"},
            {"partnership_name", library.partnership.name},
            {"demo", library.partnership.demo},
            {"action_href", LibraryHref(slug)},
            {"feed_href", LibraryFeedHref(slug)},
            {"index_href", "/learning"},
            {"filtered", asked.kind || asked.audience || asked.theme}};
  if (error != nullptr) AddFieldError(page, *error, "kind");
  const auto message = [&](std::string_view field) {
    return error != nullptr && error->field == field ? error->message : std::string{};
  };
  page["filters"] = json::array({KindSelect(asked.kind, message("kind")),
                                 AudienceSelect(asked.audience, message("audience")),
                                 ThemeSelect(library.themes, asked.theme, message("theme"))});
  json rows = json::array();
  if (error == nullptr) {
    for (const auto& briefing : library.briefings) rows.push_back(BriefingRow(slug, briefing));
  }
  page["count_text"] = rows.empty() ? std::string{"No briefings match."}
                                    : CountText(rows.size(), "briefing", "briefings");
  page["has_briefings"] = !rows.empty();
  page["briefings"] = std::move(rows);
  return page;
}

json LibraryBriefingContext(const domain::LibraryPage& page, bool printing, bool thanks) {
  const auto& briefing = page.briefing;
  const std::string& slug = page.partnership.slug;
  json audiences = json::array();
  for (const domain::Audience audience : briefing.audiences) {
    audiences.push_back(domain::AudienceLabel(audience));
  }
  json context{{"title", briefing.title},
               {"printing", printing},
               {"library_name", page.partnership.name},
               {"kind_label", domain::BriefingKindLabel(briefing.kind)},
               {"published_text", DateText(briefing.published_on)},
               {"published_iso", domain::FormatCivilDate(briefing.published_on)},
               {"audiences", std::move(audiences)},
               {"has_themes", !briefing.themes.empty()},
               {"themes", briefing.themes},
               {"markdown_html", reports::MarkdownHtml(briefing.body_markdown)}};
  if (printing) return context;
  context["partnership_name"] = page.partnership.name;
  context["demo"] = page.partnership.demo;
  context["library_href"] = LibraryHref(slug);
  context["pdf_href"] = LibraryPdfHref(slug, briefing.id);
  context["feedback_href"] = LibraryFeedbackHref(slug, briefing.id);
  context["thanks"] = thanks;
  context["rating_options"] = RatingOptions("");
  context["comment"] = "";
  context["comment_max"] = domain::kFeedbackCommentMax;
  return context;
}

void AddFeedbackRefusal(json& page, std::string_view rating, std::string_view comment,
                        const core::Error& error) {
  page["thanks"] = false;
  page["rating_options"] = RatingOptions(rating);
  page["comment"] = std::string{comment};
  AddFieldError(page, error, "rating");
}

reports::AtomFeedData LibraryFeed(const domain::Library& library, std::string_view base_url,
                                  domain::CivilDate today) {
  while (base_url.ends_with('/')) base_url.remove_suffix(1);
  const std::string host = HostOf(base_url);
  const std::string& slug = library.partnership.slug;
  reports::AtomFeedData feed;
  feed.id = "tag:" + host + "," + std::string{kFeedTagDate} + ":" + LibraryHref(slug);
  feed.title = library.partnership.name + ": learning briefings";
  feed.self_link = std::string{base_url} + LibraryFeedHref(slug);
  feed.alternate_link = std::string{base_url} + LibraryHref(slug);
  feed.author = library.partnership.name;
  domain::CivilDate newest = today;
  for (std::size_t i = 0; i < library.briefings.size(); ++i) {
    const auto& briefing = library.briefings[i];
    if (i == 0 || briefing.published_on > newest) newest = briefing.published_on;
    reports::AtomEntry entry;
    const std::string path = LibraryBriefingHref(slug, briefing.id);
    entry.id = "tag:" + host + "," + domain::FormatCivilDate(briefing.published_on) + ":" + path;
    entry.title = briefing.title;
    entry.link = std::string{base_url} + path;
    entry.published = Rfc3339(briefing.published_on);
    entry.updated = entry.published;
    entry.summary = reports::FirstParagraphText(reports::MarkdownHtml(briefing.body_markdown));
    entry.categories.push_back({std::string{domain::BriefingKindName(briefing.kind)},
                                std::string{domain::BriefingKindLabel(briefing.kind)}});
    for (const domain::Audience audience : briefing.audiences) {
      entry.categories.push_back({std::string{domain::AudienceName(audience)},
                                  std::string{domain::AudienceLabel(audience)}});
    }
    for (const std::string& theme : briefing.themes) entry.categories.push_back({theme, theme});
    feed.entries.push_back(std::move(entry));
  }
  feed.updated = Rfc3339(newest);
  return feed;
}

}  // namespace assure::http::pages
