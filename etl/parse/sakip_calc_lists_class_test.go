package parse

import "testing"

// TestSakipCalcListsClass: the SAKIP components as unlabelled lists of a
// calculator or a statistics tool named by a key: a Casio list editor with
// the weights in the second list, an R session, an Octave session with an
// English key, spreadsheet columns A | B with a row key in another order;
// a stated sum that fails loads nothing, and lists whose key names no
// component (DPT growth, budget shares) or that no key orders give nothing.
func TestSakipCalcListsClass(t *testing.T) {
	head := []string{"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2023 per Komponen", ""}
	doc := func(l ...string) []string {
		return append(append(append([]string{}, head...), l...), "", "Sumber: Inspektorat Utama KPU.", "")
	}
	want := []string{"2023|perencanaan|30|21.7", "2023|pengukuran|30|20.45", "2023|pelaporan|15|11", "2023|evaluasi_internal|25|19.15"}
	// Casio: row numbers on the left, the values in List 1, the weights in
	// List 2, the 1-Variable screen's Σx unnamed, the key after it
	casio := doc("Layar fx-9860GII (STAT):",
		"  +---------------------------------+",
		"  |     List 1  List 2  List 3      |",
		"  | SUB                             |",
		"  |  1  21.7    30                  |",
		"  |  2  20.45   30                  |",
		"  |  3  11      15                  |",
		"  |  4  19.15   25                  |",
		"  +---------------------------------+",
		"  1-Variable",
		"   x̄  =18.075",
		"   Σx =72.3",
		"   n  =4",
		"",
		"Keterangan baris:",
		"  1 : Perencanaan Kinerja",
		"  2 : Pengukuran Kinerja",
		"  3 : Pelaporan Kinerja",
		"  4 : Evaluasi Akuntabilitas Kinerja Internal")
	// R: the order in a comment first, sum(nilai) printed after
	rsess := doc("> # urutan elemen: Perencanaan Kinerja, Pengukuran Kinerja, Pelaporan Kinerja, Evaluasi Internal",
		"> bobot <- c(30, 30, 15, 25)",
		"> nilai <- c(21.7, 20.45, 11, 19.15)",
		"> sum(bobot)",
		"[1] 100",
		"> sum(nilai)",
		"[1] 72.3")
	// Octave: unnamed vectors, an English order line, ans =
	octave := doc("% order: Performance Planning, Performance Measurement, Performance Reporting, Internal Evaluation",
		">> w = [30 30 15 25];",
		">> v = [21.7 20.45 11 19.15];",
		">> sum(v)",
		"ans = 72.30")
	// Excel: the key's rows 2-5 in another order, Indonesian decimals,
	// the row numbers a column of their own, the sums by formula
	excel := doc("Lembar kerja evaluator (kolom A = bobot, kolom B = nilai):",
		"       A        B",
		"  2    25       19,15",
		"  3    30       21,70",
		"  4    30       20,45",
		"  5    15       11,00",
		"  A6 =SUM(A2:A5) → 100     B6 =SUM(B2:B5) → 72,30",
		"  baris 2 = Evaluasi Internal",
		"  baris 3 = Perencanaan Kinerja",
		"  baris 4 = Pengukuran Kinerja",
		"  baris 5 = Pelaporan Kinerja")
	// the TI lists stored from braces; the stated sum misses by a dime
	broken := doc("{30,30,15,25}→L1",
		"{21.7,20.45,11,19.15}→L2",
		"sum(L2)",
		"                 72.4",
		"(row 1 = Perencanaan Kinerja, L1 = bobot, L2 = nilai)",
		"row 2 = Pengukuran Kinerja",
		"row 3 = Pelaporan Kinerja",
		"row 4 = Evaluasi Internal")
	// TI: L1 left empty, the values in L2, the weights in L3, "baris ke-1:"
	ti := doc("[layar TI-84 Plus CE, diketik ulang]",
		"  ┌──────────────────────────┐",
		"  │ L1     L2     L3       2 │",
		"  │──────────────────────────│",
		"  │ ------ 21.7   30         │",
		"  │ ------ 20.45  30         │",
		"  │ ------ 11     15         │",
		"  │ ------ 19.15  25         │",
		"  └──────────────────────────┘",
		"  ┌──────────────────────────┐",
		"  │ 1-Var Stats L2           │",
		"  │ x̄=18.075                 │",
		"  │ Σx=72.3                  │",
		"  └──────────────────────────┘",
		"  baris ke-1: Perencanaan Kinerja",
		"  baris ke-2: Pengukuran Kinerja",
		"  baris ke-3: Pelaporan Kinerja",
		"  baris ke-4: Evaluasi Internal")
	// look-alike: a TI screen of DPT growth by kecamatan, shares summing to 100
	growth := doc("│ L1     L2     L3       1 │",
		"│──────────────────────────│",
		"│ 30     2.5    ------     │",
		"│ 30     1.75   ------     │",
		"│ 15     0.4    ------     │",
		"│ 25     3.1    ------     │",
		"│ 1-Var Stats L2           │",
		"│ Σx=7.75                  │",
		"(baris 1 = Kecamatan Alok, baris 2 = Kecamatan Nita, baris 3 = Kecamatan Kewapante, baris 4 = Kecamatan Talibura;",
		" L1 = porsi DPT (%), L2 = pertumbuhan pemilih (%))")
	// look-alike: four budget shares and their absorption in an R session
	budget := doc("> # urutan: belanja pegawai, belanja barang, belanja modal, belanja bantuan",
		"> porsi <- c(30, 30, 15, 25)",
		"> serapan <- c(21.7, 20.45, 11, 19.15)",
		"> sum(serapan)",
		"[1] 72.3")
	// look-alike: the lists with the components in prose, no key ordering them
	nokey := doc("> bobot <- c(30, 30, 15, 25)",
		"> nilai <- c(21.7, 20.45, 11, 19.15)",
		"> sum(nilai)",
		"[1] 72.3",
		"Komponen yang dinilai meliputi perencanaan kinerja, pengukuran kinerja, pelaporan kinerja dan evaluasi internal.")
	checkDocs(t, []string{"sakip_komponen"}, []docCase{
		{"casio lists weights second", casio, map[string][]string{"sakip_komponen": want}},
		{"R session", rsess, map[string][]string{"sakip_komponen": want}},
		{"octave english key", octave, map[string][]string{"sakip_komponen": want}},
		{"excel columns row key", excel, map[string][]string{"sakip_komponen": append(want[3:], want[:3]...)}},
		{"TI weights in L3", ti, map[string][]string{"sakip_komponen": want}},
		{"sum fails", broken, nil},
		{"DPT growth screen", growth, nil},
		{"budget shares", budget, nil},
		{"no key", nokey, nil},
	})
}
