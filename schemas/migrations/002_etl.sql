-- Bookkeeping: runs, documents, findings.
CREATE SEQUENCE etl_run_seq START 1;

CREATE TABLE etl_run (
    run_id        BIGINT PRIMARY KEY,
    command       VARCHAR NOT NULL,
    started_at    TIMESTAMP NOT NULL,
    ended_at      TIMESTAMP,
    status        VARCHAR NOT NULL,    -- running, ok, partial, failed
    docs_seen     BIGINT DEFAULT 0,
    docs_loaded   BIGINT DEFAULT 0,
    docs_skipped  BIGINT DEFAULT 0,    -- unchanged (same sha256)
    docs_replaced BIGINT DEFAULT 0,
    docs_rejected BIGINT DEFAULT 0,
    facts_loaded  BIGINT DEFAULT 0,
    findings      BIGINT DEFAULT 0
);

CREATE TABLE etl_document (
    doc_id         VARCHAR PRIMARY KEY,  -- first 16 hex digits of sha256
    path           VARCHAR NOT NULL,
    sha256         VARCHAR NOT NULL,
    satker_id      VARCHAR,              -- reporting satker; NULL when unidentified
    tahun          INTEGER,              -- report year
    kind           VARCHAR NOT NULL DEFAULT 'lkj',
    format         VARCHAR NOT NULL,     -- txt, csv, xlsx
    status         VARCHAR NOT NULL CHECK (status IN ('loaded', 'rejected', 'replaced')),
    pesan          VARCHAR,              -- why rejected
    parser_version VARCHAR,
    synthetic      BOOLEAN NOT NULL DEFAULT false,
    bytes          BIGINT,
    facts          BIGINT DEFAULT 0,
    run_id         BIGINT,
    loaded_at      TIMESTAMP NOT NULL
);

CREATE TABLE etl_finding (
    doc_id      VARCHAR NOT NULL,
    aturan      VARCHAR NOT NULL,
    tingkat     VARCHAR NOT NULL CHECK (tingkat IN ('info', 'warning', 'error')),
    pesan       VARCHAR NOT NULL,
    nilai       VARCHAR,
    baris_awal  INTEGER,
    baris_akhir INTEGER
);
