-- severity: error
-- description: The capaian contract view has one row per (satker_id, tahun, tingkat, indikator_kunci).
SELECT satker_id, tahun, tingkat, indikator_kunci, count(*) AS jumlah
FROM capaian
GROUP BY satker_id, tahun, tingkat, indikator_kunci
HAVING count(*) > 1
