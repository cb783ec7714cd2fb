package validate

import (
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// Opinions spelled out compare by rank like their letters; a cell whose
// name and letters disagree states none, and a text pair nothing compares
// leaves tercapai NULL with a finding saying why.
func TestSpelledOpinions(t *testing.T) {
	for _, tc := range []struct {
		target, real string
		want         *bool
		finding      bool
	}{
		{"Wajar Tanpa Pengecualian (WTP)", "Wajar Tanpa Pengecualian (WTP)", facts.B(true), false},
		{"WTP (Wajar Tanpa Pengecualian)", "wajar dengan pengecualian", facts.B(false), false},
		{"WTP", "Wajar Tanpa Pengecualian", facts.B(true), false},
		{"Wajar Tanpa Pengecualian", "Tidak Menyatakan Pendapat (TMP)", facts.B(false), false},
		// name and letters disagree: no opinion, no rank
		{"WTP", "Wajar Dengan Pengecualian (WTP)", nil, true},
		// words that merely contain an opinion's name
		{"WTP", "opini tidak wajar menurut auditor", nil, true},
		{"Laporan tepat waktu", "Laporan terlambat", nil, true},
		// not assessed yet: its own finding elsewhere, none here
		{"B", "Belum dilakukan penilaian", nil, false},
		{"WTP", "-", nil, false},
	} {
		doc := &facts.Document{}
		doc.Meta.Tahun = 2024
		doc.Capaian = []facts.Capaian{{
			Indikator: "Opini BPK atas Laporan Keuangan", Tingkat: "sasaran_strategis",
			TargetTeks: tc.target, RealisasiTeks: tc.real, Span: facts.Span{Start: 10, End: 10},
		}}
		Document(doc)
		got := doc.Capaian[0].Tercapai
		if (got == nil) != (tc.want == nil) || got != nil && *got != *tc.want {
			t.Errorf("%q / %q: tercapai %v, want %v", tc.target, tc.real, ptr(got), ptr(tc.want))
		}
		found := false
		for _, f := range doc.Findings {
			found = found || f.Aturan == "capaian.tercapai_tidak_ditentukan"
		}
		if found != tc.finding {
			t.Errorf("%q / %q: finding %v, want %v (%+v)", tc.target, tc.real, found, tc.finding, doc.Findings)
		}
	}
}

func ptr(b *bool) any {
	if b == nil {
		return nil
	}
	return *b
}
