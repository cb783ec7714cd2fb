package parse

import "testing"

// linenoDoc sets a tool's listing under a caption in a report whose other
// tables are TAB tables.
func linenoDoc(caption string, listing ...string) []string {
	out := []string{"Tabel 3.1 Pengukuran Kinerja", "", "No\tIndikator\tTarget\tRealisasi",
		"1\tPersentase laporan tepat waktu\t100\t100", "", caption, ""}
	out = append(out, listing...)
	return append(out, "", "Sumber: Subbagian Keuangan, Umum dan Logistik.", "")
}

// TestLinenoClass: a table printed behind a tool's line numbers (an EDLIN
// session replayed with its edits, grep -n, cat -n, less -N) reaches the
// ordinary readers without the numbers; listings of code or config, an
// aborted edit and numbered prose give nothing.
func TestLinenoClass(t *testing.T) {
	const capA = "Tabel 3.3 Realisasi Anggaran Tahun 2024"
	// EDLIN: a listing whose line 3 is wrong, then edited; the file is saved (E)
	edlin := linenoDoc(capA, `A:\>edlin anggaran.txt`, "End of input file", "*L",
		"      1:*KODE       URAIAN                                 PAGU      REALISASI         SISA",
		"      2: 076.01.WA  Program Dukungan Manajemen    1.500.000.000  1.400.000.000  100.000.000",
		"      3: 3355       Pengelolaan Keuangan            600.000.000    550.000.000   50.000.000",
		"      4: 3360       Operasional Perkantoran         900.000.000    840.000.000   60.000.000",
		"      5:            TOTAL                         1.500.000.000  1.400.000.000  100.000.000",
		"*3",
		"      3:*3355       Pengelolaan Keuangan            600.000.000    550.000.000   50.000.000",
		"      3:*3355       Pengelolaan Keuangan            600.000.000    560.000.000   40.000.000",
		"*E", `A:\>`)
	wantEdlin := []string{"076.01.WA|program||2024|1500000000|1400000000|100000000",
		"3355|kegiatan|076.01.WA|2024|600000000|560000000|40000000", "3360|kegiatan|076.01.WA|2024|900000000|840000000|60000000",
		"TOTAL|total||2024|1500000000|1400000000|100000000"}
	// the same edits, then quit without saving: the file holds the old line, left as written
	aborted := append([]string(nil), edlin...)
	for i, l := range aborted {
		if l == "*E" {
			aborted[i] = "*Q"
		}
	}
	// grep -n over two files: the file's name before the number, context lines, a separator
	grep := linenoDoc("Tabel 3.3 Realisasi Anggaran per Program Tahun 2024",
		"$ grep -n -A1 -E '^(Kode|076|[0-9]{4};)' keu/real.csv keu/real.csv",
		"keu/real.csv:4:Kode;Uraian;Pagu;Realisasi;Sisa",
		"keu/real.csv:6:076.01.CQ;Program Penyelenggaraan Pemilu;2.000.000.000;1.900.000.000;100.000.000",
		"keu/real.csv-7-6640;Pemutakhiran Data Pemilih;1.200.000.000;1.150.000.000;50.000.000",
		"--",
		"keu/real.csv:9:6709;Sosialisasi dan Partisipasi;800.000.000;750.000.000;50.000.000", "$")
	wantGrep := []string{"076.01.CQ|program||2024|2000000000|1900000000|100000000",
		"6640|kegiatan|076.01.CQ|2024|1200000000|1150000000|50000000", "6709|kegiatan|076.01.CQ|2024|800000000|750000000|50000000"}
	// cat -n over a DPT export, the DPT family
	cat := linenoDoc("Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
		"$ cat -n dpt_2024.txt",
		"     1\tKecamatan;TPS;L;P;L+P", "     2\tALOK;60;7.210;7.305;14.515", "     3\tNITA;41;4.120;4.033;8.153",
		"     4\tJumlah;101;11.330;11.338;22.668")
	wantCat := []string{"pemilu|2024|kecamatan|ALOK|<nil>|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|<nil>|41|4120|4033|8153",
		"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|101|11330|11338|22668"}
	// look-alike: grep -n over Go source
	goSrc := linenoDoc(capA, "$ grep -n 'pagu' etl/anggaran.go",
		"12:\tpagu := 1500000000 // 076.01.WA", "14:\trealisasi := 1400000000", "15:\tsisa := pagu - realisasi")
	// look-alike: an EDLIN session editing AUTOEXEC.BAT
	autoexec := linenoDoc(capA, `C:\>EDLIN AUTOEXEC.BAT`, "End of input file", "*1,4L",
		"      1:*@ECHO OFF", "      2: PATH C:\\DOS;C:\\KEU  2024", "      3: SET TEMP=C:\\TEMP  600", "      4: KEYB US,437  900",
		"*2", "      2:*PATH C:\\DOS;C:\\KEU  2024", "      2:*PATH C:\\DOS;C:\\KEU;C:\\UTIL  2024", "*E")
	// look-alike: a numbered list of meeting decisions with figures, no tool
	decisions := linenoDoc(capA, "Keputusan rapat pleno:",
		"1: pagu 076.01.WA sebesar 1.500.000.000 disetujui", "2: realisasi 1.400.000.000 dilaporkan", "3: sisa 100.000.000 dikembalikan")
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"EDLIN listing, line 3 edited, saved", edlin, map[string][]string{"anggaran": wantEdlin}},
		{"EDLIN edits then quit: left as written", aborted, map[string][]string{"anggaran": nil}},
		{"grep -n over files, context lines", grep, map[string][]string{"anggaran": wantGrep}},
		{"grep -n over Go source", goSrc, map[string][]string{"anggaran": nil}},
		{"EDLIN on AUTOEXEC.BAT", autoexec, map[string][]string{"anggaran": nil}},
		{"numbered decisions", decisions, map[string][]string{"anggaran": nil}},
	})
	// less -N over an aligned DPT print, the numbers right-aligned, the election a pilkada
	less := linenoDoc("Tabel 4 DPT Pilkada 2020 menurut Kecamatan",
		"kpu@arsip:~$ less -N dpt_2020.txt",
		"      1 KECAMATAN      DESA    TPS        L        P    TOTAL",
		"      2 GOLEWA           14     30    3.210    3.305    6.515",
		"      3 BAJAWA            9     22    2.000    2.100    4.100",
		"(END)")
	wantLess := []string{"pilkada|2020|kecamatan|GOLEWA|14|30|3210|3305|6515", "pilkada|2020|kecamatan|BAJAWA|9|22|2000|2100|4100"}
	checkDocs(t, []string{"dpt"}, []docCase{
		{"cat -n over a DPT export", cat, map[string][]string{"dpt": wantCat}},
		{"less -N over an aligned print", less, map[string][]string{"dpt": wantLess}},
		{"grep -n over Go source", goSrc, map[string][]string{"dpt": nil}},
	})
}
