package parse

import (
	"strings"
	"testing"
)

// TestAlignedRowAloneAfterPageBreak: a space-aligned table whose last row
// (its total) is carried alone onto the next page, under the page's
// running footer and the header printed again, loads the rows it proves
// and reports the lone row (tabel.tidak_dikenali): the total is never
// missing without a word.
func TestAlignedRowAloneAfterPageBreak(t *testing.T) {
	hdr := "No   Kecamatan        TPS      L         P        L+P"
	rows := []string{
		"1    Ende Selatan      38    7.215     7.540     14.755",
		"2    Ende Timur        29    5.870     6.002     11.872",
		"3    Nangapanda        41    7.120     7.480     14.600"}
	tot := "     Jumlah           108   20.205    21.022     41.227"
	want := []string{"pemilu|2024|kecamatan|ENDE SELATAN|<nil>|38|7215|7540|14755", "pemilu|2024|kecamatan|ENDE TIMUR|<nil>|29|5870|6002|11872",
		"pemilu|2024|kecamatan|NANGAPANDA|<nil>|41|7120|7480|14600"}
	for _, tc := range []struct {
		name  string
		after []string
	}{
		{"footer glued, header again", []string{"LKj KPU Kabupaten Ende 2024 | 23", "\f", hdr, tot}},
		{"footer glued, no header", []string{"Laporan Kinerja KPU Kabupaten Ende Tahun 2024 | 23", "\f", "", tot}},
		{"a blank line, the page number, header again", []string{"", "                              23", "\f", hdr, tot}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := append(append([]string{"Tabel 3.6 DPT Pemilu 2024 per Kecamatan", "", hdr}, rows...), tc.after...)
			d := parseDoc(t, tc.name, body...)
			wantRows(t, "dpt", factRows["dpt"](d), want)
			reported := false
			for _, f := range d.Findings {
				if f.Aturan == "tabel.tidak_dikenali" && strings.Contains(f.Nilai, "41.227") {
					reported = true
				}
			}
			if !reported {
				t.Errorf("the total alone on the next page is not reported: %+v", d.Findings)
			}
		})
	}
}
