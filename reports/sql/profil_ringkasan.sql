WITH p AS (SELECT ?::INTEGER AS tahun, ?::VARCHAR AS satker, ?::VARCHAR AS provinsi)
SELECT m.tahun, m.peringkat, m.jumlah_satker_provinsi, m.skor_komposit, m.sakip_nilai, m.sakip_predikat,
       m.capaian_persen, m.serapan_persen
FROM mart_peringkat m, p
WHERE m.satker_id = p.satker
ORDER BY m.tahun
