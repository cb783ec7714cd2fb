-- materialized: table
-- depends: mart_capaian, mart_sakip, mart_serapan, peringkat_bobot, stg_satker
-- check: satker_id: relationships(stg_satker.satker_id)
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
--   * Honest ranks: the year's basis (ukuran_dasar) is every measure any
--     satker of the province has that year. Only satkers with all of it get
--     skor_komposit = sum(weight x input) / sum(weight) and a rank
--     (peringkat of jumlah_satker_provinsi); the others are listed with
--     ukuran_kurang (what they lack) and no score, never ranked on less.
--   * Coverage: jumlah_satker_data satkers of the province's
--     jumlah_satker_total have any measure that year.
--   * *_prev compares with the year before only when that year stood on
--     the same basis (2019 on two measures is not 2020 on three).
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
ada AS (
    -- A measure counts only when it has a value and a positive weight.
    SELECT m.*,
           m.sakip_nilai IS NOT NULL AND m.bobot_sakip > 0 AS ada_sakip,
           m.capaian_persen IS NOT NULL AND m.bobot_capaian > 0 AS ada_capaian,
           m.serapan_persen IS NOT NULL AND m.bobot_serapan > 0 AS ada_serapan
    FROM m
),
dasar AS (
    -- The year's basis: every measure any satker of the province has that
    -- year. Only satkers with all of it get a composite and a rank.
    SELECT ada.*,
           bool_or(ada_sakip) OVER w AS dasar_sakip,
           bool_or(ada_capaian) OVER w AS dasar_capaian,
           bool_or(ada_serapan) OVER w AS dasar_serapan,
           count(*) OVER w AS jumlah_satker_data
    FROM ada
    WINDOW w AS (PARTITION BY provinsi_id, tahun)
),
skor AS (
    SELECT d.*,
           d.ada_sakip::INTEGER + d.ada_capaian::INTEGER + d.ada_serapan::INTEGER AS jumlah_ukuran,
           concat_ws(', ', CASE WHEN d.dasar_sakip THEN 'sakip' END,
                           CASE WHEN d.dasar_capaian THEN 'capaian' END,
                           CASE WHEN d.dasar_serapan THEN 'serapan' END) AS ukuran_dasar,
           nullif(concat_ws(', ', CASE WHEN d.dasar_sakip AND NOT d.ada_sakip THEN 'sakip' END,
                                  CASE WHEN d.dasar_capaian AND NOT d.ada_capaian THEN 'capaian' END,
                                  CASE WHEN d.dasar_serapan AND NOT d.ada_serapan THEN 'serapan' END), '') AS ukuran_kurang,
           CASE WHEN (d.ada_sakip OR NOT d.dasar_sakip) AND (d.ada_capaian OR NOT d.dasar_capaian)
                     AND (d.ada_serapan OR NOT d.dasar_serapan)
                     AND (d.ada_sakip OR d.ada_capaian OR d.ada_serapan) THEN
               round((CASE WHEN d.ada_sakip THEN d.bobot_sakip * d.sakip_nilai ELSE 0 END
                      + CASE WHEN d.ada_capaian THEN d.bobot_capaian * d.capaian_persen ELSE 0 END
                      + CASE WHEN d.ada_serapan THEN d.bobot_serapan * least(d.serapan_persen, 100) ELSE 0 END)
                     / (CASE WHEN d.ada_sakip THEN d.bobot_sakip ELSE 0 END
                        + CASE WHEN d.ada_capaian THEN d.bobot_capaian ELSE 0 END
                        + CASE WHEN d.ada_serapan THEN d.bobot_serapan ELSE 0 END), 2)
           END AS skor_komposit
    FROM dasar d
),
r AS (
    SELECT skor.*,
           CASE WHEN skor.skor_komposit IS NOT NULL THEN
               rank() OVER (PARTITION BY skor.provinsi_id, skor.tahun ORDER BY skor.skor_komposit DESC NULLS LAST)
           END AS peringkat,
           count(skor.skor_komposit) OVER (PARTITION BY skor.provinsi_id, skor.tahun) AS jumlah_satker_provinsi
    FROM skor
),
total AS (
    SELECT provinsi_id, count(*) AS jumlah_satker_total
    FROM stg_satker
    GROUP BY provinsi_id
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
       r.ukuran_dasar,
       r.ukuran_kurang,
       r.jumlah_ukuran,
       r.jumlah_satker_data,
       t.jumlah_satker_total,
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
       q.jumlah_satker_provinsi AS jumlah_satker_provinsi_prev,
       r.peringkat - q.peringkat AS peringkat_delta
FROM r
JOIN total t USING (provinsi_id)
-- The year before is compared only when its composite stood on the same
-- measures: a score on serapan alone is not the same number as one on three.
LEFT JOIN r AS q ON q.satker_id = r.satker_id AND q.tahun = r.tahun - 1
                AND q.ukuran_dasar = r.ukuran_dasar AND q.skor_komposit IS NOT NULL
