// The reminder digest: the one e-mail a lead gets a day (doc/actions.md, "Reminders"), listing
// each of their actions that needs attention with its title, due date, the reasons in words and
// a link to it, and, for an agency lead, each published briefing their agency has not confirmed
// as shared within the confirmation period (doc/learning.md, "Dissemination") with its title, the
// agency, the date it was due and a link. Nothing else goes in: a DigestItem and a
// BriefingDigestItem hold only those, so no case pseudonym, circumstance, source name or update
// text can reach an e-mail (DOMAIN.md: no personal data about case subjects leaves the system in
// mail).
//
// Pure functions of plain values; safe to call from any thread.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/actions/action.h"
#include "domain/actions/action_rules.h"
#include "domain/learning/briefing.h"
#include "domain/mail/mailer.h"

namespace assure::domain {

// What a digest says about one action.
struct DigestItem {
  ActionId id = 0;
  std::string title;
  CivilDate due_on;
  std::vector<ReminderReason> reasons;  // at least one
};

// What a digest says about one published briefing an agency has not confirmed as shared.
struct BriefingDigestItem {
  BriefingId id = 0;
  std::string title;
  std::string agency_name;
  CivilDate confirm_by;  // passed
};

// The item for `action` (only its id, title and due date are read).
DigestItem DigestItemOf(const PlanAction& action, std::vector<ReminderReason> reasons);

// Who gets the digest and where the links point.
struct DigestAddress {
  std::string to;                // the lead's account e-mail
  std::string lead_name;         // the lead's display name, for the greeting
  std::string partnership_name;  // which partnership's actions and briefings these are
  std::string base_url;          // "https://assure.example.org" (trailing slashes are dropped)
};

// "Assure: 1 action needs your attention", "Assure: 3 actions need your attention",
// "Assure: 1 briefing to confirm as shared", "Assure: 2 actions and 1 briefing need your
// attention".
std::string DigestSubject(std::size_t actions, std::size_t briefings = 0);

// Whether `base_url` can start the links: http:// or https:// then a host, printable ASCII with
// no spaces, up to 200 characters. kInvalidInput naming "base-url" (never repeating it).
core::Status ValidateBaseUrl(std::string_view base_url);

// The link to an action: "<base_url>/actions/<id>".
std::string ActionLink(std::string_view base_url, ActionId id);

// The link to a briefing: "<base_url>/briefings/<id>".
std::string BriefingLink(std::string_view base_url, BriefingId id);

// The digest for `items` then `briefings`, each in the order given.
// REQUIRES: !items.empty() || !briefings.empty().
OutgoingMail ComposeDigest(const DigestAddress& address, std::span<const DigestItem> items,
                           std::span<const BriefingDigestItem> briefings = {});

}  // namespace assure::domain
