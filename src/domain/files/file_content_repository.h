// FileContentRepository: the bytes of uploaded files (agency responses now, action evidence
// later), stored once per partnership under their SHA-256, so that the same file attached twice is
// kept once and a backup or a transaction holds the bytes with the records that name them. The
// records (domain/reviews ResponseFile, ...) carry the sha256, the name and the type; this holds
// only the content. Declared here, implemented by storage (storage::SqlFileContentRepository).
//
// Bound to one partnership when it is made: another partnership's content is kNotFound, even for
// the same bytes. Works inside one transaction its creator provides, so it is used by one thread
// at a time. Expected failures: kNotFound, kInvalidInput (a malformed sha256), kUnavailable.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/clock.h"
#include "core/result.h"

namespace assure::domain {

struct FileContent {
  std::string sha256;  // lower-case hex, 64 characters
  std::int64_t size = 0;
  std::string bytes;
  core::Instant created_at;  // when these bytes were first stored
};

class FileContentRepository {
 public:
  virtual ~FileContentRepository() = default;
  // Stores `bytes` under `sha256` unless the partnership has them already (then nothing changes).
  // Returns true when they were stored now. REQUIRES: sha256 == security::Sha256Hex(bytes).
  virtual core::Result<bool> Put(std::string_view sha256, std::string_view bytes) = 0;
  // The content with this sha256; kNotFound when the partnership has none.
  virtual core::Result<FileContent> Get(std::string_view sha256) = 0;
};

}  // namespace assure::domain
