-- materialized: table
-- depends: stg_capaian_satker, peringkat_provinsi
-- check: persen_tercapai: range(0, 100)
-- unique_key: satker_id, tahun
-- description: Performance achievement per satker and year. persen_tercapai
-- is achieved / indicators with a known status (jumlah_tanpa_status shows the
-- rest); rata_capaian is the mean recomputed capaian of numeric indicators
-- (grades excluded). Ranked within the province; *_prev is the year before.
WITH r AS (
    SELECT c.satker_id,
           c.tahun,
           p.provinsi_id,
           p.nama,
           p.nama_pendek,
           p.jenis,
           c.jumlah_indikator,
           c.jumlah_sasaran_strategis,
           c.jumlah_sasaran_kegiatan,
           c.jumlah_tercapai,
           c.jumlah_tidak_tercapai,
           c.jumlah_tanpa_status,
           c.persen_tercapai,
           c.jumlah_capaian_angka,
           round(c.rata_capaian_mentah, 2) AS rata_capaian,
           round(c.min_capaian, 2) AS min_capaian,
           round(c.max_capaian, 2) AS max_capaian,
           p.peringkat_provinsi,
           p.jumlah_satker_provinsi
    FROM stg_capaian_satker c
    JOIN peringkat_provinsi p ON p.ukuran = 'capaian' AND p.satker_id = c.satker_id AND p.tahun = c.tahun
)
-- r is in the mart's column order; the year before follows it.
SELECT r.*,
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
