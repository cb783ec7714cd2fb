-- materialized: table
-- unique_key: satker_id, tahun
-- description: League table for planners: each satker of a province per year
-- on SAKIP score, capaian (share of indicators achieved) and serapan, with
-- every input and weight beside the composite.
--   * The weights come from peringkat_bobot, a table etl/models writes with
--     bound values at the start of every build (configuration, never SQL).
--   * SAKIP is evaluated after the year ends, so a year uses its own
--     evaluation or, until it exists, the previous year's
--     (sakip_tahun_dinilai says which).
--   * serapan counts at most 100 in the composite: over-absorption is an
--     error, not a merit.
--   * skor_komposit = sum(weight x input) / sum(weight of the inputs present);
--     jumlah_ukuran says how many of the three were present.
--   * peringkat_delta = peringkat - peringkat_prev (negative = moved up).
--   * Only SAKIP values read with high confidence rank a satker: a score
--     from an unreliable source (keyakinan = 'rendah', e.g. a photographed
--     all-satker table) stays visible in mart_sakip but moves no one here.
WITH sakip_yakin AS (
    SELECT * FROM mart_sakip WHERE keyakinan = 'tinggi'
),
tahun_data AS (
    SELECT max(tahun) AS tahun_akhir
    FROM (SELECT tahun FROM mart_capaian UNION ALL SELECT tahun FROM mart_serapan)
),
baris AS (
    SELECT satker_id, tahun FROM mart_capaian
    UNION
    SELECT satker_id, tahun FROM mart_serapan
    UNION
    SELECT satker_id, tahun_dinilai FROM sakip_yakin
    UNION
    SELECT k.satker_id, k.tahun_dinilai + 1
    FROM sakip_yakin k, tahun_data t
    WHERE k.tahun_dinilai + 1 <= t.tahun_akhir
),
bobot AS (
    SELECT coalesce(max(bobot) FILTER (WHERE ukuran = 'sakip'), 0) AS bobot_sakip,
           coalesce(max(bobot) FILTER (WHERE ukuran = 'capaian'), 0) AS bobot_capaian,
           coalesce(max(bobot) FILTER (WHERE ukuran = 'serapan'), 0) AS bobot_serapan
    FROM peringkat_bobot
),
m AS (
    SELECT b.satker_id,
           b.tahun,
           s.provinsi_id,
           s.nama,
           s.nama_pendek,
           s.jenis,
           coalesce(k0.nilai, k1.nilai) AS sakip_nilai,
           CASE WHEN k0.nilai IS NOT NULL THEN k0.predikat ELSE k1.predikat END AS sakip_predikat,
           CASE WHEN k0.nilai IS NOT NULL THEN k0.tahun_dinilai
                WHEN k1.nilai IS NOT NULL THEN k1.tahun_dinilai END AS sakip_tahun_dinilai,
           c.persen_tercapai AS capaian_persen,
           c.jumlah_indikator AS capaian_jumlah_indikator,
           c.rata_capaian AS capaian_rata,
           r.serapan_persen,
           r.pagu,
           w.bobot_sakip,
           w.bobot_capaian,
           w.bobot_serapan
    FROM baris b
    JOIN stg_satker s USING (satker_id)
    CROSS JOIN bobot w
    LEFT JOIN sakip_yakin k0 ON k0.satker_id = b.satker_id AND k0.tahun_dinilai = b.tahun
    LEFT JOIN sakip_yakin k1 ON k1.satker_id = b.satker_id AND k1.tahun_dinilai = b.tahun - 1
    LEFT JOIN mart_capaian c ON c.satker_id = b.satker_id AND c.tahun = b.tahun
    LEFT JOIN mart_serapan r ON r.satker_id = b.satker_id AND r.tahun = b.tahun
),
skor AS (
    SELECT m.*,
           (m.sakip_nilai IS NOT NULL)::INTEGER + (m.capaian_persen IS NOT NULL)::INTEGER
               + (m.serapan_persen IS NOT NULL)::INTEGER AS jumlah_ukuran,
           round((coalesce(m.bobot_sakip * m.sakip_nilai, 0)
                  + coalesce(m.bobot_capaian * m.capaian_persen, 0)
                  + coalesce(m.bobot_serapan * CASE WHEN m.serapan_persen > 100 THEN 100 ELSE m.serapan_persen END, 0))
                 / nullif(CASE WHEN m.sakip_nilai IS NOT NULL THEN m.bobot_sakip ELSE 0 END
                          + CASE WHEN m.capaian_persen IS NOT NULL THEN m.bobot_capaian ELSE 0 END
                          + CASE WHEN m.serapan_persen IS NOT NULL THEN m.bobot_serapan ELSE 0 END, 0), 2) AS skor_komposit
    FROM m
),
r AS (
    SELECT skor.*,
           CASE WHEN skor.skor_komposit IS NOT NULL THEN
               rank() OVER (PARTITION BY skor.provinsi_id, skor.tahun ORDER BY skor.skor_komposit DESC NULLS LAST)
           END AS peringkat,
           count(skor.skor_komposit) OVER (PARTITION BY skor.provinsi_id, skor.tahun) AS jumlah_satker_provinsi
    FROM skor
)
SELECT r.satker_id,
       r.tahun,
       r.provinsi_id,
       r.nama,
       r.nama_pendek,
       r.jenis,
       r.peringkat,
       r.jumlah_satker_provinsi,
       r.skor_komposit,
       r.jumlah_ukuran,
       r.sakip_nilai,
       r.sakip_predikat,
       r.sakip_tahun_dinilai,
       r.capaian_persen,
       r.capaian_jumlah_indikator,
       r.capaian_rata,
       r.serapan_persen,
       r.pagu,
       r.bobot_sakip,
       r.bobot_capaian,
       r.bobot_serapan,
       q.skor_komposit AS skor_komposit_prev,
       round(r.skor_komposit - q.skor_komposit, 2) AS skor_komposit_delta,
       round((r.skor_komposit - q.skor_komposit) * 100 / nullif(q.skor_komposit, 0), 2) AS skor_komposit_delta_pct,
       q.peringkat AS peringkat_prev,
       r.peringkat - q.peringkat AS peringkat_delta
FROM r
LEFT JOIN r AS q ON q.satker_id = r.satker_id AND q.tahun = r.tahun - 1
