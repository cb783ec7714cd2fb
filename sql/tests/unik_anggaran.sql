-- severity: error
-- description: The anggaran contract view has one row per (satker_id, tahun, kode).
SELECT satker_id, tahun, kode, count(*) AS jumlah
FROM anggaran
GROUP BY satker_id, tahun, kode
HAVING count(*) > 1
