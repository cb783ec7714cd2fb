package parse

import "testing"

// recgenDoc sets a run of record literals under a caption, with a TAB
// table above and a source line under it.
func recgenDoc(caption string, recs ...string) []string {
	out := []string{"Tabel 2.1 Data Pegawai", "", "No\tUraian\tJumlah", "1\tPNS\t12", "2\tPPNPN\t9", "", caption, ""}
	out = append(out, recs...)
	return append(out, "", "Sumber: keluaran aplikasi internal, dicetak ulang.", "")
}

// TestRecgenClass: a table's rows printed as a language's record literals
// become a TAB table the ordinary readers load with their proofs: a DPT
// (L + P = total, the kabupaten row the sums), a budget (pagu − realisasi =
// sisa) and a capaian (realisasi / target), each in two syntaxes; the
// look-alikes (a server's struct dumps, a shop's products, a config
// struct) give nothing.
func TestRecgenClass(t *testing.T) {
	dptWant := []string{"pemilu|2024|kecamatan|ALOK|<nil>|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|41|4120|4033|8153",
		"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|101|11330|11338|22668"}
	// Rust {:?}, snake_case, a digit separator and a type suffix
	rustDPT := recgenDoc("Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
		`Dpt { kecamatan: "ALOK", jumlah_tps: 60, pemilih_laki: 7_210, pemilih_perempuan: 7305, jumlah_pemilih: 14515u32 }`,
		`Dpt { kecamatan: "NITA", jumlah_tps: 41, pemilih_laki: 4120, pemilih_perempuan: 4033, jumlah_pemilih: 8153u32 }`,
		`Dpt { kecamatan: "Kabupaten Sikka", jumlah_tps: 101, pemilih_laki: 11_330, pemilih_perempuan: 11338, jumlah_pemilih: 22668u32 }`)
	// Go %+v, CamelCase, no quotes, fields in another order, a name of two words
	goDPT := recgenDoc("Tabel 4 DPT Pilkada 2020 menurut Kecamatan",
		"{Kecamatan:GOLEWA Perempuan:3305 Laki:3210 Total:6515}",
		"{Kecamatan:KOTA BAJAWA Laki:2000 Perempuan:2100 Total:4100}")
	goWant := []string{"pilkada|2020|kecamatan|GOLEWA|<nil>|<nil>|3210|3305|6515", "pilkada|2020|kecamatan|KOTA BAJAWA|<nil>|<nil>|2000|2100|4100"}
	// Rust {:#?} of a Vec: a record over several lines, the vector's code around
	var prettyDPT []string
	for _, r := range [][]string{{"ALOK", "60", "7210", "7305", "14515"}, {"NITA", "41", "4120", "4033", "8153"}, {"Kabupaten Sikka", "101", "11330", "11338", "22668"}} {
		prettyDPT = append(prettyDPT, "    Dpt {", `        kecamatan: "`+r[0]+`",`, "        tps: "+r[1]+",", "        laki: "+r[2]+",", "        perempuan: "+r[3]+",", "        jumlah: "+r[4]+",", "    },")
	}
	prettyDPT = recgenDoc("Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan", append(append([]string{"["}, prettyDPT...), "]")...)
	// Kotlin toString(), camelCase, a Long suffix, the kabupaten's row as its sums
	kotlinDPT := recgenDoc("Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
		"DptRow(namaKecamatan=ALOK, pemilihLaki=7210L, pemilihPerempuan=7305L, totalPemilih=14515L)",
		"DptRow(namaKecamatan=NITA, pemilihLaki=4120L, pemilihPerempuan=4033L, totalPemilih=8153L)",
		"DptRow(namaKecamatan=Kabupaten Sikka, pemilihLaki=11330L, pemilihPerempuan=11338L, totalPemilih=22668L)")
	kotlinWant := []string{"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|<nil>|4120|4033|8153",
		"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|11330|11338|22668"}

	// the budget in Lua tables and in Nix attrsets
	luaBudget := recgenDoc("Tabel 3.8 Realisasi Anggaran Tahun 2023",
		"local anggaran = {",
		`  {kode="3360", uraian="Penyelenggaraan Pemilu", pagu=2150000000, realisasi=2042500000, sisa=107500000},`,
		`  {kode="3355", uraian="Pengelolaan Keuangan", pagu=880000000, realisasi=879000000, sisa=1000000},`,
		`  {kode="", uraian="JUMLAH", pagu=3030000000, realisasi=2921500000, sisa=108500000},`,
		"}")
	nixBudget := recgenDoc("Tabel 3.8 Realisasi Anggaran Tahun 2023",
		"{", `  kode = "3355"; uraian = "Pengelolaan Keuangan";`, "  pagu = 880_000_000; realisasi = 879_000_000; sisa = 1_000_000;", "}",
		`{ realisasi = 2042500000; kode = "3360"; uraian = "Penyelenggaraan Pemilu"; pagu = 2150000000; sisa = 107500000; }`)
	// the capaian in EDN maps (kebab-case) and Haskell show
	ednCapaian := recgenDoc("Tabel 3.2 Capaian Indikator Kinerja Tahun 2023",
		`{:indikator "Persentase pemutakhiran data pemilih" :target 100 :realisasi 98.5 :capaian-persen 98.5}`,
		`{:indikator "Persentase laporan keuangan tepat waktu" :target 90 :realisasi 95 :capaian-persen 105.56}`)
	hsCapaian := recgenDoc("Tabel 3.2 Capaian Indikator Kinerja Tahun 2023",
		`Capaian {indikator = "Persentase pemutakhiran data pemilih", target = 100, realisasi = 98.5, capaian = 98.5}`,
		`Capaian {indikator = "Persentase laporan keuangan tepat waktu", target = 90, realisasi = 95, capaian = 105.56}`)
	capWant := []string{"Persentase pemutakhiran data pemilih|100|98.5|98.5", "Persentase laporan keuangan tepat waktu|90|95|105.56"}

	// Erlang maps of binaries, R lists with integer suffixes
	erlDPT := recgenDoc("Tabel 4 DPT Pilkada 2020 menurut Kecamatan",
		`#{kecamatan => <<"GOLEWA">>, laki => 3210, perempuan => 3305, total => 6515},`,
		`#{kecamatan => <<"KOTA BAJAWA">>, laki => 2000, perempuan => 2100, total => 4100}`)
	exDPT := recgenDoc("Tabel 4 DPT Pilkada 2020 menurut Kecamatan",
		`%Dpt{kecamatan: "GOLEWA", laki: 3210, perempuan: 3305, total: 6515, catatan: nil}`,
		`%Dpt{kecamatan: "KOTA BAJAWA", laki: 2000, perempuan: 2100, total: 4100, catatan: nil}`)
	rCapaian := recgenDoc("Tabel 3.2 Capaian Indikator Kinerja Tahun 2023",
		"capaian <- list(",
		`  list(indikator = "Persentase pemutakhiran data pemilih", target = 100L, realisasi = 98.5, capaian = 98.5),`,
		`  list(indikator = "Persentase laporan keuangan tepat waktu", target = 90L, realisasi = 95L, capaian = 105.56)`,
		")")

	// look-alikes
	server := recgenDoc("Status server aplikasi SIDALIH:",
		`Process { name: "nginx", pid: 1201, cpu: 3, mem: 512 }`,
		`Process { name: "postgres", pid: 1302, cpu: 12, mem: 2048 }`)
	shop := recgenDoc("Daftar barang koperasi:",
		`%{nama: "Kertas A4", harga: 55000, stok: 12}`, `%{nama: "Tinta", harga: 120000, stok: 4}`)
	config := recgenDoc("Konfigurasi:",
		`Config { host: "10.1.2.3", port: 5432, pool: 20 }`, `Config { host: "10.1.2.4", port: 5433, pool: 10 }`)
	// records that are one field's value of a larger structure, a nested value
	nested := recgenDoc("Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
		"Laporan { tahun: 2024, satker: \"KPU\",", "  rows: vec![",
		`    Dpt { kecamatan: "ALOK", meta: Meta { id: 1 }, laki: 7210, perempuan: 7305, jumlah: 14515 },`,
		`    Dpt { kecamatan: "NITA", meta: Meta { id: 2 }, laki: 4120, perempuan: 4033, jumlah: 8153 },`, "  ] }")
	one := recgenDoc("Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
		`Dpt { kecamatan: "ALOK", laki: 7210, perempuan: 7305, jumlah: 14515 }`)
	fams := []string{"dpt", "anggaran", "capaian"}
	checkDocs(t, fams, []docCase{
		{"rust debug", rustDPT, map[string][]string{"dpt": dptWant}},
		{"go %+v", goDPT, map[string][]string{"dpt": goWant}},
		{"rust pretty debug", prettyDPT, map[string][]string{"dpt": dptWant}},
		{"kotlin toString", kotlinDPT, map[string][]string{"dpt": kotlinWant}},
		{"lua budget in a local table", luaBudget, map[string][]string{"anggaran": {"3360|kegiatan||2023|2150000000|2042500000|107500000",
			"3355|kegiatan||2023|880000000|879000000|1000000", "TOTAL|total||2023|3030000000|2921500000|108500000"}}},
		{"nix budget, a record over lines, another order", nixBudget, map[string][]string{"anggaran": {"3355|kegiatan||2023|880000000|879000000|1000000",
			"3360|kegiatan||2023|2150000000|2042500000|107500000"}}},
		{"edn capaian", ednCapaian, map[string][]string{"capaian": capWant}},
		{"haskell capaian", hsCapaian, map[string][]string{"capaian": capWant}},
		{"erlang maps", erlDPT, map[string][]string{"dpt": goWant}},
		{"elixir structs", exDPT, map[string][]string{"dpt": goWant}},
		{"r lists", rCapaian, map[string][]string{"capaian": capWant}},
		{"server dumps", server, nil},
		{"shop products", shop, nil},
		{"config struct", config, nil},
		{"one record", one, nil},
		{"nested values in a larger record", nested, nil},
	})
}
