WITH p AS (SELECT ?::INTEGER AS tahun, ?::VARCHAR AS satker, ?::VARCHAR AS provinsi)
-- Satkers that lack a measure of the year's basis: shown with what they
-- have and what they lack, never ranked on fewer measures.
SELECT m.tahun, m.nama_pendek,
       array_to_string(list_transform(string_split(m.ukuran_kurang, ', '),
           x -> CASE x WHEN 'sakip' THEN 'nilai SAKIP' WHEN 'capaian' THEN 'indikator tercapai'
                       WHEN 'serapan' THEN 'serapan anggaran' ELSE x END), ', ') AS ukuran_kurang,
       m.sakip_nilai, m.sakip_predikat, m.capaian_persen, m.serapan_persen
FROM mart_peringkat m, p
WHERE m.peringkat IS NULL
  AND m.tahun = coalesce(p.tahun, (SELECT max(tahun) FROM mart_peringkat))
  AND (p.satker IS NULL OR m.satker_id = p.satker)
  AND (p.provinsi IS NULL OR m.provinsi_id = p.provinsi)
ORDER BY m.provinsi_id, m.jumlah_ukuran DESC, m.satker_id
