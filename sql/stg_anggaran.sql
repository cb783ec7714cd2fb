-- materialized: view
-- depends: anggaran
-- unique_key: satker_id, tahun, kode
-- description: Budget lines with serapan recomputed from pagu and realisasi
-- (realisasi / pagu x 100, 2 decimals); the reported percent only where the
-- amounts are missing. sisa falls back to pagu - realisasi.
-- The recomputed percent is serapan_hitung, computed once by etl/validate
-- (half away from zero, as the contract documents); this model only chooses.
SELECT a.satker_id,
       a.tahun,
       a.kode,
       a.kode_induk,
       a.uraian,
       a.tingkat,
       a.pagu,
       a.realisasi,
       coalesce(a.sisa, a.pagu - a.realisasi) AS sisa,
       coalesce(a.serapan_hitung, a.serapan_lapor) AS serapan_persen,
       a.serapan_lapor,
       a.pagu_awal,
       a.revisi_dipa,
       a.doc_id
FROM anggaran a
