-- materialized: table
-- depends: sakip_komponen, stg_sakip, peringkat_provinsi
-- unique_key: satker_id, tahun_dinilai
-- description: SAKIP per satker and evaluated year (an evaluation published in
-- year Y scores Y-1), ranked within the province, with the change from the
-- previous evaluated year and the four components side by side. predikat is
-- the stated grade or the score's band; predikat_cocok says whether they agree.
WITH k AS (
    SELECT satker_id,
           tahun_dinilai,
           max(nilai) FILTER (WHERE komponen = 'perencanaan') AS komponen_perencanaan,
           max(nilai) FILTER (WHERE komponen = 'pengukuran') AS komponen_pengukuran,
           max(nilai) FILTER (WHERE komponen = 'pelaporan') AS komponen_pelaporan,
           max(nilai) FILTER (WHERE komponen = 'evaluasi_internal') AS komponen_evaluasi_internal,
           count(*) AS jumlah_komponen,
           -- DECIMAL keeps the sum independent of summation order.
           round(sum(nilai::DECIMAL(18, 6)), 2)::DOUBLE AS komponen_jumlah
    FROM sakip_komponen
    GROUP BY satker_id, tahun_dinilai
),
r AS (
    SELECT st.satker_id,
           st.tahun_dinilai,
           p.provinsi_id,
           p.nama,
           p.nama_pendek,
           p.jenis,
           st.nilai,
           st.predikat,
           st.predikat_peringkat,
           st.predikat_lapor IS NULL OR st.predikat_nilai IS NULL
               OR st.predikat_lapor = st.predikat_nilai AS predikat_cocok,
           st.keyakinan,
           p.peringkat_provinsi,
           p.jumlah_satker_provinsi,
           st.doc_id
    FROM stg_sakip st
    JOIN peringkat_provinsi p ON p.ukuran = 'sakip' AND p.satker_id = st.satker_id AND p.tahun = st.tahun_dinilai
)
-- r is in the mart's column order; the year before and the components
-- follow it, doc_id comes last.
SELECT r.* EXCLUDE (doc_id),
       q.nilai AS nilai_prev,
       round(r.nilai - q.nilai, 2) AS nilai_delta,
       round((r.nilai - q.nilai) * 100 / nullif(q.nilai, 0), 2) AS nilai_delta_pct,
       q.predikat AS predikat_prev,
       r.predikat_peringkat - q.predikat_peringkat AS predikat_peringkat_delta,
       q.peringkat_provinsi AS peringkat_provinsi_prev,
       k.komponen_perencanaan,
       k.komponen_pengukuran,
       k.komponen_pelaporan,
       k.komponen_evaluasi_internal,
       coalesce(k.jumlah_komponen, 0) AS jumlah_komponen,
       k.komponen_jumlah,
       round(k.komponen_jumlah - r.nilai, 2) AS komponen_selisih,
       r.doc_id
FROM r
LEFT JOIN r AS q ON q.satker_id = r.satker_id AND q.tahun_dinilai = r.tahun_dinilai - 1
LEFT JOIN k ON k.satker_id = r.satker_id AND k.tahun_dinilai = r.tahun_dinilai
