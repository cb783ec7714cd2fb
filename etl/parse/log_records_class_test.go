package parse

import "testing"

// TestLogRecordsClass: the capaian as key=value log records (log_records.go):
// an alert log whose foreign field names a `#` key line explains, records
// differing in their status; a test runner's verbose report, a record over
// its head line and the lines indented under it; other tools' words and
// orders. Look-alikes give nothing: a server's CPU alert log, a software
// test report without an indicator, a key naming no field of the run.
func TestLogRecordsClass(t *testing.T) {
	checkDocs(t, []string{"capaian"}, []docCase{
		{"alert log, a # key, [OK] and [FIRING] records", []string{
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
		{"other tool's words, a key in prose under the log, fields in another order", []string{
			"Tabel 3.2 Pengukuran Kinerja 2022",
			"",
			"2022-12-30 23:00:01 WARN check=\"Persentase arsip inaktif yang dikelola sesuai aturan\" observed=68,00 limit=80,00 score=85,00",
			"2022-12-30 23:00:02 INFO check=\"Persentase pegawai yang mengikuti pelatihan\" observed=95,00 limit=90,00 score=105,56",
			"",
			"Keterangan: observed adalah realisasi; limit adalah target; score adalah capaian.",
		}, map[string][]string{"capaian": {
			"Persentase arsip inaktif yang dikelola sesuai aturan|80|68|85",
			"Persentase pegawai yang mengikuti pelatihan|90|95|105.56"}}},
		{"test runner's verbose report, fields on the lines under each test", []string{
			"Tabel 3.1 Capaian Indikator Kinerja Tahun 2024",
			"",
			"$ pytest -v uji_capaian.py",
			"===================== test session starts =====================",
			"collected 3 items",
			"",
			"uji_capaian.py::test_a PASSED      [ 33%]",
			"      indikator=\"Persentase Partisipasi Pemilih dalam Pemilu\"",
			"      satuan=%  target=77,50  realisasi=80,60  capaian=104,00",
			"uji_capaian.py::test_b FAILED      [ 66%]",
			"      indikator=\"Persentase pemutakhiran data pemilih tepat waktu\"",
			"      satuan=%  target=100  realisasi=92,50  capaian=92,50",
			"uji_capaian.py::test_c PASSED      [100%]",
			"      indikator=\"Nilai Evaluasi atas Akuntabilitas Kinerja\"",
			"      satuan=Predikat  target=BB  realisasi=BB  capaian=100",
			"",
			"================= 2 passed, 1 failed in 0.12s =================",
		}, map[string][]string{"capaian": {
			"Persentase Partisipasi Pemilih dalam Pemilu|77.5|80.6|104",
			"Persentase pemutakhiran data pemilih tepat waktu|100|92.5|92.5",
			"Nilai Evaluasi atas Akuntabilitas Kinerja|<nil>|<nil>|100"}}},
		{"a runner's report with expected and actual a key explains, one field a line", []string{
			"Tabel 3.4 Hasil Pengukuran Kinerja 2021",
			"",
			"ok 1 - ikk_pemilih",
			"    name=\"Persentase pemilih yang terdaftar dalam DPT\"",
			"    expected=95,00",
			"    actual=97,85",
			"    pct=103,00",
			"not ok 2 - ikk_logistik",
			"    name=\"Persentase logistik pemilu yang didistribusikan tepat waktu\"",
			"    expected=100,00",
			"    actual=96,00",
			"    pct=96,00",
			"",
			"(kunci: expected = target; actual = realisasi; pct = capaian)",
		}, map[string][]string{"capaian": {
			"Persentase pemilih yang terdaftar dalam DPT|95|97.85|103",
			"Persentase logistik pemilu yang didistribusikan tepat waktu|100|96|96"}}},
		{"look-alike: a server's CPU alert log, no key", []string{
			"Lampiran: log pemantauan server",
			"",
			"# node-exporter alerts",
			"2023-12-31T22:00:00+08:00 [FIRING] id=cpu-1 rule=\"CPU usage above threshold\" unit=% value=93,10 threshold=90,00 ratio=103,44",
			"2023-12-31T22:05:00+08:00 [OK] id=cpu-2 rule=\"Disk usage on data volume\" unit=% value=61,00 threshold=85,00 ratio=71,76",
			"# end",
			"",
		}, map[string][]string{"capaian": nil}},
		{"look-alike: a software test report without an indicator", []string{
			"Lampiran: hasil uji aplikasi SIDALIH",
			"",
			"$ pytest -v tests/test_api.py",
			"collected 2 items",
			"",
			"tests/test_api.py::test_login PASSED  [ 50%]",
			"    endpoint=\"/api/login\"",
			"    status=200  elapsed=0,12  retries=0",
			"tests/test_api.py::test_export FAILED  [100%]",
			"    endpoint=\"/api/export\"",
			"    status=500  elapsed=1,40  retries=3",
			"",
			"==== 1 passed, 1 failed ====",
		}, map[string][]string{"capaian": nil}},
		{"look-alike: a key that names no field of the run", []string{
			"Catatan: nilai = realisasi; batas = target.",
			"",
			"2023-12-31 10:00:00 INFO job=\"backup harian server kantor\" size=120 duration=35 files=4100",
			"2023-12-31 11:00:00 INFO job=\"sinkronisasi data pegawai\" size=12 duration=4 files=210",
			"",
		}, map[string][]string{"capaian": nil}},
	})
}
