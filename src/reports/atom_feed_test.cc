#include "reports/atom_feed.h"

#include <gtest/gtest.h>

#include <string>

namespace assure::reports {
namespace {

std::size_t Count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

AtomFeedData Feed() {
  AtomFeedData feed;
  feed.id = "tag:assure.example.org,2026:/learning/northshire";
  feed.title = "Northshire learning library";
  feed.self_link = "https://assure.example.org/learning/northshire/feed.atom";
  feed.alternate_link = "https://assure.example.org/learning/northshire";
  feed.updated = "2026-01-05T00:00:00Z";
  feed.author = "Northshire Safeguarding Partnership";
  AtomEntry entry;
  entry.id = "tag:assure.example.org,2026-01-05:/learning/northshire/briefings/7";
  entry.title = "Fictional <b>bold</b> & \"quoted\" learning";
  entry.link = "https://assure.example.org/learning/northshire/briefings/7?a=1&b=2";
  entry.published = "2026-01-05T00:00:00Z";
  entry.updated = "2026-01-05T00:00:00Z";
  entry.summary = "Listen to the child's voice.";
  entry.categories = {{"seven_minute", "7 Minute Briefing"}, {"community", "Community"}};
  feed.entries = {entry, entry};
  feed.entries[1].summary.clear();
  return feed;
}

TEST(AtomFeedTest, IsAnAtomDocumentWithOneEntryEachAndEveryTextEscaped) {
  const std::string xml = AtomFeed(Feed());
  EXPECT_EQ(xml.rfind("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n", 0), 0u);
  EXPECT_NE(xml.find("<feed xmlns=\"http://www.w3.org/2005/Atom\""), std::string::npos);
  EXPECT_EQ(Count(xml, "<entry>"), 2u);
  EXPECT_EQ(Count(xml, "</entry>"), 2u);
  EXPECT_NE(xml.find("<title type=\"text\">Fictional &lt;b&gt;bold&lt;/b&gt; &amp; "
                     "&quot;quoted&quot; learning</title>"),
            std::string::npos);
  EXPECT_EQ(xml.find("<b>"), std::string::npos);
  EXPECT_NE(
      xml.find("href=\"https://assure.example.org/learning/northshire/briefings/7?a=1&amp;b=2\""),
      std::string::npos);
  EXPECT_NE(xml.find("<summary type=\"text\">Listen to the child&#39;s voice.</summary>"),
            std::string::npos);
  EXPECT_EQ(Count(xml, "<summary"), 1u);  // none when empty
  EXPECT_NE(xml.find("<category term=\"seven_minute\" label=\"7 Minute Briefing\"/>"),
            std::string::npos);
  EXPECT_NE(xml.find("<name>Northshire Safeguarding Partnership</name>"), std::string::npos);
  EXPECT_NE(xml.find("<link rel=\"self\" type=\"application/atom+xml\""), std::string::npos);
  EXPECT_EQ(xml.substr(xml.size() - 8), "</feed>\n");
}

TEST(AtomFeedTest, AFeedWithoutEntriesIsStillWhole) {
  AtomFeedData feed = Feed();
  feed.entries.clear();
  const std::string xml = AtomFeed(feed);
  EXPECT_EQ(Count(xml, "<entry>"), 0u);
  EXPECT_NE(xml.find("<updated>2026-01-05T00:00:00Z</updated>"), std::string::npos);
}

TEST(XmlEscapedTest, DropsWhatXmlCannotCarryAndKeepsUnicode) {
  EXPECT_EQ(XmlEscaped("a\x01"
                       "b\x1F"
                       "c\td\ne"),
            "abc\td\ne");
  EXPECT_EQ(XmlEscaped("caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x93\x9A"),
            "caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x93\x9A");
  EXPECT_EQ(XmlEscaped("bad \xC3 byte \xFF end"), "bad  byte  end");
  EXPECT_EQ(XmlEscaped("\xED\xA0\x80"
                       "surrogate"),
            "surrogate");
  EXPECT_EQ(XmlEscaped("<&>\"'"), "&lt;&amp;&gt;&quot;&#39;");
}

}  // namespace
}  // namespace assure::reports
