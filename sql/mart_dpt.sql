-- materialized: table
-- depends: stg_dpt, stg_satker
-- check: pemilihan: accepted_values(pemilu, pilkada)
-- unique_key: satker_id, pemilihan, tahun
-- description: Voters and polling stations per election for each kabupaten/kota
-- and province: voters per TPS, female share, and the change from the
-- previous election of any kind (Pemilu Feb 2024 -> Pilkada Nov 2024:
-- *_prev) and of the same kind (Pemilu 2019 -> 2024: *_sejenis_prev).
-- The satker's own recap row is used; without it, a kabupaten is the sum of
-- its kecamatan rows and the province the sum of all its kabupaten/kota
-- (only when every one is present); sumber says which.
WITH rekap AS (
    SELECT satker_id, pemilihan, tahun, urutan, tingkat_wilayah, jumlah_desa, jumlah_tps,
           pemilih_l, pemilih_p, pemilih_total, 'rekap' AS sumber
    FROM stg_dpt
    WHERE tingkat_wilayah IN ('kabupaten', 'provinsi')
    QUALIFY row_number() OVER (PARTITION BY satker_id, pemilihan, tahun
                               ORDER BY tingkat_wilayah = 'provinsi' DESC, wilayah) = 1
),
kec AS (
    SELECT satker_id, pemilihan, tahun,
           min(urutan) AS urutan,
           'kabupaten' AS tingkat_wilayah,
           sum(jumlah_desa)::BIGINT AS jumlah_desa,
           sum(jumlah_tps)::BIGINT AS jumlah_tps,
           sum(pemilih_l)::BIGINT AS pemilih_l,
           sum(pemilih_p)::BIGINT AS pemilih_p,
           sum(pemilih_total)::BIGINT AS pemilih_total,
           count(*) AS jumlah_kecamatan
    FROM stg_dpt
    WHERE tingkat_wilayah = 'kecamatan'
    GROUP BY satker_id, pemilihan, tahun
),
kab AS (
    SELECT satker_id, pemilihan, tahun, urutan, tingkat_wilayah, jumlah_desa, jumlah_tps,
           pemilih_l, pemilih_p, pemilih_total, sumber
    FROM rekap
    UNION ALL
    SELECT k.satker_id, k.pemilihan, k.tahun, k.urutan, k.tingkat_wilayah, k.jumlah_desa, k.jumlah_tps,
           k.pemilih_l, k.pemilih_p, k.pemilih_total, 'jumlah_kecamatan'
    FROM kec k
    WHERE NOT EXISTS (SELECT 1 FROM rekap r
                      WHERE r.satker_id = k.satker_id AND r.pemilihan = k.pemilihan AND r.tahun = k.tahun)
),
kab_per_provinsi AS (
    SELECT provinsi_id, count(*) AS jumlah
    FROM stg_satker
    WHERE jenis IN ('kabupaten', 'kota')
    GROUP BY provinsi_id
),
prov AS (
    SELECT s.provinsi_id AS satker_id, b.pemilihan, b.tahun,
           min(b.urutan) AS urutan,
           'provinsi' AS tingkat_wilayah,
           sum(b.jumlah_desa)::BIGINT AS jumlah_desa,
           sum(b.jumlah_tps)::BIGINT AS jumlah_tps,
           sum(b.pemilih_l)::BIGINT AS pemilih_l,
           sum(b.pemilih_p)::BIGINT AS pemilih_p,
           sum(b.pemilih_total)::BIGINT AS pemilih_total,
           'jumlah_kabupaten' AS sumber,
           count(*) AS jumlah_kabupaten
    FROM kab b
    JOIN stg_satker s USING (satker_id)
    WHERE b.tingkat_wilayah = 'kabupaten'
    GROUP BY s.provinsi_id, b.pemilihan, b.tahun
),
u AS (
    SELECT * FROM kab
    UNION ALL
    SELECT p.satker_id, p.pemilihan, p.tahun, p.urutan, p.tingkat_wilayah, p.jumlah_desa, p.jumlah_tps,
           p.pemilih_l, p.pemilih_p, p.pemilih_total, p.sumber
    FROM prov p
    JOIN kab_per_provinsi n ON n.provinsi_id = p.satker_id AND n.jumlah = p.jumlah_kabupaten
    WHERE NOT EXISTS (SELECT 1 FROM rekap r
                      WHERE r.satker_id = p.satker_id AND r.pemilihan = p.pemilihan AND r.tahun = p.tahun)
),
d AS (
    SELECT u.*,
           s.provinsi_id,
           s.nama,
           s.nama_pendek,
           s.jenis,
           k.jumlah_kecamatan,
           round(u.pemilih_total::DOUBLE / nullif(u.jumlah_tps, 0), 2) AS pemilih_per_tps,
           round(u.pemilih_p::DOUBLE * 100 / nullif(u.pemilih_total, 0), 2) AS persen_perempuan
    FROM u
    JOIN stg_satker s USING (satker_id)
    LEFT JOIN kec k USING (satker_id, pemilihan, tahun)
),
w AS (
    SELECT d.*,
           lag(d.pemilihan) OVER bef AS pemilihan_prev,
           lag(d.tahun) OVER bef AS tahun_prev,
           lag(d.pemilih_total) OVER bef AS pemilih_total_prev,
           lag(d.jumlah_tps) OVER bef AS jumlah_tps_prev,
           lag(d.pemilih_per_tps) OVER bef AS pemilih_per_tps_prev,
           lag(d.tahun) OVER sej AS tahun_sejenis_prev,
           lag(d.pemilih_total) OVER sej AS pemilih_total_sejenis_prev,
           lag(d.jumlah_tps) OVER sej AS jumlah_tps_sejenis_prev
    FROM d
    WINDOW bef AS (PARTITION BY d.satker_id ORDER BY d.urutan),
           sej AS (PARTITION BY d.satker_id, d.pemilihan ORDER BY d.tahun)
)
SELECT satker_id,
       pemilihan,
       tahun,
       urutan AS urutan_pemilihan,
       provinsi_id,
       nama,
       nama_pendek,
       jenis,
       tingkat_wilayah,
       sumber,
       jumlah_kecamatan,
       jumlah_desa,
       jumlah_tps,
       pemilih_l,
       pemilih_p,
       pemilih_total,
       pemilih_per_tps,
       persen_perempuan,
       pemilihan_prev,
       tahun_prev,
       pemilih_total_prev,
       pemilih_total - pemilih_total_prev AS pemilih_total_delta,
       round((pemilih_total - pemilih_total_prev)::DOUBLE * 100 / nullif(pemilih_total_prev, 0), 2) AS pemilih_total_delta_pct,
       jumlah_tps_prev,
       jumlah_tps - jumlah_tps_prev AS jumlah_tps_delta,
       round((jumlah_tps - jumlah_tps_prev)::DOUBLE * 100 / nullif(jumlah_tps_prev, 0), 2) AS jumlah_tps_delta_pct,
       pemilih_per_tps_prev,
       round(pemilih_per_tps - pemilih_per_tps_prev, 2) AS pemilih_per_tps_delta,
       round((pemilih_per_tps - pemilih_per_tps_prev) * 100 / nullif(pemilih_per_tps_prev, 0), 2) AS pemilih_per_tps_delta_pct,
       tahun_sejenis_prev,
       pemilih_total_sejenis_prev,
       pemilih_total - pemilih_total_sejenis_prev AS pemilih_total_sejenis_delta,
       round((pemilih_total - pemilih_total_sejenis_prev)::DOUBLE * 100 / nullif(pemilih_total_sejenis_prev, 0), 2) AS pemilih_total_sejenis_delta_pct,
       jumlah_tps_sejenis_prev,
       jumlah_tps - jumlah_tps_sejenis_prev AS jumlah_tps_sejenis_delta,
       round((jumlah_tps - jumlah_tps_sejenis_prev)::DOUBLE * 100 / nullif(jumlah_tps_sejenis_prev, 0), 2) AS jumlah_tps_sejenis_delta_pct
FROM w
