package parse

import "testing"

// basicDoc sets a listing's lines under a caption in a report whose other
// tables are TAB tables.
func basicDoc(caption string, listing ...string) []string {
	out := []string{"Tabel 3.1 Rekapitulasi Anggaran", "", "No\tUraian\tPagu\tRealisasi",
		"1\tBelanja Pegawai\t1.000.000\t900.000", "", caption, "",
		"[Lampiran: listing program rekap dari komputer operator, diketik ulang]", ""}
	out = append(out, listing...)
	return append(out, "", "Sumber: Subbagian Data dan Informasi.", "")
}

// TestBasicDataDPTClass: a DPT as a program's data statements whose order
// a comment declares, each row proven by L + P = total and the kabupaten's
// by the sums; the election from the caption.
func TestBasicDataDPTClass(t *testing.T) {
	const cap24 = "Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan"
	// GW-BASIC: numbered lines, READ/PRINT code, the kabupaten last by its
	// sums, an end marker of zeros
	gw := basicDoc(cap24,
		"10 REM REKAP.BAS", "20 REM URUTAN DATA: KECAMATAN, DESA/KEL, TPS, LAKI-LAKI, PEREMPUAN, JUMLAH",
		"30 READ N$, D, T, L, P, J", "40 IF N$ = \"*\" THEN END", "50 PRINT N$, L, P, J : GOTO 30",
		`100 DATA "ALOK", 7, 60, 7210, 7305, 14515`, `110 DATA "NITA", 12, 41, 4120, 4033, 8153`,
		"115 REM JUMLAH KABUPATEN", `120 DATA "SIKKA", 19, 101, 11330, 11338, 22668`, `130 DATA "*", 0, 0, 0, 0, 0`)
	wantGW := []string{"pemilu|2024|kecamatan|ALOK|7|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|12|41|4120|4033|8153",
		"pemilu|2024|kabupaten|Kabupaten Sikka|19|101|11330|11338|22668"}
	// QBasic: no line numbers, a ' comment, bare strings, the total before
	// the sexes, dotted thousands, an end marker -1, no kabupaten
	qb := basicDoc("Tabel 4 DPT Pilkada 2020 menurut Kecamatan",
		"' daftar pemilih tetap: nama kecamatan, jumlah pemilih, pria, wanita",
		"DO: READ K$, J, L, P: LOOP", "", "DATA GOLEWA, 6.515, 3.210, 3.305", "DATA BAJAWA UTARA, 4.100, 2.000, 2.100", "DATA -1")
	wantQB := []string{"pilkada|2020|kecamatan|GOLEWA|<nil>|<nil>|3210|3305|6515", "pilkada|2020|kecamatan|BAJAWA UTARA|<nil>|<nil>|2000|2100|4100"}
	// C: a block comment over a struct array's initialiser, the kabupaten by its word
	c := basicDoc(cap24,
		"/* kecamatan, tps, l, p, jumlah */", "static const struct dpt rekap[] = {",
		`    {"ALOK", 60, 7210, 7305, 14515},`, `    {"NITA", 41, 4120, 4033, 8153},`, `    {"KABUPATEN SIKKA", 101, 11330, 11338, 22668}`, "};")
	wantC := []string{"pemilu|2024|kecamatan|ALOK|<nil>|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|41|4120|4033|8153",
		"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|101|11330|11338|22668"}
	// Pascal: (* *) comment, '' in a name, records in parentheses
	pas := basicDoc("Tabel 3.2 DPT Pemilu 2019",
		"(* nama_kecamatan, laki_laki, perempuan, total *)", "const Rekap: array[1..2] of TDpt = (",
		"  ('WAE RI''I', 10565, 10617, 21182),", "  ('RUTENG', 9000, 9100, 18100)", ");")
	wantPas := []string{"pemilu|2019|kecamatan|WAE RI'I|<nil>|<nil>|10565|10617|21182", "pemilu|2019|kecamatan|RUTENG|<nil>|<nil>|9000|9100|18100"}
	// assembler: ; comment, labelled dw rows; Fortran: C comment, DATA X /…/
	asm := basicDoc(cap24, "; wilayah, lk, pr, dpt", `kec1:  dw "ALOK", 7210, 7305, 14515`, `kec2:  dw "NITA", 4120, 4033, 8153`)
	fortran := basicDoc(cap24, "C     KECAMATAN, L, P, JUMLAH", "      INTEGER L(2), P(2), J(2)",
		"      DATA R1 /'ALOK', 7210, 7305, 14515/", "      DATA R2 /'NITA', 4120, 4033, 8153/")
	wantLP := []string{"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|<nil>|4120|4033|8153"}
	// a broken sum and a broken row: only the rows proven load
	broken := basicDoc(cap24, "20 REM KECAMATAN, L, P, JUMLAH",
		`100 DATA "ALOK", 7210, 7305, 14515`, `110 DATA "NITA", 4120, 4033, 8153`, `115 DATA "PAGA", 100, 200, 301`,
		`120 DATA "KABUPATEN SIKKA", 11331, 11338, 22669`)
	// the caption names no election: the program's title line does; prose
	// opening with "Data" after the rows ends the run
	titled := basicDoc("Lampiran 2. Listing program",
		"10 REM REKAP DPT PEMILU 2019 KABUPATEN SIKKA", "20 REM KECAMATAN, L, P, JUMLAH", "30 READ N$, L, P, J",
		`100 DATA "ALOK", 7210, 7305, 14515`, `110 DATA "NITA", 4120, 4033, 8153`, "",
		"Data tersebut diolah, dicetak, dan diarsipkan, setiap tahun.")
	wantTitled := []string{"pemilu|2019|kecamatan|ALOK|<nil>|<nil>|7210|7305|14515", "pemilu|2019|kecamatan|NITA|<nil>|<nil>|4120|4033|8153"}
	// records packed abreast, two a DATA statement, the end marker on the last
	packed := basicDoc(cap24, "5 REM DPT: KECAMATAN, TPS, L, P, JUMLAH",
		`100 DATA "ALOK",60,7210,7305,14515,"NITA",41,4120,4033,8153`,
		`110 DATA "KABUPATEN SIKKA",101,11330,11338,22668,"*",0,0,0,0`)
	wantPacked := wantC
	// look-alike: a BASIC game's sprite bytes
	game := []string{"Program permainan sekolah:", "", "10 REM SPRITE DATA: X, Y, WIDTH, HEIGHT, COLOR",
		"20 READ X, Y, W, H, C", "100 DATA 0, 24, 60, 126, 255", "110 DATA 24, 60, 126, 255, 7"}
	// look-alike: a C array of sensor readings
	sensor := []string{"Pemantauan ruang server:", "", "/* sensor, suhu, kelembapan, tekanan */",
		"struct reading r[] = {", `  {"S1", 25, 80, 1012},`, `  {"S2", 26, 78, 1011},`, "};"}
	// look-alike: a warehouse's stock by L and P sizes that do add up, no voter in sight
	stock := []string{"Stok kaos seragam gudang per rak:", "", "' nama, l, p, jumlah",
		`DATA "RAK A", 10, 20, 30`, `DATA "RAK B", 5, 5, 10`, `DATA "RAK C", 1, 2, 3`}
	checkDocs(t, []string{"dpt"}, []docCase{
		{"GW-BASIC, code, kabupaten by sums, end marker", gw, map[string][]string{"dpt": wantGW}},
		{"QBasic, bare strings, total first, -1", qb, map[string][]string{"dpt": wantQB}},
		{"C initialiser", c, map[string][]string{"dpt": wantC}},
		{"Pascal records", pas, map[string][]string{"dpt": wantPas}},
		{"assembler dw", asm, map[string][]string{"dpt": wantLP}},
		{"Fortran DATA", fortran, map[string][]string{"dpt": wantLP}},
		{"election in the program's title, prose after", titled, map[string][]string{"dpt": wantTitled}},
		{"records packed abreast", packed, map[string][]string{"dpt": wantPacked}},
		{"broken row and sum", broken, map[string][]string{"dpt": wantLP}},
		{"a game's sprite bytes", game, map[string][]string{"dpt": nil}},
		{"a C array of sensor readings", sensor, map[string][]string{"dpt": nil}},
		{"a warehouse's stock", stock, map[string][]string{"dpt": nil}},
	})
}
