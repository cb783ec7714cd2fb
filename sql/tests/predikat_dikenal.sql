-- severity: error
-- description: Every stated SAKIP predikat is a grade of the scale in ref_predikat.
SELECT s.doc_id, s.satker_id, s.tahun_dinilai, s.predikat
FROM sakip s
WHERE s.predikat IS NOT NULL
  AND s.predikat NOT IN (SELECT predikat FROM ref_predikat)
