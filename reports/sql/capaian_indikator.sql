WITH p AS (SELECT ?::INTEGER AS tahun, ?::VARCHAR AS satker, ?::VARCHAR AS provinsi)
SELECT m.tahun,
       CASE m.tingkat WHEN 'sasaran_strategis' THEN 'Sasaran Strategis' WHEN 'sasaran_kegiatan' THEN 'Sasaran Kegiatan'
                      ELSE m.tingkat END AS tingkat,
       m.indikator, m.jumlah_satker, m.jumlah_tercapai, m.persen_tercapai, m.rata_capaian, m.min_capaian, m.max_capaian
FROM mart_capaian_indikator m, p
WHERE p.satker IS NULL
  AND m.tahun = coalesce(p.tahun, (SELECT max(tahun) FROM mart_capaian_indikator))
  AND (p.provinsi IS NULL OR m.provinsi_id = p.provinsi)
ORDER BY m.provinsi_id, m.tingkat DESC, m.indikator_kunci
