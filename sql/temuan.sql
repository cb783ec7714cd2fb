-- materialized: view
-- depends: etl_finding, etl_document, konflik
-- description: Findings: repairs, conflicts and doubts raised while reading and checking documents.
-- column: doc_id: Document the finding is about.
-- column: aturan: Rule id, e.g. anggaran.sisa_diperbaiki.
-- column: tingkat: info, warning or error (error rejects the document).
-- column: pesan: What was found.
-- column: baris_awal: First source line.
-- column: baris_akhir: Last source line.
-- column: nilai: The value as written, or the repaired value.
SELECT f.doc_id, f.aturan, f.tingkat, f.pesan, f.baris_awal, f.baris_akhir, f.nilai
FROM etl_finding f JOIN etl_document d USING (doc_id)
WHERE d.status IN ('loaded', 'rejected')
UNION ALL
SELECT doc_id, 'konflik.antar_dokumen', 'warning',
       keluarga || ' ' || kunci || ': dokumen ini menyatakan ' || coalesce(nilai_ini, '-') ||
       ', dipakai ' || coalesce(nilai_pilih, '-') || ' dari dokumen ' || doc_pilih,
       baris_awal, baris_akhir, nilai_ini
FROM konflik
