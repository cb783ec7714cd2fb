-- severity: warning
-- description: The component scores of a SAKIP evaluation sum to its total
-- (within 0.05 for rounding).
SELECT s.doc_id, s.satker_id, s.tahun_dinilai, s.nilai, round(sum(k.nilai), 2) AS jumlah_komponen
FROM sakip s
JOIN sakip_komponen k USING (satker_id, tahun_dinilai)
WHERE s.nilai IS NOT NULL
GROUP BY s.doc_id, s.satker_id, s.tahun_dinilai, s.nilai
HAVING abs(sum(k.nilai) - s.nilai) > 0.05
