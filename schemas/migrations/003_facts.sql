-- Generated from etl/family by `go generate ./schemas`; edit the registry, not this file.
-- Raw facts, one table per family. Every row carries its document and line
-- span. A family may hold several rows per natural key (several tables of one
-- report, several reports); `utama` marks the row its document chose, and the
-- precedence models (pilih_*) choose across documents.
CREATE TABLE fact_capaian (
    doc_id          VARCHAR NOT NULL,
    baris_awal      INTEGER,
    baris_akhir     INTEGER,
    satker_id       VARCHAR NOT NULL,
    tahun           INTEGER NOT NULL,
    tingkat         VARCHAR NOT NULL,
    program         VARCHAR,
    sasaran         VARCHAR,
    indikator_id    VARCHAR,
    indikator       VARCHAR NOT NULL,
    indikator_kunci VARCHAR NOT NULL,  -- indikator_id, or the folded text when unmatched
    target_teks     VARCHAR,
    target_nilai    DOUBLE,
    realisasi_teks  VARCHAR,
    realisasi_nilai DOUBLE,
    satuan          VARCHAR,
    capaian_lapor   DOUBLE,
    capaian_teks    VARCHAR,
    capaian_hitung  DOUBLE,
    tercapai        BOOLEAN,
    sumber          VARCHAR,
    utama           BOOLEAN NOT NULL
);

CREATE TABLE fact_capaian_seri (
    doc_id          VARCHAR NOT NULL,
    baris_awal      INTEGER,
    baris_akhir     INTEGER,
    satker_id       VARCHAR NOT NULL,
    indikator_id    VARCHAR,
    indikator       VARCHAR NOT NULL,
    indikator_kunci VARCHAR NOT NULL,
    tahun           INTEGER NOT NULL,
    jenis           VARCHAR NOT NULL,
    teks            VARCHAR,
    nilai           DOUBLE,
    satuan          VARCHAR,
    sumber          VARCHAR,
    utama           BOOLEAN NOT NULL
);

CREATE TABLE fact_anggaran (
    doc_id         VARCHAR NOT NULL,
    baris_awal     INTEGER,
    baris_akhir    INTEGER,
    satker_id      VARCHAR NOT NULL,
    tahun          INTEGER NOT NULL,
    kode           VARCHAR NOT NULL,
    kode_teks      VARCHAR,
    kode_induk     VARCHAR,
    uraian         VARCHAR,
    tingkat        VARCHAR NOT NULL,
    pagu           BIGINT,
    realisasi      BIGINT,
    sisa           BIGINT,
    serapan_lapor  DOUBLE,
    serapan_hitung DOUBLE,
    pagu_awal      BIGINT,
    revisi_dipa    BIGINT,
    sumber         VARCHAR,
    utama          BOOLEAN NOT NULL
);

CREATE TABLE fact_sakip (
    doc_id        VARCHAR NOT NULL,
    baris_awal    INTEGER,
    baris_akhir   INTEGER,
    satker_id     VARCHAR NOT NULL,
    tahun_dinilai INTEGER NOT NULL,
    nilai         DOUBLE,
    predikat      VARCHAR,
    keyakinan     VARCHAR NOT NULL,
    sumber        VARCHAR,
    utama         BOOLEAN NOT NULL
);

CREATE TABLE fact_sakip_komponen (
    doc_id        VARCHAR NOT NULL,
    baris_awal    INTEGER,
    baris_akhir   INTEGER,
    satker_id     VARCHAR NOT NULL,
    tahun_dinilai INTEGER NOT NULL,
    komponen      VARCHAR NOT NULL,
    bobot         DOUBLE,
    nilai         DOUBLE,
    sumber        VARCHAR
);

CREATE TABLE fact_rb (
    doc_id      VARCHAR NOT NULL,
    baris_awal  INTEGER,
    baris_akhir INTEGER,
    satker_id   VARCHAR NOT NULL,
    tahun       INTEGER NOT NULL,
    nilai       DOUBLE,
    bobot       DOUBLE,
    persen      DOUBLE,
    sumber      VARCHAR,
    utama       BOOLEAN NOT NULL
);

CREATE TABLE fact_dpt (
    doc_id          VARCHAR NOT NULL,
    baris_awal      INTEGER,
    baris_akhir     INTEGER,
    satker_id       VARCHAR NOT NULL,
    pemilihan       VARCHAR NOT NULL,
    tahun           INTEGER NOT NULL,
    tingkat_wilayah VARCHAR NOT NULL,
    wilayah         VARCHAR NOT NULL,
    jumlah_desa     BIGINT,
    jumlah_tps      BIGINT,
    pemilih_l       BIGINT,
    pemilih_p       BIGINT,
    pemilih_total   BIGINT,
    keterangan      VARCHAR,
    sumber          VARCHAR,
    utama           BOOLEAN NOT NULL
);
