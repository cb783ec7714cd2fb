-- materialized: view
-- depends: stg_capaian
-- unique_key: satker_id, tahun
-- description: Indicator counts per satker and year and persen_tercapai,
-- the share of indicators achieved among those with a known status: the
-- measure mart_capaian shows and peringkat_provinsi ranks.
-- column: rata_capaian_mentah: Mean recomputed capaian before rounding (DECIMAL, order-independent).
SELECT c.satker_id,
       c.tahun,
       count(*) AS jumlah_indikator,
       count(*) FILTER (WHERE c.tingkat = 'sasaran_strategis') AS jumlah_sasaran_strategis,
       count(*) FILTER (WHERE c.tingkat = 'sasaran_kegiatan') AS jumlah_sasaran_kegiatan,
       count(*) FILTER (WHERE c.tercapai) AS jumlah_tercapai,
       count(*) FILTER (WHERE NOT c.tercapai) AS jumlah_tidak_tercapai,
       count(*) FILTER (WHERE c.tercapai IS NULL) AS jumlah_tanpa_status,
       count(c.capaian_angka) AS jumlah_capaian_angka,
       round(count(*) FILTER (WHERE c.tercapai)::DOUBLE * 100
             / nullif(count(*) FILTER (WHERE c.tercapai IS NOT NULL), 0), 2)::DOUBLE AS persen_tercapai,
       -- Summed as DECIMAL: a float sum depends on the order threads add it in,
       -- and round() of x.xx5 then flips between builds.
       avg(c.capaian_angka::DECIMAL(18, 6)) AS rata_capaian_mentah,
       min(c.capaian_angka) AS min_capaian,
       max(c.capaian_angka) AS max_capaian
FROM stg_capaian c
GROUP BY c.satker_id, c.tahun
