WITH p AS (SELECT ?::INTEGER AS tahun, ?::VARCHAR AS satker, ?::VARCHAR AS provinsi)
SELECT m.tahun, m.nama_pendek, m.serapan_persen, m.pagu
FROM mart_serapan m, p
WHERE m.serapan_persen IS NOT NULL
  AND (p.satker IS NULL OR m.satker_id = p.satker)
  AND (p.provinsi IS NULL OR m.provinsi_id = p.provinsi)
ORDER BY m.provinsi_id, m.satker_id, m.tahun
