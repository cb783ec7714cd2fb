package parse

import "testing"

// TestSchemaPrologDPTClass: a DPT as a logic program's facts whose
// arguments are named apart (a Prolog comment or pldoc line, Soufflé's
// .decl): columns by their names' roles, each fact proven by L + P =
// total, the whole's by the sums; the election from the caption, else
// from the module's name.
func TestSchemaPrologDPTClass(t *testing.T) {
	// pldoc with modes and a determinism, the module over it, the whole
	// first and named by its level, comments between the facts
	pldoc := schemaDoc("Tabel 3.2 Rekapitulasi DPT Pilkada 2020 per Kecamatan",
		":- module(rekap, [pemilih/6]).", "",
		"%! pemilih(+Level, +NamaKecamatan, -Tps, -JumlahLaki, -JumlahPerempuan, -TotalPemilih) is det.",
		"pemilih(kabupaten, 'SIKKA', 101, 11330, 11338, 22668).",
		"% kecamatan di pesisir",
		"pemilih(kecamatan, 'ALOK', 60, 7210, 7305, 14515).",
		"pemilih(kecamatan, 'NITA', 41, 4120, 4033, 8153).",
		"", "?- pemilih(kabupaten, _, _, _, _, T).", "T = 22668.")
	wantPldoc := []string{"pilkada|2020|kabupaten|Kabupaten Sikka|<nil>|101|11330|11338|22668",
		"pilkada|2020|kecamatan|ALOK|<nil>|60|7210|7305|14515", "pilkada|2020|kecamatan|NITA|<nil>|41|4120|4033|8153"}
	// the election only in the module's name, a doubled quote, no whole
	module := schemaDoc("Tabel 4 Rekap per Kecamatan",
		"% rekap(Wilayah, DesaKel, PemilihL, PemilihP, Jumlah)",
		":- module(dpt_pemilu2019, [rekap/5]).",
		"rekap('WAE RI''I', 20, 10565, 10617, 21182).",
		"rekap('RUTENG', 17, 6732, 6853, 13585).")
	wantModule := []string{"pemilu|2019|kecamatan|WAE RI'I|20|<nil>|10565|10617|21182",
		"pemilu|2019|kecamatan|RUTENG|17|<nil>|6732|6853|13585"}
	// Soufflé: typed names, double quotes, the whole last by the sums;
	// a fact whose L + P is not its total loads nothing
	souffle := schemaDoc("Tabel 5 DPT Pemilu 2024 menurut Kecamatan",
		".decl dpt(kecamatan: symbol, tps: number, l: number, p: number, jumlah: number)",
		`dpt("GOLEWA", 30, 3210, 3305, 6515).`, `dpt("BAJAWA", 22, 2000, 2100, 4100).`,
		`dpt("SOA", 9, 1000, 1000, 2001).`)
	wantSouffle := []string{"pemilu|2024|kecamatan|GOLEWA|<nil>|30|3210|3305|6515",
		"pemilu|2024|kecamatan|BAJAWA|<nil>|22|2000|2100|4100"}
	// CLIPS ordered facts in a deffacts, hyphenated slot names, digit
	// groups, the election from the deffacts' name
	clips := schemaDoc("Tabel 6 Rekap per Kecamatan",
		"; (dpt ?kecamatan ?jml-desa ?laki-laki ?perempuan ?jumlah-pemilih)",
		`(deffacts dpt-pilkada-2020 "rekap DPT"`,
		`  (dpt "MAUMERE" 12 10_565 10_617 21_182)`, `  (dpt "KANGAE"  8  6732  6853 13585))`)
	wantClips := []string{"pilkada|2020|kecamatan|MAUMERE|12|<nil>|10565|10617|21182",
		"pilkada|2020|kecamatan|KANGAE|8|<nil>|6732|6853|13585"}
	// TAB between a CSV's cells under its SQL schema (the separator a
	// first row shows, a TAB too)
	tabs := schemaDoc("Tabel 7 DPT Pemilu 2019 menurut Kecamatan",
		"CREATE TABLE dpt (kecamatan TEXT, l INT, p INT, jumlah INT);", "GOLEWA\t3210\t3305\t6515", "BAJAWA\t2000\t2100\t4100")
	wantTabs := []string{"pemilu|2019|kecamatan|GOLEWA|<nil>|<nil>|3210|3305|6515", "pemilu|2019|kecamatan|BAJAWA|<nil>|<nil>|2000|2100|4100"}
	// look-alikes: a family tree, a shop's stock with numbers, and facts
	// named like a roll whose declaration names no L, P and total
	family := schemaDoc("Contoh program Prolog pada pelatihan operator data pemilih:",
		"% parent(Parent, Child, Generation).", "parent(tom, bob, 1).", "parent(bob, ann, 2).", "parent(bob, pat, 2).")
	stock := schemaDoc("Stok logistik Pemilu 2024 per gudang (basis fakta Prolog):",
		"% stok(Gudang, Masuk, Keluar, Sisa).", "stok('GUDANG A', 7210, 7305, 14515).", "stok('GUDANG B', 4120, 4033, 8153).")
	noRoles := schemaDoc("Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
		"% dpt(Kecamatan, A, B, C).", "dpt('ALOK', 7210, 7305, 14515).", "dpt('NITA', 4120, 4033, 8153).")
	checkDocs(t, []string{"dpt"}, []docCase{
		{"pldoc, modes, whole first by its level", pldoc, map[string][]string{"dpt": wantPldoc}},
		{"election from the module, doubled quote", module, map[string][]string{"dpt": wantModule}},
		{"Souffle .decl, a fact not adding up", souffle, map[string][]string{"dpt": wantSouffle}},
		{"CLIPS deffacts, digit groups", clips, map[string][]string{"dpt": wantClips}},
		{"TAB-separated CSV under CREATE TABLE", tabs, map[string][]string{"dpt": wantTabs}},
		{"family tree", family, map[string][]string{"dpt": nil}},
		{"shop stock facts", stock, map[string][]string{"dpt": nil}},
		{"declaration naming no L, P, total", noRoles, map[string][]string{"dpt": nil}},
	})
}
