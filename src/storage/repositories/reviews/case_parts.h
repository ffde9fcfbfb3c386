// The rows that belong to one case: its subjects (case_subjects), themes (case_themes) and
// restricted identities (subject_identities). Read for a whole page of cases with one query each;
// written for one case. Used by SqlCaseRepository inside its transaction; every statement is
// scoped to `partnership_id`. Internal to storage; stateless functions, thread-compatible.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/reviews/cases/case.h"
#include "storage/sql/connection.h"

namespace assure::storage {

// Fills the subjects and themes of `cases` (all of the partnership), one query each.
core::Status LoadCaseParts(sql::Connection& connection, domain::PartnershipId partnership_id,
                           std::vector<domain::Case>& cases);

// Inserts a new case's subjects in order; returns their ids in the same order.
core::Result<std::vector<domain::SubjectId>> InsertSubjects(
    sql::Connection& connection, domain::PartnershipId partnership_id, domain::CaseId case_id,
    const std::vector<domain::Subject>& subjects);

// Makes the case's subjects `subjects`, in that order: those with an id (which must be the
// case's, else kInvalidInput "subjects") are updated, those without are added, and the others
// are removed with their identities.
core::Status SyncSubjects(sql::Connection& connection, domain::PartnershipId partnership_id,
                          domain::CaseId case_id, const std::vector<domain::Subject>& subjects);

// Replaces the case's themes with `names`; kInvalidInput ("themes") for a name that is not in the
// partnership's list.
core::Status ReplaceThemes(sql::Connection& connection, domain::PartnershipId partnership_id,
                           domain::CaseId case_id, const std::vector<std::string>& names);

// The case's recorded identities, in subject order.
core::Result<std::vector<domain::SubjectIdentity>> LoadIdentities(
    sql::Connection& connection, domain::PartnershipId partnership_id, domain::CaseId case_id);

// Replaces the case's identities; each subject_id must be a subject of the case (kInvalidInput
// "restricted.identities" otherwise).
core::Status ReplaceIdentities(sql::Connection& connection, domain::PartnershipId partnership_id,
                               domain::CaseId case_id,
                               const std::vector<domain::SubjectIdentity>& identities);

}  // namespace assure::storage
