-- severity: warning
-- description: sisa = pagu - realisasi on every budget line that states all three.
SELECT doc_id, satker_id, tahun, kode, pagu, realisasi, sisa,
       pagu - realisasi - sisa AS selisih
FROM anggaran
WHERE pagu IS NOT NULL AND realisasi IS NOT NULL AND sisa IS NOT NULL
  AND pagu - realisasi <> sisa
