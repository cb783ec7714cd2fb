package parse

import "testing"

// TestTuplesClass: a table's rows as positional tuples of a data file, the
// column order declared in a comment or a key line, become a TAB table the
// ordinary readers load with their proofs: a budget with level tags and a
// parent column listed out of tree order (Erlang), without levels
// (Python), as s-expressions (Lisp), as a Haskell list under a key line; a
// DPT and a capaian. The look-alikes (an Erlang app config, coordinates,
// tuples of no declared order, a declaration of another arity) give nothing.
func TestTuplesClass(t *testing.T) {
	// Erlang terms, the children listed after both programs, binaries and an atom level
	erl := recgenDoc("Tabel 3.6 Realisasi Anggaran TA 2023",
		"%% realisasi.config -- dibaca dengan file:consult/1",
		"%% {Level, Kode, KodeInduk, Uraian, Pagu, Realisasi, Sisa, PersenSerapan}.",
		`{total, <<"TOTAL">>, <<"">>, <<"JUMLAH">>, 3000000000, 2900000000, 100000000, "96,67"}.`,
		`{program, "076.01.WA", "", "Program Dukungan Manajemen", 1000000000, 980000000, 20000000, "98,00"}.`,
		`{program, "076.01.CQ", "", "Program Penyelenggaraan Pemilu", 2000000000, 1920000000, 80000000, "96,00"}.`,
		`{kegiatan, "6639", "076.01.CQ", "Teknis Penyelenggaraan", 1200000000, 1150000000, 50000000, "95,83"}.`,
		`{kegiatan, "3355", "076.01.WA", "Pengelolaan Keuangan", 600000000, 590000000, 10000000, "98,33"}.`,
		`{kegiatan, "6640", "076.01.CQ", "Pemutakhiran Data Pemilih", 800000000, 770000000, 30000000, "96,25"}.`,
		`{kegiatan, "3358", "076.01.WA", "Pengelolaan SDM", 400000000, 390000000, 10000000, "97,50"}.`)
	erlWant := []string{"TOTAL|total||2023|3000000000|2900000000|100000000", "076.01.WA|program||2023|1000000000|980000000|20000000",
		"3355|kegiatan|076.01.WA|2023|600000000|590000000|10000000", "3358|kegiatan|076.01.WA|2023|400000000|390000000|10000000",
		"076.01.CQ|program||2023|2000000000|1920000000|80000000", "6639|kegiatan|076.01.CQ|2023|1200000000|1150000000|50000000",
		"6640|kegiatan|076.01.CQ|2023|800000000|770000000|30000000"}
	// a Python list of tuples, digit separators, the order in a `#` comment
	py := recgenDoc("Tabel 3.8 Realisasi Anggaran Tahun 2022",
		"# (kode, uraian, pagu, realisasi, sisa)",
		"anggaran = [",
		`    ("3360", "Penyelenggaraan Pemilu", 2_150_000_000, 2_042_500_000, 107_500_000),`,
		`    ("3355", "Pengelolaan Keuangan", 880_000_000, 879_000_000, 1_000_000),`,
		"]")
	pyWant := []string{"3360|kegiatan||2022|2150000000|2042500000|107500000", "3355|kegiatan||2022|880000000|879000000|1000000"}
	// Lisp s-expressions, a keyword level, the order as a commented list without commas
	lisp := recgenDoc("Tabel 3.8 Realisasi Anggaran Tahun 2022",
		";; (tingkat kode uraian pagu realisasi sisa)",
		"(defparameter *anggaran* '(",
		`  (:kegiatan "3360" "Penyelenggaraan Pemilu" 2150000000 2042500000 107500000)`,
		`  (:kegiatan "3355" "Pengelolaan Keuangan" 880000000 879000000 1000000)))`)
	// levels without a parent column: the order and the tags tell the tree
	lispTree := recgenDoc("Tabel 3.8 Realisasi Anggaran Tahun 2022",
		";; (tingkat kode uraian pagu realisasi sisa)",
		`(total "" "JUMLAH" 1480000000 1469000000 11000000)`,
		`(program "076.01.WA" "Program Dukungan Manajemen" 1480000000 1469000000 11000000)`,
		`(kegiatan "3355" "Pengelolaan Keuangan" 880000000 879000000 1000000)`,
		`(kegiatan "3358" "Pengelolaan SDM" 600000000 590000000 10000000)`)
	// a Haskell list, leading commas, the order in a key line under the run
	hs := recgenDoc("Tabel 3.8 Realisasi Anggaran Tahun 2022",
		`[ ("3360", "Penyelenggaraan Pemilu", 2150000000, 2042500000, 107500000)`,
		`, ("3355", "Pengelolaan Keuangan", 880000000, 879000000, 1000000)`,
		"]",
		"",
		"Urutan isi tupel: kode, uraian, pagu, realisasi, sisa.")
	// a DPT as Julia tuples, a capaian as an OCaml list
	dpt := recgenDoc("Tabel 4 DPT Pilkada 2020 menurut Kecamatan",
		"# (kecamatan, laki, perempuan, jumlah)",
		`dpt = [("GOLEWA", 3210, 3305, 6515),`,
		`       ("KOTA BAJAWA", 2000, 2100, 4100)]`)
	dptWant := []string{"pilkada|2020|kecamatan|GOLEWA|<nil>|<nil>|3210|3305|6515", "pilkada|2020|kecamatan|KOTA BAJAWA|<nil>|<nil>|2000|2100|4100"}
	ml := recgenDoc("Tabel 3.2 Capaian Indikator Kinerja Tahun 2023",
		"(* indikator, target, realisasi, capaian *)",
		"let capaian = [",
		`  ("Persentase pemutakhiran data pemilih", 100, 98.5, 98.5);`,
		`  ("Persentase laporan keuangan tepat waktu", 90, 95, 105.56);`,
		"]")
	capWant := []string{"Persentase pemutakhiran data pemilih|100|98.5|98.5", "Persentase laporan keuangan tepat waktu|90|95|105.56"}

	// look-alikes
	appConfig := recgenDoc("Konfigurasi aplikasi pelaporan:",
		"%% sys.config: {Key, Value}", `{port, 8080}.`, `{host, "10.1.2.3"}.`, `{pool_size, 20}.`)
	coords := recgenDoc("Lokasi gudang logistik:",
		"# (lintang, bujur, nama)", `(-9.65, 119.40, "Gudang Waikabubak"),`, `(-9.70, 119.38, "Gudang Lamboya"),`)
	undeclared := recgenDoc("Tabel 3.8 Realisasi Anggaran Tahun 2022",
		`("3360", "Penyelenggaraan Pemilu", 2150000000, 2042500000, 107500000),`,
		`("3355", "Pengelolaan Keuangan", 880000000, 879000000, 1000000),`)
	otherArity := recgenDoc("Tabel 3.8 Realisasi Anggaran Tahun 2022",
		"# (kode, uraian, pagu, realisasi)",
		`("3360", "Penyelenggaraan Pemilu", 2150000000, 2042500000, 107500000),`,
		`("3355", "Pengelolaan Keuangan", 880000000, 879000000, 1000000),`)
	// a caption as a Markdown heading right above the run stays its caption
	heading := []string{"Realisasi anggaran disajikan berikut.", "", "# Tabel 3.8 Realisasi Anggaran Tahun 2022",
		"# (kode, uraian, pagu, realisasi, sisa)",
		`("3360", "Penyelenggaraan Pemilu", 2150000000, 2042500000, 107500000),`,
		`("3355", "Pengelolaan Keuangan", 880000000, 879000000, 1000000),`, ""}
	// a row whose sisa is not pagu − realisasi is not loaded
	badSisa := recgenDoc("Tabel 3.8 Realisasi Anggaran Tahun 2022",
		"# (kode, uraian, pagu, realisasi, sisa)",
		`("3360", "Penyelenggaraan Pemilu", 2150000000, 2042500000, 107500000),`,
		`("3355", "Pengelolaan Keuangan", 880000000, 879000000, 9000000),`)
	fams := []string{"dpt", "anggaran", "capaian"}
	checkDocs(t, fams, []docCase{
		{"erlang terms, parent column, children after the programs", erl, map[string][]string{"anggaran": erlWant}},
		{"python list of tuples", py, map[string][]string{"anggaran": pyWant}},
		{"lisp s-expressions", lisp, map[string][]string{"anggaran": pyWant}},
		{"lisp levels without parents", lispTree, map[string][]string{"anggaran": {"TOTAL|total||2022|1480000000|1469000000|11000000",
			"076.01.WA|program||2022|1480000000|1469000000|11000000", "3355|kegiatan|076.01.WA|2022|880000000|879000000|1000000",
			"3358|kegiatan|076.01.WA|2022|600000000|590000000|10000000"}}},
		{"haskell list, key line under it", hs, map[string][]string{"anggaran": pyWant}},
		{"julia dpt", dpt, map[string][]string{"dpt": dptWant}},
		{"ocaml capaian", ml, map[string][]string{"capaian": capWant}},
		{"markdown heading caption", heading, map[string][]string{"anggaran": pyWant}},
		{"a wrong sisa", badSisa, nil},
		{"erlang app config", appConfig, nil},
		{"coordinates", coords, nil},
		{"no declared order", undeclared, nil},
		{"declaration of another arity", otherArity, nil},
	})
}
