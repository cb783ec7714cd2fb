WITH p AS (SELECT ?::INTEGER AS tahun, ?::VARCHAR AS satker, ?::VARCHAR AS provinsi)
SELECT m.tahun, m.nama_pendek, m.kode, m.uraian, m.pagu, m.realisasi, m.serapan_persen, m.porsi_pagu,
       m.peringkat_provinsi || ' / ' || m.jumlah_satker_provinsi AS peringkat_provinsi, m.pagu_delta_pct
FROM mart_serapan_program m, p
WHERE m.tahun = coalesce(p.tahun, (SELECT max(tahun) FROM mart_serapan_program))
  AND (p.satker IS NULL OR m.satker_id = p.satker)
  AND (p.provinsi IS NULL OR m.provinsi_id = p.provinsi)
ORDER BY m.provinsi_id, m.satker_id, m.kode
