package parse

import "testing"

// TestSakipCardTabbedRowsClass: a component table whose value cells carry the
// score's share of the weight in parentheses ("20,00 (66,67%)" beside a
// Bobot of 30,00) is read by the table's reader, its rows never taken for
// a score card's "score (weight)" pairs; a card typed with its pairs after
// the names (tabbed or dotted) still is one (sakip_score_card.go
// figureAfterName).
func TestSakipCardTabbedRowsClass(t *testing.T) {
	doc := func(head string, rows ...string) []string {
		// the note's "100 (" opens the score cards' gate, as a band
		// sentence ("lebih dari 100%") does in a report
		out := []string{"Nilai maksimum adalah 100 (seratus).", "", "Tabel 3.2 Nilai Evaluasi AKIP Tahun 2020 per Komponen", "", head}
		return append(append(out, rows...), "")
	}
	rows := []string{"1\tPerencanaan Kinerja\t30,00\t20,00 (66,67%)", "2\tPengukuran Kinerja\t30,00\t21,45 (71,50%)",
		"3\tPelaporan Kinerja\t15,00\t10,90 (72,67%)", "4\tEvaluasi Akuntabilitas Kinerja Internal\t25,00\t16,08 (64,32%)",
		"\tNilai Akhir\t100,00\t68,43 (68,43%)"}
	tests := []struct {
		name  string
		body  []string
		sakip []string
		komp  []string
	}{{
		name:  "the share of each weight",
		body:  doc("No\tKomponen\tBobot\tNilai (% dari Bobot)", rows...),
		sakip: []string{"2020|68.43|B"},
		komp:  []string{"2020|perencanaan|30|20", "2020|pengukuran|30|21.45", "2020|pelaporan|15|10.9", "2020|evaluasi_internal|25|16.08"},
	}, {
		name: "a score card, its pairs tabbed after the names",
		body: []string{"Nilai Evaluasi AKIP Tahun 2020", "",
			"Perencanaan Kinerja\t20,00 (30)", "Pengukuran Kinerja\t21,45 (30)", "Pelaporan Kinerja\t10,90 (15)",
			"Evaluasi Akuntabilitas Kinerja Internal\t16,08 (25)", "Jumlah\t68,43 (100)", ""},
		sakip: []string{"2020|68.43|B"},
		komp:  []string{"2020|perencanaan|30|20", "2020|pengukuran|30|21.45", "2020|pelaporan|15|10.9", "2020|evaluasi_internal|25|16.08"},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantSakip(t, parseDoc(t, tc.name, tc.body...), tc.sakip, tc.komp)
		})
	}
}
