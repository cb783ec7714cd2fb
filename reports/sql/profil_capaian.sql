WITH p AS (SELECT ?::INTEGER AS tahun, ?::VARCHAR AS satker, ?::VARCHAR AS provinsi)
SELECT c.tahun,
       CASE c.tingkat WHEN 'sasaran_strategis' THEN 'Sasaran Strategis' WHEN 'sasaran_kegiatan' THEN 'Sasaran Kegiatan'
                      ELSE c.tingkat END AS tingkat,
       c.indikator, c.target_teks, c.realisasi_teks,
       -- A grade (B -> BB) has no percentage, whatever the report wrote.
       CASE WHEN c.satuan = 'predikat' THEN NULL ELSE coalesce(c.capaian_hitung, c.capaian_lapor) END AS capaian,
       CASE WHEN c.tercapai THEN 'Ya' WHEN NOT c.tercapai THEN 'Tidak' END AS tercapai
FROM capaian c, p
WHERE c.satker_id = p.satker
  AND (p.tahun IS NULL OR c.tahun = p.tahun)
ORDER BY c.tahun, c.tingkat DESC, c.indikator_kunci
