-- materialized: table
-- depends: stg_anggaran, stg_serapan
-- unique_key: satker_id, tahun, kode
-- description: Budget absorption per program (076.01.WA dukungan manajemen,
-- 076.01.CQ penyelenggaraan pemilu, ...) per satker and fiscal year: the
-- program's share of the satker's total pagu, its rank among the same program
-- of the province's satkers (of
-- jumlah_satker_provinsi with a serapan), and the change from the previous year.
WITH keg AS (
    SELECT satker_id, tahun, kode_induk, count(*) AS jumlah_kegiatan
    FROM stg_anggaran
    WHERE tingkat = 'kegiatan'
    GROUP BY satker_id, tahun, kode_induk
)
SELECT s.satker_id,
       s.tahun,
       s.kode,
       s.uraian,
       s.provinsi_id,
       s.nama,
       s.nama_pendek,
       s.pagu,
       s.realisasi,
       s.sisa,
       s.serapan_persen,
       round(s.pagu::DOUBLE * 100 / nullif(t.pagu, 0), 2) AS porsi_pagu,
       coalesce(k.jumlah_kegiatan, 0) AS jumlah_kegiatan,
       s.peringkat_provinsi,
       s.jumlah_satker_provinsi,
       -- The year before, as stg_serapan compares it.
       COLUMNS('^(pagu|serapan_persen)_(prev|delta|delta_pct)$'),
       s.doc_id
FROM stg_serapan s
LEFT JOIN stg_anggaran t ON t.satker_id = s.satker_id AND t.tahun = s.tahun AND t.kode = 'TOTAL'
LEFT JOIN keg k ON k.satker_id = s.satker_id AND k.tahun = s.tahun AND k.kode_induk = s.kode
WHERE s.tingkat = 'program'
