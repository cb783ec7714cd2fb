-- severity: error
-- description: Coded columns hold only their accepted values: capaian.tingkat,
-- capaian_seri.jenis, anggaran.tingkat, sakip.keyakinan, sakip_komponen.komponen,
-- dpt.pemilihan, dpt.tingkat_wilayah.
SELECT 'capaian.tingkat' AS kolom, doc_id, satker_id, tingkat AS nilai
FROM capaian WHERE tingkat NOT IN ('sasaran_strategis', 'sasaran_kegiatan')
UNION ALL
SELECT 'capaian_seri.jenis', doc_id, satker_id, jenis
FROM capaian_seri WHERE jenis NOT IN ('realisasi', 'target', 'target_nasional')
UNION ALL
SELECT 'anggaran.tingkat', doc_id, satker_id, tingkat
FROM anggaran WHERE tingkat NOT IN ('total', 'program', 'kegiatan', 'output')
UNION ALL
SELECT 'sakip.keyakinan', doc_id, satker_id, keyakinan
FROM sakip WHERE keyakinan NOT IN ('tinggi', 'rendah')
UNION ALL
SELECT 'sakip_komponen.komponen', doc_id, satker_id, komponen
FROM sakip_komponen WHERE komponen NOT IN ('perencanaan', 'pengukuran', 'pelaporan', 'evaluasi_internal')
UNION ALL
SELECT 'dpt.pemilihan', doc_id, satker_id, pemilihan
FROM dpt WHERE pemilihan NOT IN ('pemilu', 'pilkada')
UNION ALL
SELECT 'dpt.tingkat_wilayah', doc_id, satker_id, tingkat_wilayah
FROM dpt WHERE tingkat_wilayah NOT IN ('provinsi', 'kabupaten', 'kecamatan')
