#include "domain/assurance/standards.h"

#include <array>
#include <optional>
#include <set>
#include <utility>

#include "domain/enum_names.h"
#include "domain/text_rules.h"

namespace assure::domain {

namespace {

constexpr std::array<std::pair<RatingScale, std::string_view>, 2> kScales{{
    {RatingScale::kFourPoint, "four_point"},
    {RatingScale::kRedAmberGreen, "rag"},
}};
constexpr std::array<std::pair<RatingScale, std::string_view>, 2> kScaleLabels{{
    {RatingScale::kFourPoint, "4-point"},
    {RatingScale::kRedAmberGreen, "Red, amber, green"},
}};
constexpr std::array<std::string_view, 4> kFourPoint{"4", "3", "2", "1"};
constexpr std::array<std::string_view, 3> kRag{"green", "amber", "red"};
constexpr std::array<std::string_view, 4> kFourPointWords{"Outstanding", "Good",
                                                          "Requires improvement", "Inadequate"};
constexpr std::array<std::string_view, 3> kRagWords{"Green", "Amber", "Red"};

// The index of `rating` in the scale's list, best first.
std::optional<std::size_t> IndexOf(RatingScale scale, std::string_view rating) {
  const auto ratings = RatingsOf(scale);
  for (std::size_t i = 0; i < ratings.size(); ++i) {
    if (ratings[i] == rating) return i;
  }
  return std::nullopt;
}

bool IsCodeCharacter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '-';
}

core::Status ValidateStandard(const StandardDraft& standard, std::size_t index) {
  const std::string prefix = "standards[" + std::to_string(index) + "].";
  if (standard.code.empty() || standard.code.size() > 10) {
    return core::Error::InvalidInput(prefix + "code",
                                     "Give each standard a code of 1 to 10 characters.");
  }
  for (const char c : standard.code) {
    if (!IsCodeCharacter(c)) {
      return core::Error::InvalidInput(prefix + "code",
                                       "A code uses letters, digits, '.' and '-' only.");
    }
  }
  // ValidateName's message names its field: give it the word, file the error under the field.
  if (auto heading = ValidateName("heading", standard.heading); !heading.ok()) {
    return core::Error::InvalidInput(prefix + "heading", heading.error().message);
  }
  ASSURE_TRY(ValidateLongText(prefix + "statement", standard.statement, 2000, true));
  return ValidateLongText(prefix + "good_looks_like", standard.good_looks_like, 4000, false);
}

}  // namespace

std::string_view RatingScaleName(RatingScale scale) { return NameOf<RatingScale>(kScales, scale); }
std::optional<RatingScale> ParseRatingScale(std::string_view name) {
  return ParseName<RatingScale>(kScales, name);
}
std::string_view RatingScaleLabel(RatingScale scale) {
  return NameOf<RatingScale>(kScaleLabels, scale);
}

std::span<const std::string_view> RatingsOf(RatingScale scale) {
  if (scale == RatingScale::kFourPoint) return kFourPoint;
  return kRag;
}

bool IsRating(RatingScale scale, std::string_view rating) {
  return IndexOf(scale, rating).has_value();
}

std::string RatingLabel(RatingScale scale, std::string_view rating) {
  const auto index = IndexOf(scale, rating);
  if (!index) return "Not rated";
  if (scale == RatingScale::kFourPoint) {
    return std::string{rating} + " " + std::string{kFourPointWords[*index]};
  }
  return std::string{kRagWords[*index]};
}

std::string_view RatingBand(RatingScale scale, std::string_view rating) {
  const auto index = IndexOf(scale, rating);
  if (!index) return "none";
  if (scale == RatingScale::kFourPoint) {
    return *index <= 1 ? "green" : *index == 2 ? "amber" : "red";
  }
  return kRag[*index];
}

core::Status ValidateFramework(const FrameworkDraft& draft) {
  ASSURE_TRY(ValidateName("name", draft.name));
  ASSURE_TRY(ValidateLongText("description", draft.description, 2000, false));
  if (draft.standards.empty() || draft.standards.size() > kMaxStandards) {
    return core::Error::InvalidInput(
        "standards", "A framework has from 1 to " + std::to_string(kMaxStandards) + " standards.");
  }
  std::set<std::string> codes;
  for (std::size_t i = 0; i < draft.standards.size(); ++i) {
    ASSURE_TRY(ValidateStandard(draft.standards[i], i));
    if (!codes.insert(draft.standards[i].code).second) {
      return core::Error::InvalidInput("standards[" + std::to_string(i) + "].code",
                                       "Give each standard its own code.");
    }
  }
  return core::Ok();
}

}  // namespace assure::domain
