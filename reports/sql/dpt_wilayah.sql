WITH p AS (SELECT ?::INTEGER AS tahun, ?::VARCHAR AS satker, ?::VARCHAR AS provinsi)
SELECT m.tahun,
       CASE m.pemilihan WHEN 'pemilu' THEN 'Pemilu' WHEN 'pilkada' THEN 'Pilkada' ELSE m.pemilihan END AS pemilihan,
       m.nama_pendek,
       m.pemilih_l, m.pemilih_p, m.pemilih_total, m.jumlah_tps, m.pemilih_per_tps,
       m.persen_perempuan,
       CASE m.sumber WHEN 'rekap' THEN 'rekapitulasi' WHEN 'jumlah_kecamatan' THEN 'jumlah kecamatan'
                     WHEN 'jumlah_kabupaten' THEN 'jumlah kabupaten/kota' ELSE m.sumber END AS sumber
FROM mart_dpt m, p
WHERE m.tahun = coalesce(p.tahun, (SELECT max(tahun) FROM mart_dpt))
  AND (p.satker IS NULL OR m.satker_id = p.satker)
  AND (p.provinsi IS NULL OR m.provinsi_id = p.provinsi)
ORDER BY m.urutan_pemilihan, m.pemilih_per_tps DESC NULLS LAST, m.satker_id
