WITH p AS (SELECT ?::INTEGER AS tahun, ?::VARCHAR AS satker, ?::VARCHAR AS provinsi),
-- Only the years whose composite stands on the same measures as the year
-- shown: a score on serapan alone (2016-2018) is another number.
akhir AS (
    SELECT m.provinsi_id, m.ukuran_dasar, m.tahun
    FROM mart_peringkat m, p
    WHERE m.tahun = coalesce(p.tahun, (SELECT max(tahun) FROM mart_peringkat))
    GROUP BY ALL
)
SELECT m.tahun, m.nama_pendek, m.skor_komposit,
       m.peringkat || ' / ' || m.jumlah_satker_provinsi AS peringkat
FROM mart_peringkat m
JOIN akhir a ON a.provinsi_id = m.provinsi_id AND a.ukuran_dasar = m.ukuran_dasar AND m.tahun <= a.tahun, p
WHERE m.skor_komposit IS NOT NULL
  AND (p.satker IS NULL OR m.satker_id = p.satker)
  AND (p.provinsi IS NULL OR m.provinsi_id = p.provinsi)
ORDER BY m.provinsi_id, m.satker_id, m.tahun
