package parse

import (
	"fmt"
	"sort"
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
	// kode|tingkat|induk|tahun|pagu|realisasi|sisa
	"anggaran": func(d *facts.Document) (out []string) {
		for _, a := range d.Anggaran {
			out = append(out, fmt.Sprintf("%s|%s|%s|%d|%s|%s|%s", a.Kode, a.Tingkat, a.KodeInduk, a.Tahun, nv(a.Pagu), nv(a.Realisasi), nv(a.Sisa)))
		}
		return out
	},
	// tahun|nilai|predikat
	"sakip": func(d *facts.Document) (out []string) {
		for _, s := range d.Sakip {
			out = append(out, fmt.Sprintf("%d|%s|%s", s.TahunDinilai, nv(s.Nilai), s.Predikat))
		}
		return out
	},
	// tahun|komponen|bobot|nilai
	"sakip_komponen": func(d *facts.Document) (out []string) {
		for _, k := range d.SakipKomponen {
			out = append(out, fmt.Sprintf("%d|%s|%s|%s", k.TahunDinilai, k.Komponen, nv(k.Bobot), nv(k.Nilai)))
		}
		return out
	},
	// tahun|nilai
	"rb": func(d *facts.Document) (out []string) {
		for _, r := range d.RB {
			out = append(out, fmt.Sprintf("%d|%s", r.Tahun, nv(r.Nilai)))
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
				wantRows(t, fam, factRows[fam](d), tc.want[fam])
			}
		})
	}
}

// budgetRows writes the budget rows keep accepts as
// "kode|tahun|pagu|realisasi|sisa", NULL as <nil>, sorted, so a test states
// the rows it expects whole and no other row of theirs may slip in.
func budgetRows(d *facts.Document, keep func(a facts.Anggaran) bool) []string {
	var out []string
	for _, a := range d.Anggaran {
		if keep(a) {
			out = append(out, fmt.Sprintf("%s|%d|%s|%s|%s", a.Kode, a.Tahun, nv(a.Pagu), nv(a.Realisasi), nv(a.Sisa)))
		}
	}
	sort.Strings(out)
	return out
}

// wantRows reports, under what, the difference between two row lists.
func wantRows(t *testing.T, what string, got, want []string) {
	t.Helper()
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("%s:\n got %q\nwant %q", what, got, want)
	}
}
