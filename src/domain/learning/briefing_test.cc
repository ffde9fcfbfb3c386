// The briefing's own rules: its kinds' templates and sections, what may be saved and what is
// ready for review, and the line comparison of two saved versions.
#include "domain/learning/briefing.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "domain/learning/version_diff.h"

namespace assure::domain {
namespace {

using ::testing::ElementsAre;

BriefingContent Ready(BriefingKind kind) {
  BriefingContent content;
  content.kind = kind;
  content.title = "Fictional learning";
  content.audiences = {Audience::kCommunity};
  for (const std::string& heading : SectionsOf(BodyTemplate(kind))) {
    content.body_markdown += "## " + heading + "\n\nSome text.\n\n";
  }
  return content;
}

TEST(BriefingTest, NamesRoundTripAndUnknownNamesAreRefused) {
  for (const BriefingKind kind : AllBriefingKinds()) {
    EXPECT_EQ(ParseBriefingKind(BriefingKindName(kind)), kind);
  }
  for (const BriefingState state : AllBriefingStates()) {
    EXPECT_EQ(ParseBriefingState(BriefingStateName(state)), state);
  }
  for (const Audience audience : AllAudiences()) {
    EXPECT_EQ(ParseAudience(AudienceName(audience)), audience);
  }
  EXPECT_FALSE(ParseBriefingKind("eight_minute"));
  EXPECT_FALSE(ParseAudience("Community"));
  EXPECT_EQ(BriefingKindLabel(BriefingKind::kSevenMinute), "7 Minute Briefing");
}

TEST(BriefingTest, EachKindsTemplateHasItsSections) {
  EXPECT_THAT(SectionsOf(BodyTemplate(BriefingKind::kSevenMinute)),
              ElementsAre("1. Background", "2. Why it matters", "3. What we know",
                          "4. What it means for practice", "5. Questions to reflect on",
                          "6. What to do", "7. Further reading"));
  EXPECT_THAT(
      SectionsOf(BodyTemplate(BriefingKind::kLessonsLearned)),
      ElementsAre("Summary", "Key learning for professionals", "What the community can do"));
}

TEST(BriefingTest, SectionsAreLevelTwoHeadingsOutsideCodeFences) {
  EXPECT_THAT(SectionsOf("# Title\n## One ##\n### Sub\n```\n## Not a section\n```\n  ## Two\n"
                         "##Three\n"),
              ElementsAre("One", "Two"));
}

TEST(BriefingTest, ATemplateWithTextInEverySectionIsReadyForReview) {
  for (const BriefingKind kind : AllBriefingKinds()) {
    auto ready = ValidateReadyForReview(Ready(kind));
    EXPECT_TRUE(ready.ok()) << ready.error().message;
  }
}

TEST(BriefingTest, AnEmptySectionAMissingAudienceOrMisnumberedSectionsAreNotReady) {
  BriefingContent bare;
  bare.kind = BriefingKind::kSevenMinute;
  bare.title = "Fictional";
  bare.body_markdown = BodyTemplate(BriefingKind::kSevenMinute);
  bare.audiences = {Audience::kCommunity};
  auto empty = ValidateReadyForReview(bare);
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().field, "body_markdown");
  EXPECT_EQ(empty.error().message, "Write something in every section.");

  BriefingContent no_audience = Ready(BriefingKind::kLessonsLearned);
  no_audience.audiences.clear();
  EXPECT_EQ(ValidateReadyForReview(no_audience).error().field, "audiences");

  BriefingContent swapped = Ready(BriefingKind::kSevenMinute);
  const auto two = swapped.body_markdown.find("## 2.");
  swapped.body_markdown.replace(two, 5, "## 3.");
  EXPECT_EQ(ValidateReadyForReview(swapped).error().field, "body_markdown");

  BriefingContent four = Ready(BriefingKind::kLessonsLearned);
  four.body_markdown += "\n## Another\n\nMore.\n";
  EXPECT_EQ(ValidateReadyForReview(four).error().field, "body_markdown");
}

TEST(BriefingTest, ContentIsCheckedFieldByField) {
  BriefingContent content = Ready(BriefingKind::kSevenMinute);
  EXPECT_TRUE(ValidateContent(content).ok());
  content.title = "";
  EXPECT_EQ(ValidateContent(content).error().field, "title");
  content = Ready(BriefingKind::kSevenMinute);
  content.case_ids = {3, 3};
  EXPECT_EQ(ValidateContent(content).error().field, "case_ids");
  content.case_ids = {0};
  EXPECT_EQ(ValidateContent(content).error().field, "case_ids");
  content.case_ids = {};
  content.action_ids = std::vector<std::int64_t>(21);
  for (std::size_t i = 0; i < 21; ++i) content.action_ids[i] = static_cast<std::int64_t>(i + 1);
  EXPECT_EQ(ValidateContent(content).error().field, "action_ids");
  content.action_ids = {};
  content.body_markdown = std::string(kBriefingBodyMax + 1, 'a');
  EXPECT_EQ(ValidateContent(content).error().field, "body_markdown");
}

TEST(BriefingTest, TidySortsListsOnceAndTrimsTheTitle) {
  BriefingContent content;
  content.title = "  A title  ";
  content.audiences = {Audience::kCommunity, Audience::kChildrensWorkforce, Audience::kCommunity};
  content.themes = {" neglect", "exploitation", "neglect"};
  content.case_ids = {5, 2, 5};
  Tidy(content);
  EXPECT_EQ(content.title, "A title");
  EXPECT_THAT(content.audiences, ElementsAre(Audience::kChildrensWorkforce, Audience::kCommunity));
  EXPECT_THAT(content.themes, ElementsAre("exploitation", "neglect"));
  EXPECT_THAT(content.case_ids, ElementsAre(2, 5));
}

TEST(VersionDiffTest, KeepsCommonLinesAndShowsWhatWasRemovedAndAdded) {
  const auto lines = CompareLines("a\nb\nc\nd", "a\nc\nx\nd\ne");
  EXPECT_THAT(lines, ElementsAre(DiffLine{DiffKind::kSame, "a"}, DiffLine{DiffKind::kRemoved, "b"},
                                 DiffLine{DiffKind::kSame, "c"}, DiffLine{DiffKind::kAdded, "x"},
                                 DiffLine{DiffKind::kSame, "d"}, DiffLine{DiffKind::kAdded, "e"}));
  EXPECT_TRUE(CompareLines("", "").empty());
  EXPECT_THAT(CompareLines("same\r\n", "same\n"), ElementsAre(DiffLine{DiffKind::kSame, "same"}));
}

TEST(VersionDiffTest, EveryLineOfBothTextsAppearsOnceInOrder) {
  const std::string before = "one\ntwo\nthree\nfour\nfive\nsix";
  const std::string after = "zero\ntwo\nfour\nfive\nfive and a half\nsix\nseven";
  std::string rebuilt_before;
  std::string rebuilt_after;
  for (const DiffLine& line : CompareLines(before, after)) {
    if (line.kind != DiffKind::kAdded)
      rebuilt_before += (rebuilt_before.empty() ? "" : "\n") + line.text;
    if (line.kind != DiffKind::kRemoved)
      rebuilt_after += (rebuilt_after.empty() ? "" : "\n") + line.text;
  }
  EXPECT_EQ(rebuilt_before, before);
  EXPECT_EQ(rebuilt_after, after);
}

}  // namespace
}  // namespace assure::domain
