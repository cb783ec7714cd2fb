WITH p AS (SELECT ?::INTEGER AS tahun, ?::VARCHAR AS satker, ?::VARCHAR AS provinsi)
SELECT m.tahun_dinilai, m.nama_pendek, m.nilai, m.predikat
FROM mart_sakip m, p
WHERE m.nilai IS NOT NULL
  AND (p.satker IS NULL OR m.satker_id = p.satker)
  AND (p.provinsi IS NULL OR m.provinsi_id = p.provinsi)
ORDER BY m.provinsi_id, m.satker_id, m.tahun_dinilai
