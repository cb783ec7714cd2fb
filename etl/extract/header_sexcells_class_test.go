package extract

import (
	"strings"
	"testing"
)

// TestSexCells: counts carrying the sexes inside their cells get a column
// each ("5.074 + 5.107" under "L + P"; "Lk 4.726 | Pr 4.949 | Jml 9.675"
// under one title); a column whose rows write another shape is left.
func TestSexCells(t *testing.T) {
	table := func(lines ...string) string {
		var got []string
		bs, err := Text([]byte("Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan\n\n" + strings.Join(lines, "\n") + "\n\n"))
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range bs {
			if b.Kind != Table {
				continue
			}
			for _, h := range b.Header {
				got = append(got, strings.Join(h.Cells, "|"))
			}
			for _, r := range b.Rows {
				got = append(got, strings.Join(r.Cells, "|"))
			}
		}
		return strings.Join(got, "; ")
	}
	tests := []struct{ name, got, want string }{
		{"an addition under L + P", table("No\tKecamatan\tTPS\tL + P\tJumlah", "1\tMUSI\t39\t3.739 + 3.644\t7.383", "2\tMUTIS\t20\t2.169 + 2.212\t4.381"),
			"No|Kecamatan|TPS|L|P|Jumlah; 1|MUSI|39|3.739|3.644|7.383; 2|MUTIS|20|2.169|2.212|4.381"},
		{"labelled cells under one title", table("No\tKecamatan\tTPS\tJumlah Pemilih", "1\tREOK\t45\tLk 4.726\tPr 4.949\tJml 9.675", "2\tCIBAL\t80\tLk 8.808\tPr 9.272\tJml 18.080"),
			"No|Kecamatan|TPS|L|P|L+P; 1|REOK|45|4.726|4.949|9.675; 2|CIBAL|80|8.808|9.272|18.080"},
		{"one row of another shape", table("No\tKecamatan\tTPS\tL + P\tJumlah", "1\tMUSI\t39\t3.739 + 3.644\t7.383", "2\tMUTIS\t20\t4.381\t4.381"),
			"No|Kecamatan|TPS|L + P|Jumlah; 1|MUSI|39|3.739 + 3.644|7.383; 2|MUTIS|20|4.381|4.381"},
		{"labels in another order on a row", table("No\tKecamatan\tTPS\tJumlah Pemilih", "1\tREOK\t45\tLk 4.726\tPr 4.949\tJml 9.675", "2\tCIBAL\t80\tPr 9.272\tLk 8.808\tJml 18.080"),
			"No|Kecamatan|TPS|Jumlah Pemilih; 1|REOK|45|Lk 4.726|Pr 4.949|Jml 9.675; 2|CIBAL|80|Pr 9.272|Lk 8.808|Jml 18.080"},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.name, tc.got, tc.want)
		}
	}
}
