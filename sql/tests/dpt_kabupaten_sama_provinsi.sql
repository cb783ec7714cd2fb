-- severity: warning
-- description: When every kabupaten/kota of a province has a row, they sum to
-- the province row (voters and TPS), per election.
WITH kab AS (
    SELECT s.provinsi_id, d.pemilihan, d.tahun,
           sum(d.pemilih_total) AS pemilih_total, sum(d.jumlah_tps) AS jumlah_tps,
           count(*) AS jumlah_kabupaten
    FROM dpt d
    JOIN satker s USING (satker_id)
    WHERE d.tingkat_wilayah = 'kabupaten'
    GROUP BY s.provinsi_id, d.pemilihan, d.tahun
),
lengkap AS (
    SELECT provinsi_id, count(*) AS jumlah
    FROM satker
    WHERE jenis IN ('kabupaten', 'kota')
    GROUP BY provinsi_id
)
SELECT p.satker_id, p.pemilihan, p.tahun, k.jumlah_kabupaten,
       k.pemilih_total AS jumlah_kabupaten_total, p.pemilih_total AS provinsi_total,
       k.jumlah_tps AS jumlah_kabupaten_tps, p.jumlah_tps AS provinsi_tps, p.doc_id
FROM dpt p
JOIN kab k ON k.provinsi_id = p.satker_id AND k.pemilihan = p.pemilihan AND k.tahun = p.tahun
JOIN lengkap l ON l.provinsi_id = k.provinsi_id AND l.jumlah = k.jumlah_kabupaten
WHERE p.tingkat_wilayah = 'provinsi'
  AND (k.pemilih_total IS DISTINCT FROM p.pemilih_total OR k.jumlah_tps IS DISTINCT FROM p.jumlah_tps)
