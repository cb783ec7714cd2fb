package parse

import (
	"strings"
	"testing"
)

// Budget lines as a browser/test automation script filling or checking the
// finance form (anggaran_records_uiauto.go): iMacros TAG … ATTR=NAME:f
// CONTENT=v cut at the submit, Robot Framework test cases (title the code,
// `Keyword    locator    value` the fields); look-alikes testing a login
// page and filling a shop's order form, and a budget that does not add up.
func TestUiautoRecordsClass(t *testing.T) {
	cap := "Tabel 3.3 Realisasi Anggaran Tahun 2023"
	want := []string{
		"076.01.WA|program||2023|1800000000|1710000000|90000000",
		"3355|kegiatan|076.01.WA|2023|1000000000|960000000|40000000",
		"3360|kegiatan|076.01.WA|2023|800000000|750000000|50000000",
		"076.01.CQ|program||2023|600000000|540000000|60000000",
		"6640|kegiatan|076.01.CQ|2023|600000000|540000000|60000000",
		"TOTAL|total||2023|2400000000|2250000000|150000000",
	}
	rows := [][]string{ // kode, uraian, pagu, realisasi, sisa, serapan, pagu dotted, realisasi dotted, sisa dotted
		{"076.01.WA", "Program Dukungan Manajemen", "1800000000", "1710000000", "90000000", "95,00", "1.800.000.000", "1.710.000.000", "90.000.000"},
		{"3355", "Pengelolaan Keuangan", "1000000000", "960000000", "40000000", "96,00", "1.000.000.000", "960.000.000", "40.000.000"},
		{"3360", "Operasional Perkantoran", "800000000", "750000000", "50000000", "93,75", "800.000.000", "750.000.000", "50.000.000"},
		{"076.01.CQ", "Program Penyelenggaraan Pemilu", "600000000", "540000000", "60000000", "90,00", "600.000.000", "540.000.000", "60.000.000"},
		{"6640", "Pemutakhiran Data Pemilih", "600000000", "540000000", "60000000", "90,00", "600.000.000", "540.000.000", "60.000.000"},
	}
	// iMacros: ATTR=ID:, quoted CONTENT, a comment, the total first with
	// the code JUMLAH, the percent the proof (no sisa), a button submit
	imm := []string{cap, "", "' isi_anggaran.iim", "VERSION BUILD=8970419", "URL GOTO=https://sakti.lokal/form",
		`TAG POS=1 TYPE=INPUT:TEXT FORM=ID:f1 ATTR=ID:kode CONTENT=JUMLAH`,
		`TAG POS=1 TYPE=INPUT:TEXT FORM=ID:f1 ATTR=ID:pagu CONTENT=2400000000`,
		`TAG POS=1 TYPE=INPUT:TEXT FORM=ID:f1 ATTR=ID:realisasi CONTENT=2250000000`,
		`TAG POS=1 TYPE=BUTTON:SUBMIT FORM=ID:f1 ATTR=TXT:Kirim`}
	for _, r := range rows {
		imm = append(imm, `TAG POS=1 TYPE=INPUT:TEXT FORM=ID:f1 ATTR=ID:kode CONTENT=`+r[0],
			`TAG POS=1 TYPE=TEXTAREA FORM=ID:f1 ATTR=ID:uraian CONTENT="`+r[1]+`"`,
			`TAG POS=1 TYPE=INPUT:TEXT FORM=ID:f1 ATTR=ID:realisasi CONTENT=`+r[3],
			`TAG POS=1 TYPE=INPUT:TEXT FORM=ID:f1 ATTR=ID:pagu CONTENT=`+r[2],
			`TAG POS=1 TYPE=INPUT:TEXT FORM=ID:f1 ATTR=ID:serapan CONTENT=`+strings.Replace(r[5], ",", ".", 1),
			`TAG POS=1 TYPE=BUTTON:SUBMIT FORM=ID:f1 ATTR=TXT:Kirim`, "WAIT SECONDS=2")
	}
	imm = append(imm, "", "Sumber: SAKTI.")
	// Robot Framework: Input Text with name:/css:#, tabs in one case,
	// dotted figures, the total last titled JUMLAH
	robot := []string{cap, "", "*** Settings ***", "Library    SeleniumLibrary", "", "*** Test Cases ***"}
	for k, r := range rows {
		sep := "    "
		if k == 2 {
			sep = "\t"
		}
		robot = append(robot, "Isi "+r[0]+" "+r[1], "    Open Row"+sep+r[0],
			"    Input Text"+sep+"name:pagu"+sep+r[6], "    Input Text"+sep+"css:#realisasi"+sep+r[7],
			"    Element Text Should Be"+sep+"id=sisa"+sep+r[8], "    Click Button    Simpan", "")
	}
	robot = append(robot, "Isi JUMLAH Seluruh Program", "    Element Text Should Be    xpath=//span[@id='pagu']    2.400.000.000",
		"    Element Text Should Be    id:realisasi    2.250.000.000", "", "*** Keywords ***", "Open Row", "    [Arguments]    ${k}",
		"    Click Element    id:row-${k}", "", "Sumber: SAKTI.")

	// look-alikes: a Robot suite testing a login page, an iMacros macro
	// filling a shop's order form; a budget whose sisa disagrees
	login := []string{"Lampiran: uji halaman masuk", "", "*** Test Cases ***", "Valid Login 3355",
		"    Input Text    id:username    demo", "    Input Text    id:password    3355", "    Click Button    Login", "",
		"Invalid Login 3360", "    Input Text    id:username    demo", "    Input Text    id:password    salah", ""}
	shop := []string{"Lampiran: makro pesanan toko", "", "VERSION BUILD=10021450"}
	for _, x := range [][]string{{"3355", "Kopi<SP>Bajawa", "85000", "2"}, {"3360", "Tenun<SP>Ikat", "1250000", "1"}} {
		shop = append(shop, "TAG POS=1 TYPE=INPUT:TEXT ATTR=NAME:kode CONTENT="+x[0], "TAG POS=1 TYPE=INPUT:TEXT ATTR=NAME:nama CONTENT="+x[1],
			"TAG POS=1 TYPE=INPUT:TEXT ATTR=NAME:harga CONTENT="+x[2], "TAG POS=1 TYPE=INPUT:TEXT ATTR=NAME:jumlah CONTENT="+x[3],
			"TAG POS=1 TYPE=INPUT:SUBMIT ATTR=VALUE:Pesan")
	}
	badSisa := append([]string(nil), robot...)
	for k, l := range badSisa {
		badSisa[k] = strings.Replace(l, "id=sisa    40.000.000", "id=sisa    45.000.000", 1)
	}

	checkDocs(t, []string{"anggaran"}, []docCase{
		{"iMacros ATTR=ID, quoted, total first, percent", imm, map[string][]string{"anggaran": want}},
		{"Robot Framework Input Text / Element Text Should Be", robot, map[string][]string{"anggaran": want}},
		{"Robot login page: no budget", login, map[string][]string{"anggaran": nil}},
		{"iMacros shop order: no budget", shop, map[string][]string{"anggaran": nil}},
		{"sisa disagrees: nothing", badSisa, map[string][]string{"anggaran": nil}},
	})
}
