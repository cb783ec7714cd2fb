-- materialized: view
-- depends: capaian, ref_indikator
-- check: tingkat: accepted_values(sasaran_strategis, sasaran_kegiatan)
-- unique_key: satker_id, tahun, tingkat, indikator_kunci
-- description: One row per indicator of the capaian contract view, with the
-- canonical text and direction from ref_indikator. capaian_angka is
-- capaian_hitung for numeric indicators only: a grade (predikat) is compared
-- by rank, never averaged, so it is excluded from every mean.
SELECT c.satker_id,
       c.tahun,
       c.tingkat,
       c.indikator_kunci,
       c.indikator_id,
       coalesce(r.teks, c.indikator) AS indikator,
       coalesce(c.satuan, r.satuan) AS satuan,
       r.arah,
       (coalesce(c.satuan, r.satuan) = 'predikat' OR r.arah = 'predikat') IS TRUE AS is_predikat,
       c.target_nilai,
       c.realisasi_nilai,
       c.capaian_lapor,
       c.capaian_hitung,
       CASE WHEN (coalesce(c.satuan, r.satuan) = 'predikat' OR r.arah = 'predikat') IS TRUE THEN NULL
            ELSE c.capaian_hitung END AS capaian_angka,
       c.tercapai,
       c.doc_id
FROM capaian c
LEFT JOIN ref_indikator r ON r.indikator_id = c.indikator_id
