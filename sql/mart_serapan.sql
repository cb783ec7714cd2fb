-- materialized: table
-- depends: stg_anggaran, stg_serapan
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
)
SELECT s.satker_id,
       s.tahun,
       s.provinsi_id,
       s.nama,
       s.nama_pendek,
       s.jenis,
       s.pagu,
       s.realisasi,
       s.sisa,
       s.serapan_persen,
       s.serapan_lapor,
       s.pagu_awal,
       s.revisi_dipa,
       coalesce(g.jumlah_program, 0) AS jumlah_program,
       s.peringkat_provinsi,
       s.jumlah_satker_provinsi,
       -- The year before, as stg_serapan compares it.
       COLUMNS('^(pagu|realisasi|serapan_persen)_(prev|delta|delta_pct)$'),
       s.peringkat_provinsi_prev,
       s.doc_id
FROM stg_serapan s
LEFT JOIN prog g ON g.satker_id = s.satker_id AND g.tahun = s.tahun
WHERE s.kode = 'TOTAL'
