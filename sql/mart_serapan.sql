-- materialized: table
-- depends: stg_anggaran, peringkat_provinsi
-- unique_key: satker_id, tahun
-- description: Budget absorption per satker and fiscal year, from the TOTAL
-- row: pagu, realisasi, sisa, serapan % (recomputed), the initial DIPA and its
-- revisions where stated, rank within the province by serapan, and the change
-- from the previous fiscal year.
WITH prog AS (
    SELECT satker_id, tahun, count(*) AS jumlah_program
    FROM stg_anggaran
    WHERE tingkat = 'program'
    GROUP BY satker_id, tahun
),
r AS (
    SELECT a.satker_id,
           a.tahun,
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
           coalesce(g.jumlah_program, 0) AS jumlah_program,
           p.peringkat_provinsi,
           p.jumlah_satker_provinsi,
           a.doc_id
    FROM stg_anggaran a
    JOIN peringkat_provinsi p ON p.ukuran = 'serapan' AND p.satker_id = a.satker_id AND p.tahun = a.tahun
    LEFT JOIN prog g ON g.satker_id = a.satker_id AND g.tahun = a.tahun
    WHERE a.kode = 'TOTAL'
)
-- r is in the mart's column order but for doc_id, which comes last.
SELECT r.* EXCLUDE (doc_id),
       q.pagu AS pagu_prev,
       r.pagu - q.pagu AS pagu_delta,
       round((r.pagu - q.pagu)::DOUBLE * 100 / nullif(q.pagu, 0), 2)::DOUBLE AS pagu_delta_pct,
       q.realisasi AS realisasi_prev,
       r.realisasi - q.realisasi AS realisasi_delta,
       round((r.realisasi - q.realisasi)::DOUBLE * 100 / nullif(q.realisasi, 0), 2)::DOUBLE AS realisasi_delta_pct,
       q.serapan_persen AS serapan_persen_prev,
       round(r.serapan_persen - q.serapan_persen, 2) AS serapan_persen_delta,
       round((r.serapan_persen - q.serapan_persen) * 100 / nullif(q.serapan_persen, 0), 2) AS serapan_persen_delta_pct,
       q.peringkat_provinsi AS peringkat_provinsi_prev,
       r.doc_id
FROM r
LEFT JOIN r AS q ON q.satker_id = r.satker_id AND q.tahun = r.tahun - 1
