-- severity: error
-- description: No natural-key column of a contract view is NULL.
SELECT 'capaian' AS tabel, doc_id, satker_id, tahun::VARCHAR AS tahun, indikator_kunci AS kunci
FROM capaian
WHERE satker_id IS NULL OR tahun IS NULL OR tingkat IS NULL OR indikator_kunci IS NULL
UNION ALL
SELECT 'capaian_seri', doc_id, satker_id, tahun::VARCHAR, indikator_kunci || '/' || jenis
FROM capaian_seri
WHERE satker_id IS NULL OR tahun IS NULL OR indikator_kunci IS NULL OR jenis IS NULL
UNION ALL
SELECT 'anggaran', doc_id, satker_id, tahun::VARCHAR, kode
FROM anggaran
WHERE satker_id IS NULL OR tahun IS NULL OR kode IS NULL
UNION ALL
SELECT 'sakip', doc_id, satker_id, tahun_dinilai::VARCHAR, NULL
FROM sakip
WHERE satker_id IS NULL OR tahun_dinilai IS NULL
UNION ALL
SELECT 'sakip_komponen', doc_id, satker_id, tahun_dinilai::VARCHAR, komponen
FROM sakip_komponen
WHERE satker_id IS NULL OR tahun_dinilai IS NULL OR komponen IS NULL
UNION ALL
SELECT 'rb', doc_id, satker_id, tahun::VARCHAR, NULL
FROM rb
WHERE satker_id IS NULL OR tahun IS NULL
UNION ALL
SELECT 'dpt', doc_id, satker_id, tahun::VARCHAR, pemilihan || '/' || tingkat_wilayah || '/' || wilayah
FROM dpt
WHERE satker_id IS NULL OR pemilihan IS NULL OR tahun IS NULL OR tingkat_wilayah IS NULL OR wilayah IS NULL
