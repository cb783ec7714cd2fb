WITH p AS (SELECT ?::INTEGER AS tahun, ?::VARCHAR AS satker, ?::VARCHAR AS provinsi)
SELECT m.tahun, m.nama_pendek, m.skor_komposit, m.peringkat
FROM mart_peringkat m, p
WHERE m.skor_komposit IS NOT NULL
  AND (p.satker IS NULL OR m.satker_id = p.satker)
  AND (p.provinsi IS NULL OR m.provinsi_id = p.provinsi)
ORDER BY m.provinsi_id, m.satker_id, m.tahun
