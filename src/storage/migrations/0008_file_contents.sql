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

-- Files attached to an agency's response: their records; the bytes are in file_contents, by hash.
CREATE TABLE response_files (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  request_id BIGINT NOT NULL,
  file_name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size BIGINT NOT NULL,
  sha256 TEXT NOT NULL,
  uploaded_by BIGINT REFERENCES users (id),
  uploaded_at TEXT NOT NULL,
  CONSTRAINT size CHECK (size >= 0),
  CONSTRAINT sha256 CHECK (length(sha256) = 64),
  CONSTRAINT response_files_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT response_files_request_fk FOREIGN KEY (partnership_id, request_id)
    REFERENCES information_requests (partnership_id, id),
  -- The bytes are stored before the record that names them (in the same transaction).
  CONSTRAINT response_files_content_fk FOREIGN KEY (partnership_id, sha256)
    REFERENCES file_contents (partnership_id, sha256)
) {strict};
CREATE INDEX response_files_request ON response_files (partnership_id, request_id);
