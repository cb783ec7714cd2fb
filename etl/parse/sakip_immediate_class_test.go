package parse

import "testing"

// immediateDoc sets a VBA Immediate window's lines, copied into a report
// whose tables are TAB tables (so space-aligned lines are no table),
// under a caption, after the paragraph that introduces them.
func immediateDoc(lead string, window ...string) []string {
	out := []string{"Tabel 3.1 Rekapitulasi Anggaran", "", "No\tUraian\tPagu\tRealisasi",
		"1\tBelanja Pegawai\t1.000.000\t900.000", "",
		"B. Evaluasi Akuntabilitas Kinerja", "", lead, "",
		"Tabel 3.3 Rincian Nilai Evaluasi per Komponen", "",
		"[Salinan layar: jendela Immediate editor VBA pada buku kerja rekap evaluasi, diketik ulang]", ""}
	out = append(out, window...)
	return append(out, "", "Sumber: Subbagian Program dan Data.", "")
}

// TestSakipImmediateClass: SAKIP components as the labelled lines of an
// Excel VBA Immediate window ("Komponen n <nama>  Bobot: 30,00  Nilai:
// 21,70", "Nilai akhir: …", "Predikat: …"), read by the prose component
// reader (sakip_prose_komponen.go: a colon after bobot / nilai, "tahun
// dinilai <year>"); the four must sum to the stated score and none may
// exceed its weight.
func TestSakipImmediateClass(t *testing.T) {
	lead := "Hasil evaluasi atas implementasi SAKIP disampaikan Inspektorat Utama KPU dan direkap dengan makro berikut."
	fams := []string{"sakip_komponen", "sakip"}
	want21 := []string{"2021|perencanaan|30|20.35", "2021|pengukuran|30|18.9", "2021|pelaporan|15|10.6", "2021|evaluasi_internal|25|15.8"}
	checkDocs(t, fams, []docCase{
		{"Call, numbered components, total and predikat after", immediateDoc(lead,
			"Call RekapNilaiSAKIP(2021)",
			"Rekap komponen evaluasi AKIP tahun dinilai 2021",
			"Komponen 1   Perencanaan Kinerja                       Bobot:  30,00   Nilai:  20,35",
			"Komponen 2   Pengukuran Kinerja                        Bobot:  30,00   Nilai:  18,90",
			"Komponen 3   Pelaporan Kinerja                         Bobot:  15,00   Nilai:  10,60",
			"Komponen 4   Evaluasi Akuntabilitas Kinerja Internal   Bobot:  25,00   Nilai:  15,80",
			"Jumlah bobot: 100,00", "Nilai akhir: 65,65", "Predikat: B",
			`?Sheets("Rekap").Range("F12").Value`, " 65,65"),
			map[string][]string{"sakip_komponen": want21, "sakip": {"2021|65.65|B"}}},
		{"whole weights, short names, components reordered, tahun yang dinilai", immediateDoc(lead,
			"RekapAKIP 2022",
			"Rekap evaluasi tahun yang dinilai 2022",
			"Komponen 3    Pelaporan Kinerja      Bobot: 15    Nilai: 11,20",
			"Komponen 1    Perencanaan Kinerja    Bobot: 30    Nilai: 22,75",
			"Komponen 4    Evaluasi Internal      Bobot: 25    Nilai: 17,05",
			"Komponen 2    Pengukuran Kinerja     Bobot: 30    Nilai: 21,40",
			"Nilai akhir: 72,40", "Predikat: BB"),
			map[string][]string{"sakip_komponen": {"2022|pelaporan|15|11.2", "2022|perencanaan|30|22.75", "2022|evaluasi_internal|25|17.05", "2022|pengukuran|30|21.4"},
				"sakip": {"2022|72.4|BB"}}},
		// look-alikes
		{"components that do not make the final score: nothing", immediateDoc(lead,
			"Call RekapNilaiSAKIP(2021)",
			"Rekap komponen evaluasi AKIP tahun dinilai 2021",
			"Komponen 1   Perencanaan Kinerja   Bobot:  30,00   Nilai:  20,35",
			"Komponen 2   Pengukuran Kinerja    Bobot:  30,00   Nilai:  18,90",
			"Komponen 3   Pelaporan Kinerja     Bobot:  15,00   Nilai:  10,60",
			"Komponen 4   Evaluasi Internal     Bobot:  25,00   Nilai:  15,80",
			"Nilai akhir: 66,65", "Predikat: B"),
			nil},
		{"a grading macro's marks above their weights: nothing", immediateDoc(
			"Nilai ujian bimbingan teknis SAKIP pegawai direkap dengan makro berikut.",
			"Call RekapUjianBimtek(2021)",
			"Rekap ujian bimtek tahun dinilai 2021",
			"Komponen 1   Perencanaan Kinerja   Bobot:  30,00   Nilai:  82,50",
			"Komponen 2   Pengukuran Kinerja    Bobot:  30,00   Nilai:  78,00",
			"Komponen 3   Pelaporan Kinerja     Bobot:  15,00   Nilai:  88,25",
			"Komponen 4   Evaluasi Internal     Bobot:  25,00   Nilai:  80,00",
			"Nilai akhir: 81,70"),
			nil},
	})
}
