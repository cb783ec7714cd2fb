package parse

import (
	"fmt"
	"strings"
	"testing"
)

// asaLine sets a listing's line: the control character, then code, name
// and the figures right-aligned in fixed columns, as a line printer's
// report program writes them.
func asaLine(ctl byte, code, name string, figs ...string) string {
	s := fmt.Sprintf("%c%-11s %-46s", ctl, code, name)
	for k, f := range figs {
		w := 15
		if k == len(figs)-1 {
			w = 10
		}
		s += fmt.Sprintf("%*s", w, f)
	}
	return s
}

// asaDoc sets a listing under a caption in a report whose other tables
// are TAB tables (tabs) or space-aligned ones.
func asaDoc(tabs bool, caption string, listing ...string) []string {
	out := []string{"Tabel 3.1 Pengukuran Kinerja", ""}
	if tabs {
		out = append(out, "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
			"1\tPersentase laporan keuangan yang tepat waktu\t100,00\t100,00\t100,00", "")
	}
	out = append(out, caption, "", "[Lampiran: cetakan printer baris, kendali kereta di kolom 1, diketik ulang]", "")
	out = append(out, listing...)
	return append(out, "", "Sumber: SAKTI, diolah.", "")
}

// TestASAListingClass: a line-printer listing with ASA carriage control:
// the control column dropped, overprints merged, page heads and repeated
// titles blanked; the rows then proven by the ordinary budget readers.
func TestASAListingClass(t *testing.T) {
	const cap24 = "Tabel 3.3 Realisasi Anggaran Tahun 2024"
	hdr := asaLine('0', "KODE", "URAIAN", "PAGU", "REALISASI", "SISA", "%")
	under := asaLine('+', "____", "______", "____", "_________", "____", "_")
	wa := asaLine('0', "076.01.WA", "Program Dukungan Manajemen", "800.000.000", "720.000.000", "80.000.000", "90,00")
	k57 := asaLine(' ', "3357", "Pengelolaan Perencanaan, Data dan Informasi", "500.000.000", "450.000.000", "50.000.000", "90,00")
	k58 := asaLine(' ', "3358", "Pengelolaan Sumber Daya Manusia", "300.000.000", "270.000.000", "30.000.000", "90,00")
	cq := asaLine('-', "076.01.CQ", "Program Penyelenggaraan Pemilu", "200.000.000", "150.000.000", "50.000.000", "75,00")
	k39 := asaLine(' ', "6639", "Teknis Penyelenggaraan Pemilu/Pemilihan", "200.000.000", "150.000.000", "50.000.000", "75,00")
	tot := asaLine('0', "", "JUMLAH", "1.000.000.000", "870.000.000", "130.000.000", "87,00")
	head := func(n int) string {
		return fmt.Sprintf("1KPU KABUPATEN SIKKA - LAPORAN REALISASI ANGGARAN %76s", fmt.Sprintf("HALAMAN : %d DARI 2", n))
	}
	want := []string{
		"076.01.WA|program||2024|800000000|720000000|80000000",
		"3357|kegiatan|076.01.WA|2024|500000000|450000000|50000000",
		"3358|kegiatan|076.01.WA|2024|300000000|270000000|30000000",
		"076.01.CQ|program||2024|200000000|150000000|50000000",
		"6639|kegiatan|076.01.CQ|2024|200000000|150000000|50000000",
		"TOTAL|total||2024|1000000000|870000000|130000000",
	}
	// two pages: the head and the titles again, a continuation marker, the
	// total underlined by a `\r` overprint
	twoPages := asaDoc(true, cap24, head(1), hdr, under, wa, k57, k58,
		" "+strings.Repeat(" ", 40)+"*** BERSAMBUNG KE HALAMAN BERIKUT ***",
		"", head(2), hdr, under, cq, k39, tot+"\r"+strings.Repeat(" ", 12)+"______")
	// one page, `PAGE 1` in English, the total printed bold (a `+` line of
	// its own letters) and the header bold, in a TAB-free text
	bold := asaDoc(false, cap24,
		fmt.Sprintf("1%-90s%s", "SIKKA  BUDGET REALIZATION LISTING  FY2024", "PAGE    1"),
		hdr, "+"+hdr[1:], wa, k57, k58, cq, k39, tot, "+"+strings.Repeat(" ", 12)+"JUMLAH")
	// a PDF's text of the listing: cells parted by TABs, the single-space
	// lines' blank lost, the underline a `+` line of underscores
	pdf := asaDoc(true, cap24,
		"1KPU KABUPATEN SIKKA - LAPORAN REALISASI ANGGARAN\tHAL 1",
		"0KODE URAIAN\tPAGU\tREALISASI\tSISA\t%", "+____ ______\t____\t_________\t____\t_",
		"0076.01.WA Program Dukungan Manajemen\t800.000.000\t720.000.000\t80.000.000\t90,00",
		"3357 Pengelolaan Perencanaan, Data dan Informasi\t500.000.000\t450.000.000\t50.000.000\t90,00",
		"3358 Pengelolaan Sumber Daya Manusia\t300.000.000\t270.000.000\t30.000.000\t90,00",
		"-076.01.CQ Program Penyelenggaraan Pemilu\t200.000.000\t150.000.000\t50.000.000\t75,00",
		"6639 Teknis Penyelenggaraan Pemilu/Pemilihan\t200.000.000\t150.000.000\t50.000.000\t75,00",
		"0 JUMLAH\t1.000.000.000\t870.000.000\t130.000.000\t87,00")
	// two pages in a TAB-free text, other titles (ANGGARAN, SERAPAN), a
	// page-number footer and a triple space before the head of page 2
	hdr2 := asaLine('0', "KODE", "PROGRAM/KEGIATAN", "ANGGARAN", "REALISASI", "SISA", "SERAPAN")
	foot := func(n int) string { return fmt.Sprintf("-%60s", fmt.Sprintf("- %d -", n)) }
	pages := asaDoc(false, cap24,
		fmt.Sprintf("1%-96s%s", "KPU KAB. SIKKA  REALISASI DIPA TA 2024", "HAL. 1"), hdr2, wa, k57, k58, foot(1),
		fmt.Sprintf("1%-96s%s", "KPU KAB. SIKKA  REALISASI DIPA TA 2024", "HAL. 2"), hdr2, cq, k39, tot, foot(2))
	// a PDF's `0` before a digit: a control or the code's own? left alone
	ambiguous := asaDoc(true, cap24,
		"1KPU KABUPATEN SIKKA - LAPORAN REALISASI ANGGARAN\tHAL 1",
		"0KODE URAIAN\tPAGU\tREALISASI\tSISA\t%",
		"03357 Pengelolaan Perencanaan\t500.000.000\t450.000.000\t50.000.000\t90,00",
		"03358 Pengelolaan Sumber Daya Manusia\t300.000.000\t270.000.000\t30.000.000\t90,00",
		"0 JUMLAH\t800.000.000\t720.000.000\t80.000.000\t90,00")
	// look-alike: a printed payroll listing
	payroll := asaDoc(true, "Tabel 2.4 Daftar Gaji Pegawai Desember 2024",
		fmt.Sprintf("1%-90s%s", "SEKRETARIAT KPU KAB. SIKKA - DAFTAR GAJI INDUK BULAN DESEMBER 2024", "HAL 1"),
		fmt.Sprintf("0%-22s %-20s %14s %14s %14s %14s", "NIP", "NAMA", "GAJI POKOK", "TUNJANGAN", "POTONGAN", "BERSIH"),
		fmt.Sprintf("+%-22s %-20s %14s %14s %14s %14s", "___", "____", "__________", "_________", "________", "______"),
		fmt.Sprintf(" %-22s %-20s %14s %14s %14s %14s", "198001012005011001", "ANDREAS DA CUNHA", "4.189.900", "1.260.000", "419.000", "5.030.900"),
		fmt.Sprintf(" %-22s %-20s %14s %14s %14s %14s", "198505122010012002", "MARIA GORETI", "3.548.000", "980.000", "355.000", "4.173.000"),
		fmt.Sprintf("0%-22s %-20s %14s %14s %14s %14s", "", "JUMLAH", "7.737.900", "2.240.000", "774.000", "9.203.900"))
	// look-alike: a printed stock listing of the logistics warehouse
	stock := asaDoc(false, "Tabel 2.5 Persediaan Barang Logistik",
		fmt.Sprintf("1%-80s%s", "GUDANG LOGISTIK KPU SIKKA - DAFTAR PERSEDIAAN", "PAGE 1"),
		fmt.Sprintf("0%-10s %-30s %12s %12s %12s %12s", "KODE", "NAMA BARANG", "SALDO AWAL", "MASUK", "KELUAR", "SALDO AKHIR"),
		fmt.Sprintf(" %-10s %-30s %12s %12s %12s %12s", "1010301", "Kotak suara", "1.250", "3.100", "2.980", "1.370"),
		fmt.Sprintf(" %-10s %-30s %12s %12s %12s %12s", "1010302", "Bilik suara", "2.400", "1.000", "2.950", "450"),
		fmt.Sprintf("0%-10s %-30s %12s %12s %12s %12s", "", "JUMLAH", "3.650", "4.100", "5.930", "1.820"))
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"two pages, heads and titles again, continuation marker, \\r underline", twoPages, map[string][]string{"anggaran": want}},
		{"one page, PAGE n, bold overprints, TAB-free text", bold, map[string][]string{"anggaran": want}},
		{"a PDF's text: TAB cells, single-space blanks lost", pdf, map[string][]string{"anggaran": want}},
		{"two pages in a TAB-free text, page-number footers", pages, map[string][]string{"anggaran": want}},
		{"a PDF's 0 before a digit", ambiguous, map[string][]string{"anggaran": nil}},
		{"a printed payroll listing", payroll, map[string][]string{"anggaran": nil}},
		{"a printed stock listing", stock, map[string][]string{"anggaran": nil}},
	})
}

// TestASAListingLookAlikes: ordinary texts whose lines open with `1`, `0`
// or a blank are never touched: numbered rows, a table of contents, an
// indented paragraph under a numbered line ending in a page number.
func TestASAListingLookAlikes(t *testing.T) {
	for name, body := range map[string]string{
		"numbered rows": "No  Indikator                          Target   Realisasi   Capaian\n" +
			"1   Persentase laporan tepat waktu    100,00      100,00    100,00\n" +
			"2   Persentase pemilih terdaftar       98,00       98,50    100,51\n",
		"numbered TAB rows": "1\tPersentase kesesuaian kompetensi\t80,00\t84,16\t105,20\n0\tJumlah\t1.000.000\t900.000\t100.000\n",
		"table of contents": "1 BAB I PENDAHULUAN                                   HAL 1\n" +
			"2 BAB II PERENCANAAN KINERJA                          HAL 5\n",
		"indented paragraph": "1 Realisasi anggaran tahun 2024 dijelaskan pada halaman 12\n" +
			"  dengan pagu 1.000.000.000 dan realisasi 870.000.000 rupiah,\n" +
			"  sisa 130.000.000 rupiah atau serapan 87,00 persen.\n",
	} {
		in := []byte(body)
		if got := asaListings(nil, in); string(got) != body {
			t.Errorf("%s: changed:\n%s", name, got)
		}
	}
}
