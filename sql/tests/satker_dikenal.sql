-- severity: error
-- description: Every satker_id in the contract views is a satker in `satker`.
WITH semua AS (
    SELECT 'capaian' AS tabel, satker_id, doc_id FROM capaian
    UNION ALL SELECT 'capaian_seri', satker_id, doc_id FROM capaian_seri
    UNION ALL SELECT 'anggaran', satker_id, doc_id FROM anggaran
    UNION ALL SELECT 'sakip', satker_id, doc_id FROM sakip
    UNION ALL SELECT 'sakip_komponen', satker_id, doc_id FROM sakip_komponen
    UNION ALL SELECT 'rb', satker_id, doc_id FROM rb
    UNION ALL SELECT 'dpt', satker_id, doc_id FROM dpt
    UNION ALL SELECT 'dokumen', satker_id, doc_id FROM dokumen WHERE satker_id IS NOT NULL
)
SELECT tabel, satker_id, doc_id, count(*) AS jumlah
FROM semua
WHERE satker_id NOT IN (SELECT satker_id FROM satker)
GROUP BY tabel, satker_id, doc_id
