WITH p AS (SELECT ?::INTEGER AS tahun, ?::VARCHAR AS satker, ?::VARCHAR AS provinsi)
SELECT m.tahun_dinilai, m.peringkat_provinsi || ' / ' || m.jumlah_satker_provinsi AS peringkat_provinsi, m.nama_pendek, m.nilai, m.predikat, m.keyakinan,
       m.nilai_prev, m.nilai_delta, m.predikat_prev,
       m.komponen_perencanaan, m.komponen_pengukuran, m.komponen_pelaporan, m.komponen_evaluasi_internal
FROM mart_sakip m, p
WHERE m.tahun_dinilai = coalesce(p.tahun, (SELECT max(tahun_dinilai) FROM mart_sakip))
  AND (p.satker IS NULL OR m.satker_id = p.satker)
  AND (p.provinsi IS NULL OR m.provinsi_id = p.provinsi)
ORDER BY m.provinsi_id, m.peringkat_provinsi NULLS LAST, m.satker_id
