WITH p AS (SELECT ?::INTEGER AS tahun, ?::VARCHAR AS satker, ?::VARCHAR AS provinsi)
SELECT m.tahun,
       CASE m.pemilihan WHEN 'pemilu' THEN 'Pemilu' WHEN 'pilkada' THEN 'Pilkada' ELSE m.pemilihan END AS pemilihan,
       m.pemilih_total, m.jumlah_tps, m.pemilih_per_tps, m.persen_perempuan, m.pemilih_total_delta_pct
FROM mart_dpt m, p
WHERE m.satker_id = p.satker
ORDER BY m.urutan_pemilihan
