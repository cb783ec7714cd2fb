-- The precedence views (pilih_*), the contract views of the fact families,
-- konflik and temuan become models (etl/family renders the family ones,
-- sql/konflik.sql and sql/temuan.sql are the others), so that changing
-- precedence never needs a migration. Models never replace what they did
-- not create, so the views 004 created are handed over to them here: they
-- keep answering queries until the next `lkj ingest` or `lkj build`
-- replaces each with its model (the recorded sha256 never matches).
-- satker and dokumen stay views of this history: commands read them before
-- anything is built. The table is etl_model as etl/models creates it.
CREATE TABLE IF NOT EXISTS etl_model (
    name VARCHAR PRIMARY KEY, materialized VARCHAR NOT NULL, sha256 VARCHAR NOT NULL,
    rows BIGINT, duration_ms BIGINT, built_at TIMESTAMP NOT NULL);
INSERT OR REPLACE INTO etl_model
SELECT view_name, 'view', 'migration 004', NULL, NULL, now()::TIMESTAMP
FROM duckdb_views()
WHERE database_name = current_database() AND schema_name = current_schema()
  AND view_name IN ('temuan', 'konflik',
                    'capaian', 'pilih_capaian', 'capaian_seri', 'pilih_capaian_seri',
                    'anggaran', 'pilih_anggaran', 'sakip', 'pilih_sakip', 'sakip_komponen',
                    'rb', 'pilih_rb', 'dpt', 'pilih_dpt');
