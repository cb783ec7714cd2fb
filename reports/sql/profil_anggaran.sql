WITH p AS (SELECT ?::INTEGER AS tahun, ?::VARCHAR AS satker, ?::VARCHAR AS provinsi)
SELECT m.tahun, m.pagu, m.realisasi, m.sisa, m.serapan_persen,
       m.peringkat_provinsi || ' / ' || m.jumlah_satker_provinsi AS peringkat_provinsi, m.pagu_delta_pct, m.revisi_dipa
FROM mart_serapan m, p
WHERE m.satker_id = p.satker
ORDER BY m.tahun
