-- The bytes of uploaded files (issue 4: agency responses), stored once per partnership by their
-- SHA-256 (lower-case hex). Records that hold files (response_files) name their content by
-- sha256; keeping the bytes in the database means a backup and a transaction hold them with
-- those records. size is the number of bytes, checked against the content itself.
CREATE TABLE file_contents (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  sha256 TEXT NOT NULL,
  size BIGINT NOT NULL,
  bytes {blob} NOT NULL,
  created_at TEXT NOT NULL,
  CONSTRAINT sha256 CHECK (length(sha256) = 64),
  CONSTRAINT size CHECK (size > 0 AND size = length(bytes)),
  CONSTRAINT file_contents_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT file_contents_sha256_unique UNIQUE (partnership_id, sha256)
) {strict};
