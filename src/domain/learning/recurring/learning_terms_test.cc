#include "domain/learning/recurring/learning_terms.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "domain/learning/recurring/recurring_test_support.h"

namespace assure::domain {
namespace {

TEST(LearningStemTest, WordsOfOneFamilyShareAStem) {
  for (const char* word : {"record", "records", "recorded", "recording"}) {
    EXPECT_EQ(LearningStem(word), "recor") << word;
  }
  for (const char* word : {"refer", "referral", "referrals", "referred"}) {
    EXPECT_EQ(LearningStem(word), "refer") << word;
  }
  for (const char* word : {"plan", "planned", "planning", "plans"}) {
    EXPECT_EQ(LearningStem(word), "plan") << word;
  }
  for (const char* word : {"family", "families"}) EXPECT_EQ(LearningStem(word), "famil") << word;
  for (const char* word : {"child", "children"}) EXPECT_EQ(LearningStem(word), "child") << word;
  for (const char* word : {"share", "shared", "sharing"}) {
    EXPECT_EQ(LearningStem(word), "shar") << word;
  }
}

TEST(LearningStemTest, KeepsShortWordsAndDoubleEsses) {
  EXPECT_EQ(LearningStem("gps"), "gp");
  EXPECT_EQ(LearningStem("process"), "proce");
  EXPECT_EQ(LearningStem("status"), "statu");
  EXPECT_EQ(LearningStem("sees"), "sees");  // too short to lose "es"
}

TEST(LearningStemTest, NeverCutsACharacterInTwo) {
  EXPECT_EQ(LearningStem("abcd\xC3\xA9"), "abcd");         // abcdé
  EXPECT_EQ(LearningStem("zo\xC3\xAB"), "zo\xC3\xAB");     // zoë
  EXPECT_EQ(LearningStem("zo\xC3\xABzo"), "zo\xC3\xABz");  // 5 bytes: a whole ë
}

// The database's prefix search on a stem finds its word only if the stem is a prefix of it.
TEST(LearningStemTest, EveryStemIsAPrefixOfItsWord) {
  const auto rows = recurring_fixture::Load();
  ASSERT_FALSE(rows.empty());
  int words = 0;
  for (const auto& row : rows) {
    std::string word;
    for (char c : row.text + " ") {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        word += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      } else if (!word.empty()) {
        EXPECT_TRUE(word.starts_with(LearningStem(word))) << word;
        ++words;
        word.clear();
      }
    }
  }
  EXPECT_GT(words, 1000);
}

TEST(LearningTermsTest, KeepsTheSubjectsWordsAsSortedStems) {
  EXPECT_EQ(LearningTerms("Agencies should ensure that the voice of the child is recorded at "
                          "every contact."),
            (std::vector<std::string>{"child", "conta", "recor", "voic"}));
  // One-letter words, numbers and stop words go; each stem once.
  EXPECT_EQ(LearningTerms("Child H's records: 24 hours, RECORDED within 2 days"),
            (std::vector<std::string>{"child", "day", "hour", "recor"}));
  EXPECT_TRUE(LearningTerms("It should be the one that they use.").size() == 1);
  EXPECT_TRUE(LearningTerms(" -- ").empty());
}

TEST(WeighTermsTest, ATermOfOnePieceHasNoWeightAndOneOfEveryPieceWeighsNothing) {
  const std::vector<std::vector<std::string>> pieces{
      {"child", "voic", "recor"}, {"child", "voic", "sleep"}, {"child", "bruis"}, {"child"}};
  const auto weights = WeighTerms(pieces);
  ASSERT_EQ(weights.size(), 4u);
  EXPECT_FALSE(weights[0].contains("recor"));  // no other piece uses it
  EXPECT_DOUBLE_EQ(weights[0].at("child"), 0.0);
  EXPECT_DOUBLE_EQ(weights[0].at("voic"), std::log(4.0 / 2.0));
  EXPECT_EQ(weights[1].size(), 2u);
  EXPECT_EQ(weights[3].size(), 1u);
}

TEST(SimilarityTest, IsTheCosineOfTheWeightedTerms) {
  const WeightedTerms a{{"voic", 2.0}, {"recor", 1.0}};
  const WeightedTerms b{{"voic", 2.0}, {"visit", 1.0}};
  EXPECT_DOUBLE_EQ(Similarity(a, a), 1.0);
  EXPECT_DOUBLE_EQ(Similarity(a, b), 4.0 / 5.0);
  EXPECT_DOUBLE_EQ(Similarity(a, b), Similarity(b, a));
  EXPECT_DOUBLE_EQ(Similarity(a, WeightedTerms{{"sleep", 3.0}}), 0.0);
  EXPECT_DOUBLE_EQ(Similarity(a, {}), 0.0);
  EXPECT_DOUBLE_EQ(Similarity(WeightedTerms{{"child", 0.0}}, WeightedTerms{{"child", 0.0}}), 0.0);
}

TEST(SearchTermsTest, TheHeaviestTermsUntilTheRestCouldNotReachTheThreshold) {
  const WeightedTerms terms{{"child", 0.0}, {"voic", 2.0}, {"recor", 1.0}, {"marac", 2.0}};
  // Without a threshold every term of some weight, heaviest first, then by term.
  EXPECT_EQ(SearchTerms(terms, 0.0, 16), (std::vector<std::string>{"marac", "voic", "recor"}));
  EXPECT_EQ(SearchTerms(terms, 0.0, 1), (std::vector<std::string>{"marac"}));
  // At 0.44: after marac and voic, recor's share of the norm (1 of 9) is under 0.44 squared: a
  // piece sharing only recor is at most 1/3 similar.
  EXPECT_EQ(SearchTerms(terms, 0.44, 16), (std::vector<std::string>{"marac", "voic"}));
  EXPECT_DOUBLE_EQ(Similarity(terms, WeightedTerms{{"recor", 1.0}}), 1.0 / 3.0);
  EXPECT_TRUE(SearchTerms(WeightedTerms{{"child", 0.0}}, 0.44, 16).empty());
}

// Nothing similar enough is missed: every pair of fixture pieces at or above the threshold
// shares one of the first piece's search terms.
TEST(SearchTermsTest, EveryPieceSimilarEnoughSharesASearchedTerm) {
  const auto rows = recurring_fixture::Load();
  ASSERT_FALSE(rows.empty());
  std::vector<std::vector<std::string>> pieces;
  for (const auto& row : rows) pieces.push_back(LearningTerms(row.text));
  const auto weights = WeighTerms(pieces);
  int similar = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    const auto searched = SearchTerms(weights[i], 0.44, 16);
    for (std::size_t j = 0; j < weights.size(); ++j) {
      if (i == j || Similarity(weights[i], weights[j]) < 0.44) continue;
      ++similar;
      EXPECT_TRUE(std::any_of(searched.begin(), searched.end(),
                              [&](const std::string& t) { return weights[j].contains(t); }))
          << rows[i].text << " / " << rows[j].text;
    }
  }
  EXPECT_GT(similar, 50);
}

}  // namespace
}  // namespace assure::domain
