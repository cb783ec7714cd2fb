-- materialized: table
-- depends: stg_capaian, stg_satker
-- check: persen_tercapai: range(0, 100)
-- unique_key: satker_id, tahun
-- description: Performance achievement per satker and year. persen_tercapai
-- is achieved / indicators with a known status (jumlah_tanpa_status shows the
-- rest); rata_capaian is the mean recomputed capaian of numeric indicators
-- (grades excluded). Ranked within the province; *_prev is the year before.
WITH per AS (
    SELECT c.satker_id,
           c.tahun,
           count(*) AS jumlah_indikator,
           count(*) FILTER (WHERE c.tingkat = 'sasaran_strategis') AS jumlah_sasaran_strategis,
           count(*) FILTER (WHERE c.tingkat = 'sasaran_kegiatan') AS jumlah_sasaran_kegiatan,
           count(*) FILTER (WHERE c.tercapai) AS jumlah_tercapai,
           count(*) FILTER (WHERE NOT c.tercapai) AS jumlah_tidak_tercapai,
           count(*) FILTER (WHERE c.tercapai IS NULL) AS jumlah_tanpa_status,
           count(c.capaian_angka) AS jumlah_capaian_angka,
           -- Summed as DECIMAL: a float sum depends on the order threads add it in,
           -- and round() of x.xx5 then flips between builds.
           avg(c.capaian_angka::DECIMAL(18, 6)) AS rata_capaian_mentah,
           min(c.capaian_angka) AS min_capaian,
           max(c.capaian_angka) AS max_capaian
    FROM stg_capaian c
    GROUP BY c.satker_id, c.tahun
),
m AS (
    SELECT p.*,
           s.provinsi_id,
           s.nama,
           s.nama_pendek,
           s.jenis,
           round(p.jumlah_tercapai::DOUBLE * 100
                 / nullif(p.jumlah_tercapai + p.jumlah_tidak_tercapai, 0), 2)::DOUBLE AS persen_tercapai,
           round(p.rata_capaian_mentah, 2) AS rata_capaian
    FROM per p
    JOIN stg_satker s USING (satker_id)
),
r AS (
    SELECT m.*,
           CASE WHEN m.persen_tercapai IS NOT NULL THEN
               rank() OVER (PARTITION BY m.provinsi_id, m.tahun ORDER BY m.persen_tercapai DESC NULLS LAST)
           END AS peringkat_provinsi,
           count(m.persen_tercapai) OVER (PARTITION BY m.provinsi_id, m.tahun) AS jumlah_satker_provinsi
    FROM m
)
SELECT r.satker_id,
       r.tahun,
       r.provinsi_id,
       r.nama,
       r.nama_pendek,
       r.jenis,
       r.jumlah_indikator,
       r.jumlah_sasaran_strategis,
       r.jumlah_sasaran_kegiatan,
       r.jumlah_tercapai,
       r.jumlah_tidak_tercapai,
       r.jumlah_tanpa_status,
       r.persen_tercapai,
       r.jumlah_capaian_angka,
       r.rata_capaian,
       round(r.min_capaian, 2) AS min_capaian,
       round(r.max_capaian, 2) AS max_capaian,
       r.peringkat_provinsi,
       r.jumlah_satker_provinsi,
       q.persen_tercapai AS persen_tercapai_prev,
       round(r.persen_tercapai - q.persen_tercapai, 2) AS persen_tercapai_delta,
       round((r.persen_tercapai - q.persen_tercapai) * 100 / nullif(q.persen_tercapai, 0), 2) AS persen_tercapai_delta_pct,
       q.rata_capaian AS rata_capaian_prev,
       round(r.rata_capaian - q.rata_capaian, 2) AS rata_capaian_delta,
       round((r.rata_capaian - q.rata_capaian) * 100 / nullif(q.rata_capaian, 0), 2) AS rata_capaian_delta_pct,
       q.jumlah_indikator AS jumlah_indikator_prev,
       r.jumlah_indikator - q.jumlah_indikator AS jumlah_indikator_delta,
       round((r.jumlah_indikator - q.jumlah_indikator)::DOUBLE * 100 / nullif(q.jumlah_indikator, 0), 2)::DOUBLE AS jumlah_indikator_delta_pct,
       q.peringkat_provinsi AS peringkat_provinsi_prev
FROM r
LEFT JOIN r AS q ON q.satker_id = r.satker_id AND q.tahun = r.tahun - 1
