package parse

import (
	"fmt"
	"strings"
	"testing"
)

// fidoMsg is a FidoNet echomail reply as an editor (GoldED, timEd) shows
// it: the area, the message head, the reply's own lines around the quoted
// ones, the tearline and the origin.
func fidoMsg(area string, body ...string) []string {
	out := []string{"AREA:" + area, " Msg  : 42 of 57", " From : Kasubbag Program   2:5301/7",
		" To   : Bendahara   2:5301/7.2", " Subj : Re: rekap 2024",
		strings.Repeat("-", 60)}
	out = append(out, body...)
	return append(out, "", "--- GoldED+/LNX 1.1.5", " * Origin: BBS Nian Tana (2:5301/7)")
}

// fidoDoc sets a thread in a report; a TAB table elsewhere (tabs) makes
// it a TAB report.
func fidoDoc(caption string, tabs bool, thread []string) []string {
	out := []string{caption, "", "[Lampiran: pesan echomail diketik ulang]", ""}
	out = append(out, thread...)
	out = append(out, "", "Demikian disampaikan.", "")
	if tabs {
		out = append(out, "Tabel 9 Lain-lain", "Uraian\tJumlah\tKet", "Rapat pleno\t12\tselesai", "Bimtek\t4\tselesai", "")
	}
	return out
}

// fidoCols pads cells to the widths given, as a fixed-width table.
func fidoCols(w []int, cells ...string) string {
	var b strings.Builder
	for i, c := range cells {
		if w[i] < 0 {
			fmt.Fprintf(&b, "%-*s", -w[i], c)
		} else {
			fmt.Fprintf(&b, "%*s", w[i], c)
		}
		if i < len(cells)-1 {
			b.WriteString("  ")
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// TestQuotedFidoClass: a table behind a quote prefix — a FidoNet reply's
// initials (" BN> ", "AB>>"), an e-mail's "> " and ">>", an old
// newsreader's "| " and ": " — has the prefix
// stripped by its width, so the columns stay aligned, and the ordinary
// readers prove the rows (budget arithmetic, L + P = jumlah, capaian =
// realisasi/target, the components' sums); quoted prose with figures,
// prompts and a quoted stock list give nothing.
func TestQuotedFidoClass(t *testing.T) {
	const budgetCap = "Tabel 3.3 Realisasi Anggaran Tahun 2024"
	head := mailHead("KODE", "URAIAN", "PAGU", "REALISASI", "SISA", "%")
	budget := mailBudgetRows(head)
	budget = append(budget[:1], budget[2:len(budget)-1]...) // no rules: GoldED quotes the lines as typed

	// initials with one space before, the reply's thanks under it, a TAB report
	plain := fidoMsg("KPU.KEUANGAN", append([]string{" Bendahara menulis:", ""},
		append(quoteLines(" BN> ", budget), "", "Angka sudah dicocokkan dengan SAKTI, terima kasih.")...)...)
	// initials at the line's start, requoted ("AB>>"), a TAB-free report
	nested := fidoMsg("KPU.RENKEU", append([]string{"Pak Arnold menulis ke Bu Bendahara:", ""},
		quoteLines("AB>> ", mailBudgetRows(mailHead("Kode", "Program/Kegiatan", "Anggaran", "Realisasi", "Sisa Dana", "Serapan")))...)...)
	// quoted prose, the replier's comment, then the quoted table, a comment again
	mixed := fidoMsg("KPU.KEUANGAN", append(append(append([]string{" Bendahara menulis:", ""},
		quoteLines(" BN> ", []string{"Berikut rekap realisasi per program dan kegiatan sampai akhir tahun.", "Mohon dicek sebelum dimasukkan ke laporan kinerja."})...),
		"", "Baik Bu, sudah saya cek; rekap berikut yang dipakai:", ""),
		append(quoteLines(" BN> ", budget), "", "Terima kasih.")...)...)

	// an e-mail reply quoting a DPT table with "> "
	dw := []int{-16, 6, 5, 8, 8, 8}
	dpt := []string{
		fidoCols(dw, "KECAMATAN", "DESA", "TPS", "L", "P", "JUMLAH"),
		fidoCols(dw, "ALOK", "12", "60", "7.210", "7.305", "14.515"),
		fidoCols(dw, "NITA", "9", "41", "4.120", "4.033", "8.153"),
		fidoCols(dw, "TOTAL", "21", "101", "11.330", "11.338", "22.668")}
	mail := append([]string{"Pada Sen, 6 Jan 2025 Operator Sidalih menulis:", ""},
		quoteLines("> ", append([]string{"Rekap DPT Pemilu 2024 per kecamatan hasil pleno terbuka:", ""}, dpt...))...)
	mail = append(mail, "", "Terima kasih, kami pakai untuk Tabel 3.5.")
	wantDPT := []string{"pemilu|2024|kecamatan|ALOK|12|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|9|41|4120|4033|8153",
		"pemilu|2024|kabupaten|Kabupaten Sikka|21|101|11330|11338|22668"}

	// nested ">>" quoting a capaian table
	cw := []int{-52, 8, 10, 8}
	capaian := quoteLines(">> ", []string{"Capaian indikator kinerja utama tahun 2024 sebagai berikut:", "",
		fidoCols(cw, "Indikator Kinerja", "Target", "Realisasi", "Capaian"),
		fidoCols(cw, "Persentase laporan keuangan tepat waktu", "100", "95", "95,00"),
		fidoCols(cw, "Persentase pemilih pemula terdaftar", "70", "77", "110,00")})
	capMail := append([]string{"> Pada Sel, 7 Jan 2025 Kasubbag Program menulis:", ">"}, capaian...)
	wantCap := []string{"Persentase laporan keuangan tepat waktu|100|95|95", "Persentase pemilih pemula terdaftar|70|77|110"}

	// a FidoNet reply quoting the SAKIP components
	kw := []int{-34, 7, 7}
	sakip := fidoMsg("KPU.SAKIP", append([]string{" Evaluator menulis:", ""}, quoteLines(" EV> ", []string{
		"Hasil evaluasi SAKIP tahun 2023 per komponen sebagai berikut:", "",
		fidoCols(kw, "Komponen", "Bobot", "Nilai"),
		fidoCols(kw, "Perencanaan Kinerja", "30,00", "21,50"),
		fidoCols(kw, "Pengukuran Kinerja", "30,00", "19,80"),
		fidoCols(kw, "Pelaporan Kinerja", "15,00", "11,25"),
		fidoCols(kw, "Evaluasi Akuntabilitas Kinerja", "25,00", "15,00"),
		fidoCols(kw, "Nilai Akhir", "100,00", "67,55")})...)...)
	wantSakip := []string{"2023|perencanaan|30|21.5", "2023|pengukuran|30|19.8", "2023|pelaporan|15|11.25", "2023|evaluasi_internal|25|15"}

	// look-alikes: a quoted conversation with figures in sentences
	talk := fidoMsg("KPU.KEUANGAN", quoteLines(" BN> ", []string{"Pagu kita tahun ini 3.100.000.000 dan realisasi 3.020.000.000,",
		"sisa 80.000.000 dikembalikan ke kas negara pada akhir tahun anggaran.", "Program dukungan 2.500.000.000 realisasi 2.450.000.000."})...)
	// a shell session: PowerShell, mysql and a DOS prompt over a shop's stock
	sw := []int{-10, -26, 12, 12, 12}
	shell := []string{`PS C:\> Get-Content .\stok.txt`,
		fidoCols(sw, "KODE", "BARANG", "AWAL", "KELUAR", "SISA"),
		fidoCols(sw, "BRG-01", "Kertas HVS A4 70 gram", "1.200", "950", "250"),
		fidoCols(sw, "BRG-02", "Tinta printer hitam", "300", "180", "120"),
		fidoCols(sw, "", "JUMLAH", "1.500", "1.130", "370"),
		`PS C:\> exit`, "mysql> SELECT kode, barang FROM stok;", "mysql> SELECT COUNT(*) FROM stok;", "mysql> quit", "C>DIR /W", "C>TYPE STOK.TXT"}
	// a FidoNet-quoted stock list: a shop's goods, awal - keluar = sisa
	stock := fidoMsg("TOKO.ATK", append([]string{" Toko Kasih menulis:", ""}, quoteLines(" TK> ", []string{
		"Stok alat tulis kantor akhir bulan Desember sebagai berikut:", "",
		fidoCols(sw, "KODE", "BARANG", "AWAL", "KELUAR", "SISA"),
		fidoCols(sw, "BRG-01", "Kertas HVS A4 70 gram", "1.200.000", "950.000", "250.000"),
		fidoCols(sw, "BRG-02", "Tinta printer hitam", "300.000", "180.000", "120.000"),
		fidoCols(sw, "", "JUMLAH", "1.500.000", "1.130.000", "370.000")})...)...)
	// an old newsreader's "| " and ": " marks
	bar := append([]string{"In article <rekap-2024@kpu.example>, Bendahara writes:"}, quoteLines("| ", append([]string{"Rekap realisasi per program dan kegiatan tahun ini:", ""}, budget...))...)
	colon := append([]string{"Bendahara wrote:"}, quoteLines(": ", append([]string{"Rekap realisasi per program dan kegiatan tahun ini:", ""}, budget...))...)
	// a directory tree: '|' lines with file sizes, no quote
	tree := []string{"rekap/", "|   076.01.WA.xlsx      2.500.000   2.450.000   50.000", "|   3355.xlsx           1.500.000   1.470.000   30.000",
		"|   3360.xlsx           1.000.000     980.000   20.000", "|   total.xlsx          3.100.000   3.020.000   80.000"}
	// SQL*Plus's prompt is no writer's initials
	sqlplus := []string{"SQL> SELECT kode, uraian FROM ref_program", "SQL> WHERE tahun = 2024", "SQL> ORDER BY kode;"}

	checkDocs(t, []string{"anggaran", "dpt", "capaian", "sakip_komponen"}, []docCase{
		{"FidoNet ' BN> ', a TAB report", fidoDoc(budgetCap, true, plain), mailWant},
		{"FidoNet 'AB>> ' requoted, a TAB-free report", fidoDoc(budgetCap, false, nested), mailWant},
		{"quoted prose, comments, then the quoted table", fidoDoc(budgetCap, true, mixed), mailWant},
		{"an old newsreader's '| '", fidoDoc(budgetCap, true, bar), mailWant},
		{"': ' marks, a TAB-free report", fidoDoc(budgetCap, false, colon), mailWant},
		{"an e-mail reply quoting a DPT with '> '", fidoDoc("Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan", true, mail), map[string][]string{"dpt": wantDPT}},
		{"nested '>>' quoting a capaian table", fidoDoc("Tabel 3.1 Capaian Kinerja Tahun 2024", true, capMail), map[string][]string{"capaian": wantCap}},
		{"a FidoNet reply quoting SAKIP components", fidoDoc("Tabel 3.4 Hasil Evaluasi SAKIP", true, sakip), map[string][]string{"sakip_komponen": wantSakip}},
		{"a quoted conversation with figures", fidoDoc(budgetCap, true, talk), nil},
		{"a shell session over a stock list", fidoDoc(budgetCap, true, shell), nil},
		{"a FidoNet-quoted stock list", fidoDoc(budgetCap, true, stock), nil},
		{"a directory tree with sizes", fidoDoc(budgetCap, true, tree), nil},
		{"SQL*Plus prompts", fidoDoc(budgetCap, true, sqlplus), nil},
	})
}
