package extract

import (
	"reflect"
	"testing"
)

// TestFlatRollGroupHeader: a voter roll written one cell a line under a
// two-level header ("Jumlah Pemilih" over L, P, L+P) is read when the
// heading names the DPT and the rows prove L + P = L+P and the total; a
// heading of another roll, or two headings, leave the table reported.
func TestFlatRollGroupHeader(t *testing.T) {
	rows := []string{"1", "Alok", "10", "40", "6.000", "6.200", "12.200", "2", "Nita", "12", "30", "4.100", "4.300", "8.400",
		"Jumlah", "22", "70", "10.100", "10.500", "20.600"}
	tests := []struct {
		name   string
		header []string
		want   []string // the rebuilt header; nil: reported
	}{
		{"the DPT's own heading", []string{"No", "Kecamatan", "Jumlah Desa", "TPS", "Jumlah Pemilih", "L", "P", "L+P"},
			[]string{"No", "Kecamatan", "Jumlah Desa", "TPS", "DPT L", "DPT P", "DPT L+P"}},
		{"a heading of another roll", []string{"No", "Kecamatan", "Jumlah Desa", "TPS", "DPS", "L", "P", "L+P"}, nil},
		{"the heading is no roll's", []string{"No", "Kecamatan", "Jumlah Desa", "TPS", "Rekapitulasi", "L", "P", "L+P"}, nil},
	}
	for _, tc := range tests {
		ts := tables(t, lines(append(append([]string{}, tc.header...), rows...)...))
		if len(ts) != 1 {
			t.Errorf("%s: %d tables, want 1", tc.name, len(ts))
			continue
		}
		b := ts[0]
		if tc.want == nil {
			if !b.Unproven {
				t.Errorf("%s: read as %v, want reported", tc.name, b.Header)
			}
			continue
		}
		if b.Unproven || len(b.Header) != 1 || !reflect.DeepEqual(b.Header[0].Cells, tc.want) || len(b.Rows) != 3 {
			t.Errorf("%s: unproven %v header %+v rows %d, want %q and 3 rows", tc.name, b.Unproven, b.Header, len(b.Rows), tc.want)
		}
	}
}
