WITH p AS (SELECT ?::INTEGER AS tahun, ?::VARCHAR AS satker, ?::VARCHAR AS provinsi)
SELECT CASE b.ukuran WHEN 'sakip' THEN 'Nilai SAKIP' WHEN 'capaian' THEN 'Indikator tercapai'
                     WHEN 'serapan' THEN 'Serapan anggaran' ELSE b.ukuran END AS ukuran,
       b.bobot,
       round(b.bobot * 100 / sum(b.bobot) OVER (), 2) AS porsi
FROM peringkat_bobot b, p
ORDER BY b.ukuran DESC
