-- severity: error
-- description: The sakip_komponen contract view has one row per (satker_id, tahun_dinilai, komponen).
SELECT satker_id, tahun_dinilai, komponen, count(*) AS jumlah
FROM sakip_komponen
GROUP BY satker_id, tahun_dinilai, komponen
HAVING count(*) > 1
