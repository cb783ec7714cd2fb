-- severity: error
-- description: The rb contract view has one row per (satker_id, tahun).
SELECT satker_id, tahun, count(*) AS jumlah
FROM rb
GROUP BY satker_id, tahun
HAVING count(*) > 1
