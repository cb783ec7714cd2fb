WITH p AS (SELECT ?::INTEGER AS tahun, ?::VARCHAR AS satker, ?::VARCHAR AS provinsi)
SELECT m.tahun, m.peringkat_provinsi || ' / ' || m.jumlah_satker_provinsi AS peringkat_provinsi, m.nama_pendek, m.pagu, m.realisasi, m.sisa, m.serapan_persen,
       m.pagu_prev, m.pagu_delta_pct, m.serapan_persen_delta
FROM mart_serapan m, p
WHERE m.tahun = coalesce(p.tahun, (SELECT max(tahun) FROM mart_serapan))
  AND (p.satker IS NULL OR m.satker_id = p.satker)
  AND (p.provinsi IS NULL OR m.provinsi_id = p.provinsi)
ORDER BY m.provinsi_id, m.peringkat_provinsi NULLS LAST, m.satker_id
