-- The analyst-facing contract. Names and columns here are a promise: add
-- columns, never rename. One row per natural key; where documents disagree the
-- view prefers (1) the subject satker's own report, (2) the row its document
-- marked utama, (3) high confidence, (4) the latest load, then doc_id for a
-- stable order. Disagreements surface in `temuan` as konflik.* findings.

CREATE VIEW satker AS
SELECT satker_id, kode_wilayah, nama, jenis, provinsi_id, wilayah
FROM ref_satker;

CREATE VIEW dokumen AS
SELECT doc_id, path, sha256, satker_id, tahun, format, status, loaded_at,
       synthetic, parser_version, facts, pesan, run_id
FROM etl_document
WHERE status IN ('loaded', 'rejected');
