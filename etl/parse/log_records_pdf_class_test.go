package parse

import "testing"

// TestLogRecordsPDFClass: TestLogRecordsClass's documents as a PDF's text
// gives them (log_records.go logFlatRecord): the indent under each head
// lost, a blank line between a head and its field lines (or between the
// records), single spaces between the fields, a blank line inside the
// console session. They read the same values. Look-alikes give nothing:
// heads whose field lines name other fields record by record, a software
// test report without an indicator, one line of prose above a line of
// fields, heads of different shapes.
func TestLogRecordsPDFClass(t *testing.T) {
	checkDocs(t, []string{"capaian"}, []docCase{
		{"alert log, a # key, single spaces", []string{
			"BAB III AKUNTABILITAS KINERJA",
			"",
			"Tabel 3.1 Capaian Kinerja Tahun 2023",
			"",
			"# monitor-ikk 1.4 (kpu-sumba-timur) - alerts.log",
			"# kunci: value = realisasi; threshold = target PK; ratio = capaian (%)",
			"2023-12-31T22:00:00+08:00 [FIRING] id=ik-1 rule=\"Persentase laporan keuangan yang disusun tepat waktu\" unit=% value=90,00 threshold=100,00 ratio=90,00",
			"2023-12-31T22:01:00+08:00 [OK] id=ik-2 rule=\"Indeks kepuasan layanan informasi publik\" unit=Indeks value=3,40 threshold=3,20 ratio=106,25",
			"2023-12-31T22:02:00+08:00 [OK] id=ik-3 rule=\"Opini BPK atas Laporan Keuangan\" unit=Opini value=WTP threshold=WTP ratio=100,00",
			"# end of log",
			"",
			"Sumber: Subbagian Program, diolah.",
		}, map[string][]string{"capaian": {
			"Persentase laporan keuangan yang disusun tepat waktu|100|90|90",
			"Indeks kepuasan layanan informasi publik|3.2|3.4|106.25",
			"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100"}}},
		{"test runner's report, unindented fields a blank line under each head", []string{
			"Tabel 3.1 Capaian Indikator Kinerja Tahun 2024",
			"",
			"$ pytest -v uji_capaian.py",
			"",
			"===================== test session starts =====================",
			"collected 3 items",
			"",
			"uji_capaian.py::test_a PASSED [ 33%]",
			"",
			"indikator=\"Persentase Partisipasi Pemilih dalam Pemilu\"",
			"satuan=% target=77,50 realisasi=80,60 capaian=104,00",
			"uji_capaian.py::test_b FAILED [ 66%]",
			"",
			"indikator=\"Persentase pemutakhiran data pemilih tepat waktu\"",
			"satuan=% target=100 realisasi=92,50 capaian=92,50",
			"uji_capaian.py::test_c PASSED [100%]",
			"",
			"indikator=\"Nilai Evaluasi atas Akuntabilitas Kinerja\"",
			"satuan=Predikat target=BB realisasi=BB capaian=100",
			"",
			"================= 2 passed, 1 failed in 0.12s =================",
		}, map[string][]string{"capaian": {
			"Persentase Partisipasi Pemilih dalam Pemilu|77.5|80.6|104",
			"Persentase pemutakhiran data pemilih tepat waktu|100|92.5|92.5",
			"Nilai Evaluasi atas Akuntabilitas Kinerja|<nil>|<nil>|100"}}},
		{"TAP report, a key under it, blank lines between the records too", []string{
			"Tabel 3.4 Hasil Pengukuran Kinerja 2021",
			"",
			"ok 1 - ikk_pemilih",
			"",
			"name=\"Persentase pemilih yang terdaftar dalam DPT\"",
			"expected=95,00",
			"actual=97,85",
			"pct=103,00",
			"",
			"not ok 2 - ikk_logistik",
			"",
			"name=\"Persentase logistik pemilu yang didistribusikan tepat waktu\"",
			"expected=100,00",
			"actual=96,00",
			"pct=96,00",
			"",
			"(kunci: expected = target; actual = realisasi; pct = capaian)",
		}, map[string][]string{"capaian": {
			"Persentase pemilih yang terdaftar dalam DPT|95|97.85|103",
			"Persentase logistik pemilu yang didistribusikan tepat waktu|100|96|96"}}},
		{"another runner, the head's number first, fields in another order, no blank", []string{
			"Tabel 3.2 Pengukuran Kinerja Sasaran 2022",
			"",
			"[1/2] cek_ikk::pemutakhiran ... lulus",
			"target=100 realisasi=100 capaian=100",
			"indikator=\"Persentase pemutakhiran data pemilih berkelanjutan\"",
			"[2/2] cek_ikk::sosialisasi ... gagal",
			"target=90 realisasi=81 capaian=90",
			"indikator=\"Persentase kegiatan sosialisasi yang terlaksana\"",
			"",
			"Sumber: Subbagian Teknis.",
		}, map[string][]string{"capaian": {
			"Persentase pemutakhiran data pemilih berkelanjutan|100|100|100",
			"Persentase kegiatan sosialisasi yang terlaksana|90|81|90"}}},
		{"look-alike: the field lines after the heads name other fields record by record", []string{
			"Tabel 3.1 Capaian Kinerja 2024",
			"",
			"uji_capaian.py::test_a PASSED [ 50%]",
			"",
			"indikator=\"Persentase Partisipasi Pemilih dalam Pemilu\"",
			"satuan=% target=77,50 realisasi=80,60 capaian=104,00",
			"uji_capaian.py::test_b PASSED [100%]",
			"",
			"nama=\"Persentase pemutakhiran data pemilih tepat waktu\"",
			"unit=% tgt=100 real=92,50 pct=92,50",
			"",
		}, map[string][]string{"capaian": nil}},
		{"look-alike: a software test report without an indicator", []string{
			"Lampiran: hasil uji aplikasi SIDALIH",
			"",
			"$ pytest -v tests/test_api.py",
			"collected 2 items",
			"",
			"tests/test_api.py::test_login PASSED [ 50%]",
			"",
			"endpoint=\"/api/login\"",
			"status=200 elapsed=0,12 retries=0",
			"tests/test_api.py::test_export FAILED [100%]",
			"",
			"endpoint=\"/api/export\"",
			"status=500 elapsed=1,40 retries=3",
			"",
			"==== 1 passed, 1 failed ====",
		}, map[string][]string{"capaian": nil}},
		{"look-alike: one line of prose above one line of fields", []string{
			"Tabel 3.1 Capaian Kinerja 2024",
			"",
			"Hasil pengukuran indikator partisipasi pemilih adalah sebagai berikut",
			"",
			"indikator=\"Persentase Partisipasi Pemilih dalam Pemilu\"",
			"satuan=% target=77,50 realisasi=80,60 capaian=104,00",
			"",
		}, map[string][]string{"capaian": nil}},
		{"look-alike: heads of different shapes", []string{
			"Tabel 3.1 Capaian Kinerja 2024",
			"",
			"Catatan operator:",
			"indikator=\"Persentase Partisipasi Pemilih dalam Pemilu\"",
			"satuan=% target=77,50 realisasi=80,60 capaian=104,00",
			"uji 2 (ulang) selesai",
			"indikator=\"Persentase pemutakhiran data pemilih tepat waktu\"",
			"satuan=% target=100 realisasi=92,50 capaian=92,50",
			"",
		}, map[string][]string{"capaian": nil}},
	})
}
