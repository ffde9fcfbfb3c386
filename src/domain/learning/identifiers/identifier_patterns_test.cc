// The generic patterns of the identifier check: found without any case.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "domain/learning/identifiers/identifier_check.h"
#include "domain/learning/identifiers/identifier_scan.h"

namespace assure::domain {
namespace {

using K = IdentifierKind;

std::vector<IdentifierHit> Check(std::string_view text, std::span<const std::string> places = {}) {
  return CheckIdentifiers({text, {}, places});
}

// The texts of the hits of `kind`, in order.
std::vector<std::string> Found(std::string_view text, IdentifierKind kind,
                               std::span<const std::string> places = {}) {
  std::vector<std::string> found;
  for (const IdentifierHit& hit : Check(text, places)) {
    EXPECT_EQ(hit.text, text.substr(hit.offset, hit.length));
    EXPECT_FALSE(hit.case_id.has_value());
    EXPECT_TRUE(hit.case_reference.empty());
    EXPECT_FALSE(hit.matched.empty());
    if (hit.kind == kind) found.push_back(hit.text);
  }
  return found;
}

using Texts = std::vector<std::string>;

TEST(NhsChecksumTest, WeightsTenToTwoAndElevenMinusTheRemainder) {
  EXPECT_TRUE(identifier_scan::NhsChecksumValid("9434765919"));
  EXPECT_TRUE(identifier_scan::NhsChecksumValid("9458073022"));
  EXPECT_TRUE(identifier_scan::NhsChecksumValid("2245383230"));  // remainder 0: check digit 0
  EXPECT_FALSE(identifier_scan::NhsChecksumValid("9458073023"));
  EXPECT_FALSE(identifier_scan::NhsChecksumValid("6405622410"));  // check digit would be 10
  EXPECT_FALSE(identifier_scan::NhsChecksumValid("1234567890"));
  EXPECT_FALSE(identifier_scan::NhsChecksumValid("945807302"));
}

TEST(NhsNumberPatternTest, TenDigitsPassingModulusElevenAreFoundHoweverGrouped) {
  EXPECT_EQ(Found("NHS 945 807 3022.", K::kNhsNumberPattern), Texts{"945 807 3022"});
  EXPECT_EQ(Found("nhs no 1573681938", K::kNhsNumberPattern), Texts{"1573681938"});
  EXPECT_EQ(Found("(997-220-0337)", K::kNhsNumberPattern), Texts{"997-220-0337"});
  EXPECT_EQ(Found("**224 538 3230**", K::kNhsNumberPattern), Texts{"224 538 3230"});
}

TEST(NhsNumberPatternTest, NumbersFailingTheCheckAreNotHits) {
  EXPECT_TRUE(Found("945 807 3023", K::kNhsNumberPattern).empty());
  EXPECT_TRUE(Found("6405622410", K::kNhsNumberPattern).empty());
  EXPECT_TRUE(Found("123 456 7890", K::kNhsNumberPattern).empty());
  EXPECT_TRUE(Found("94580730221", K::kNhsNumberPattern).empty());  // eleven digits
}

TEST(NiNumberPatternTest, TwoLettersSixDigitsAndASuffixAreFound) {
  EXPECT_EQ(Found("NI JG 10 37 59 A.", K::kNiNumberPattern), Texts{"JG 10 37 59 A"});
  EXPECT_EQ(Found("ni: ab123456c", K::kNiNumberPattern), Texts{"ab123456c"});
  EXPECT_EQ(Found("NI number HW 103759 D", K::kNiNumberPattern), Texts{"HW 103759 D"});
}

TEST(NiNumberPatternTest, ForbiddenPrefixesAndSuffixesAreNotHits) {
  for (const char* text :
       {"DA 12 34 56 A", "FA123456A", "QA123456A", "AD123456A", "AO 12 34 56 B", "GB 12 34 56 A",
        "BG123456A", "NT123456B", "TN123456C", "ZZ 12 34 56 A", "AB 12 34 56 E", "AB 12 34 5 A"}) {
    EXPECT_TRUE(Found(text, K::kNiNumberPattern).empty()) << text;
  }
}

TEST(PhonePatternTest, UkNumbersAreFoundWithSpacesDashesAndBrackets) {
  EXPECT_EQ(Found("call 01632 960 001 today", K::kPhonePattern), Texts{"01632 960 001"});
  EXPECT_EQ(Found("call 01632 960001", K::kPhonePattern), Texts{"01632 960001"});
  EXPECT_EQ(Found("mobile 07700-900-123", K::kPhonePattern), Texts{"07700-900-123"});
  EXPECT_EQ(Found("mobile +44 7700 900123.", K::kPhonePattern), Texts{"+44 7700 900123"});
  EXPECT_EQ(Found("tel +447700900123", K::kPhonePattern), Texts{"+447700900123"});
  EXPECT_EQ(Found("office (0113) 496 0000", K::kPhonePattern), Texts{"(0113) 496 0000"});
  EXPECT_EQ(Found("office +44 (0)113 496 0000", K::kPhonePattern), Texts{"+44 (0)113 496 0000"});
}

TEST(PhonePatternTest, ShortNumbersYearsAndDatesAreNotPhones) {
  for (const char* text : {"0163 296", "in 2014 2015 and 2016", "on 01/02/2014", "07700 90",
                           "+33 1 23 45 67 89", "1632 960 001"}) {
    EXPECT_TRUE(Found(text, K::kPhonePattern).empty()) << text;
  }
}

TEST(EmailPatternTest, AddressesAreFoundInTextAndLinks) {
  EXPECT_EQ(Found("write to amy.f@example.org.", K::kEmailPattern), Texts{"amy.f@example.org"});
  EXPECT_EQ(Found("<first_last@mail.example.co.uk>", K::kEmailPattern),
            Texts{"first_last@mail.example.co.uk"});
  EXPECT_EQ(Found("[mail](mailto:duty@example.org)", K::kEmailPattern), Texts{"duty@example.org"});
}

TEST(EmailPatternTest, HandlesWithoutADomainAreNotEmails) {
  for (const char* text : {"@example", "name@localhost", "a@b.c", "me@ and you", "x@y..org"}) {
    EXPECT_TRUE(Found(text, K::kEmailPattern).empty()) << text;
  }
}

TEST(PostcodePatternTest, UkPostcodesAreFoundWithOrWithoutTheSpace) {
  EXPECT_EQ(Found("at LS99 9ZX.", K::kPostcodePattern), Texts{"LS99 9ZX"});
  EXPECT_EQ(Found("at ls999zx", K::kPostcodePattern), Texts{"ls999zx"});
  EXPECT_EQ(Found("M99 1AB and B9 9XX", K::kPostcodePattern), (Texts{"M99 1AB", "B9 9XX"}));
  EXPECT_EQ(Found("W9A 0AX", K::kPostcodePattern), Texts{"W9A 0AX"});
  EXPECT_EQ(Found("EH99 9ZY", K::kPostcodePattern), Texts{"EH99 9ZY"});
  EXPECT_EQ(Found("Girobank GIR 0AA", K::kPostcodePattern), Texts{"GIR 0AA"});
}

TEST(PostcodePatternTest, CodesBreakingThePostcodeRulesAreNotHits) {
  for (const char* text :
       {"QA1 1AA", "AB1 2CD", "ZZ9 9ZZ", "AB12 3", "A1 AAA", "1AB 2CD", "M99 1AI", "covid19 9ab"}) {
    EXPECT_TRUE(Found(text, K::kPostcodePattern).empty()) << text;
  }
}

TEST(DateWithAgePatternTest, AnExactDateNearAnAgeSpansFromOneToTheOther) {
  EXPECT_EQ(Found("On 9 March 2014, aged 7, she moved.", K::kDateWithAge),
            Texts{"9 March 2014, aged 7"});
  EXPECT_EQ(Found("A 7-year-old was seen on 12 June by the GP.", K::kDateWithAge),
            Texts{"7-year-old was seen on 12 June"});
  EXPECT_EQ(Found("when 18 months old, on 03/05/2020", K::kDateWithAge),
            Texts{"18 months old, on 03/05/2020"});
  EXPECT_EQ(Found("age 15 at the time (3rd May)", K::kDateWithAge),
            Texts{"age 15 at the time (3rd May"});
  EXPECT_EQ(Found("was seven years old on\n**4 April**", K::kDateWithAge),
            Texts{"seven years old on\n**4 April"});
}

TEST(DateWithAgePatternTest, DatesAndAgesApartOrAloneAreNotHits) {
  EXPECT_TRUE(Found("On 9 March 2014 the family, who had lived in the town for many years, "
                    "moved; the child was aged 7.",
                    K::kDateWithAge)
                  .empty());
  EXPECT_TRUE(Found("The meeting on 9 March 2014 agreed a plan.", K::kDateWithAge).empty());
  EXPECT_TRUE(Found("Children aged 7 to 11 attend.", K::kDateWithAge).empty());
  EXPECT_TRUE(Found("In March 2014, aged 7.", K::kDateWithAge).empty());  // no day
}

TEST(SensitivePlaceTest, PlacesAreFoundWhateverTheirCaseAccentsMarkupOrLineBreaks) {
  const std::vector<std::string> places = {"Hollybank Women's Refuge", "Oakwood Unit",
                                           "Caf\u00e9 Nord"};
  EXPECT_EQ(Found("at hollybank womens refuge", K::kSensitivePlace, places),
            Texts{"hollybank womens refuge"});
  EXPECT_EQ(Found("at Hollybank Women\u2019s Refuge.", K::kSensitivePlace, places),
            Texts{"Hollybank Women\u2019s Refuge"});
  EXPECT_EQ(Found("the **Oakwood**\nUnit's staff", K::kSensitivePlace, places),
            Texts{"Oakwood**\nUnit"});
  EXPECT_EQ(Found("met at Cafe Nord", K::kSensitivePlace, places), Texts{"Cafe Nord"});
  const std::vector<IdentifierHit> hits = Check("OAKWOOD UNIT", places);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].matched, "Oakwood Unit");
}

TEST(SensitivePlaceTest, PartsOrLongerWordsAreNotHits) {
  const std::vector<std::string> places = {"Oakwood Unit", "X"};
  EXPECT_TRUE(
      Found("Oakwood school's unit; OakwoodUnit; Oakwood Units; x", K::kSensitivePlace, places)
          .empty());
}

}  // namespace
}  // namespace assure::domain
