-- severity: warning
-- description: The kecamatan rows of a kabupaten sum to its kabupaten row
-- (voters L, P, total and TPS), per election.
WITH kec AS (
    SELECT satker_id, pemilihan, tahun,
           sum(pemilih_l) AS pemilih_l, sum(pemilih_p) AS pemilih_p,
           sum(pemilih_total) AS pemilih_total, sum(jumlah_tps) AS jumlah_tps,
           count(*) AS jumlah_kecamatan
    FROM dpt
    WHERE tingkat_wilayah = 'kecamatan'
    GROUP BY satker_id, pemilihan, tahun
)
SELECT k.satker_id, k.pemilihan, k.tahun, k.jumlah_kecamatan,
       k.pemilih_total AS jumlah_kecamatan_total, d.pemilih_total AS kabupaten_total,
       k.jumlah_tps AS jumlah_kecamatan_tps, d.jumlah_tps AS kabupaten_tps, d.doc_id
FROM kec k
JOIN dpt d ON d.satker_id = k.satker_id AND d.pemilihan = k.pemilihan AND d.tahun = k.tahun
          AND d.tingkat_wilayah = 'kabupaten'
WHERE k.pemilih_total IS DISTINCT FROM d.pemilih_total
   OR k.pemilih_l IS DISTINCT FROM d.pemilih_l
   OR k.pemilih_p IS DISTINCT FROM d.pemilih_p
   OR k.jumlah_tps IS DISTINCT FROM d.jumlah_tps
