-- History (applied by every warehouse, then superseded): migration 006 hands
-- the precedence and contract views of the fact families, konflik and temuan
-- to the models built from etl/family and sql/ (satker and dokumen stay here).
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

CREATE VIEW pilih_capaian AS
SELECT f.*, d.loaded_at, d.satker_id AS pelapor_id,
       row_number() OVER (
           PARTITION BY f.satker_id, f.tahun, f.tingkat, f.indikator_kunci
           ORDER BY (d.satker_id = f.satker_id) DESC, f.utama DESC, d.loaded_at DESC, f.doc_id, f.baris_awal
       ) AS urutan
FROM fact_capaian f JOIN etl_document d USING (doc_id)
WHERE d.status = 'loaded';

CREATE VIEW capaian AS
SELECT doc_id, satker_id, tahun, tingkat, sasaran, indikator_id, indikator,
       target_teks, target_nilai, realisasi_teks, realisasi_nilai, satuan,
       capaian_lapor, capaian_hitung, tercapai,
       program, capaian_teks, indikator_kunci, sumber, baris_awal, baris_akhir
FROM pilih_capaian WHERE urutan = 1;

CREATE VIEW pilih_capaian_seri AS
SELECT f.*, d.loaded_at,
       row_number() OVER (
           PARTITION BY f.satker_id, f.indikator_kunci, f.tahun, f.jenis
           ORDER BY (d.satker_id = f.satker_id) DESC, f.utama DESC, d.loaded_at DESC, f.doc_id, f.baris_awal
       ) AS urutan
FROM fact_capaian_seri f JOIN etl_document d USING (doc_id)
WHERE d.status = 'loaded';

CREATE VIEW capaian_seri AS
SELECT doc_id, satker_id, indikator_id, indikator, indikator_kunci, tahun, jenis,
       teks, nilai, satuan, sumber, baris_awal, baris_akhir
FROM pilih_capaian_seri WHERE urutan = 1;

CREATE VIEW pilih_anggaran AS
SELECT f.*, d.loaded_at,
       row_number() OVER (
           PARTITION BY f.satker_id, f.tahun, f.kode
           ORDER BY (d.satker_id = f.satker_id) DESC, f.utama DESC, d.loaded_at DESC, f.doc_id, f.baris_awal
       ) AS urutan
FROM fact_anggaran f JOIN etl_document d USING (doc_id)
WHERE d.status = 'loaded';

CREATE VIEW anggaran AS
SELECT doc_id, satker_id, tahun, kode, uraian, tingkat, pagu, realisasi, sisa,
       serapan_lapor, serapan_hitung,
       kode_induk, kode_teks, pagu_awal, revisi_dipa, sumber, baris_awal, baris_akhir
FROM pilih_anggaran WHERE urutan = 1;

CREATE VIEW pilih_sakip AS
SELECT f.*, d.loaded_at,
       row_number() OVER (
           PARTITION BY f.satker_id, f.tahun_dinilai
           ORDER BY (d.satker_id = f.satker_id) DESC, f.utama DESC, (f.keyakinan = 'tinggi') DESC,
                    d.loaded_at DESC, f.doc_id, f.baris_awal
       ) AS urutan
FROM fact_sakip f JOIN etl_document d USING (doc_id)
WHERE d.status = 'loaded';

CREATE VIEW sakip AS
SELECT doc_id, satker_id, tahun_dinilai, nilai, predikat, keyakinan,
       sumber, baris_awal, baris_akhir
FROM pilih_sakip WHERE urutan = 1;

-- Components come from the same document the chosen sakip row came from, so
-- a score and its breakdown never mix two reports.
CREATE VIEW sakip_komponen AS
SELECT k.doc_id, k.satker_id, k.tahun_dinilai, k.komponen, k.bobot, k.nilai,
       k.sumber, k.baris_awal, k.baris_akhir
FROM fact_sakip_komponen k
JOIN sakip s ON s.doc_id = k.doc_id AND s.satker_id = k.satker_id
            AND s.tahun_dinilai = k.tahun_dinilai;

CREATE VIEW pilih_rb AS
SELECT f.*, d.loaded_at,
       row_number() OVER (
           PARTITION BY f.satker_id, f.tahun
           ORDER BY (d.satker_id = f.satker_id) DESC, f.utama DESC, d.loaded_at DESC, f.doc_id, f.baris_awal
       ) AS urutan
FROM fact_rb f JOIN etl_document d USING (doc_id)
WHERE d.status = 'loaded';

CREATE VIEW rb AS
SELECT doc_id, satker_id, tahun, nilai, bobot, persen, sumber, baris_awal, baris_akhir
FROM pilih_rb WHERE urutan = 1;

CREATE VIEW pilih_dpt AS
SELECT f.*, d.loaded_at,
       row_number() OVER (
           PARTITION BY f.satker_id, f.pemilihan, f.tahun, f.tingkat_wilayah, f.wilayah
           ORDER BY (d.satker_id = f.satker_id) DESC, f.utama DESC, d.loaded_at DESC, f.doc_id, f.baris_awal
       ) AS urutan
FROM fact_dpt f JOIN etl_document d USING (doc_id)
WHERE d.status = 'loaded';

CREATE VIEW dpt AS
SELECT doc_id, satker_id, pemilihan, tahun, tingkat_wilayah, wilayah, jumlah_desa,
       jumlah_tps, pemilih_l, pemilih_p, pemilih_total,
       keterangan, sumber, baris_awal, baris_akhir
FROM pilih_dpt WHERE urutan = 1;

-- Cross-document disagreements: a utama row of another document whose value
-- differs from the chosen one. Reported against the losing document.
CREATE VIEW konflik AS
WITH c AS (
    SELECT 'capaian' AS keluarga, l.doc_id, l.baris_awal, l.baris_akhir,
           l.satker_id || '/' || l.tahun || '/' || l.indikator_kunci AS kunci,
           coalesce(l.target_nilai::VARCHAR, l.target_teks) || ' / ' || coalesce(l.realisasi_nilai::VARCHAR, l.realisasi_teks) AS nilai_ini,
           coalesce(w.target_nilai::VARCHAR, w.target_teks) || ' / ' || coalesce(w.realisasi_nilai::VARCHAR, w.realisasi_teks) AS nilai_pilih,
           w.doc_id AS doc_pilih
    FROM pilih_capaian l JOIN pilih_capaian w
      ON w.urutan = 1 AND l.urutan > 1 AND l.utama AND l.doc_id <> w.doc_id
     AND w.satker_id = l.satker_id AND w.tahun = l.tahun AND w.tingkat = l.tingkat
     AND w.indikator_kunci = l.indikator_kunci
    WHERE l.target_nilai IS DISTINCT FROM w.target_nilai
       OR l.realisasi_nilai IS DISTINCT FROM w.realisasi_nilai
    UNION ALL
    SELECT 'anggaran', l.doc_id, l.baris_awal, l.baris_akhir,
           l.satker_id || '/' || l.tahun || '/' || l.kode,
           l.pagu::VARCHAR || ' / ' || l.realisasi::VARCHAR,
           w.pagu::VARCHAR || ' / ' || w.realisasi::VARCHAR, w.doc_id
    FROM pilih_anggaran l JOIN pilih_anggaran w
      ON w.urutan = 1 AND l.urutan > 1 AND l.utama AND l.doc_id <> w.doc_id
     AND w.satker_id = l.satker_id AND w.tahun = l.tahun AND w.kode = l.kode
    WHERE l.pagu IS DISTINCT FROM w.pagu OR l.realisasi IS DISTINCT FROM w.realisasi
    UNION ALL
    SELECT 'sakip', l.doc_id, l.baris_awal, l.baris_akhir,
           l.satker_id || '/' || l.tahun_dinilai,
           coalesce(l.nilai::VARCHAR, '-') || ' ' || coalesce(l.predikat, ''),
           coalesce(w.nilai::VARCHAR, '-') || ' ' || coalesce(w.predikat, ''), w.doc_id
    FROM pilih_sakip l JOIN pilih_sakip w
      ON w.urutan = 1 AND l.urutan > 1 AND l.doc_id <> w.doc_id
     AND w.satker_id = l.satker_id AND w.tahun_dinilai = l.tahun_dinilai
    WHERE l.nilai IS DISTINCT FROM w.nilai OR l.predikat IS DISTINCT FROM w.predikat
    UNION ALL
    SELECT 'dpt', l.doc_id, l.baris_awal, l.baris_akhir,
           l.satker_id || '/' || l.pemilihan || '/' || l.tahun || '/' || l.wilayah,
           coalesce(l.pemilih_total::VARCHAR, '-') || ' pemilih, ' || coalesce(l.jumlah_tps::VARCHAR, '-') || ' TPS',
           coalesce(w.pemilih_total::VARCHAR, '-') || ' pemilih, ' || coalesce(w.jumlah_tps::VARCHAR, '-') || ' TPS', w.doc_id
    FROM pilih_dpt l JOIN pilih_dpt w
      ON w.urutan = 1 AND l.urutan > 1 AND l.utama AND l.doc_id <> w.doc_id
     AND w.satker_id = l.satker_id AND w.pemilihan = l.pemilihan AND w.tahun = l.tahun
     AND w.tingkat_wilayah = l.tingkat_wilayah AND w.wilayah = l.wilayah
    WHERE l.pemilih_total IS DISTINCT FROM w.pemilih_total OR l.jumlah_tps IS DISTINCT FROM w.jumlah_tps
)
SELECT * FROM c;

CREATE VIEW temuan AS
SELECT f.doc_id, f.aturan, f.tingkat, f.pesan, f.baris_awal, f.baris_akhir, f.nilai
FROM etl_finding f JOIN etl_document d USING (doc_id)
WHERE d.status IN ('loaded', 'rejected')
UNION ALL
SELECT doc_id, 'konflik.antar_dokumen', 'warning',
       keluarga || ' ' || kunci || ': dokumen ini menyatakan ' || coalesce(nilai_ini, '-') ||
       ', dipakai ' || coalesce(nilai_pilih, '-') || ' dari dokumen ' || doc_pilih,
       baris_awal, baris_akhir, nilai_ini
FROM konflik;
