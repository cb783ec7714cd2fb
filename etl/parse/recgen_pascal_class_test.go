package parse

import "testing"

// TestRecgenPascalClass: a table's rows as a Pascal unit's typed constant,
// an array of records, read by recgen's record readers; the array's total
// constant proven by the sums; look-alikes give nothing.
func TestRecgenPascalClass(t *testing.T) {
	tail := []string{"", "implementation", "end.", "", "Sumber: diolah."}
	with := func(head []string, body ...string) []string {
		return append(append(append([]string{}, head...), body...), tail...)
	}
	dptHead := []string{"Tabel 3.4 Rekapitulasi DPT Pemilihan 2020 per Kecamatan", "", "unit REKAP;", "interface", "type",
		"  TKecamatan = record", "    Nama: string[40];", "    Desa, TPS: Integer;", "    Pria, Wanita, Total: LongInt;", "  end;", "const"}
	// fields in another order, a '' quote in a name, the total constant after the array
	dpt := with(dptHead,
		"  Rekap: array[1..2] of TKecamatan = (",
		"    (Nama: 'ALOK'; TPS: 60; Desa: 11; Pria: 7210; Wanita: 7305; Total: 14515),",
		"    (Nama: 'NITA''A'; Desa: 12; TPS: 41; Pria: 4120; Wanita: 4033; Total: 8153)",
		"  );",
		"  JumlahKab: TKecamatan =",
		"    (Nama: 'SIKKA'; Desa: 23; TPS: 101; Pria: 11330; Wanita: 11338; Total: 22668);")
	wantDPT := []string{"pilkada|2020|kecamatan|ALOK|11|60|7210|7305|14515", "pilkada|2020|kecamatan|NITA'A|12|41|4120|4033|8153",
		"pilkada|2020|kabupaten|Kabupaten Sikka|23|101|11330|11338|22668"}
	// a field named Kecamatan, no total constant, spaces in `array [`
	plain := with(dptHead,
		"  Data : array [0..1] of TRekap = (",
		"    (Kecamatan: 'GOLEWA'; L: 3210; P: 3305; Jumlah: 6515),",
		"    (Kecamatan: 'BAJAWA'; L: 2000; P: 2100; Jumlah: 4100)",
		"  );")
	wantPlain := []string{"pilkada|2020|kecamatan|GOLEWA|<nil>|<nil>|3210|3305|6515", "pilkada|2020|kecamatan|BAJAWA|<nil>|<nil>|2000|2100|4100"}
	// a budget: kode and uraian strings, pagu and realisasi
	bud := with([]string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", "", "const"},
		"  Belanja: array[1..2] of TBelanja = (",
		"    (Kode: '6639'; Uraian: 'Teknis Penyelenggaraan'; Pagu: 383611000; Realisasi: 364399309),",
		"    (Kode: '6640'; Uraian: 'Pemutakhiran Data Pemilih'; Pagu: 335505000; Realisasi: 320181109)",
		"  );")
	wantBud := []string{"6639|kegiatan||2024|383611000|364399309|19211691", "6640|kegiatan||2024|335505000|320181109|15323891"}
	// look-alike: a Pascal game's high-score table
	game := []string{"Lampiran permainan edukasi pemilih:", "", "const",
		"  HighScores: array[1..3] of TScore = (",
		"    (Nama: 'BUDI'; Level: 12; Skor: 7210; Bonus: 7305),",
		"    (Nama: 'ANI'; Level: 9; Skor: 4120; Bonus: 4033),",
		"    (Nama: 'RINA'; Level: 7; Skor: 3000; Bonus: 120)",
		"  );", "  TotalSkor: TScore =", "    (Nama: 'SEMUA'; Level: 28; Skor: 14330; Bonus: 11458);"}
	// a constant of another record type after the array is not its total
	broken := with(dptHead,
		"  Rekap: array[1..2] of TKecamatan = (",
		"    (Nama: 'ALOK'; Desa: 11; TPS: 60; Pria: 7210; Wanita: 7305; Total: 14515),",
		"    (Nama: 'NITA'; Desa: 12; TPS: 41; Pria: 4120; Wanita: 4033; Total: 8153)",
		"  );",
		"  TotalKab: TKabupaten =",
		"    (Nama: 'SIKKA'; Desa: 23; TPS: 101; Pria: 11330; Wanita: 11338; Total: 22668);")
	// a Julia REPL: the run's total as the next value, named …_total
	jl := func(name string) []string {
		return []string{"Tabel 4 DPT Pilkada 2020 per Kecamatan", "", "julia> rekap",
			`2-element Vector{NamedTuple{(:kecamatan, :l, :p, :jumlah), Tuple{String, Int64, Int64, Int64}}}:`,
			` (kecamatan = "GOLEWA", l = 3210, p = 3305, jumlah = 6515)`, ` (kecamatan = "BAJAWA", l = 2000, p = 2100, jumlah = 4100)`,
			"", "julia> " + name, `(kecamatan = "NGADA", l = 5210, p = 5405, jumlah = 10615)`, "", "Sumber: diolah."}
	}
	wantJl := []string{"pilkada|2020|kecamatan|GOLEWA|<nil>|<nil>|3210|3305|6515", "pilkada|2020|kecamatan|BAJAWA|<nil>|<nil>|2000|2100|4100"}
	checkDocs(t, []string{"dpt", "anggaran"}, []docCase{
		{"julia, the total as the next value", jl("rekap_total"), map[string][]string{"dpt": append(wantJl,
			"pilkada|2020|kabupaten|Kabupaten Sikka|<nil>|<nil>|5210|5405|10615")}},
		{"julia, a next value of another name", jl("rekap_terbesar"), map[string][]string{"dpt": wantJl}},
		{"dpt, '' quote, total constant", dpt, map[string][]string{"dpt": wantDPT}},
		{"dpt, kecamatan field, no total", plain, map[string][]string{"dpt": wantPlain}},
		{"budget records", bud, map[string][]string{"anggaran": wantBud}},
		{"a game's high scores", game, nil},
		{"dpt, a constant of another type", broken, map[string][]string{"dpt": {
			"pilkada|2020|kecamatan|ALOK|11|60|7210|7305|14515", "pilkada|2020|kecamatan|NITA|12|41|4120|4033|8153"}}},
	})
}
