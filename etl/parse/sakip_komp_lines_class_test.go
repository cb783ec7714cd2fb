package parse

import "testing"

// TestKompLineClass: the SAKIP components one a line inside a wrapper that
// is no table (file names, quiz items, log and chat lines), the final
// score on a line of its own, proven by the sums to the cent.
func TestKompLineClass(t *testing.T) {
	// a folder listing, names with underscores, nilai before bobot, the
	// total file listed first, the year from the caption
	ls := []string{"Tabel 3.4 Hasil Evaluasi SAKIP Tahun 2021", "", "$ ls -la /data/sakip/2021",
		"total 1820", "drwxr-xr-x 2 admin staff    4096 Feb  2 09:58 .",
		"-rw-rw-r-- 1 admin staff  120334 Feb  2 10:00 NILAI_AKHIR_SAKIP_-_66,80_-_predikat_B.pdf",
		"-rw-rw-r-- 1 admin staff  301200 Feb  2 10:01 K1_Perencanaan_Kinerja_nilai_19,20_bobot_30.pdf",
		"-rw-rw-r-- 1 admin staff  298001 Feb  2 10:02 K2_Pengukuran_Kinerja_nilai_18,40_bobot_30.pdf",
		"-rw-rw-r-- 1 admin staff  150777 Feb  2 10:03 K3_Pelaporan_Kinerja_nilai_9,95_bobot_15.pdf",
		"-rw-rw-r-- 1 admin staff  210450 Feb  2 10:04 K4_Evaluasi_Internal_nilai_19,25_bobot_25.pdf", ""}
	// a GIFT quiz in English, an answer with its tolerance, no predikat
	gift := []string{"Tabel 3.3 Hasil Evaluasi SAKIP Tahun 2022", "", "$CATEGORY: $course$/SAKIP", "",
		"::Q1:: What is the score of Performance Planning (weight 30)? {#20,50:0,01}", "",
		"// second component", "::Q2:: What is the score of Performance Measurement (weight 30)? {#21,00}", "",
		"::Q3:: What is the score of Performance Reporting (weight 15)? {#11,10}", "",
		"::Q4:: What is the score of Internal Evaluation (weight 25)? {#17,50}", "",
		"::Q5:: The final score of the evaluation is {#70,10}", ""}
	// log lines key=value, points for decimals, timestamps around
	logs := []string{"Tabel 3.2 Nilai SAKIP Tahun 2022 (log aplikasi)", "",
		"2023-02-10 08:15:01 INFO sakip komponen=perencanaan_kinerja bobot=30.00 nilai=24.10",
		"2023-02-10 08:15:02 INFO sakip komponen=pengukuran_kinerja bobot=30.00 nilai=23.40",
		"2023-02-10 08:15:03 INFO sakip komponen=pelaporan_kinerja bobot=15.00 nilai=12.10",
		"2023-02-10 08:15:04 INFO sakip komponen=evaluasi_internal bobot=25.00 nilai=19.00",
		"2023-02-10 08:15:05 INFO sakip nilai_akhir=78.60 predikat=BB", ""}
	// a chat, the times written with a point, skor as the label
	chat := []string{"Percakapan grup evaluasi (hasil evaluasi atas kinerja tahun 2023):", "",
		"[10.02, 3/2/2024] Bu Ana: Perencanaan Kinerja bobot 30 skor 21,50",
		"[10.03, 3/2/2024] Bu Ana: Pengukuran Kinerja bobot 30 skor 22,05",
		"[10.03, 3/2/2024] Pak Yos: Pelaporan Kinerja bobot 15 skor 10,70",
		"[10.04, 3/2/2024] Bu Ana: Evaluasi Akuntabilitas Kinerja Internal bobot 25 skor 18,80",
		"[10.05, 3/2/2024] Bu Ana: Nilai akhir 73,05 predikat BB", ""}
	// a slide's Harvey balls: the score out of the weight, no label, the
	// name after; the weights named only in the key under it
	harvey := []string{"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2023 per Komponen", "",
		"  ◕   24,30 / 30,00   Perencanaan Kinerja", "  ◑   19,95/30,00   Pengukuran Kinerja",
		"  ◕   12,10 / 15,00   Pelaporan Kinerja", "  ◑   15,00 / 25,00   Evaluasi Akuntabilitas Kinerja Internal",
		"  ◕   71,35 / 100,00   Nilai Akhir", "", "(kunci: angka = nilai / bobot; bola = bagian nilai dari bobot)", ""}
	checkDocs(t, []string{"sakip", "sakip_komponen"}, []docCase{
		{name: "harvey balls", body: harvey, want: map[string][]string{
			"sakip": {"2023|71.35|BB"}, // the predikat from its band
			"sakip_komponen": {"2023|perencanaan|30|24.3", "2023|pengukuran|30|19.95", "2023|pelaporan|15|12.1",
				"2023|evaluasi_internal|25|15"},
		}},
		{name: "ls listing", body: ls, want: map[string][]string{
			"sakip": {"2021|66.8|B"},
			"sakip_komponen": {"2021|perencanaan|30|19.2", "2021|pengukuran|30|18.4", "2021|pelaporan|15|9.95",
				"2021|evaluasi_internal|25|19.25"},
		}},
		{name: "gift english", body: gift, want: map[string][]string{
			"sakip": {"2022|70.1|BB"},
			"sakip_komponen": {"2022|perencanaan|30|20.5", "2022|pengukuran|30|21", "2022|pelaporan|15|11.1",
				"2022|evaluasi_internal|25|17.5"},
		}},
		{name: "log lines", body: logs, want: map[string][]string{
			"sakip": {"2022|78.6|BB"},
			"sakip_komponen": {"2022|perencanaan|30|24.1", "2022|pengukuran|30|23.4", "2022|pelaporan|15|12.1",
				"2022|evaluasi_internal|25|19"},
		}},
		{name: "chat", body: chat, want: map[string][]string{
			"sakip": {"2023|73.05|BB"},
			"sakip_komponen": {"2023|perencanaan|30|21.5", "2023|pengukuran|30|22.05", "2023|pelaporan|15|10.7",
				"2023|evaluasi_internal|25|18.8"},
		}},
	})
}

// TestKompLineNone: lines of the same wrappers that are no evaluation, and
// an evaluation a cent off its stated score, give no SAKIP rows.
func TestKompLineNone(t *testing.T) {
	// scanned letters whose names carry numbers and a planning word
	letters := []string{"Daftar berkas surat masuk yang dipindai:", "", "$ ls -l /arsip/surat/2023/", "total 912",
		"-rw-r--r-- 1 tu tu 201311 Mar  3 10:00 'Surat 12 - Undangan Perencanaan Anggaran - nilai kontrak 45,50.pdf'",
		"-rw-r--r-- 1 tu tu 180022 Mar  3 10:02 'Surat 13 - Perencanaan Kinerja - bobot 2,5 MB - nilai 1,20.pdf'",
		"-rw-r--r-- 1 tu tu 150900 Mar  3 10:05 'Surat 14 - Pelaporan Kinerja - bobot 1,5 MB - nilai 1,10.pdf'",
		"-rw-r--r-- 1 tu tu  90310 Mar  3 10:09 'Rekap nilai akhir - 2,30.pdf'", ""}
	// a GIFT quiz on the election law
	law := []string{"Kuis internal UU 7/2017 (format GIFT):", "",
		"::Q1:: Perencanaan tahapan pemilu (bobot 10) dimulai paling lambat berapa bulan sebelum pemungutan suara? {#20}", "",
		"::Q2:: Pelaporan dana kampanye (bobot 10) paling lambat berapa hari setelah masa kampanye? {#14}", "",
		"::Q3:: Nilai akhir minimal lulus kuis ini adalah {#60}", ""}
	// a true evaluation, the stated score one cent off the sum
	cent := []string{"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2022 per Komponen", "", "$ ls -l /arsip/akip/2022/", "total 2716",
		"-rw-r--r-- 1 tu tu 401311 Jan 15 09:11 'K1 Perencanaan Kinerja - bobot 30,00 - nilai 21,70.pdf'",
		"-rw-r--r-- 1 tu tu 509190 Jan 15 09:12 'K2 Pengukuran Kinerja - bobot 30,00 - nilai 22,30.pdf'",
		"-rw-r--r-- 1 tu tu 664343 Jan 15 09:13 'K3 Pelaporan Kinerja - bobot 15,00 - nilai 11,45.pdf'",
		"-rw-r--r-- 1 tu tu 550414 Jan 15 09:14 'K4 Evaluasi Akuntabilitas Kinerja Internal - bobot 25,00 - nilai 18,55.pdf'",
		"-rw-r--r-- 1 tu tu 352911 Jan 15 09:30 'NILAI AKHIR AKIP 2022 - 74,01 - predikat BB.pdf'", ""}
	// a server's metrics: weights and scores of no component
	metrics := []string{"Log penyeimbang beban (haproxy):", "",
		"2024-05-01 10:00:01 backend=app1 weight=30 score=21.70", "2024-05-01 10:00:01 backend=app2 weight=30 score=22.30",
		"2024-05-01 10:00:01 backend=app3 weight=40 score=30.00", "2024-05-01 10:00:02 total score=74.00", ""}
	// progress fractions of a work plan, the weights named in its prose
	plan := []string{"Rencana kerja evaluasi (bobot pekerjaan per tahap):", "",
		"  12,00 / 30,00   Perencanaan Kinerja tahap dokumen", "  18,00 / 30,00   Pengukuran Kinerja tahap data",
		"  10,00 / 15,00   Pelaporan Kinerja tahap naskah", "  20,00 / 25,00   Evaluasi Internal tahap reviu",
		"  61,00 / 100,00   Nilai Akhir rencana (bukan hasil evaluasi)", ""}
	for name, body := range map[string][]string{"letters": letters, "election law": law, "a cent off": cent, "metrics": metrics, "plan fractions off": plan} {
		d := parseDoc(t, name, body...)
		if len(d.SakipKomponen) > 0 {
			t.Errorf("%s: %d sakip_komponen rows, want none", name, len(d.SakipKomponen))
		}
		for _, s := range d.Sakip {
			t.Errorf("%s: sakip %d %v loaded", name, s.TahunDinilai, *s.Nilai)
		}
	}
}
