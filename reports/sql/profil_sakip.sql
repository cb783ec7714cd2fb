WITH p AS (SELECT ?::INTEGER AS tahun, ?::VARCHAR AS satker, ?::VARCHAR AS provinsi)
SELECT m.tahun_dinilai, m.nilai, m.predikat,
       m.peringkat_provinsi || ' / ' || m.jumlah_satker_provinsi AS peringkat_provinsi, m.nilai_delta,
       m.komponen_perencanaan, m.komponen_pengukuran, m.komponen_pelaporan, m.komponen_evaluasi_internal,
       m.keyakinan
FROM mart_sakip m, p
WHERE m.satker_id = p.satker
ORDER BY m.tahun_dinilai
