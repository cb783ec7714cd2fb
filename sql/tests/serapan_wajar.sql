-- severity: warning
-- description: Budget absorption (realisasi / pagu x 100) lies within 0-100.5 %:
-- a DIPA cannot be spent beyond its pagu; 0.5 points allow for rounding in
-- reports that state amounts in thousands.
SELECT doc_id, satker_id, tahun, kode, pagu, realisasi,
       round(realisasi::DOUBLE * 100 / pagu, 2) AS serapan_persen
FROM anggaran
WHERE pagu > 0 AND realisasi IS NOT NULL
  AND (realisasi::DOUBLE * 100 / pagu < 0 OR realisasi::DOUBLE * 100 / pagu > 100.5)
