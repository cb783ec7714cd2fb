package parse

import "testing"

// TestFlatSmalltalkClass: a table's rows as Smalltalk records in a Pharo
// or Squeak Playground — keyword messages to a class in a cascade,
// `Dictionary newFrom: {#k -> v. …}`, printIt answers
// `a Dictionary(#k->v …)` — become a TAB table the family's reader proves:
// SAKIP components (names once, 0 ≤ nilai ≤ bobot, a sibling final score
// equal to the sum), a DPT (L + P). Look-alikes (a dictionary of editor
// settings, marks over their weights, a lone record) give nothing.
func TestFlatSmalltalkClass(t *testing.T) {
	fams := []string{"sakip_komponen", "sakip", "dpt", "anggaran"}
	want23 := []string{"2023|perencanaan|30|22.15", "2023|pengukuran|30|20.4", "2023|pelaporan|15|11", "2023|evaluasi_internal|25|17.05"}
	// keyword messages in a cascade, the final score and the predikat as statements
	cascade := flatDoc("Tabel 3.3 Nilai Evaluasi AKIP Tahun 2023 per Komponen",
		"| ev |",
		"ev := HasilEvaluasi new.",
		"ev daftar",
		"    add: (Komponen new nama: 'Perencanaan Kinerja' bobot: 30 nilai: 22.15);",
		"    add: (Komponen new nama: 'Pengukuran Kinerja' bobot: 30 nilai: 20.40);",
		"    add: (Komponen new nama: 'Pelaporan Kinerja' bobot: 15 nilai: 11);",
		"    add: (Komponen new nama: 'Evaluasi Internal' bobot: 25 nilai: 17.05);",
		"    yourself.",
		"ev totalNilai: 70.60.",
		`ev predikat. "'BB'"`)
	// Dictionary newFrom: with symbols, keys in another order, no session, no total
	newFrom := flatDoc("Tabel 2.4 Rincian Nilai SAKIP Tahun 2023 per Komponen",
		"Dictionary newFrom: {#bobot -> 30. #skor -> 22.15. #komponen -> 'Perencanaan Kinerja'}.",
		"Dictionary newFrom: {#bobot -> 30. #skor -> 20.40. #komponen -> 'Pengukuran Kinerja'}.",
		"Dictionary newFrom: {#bobot -> 15. #skor -> 11.00. #komponen -> 'Pelaporan Kinerja'}.",
		"Dictionary newFrom: {#bobot -> 25. #skor -> 17.05. #komponen -> 'Evaluasi Akuntabilitas Kinerja Internal'}.")
	// printIt answers of a DPT, string keys, a quote doubled in a name
	printIt := flatDoc("Tabel 3.6 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
		`"Print it" dpt do: [:r | Transcript show: r printString; cr]`,
		"a Dictionary('jumlah'->14515 'kecamatan'->'ALOK' 'laki'->7210 'perempuan'->7305 )",
		"a Dictionary('jumlah'->8153 'kecamatan'->'NITA' 'laki'->4120 'perempuan'->4033 )")
	dptWant := []string{"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|<nil>|4120|4033|8153"}

	// look-alikes
	settings := flatDoc("Pengaturan Playground:",
		"Dictionary newFrom: {#font -> 'Source Code Pro'. #size -> 12. #theme -> 'dark'}.",
		"Dictionary newFrom: {#font -> 'Fira Mono'. #size -> 11. #theme -> 'light'}.")
	over := flatDoc("Tabel 5.2 Hasil Ujian Bimtek Akuntabilitas Kinerja",
		"    add: (Komponen nama: 'Perencanaan Kinerja' bobot: 30 nilai: 82.5);",
		"    add: (Komponen nama: 'Pengukuran Kinerja' bobot: 30 nilai: 78);",
		"    add: (Komponen nama: 'Pelaporan Kinerja' bobot: 15 nilai: 88.25);",
		"    add: (Komponen nama: 'Evaluasi Internal' bobot: 25 nilai: 80).")
	one := flatDoc("Tabel 3.6 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
		"a Dictionary('jumlah'->14515 'kecamatan'->'ALOK' 'laki'->7210 'perempuan'->7305 )")
	checkDocs(t, fams, []docCase{
		{"pharo cascade of keyword messages, total and predikat", cascade,
			map[string][]string{"sakip_komponen": want23, "sakip": {"2023|70.6|BB"}}},
		{"dictionary newFrom", newFrom, map[string][]string{"sakip_komponen": want23}},
		{"printIt dictionaries of a dpt", printIt, map[string][]string{"dpt": dptWant}},
		{"playground settings", settings, nil},
		{"marks over their weights", over, nil},
		{"one record", one, nil},
	})
}
