package parse

import "testing"

// pqmDoc sets a table literal under a caption and a screenshot note, after
// a SAKIP heading, with the lines that follow it.
func pqmDoc(caption string, code []string, after ...string) []string {
	out := []string{"B. Akuntabilitas Kinerja", "", caption, "",
		"[Salinan layar: editor kueri diketik ulang]", ""}
	out = append(out, code...)
	return append(append(out, ""), after...)
}

// TestTableLiteralClass: a table written as a literal of a query language,
// its columns declared with their types above the rows; the SAKIP
// components proven by the table reader (Σ nilai = the stated final
// score); earlier years' results one sentence a paragraph after it.
func TestTableLiteralClass(t *testing.T) {
	const cap23 = "Tabel 3.4 Nilai Evaluasi AKIP Tahun 2023 per Komponen"
	// Power Query, the declaration on its own line, nilai before bobot, the
	// result bound after the rows, three earlier years after it
	m := pqmDoc(cap23, []string{
		"let",
		"  Hasil = #table(",
		"    type table [Komponen = text, Nilai = Number.Type, Bobot = Number.Type],",
		"    {",
		`      {"Perencanaan Kinerja", 24.1, 30},`,
		`      {"Pengukuran Kinerja", 21.0, 30},`,
		`      {"Pelaporan Kinerja", 12.35, 15},`,
		`      {"Evaluasi Akuntabilitas Kinerja Internal", 16.5, 25}`,
		"    }",
		"  ),",
		"  TahunDinilai = 2023,",
		"  NilaiAkhir = 73.95,",
		`  Predikat = "BB"`,
		"in",
		"  Hasil"},
		"Hasil evaluasi atas tahun 2022: nilai 70,12, predikat BB.", "",
		"Hasil evaluasi atas tahun 2021: nilai 66,40, predikat B.", "",
		"Hasil evaluasi atas tahun 2020: nilai 61,02, predikat B.", "")
	wantM := map[string][]string{
		"sakip":          {"2023|73.95|BB", "2022|70.12|BB", "2021|66.4|B", "2020|61.02|B"},
		"sakip_komponen": {"2023|perencanaan|30|24.1", "2023|pengukuran|30|21", "2023|pelaporan|15|12.35", "2023|evaluasi_internal|25|16.5"},
	}
	// DAX, the declaration over several lines, no number column
	dax := pqmDoc("Tabel 3.2 Komponen Evaluasi SAKIP Tahun 2022", []string{
		"Komponen SAKIP =",
		"DATATABLE (",
		`    "Komponen", STRING,`,
		`    "Bobot", DOUBLE,`,
		`    "Nilai", DOUBLE,`,
		"    {",
		`        { "Perencanaan Kinerja", 30, 22.5 },`,
		`        { "Pengukuran Kinerja", 30, 20.25 },`,
		`        { "Pelaporan Kinerja", 15, 10.5 },`,
		`        { "Evaluasi Internal", 25, 15.0 }`,
		"    }",
		")"},
		"Nilai akhir hasil evaluasi AKIP tahun 2022 adalah 68,25 dengan predikat B.", "")
	wantDax := map[string][]string{
		"sakip":          {"2022|68.25|B"},
		"sakip_komponen": {"2022|perencanaan|30|22.5", "2022|pengukuran|30|20.25", "2022|pelaporan|15|10.5", "2022|evaluasi_internal|25|15"},
	}
	// a mistyped nilai: the components no longer sum to the final score
	broken := pqmDoc(cap23, []string{
		"Sumber = #table(type table [No = Int64.Type, Komponen = text, Bobot = number, Nilai = number], {",
		`    {1, "Perencanaan Kinerja", 30.0, 24.1},`,
		`    {2, "Pengukuran Kinerja", 30.0, 21.0},`,
		`    {3, "Pelaporan Kinerja", 15.0, 12.35},`,
		`    {4, "Evaluasi Akuntabilitas Kinerja Internal", 25.0, 61.5}`,
		"}),",
		"NilaiAkhir = 73.95,",
		`Predikat = "BB"`})
	// look-alikes: a shop's products and prices, a DAX table of sales targets
	shop := []string{"Daftar harga toko", "", "Produk = #table(type table [Kode = Int64.Type, Produk = text, Harga = number, Stok = number], {",
		`    {1, "Beras 5 kg", 72.5, 40},`, `    {2, "Minyak Goreng", 18.9, 120},`, `    {3, "Gula Pasir", 16.25, 75}`, "}),", "Total = 90.5", ""}
	sales := []string{"Target penjualan", "", "Targets = DATATABLE(\"Region\", STRING, \"Target\", DOUBLE, \"Actual\", DOUBLE, {",
		`    {"North", 30, 20.5},`, `    {"South", 30, 22.15},`, `    {"East", 15, 11.1}`, "})", ""}
	checkDocs(t, []string{"sakip", "sakip_komponen"}, []docCase{
		{"power query", m, wantM},
		{"dax", dax, wantDax},
		{"sum broken", broken, map[string][]string{}},
		{"shop", shop, map[string][]string{}},
		{"sales targets", sales, map[string][]string{}},
	})
}
