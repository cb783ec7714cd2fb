-- materialized: view
-- depends: anggaran
-- unique_key: satker_id, tahun, kode
-- description: Budget lines with serapan recomputed from pagu and realisasi
-- (realisasi / pagu x 100, 2 decimals); the reported percent only where the
-- amounts are missing. sisa falls back to pagu - realisasi.
SELECT a.satker_id,
       a.tahun,
       a.kode,
       a.kode_induk,
       a.uraian,
       a.tingkat,
       a.pagu,
       a.realisasi,
       coalesce(a.sisa, a.pagu - a.realisasi) AS sisa,
       CASE WHEN a.pagu > 0 AND a.realisasi IS NOT NULL
            THEN round(a.realisasi::DOUBLE * 100 / a.pagu, 2)
            ELSE a.serapan_lapor END AS serapan_persen,
       a.serapan_lapor,
       a.pagu_awal,
       a.revisi_dipa,
       a.doc_id
FROM anggaran a
