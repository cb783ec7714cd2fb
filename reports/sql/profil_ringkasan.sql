WITH p AS (SELECT ?::INTEGER AS tahun, ?::VARCHAR AS satker, ?::VARCHAR AS provinsi)
-- The basis beside the score: 2016-2018 may stand on serapan alone, later
-- years on three measures; the composite is not the same number across them.
SELECT m.tahun, m.peringkat || ' / ' || m.jumlah_satker_provinsi AS peringkat,
       m.jumlah_satker_data || ' dari ' || m.jumlah_satker_total AS cakupan, m.skor_komposit,
       array_to_string(list_transform(string_split(m.ukuran_dasar, ', '),
           x -> CASE x WHEN 'sakip' THEN 'SAKIP' WHEN 'capaian' THEN 'capaian'
                       WHEN 'serapan' THEN 'serapan' ELSE x END), ' + ') AS ukuran_dasar,
       array_to_string(list_transform(string_split(m.ukuran_kurang, ', '),
           x -> CASE x WHEN 'sakip' THEN 'nilai SAKIP' WHEN 'capaian' THEN 'indikator tercapai'
                       WHEN 'serapan' THEN 'serapan anggaran' ELSE x END), ', ') AS ukuran_kurang,
       m.sakip_nilai, m.sakip_predikat,
       m.capaian_persen, m.serapan_persen
FROM mart_peringkat m, p
WHERE m.satker_id = p.satker
ORDER BY m.tahun
