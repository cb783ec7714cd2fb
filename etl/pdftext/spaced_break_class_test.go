package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// TestSpacedPageBreak: a typist's table broken by a page, its header
// line typed again on the new page, reads on both pages as a table, the
// header a row of cells again, even over a last row alone.
func TestSpacedPageBreak(t *testing.T) {
	lines := typist(1, [][]string{
		{"No", "Desa/Kelurahan", "TPS", "Laki-laki", "Perempuan", "Jumlah"},
		{"1", "WAIWERANG KOTA", "12", "2.114", "2.250", "4.364"},
		{"2", "LEWOLERE", "4", "611", "640", "1.251"},
		{"3", "SARABIAMA", "5", "803", "829", "1.632"},
		{"4", "PUUKENDA", "3", "402", "437", "839"},
		{"5", "RIANGKEMIE", "6", "955", "981", "1.936"},
	}, 2, 34)
	page := func(y float64, ls []string) string {
		var b strings.Builder
		for _, s := range ls {
			fmt.Fprintf(&b, "BT /F1 8 Tf 56 %.1f Td (%s) Tj ET\n", y, pdfEscape(s))
			y -= 10.4
		}
		return b.String()
	}
	first := "BT /F1 10 Tf 56 300 Td (Tabel 3.4 Rekapitulasi DPT per desa) Tj ET\n" + page(280, lines[:4]) +
		"BT /F1 8 Tf 290 40 Td (- 7 -) Tj ET\n"
	second := page(790, append([]string{lines[0]}, lines[4:]...)) +
		"BT /F1 10 Tf 56 700 Td (Sumber: rekapitulasi PPK.) Tj ET\n"
	res, err := newTestConverter(t).Convert(t.Context(), sheetsPDF(595, 842, first, second), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range strings.Split(string(res.Text), "\n") {
		if strings.Contains(l, "\t") {
			got = append(got, l)
		}
	}
	head := "No\tDesa/Kelurahan\tTPS\tLaki-laki\tPerempuan\tJumlah"
	wantLines(t, got, []string{
		head,
		"1\tWAIWERANG KOTA\t12\t2.114\t2.250\t4.364",
		"2\tLEWOLERE\t4\t611\t640\t1.251",
		"3\tSARABIAMA\t5\t803\t829\t1.632",
		head,
		"4\tPUUKENDA\t3\t402\t437\t839",
		"5\tRIANGKEMIE\t6\t955\t981\t1.936",
	})
}
