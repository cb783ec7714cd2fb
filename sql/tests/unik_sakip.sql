-- severity: error
-- description: The sakip contract view has one row per (satker_id, tahun_dinilai).
SELECT satker_id, tahun_dinilai, count(*) AS jumlah
FROM sakip
GROUP BY satker_id, tahun_dinilai
HAVING count(*) > 1
