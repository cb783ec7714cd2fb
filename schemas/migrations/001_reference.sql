-- Reference data: satker, their aliases, the SAKIP predikat scale, canonical
-- indicators. Filled from schemas/ref/*.csv by `lkj init` (etl/warehouse).
CREATE TABLE ref_satker (
    satker_id    VARCHAR PRIMARY KEY,  -- area code without the dot: 53, 5305, 5371
    kode_wilayah VARCHAR NOT NULL,     -- Kemendagri code as written: 53, 53.05
    nama         VARCHAR NOT NULL,     -- KPU Kabupaten Alor, KPU Provinsi Nusa Tenggara Timur
    wilayah      VARCHAR NOT NULL,     -- Kabupaten Alor, Nusa Tenggara Timur
    jenis        VARCHAR NOT NULL CHECK (jenis IN ('provinsi', 'kabupaten', 'kota')),
    provinsi_id  VARCHAR NOT NULL
);

CREATE TABLE ref_satker_alias (
    alias     VARCHAR NOT NULL,
    satker_id VARCHAR NOT NULL
);

CREATE TABLE ref_predikat (
    predikat        VARCHAR PRIMARY KEY,
    peringkat       INTEGER NOT NULL,  -- 7 = AA ... 1 = D; grades compare by this
    nilai_atas_dari DOUBLE NOT NULL,   -- exclusive lower bound (D: inclusive 0)
    nilai_sampai    DOUBLE NOT NULL,   -- inclusive upper bound
    keterangan      VARCHAR
);

CREATE TABLE ref_indikator (
    indikator_id VARCHAR PRIMARY KEY,
    teks         VARCHAR NOT NULL,
    satuan       VARCHAR,
    arah         VARCHAR NOT NULL CHECK (arah IN ('naik', 'turun', 'predikat')),
    tingkat      VARCHAR
);
