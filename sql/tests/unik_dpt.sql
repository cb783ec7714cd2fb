-- severity: error
-- description: The dpt contract view has one row per (satker_id, pemilihan, tahun, tingkat_wilayah, wilayah).
SELECT satker_id, pemilihan, tahun, tingkat_wilayah, wilayah, count(*) AS jumlah
FROM dpt
GROUP BY satker_id, pemilihan, tahun, tingkat_wilayah, wilayah
HAVING count(*) > 1
