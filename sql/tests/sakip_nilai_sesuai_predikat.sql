-- severity: warning
-- description: A SAKIP score lies within 0-100 and its stated predikat is the
-- score's band (AA > 90, A > 80-90, BB > 70-80, B > 60-70, CC > 50-60,
-- C > 30-50, D <= 30).
SELECT s.doc_id, s.satker_id, s.tahun_dinilai, s.nilai, s.predikat, b.predikat AS predikat_nilai
FROM sakip s
LEFT JOIN ref_predikat b
       ON (s.nilai > b.nilai_atas_dari AND s.nilai <= b.nilai_sampai)
       OR (b.nilai_atas_dari = 0 AND s.nilai = 0)
WHERE s.nilai IS NOT NULL
  AND (s.nilai < 0 OR s.nilai > 100 OR (s.predikat IS NOT NULL AND s.predikat IS DISTINCT FROM b.predikat))
