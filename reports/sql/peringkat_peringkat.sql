WITH p AS (SELECT ?::INTEGER AS tahun, ?::VARCHAR AS satker, ?::VARCHAR AS provinsi)
SELECT m.tahun,
       m.peringkat || ' / ' || m.jumlah_satker_provinsi AS peringkat,
       m.nama_pendek, m.skor_komposit, m.jumlah_ukuran,
       m.sakip_nilai, m.sakip_predikat, m.sakip_tahun_dinilai, m.capaian_persen, m.serapan_persen,
       m.skor_komposit_delta,
       m.peringkat_prev || ' / ' || m.jumlah_satker_provinsi_prev AS peringkat_prev
FROM mart_peringkat m, p
WHERE m.peringkat IS NOT NULL
  AND m.tahun = coalesce(p.tahun, (SELECT max(tahun) FROM mart_peringkat))
  AND (p.satker IS NULL OR m.satker_id = p.satker)
  AND (p.provinsi IS NULL OR m.provinsi_id = p.provinsi)
ORDER BY m.provinsi_id, m.peringkat, m.satker_id
