package parse

import (
	"fmt"
	"strings"
	"testing"
)

// mailBudgetRows is a made-up rekap in fixed columns: two programs, their
// kegiatan (two names wrapped onto a continuation line), the TOTAL row with
// an empty code. head is the header (one line or two).
func mailBudgetRows(head ...string) []string {
	row := func(code, name, p, r, s, pc string) string {
		return fmt.Sprintf("%-10s %-34s %15s %15s %13s %8s", code, name, p, r, s, pc)
	}
	cont := func(name string) string { return fmt.Sprintf("%-10s %s", "", name) }
	rule := strings.Repeat("-", 99)
	out := append([]string{}, head...)
	return append(out, rule,
		row("076.01.WA", "Program Dukungan Manajemen", "2.500.000.000", "2.450.000.000", "50.000.000", "98,00"),
		row("3355", "Pengelolaan Keuangan dan Barang", "1.500.000.000", "1.470.000.000", "30.000.000", "98,00"),
		cont("Milik Negara"),
		row("3360", "Operasional Perkantoran", "1.000.000.000", "980.000.000", "20.000.000", "98,00"),
		row("076.01.CQ", "Program Penyelenggaraan Pemilu", "600.000.000", "570.000.000", "30.000.000", "95,00"),
		cont("dalam Proses Konsolidasi Demokrasi"),
		row("6640", "Pemutakhiran Data Pemilih", "400.000.000", "380.000.000", "20.000.000", "95,00"),
		row("6709", "Sosialisasi dan Partisipasi", "200.000.000", "190.000.000", "10.000.000", "95,00"),
		row("", "JUMLAH", "3.100.000.000", "3.020.000.000", "80.000.000", "97,42"),
		rule)
}

func mailHead(words ...string) string {
	return fmt.Sprintf("%-10s %-34s %15s %15s %13s %8s", words[0], words[1], words[2], words[3], words[4], words[5])
}

// quoteLines prefixes every line with the quote marks q ("> ", ">", "> > ").
func quoteLines(q string, lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		if l == "" {
			out[i] = strings.TrimRight(q, " ")
		} else {
			out[i] = q + l
		}
	}
	return out
}

// mailDoc is a report whose budget stands in a mail thread printed from the
// webmail; a TAB table elsewhere (tabs) makes it a TAB report.
func mailDoc(tabs bool, thread ...[]string) []string {
	out := []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
		"Gmail - Fwd: Rekap realisasi anggaran 2024                              Kam, 9 Jan 2025",
		"Subbag Program KPU Sikka <program.kpusikka@example.go.id>", ""}
	for _, t := range thread {
		out = append(out, t...)
	}
	out = append(out, "", "Demikian rekap anggaran disampaikan.", "")
	if tabs {
		out = append(out, "Tabel 3.4 Komponen Evaluasi", "Komponen\tBobot\tNilai", "Perencanaan Kinerja\t30,00\t20,10", "Pengukuran Kinerja\t30,00\t18,00", "")
	}
	return out
}

var mailReply = []string{
	"---------- Forwarded message ---------",
	"From: Bendahara KPU Sikka <bendahara.kpusikka@example.go.id>",
	"Date: Rab, 8 Jan 2025 pukul 09.12",
	"Subject: Re: Rekap realisasi anggaran 2024",
	"",
	"Rekap di bawah sudah final setelah rekonsiliasi, silakan dipakai.",
	"",
	"On Tue, 31 Dec 2024 at 15:40 Bendahara KPU Sikka <bendahara.kpusikka@example.go.id> wrote:",
	"",
}

func mailMessage(table []string) []string {
	out := []string{"Selamat sore Bapak dan Ibu,", "", "Berikut kami kirimkan rekap realisasi anggaran per program dan kegiatan.", ""}
	out = append(out, table...)
	return append(out, "", "Salam,", "Bendahara Pengeluaran", "--", "Bendahara KPU Sikka")
}

var mailWant = map[string][]string{"anggaran": {
	"076.01.WA|program||2024|2500000000|2450000000|50000000",
	"3355|kegiatan|076.01.WA|2024|1500000000|1470000000|30000000",
	"3360|kegiatan|076.01.WA|2024|1000000000|980000000|20000000",
	"076.01.CQ|program||2024|600000000|570000000|30000000",
	"6640|kegiatan|076.01.CQ|2024|400000000|380000000|20000000",
	"6709|kegiatan|076.01.CQ|2024|200000000|190000000|10000000",
	"TOTAL|total||2024|3100000000|3020000000|80000000",
}}

// TestMailQuotedBudget: the budget table quoted in an e-mail reply, in fixed
// columns under a dashed rule, read by its columns and the budget arithmetic
// whatever the quote marks; look-alikes give no rows.
func TestMailQuotedBudget(t *testing.T) {
	head := mailHead("Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%")
	other := mailHead("Kode", "Program/Kegiatan", "Anggaran", "Realisasi", "Sisa Dana", "Serapan")
	twoTop := mailHead("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "%")
	twoLow := mailHead("", "", "(Rp)", "(Rp)", "(Rp)", "")
	quoted := func(q string, table []string) []string { return quoteLines(q, mailMessage(table)) }
	// the PDF layer's rendering: the table already TAB rows, a wrapped line's mark glued to the code
	pdfRows := []string{
		"> Selamat sore Bapak dan Ibu,", ">",
		"> Berikut kami kirimkan rekap realisasi anggaran per program dan kegiatan.", ">",
		"> Kode\tUraian\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)\t%",
		"> " + strings.Repeat("-", 80),
		"> 076.01.WA\tProgram Dukungan Manajemen\t2.500.000.000\t2.450.000.000\t50.000.000\t98,00",
		"> 3355 >\tPengelolaan Keuangan dan Barang Milik Negara\t1.500.000.000\t1.470.000.000\t30.000.000\t98,00",
		"> 3360\tOperasional Perkantoran\t1.000.000.000\t980.000.000\t20.000.000\t98,00",
		"> 076.01.CQ >\tProgram Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi\t600.000.000\t570.000.000\t30.000.000\t95,00",
		"> 6640\tPemutakhiran Data Pemilih\t400.000.000\t380.000.000\t20.000.000\t95,00",
		"> 6709\tSosialisasi dan Partisipasi\t200.000.000\t190.000.000\t10.000.000\t95,00",
		">\tJUMLAH\t3.100.000.000\t3.020.000.000\t80.000.000\t97,42",
		"> " + strings.Repeat("-", 80), ">", "> Salam,", "> Bendahara Pengeluaran",
	}
	// the quote depth changes inside the table: the rows after the change are another message's
	split := mailMessage(mailBudgetRows(head))
	depth := append(quoteLines("> ", split[:9]), quoteLines("> > ", split[9:])...)
	prose := quoteLines("> ", []string{"Selamat sore Bapak dan Ibu,", "",
		"Pagu kita tahun ini 3.100.000.000 dan realisasi sampai hari ini 3.020.000.000,",
		"sisa 80.000.000 akan dikembalikan ke kas negara pada akhir tahun anggaran 2024.", "", "Salam,"})
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"quoted '> ' under 'wrote:', a TAB report", mailDoc(true, mailReply, quoted("> ", mailBudgetRows(head))), mailWant},
		{"nested '> > ', other header words", mailDoc(true, mailReply, quoteLines("> ", []string{"Pada Sel, 31 Des 2024 Bendahara menulis:", ""}), quoted("> > ", mailBudgetRows(other))), mailWant},
		{"'>' without a space, '>>' nested", mailDoc(true, mailReply, quoted(">>", mailBudgetRows(head))), mailWant},
		{"the header over two lines", mailDoc(true, mailReply, quoted("> ", mailBudgetRows(twoTop, twoLow))), mailWant},
		{"a TAB-free report", mailDoc(false, mailReply, quoted("> ", mailBudgetRows(head))), mailWant},
		{"the unquoted forwarded copy", mailDoc(true, mailReply[:5], mailMessage(mailBudgetRows(head))), mailWant},
		{"the PDF layer's TAB rows, marks glued to the codes", mailDoc(true, mailReply, pdfRows), mailWant},
		{"quoted prose with figures: no rows", mailDoc(true, mailReply, prose), nil},
		{"the quote depth changes mid-table: not joined", mailDoc(true, mailReply, depth), nil},
	})
}
