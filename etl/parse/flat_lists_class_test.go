package parse

import "testing"

// flatDoc sets a session or a run of flat lists under a caption, after a
// paragraph, with a source line under it.
func flatDoc(caption string, body ...string) []string {
	out := []string{"B. Evaluasi Akuntabilitas Kinerja", "",
		"Hasil evaluasi AKIP yang disampaikan Inspektorat Utama KPU rinciannya sebagai berikut.", "", caption, ""}
	out = append(out, body...)
	return append(out, "", "Sumber: keluaran aplikasi internal, diketik ulang.", "")
}

// TestFlatListsClass: a table's rows as flat key-value lists of a command
// language — Tcl dicts in a tclsh session, a Tcl list of dicts on one
// line, Common Lisp plists, Emacs Lisp alists — become a TAB table the
// family's ordinary reader proves: SAKIP components (names once each,
// 0 ≤ nilai ≤ bobot, the final score a proven total row), a DPT (L + P),
// a budget (pagu − realisasi = sisa). Look-alikes (a Tcl session of a
// network config, a font plist, one record, components over their
// weights) give nothing.
func TestFlatListsClass(t *testing.T) {
	fams := []string{"sakip_komponen", "sakip", "dpt", "anggaran"}
	want22 := []string{"2022|perencanaan|30|21.3", "2022|pengukuran|30|19.85", "2022|pelaporan|15|10.2", "2022|evaluasi_internal|25|16.4"}
	tclSession := flatDoc("Tabel 3.4 Nilai Evaluasi AKIP Tahun 2022 per Komponen",
		"% source evaluasi.tcl",
		"% foreach k [dict get $hasil komponen] { puts $k }",
		"nama {Perencanaan Kinerja} bobot 30 nilai 21.30",
		"nama {Pengukuran Kinerja} bobot 30 nilai 19.85",
		"nama {Pelaporan Kinerja} bobot 15 nilai 10.20",
		"nama {Evaluasi Internal} bobot 25 nilai 16.40",
		"% dict get $hasil total_nilai",
		"67.75",
		"% dict get $hasil predikat",
		"B")
	// a Tcl list's items in braces, one a line, decimal commas, no session, no total
	tclList := flatDoc("Tabel 2 Rincian Nilai SAKIP Tahun 2022 per Komponen",
		"{no 1 komponen {Perencanaan Kinerja} bobot 30,00 nilai 21,30}", "{no 2 komponen {Pengukuran Kinerja} bobot 30,00 nilai 19,85}",
		"{no 3 komponen {Pelaporan Kinerja} bobot 15,00 nilai 10,20}", "{no 4 komponen {Evaluasi Akuntabilitas Kinerja Internal} bobot 25,00 nilai 16,40}")
	// Common Lisp plists in an SBCL session, keys in another order, the score a getf
	plist := flatDoc("Tabel 3.2 Nilai Evaluasi AKIP Tahun 2022",
		"* (mapc #'print (getf *evaluasi* :komponen))",
		`(:bobot 15 :nilai 10.2 :nama "Pelaporan Kinerja")`,
		`(:bobot 30 :nilai 21.3 :nama "Perencanaan Kinerja")`,
		`(:bobot 25 :nilai 16.4 :nama "Evaluasi Internal")`,
		`(:bobot 30 :nilai 19.85 :nama "Pengukuran Kinerja")`,
		"* (getf *evaluasi* :nilai-akhir)",
		"67.75")
	plistWant := []string{"2022|pelaporan|15|10.2", "2022|perencanaan|30|21.3", "2022|evaluasi_internal|25|16.4", "2022|pengukuran|30|19.85"}
	// an Emacs Lisp alist of a DPT, string keys
	alistDPT := flatDoc("Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
		"ELISP> (dolist (r dpt) (print r))",
		`(("kecamatan" . "ALOK") ("laki" . 7210) ("perempuan" . 7305) ("jumlah" . 14515))`,
		`(("kecamatan" . "NITA") ("laki" . 4120) ("perempuan" . 4033) ("jumlah" . 8153))`)
	dptWant := []string{"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|<nil>|4120|4033|8153"}
	// a budget as Tcl array-get lines, symbol-free keys, thousands dots
	tclBudget := flatDoc("Tabel 3.8 Realisasi Anggaran Tahun 2023",
		"kode 3360 uraian {Penyelenggaraan Pemilu} pagu 2.150.000.000 realisasi 2.042.500.000 sisa 107.500.000",
		"kode 3355 uraian {Pengelolaan Keuangan} pagu 880.000.000 realisasi 879.000.000 sisa 1.000.000")
	budgetWant := []string{"3360|kegiatan||2023|2150000000|2042500000|107500000", "3355|kegiatan||2023|880000000|879000000|1000000"}

	// look-alikes
	network := flatDoc("Konfigurasi server aplikasi:",
		"% foreach s $servers { puts $s }",
		"host {app satu} port 80 timeout 30 retries 3",
		"host {app dua} port 8080 timeout 60 retries 5",
		"% llength $servers", "2")
	fonts := flatDoc("Pengaturan huruf dokumen:",
		`(:family "Liberation Serif" :height 120 :weight 700)`,
		`(:family "DejaVu Sans" :height 100 :weight 400)`)
	over := flatDoc("Tabel 5.1 Hasil Ujian Bimtek Akuntabilitas Kinerja",
		"nama {Perencanaan Kinerja} bobot 30 nilai 82.50",
		"nama {Pengukuran Kinerja} bobot 30 nilai 78",
		"nama {Pelaporan Kinerja} bobot 15 nilai 88.25",
		"nama {Evaluasi Internal} bobot 25 nilai 80")
	one := flatDoc("Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
		"kecamatan ALOK laki 7210 perempuan 7305 jumlah 14515")
	checkDocs(t, fams, []docCase{
		{"tclsh session, the total and predikat as siblings", tclSession,
			map[string][]string{"sakip_komponen": want22, "sakip": {"2022|67.75|B"}}},
		{"tcl list items in braces", tclList, map[string][]string{"sakip_komponen": want22}},
		{"common lisp plists", plist, map[string][]string{"sakip_komponen": plistWant, "sakip": {"2022|67.75|B"}}},
		{"emacs lisp alist dpt", alistDPT, map[string][]string{"dpt": dptWant}},
		{"tcl budget lines", tclBudget, map[string][]string{"anggaran": budgetWant}},
		{"network config session", network, nil},
		{"font plist", fonts, nil},
		{"scores over their weights", over, nil},
		{"one record", one, nil},
	})
}
