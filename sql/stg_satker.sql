-- materialized: view
-- depends: satker
-- unique_key: satker_id
-- description: Every satker with its province's name and a short label for
-- charts ("Alor", "Kota Kupang", "Provinsi NTT" stays "Provinsi Nusa Tenggara
-- Timur"). Marts rank within provinsi_id.
SELECT s.satker_id,
       s.kode_wilayah,
       s.nama,
       s.wilayah,
       s.jenis,
       s.provinsi_id,
       p.wilayah AS provinsi,
       CASE WHEN s.jenis = 'provinsi' THEN 'Provinsi ' || s.wilayah
            ELSE regexp_replace(s.wilayah, '^Kabupaten ', '') END AS nama_pendek
FROM satker s
LEFT JOIN satker p ON p.satker_id = s.provinsi_id
