package parse

import "testing"

// diffDoc sets a patch under a caption in a report whose other tables
// are TAB tables.
func diffDoc(caption string, patch ...string) []string {
	out := []string{"Tabel 2.1 Pegawai Sekretariat", "", "Jabatan\tJumlah", "Sekretaris\t1", "Kasubbag\t3", "", caption, "",
		"[Lampiran: berkas rekap dari repositori, tambalan diketik ulang]", ""}
	out = append(out, patch...)
	return append(out, "", "Sumber: Subbagian Data dan Informasi.", "")
}

// TestDiffTablesClass: a table kept in a patch, every line behind the
// tool's prefix; the new side is handed to the ordinary readers, which
// prove it (L + P = jumlah, the rows summing to the total row).
func TestDiffTablesClass(t *testing.T) {
	const capDPT = "Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan"
	wantDPT := []string{"pemilu|2024|kecamatan|ALOK|11|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|12|41|4120|4033|8153",
		"pemilu|2024|kecamatan|MAGEPANDA|5|20|2100|2200|4300", "pemilu|2024|kabupaten|Kabupaten Sikka|28|121|13430|13538|26968"}
	// git diff of a new file, cells cut by "; "
	newFile := diffDoc(capDPT,
		"diff --git a/data/dpt_kec.txt b/data/dpt_kec.txt", "new file mode 100644", "index 0000000..1a2b3c4",
		"--- /dev/null", "+++ b/data/dpt_kec.txt", "@@ -0,0 +1,5 @@",
		"+Kecamatan; Desa/Kel; TPS; L; P; Jumlah",
		"+ALOK; 11; 60; 7.210; 7.305; 14.515", "+NITA; 12; 41; 4.120; 4.033; 8.153", "+MAGEPANDA; 5; 20; 2.100; 2.200; 4.300",
		"+JUMLAH; 28; 121; 13.430; 13.538; 26.968")
	// svn diff changing figures: the old rows out, the new ones in, context around, bars between cells
	changed := diffDoc(capDPT,
		"Index: rekap/dpt.psv", "===================================================================",
		"--- rekap/dpt.psv\t(revision 41)", "+++ rekap/dpt.psv\t(working copy)", "@@ -1,5 +1,5 @@",
		" Kecamatan|Desa/Kel|TPS|L|P|Jumlah",
		"-ALOK|11|60|7.200|7.305|14.505", "+ALOK|11|60|7.210|7.305|14.515",
		" NITA|12|41|4.120|4.033|8.153", " MAGEPANDA|5|20|2.100|2.200|4.300",
		"-JUMLAH|28|121|13.420|13.538|26.958", "+JUMLAH|28|121|13.430|13.538|26.968")
	// diff -c: the old part dropped, the new part's "! " rows kept
	contextDiff := diffDoc(capDPT,
		"*** rekap/dpt.txt.orig\t2024-03-01", "--- rekap/dpt.txt\t2024-03-04", "***************",
		"*** 1,5 ****", "  Kecamatan; Desa/Kel; TPS; L; P; Jumlah", "! ALOK; 11; 60; 7.200; 7.305; 14.505",
		"  NITA; 12; 41; 4.120; 4.033; 8.153", "  MAGEPANDA; 5; 20; 2.100; 2.200; 4.300", "! JUMLAH; 28; 121; 13.420; 13.538; 26.958",
		"--- 1,5 ----", "  Kecamatan; Desa/Kel; TPS; L; P; Jumlah", "! ALOK; 11; 60; 7.210; 7.305; 14.515",
		"  NITA; 12; 41; 4.120; 4.033; 8.153", "  MAGEPANDA; 5; 20; 2.100; 2.200; 4.300", "! JUMLAH; 28; 121; 13.430; 13.538; 26.968")
	// a plain diff of a new file, pilkada, no desa column
	normal := diffDoc("Tabel 4 DPT Pilkada 2020 menurut Kecamatan",
		"$ diff /dev/null rekap_dpt.txt", "0a1,4",
		"> Kecamatan; TPS; L; P; Jumlah", "> GOLEWA; 30; 3.210; 3.305; 6.515", "> BAJAWA; 22; 2.000; 2.100; 4.100",
		"> Jumlah Kabupaten; 52; 5.210; 5.405; 10.615")
	wantNormal := []string{"pilkada|2020|kecamatan|GOLEWA|<nil>|30|3210|3305|6515", "pilkada|2020|kecamatan|BAJAWA|<nil>|22|2000|2100|4100",
		"pilkada|2020|kabupaten|Kabupaten Sikka|<nil>|52|5210|5405|10615"}
	// hg diff of a budget file, TAB cells, a hunk whose counts hold
	budget := diffDoc("Tabel 3.2 Realisasi Anggaran Tahun 2024",
		"diff -r 3f2a1b0c9d8e anggaran.tsv", "--- a/anggaran.tsv", "+++ b/anggaran.tsv", "@@ -1,6 +1,6 @@",
		" Kode\tProgram/Kegiatan\tPagu\tRealisasi\tSisa",
		"-076.01.WA\tProgram Dukungan Manajemen\t1.500.000.000\t1.300.000.000\t200.000.000",
		"+076.01.WA\tProgram Dukungan Manajemen\t1.500.000.000\t1.350.000.000\t150.000.000",
		"-3355\tPengelolaan Keuangan\t1.000.000.000\t850.000.000\t150.000.000",
		"+3355\tPengelolaan Keuangan\t1.000.000.000\t900.000.000\t100.000.000",
		" 3360\tOperasional Perkantoran\t500.000.000\t450.000.000\t50.000.000",
		"-\tTOTAL\t1.500.000.000\t1.300.000.000\t200.000.000", "+\tTOTAL\t1.500.000.000\t1.350.000.000\t150.000.000")
	wantBudget := []string{"076.01.WA|program||2024|1500000000|1350000000|150000000", "3355|kegiatan|076.01.WA|2024|1000000000|900000000|100000000",
		"3360|kegiatan|076.01.WA|2024|500000000|450000000|50000000", "TOTAL|total||2024|1500000000|1350000000|150000000"}
	// a hunk whose counts do not come out is left as written: nothing loads
	miscounted := diffDoc(capDPT, "--- /dev/null", "+++ b/dpt.txt", "@@ -0,0 +1,7 @@",
		"+Kecamatan; Desa/Kel; TPS; L; P; Jumlah", "+ALOK; 11; 60; 7.210; 7.305; 14.515", "+NITA; 12; 41; 4.120; 4.033; 8.153",
		"+JUMLAH; 23; 101; 11.330; 11.338; 22.668")
	// look-alike: a diff of Go source with figures in it
	goSource := diffDoc("Lampiran perubahan aplikasi rekap", "diff --git a/rekap.go b/rekap.go", "--- a/rekap.go", "+++ b/rekap.go",
		"@@ -10,4 +10,4 @@ func total() int {", " \tl := 7210", "-\tp := 7305", "+\tp := 7306", " \treturn l + p // 14515", " }")
	// look-alike: a config file's diff with numbers cut by semicolons
	config := diffDoc("Perubahan konfigurasi server", "--- a/pool.conf", "+++ b/pool.conf", "@@ -1,3 +1,3 @@",
		" worker; 4; 60; 7.210", "-timeout; 30; 41; 4.120", "+timeout; 45; 41; 4.120", " retries; 3; 20; 2.100")
	checkDocs(t, []string{"dpt"}, []docCase{
		{"git diff of a new file", newFile, map[string][]string{"dpt": wantDPT}},
		{"svn diff changing figures keeps the new rows", changed, map[string][]string{"dpt": wantDPT}},
		{"context diff", contextDiff, map[string][]string{"dpt": wantDPT}},
		{"normal diff", normal, map[string][]string{"dpt": wantNormal}},
		{"miscounted hunk", miscounted, nil},
		{"go source diff", goSource, nil},
		{"config diff", config, nil},
	})
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"hg diff of a budget", budget, map[string][]string{"anggaran": wantBudget}},
		{"go source diff", goSource, nil},
		{"config diff", config, nil},
	})
}

// TestChatTablesClass: a table sent as chat messages, a row a message,
// the sender and time before each; the rows proven by the ordinary reader.
func TestChatTablesClass(t *testing.T) {
	const capDPT = "Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan"
	wantDPT := []string{"pemilu|2024|kecamatan|ALOK|11|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|12|41|4120|4033|8153",
		"pemilu|2024|kecamatan|MAGEPANDA|5|20|2100|2200|4300", "pemilu|2024|kabupaten|Kabupaten Sikka|28|121|13430|13538|26968"}
	bracket := diffDoc(capDPT, "[10:01] Yanti PDI: Kecamatan; Desa/Kel; TPS; L; P; Jumlah",
		"[10:02] Yanti PDI: ALOK; 11; 60; 7.210; 7.305; 14.515", "[10:02] Yanti PDI: NITA; 12; 41; 4.120; 4.033; 8.153",
		"[10:03] Yanti PDI: MAGEPANDA; 5; 20; 2.100; 2.200; 4.300", "[10:04] Kasubbag: JUMLAH; 28; 121; 13.430; 13.538; 26.968")
	zoom := diffDoc(capDPT, "10:01:07 From  Operator  to  Everyone:", "\tKecamatan | Desa/Kel | TPS | L | P | Jumlah",
		"10:02:07 From  PPK Alok  to  Everyone:", "\tALOK | 11 | 60 | 7.210 | 7.305 | 14.515",
		"10:02:48 From  PPK Nita  to  Everyone:", "\tNITA | 12 | 41 | 4.120 | 4.033 | 8.153",
		"10:03:29 From  PPK Magepanda  to  Everyone:", "\tMAGEPANDA | 5 | 20 | 2.100 | 2.200 | 4.300",
		"10:04:10 From  Sekretariat  to  Everyone:", "\tJUMLAH | 28 | 121 | 13.430 | 13.538 | 26.968")
	phone := diffDoc(capDPT, "12/03/24 10.01 - Operator: Kecamatan; Desa/Kel; TPS; L; P; Jumlah",
		"12/03/24 10.02 - Operator: ALOK; 11; 60; 7.210; 7.305; 14.515", "12/03/24 10.02 - Operator: NITA; 12; 41; 4.120; 4.033; 8.153",
		"12/03/24 10.03 - Operator: MAGEPANDA; 5; 20; 2.100; 2.200; 4.300", "12/03/24 10.04 - Operator: JUMLAH; 28; 121; 13.430; 13.538; 26.968")
	// look-alike: a chat of people agreeing a meeting time
	meeting := diffDoc(capDPT, "[09:12] Ketua: rapat pleno jam 10.00; ruang 2; 12 orang",
		"[09:40] Sekretaris: siap; jumlah peserta 12; TPS 3 menyusul", "[10:02] Kasubbag: setuju; jam 10.00; ruang 2")
	checkDocs(t, []string{"dpt"}, []docCase{
		{"bracketed time and sender", bracket, map[string][]string{"dpt": wantDPT}},
		{"video meeting chat, bars", zoom, map[string][]string{"dpt": wantDPT}},
		{"phone export", phone, map[string][]string{"dpt": wantDPT}},
		{"a chat agreeing a meeting", meeting, nil},
	})
}
