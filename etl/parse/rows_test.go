package parse

import (
	"fmt"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// docCase is one made-up document (doc(body...)) and the rows it must give,
// per family, written as factRows writes them. A family the test checks and
// the case does not name must give no row at all.
type docCase struct {
	name string
	body []string
	want map[string][]string
}

// factRows writes each fact of a family on one line, "a|b|c", NULL as
// <nil>, so a table-driven test states whole rows in a line each.
var factRows = map[string]func(*facts.Document) []string{
	// indikator|target|realisasi|capaian_lapor
	"capaian": func(d *facts.Document) (out []string) {
		for _, c := range d.Capaian {
			out = append(out, fmt.Sprintf("%s|%s|%s|%s", c.Indikator, nv(c.TargetNilai), nv(c.RealisasiNilai), nv(c.CapaianLapor)))
		}
		return out
	},
	// indikator|tahun|jenis|nilai
	"capaian_seri": func(d *facts.Document) (out []string) {
		for _, s := range d.CapaianSeri {
			out = append(out, fmt.Sprintf("%s|%d|%s|%s", s.Indikator, s.Tahun, s.Jenis, nv(s.Nilai)))
		}
		return out
	},
	// pemilihan|tahun|tingkat|wilayah|desa|tps|l|p|total
	"dpt": func(d *facts.Document) (out []string) {
		for _, r := range d.DPT {
			out = append(out, fmt.Sprintf("%s|%d|%s|%s|%s|%s|%s|%s|%s", r.Pemilihan, r.Tahun, r.TingkatWilayah, r.Wilayah,
				nv(r.JumlahDesa), nv(r.JumlahTPS), nv(r.PemilihL), nv(r.PemilihP), nv(r.PemilihTotal)))
		}
		return out
	},
}

// nv writes an optional value, <nil> for NULL.
func nv[T int64 | float64](v *T) string {
	if v == nil {
		return "<nil>"
	}
	return fmt.Sprint(*v)
}

// checkDocs parses each case's document and compares the rows of every
// family in families with the case's want, in order.
func checkDocs(t *testing.T, families []string, tests []docCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			for _, fam := range families {
				got, want := factRows[fam](d), tc.want[fam]
				if fmt.Sprint(got) != fmt.Sprint(want) {
					t.Errorf("%s:\n got %q\nwant %q", fam, got, want)
				}
			}
		})
	}
}
