-- materialized: view
-- depends: dpt
-- unique_key: satker_id, pemilihan, tahun, tingkat_wilayah, wilayah
-- description: Voter-roll rows with the election's place in time: urutan
-- orders elections (Pemilu in February before Pilkada in November of the same
-- year), so "the previous election" is well defined.
SELECT d.satker_id,
       d.pemilihan,
       d.tahun,
       d.tahun * 10 + CASE d.pemilihan WHEN 'pemilu' THEN 1 WHEN 'pilkada' THEN 2 ELSE 3 END AS urutan,
       d.tingkat_wilayah,
       d.wilayah,
       d.jumlah_desa,
       d.jumlah_tps,
       d.pemilih_l,
       d.pemilih_p,
       d.pemilih_total,
       d.doc_id
FROM dpt d
