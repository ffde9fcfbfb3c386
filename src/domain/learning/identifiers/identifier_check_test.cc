#include "domain/learning/identifiers/identifier_check.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace assure::domain {
namespace {

using K = IdentifierKind;

// Fictional cases: every name, date, address and number here is invented.
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
      {K::kName, 14, "NS-2025-14", "Zoë Symes"},
      {K::kName, 14, "NS-2025-14", "Jose Mendez"},
      {K::kName, 14, "NS-2025-14", "Connor O'Neill"},
      {K::kAddress, 14, "NS-2025-14", "Flat 2, 7 Station Road, Kirkby Moor"},
      {K::kSchool, 14, "NS-2025-14", "St Bede's Catholic Academy"},
  };
  return kRestricted;
}

std::vector<IdentifierHit> Check(std::string_view text) {
  return CheckIdentifiers({text, Restricted(), {}});
}

std::string Describe(const std::vector<IdentifierHit>& hits) {
  std::string out = "hits:";
  for (const IdentifierHit& hit : hits) {
    out += "\n  " + std::string{IdentifierKindName(hit.kind)} + " case " +
           (hit.case_id ? std::to_string(*hit.case_id) : "-") + " [" + hit.text + "]";
  }
  return out;
}

struct Disguise {
  const char* label;
  const char* text;
  IdentifierKind kind;
  std::int64_t case_id;
  const char* passage;  // the hit's text: the original bytes it must point at
};

constexpr Disguise kDisguises[] = {
    {"FullName", "We remember Amy-Louise Farrow today.", K::kName, 12, "Amy-Louise Farrow"},
    {"HyphenWrittenAsSpace", "Amy Louise Farrow was seven.", K::kName, 12, "Amy Louise Farrow"},
    {"HyphenJoined", "AmyLouise Farrow", K::kName, 12, "AmyLouise Farrow"},
    {"FirstNameAcrossLineBreak", "we spoke to Amy\nLouise about it", K::kName, 12, "Amy\nLouise"},
    {"TwoSpaces", "with Amy  Louise and", K::kName, 12, "Amy  Louise"},
    {"BoldBetweenNameWords", "**Amy-Louise** Farrow", K::kName, 12, "Amy-Louise** Farrow"},
    {"ItalicPart", "_Amy_ said", K::kName, 12, "Amy"},
    {"LinkText", "see [Farrow](https://example.org/review)", K::kName, 12, "Farrow"},
    {"HeadingPossessive", "# Amy's story\n\nText.", K::kName, 12, "Amy"},
    {"ListCurlyPossessive", "- Farrow\u2019s mother", K::kName, 12, "Farrow"},
    {"TrailingPossessive", "the Symes' home", K::kName, 14, "Symes"},
    {"FamilyPlural", "the Farrows moved", K::kName, 12, "Farrow"},
    {"AccentedValueUnaccentedText", "Zoe Symes", K::kName, 14, "Zoe Symes"},
    {"UnaccentedValueAccentedText", "Jos\u00e9 M\u00e9ndez", K::kName, 14, "Jos\u00e9 M\u00e9ndez"},
    {"UpperCase", "AMY-LOUISE FARROW", K::kName, 12, "AMY-LOUISE FARROW"},
    {"HtmlEntityAccent", "Zo&euml; Symes", K::kName, 14, "Zo&euml; Symes"},
    {"CombiningDiaeresis", "Zoe\u0308 Symes", K::kName, 14, "Zoe\u0308 Symes"},
    {"ApostropheDropped", "Connor ONeill", K::kName, 14, "Connor ONeill"},
    {"CurlyApostropheInName", "O\u2019Neill", K::kName, 14, "O\u2019Neill"},
    {"NameInLinkDestination", "[report](https://example.org/farrow-review)", K::kName, 12,
     "farrow"},
    {"TableCell", "| Symes | 7 |", K::kName, 14, "Symes"},
    {"BlockquoteAcrossLines", "> Zo\u00eb\n> Symes", K::kName, 14, "Zo\u00eb\n> Symes"},
    {"DateLong", "born 9 March 2014.", K::kDateOfBirth, 12, "9 March 2014"},
    {"DateOrdinal", "born 9th March 2014", K::kDateOfBirth, 12, "9th March 2014"},
    {"DateMonthFirst", "born March 9, 2014", K::kDateOfBirth, 12, "March 9, 2014"},
    {"DateSlashes", "born 09/03/2014", K::kDateOfBirth, 12, "09/03/2014"},
    {"DateSlashesShort", "born 9/3/2014", K::kDateOfBirth, 12, "9/3/2014"},
    {"DateTwoDigitYear", "born 9/3/14", K::kDateOfBirth, 12, "9/3/14"},
    {"DateDots", "born 09.03.2014.", K::kDateOfBirth, 12, "09.03.2014"},
    {"DateDashes", "born 09-03-2014", K::kDateOfBirth, 12, "09-03-2014"},
    {"DateIso", "born 2014-03-09", K::kDateOfBirth, 12, "2014-03-09"},
    {"DateShortMonth", "born 9 Mar 2014", K::kDateOfBirth, 12, "9 Mar 2014"},
    {"DateWithWeekday", "born on Sunday 9 March 2014", K::kDateOfBirth, 12, "9 March 2014"},
    {"DateOrdinalOf", "the 9th of March 2014", K::kDateOfBirth, 12, "9th of March 2014"},
    {"DateAcrossLineBreak", "born 9 March\n2014", K::kDateOfBirth, 12, "9 March\n2014"},
    {"DateUpperCase", "BORN 9 MARCH 2014", K::kDateOfBirth, 12, "9 MARCH 2014"},
    {"DateMonthFirstAbbreviated", "Mar. 9th, 2014", K::kDateOfBirth, 12, "Mar. 9th, 2014"},
    {"DateInBold", "born **9 March 2014**", K::kDateOfBirth, 12, "9 March 2014"},
    {"DateOfDeath", "died on 23 November 2021", K::kDateOfDeath, 12, "23 November 2021"},
    {"DateOfDeathNumeric", "died 23/11/2021", K::kDateOfDeath, 12, "23/11/2021"},
    {"AddressWhole", "lived at 12 Mill Lane, Ashby.", K::kAddress, 12, "12 Mill Lane, Ashby"},
    {"AddressStreetOnly", "lived on Mill Lane until", K::kAddress, 12, "Mill Lane"},
    {"AddressAbbreviated", "at 12 Mill Ln then", K::kAddress, 12, "12 Mill Ln"},
    {"AddressTown", "moved to Ashby in 2019", K::kAddress, 12, "Ashby"},
    {"AddressOverLines", "12 Mill Lane\nAshby", K::kAddress, 12, "12 Mill Lane\nAshby"},
    {"AddressRoadAbbreviated", "near 7 Station Rd.", K::kAddress, 14, "7 Station Rd"},
    {"AddressTwoWordTown", "from Kirkby Moor", K::kAddress, 14, "Kirkby Moor"},
    {"Postcode", "postcode ZZ9 9ZZ", K::kPostcode, 12, "ZZ9 9ZZ"},
    {"PostcodeWithoutSpace", "postcode zz99zz", K::kPostcode, 12, "zz99zz"},
    {"SchoolWhole", "attended Ashby Primary School", K::kSchool, 12, "Ashby Primary School"},
    {"SchoolWithoutSchool", "attended Ashby Primary.", K::kSchool, 12, "Ashby Primary"},
    {"SchoolUpperCase", "ASHBY PRIMARY SCHOOL", K::kSchool, 12, "ASHBY PRIMARY SCHOOL"},
    {"SchoolShortened", "at St Bede\u2019s", K::kSchool, 14, "St Bede\u2019s"},
    {"NhsJoined", "NHS 9434765919", K::kNhsNumber, 12, "9434765919"},
    {"NhsDashed", "NHS 943-476-5919", K::kNhsNumber, 12, "943-476-5919"},
    {"NhsSpaced", "NHS: 943 476 5919.", K::kNhsNumber, 12, "943 476 5919"},
    {"OtherDetail", "The Blue Caravan at Hollin Farm", K::kOtherDetail, 12,
     "The Blue Caravan at Hollin Farm"},
    {"OtherDetailAcrossLines", "in the blue caravan\nat *Hollin Farm*", K::kOtherDetail, 12,
     "the blue caravan\nat *Hollin Farm"},
};

class SeededIdentifierTest : public testing::TestWithParam<Disguise> {};

TEST_P(SeededIdentifierTest, IsFoundWithItsKindCaseAndOriginalPassage) {
  const Disguise& d = GetParam();
  const std::string text = d.text;
  const std::vector<IdentifierHit> hits = Check(text);
  bool found = false;
  for (const IdentifierHit& hit : hits) {
    ASSERT_LE(hit.offset + hit.length, text.size());
    EXPECT_EQ(hit.text, text.substr(hit.offset, hit.length));
    if (hit.kind == d.kind && hit.case_id == d.case_id && hit.text == d.passage) {
      found = true;
      EXPECT_EQ(hit.case_reference, "NS-2025-" + std::to_string(d.case_id));
      EXPECT_FALSE(hit.matched.empty());
      EXPECT_NE(hit.context.find(hit.text), std::string::npos);
    }
  }
  EXPECT_TRUE(found) << "wanted " << IdentifierKindName(d.kind) << " [" << d.passage << "]\n"
                     << Describe(hits);
}

INSTANTIATE_TEST_SUITE_P(Disguises, SeededIdentifierTest, testing::ValuesIn(kDisguises),
                         [](const testing::TestParamInfo<Disguise>& param) {
                           return std::string{param.param.label};
                         });

std::size_t CountSpecific(const std::vector<IdentifierHit>& hits) {
  std::size_t count = 0;
  for (const IdentifierHit& hit : hits) count += IsSpecific(hit.kind) ? 1u : 0u;
  return count;
}

TEST(IdentifierCheckTest, FullNameIsOneHitNotOnePerPart) {
  const std::vector<IdentifierHit> hits = Check("Amy-Louise Farrow");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].offset, 0u);
  EXPECT_EQ(hits[0].length, 17u);
  EXPECT_EQ(hits[0].matched, "Amy-Louise Farrow");
  EXPECT_EQ(hits[0].case_reference, "NS-2025-12");
}

TEST(IdentifierCheckTest, OnePartReportsThatPartAsMatched) {
  const std::vector<IdentifierHit> hits = Check("Louise came home");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].kind, K::kName);
  EXPECT_EQ(hits[0].text, "Louise");
  EXPECT_EQ(hits[0].matched, "Louise");
}

TEST(IdentifierCheckTest, NameInsideLongerWordIsNotAHit) {
  EXPECT_EQ(CountSpecific(Check("Amyl nitrite, Tamy and Farrowing are words; so is Zoey.")), 0u)
      << Describe(Check("Amyl nitrite, Tamy and Farrowing are words; so is Zoey."));
}

TEST(IdentifierCheckTest, HouseNumberAloneIsNotAnAddress) {
  EXPECT_EQ(CountSpecific(Check("Item 12 and item 7 on the agenda; flat 2 was empty.")), 0u);
}

TEST(IdentifierCheckTest, GenericWordsAloneAreNotHits) {
  const std::string text =
      "The school, the primary academy and the nursery; a lane, a road and a station; the moor; "
      "a catholic academy; Bede; a caravan at a farm; O and o.";
  EXPECT_EQ(CountSpecific(Check(text)), 0u) << Describe(Check(text));
}

TEST(IdentifierCheckTest, OtherDatesAreNotTheDateOfBirth) {
  const std::string text = "Seen on 9 March 2015, 10 March 2014, 03/09/2014 and 2014-09-03.";
  EXPECT_EQ(CountSpecific(Check(text)), 0u) << Describe(Check(text));
}

TEST(IdentifierCheckTest, DayAndMonthOfBirthWithoutYearIsAHit) {
  const std::vector<IdentifierHit> hits = Check("Every year on 9 March the family");
  ASSERT_EQ(hits.size(), 1u) << Describe(hits);
  EXPECT_EQ(hits[0].kind, K::kDateOfBirth);
  EXPECT_EQ(hits[0].text, "9 March");
}

TEST(IdentifierCheckTest, NhsNumberWithOtherDigitsIsNotAHit) {
  EXPECT_TRUE(Check("Reference 9434765918 and 943 476 591.").empty())
      << Describe(Check("Reference 9434765918 and 943 476 591."));
}

TEST(IdentifierCheckTest, PartOfAnOtherDetailIsNotAHit) {
  EXPECT_EQ(CountSpecific(Check("A blue caravan stood on a farm.")), 0u);
}

TEST(IdentifierCheckTest, OrdinaryProseHasNoHits) {
  const std::string text =
      "## What we learned\n\nPractitioners did not always share information about the family's "
      "circumstances. The health visitor, the school nurse and children's social care each held "
      "part of the picture. *Recommendation 3*: agencies should [escalate concerns]"
      "(https://example.org/escalation) when a plan is not working. In 2019 the partnership "
      "reviewed 14 cases; 3 of them involved neglect.";
  EXPECT_TRUE(Check(text).empty()) << Describe(Check(text));
}

TEST(IdentifierCheckTest, SameNameInTwoCasesIsOneHitPerCase) {
  const std::vector<RestrictedIdentifier> restricted = {{K::kName, 3, "NS-2024-3", "Ben Carter"},
                                                        {K::kName, 4, "NS-2024-4", "Ella Carter"}};
  const std::vector<IdentifierHit> hits = CheckIdentifiers({"Mr Carter said", restricted, {}});
  ASSERT_EQ(hits.size(), 2u) << Describe(hits);
  EXPECT_EQ(hits[0].case_id, 3);
  EXPECT_EQ(hits[1].case_id, 4);
  EXPECT_EQ(hits[0].offset, hits[1].offset);
}

TEST(IdentifierCheckTest, EachKindHasItsName) {
  const std::pair<IdentifierKind, std::string_view> names[] = {
      {K::kName, "name"},
      {K::kDateOfBirth, "date_of_birth"},
      {K::kDateOfDeath, "date_of_death"},
      {K::kAddress, "address"},
      {K::kPostcode, "postcode"},
      {K::kSchool, "school"},
      {K::kNhsNumber, "nhs_number"},
      {K::kOtherDetail, "other_detail"},
      {K::kPostcodePattern, "postcode_pattern"},
      {K::kNhsNumberPattern, "nhs_number_pattern"},
      {K::kNiNumberPattern, "ni_number_pattern"},
      {K::kPhonePattern, "phone_pattern"},
      {K::kEmailPattern, "email_pattern"},
      {K::kDateWithAge, "date_with_age"},
      {K::kSensitivePlace, "sensitive_place"},
  };
  for (std::size_t k = 0; k < std::size(names); ++k) {
    EXPECT_EQ(IdentifierKindName(names[k].first), names[k].second);
    EXPECT_EQ(IsSpecific(names[k].first), k < 8) << names[k].second;
  }
}

}  // namespace
}  // namespace assure::domain
