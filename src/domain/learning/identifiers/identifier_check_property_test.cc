// Properties of the identifier check over many generated texts (fixed seeds, so every run checks
// the same texts): no specific hit without the identifier, hits that point into the text, and
// fingerprints that do not depend on where a passage stands.
#include <gtest/gtest.h>

#include <array>
#include <random>
#include <span>
#include <string>
#include <tuple>
#include <vector>

#include "domain/learning/identifiers/identifier_check.h"

namespace assure::domain {
namespace {

using K = IdentifierKind;

const std::vector<RestrictedIdentifier>& Restricted() {
  static const std::vector<RestrictedIdentifier> kRestricted = {
      {K::kName, 12, "NS-2025-12", "Amy-Louise Farrow"},
      {K::kDateOfBirth, 12, "NS-2025-12", "2014-03-09"},
      {K::kDateOfDeath, 12, "NS-2025-12", "2021-11-23"},
      {K::kAddress, 12, "NS-2025-12", "12 Mill Lane, Ashby"},
      {K::kPostcode, 12, "NS-2025-12", "ZZ9 9ZZ"},
      {K::kSchool, 12, "NS-2025-12", "Ashby Primary School"},
      {K::kNhsNumber, 12, "NS-2025-12", "943 476 5919"},
      {K::kOtherDetail, 12, "NS-2025-12", "the blue caravan at Hollin Farm"},
      {K::kName, 14, "NS-2025-14", "Zo\u00eb Symes"},
      {K::kAddress, 14, "NS-2025-14", "Flat 2, 7 Station Road, Kirkby Moor"},
  };
  return kRestricted;
}

// Ordinary briefing words, numbers, months and markup. Generic words of the identifiers ("lane",
// "primary", "caravan") are in, but no word that identifies ("Farrow", "Station", "Ashby", "9",
// "23"), so no passage of the list forms a name, address line, date of birth or death, and so on.
constexpr auto kWords = std::to_array<std::string_view>(
    {"the",     "a",           "and",      "of",      "to",        "in",         "was",
     "were",    "not",         "family",   "school",  "primary",   "academy",    "nursery",
     "health",  "visitor",     "social",   "worker",  "police",    "referral",   "concerns",
     "neglect", "home",        "lane",     "road",    "flat",      "house",      "moor",
     "blue",    "farm",        "caravan",  "mother",  "father",    "child",      "practitioners",
     "shared",  "information", "plan",     "meeting", "review",    "learning",   "agency",
     "GP",      "March",       "November", "May",     "2014",      "2021",       "12",
     "7",       "2",           "24",       "10",      "aged",      "years",      "old",
     "on",      "at",          "with",     "about",   "caf\u00e9", "na\u00efve", "O",
     "L",       "St",          "Rd",       "Ln",      "Millie's"});
constexpr auto kMarkup =
    std::to_array<std::string_view>({"**", "_", "#", "-", ",", ".", "'s", "\n", "\n\n", "> ", "[",
                                     "](https://example.org/a)", "\u2019", "`code`", "|"});

std::string RandomText(std::mt19937& random, std::size_t words) {
  std::string text;
  for (std::size_t k = 0; k < words; ++k) {
    if (k > 0 && random() % 4 != 0) text += ' ';
    const std::span<const std::string_view> list =
        random() % 4 == 0 ? std::span<const std::string_view>{kMarkup} : kWords;
    text += list[random() % list.size()];
  }
  return text;
}

void ExpectWellFormed(std::string_view text, const std::vector<IdentifierHit>& hits) {
  for (std::size_t k = 0; k < hits.size(); ++k) {
    const IdentifierHit& hit = hits[k];
    ASSERT_LE(hit.offset + hit.length, text.size());
    EXPECT_GT(hit.length, 0u);
    EXPECT_EQ(hit.text, text.substr(hit.offset, hit.length));
    EXPECT_EQ(hit.case_id.has_value(), IsSpecific(hit.kind));
    EXPECT_EQ(hit.fingerprint.rfind(std::string{IdentifierKindName(hit.kind)} + ":", 0), 0u);
    if (k == 0) continue;
    const IdentifierHit& before = hits[k - 1];
    EXPECT_LE(std::tie(before.offset, before.kind), std::tie(hit.offset, hit.kind));
    EXPECT_FALSE(before.offset == hit.offset && before.length == hit.length &&
                 before.kind == hit.kind && before.case_id == hit.case_id)
        << "duplicate " << hit.text;
  }
}

TEST(IdentifierCheckPropertyTest, TextsWithoutTheIdentifiersHaveNoSpecificHits) {
  std::mt19937 random(20250309);
  for (int n = 0; n < 1500; ++n) {
    const std::string text = RandomText(random, 5 + random() % 60);
    const std::vector<IdentifierHit> hits = CheckIdentifiers({text, Restricted(), {}});
    ExpectWellFormed(text, hits);
    for (const IdentifierHit& hit : hits) {
      EXPECT_FALSE(IsSpecific(hit.kind))
          << IdentifierKindName(hit.kind) << " [" << hit.text << "] in:\n"
          << text;
    }
  }
}

TEST(IdentifierCheckPropertyTest, ANameSeededAnywhereIsFoundWhereItWasPut) {
  std::mt19937 random(7);
  const std::vector<std::string> disguises = {"Amy-Louise Farrow", "**Farrow**",
                                              "AMY LOUISE",        "Zoe Symes",
                                              "Farrow\u2019s",     "_Zo\u00eb_\nSymes"};
  for (int n = 0; n < 500; ++n) {
    const std::string before = RandomText(random, random() % 30);
    const std::string& name = disguises[random() % disguises.size()];
    std::string text = before;
    text.append(" ").append(name).append(" ").append(RandomText(random, random() % 30));
    const std::vector<IdentifierHit> hits = CheckIdentifiers({text, Restricted(), {}});
    ExpectWellFormed(text, hits);
    bool found = false;
    for (const IdentifierHit& hit : hits) {
      const std::size_t start = before.size() + 1;
      found = found || (hit.kind == K::kName && hit.offset >= start &&
                        hit.offset + hit.length <= start + name.size());
    }
    EXPECT_TRUE(found) << text;
  }
}

TEST(IdentifierCheckPropertyTest, TheSamePassageHasTheSameFingerprintWhereverItStands) {
  const std::string text = "Amy went out. Later **Amy** came back; then Amy-Louise did.";
  const std::vector<IdentifierHit> hits = CheckIdentifiers({text, Restricted(), {}});
  ASSERT_EQ(hits.size(), 3u);
  EXPECT_EQ(hits[0].fingerprint, hits[1].fingerprint);
  EXPECT_NE(hits[0].offset, hits[1].offset);
  EXPECT_NE(hits[0].fingerprint, hits[2].fingerprint);
  EXPECT_EQ(hits[0].fingerprint.rfind("name:12:", 0), 0u) << hits[0].fingerprint;
  EXPECT_EQ(hits[0].fingerprint.find("amy"), std::string::npos) << "holds the passage";
}

TEST(IdentifierCheckPropertyTest, TextInsertedBeforeAHitMovesItButKeepsItsFingerprint) {
  std::mt19937 random(99);
  const std::vector<std::string> places = {"Oakwood Unit"};
  const std::string body =
      "Seen at 12 Mill Lane on 9/3/14 by Zo\u00eb Symes, aged 7 on 1 May 2021, at the Oakwood "
      "Unit; call 07700 900123, NHS 945 807 3022, NI JG103759A, email a.b@example.org, ZZ9 9ZZ.";
  const std::vector<IdentifierHit> original = CheckIdentifiers({body, Restricted(), places});
  ASSERT_GE(original.size(), 10u);
  for (int n = 0; n < 200; ++n) {
    const std::string prefix = RandomText(random, 1 + random() % 40) + "\n\n";
    const std::string text = prefix + body;
    const std::vector<IdentifierHit> moved = CheckIdentifiers({text, Restricted(), places});
    ExpectWellFormed(text, moved);
    for (const IdentifierHit& hit : original) {
      bool found = false;
      for (const IdentifierHit& other : moved) {
        found = found || (other.kind == hit.kind && other.case_id == hit.case_id &&
                          other.offset == hit.offset + prefix.size() &&
                          other.length == hit.length && other.fingerprint == hit.fingerprint);
      }
      EXPECT_TRUE(found) << IdentifierKindName(hit.kind) << " [" << hit.text << "] after:\n"
                         << prefix;
    }
  }
}

}  // namespace
}  // namespace assure::domain
