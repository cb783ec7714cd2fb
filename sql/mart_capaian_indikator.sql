-- materialized: table
-- depends: stg_capaian, stg_satker
-- unique_key: provinsi_id, tahun, tingkat, indikator_kunci
-- description: One canonical indicator across the satkers of a province in a
-- year: how many report it, how many achieved it, and the spread of the
-- recomputed capaian (numeric indicators only; grades are counted, not
-- averaged).
WITH m AS (
    SELECT s.provinsi_id,
           c.tahun,
           c.tingkat,
           c.indikator_kunci,
           max(c.indikator_id) AS indikator_id,
           min(c.indikator) AS indikator,
           min(c.satuan) AS satuan,
           bool_or(c.is_predikat) AS is_predikat,
           count(DISTINCT c.satker_id) AS jumlah_satker,
           count(*) FILTER (WHERE c.tercapai) AS jumlah_tercapai,
           count(*) FILTER (WHERE NOT c.tercapai) AS jumlah_tidak_tercapai,
           count(*) FILTER (WHERE c.tercapai IS NULL) AS jumlah_tanpa_status,
           -- Achieved among those with a known status (tercapai not NULL).
           round(count(*) FILTER (WHERE c.tercapai)::DOUBLE * 100 / nullif(count(c.tercapai), 0), 2)::DOUBLE AS persen_tercapai,
           -- DECIMAL keeps the mean independent of summation order.
           round(avg(c.capaian_angka::DECIMAL(18, 6)), 2) AS rata_capaian,
           round(median(c.capaian_angka), 2) AS median_capaian,
           round(min(c.capaian_angka), 2) AS min_capaian,
           round(max(c.capaian_angka), 2) AS max_capaian
    FROM stg_capaian c
    JOIN stg_satker s USING (satker_id)
    GROUP BY s.provinsi_id, c.tahun, c.tingkat, c.indikator_kunci
)
SELECT m.*,
       q.persen_tercapai AS persen_tercapai_prev,
       round(m.persen_tercapai - q.persen_tercapai, 2) AS persen_tercapai_delta,
       round((m.persen_tercapai - q.persen_tercapai) * 100 / nullif(q.persen_tercapai, 0), 2) AS persen_tercapai_delta_pct,
       q.rata_capaian AS rata_capaian_prev,
       round(m.rata_capaian - q.rata_capaian, 2) AS rata_capaian_delta,
       round((m.rata_capaian - q.rata_capaian) * 100 / nullif(q.rata_capaian, 0), 2) AS rata_capaian_delta_pct
FROM m
LEFT JOIN m AS q
       ON q.provinsi_id = m.provinsi_id AND q.tahun = m.tahun - 1
      AND q.tingkat = m.tingkat AND q.indikator_kunci = m.indikator_kunci
