-- materialized: view
-- depends: sakip, ref_predikat
-- unique_key: satker_id, tahun_dinilai
-- description: SAKIP results with the predikat the score's band gives
-- (PermenPAN-RB 88/2021, ref_predikat) beside the stated one. predikat is the
-- stated grade, or the band's when the report gave a score only.
SELECT s.satker_id,
       s.tahun_dinilai,
       s.nilai,
       coalesce(s.predikat, b.predikat) AS predikat,
       s.predikat AS predikat_lapor,
       b.predikat AS predikat_nilai,
       p.peringkat AS predikat_peringkat,
       s.keyakinan,
       s.doc_id
FROM sakip s
LEFT JOIN ref_predikat b
       ON (s.nilai > b.nilai_atas_dari AND s.nilai <= b.nilai_sampai)
       OR (b.nilai_atas_dari = 0 AND s.nilai = 0)
LEFT JOIN ref_predikat p ON p.predikat = coalesce(s.predikat, b.predikat)
