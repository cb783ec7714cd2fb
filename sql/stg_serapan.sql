-- materialized: view
-- depends: stg_anggaran, peringkat_provinsi
-- unique_key: satker_id, tahun, kode
-- description: Budget absorption of the TOTAL row and of every program per
-- satker and fiscal year, with its rank in the province (peringkat_provinsi
-- on serapan for TOTAL, on serapan_program for a program) and the change
-- from the same code's row of the year before: the rows mart_serapan and
-- mart_serapan_program show, compared in one place.
-- column: tingkat: total or program.
-- column: peringkat_provinsi_prev: The rank the same code had the year before.
WITH r AS (
    SELECT a.satker_id,
           a.tahun,
           a.kode,
           a.uraian,
           a.tingkat,
           p.provinsi_id,
           p.nama,
           p.nama_pendek,
           p.jenis,
           a.pagu,
           a.realisasi,
           a.sisa,
           a.serapan_persen,
           a.serapan_lapor,
           a.pagu_awal,
           a.revisi_dipa,
           p.peringkat_provinsi,
           p.jumlah_satker_provinsi,
           a.doc_id
    FROM stg_anggaran a
    JOIN peringkat_provinsi p ON p.satker_id = a.satker_id AND p.tahun = a.tahun
                             AND (a.kode = 'TOTAL' AND p.ukuran = 'serapan'
                                  OR a.tingkat = 'program' AND p.ukuran = 'serapan_program' AND p.kode = a.kode)
)
SELECT r.*,
       q.pagu AS pagu_prev,
       r.pagu - q.pagu AS pagu_delta,
       round((r.pagu - q.pagu)::DOUBLE * 100 / nullif(q.pagu, 0), 2)::DOUBLE AS pagu_delta_pct,
       q.realisasi AS realisasi_prev,
       r.realisasi - q.realisasi AS realisasi_delta,
       round((r.realisasi - q.realisasi)::DOUBLE * 100 / nullif(q.realisasi, 0), 2)::DOUBLE AS realisasi_delta_pct,
       q.serapan_persen AS serapan_persen_prev,
       round(r.serapan_persen - q.serapan_persen, 2) AS serapan_persen_delta,
       round((r.serapan_persen - q.serapan_persen) * 100 / nullif(q.serapan_persen, 0), 2) AS serapan_persen_delta_pct,
       q.peringkat_provinsi AS peringkat_provinsi_prev
FROM r
LEFT JOIN r AS q ON q.satker_id = r.satker_id AND q.tahun = r.tahun - 1 AND q.kode = r.kode
