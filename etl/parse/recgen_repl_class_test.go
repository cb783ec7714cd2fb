package parse

import "testing"

// TestRecgenReplClass: a table's rows as a math or data REPL prints its
// records (recgen_repl.go) become a TAB table the ordinary readers load
// with their proofs: a notebook's associations wrapped at the page's
// width, with *^ exponents and precision marks (a budget: pagu −
// realisasi = sisa); rule lists in a Dataset (a DPT: L + P = total);
// Julia's Dicts with 1.2e9 floats (a budget) and NamedTuples (a capaian);
// Maple's tables (a DPT). The look-alikes — a notebook of physics
// constants, a Julia Dict of a server's configuration — give nothing.
func TestRecgenReplClass(t *testing.T) {
	// a Mathematica session: the output wrapped mid-record, a precision mark, *^ exponents, Missing[]
	mmaBudget := recgenDoc("Tabel 3.8 Realisasi Anggaran Tahun 2023",
		`In[4]:= realisasi = Import["sakti.xlsx", "Dataset"] // Normal;`,
		`In[5]:= realisasi`,
		`Out[5]= {<|"Kode" -> "3360", "Uraian Kegiatan" -> "Penyelenggaraan Pemilu", "Pagu" -> 2.15*^9, "Realisasi" ->`,
		`    2042500000, "Sisa" -> 107500000, "Catatan" -> Missing["NotAvailable"]|>, <|"Kode" -> "3355", "Uraian Kegiatan" ->`,
		`    "Pengelolaan Keuangan", "Pagu" -> 880000000, "Realisasi" -> 8.79`+"`"+`*^8, "Sisa" -> 1000000, "Catatan" -> "-"|>}`)
	mmaWant := []string{"3360|kegiatan||2023|2150000000|2042500000|107500000", "3355|kegiatan||2023|880000000|879000000|1000000"}

	// rule lists inside Dataset[…], an Out[n]//form= prompt, the fields in another order
	mmaDPT := recgenDoc("Tabel 4 DPT Pilkada 2020 menurut Kecamatan",
		`Out[12]//Dataset= Dataset[{{"kecamatan" -> "GOLEWA", "perempuan" -> 3305, "laki" -> 3210, "total" -> 6515},`,
		`  {"laki" -> 2000, "kecamatan" -> "KOTA BAJAWA", "perempuan" -> 2100, "total" -> 4100}}]`)
	dptWant := []string{"pilkada|2020|kecamatan|GOLEWA|<nil>|<nil>|3210|3305|6515", "pilkada|2020|kecamatan|KOTA BAJAWA|<nil>|<nil>|2000|2100|4100"}

	// Julia: a vector of Dicts with type parameters and Float64 figures
	juliaBudget := recgenDoc("Tabel 3.8 Realisasi Anggaran Tahun 2023",
		"julia> anggaran",
		"2-element Vector{Dict{String, Any}}:",
		` Dict{String, Any}("kode" => "3360", "uraian" => "Penyelenggaraan Pemilu", "pagu" => 2.15e9, "realisasi" => 2.0425e9, "sisa" => 1.075e8)`,
		` Dict{String, Any}("kode" => "3355", "uraian" => "Pengelolaan Keuangan", "pagu" => 8.8e8, "realisasi" => 8.79e8, "sisa" => 1.0e6)`)
	// Julia NamedTuples
	juliaCapaian := recgenDoc("Tabel 3.2 Capaian Indikator Kinerja Tahun 2023",
		"julia> capaian",
		"2-element Vector{NamedTuple{(:indikator, :target, :realisasi, :capaian), Tuple{String, Int64, Float64, Float64}}}:",
		` (indikator = "Persentase pemutakhiran data pemilih", target = 100, realisasi = 98.5, capaian = 98.5)`,
		` (indikator = "Persentase laporan keuangan tepat waktu", target = 90, realisasi = 95.0, capaian = 105.56)`)
	capWant := []string{"Persentase pemutakhiran data pemilih|100|98.5|98.5", "Persentase laporan keuangan tepat waktu|90|95|105.56"}
	// Maple tables
	mapleDPT := recgenDoc("Tabel 4 DPT Pilkada 2020 menurut Kecamatan",
		`> dpt;`,
		`  [table([kecamatan = "GOLEWA", laki = 3210, perempuan = 3305, total = 6515]),`,
		`   table([kecamatan = "KOTA BAJAWA", laki = 2000, perempuan = 2100, total = 4100])]`)

	// look-alikes
	physics := recgenDoc("Konstanta fisika yang dipakai:",
		`Out[2]= {<|"nama" -> "massa elektron", "nilai" -> 9.1093837015*^-31, "ketidakpastian" -> 2.8*^-40|>,`,
		` <|"nama" -> "muatan elementer", "nilai" -> 1.602176634*^-19, "ketidakpastian" -> 0|>}`)
	juliaConfig := recgenDoc("Konfigurasi layanan SIDALIH:",
		"julia> cfg",
		` Dict{String, Any}("host" => "10.1.2.3", "port" => 5432, "workers" => 8, "timeout" => 3.0e1)`,
		` Dict{String, Any}("host" => "10.1.2.4", "port" => 5433, "workers" => 4, "timeout" => 6.0e1)`)
	// a notebook's output of one record, and of a plain list of figures: nothing
	mmaOne := recgenDoc("Tabel 3.8 Realisasi Anggaran Tahun 2023",
		`Out[5]= {<|"kode" -> "3360", "uraian" -> "Penyelenggaraan Pemilu", "pagu" -> 2.15*^9, "realisasi" ->`,
		`  2042500000, "sisa" -> 107500000|>}`,
		``, `Out[6]= {2.15*^9, 2042500000, 107500000}`)
	fams := []string{"dpt", "anggaran", "capaian"}
	checkDocs(t, fams, []docCase{
		{"mathematica associations wrapped", mmaBudget, map[string][]string{"anggaran": mmaWant}},
		{"mathematica rule lists in a Dataset", mmaDPT, map[string][]string{"dpt": dptWant}},
		{"julia dicts", juliaBudget, map[string][]string{"anggaran": mmaWant}},
		{"julia named tuples", juliaCapaian, map[string][]string{"capaian": capWant}},
		{"maple tables", mapleDPT, map[string][]string{"dpt": dptWant}},
		{"physics constants notebook", physics, nil},
		{"julia config dicts", juliaConfig, nil},
		{"one record, a list of figures", mmaOne, nil},
	})
}

// TestRecgenSci: a REPL's numbers written out digit by digit.
func TestRecgenSci(t *testing.T) {
	for in, want := range map[string]string{"2.15*^9": "2150000000", "8.79`*^8": "879000000", "95.7`": "95.7", "95.7`4.": "95.7",
		"1.2e9": "1200000000", "-3.5E2": "-350", "9.57e-1": "0.957", "12e3": "12e3", "076.01.WA": "076.01.WA", "1.0e6": "1000000",
		"3355": "3355", "9.1*^-31": "0.00000000000000000000000000000091"} {
		if got := recgenSci(in); got != want {
			t.Errorf("recgenSci(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestRecgenQuotedKeys: a quoted key is a notebook's or a Julia Dict's
// only; JSON, Python and Ruby hashes stay the export readers'.
func TestRecgenQuotedKeys(t *testing.T) {
	for l, want := range map[string]bool{
		`<|"kode" -> "3355", "pagu" -> 100|>`:     true,
		`{"kode" -> "3355", "pagu" -> 100}`:       true,
		`Dict("kode" => "3355", "pagu" => 100)`:   true,
		`{"kode": "3355", "pagu": 100}`:           false,
		`{"kode" => "3355", "pagu" => 100}`:       false,
		`{'kode': '3355', 'pagu': 100}`:           false,
		`(kode = "3355", pagu = 100)`:             true,
		`(kunci: nilai dalam rupiah; pagu = 100)`: false,
		`table([kode = "3355", pagu = 100])`:      true,
	} {
		if _, _, _, ok := recgenAt([]string{l}, 0, 0); ok != want {
			t.Errorf("recgenAt(%s) = %v, want %v", l, ok, want)
		}
	}
}
