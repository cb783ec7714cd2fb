package parse

import (
	"strings"
	"testing"
)

// Budget lines as a script's indexed assignments (anggaran_records_assign.go):
// REXX stems, BASIC arrays, PHP/JS/awk subscripts, bash arrays; the total
// under another name; look-alikes that fill arrays of other things.
func TestAssignRecordsClass(t *testing.T) {
	cap := "Tabel 3.3 Realisasi Anggaran Tahun 2023"
	want := []string{
		"076.01.WA|program||2023|1800000000|1710000000|90000000",
		"3355|kegiatan|076.01.WA|2023|1000000000|960000000|40000000",
		"3360|kegiatan|076.01.WA|2023|800000000|750000000|50000000",
		"076.01.CQ|program||2023|600000000|540000000|60000000",
		"6640|kegiatan|076.01.CQ|2023|600000000|540000000|60000000",
		"TOTAL|total||2023|2400000000|2250000000|150000000",
	}
	// REXX: another stem, one statement a line for some records and three
	// for others, the fields in another order, the total first as jumlah.
	rexx := []string{cap, "", "/* REXX RKA2023.REX */", "rka. = ''", "rka.0 = 5",
		"jumlah.nama = 'JUMLAH'; jumlah.pagu = 2400000000; jumlah.realisasi = 2250000000",
		"rka.1.pagu = 1800000000; rka.1.kd = '076.01.WA'; rka.1.nama = 'Program Dukungan Manajemen'",
		"rka.1.realisasi = 1710000000; rka.1.sisa = 90000000",
		"rka.2.kd = '3355'", "rka.2.parent = '076.01.WA'", "rka.2.nama = 'Pengelolaan Keuangan'",
		"rka.2.pagu = 1000000000", "rka.2.realisasi = 960000000",
		"rka.3.kd = '3360'; rka.3.parent = '076.01.WA'; rka.3.nama = 'Operasional Perkantoran'; rka.3.pagu = 800000000; rka.3.realisasi = 750000000",
		"rka.4.kd = '076.01.CQ'; rka.4.nama = 'Program Penyelenggaraan Pemilu'; rka.4.pagu = 600000000; rka.4.realisasi = 540000000",
		"rka.5.kd = '6640'; rka.5.parent = '076.01.CQ'; rka.5.nama = 'Pemutakhiran Data Pemilih'; rka.5.pagu = 600000000; rka.5.realisasi = 540000000",
		"do n = 1 to rka.0", "  say rka.n.kd rka.n.pagu", "end", "", "Sumber: SAKTI."}
	// BASIC: line numbers, LET, ':' between statements, type suffixes,
	// REM and apostrophe comments, the total as scalars TOTAL_PAGU…
	basic := []string{cap, "", "Lampiran program REKAP.BAS", "",
		"10 REM REALISASI ANGGARAN 2023",
		`20 LET KODE$(1) = "076.01.WA" : URAIAN$(1) = "Program Dukungan Manajemen" : PAGU#(1) = 1800000000.00 : REALISASI#(1) = 1710000000`,
		`30 KODE$(2) = "3355" : INDUK$(2) = "076.01.WA" : URAIAN$(2) = "Pengelolaan Keuangan" ' kegiatan`,
		`40 PAGU#(2) = 1000000000 : REALISASI#(2) = 960000000 : SISA#(2) = 40000000`,
		`50 KODE$(3) = "3360" : INDUK$(3) = "076.01.WA" : URAIAN$(3) = "Operasional Perkantoran" : PAGU#(3) = 800000000 : REALISASI#(3) = 750000000`,
		`60 KODE$(4) = "076.01.CQ" : URAIAN$(4) = "Program Penyelenggaraan Pemilu" : PAGU#(4) = 600000000 : REALISASI#(4) = 540000000`,
		`70 KODE$(5) = "6640" : INDUK$(5) = "076.01.CQ" : URAIAN$(5) = "Pemutakhiran Data Pemilih" : PAGU#(5) = 600000000 : REALISASI#(5) = 540000000`,
		`80 TOTAL_PAGU = 2400000000 : TOTAL_REALISASI = 2250000000 : TOTAL_SISA = 150000000`,
		`90 FOR I = 1 TO 5 : PRINT KODE$(I), PAGU#(I) : NEXT I`, "", "Sumber: SAKTI."}
	// PHP: $data[n]['field'] one a line, trailing ';', the serapan as the
	// proof (no sisa), the total under $jumlah['…'], comments
	php := []string{cap, "", "<?php", "// realisasi anggaran 2023 (OM-SPAN)"}
	rows := [][]string{
		{"076.01.WA", "", "Program Dukungan Manajemen", "1800000000", "1710000000", "95,00"},
		{"3355", "076.01.WA", "Pengelolaan Keuangan", "1000000000", "960000000", "96,00"},
		{"3360", "076.01.WA", "Operasional Perkantoran", "800000000", "750000000", "93,75"},
		{"076.01.CQ", "", "Program Penyelenggaraan Pemilu", "600000000", "540000000", "90,00"},
		{"6640", "076.01.CQ", "Pemutakhiran Data Pemilih", "600000000", "540000000", "90,00"},
	}
	for n, r := range rows {
		k := string(rune('1' + n))
		php = append(php, "$data["+k+"]['kode'] = '"+r[0]+"';", "$data["+k+"]['induk'] = '"+r[1]+"';",
			"$data["+k+"]['uraian'] = '"+r[2]+"';", "$data["+k+"]['pagu'] = "+r[3]+";",
			"$data["+k+"]['realisasi'] = "+r[4]+";", "$data["+k+"]['serapan'] = '"+r[5]+"';")
	}
	php = append(php, "$jumlah['pagu'] = 2400000000; $jumlah['realisasi'] = 2250000000; $jumlah['serapan'] = '93,75';",
		"foreach ($data as $d) { echo $d['kode']; }", "?>", "", "Sumber: SAKTI.")
	// bash arrays with unquoted words, awk-style subscripts kept for JS:
	// arr[n].field, the total as jumlah.
	bash := []string{cap, "", "#!/bin/bash", "declare -a kode uraian pagu realisasi"}
	js := []string{cap, "", "// anggaran.js", "const rka = [];"}
	for n, r := range rows {
		k := string(rune('1' + n))
		bash = append(bash, "kode["+k+"]="+r[0]+" uraian["+k+"]=\""+r[2]+"\"")
		if r[1] != "" {
			bash = append(bash, "induk["+k+"]="+r[1])
		}
		bash = append(bash, "pagu["+k+"]="+r[3]+"; realisasi["+k+"]="+r[4])
		js = append(js, "rka["+k+"].kode = \""+r[0]+"\"; rka["+k+"].induk = \""+r[1]+"\"; rka["+k+"].uraian = \""+r[2]+"\";",
			"rka["+k+"].pagu = "+r[3][:len(r[3])-6]+"_"+r[3][len(r[3])-6:]+"; rka["+k+"].realisasi = "+r[4]+";")
	}
	bash = append(bash, "total_pagu=2400000000; total_realisasi=2250000000", `echo "${pagu[@]}"`, "", "Sumber: SAKTI.")
	js = append(js, "jumlah.pagu = 2400000000; jumlah.realisasi = 2250000000;", "console.log(rka);", "", "Sumber: SAKTI.")
	// bash: two assignments on a line parted by ';'
	for k, l := range bash {
		bash[k] = strings.Replace(l, " uraian[", "; uraian[", 1)
	}

	// look-alikes: a REXX price list, a BASIC score table, a bash script of
	// server ports; a budget whose sisa disagrees; a record with a figure
	// under a name the reader does not know
	prices := []string{"Lampiran: skrip harga toko koperasi", "", "/* REXX HARGA.REX */",
		"brg.1.nama = 'Kopi Bajawa'; brg.1.harga = 85000; brg.1.stok = 40",
		"brg.2.nama = 'Tenun Ikat'; brg.2.harga = 1250000; brg.2.stok = 3",
		"tot.harga = 1335000", "do i = 1 to 2; say brg.i.nama; end"}
	scores := []string{"Lampiran: program nilai ujian", "",
		`10 NAMA$(1) = "Ani" : SKOR(1) = 87 : KELAS$(1) = "3355"`,
		`20 NAMA$(2) = "Budi" : SKOR(2) = 91 : KELAS$(2) = "3360"`,
		`30 TOTAL_SKOR = 178`, `40 PRINT TOTAL_SKOR`}
	ports := []string{"Lampiran: skrip deploy server", "", "#!/bin/bash",
		`host[1]="web01"; port[1]=8080; kode[1]=3355`, `host[2]="db01"; port[2]=5432; kode[2]=3360`,
		`for i in 1 2; do echo ${host[$i]}; done`}
	badSisa := append([]string(nil), rexx...)
	for k, l := range badSisa {
		badSisa[k] = strings.Replace(l, "rka.1.sisa = 90000000", "rka.1.sisa = 95000000", 1)
	}
	unknown := append([]string(nil), rexx...)
	for k, l := range unknown {
		unknown[k] = strings.Replace(l, "rka.2.realisasi = 960000000", "rka.2.blokir = 960000000", 1)
	}

	checkDocs(t, []string{"anggaran"}, []docCase{
		{"REXX stems, mixed statements a line, total first", rexx, map[string][]string{"anggaran": want}},
		{"BASIC arrays, line numbers, ':' statements, scalar totals", basic, map[string][]string{"anggaran": want}},
		{"PHP subscripts, serapan the proof", php, map[string][]string{"anggaran": want}},
		{"bash arrays, unquoted words", bash, map[string][]string{"anggaran": want}},
		{"JS arr[n].field, numeric separators", js, map[string][]string{"anggaran": want}},
		{"REXX price list: no budget", prices, map[string][]string{"anggaran": nil}},
		{"BASIC scores: no budget", scores, map[string][]string{"anggaran": nil}},
		{"bash server ports: no budget", ports, map[string][]string{"anggaran": nil}},
		{"sisa disagrees: nothing", badSisa, map[string][]string{"anggaran": nil}},
		{"unknown figure field: nothing", unknown, map[string][]string{"anggaran": nil}},
	})
}
