package extract

import (
	"strings"
	"testing"
)

// TestKecamatanHeadingRows: a line naming a kecamatan written across a
// voter roll per village ("KECAMATAN WAIGETE", "Kec. Nita") is a group row
// of the table: not a header row when it comes first, not glued to the
// row above it, and not the table's end. Lines that only open with the
// word stay what they were.
func TestKecamatanHeadingRows(t *testing.T) {
	rows := func(b Block) []string {
		var out []string
		for _, r := range b.Rows {
			out = append(out, strings.Join(r.Cells, "|"))
		}
		return out
	}
	for _, tc := range []struct {
		name, h1, h2 string
	}{
		{"upper case", "KECAMATAN WAIGETE", "KECAMATAN TALIBURA"},
		{"short form", "Kec. Waigete", "Kec. Talibura"},
		{"two-word names", "Kecamatan Kota Lama", "Kecamatan Wolo Baru"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := strings.Join([]string{"Tabel 2.9 DPT per Desa", "",
				"No\tDesa\tTPS\tL\tP\tL+P", tc.h1,
				"1\tHoder\t3\t402\t410\t812", "2\tWairbleler\t2\t300\t311\t611",
				"\tJumlah\t5\t702\t721\t1.423", tc.h2,
				"3\tNangahale\t4\t520\t533\t1.053", "\tJumlah\t4\t520\t533\t1.053", "", "Demikian."}, "\n")
			b, _ := lastTable(t, text)
			if got := headerText(b); got != "No|Desa|TPS|L|P|L+P" {
				t.Errorf("header %q", got)
			}
			want := []string{tc.h1, "1|Hoder|3|402|410|812", "2|Wairbleler|2|300|311|611", "|Jumlah|5|702|721|1.423", tc.h2,
				"3|Nangahale|4|520|533|1.053", "|Jumlah|4|520|533|1.053"}
			if got := rows(b); strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("rows:\n got %q\nwant %q", got, want)
			}
		})
	}
	for _, s := range []string{"Kecamatan dan Desa", "Kecamatan/Desa", "Kecamatan Waigete memiliki 14 desa.", "Kecamatan"} {
		if KecamatanHeading(s) {
			t.Errorf("KecamatanHeading(%q) = true", s)
		}
	}
}
