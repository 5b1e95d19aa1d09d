-- Small attachments kept in the database itself, written in the transaction that stores
-- their submission: one disk flush makes the rows and the file durable (a file in the blob
-- store needs a flush of its own). Larger ones stay files in the blob store.
CREATE TABLE blob_contents (
    blob_key   TEXT PRIMARY KEY,
    bytes      BYTEA NOT NULL
);
