-- severity: error
-- description: every chosen row with a NULL measure has a finding on its lines that says why (issue 9: an analyst never meets a silent NULL).
-- The parser promises this per document (etl/parse/nullcheck.go); this test
-- holds the warehouse to it, whatever document the contract view chose.
WITH kosong AS (
    SELECT 'capaian' AS keluarga, doc_id, baris_awal, baris_akhir,
           satker_id || '/' || tahun || '/' || indikator_kunci AS kunci,
           CASE WHEN target_teks IS NULL AND realisasi_teks IS NULL THEN 'target, realisasi'
                WHEN target_teks IS NULL THEN 'target'
                WHEN realisasi_teks IS NULL THEN 'realisasi' ELSE 'capaian_lapor' END AS kolom
    FROM capaian WHERE target_teks IS NULL OR realisasi_teks IS NULL OR capaian_lapor IS NULL
    UNION ALL
    SELECT 'capaian_seri', doc_id, baris_awal, baris_akhir,
           satker_id || '/' || indikator_kunci || '/' || tahun || '/' || jenis, 'nilai'
    FROM capaian_seri WHERE nilai IS NULL AND teks IS NULL
    UNION ALL
    SELECT 'anggaran', doc_id, baris_awal, baris_akhir, satker_id || '/' || tahun || '/' || kode,
           CASE WHEN pagu IS NULL AND realisasi IS NULL THEN 'pagu, realisasi'
                WHEN pagu IS NULL THEN 'pagu'
                WHEN realisasi IS NULL THEN 'realisasi'
                WHEN sisa IS NULL THEN 'sisa' ELSE 'serapan_lapor' END
    FROM anggaran WHERE pagu IS NULL OR realisasi IS NULL OR sisa IS NULL OR serapan_lapor IS NULL
    UNION ALL
    SELECT 'sakip', doc_id, baris_awal, baris_akhir, satker_id || '/' || tahun_dinilai,
           CASE WHEN nilai IS NULL THEN 'nilai' ELSE 'predikat' END
    FROM sakip WHERE nilai IS NULL OR predikat IS NULL
    UNION ALL
    SELECT 'sakip_komponen', doc_id, baris_awal, baris_akhir,
           satker_id || '/' || tahun_dinilai || '/' || komponen,
           CASE WHEN nilai IS NULL THEN 'nilai' ELSE 'bobot' END
    FROM sakip_komponen WHERE nilai IS NULL OR bobot IS NULL
    UNION ALL
    SELECT 'rb', doc_id, baris_awal, baris_akhir, satker_id || '/' || tahun,
           CASE WHEN nilai IS NULL THEN 'nilai' WHEN bobot IS NULL THEN 'bobot' ELSE 'persen' END
    FROM rb WHERE nilai IS NULL OR bobot IS NULL OR persen IS NULL
    UNION ALL
    SELECT 'dpt', doc_id, baris_awal, baris_akhir,
           satker_id || '/' || pemilihan || '/' || tahun || '/' || wilayah,
           CASE WHEN pemilih_l IS NULL OR pemilih_p IS NULL THEN 'pemilih_l, pemilih_p'
                WHEN jumlah_desa IS NULL THEN 'jumlah_desa'
                WHEN jumlah_tps IS NULL THEN 'jumlah_tps' ELSE 'pemilih_total' END
    FROM dpt WHERE pemilih_l IS NULL OR pemilih_p IS NULL OR jumlah_desa IS NULL
                   OR jumlah_tps IS NULL OR pemilih_total IS NULL
)
SELECT k.keluarga, k.kunci, k.kolom, k.doc_id, k.baris_awal, k.baris_akhir
FROM kosong k
WHERE NOT EXISTS (
    SELECT 1 FROM etl_finding f
    WHERE f.doc_id = k.doc_id AND f.aturan <> 'dokumen.cakupan'
      AND (f.baris_awal <= k.baris_akhir AND k.baris_awal <= f.baris_akhir
           -- a row without line numbers (a template cell) is answered by a
           -- finding of its document that has none either
           OR k.baris_awal IS NULL AND f.baris_awal IS NULL)
)
ORDER BY k.keluarga, k.kunci
