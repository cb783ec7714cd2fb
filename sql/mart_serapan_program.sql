-- materialized: table
-- depends: stg_anggaran, peringkat_provinsi
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
),
r AS (
    SELECT a.satker_id,
           a.tahun,
           a.kode,
           a.uraian,
           p.provinsi_id,
           p.nama,
           p.nama_pendek,
           a.pagu,
           a.realisasi,
           a.sisa,
           a.serapan_persen,
           round(a.pagu::DOUBLE * 100 / nullif(t.pagu, 0), 2) AS porsi_pagu,
           coalesce(k.jumlah_kegiatan, 0) AS jumlah_kegiatan,
           p.peringkat_provinsi,
           p.jumlah_satker_provinsi,
           a.doc_id
    FROM stg_anggaran a
    JOIN peringkat_provinsi p ON p.ukuran = 'serapan_program' AND p.satker_id = a.satker_id AND p.tahun = a.tahun
                             AND p.kode = a.kode
    LEFT JOIN stg_anggaran t ON t.satker_id = a.satker_id AND t.tahun = a.tahun AND t.kode = 'TOTAL'
    LEFT JOIN keg k ON k.satker_id = a.satker_id AND k.tahun = a.tahun AND k.kode_induk = a.kode
    WHERE a.tingkat = 'program'
)
-- r is in the mart's column order but for doc_id, which comes last.
SELECT r.* EXCLUDE (doc_id),
       q.pagu AS pagu_prev,
       r.pagu - q.pagu AS pagu_delta,
       round((r.pagu - q.pagu)::DOUBLE * 100 / nullif(q.pagu, 0), 2)::DOUBLE AS pagu_delta_pct,
       q.serapan_persen AS serapan_persen_prev,
       round(r.serapan_persen - q.serapan_persen, 2) AS serapan_persen_delta,
       round((r.serapan_persen - q.serapan_persen) * 100 / nullif(q.serapan_persen, 0), 2) AS serapan_persen_delta_pct,
       r.doc_id
FROM r
LEFT JOIN r AS q ON q.satker_id = r.satker_id AND q.tahun = r.tahun - 1 AND q.kode = r.kode
