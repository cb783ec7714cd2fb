WITH p AS (SELECT ?::INTEGER AS tahun, ?::VARCHAR AS satker, ?::VARCHAR AS provinsi)
SELECT m.tahun,
       CASE m.pemilihan WHEN 'pemilu' THEN 'Pemilu' WHEN 'pilkada' THEN 'Pilkada' ELSE m.pemilihan END AS pemilihan,
       m.nama_pendek,
       CASE m.pemilihan_prev WHEN 'pemilu' THEN 'Pemilu ' WHEN 'pilkada' THEN 'Pilkada ' ELSE '' END
           || coalesce(m.tahun_prev::VARCHAR, '') AS pemilihan_sebelumnya,
       m.pemilih_total_prev, m.pemilih_total, m.pemilih_total_delta, m.pemilih_total_delta_pct,
       m.jumlah_tps_prev, m.jumlah_tps, m.jumlah_tps_delta
FROM mart_dpt m, p
WHERE m.pemilih_total_prev IS NOT NULL
  AND m.tahun = coalesce(p.tahun, (SELECT max(tahun) FROM mart_dpt))
  AND (p.satker IS NULL OR m.satker_id = p.satker)
  AND (p.provinsi IS NULL OR m.provinsi_id = p.provinsi)
ORDER BY m.urutan_pemilihan, m.pemilih_total_delta_pct DESC NULLS LAST, m.satker_id
