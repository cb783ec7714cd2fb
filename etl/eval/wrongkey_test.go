package eval

import (
	"strings"
	"testing"
)

// TestWrongKeyPairs: a row loaded under another key than the truth's is
// one wrong row, not a miss plus an invention: paired when its measures
// equal the missing row's (same satker), or when it is the only candidate
// (one missing, one extra, keys differing in one part). Rows of another
// satker, rows without a satker and all-NULL rows never pair by equality.
func TestWrongKeyPairs(t *testing.T) {
	cols := []string{"pemilih_l", "pemilih_total"}
	row := func(sat string, l, tot any) map[string]any {
		return map[string]any{"satker_id": sat, "pemilih_l": l, "pemilih_total": tot}
	}
	exp := func(v map[string]any) *expRow { return &expRow{vals: v, cols: cols} }
	fnd := func(v map[string]any, line int) *foundRow {
		return &foundRow{vals: v, doc: "D", awal: line, akhr: line}
	}
	tests := []struct {
		name        string
		exp         map[string]*expRow
		found       map[string]*foundRow
		fnd         []raised
		wrongKey    int
		missing     int
		extra       int
		wantPair    string // "missing>extra" of the first pair listed, if any
		wantColumns int    // diffs of kind wrong-key
	}{
		{"row number fused into the name, equal measures",
			map[string]*expRow{"5319|kec|BORONG": exp(row("5319", 11612, 23908)), "5319|kec|ELAR": exp(row("5319", 9796, 20121))},
			map[string]*foundRow{"5319|kec|1 BORONG": fnd(row("5319", int64(11612), int64(23908)), 26), "5319|kec|4 ELAR": fnd(row("5319", int64(9796), int64(20121)), 31)},
			nil, 2, 0, 0, "5319|kec|BORONG>5319|kec|1 BORONG", 2},
		{"a finding on the loaded line does not excuse a wrong key",
			map[string]*expRow{"5319|kec|BORONG": exp(row("5319", 11612, 23908))},
			map[string]*foundRow{"5319|kec|1 BORONG": fnd(row("5319", int64(11612), int64(23908)), 26)},
			[]raised{{aturan: "fakta.tahun_lalu", awal: 26, akhir: 26}}, 1, 0, 0, "", 1},
		{"only candidate: one key part differs, values differ too",
			map[string]*expRow{"5316|2020": exp(row("5316", 21.78, 60))},
			map[string]*foundRow{"5316|2019": fnd(row("5316", 59.55, nil), 174)},
			nil, 1, 0, 0, "5316|2020>5316|2019", 3},
		{"two candidates with other values: no pair",
			map[string]*expRow{"5316|2020": exp(row("5316", 1, 2)), "5316|2021": exp(row("5316", 3, 4))},
			map[string]*foundRow{"5316|2019": fnd(row("5316", 5, 6), 1)},
			nil, 0, 2, 1, "", 0},
		{"another satker's equal row: no pair",
			map[string]*expRow{"5319|kec|BORONG": exp(row("5319", 11612, 23908))},
			map[string]*foundRow{"5318|kec|1 BORONG": fnd(row("5318", int64(11612), int64(23908)), 26)},
			nil, 0, 1, 1, "", 0},
		{"keys of other shapes: no only-candidate pair",
			map[string]*expRow{"5316|2020": exp(row("5316", 1, 2))},
			map[string]*foundRow{"5316|2019|x": fnd(row("5316", 5, 6), 1)},
			nil, 0, 1, 1, "", 0},
		{"all-NULL rows alike are no evidence",
			map[string]*expRow{"5316|a": exp(row("5316", nil, nil)), "5316|b": exp(row("5316", 1, 1))},
			map[string]*foundRow{"5316|x": fnd(row("5316", nil, nil), 1), "5316|y": fnd(row("5316", 7, 7), 2)},
			nil, 0, 2, 2, "", 0},
		{"no satker: no pair",
			map[string]*expRow{"d": exp(map[string]any{"pemilih_l": 10})},
			map[string]*foundRow{"z": fnd(map[string]any{"pemilih_l": int64(10)}, 1)},
			nil, 0, 1, 1, "", 0},
	}
	for _, tt := range tests {
		s, diffs := scoreDiffs("dpt", tt.exp, tt.found, map[string][]raised{"D": tt.fnd})
		if s.WrongKey != tt.wrongKey || s.Missing != tt.missing || s.Extra != tt.extra || s.Wrong != tt.wrongKey || s.SilentWrong != 0 || s.Flagged != 0 {
			t.Errorf("%s: %+v, want wrong-key %d missing %d extra %d", tt.name, s, tt.wrongKey, tt.missing, tt.extra)
		}
		if s.Exact+s.Wrong+s.Missing != s.Expected || s.Exact+s.Wrong+s.Extra != s.Found {
			t.Errorf("%s: counters do not add up: %+v", tt.name, s)
		}
		n := 0
		for _, d := range diffs {
			if d.Kind == "wrong-key" {
				n++
			}
		}
		if n != tt.wantColumns {
			t.Errorf("%s: %d wrong-key diffs, want %d", tt.name, n, tt.wantColumns)
		}
		if tt.wantPair != "" {
			m, x, _ := strings.Cut(tt.wantPair, ">")
			want := "dpt\twrong-key\t" + m + "\tkunci\twant=\"" + m + "\"\tgot=\"" + x + "\""
			if got := (Report{Diffs: diffs}).DiffTable("wrong-key"); !strings.HasPrefix(got, want) {
				t.Errorf("%s: DiffTable(wrong-key) =\n%s\nwant a line starting\n%s", tt.name, got, want)
			}
		}
	}
}
