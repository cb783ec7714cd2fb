-- materialized: view
-- depends: stg_capaian_satker, stg_sakip, stg_anggaran, stg_satker
-- unique_key: ukuran, satker_id, tahun, kode
-- description: The one rank within the province every mart shows as
-- peringkat_provinsi: per measure (ukuran), year and, for programs, budget
-- code, satkers with a value are ranked best first (ties share a rank);
-- jumlah_satker_provinsi is how many have a value (the N of "k / N"). Every
-- row carries its satker's province, names and jenis from stg_satker, so a
-- mart takes the satker and its rank from this one join.
-- column: ukuran: Measure ranked: capaian (persen_tercapai), sakip (nilai), serapan (serapan_persen of TOTAL), serapan_program (serapan_persen of a program).
-- column: tahun: Year of the measure (for sakip the evaluated year).
-- column: kode: Budget program code for serapan_program; '' for the other measures.
-- column: nilai: The value ranked (higher is better).
WITH ukuran AS (
    SELECT 'capaian' AS ukuran, satker_id, tahun, '' AS kode, persen_tercapai AS nilai
    FROM stg_capaian_satker
    UNION ALL
    SELECT 'sakip', satker_id, tahun_dinilai, '', nilai
    FROM stg_sakip
    UNION ALL
    SELECT 'serapan', satker_id, tahun, '', serapan_persen
    FROM stg_anggaran
    WHERE kode = 'TOTAL'
    UNION ALL
    SELECT 'serapan_program', satker_id, tahun, kode, serapan_persen
    FROM stg_anggaran
    WHERE tingkat = 'program'
)
SELECT u.ukuran,
       u.satker_id,
       u.tahun,
       u.kode,
       u.nilai,
       s.provinsi_id,
       s.nama,
       s.nama_pendek,
       s.jenis,
       CASE WHEN u.nilai IS NOT NULL THEN
           rank() OVER (PARTITION BY u.ukuran, s.provinsi_id, u.tahun, u.kode ORDER BY u.nilai DESC NULLS LAST)
       END AS peringkat_provinsi,
       count(u.nilai) OVER (PARTITION BY u.ukuran, s.provinsi_id, u.tahun, u.kode) AS jumlah_satker_provinsi
FROM ukuran u
JOIN stg_satker s USING (satker_id)
