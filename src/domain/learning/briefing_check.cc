// The publication check's use of the records: the identifying details of a briefing's linked
// cases, the hits as the asker may see them, and their ids (briefing_publication.h).
#include "domain/learning/briefing_check.h"

#include <utility>

#include "security/tokens.h"

namespace assure::domain {

namespace {

// The parts of a free-text field that list several details: one per line or per semicolon.
std::vector<std::string> ListedParts(std::string_view text) {
  std::vector<std::string> parts;
  std::string part;
  auto flush = [&] {
    const auto first = part.find_first_not_of(" \t\r");
    if (first != std::string::npos) {
      const auto last = part.find_last_not_of(" \t\r");
      parts.push_back(part.substr(first, last - first + 1));
    }
    part.clear();
  };
  for (const char c : text) {
    if (c == '\n' || c == ';') {
      flush();
    } else {
      part += c;
    }
  }
  flush();
  return parts;
}

std::string_view DetailLabel(IdentifierKind kind) {
  switch (kind) {
    case IdentifierKind::kName:
      return "the name";
    case IdentifierKind::kDateOfBirth:
      return "the date of birth";
    case IdentifierKind::kDateOfDeath:
      return "the date of death";
    case IdentifierKind::kAddress:
      return "the address";
    case IdentifierKind::kPostcode:
      return "the postcode";
    case IdentifierKind::kSchool:
      return "the school or setting";
    case IdentifierKind::kNhsNumber:
      return "the NHS number";
    case IdentifierKind::kOtherDetail:
      return "an identifying detail";
    case IdentifierKind::kPostcodePattern:
    case IdentifierKind::kNhsNumberPattern:
    case IdentifierKind::kNiNumberPattern:
    case IdentifierKind::kPhonePattern:
    case IdentifierKind::kEmailPattern:
    case IdentifierKind::kDateWithAge:
    case IdentifierKind::kSensitivePlace:
      break;
  }
  return "a detail";
}

}  // namespace

std::string HitId(const IdentifierHit& hit) {
  return security::Sha256Hex(hit.fingerprint).substr(0, 16);
}

core::Result<std::vector<RestrictedIdentifier>> RestrictedIdentifiersOf(
    Transaction& tx, PartnershipId partnership, const std::vector<CaseId>& case_ids) {
  std::vector<RestrictedIdentifier> identifiers;
  for (const CaseId id : case_ids) {
    ASSURE_ASSIGN_OR_RETURN(const Case record, tx.cases(partnership).Get(id));
    ASSURE_ASSIGN_OR_RETURN(const RestrictedDetails details,
                            tx.cases(partnership).GetRestricted(id));
    auto add = [&](IdentifierKind kind, std::string value) {
      if (value.empty()) return;
      identifiers.push_back({kind, id, record.reference, std::move(value)});
    };
    for (const SubjectIdentity& identity : details.identities) {
      add(IdentifierKind::kName, identity.name);
      if (identity.date_of_birth) {
        add(IdentifierKind::kDateOfBirth, FormatCivilDate(*identity.date_of_birth));
      }
      if (identity.date_of_death) {
        add(IdentifierKind::kDateOfDeath, FormatCivilDate(*identity.date_of_death));
      }
      add(IdentifierKind::kAddress, identity.address);
      add(IdentifierKind::kPostcode, identity.postcode);
      for (std::string& school : ListedParts(identity.school)) {
        add(IdentifierKind::kSchool, std::move(school));
      }
      add(IdentifierKind::kNhsNumber, identity.nhs_number);
      for (std::string& detail : ListedParts(identity.other_details)) {
        add(IdentifierKind::kOtherDetail, std::move(detail));
      }
    }
  }
  return identifiers;
}

core::Result<CheckReport> RunCheck(Transaction& tx, const Requester& requester,
                                   const Briefing& briefing) {
  const PartnershipId partnership = requester.partnership_id();
  ASSURE_ASSIGN_OR_RETURN(const auto identifiers,
                          RestrictedIdentifiersOf(tx, partnership, briefing.content.case_ids));
  ASSURE_ASSIGN_OR_RETURN(const auto places, tx.briefings(partnership).SensitivePlaces());
  ASSURE_ASSIGN_OR_RETURN(const auto acceptances,
                          tx.briefings(partnership).Acceptances(briefing.id));
  const bool show = Permits(requester.principal, Resource::kCaseRestricted, Action::kRead,
                            InPartnership(requester));
  CheckReport report;
  auto check = [&](std::string_view field, std::string_view text) {
    for (IdentifierHit& hit : CheckIdentifiers({text, identifiers, places})) {
      BriefingHit seen;
      seen.id = HitId(hit);
      seen.field = std::string{field};
      if (IsSpecific(hit.kind)) {
        seen.detail_shown = show;
        seen.description = show ? "matches " + std::string{DetailLabel(hit.kind)} + " \"" +
                                      hit.matched + "\" recorded for case " + hit.case_reference
                                : "matches a restricted detail of case " + hit.case_reference;
        if (!show) hit.matched.clear();
      } else {
        seen.detail_shown = true;
        seen.description = hit.matched;
      }
      for (const HitAcceptance& acceptance : acceptances) {
        if (acceptance.hit_id == seen.id) seen.acceptance = acceptance;
      }
      if (!seen.acceptance) ++report.unresolved;
      seen.hit = std::move(hit);
      report.hits.push_back(std::move(seen));
    }
  };
  check("title", briefing.content.title);
  check("body_markdown", briefing.content.body_markdown);
  return report;
}

std::string CheckAuditReason(const Briefing& briefing, const CheckReport& report) {
  std::string reason = std::to_string(report.hits.size()) + " hits, " +
                       std::to_string(report.unresolved) + " unresolved; restricted details of " +
                       std::to_string(briefing.content.case_ids.size()) + " linked cases read";
  if (!briefing.content.case_ids.empty()) {
    reason += " (case ids";
    for (const CaseId id : briefing.content.case_ids) reason += " " + std::to_string(id);
    reason += ")";
  }
  return reason;
}

}  // namespace assure::domain
