// PartnershipRepository: where partnerships (the tenants) are kept. Declared here, implemented by
// storage (storage::SqlPartnershipRepository).
//
// An implementation works inside one transaction that its creator provides, so it is used by one
// thread at a time. Expected failures come back as values: kNotFound when there is no such
// partnership, kConflict (field "slug") when the slug is taken, kInvalidInput from validation,
// kUnavailable when the database cannot be reached.
#pragma once

#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/partnership/partnership.h"

namespace assure::domain {

class PartnershipRepository {
 public:
  virtual ~PartnershipRepository() = default;

  // Validates and stores a new partnership at version 1.
  virtual core::Result<Partnership> Create(const NewPartnership& partnership) = 0;
  virtual core::Result<Partnership> FindBySlug(std::string_view slug) = 0;
  virtual core::Result<Partnership> FindById(PartnershipId id) = 0;
  // Every partnership, by name (case-folded, then id).
  virtual core::Result<std::vector<Partnership>> List() = 0;
};

}  // namespace assure::domain
