WITH p AS (SELECT ?::INTEGER AS tahun, ?::VARCHAR AS satker, ?::VARCHAR AS provinsi)
SELECT m.tahun, m.peringkat_provinsi || ' / ' || m.jumlah_satker_provinsi AS peringkat_provinsi, m.nama_pendek, m.jumlah_indikator, m.jumlah_tercapai,
       m.jumlah_tidak_tercapai, m.persen_tercapai, m.rata_capaian, m.persen_tercapai_delta
FROM mart_capaian m, p
WHERE m.tahun = coalesce(p.tahun, (SELECT max(tahun) FROM mart_capaian))
  AND (p.satker IS NULL OR m.satker_id = p.satker)
  AND (p.provinsi IS NULL OR m.provinsi_id = p.provinsi)
ORDER BY m.provinsi_id, m.peringkat_provinsi NULLS LAST, m.satker_id
