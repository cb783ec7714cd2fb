-- materialized: view
-- depends: pilih_capaian, pilih_anggaran, pilih_sakip, pilih_dpt
-- description: Cross-document disagreements: a utama row of another document
-- whose value differs from the chosen one, reported against the losing
-- document (temuan shows them as konflik.antar_dokumen).
-- column: keluarga: Fact family of the disagreement (capaian, anggaran, sakip, dpt).
-- column: doc_id: Document whose row lost.
-- column: baris_awal: First source line of the losing row.
-- column: baris_akhir: Last source line of the losing row.
-- column: kunci: Natural key of the row, parts joined by /.
-- column: nilai_ini: What the losing document states.
-- column: nilai_pilih: What the chosen row states.
-- column: doc_pilih: Document of the chosen row.
WITH c AS (
    SELECT 'capaian' AS keluarga, l.doc_id, l.baris_awal, l.baris_akhir,
           l.satker_id || '/' || l.tahun || '/' || l.indikator_kunci AS kunci,
           coalesce(l.target_nilai::VARCHAR, l.target_teks) || ' / ' || coalesce(l.realisasi_nilai::VARCHAR, l.realisasi_teks) AS nilai_ini,
           coalesce(w.target_nilai::VARCHAR, w.target_teks) || ' / ' || coalesce(w.realisasi_nilai::VARCHAR, w.realisasi_teks) AS nilai_pilih,
           w.doc_id AS doc_pilih
    FROM pilih_capaian l JOIN pilih_capaian w
      ON w.urutan = 1 AND l.urutan > 1 AND l.utama AND l.doc_id <> w.doc_id
     AND w.satker_id = l.satker_id AND w.tahun = l.tahun AND w.tingkat = l.tingkat
     AND w.indikator_kunci = l.indikator_kunci
    WHERE l.target_nilai IS DISTINCT FROM w.target_nilai
       OR l.realisasi_nilai IS DISTINCT FROM w.realisasi_nilai
    UNION ALL
    SELECT 'anggaran', l.doc_id, l.baris_awal, l.baris_akhir,
           l.satker_id || '/' || l.tahun || '/' || l.kode,
           l.pagu::VARCHAR || ' / ' || l.realisasi::VARCHAR,
           w.pagu::VARCHAR || ' / ' || w.realisasi::VARCHAR, w.doc_id
    FROM pilih_anggaran l JOIN pilih_anggaran w
      ON w.urutan = 1 AND l.urutan > 1 AND l.utama AND l.doc_id <> w.doc_id
     AND w.satker_id = l.satker_id AND w.tahun = l.tahun AND w.kode = l.kode
    WHERE l.pagu IS DISTINCT FROM w.pagu OR l.realisasi IS DISTINCT FROM w.realisasi
    UNION ALL
    SELECT 'sakip', l.doc_id, l.baris_awal, l.baris_akhir,
           l.satker_id || '/' || l.tahun_dinilai,
           coalesce(l.nilai::VARCHAR, '-') || ' ' || coalesce(l.predikat, ''),
           coalesce(w.nilai::VARCHAR, '-') || ' ' || coalesce(w.predikat, ''), w.doc_id
    FROM pilih_sakip l JOIN pilih_sakip w
      ON w.urutan = 1 AND l.urutan > 1 AND l.doc_id <> w.doc_id
     AND w.satker_id = l.satker_id AND w.tahun_dinilai = l.tahun_dinilai
    WHERE l.nilai IS DISTINCT FROM w.nilai OR l.predikat IS DISTINCT FROM w.predikat
    UNION ALL
    SELECT 'dpt', l.doc_id, l.baris_awal, l.baris_akhir,
           l.satker_id || '/' || l.pemilihan || '/' || l.tahun || '/' || l.wilayah,
           coalesce(l.pemilih_total::VARCHAR, '-') || ' pemilih, ' || coalesce(l.jumlah_tps::VARCHAR, '-') || ' TPS',
           coalesce(w.pemilih_total::VARCHAR, '-') || ' pemilih, ' || coalesce(w.jumlah_tps::VARCHAR, '-') || ' TPS', w.doc_id
    FROM pilih_dpt l JOIN pilih_dpt w
      ON w.urutan = 1 AND l.urutan > 1 AND l.utama AND l.doc_id <> w.doc_id
     AND w.satker_id = l.satker_id AND w.pemilihan = l.pemilihan AND w.tahun = l.tahun
     AND w.tingkat_wilayah = l.tingkat_wilayah AND w.wilayah = l.wilayah
    WHERE l.pemilih_total IS DISTINCT FROM w.pemilih_total OR l.jumlah_tps IS DISTINCT FROM w.jumlah_tps
)
SELECT * FROM c
