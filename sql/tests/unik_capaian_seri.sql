-- severity: error
-- description: The capaian_seri contract view has one row per (satker_id, indikator_kunci, tahun, jenis).
SELECT satker_id, indikator_kunci, tahun, jenis, count(*) AS jumlah
FROM capaian_seri
GROUP BY satker_id, indikator_kunci, tahun, jenis
HAVING count(*) > 1
