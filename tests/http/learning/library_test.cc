// The public learning library (/learning..., doc/learning.md "The public library") through the
// whole server, without signing in, on both backends: only a partnership's published briefings
// are shown (a draft, an approved and a withdrawn one, and another partnership's, are 404), the
// filters, the Atom feed, caching with ETags, and the anonymous "Was this useful?" form: stored
// with no address, refused input 422, the sixth answer in an hour 429; then the business unit
// reads the answers through the API and an agency lead may not. Fictional data only.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "http/learning/library_fixture.h"
#include "storage/sql/database.h"

namespace assure::testing {
namespace {

using namespace std::chrono_literals;
using domain::AuditOutcome;
using nlohmann::json;

std::size_t Count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

class LibraryPagesTest : public LibraryTest {
 protected:
  core::Result<HttpReply> GetWith(const std::string& path, const std::string& headers) {
    return HttpGet(t_->port(), path, headers);
  }

  core::Result<HttpReply> SendFeedback(domain::BriefingId id, const std::string& form,
                                       const std::string& slug = "northshire") {
    return t_->Post(PagePath(slug, id) + "/feedback", form);
  }

  std::vector<domain::BriefingFeedback> StoredFeedback(domain::BriefingId id) {
    auto stored =
        t_->store().Read([&](domain::Transaction& tx) { return tx.library(north_).Feedback(id); });
    EXPECT_TRUE(stored.ok()) << stored.error().message;
    return stored.ok() ? *stored : std::vector<domain::BriefingFeedback>{};
  }

  // Every audit event of any chain that names `address`.
  std::int64_t EventsFrom(const std::string& address) {
    auto counted = t_->app().database().Read(
        [&](storage::sql::Connection& connection) -> core::Result<std::int64_t> {
          auto rows = connection.Query("SELECT COUNT(*) FROM audit_events WHERE client_address = ?",
                                       {address});
          if (!rows.ok()) return rows.error();
          return rows->rows.front().Int64(0);
        });
    EXPECT_TRUE(counted.ok()) << counted.error().message;
    return counted.ok() ? *counted : -1;
  }
};

TEST_P(LibraryPagesTest, OnlyPublishedBriefingsOfThePartnershipAreListedNewestFirst) {
  const auto index = t_->Get("/learning");
  ASSERT_EQ(index->status, 200) << index->body;
  EXPECT_NE(index->body.find("href=\"/learning/northshire\""), std::string::npos);
  EXPECT_NE(index->body.find("href=\"/learning/southshire\""), std::string::npos);
  EXPECT_EQ(index->body.find("/learning/eastshire"), std::string::npos);  // a draft only

  const auto list = t_->Get("/learning/northshire");
  ASSERT_EQ(list->status, 200) << list->body;
  const std::string& html = list->body;
  const auto neglect = html.find("Fictional neglect &lt;spotlight&gt; &amp; &quot;more&quot;");
  const auto review = html.find(kReviewTitle);
  ASSERT_NE(neglect, std::string::npos);
  ASSERT_NE(review, std::string::npos);
  EXPECT_LT(review, neglect);  // published 15 December, after the neglect briefing
  EXPECT_NE(html.find(kSummary), std::string::npos);  // the first paragraph as its summary
  EXPECT_EQ(html.find("<spotlight>"), std::string::npos);
  for (const char* hidden :
       {"Fictional draft briefing", "Fictional approved briefing", "Fictional withdrawn briefing",
        "Fictional Southshire briefing", "CR-2025-001", "Child H", kSecretName}) {
    EXPECT_EQ(html.find(hidden), std::string::npos) << hidden;
  }
  EXPECT_NE(html.find("2 briefings"), std::string::npos);
  EXPECT_EQ(list->Header("cache-control"), "public, max-age=300");
  EXPECT_TRUE(list->Header("etag").has_value());
  EXPECT_EQ(t_->Get("/learning/nowhere")->status, 404);
  EXPECT_EQ(t_->Get("/learning/Not_A_Slug")->status, 404);
}

TEST_P(LibraryPagesTest, APublishedBriefingIsShownWithoutItsCasesAndEveryOtherIsNotFound) {
  const auto page = t_->Get(PagePath("northshire", neglect_));
  ASSERT_EQ(page->status, 200) << page->body;
  const std::string& html = page->body;
  EXPECT_NE(html.find("<span class=\"govuk-caption-l\">7 Minute Briefing</span>"),
            std::string::npos);
  EXPECT_NE(html.find("<h1 class=\"govuk-heading-l\">Fictional neglect &lt;spotlight&gt;"),
            std::string::npos);
  EXPECT_NE(html.find("<time datetime=\"2025-12-01\">1 December 2025</time>"), std::string::npos);
  EXPECT_NE(html.find("<li>Children&#39;s workforce</li>"), std::string::npos);
  EXPECT_NE(html.find("<li>Neglect</li>"), std::string::npos);
  EXPECT_NE(html.find("<h2>1. Section 1</h2>"), std::string::npos);  // the Markdown as HTML
  EXPECT_NE(html.find("href=\"" + PagePath("northshire", neglect_) + "/pdf\""), std::string::npos);
  EXPECT_NE(html.find("Was this useful?"), std::string::npos);
  EXPECT_EQ(html.find("CR-2025-001"), std::string::npos);
  EXPECT_EQ(html.find("/cases/"), std::string::npos);
  EXPECT_EQ(page->Header("cache-control"), "public, max-age=300");

  for (const auto id : {draft_, approved_, withdrawn_, southern_}) {
    EXPECT_EQ(t_->Get(PagePath("northshire", id))->status, 404) << id;
    EXPECT_EQ(t_->Get(PagePath("northshire", id) + "/pdf")->status, 404) << id;
    EXPECT_EQ(SendFeedback(id, "rating=5")->status, 404) << id;
  }
  EXPECT_EQ(t_->Get(PagePath("southshire", southern_))->status, 200);
  EXPECT_EQ(t_->Get(PagePath("southshire", neglect_))->status, 404);
  EXPECT_EQ(t_->Get("/learning/northshire/briefings/abc")->status, 404);
  EXPECT_EQ(t_->Get(PagePath("northshire", 999999))->status, 404);
  const auto missing = t_->Get(PagePath("northshire", draft_));
  EXPECT_NE(missing->Header("cache-control").value_or(""), "public, max-age=300");
  EXPECT_TRUE(StoredFeedback(draft_).empty());
}

TEST_P(LibraryPagesTest, TheFiltersNarrowTheListAndABadOneIsRefusedNamingIt) {
  const auto titles = [&](const std::string& query) {
    const auto reply = t_->Get("/learning/northshire" + query);
    EXPECT_EQ(reply->status, 200) << query << reply->body;
    std::string found;
    if (reply->body.find(kReviewTitle) != std::string::npos) found += "review ";
    if (reply->body.find("Fictional neglect") != std::string::npos) found += "neglect";
    return found;
  };
  EXPECT_EQ(titles("?kind=lessons_learned"), "review ");
  EXPECT_EQ(titles("?kind=seven_minute"), "neglect");
  EXPECT_EQ(titles("?audience=childrens_workforce"), "neglect");
  EXPECT_EQ(titles("?audience=community"), "review ");
  EXPECT_EQ(titles("?theme=Neglect"), "neglect");
  EXPECT_EQ(titles("?theme=Domestic+abuse"), "review ");
  EXPECT_EQ(titles("?kind=seven_minute&audience=community"), "");
  EXPECT_EQ(titles("?kind=&audience=&theme="), "review neglect");

  const auto bad_kind = t_->Get("/learning/northshire?kind=poster");
  EXPECT_EQ(bad_kind->status, 422);
  EXPECT_NE(bad_kind->body.find("href=\"#kind\""), std::string::npos);
  EXPECT_NE(bad_kind->body.find("seven_minute"), std::string::npos);
  const auto bad_theme = t_->Get("/learning/northshire?theme=Unknown");
  EXPECT_EQ(bad_theme->status, 422);
  EXPECT_NE(bad_theme->body.find("href=\"#theme\""), std::string::npos);
  EXPECT_EQ(bad_theme->Header("cache-control"), "no-store");
}

TEST_P(LibraryPagesTest, TheAtomFeedHasOneEntryPerPublishedBriefingWithItsTextEscaped) {
  const auto feed = t_->Get("/learning/northshire/feed.atom");
  ASSERT_EQ(feed->status, 200) << feed->body;
  EXPECT_EQ(feed->Header("content-type"), "application/atom+xml; charset=utf-8");
  const std::string& xml = feed->body;
  EXPECT_EQ(xml.rfind("<?xml version=\"1.0\" encoding=\"utf-8\"?>", 0), 0u);
  EXPECT_NE(xml.find("<feed xmlns=\"http://www.w3.org/2005/Atom\""), std::string::npos);
  EXPECT_EQ(Count(xml, "<entry>"), 2u);
  EXPECT_EQ(Count(xml, "</entry>"), 2u);
  EXPECT_NE(xml.find("<title type=\"text\">Fictional neglect &lt;spotlight&gt; &amp; "
                     "&quot;more&quot;</title>"),
            std::string::npos);
  EXPECT_EQ(xml.find("<spotlight>"), std::string::npos);
  EXPECT_NE(xml.find("<summary type=\"text\">" + std::string{kSummary} + "</summary>"),
            std::string::npos);
  EXPECT_NE(xml.find("href=\"http://localhost:8080" + PagePath("northshire", review_) + "\""),
            std::string::npos);
  EXPECT_NE(xml.find("<id>tag:localhost,2025-12-15:" + PagePath("northshire", review_) + "</id>"),
            std::string::npos);
  EXPECT_NE(xml.find("<updated>2025-12-15T00:00:00Z</updated>"), std::string::npos);
  EXPECT_EQ(xml.find("CR-2025-001"), std::string::npos);
  EXPECT_EQ(xml.find("withdrawn"), std::string::npos);
  EXPECT_EQ(feed->Header("cache-control"), "public, max-age=300");
  EXPECT_EQ(t_->Get("/learning/nowhere/feed.atom")->status, 404);
  // Eastshire has a library with nothing in it yet: a whole, empty feed.
  const auto empty = t_->Get("/learning/eastshire/feed.atom");
  ASSERT_EQ(empty->status, 200);
  EXPECT_EQ(Count(empty->body, "<entry>"), 0u);
}

TEST_P(LibraryPagesTest, EachPublicAnswerHasAStrongETagAndAMatchingRequestGets304) {
  for (const std::string& path :
       {std::string{"/learning"}, std::string{"/learning/northshire"},
        std::string{"/learning/northshire/feed.atom"}, PagePath("northshire", neglect_)}) {
    const auto first = t_->Get(path);
    ASSERT_EQ(first->status, 200) << path;
    const std::string etag = first->Header("etag").value_or("");
    ASSERT_EQ(etag.size(), 34u) << path;  // a quoted 128-bit digest: strong, no W/
    EXPECT_EQ(etag.front(), '"');
    EXPECT_EQ(t_->Get(path)->Header("etag"), etag) << path;  // the same bytes, the same tag

    const auto again = GetWith(path, "If-None-Match: " + etag + "\r\n");
    EXPECT_EQ(again->status, 304) << path;
    EXPECT_TRUE(again->body.empty());
    EXPECT_EQ(again->Header("etag"), etag);
    EXPECT_EQ(again->Header("cache-control"), "public, max-age=300");
    EXPECT_EQ(GetWith(path, "If-None-Match: \"other\", W/" + etag + "\r\n")->status, 304);
    EXPECT_EQ(GetWith(path, "If-None-Match: \"other\"\r\n")->status, 200);
  }
  // Another page has another tag.
  EXPECT_NE(t_->Get(PagePath("northshire", neglect_))->Header("etag"),
            t_->Get(PagePath("northshire", review_))->Header("etag"));
}

TEST_P(LibraryPagesTest, FeedbackIsStoredWithItsDayOnlyAndNothingAboutTheSender) {
  const std::int64_t events_before = EventsFrom("127.0.0.1");
  const auto sent = SendFeedback(neglect_, "rating=4&comment=Fictional%3A+more+examples+please");
  ASSERT_EQ(sent->status, 303) << sent->body;
  EXPECT_EQ(sent->Header("location"), PagePath("northshire", neglect_) + "?thanks=1");
  const auto thanks = t_->Get(PagePath("northshire", neglect_) + "?thanks=1");
  EXPECT_NE(thanks->body.find("Thank you for your feedback."), std::string::npos);
  EXPECT_EQ(thanks->body.find("more examples please"), std::string::npos);  // never published

  const auto stored = StoredFeedback(neglect_);
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_EQ(stored[0].rating, 4);
  EXPECT_EQ(stored[0].comment, "Fictional: more examples please");
  EXPECT_EQ(domain::FormatCivilDate(stored[0].received_on), "2026-01-05");
  // The table has no place for an address, a person or a time; the audit trail got nothing.
  auto columns = t_->app().database().Read([](storage::sql::Connection& connection) {
    return connection.Query("SELECT * FROM briefing_feedback");
  });
  ASSERT_TRUE(columns.ok()) << columns.error().message;
  EXPECT_EQ(columns->columns, (std::vector<std::string>{"id", "partnership_id", "briefing_id",
                                                        "rating", "comment", "received_on"}));
  EXPECT_EQ(EventsFrom("127.0.0.1"), events_before);
  EXPECT_EQ(t_->LogText().find("more examples please"), std::string::npos);
}

TEST_P(LibraryPagesTest, ABadRatingOrALongCommentIsRefusedNamingTheField) {
  for (const std::string form : {"rating=7", "comment=Fictional", "rating=x", "rating=05"}) {
    const auto refused = SendFeedback(neglect_, form);
    EXPECT_EQ(refused->status, 422) << form;
    EXPECT_NE(refused->body.find("<a href=\"#rating\">"), std::string::npos) << form;
    EXPECT_NE(refused->body.find("<p id=\"rating-error\" class=\"govuk-error-message\">"),
              std::string::npos)
        << form;
    EXPECT_NE(refused->Header("cache-control").value_or(""), "public, max-age=300");
  }
  EXPECT_TRUE(StoredFeedback(neglect_).empty());
}

TEST_P(LibraryPagesTest, ACommentOverAThousandCharactersIsRefusedAndKeptInTheForm) {
  const auto refused = SendFeedback(neglect_, "rating=3&comment=" + std::string(1001, 'x'));
  EXPECT_EQ(refused->status, 422);
  EXPECT_NE(refused->body.find("<a href=\"#comment\">"), std::string::npos);
  EXPECT_NE(refused->body.find(std::string(1001, 'x') + "</textarea>"), std::string::npos);
  EXPECT_NE(refused->body.find("value=\"3\" checked"), std::string::npos);
  EXPECT_TRUE(StoredFeedback(neglect_).empty());
  EXPECT_EQ(SendFeedback(neglect_, "rating=3&comment=" + std::string(1000, 'x'))->status, 303);
}

TEST_P(LibraryPagesTest, TheSixthAnswerInAnHourFromOneAddressIs429) {
  for (int i = 0; i < 5; ++i) {
    ASSERT_EQ(SendFeedback(i % 2 == 0 ? neglect_ : review_, "rating=5")->status, 303) << i;
    t_->clock().Advance(1min);
  }
  const auto limited = SendFeedback(neglect_, "rating=5");
  EXPECT_EQ(limited->status, 429);
  EXPECT_EQ(limited->Header("retry-after"), "3600");
  EXPECT_EQ(StoredFeedback(neglect_).size() + StoredFeedback(review_).size(), 5u);
  t_->clock().Advance(56min);  // the first answer is an hour old
  EXPECT_EQ(SendFeedback(neglect_, "rating=5")->status, 303);
}

TEST_P(LibraryPagesTest, AFeedbackPostFromAnotherSiteIsRefused) {
  const auto refused = t_->Post(PagePath("northshire", neglect_) + "/feedback", "rating=5", "",
                                "Origin: https://elsewhere.example\r\n");
  EXPECT_EQ(refused->status, 403);
  EXPECT_TRUE(StoredFeedback(neglect_).empty());
}

TEST_P(LibraryPagesTest, TheBusinessUnitReadsTheFeedbackAndAnAgencyLeadMayNot) {
  ASSERT_EQ(SendFeedback(review_, "rating=5&comment=Fictional+clear")->status, 303);
  ASSERT_EQ(SendFeedback(review_, "rating=2")->status, 303);
  const std::string path = "/api/v1/briefings/" + std::to_string(review_) + "/feedback";
  const auto read = ApiGet(path, Token(ada_));
  ASSERT_EQ(read->status, 200) << read->body;
  const json body = json::parse(read->body);
  EXPECT_EQ(body["briefing_id"], review_);
  EXPECT_EQ(body["count"], 2);
  EXPECT_DOUBLE_EQ(body["average"].get<double>(), 3.5);
  EXPECT_EQ(body["ratings"], (json{{"1", 0}, {"2", 1}, {"3", 0}, {"4", 0}, {"5", 1}}));
  ASSERT_EQ(body["feedback"].size(), 2u);
  EXPECT_EQ(body["feedback"][0]["rating"], 2);  // newest first
  EXPECT_EQ(body["feedback"][1]["comment"], "Fictional clear");
  EXPECT_EQ(body["feedback"][1]["received_on"], "2026-01-05");
  EXPECT_EQ(CountAudit("briefing.feedback.read", AuditOutcome::kSuccess), 1);

  const auto none = json::parse(
      ApiGet("/api/v1/briefings/" + std::to_string(draft_) + "/feedback", Token(ada_))->body);
  EXPECT_EQ(none["count"], 0);
  EXPECT_TRUE(none["average"].is_null());

  EXPECT_EQ(ApiGet(path, Token(police_lead_))->status, 403);
  const auto foreign =
      ApiGet("/api/v1/briefings/" + std::to_string(southern_) + "/feedback", Token(ada_));
  EXPECT_EQ(foreign->status, 404);
  EXPECT_EQ(CountAudit("briefing.feedback.read", AuditOutcome::kDenied), 1);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(LibraryPagesTest);

}  // namespace
}  // namespace assure::testing
