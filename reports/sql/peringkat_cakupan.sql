WITH p AS (SELECT ?::INTEGER AS tahun, ?::VARCHAR AS satker, ?::VARCHAR AS provinsi)
-- One sentence per province and year shown: how many of the province's
-- satkers the year has data for, and on which measures the ranks stand.
SELECT m.tahun,
       'Tahun ' || m.tahun || ': ' || count(*) || ' dari ' || any_value(m.jumlah_satker_total)
           || ' satker di ' || any_value(s.nama_pendek) || ' punya data; '
           || count(m.peringkat) || ' diperingkat pada ' || any_value(m.jumlah_ukuran_dasar) || ' ukuran ('
           || array_to_string(list_transform(string_split(any_value(m.ukuran_dasar), ', '),
                  x -> CASE x WHEN 'sakip' THEN 'nilai SAKIP' WHEN 'capaian' THEN 'indikator tercapai'
                              WHEN 'serapan' THEN 'serapan anggaran' ELSE x END), ', ') || ')'
           || CASE WHEN count(*) > count(m.peringkat)
                   THEN '; ' || (count(*) - count(m.peringkat)) || ' satker kurang ukuran, dicantumkan terpisah'
                   ELSE '' END
           || '.' AS cakupan
FROM (SELECT *, len(string_split(ukuran_dasar, ', ')) AS jumlah_ukuran_dasar FROM mart_peringkat) m
JOIN stg_satker s ON s.satker_id = m.provinsi_id, p
WHERE m.tahun = coalesce(p.tahun, (SELECT max(tahun) FROM mart_peringkat))
  AND (p.provinsi IS NULL OR m.provinsi_id = p.provinsi)
GROUP BY m.provinsi_id, m.tahun
ORDER BY m.provinsi_id, m.tahun
