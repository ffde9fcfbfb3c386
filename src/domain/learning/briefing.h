// Briefing: a short piece of learning the partnership publishes (DOMAIN.md, area 4). A 7 Minute
// Briefing puts a practice theme in the spotlight in seven numbered sections; a Lessons Learned
// Briefing is a snapshot of one case: a summary, the key learning for professionals and what the
// community can do. The body is Markdown; its sections are its level-2 headings.
//
// Workflow (doc/learning.md): draft -> in review -> approved -> published -> withdrawn. The enum
// names are the storage, wire and URL form. Plain values and pure functions; safe to copy and
// call from any thread.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/civil_date.h"
#include "domain/identity/user.h"
#include "domain/ids.h"

namespace assure::domain {

using BriefingId = std::int64_t;

enum class BriefingKind { kSevenMinute, kLessonsLearned };
// "seven_minute", "lessons_learned".
std::string_view BriefingKindName(BriefingKind kind);
std::optional<BriefingKind> ParseBriefingKind(std::string_view name);
// "7 Minute Briefing", "Lessons Learned Briefing".
std::string_view BriefingKindLabel(BriefingKind kind);
std::span<const BriefingKind> AllBriefingKinds();

enum class BriefingState { kDraft, kInReview, kApproved, kPublished, kWithdrawn };
// "draft", "in_review", "approved", "published", "withdrawn".
std::string_view BriefingStateName(BriefingState state);
std::optional<BriefingState> ParseBriefingState(std::string_view name);
std::string_view BriefingStateLabel(BriefingState state);  // "In review"
std::span<const BriefingState> AllBriefingStates();

enum class Audience { kChildrensWorkforce, kAdultsWorkforce, kCommunity };
// "childrens_workforce", "adults_workforce", "community".
std::string_view AudienceName(Audience audience);
std::optional<Audience> ParseAudience(std::string_view name);
std::string_view AudienceLabel(Audience audience);  // "Children's workforce"
std::span<const Audience> AllAudiences();

// The sections a briefing of `kind` has, in order, with the headings a new one starts with (our
// own words; the author may reword them). A 7 Minute Briefing has seven, a Lessons Learned
// Briefing three.
std::span<const std::string_view> SectionHeadings(BriefingKind kind);
// The Markdown a new briefing of `kind` starts with: its sections' headings, numbered for a 7
// Minute Briefing ("## 1. Background"), each followed by an empty paragraph.
std::string BodyTemplate(BriefingKind kind);

// The level-2 headings ("## ...") of `body_markdown`, in order, trimmed, outside code fences.
std::vector<std::string> SectionsOf(std::string_view body_markdown);

// What a briefing is: the fields a person writes.
struct BriefingContent {
  BriefingKind kind = BriefingKind::kSevenMinute;
  std::string title;
  std::string body_markdown;
  std::vector<Audience> audiences;  // sorted, each once
  std::vector<std::string> themes;  // names from the partnership's theme list, sorted
  std::vector<CaseId> case_ids;     // sorted, each once
  std::vector<RecommendationId> recommendation_ids;
  std::vector<std::int64_t> action_ids;
};

struct Briefing {
  BriefingId id = 0;
  PartnershipId partnership_id = 0;
  BriefingContent content;
  BriefingState state = BriefingState::kDraft;
  UserId created_by = 0;
  core::Instant created_at{};
  core::Instant updated_at{};
  std::optional<UserId> approved_by;
  std::optional<CivilDate> approved_on;
  std::optional<CivilDate> published_on;  // the first publication's date (the library's date)
  std::optional<CivilDate> withdrawn_on;
  std::string withdrawal_reason;
  Version version = 0;
};

// One saved version of a briefing's words: every save keeps one, never changed afterwards.
struct BriefingVersion {
  BriefingId briefing_id = 0;
  Version version = 0;
  std::string title;
  std::string body_markdown;
  UserId saved_by = 0;
  core::Instant saved_at{};
};

inline constexpr std::size_t kBriefingTitleMax = 200;
inline constexpr std::size_t kBriefingBodyMax =
    60000;  // code points: a long briefing is ~3,000 words
inline constexpr std::size_t kBriefingLinksMax = 20;  // cases, recommendations or actions each

// Checks what a person may save at any time (a draft may be unfinished): "title" 1..200
// characters, "body_markdown" up to 60,000, "audiences" and "themes" each once, "case_ids",
// "recommendation_ids" and "action_ids" positive, each once, up to 20.
core::Status ValidateContent(const BriefingContent& content);

// Checks that the body is ready for review: "audiences" not empty, and "body_markdown" has the
// kind's sections as level-2 headings: seven numbered 1 to 7 in order for a 7 Minute Briefing,
// three for a Lessons Learned Briefing, each followed by some text.
core::Status ValidateReadyForReview(const BriefingContent& content);

// Sorts and removes duplicates from the content's lists; trims the title.
void Tidy(BriefingContent& content);

}  // namespace assure::domain
