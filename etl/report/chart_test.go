package report

import (
	"fmt"
	"strings"
	"testing"
)

// The charts of issue 11: 23 satkers as 23 coloured lines reused colours
// and cut the legend; DPT bars mixed pemilu with pilkada; SAKIP bars had no
// predikat.
func TestCharts(t *testing.T) {
	year := Column{Name: "tahun", Header: "Tahun", Kind: KindYear}
	name := Column{Name: "nama", Header: "Satker", Kind: KindText}
	val := Column{Name: "nilai", Header: "Nilai", Kind: KindNumber}
	pred := Column{Name: "predikat", Header: "Predikat", Kind: KindText}
	pem := Column{Name: "pemilihan", Header: "Pemilihan", Kind: KindText}
	lines := func(n int) Result {
		res := Result{Section: Section{Title: "Tren", Columns: []Column{year, name, val},
			Chart: &Chart{Kind: ChartLine, X: "tahun", Series: "nama", Values: []string{"nilai"}}}}
		for s := 0; s < n; s++ {
			for y := int64(2020); y <= 2024; y++ {
				res.Rows = append(res.Rows, []any{y, fmt.Sprintf("Satker %02d", s), float64(50 + s + int(y-2020))})
			}
		}
		return res
	}
	tests := []struct {
		name      string
		res       Result
		want, ban []string
		count     map[string]int
	}{
		{"few series: one chart, one colour each, whole legend", lines(5),
			[]string{`class="legend">Satker 04<`}, nil, map[string]int{"<polyline": 5, "<svg": 1}},
		{"23 series: small multiples sorted by last value, no legend", lines(23),
			[]string{">Satker 22 · 76,00<"}, []string{`class="legend"`, `stroke-dasharray`},
			map[string]int{"<polyline": 23, "<svg": 1, "Satker 22 · 76,00": 1}},
		{"bars split by election, predikat beside the value",
			Result{Section: Section{Title: "DPT", Columns: []Column{pem, name, val, pred},
				Chart: &Chart{Kind: ChartBar, Label: "nama", Values: []string{"nilai"}, Split: "pemilihan", Annotate: "predikat"}},
				Rows: [][]any{{"Pemilu", "Alor", 300.0, "BB"}, {"Pemilu", "Sikka", 200.0, "A"}, {"Pilkada", "Alor", 310.0, nil}}},
			[]string{"Pemilihan: Pemilu", "Pemilihan: Pilkada", ">300,00 · BB<", ">310,00<"}, nil,
			map[string]int{"<svg": 2, "<rect": 3}},
	}
	for _, tt := range tests {
		out := chartSVG(tt.res)
		for _, w := range tt.want {
			if !strings.Contains(out, w) {
				t.Errorf("%s: lacks %q", tt.name, w)
			}
		}
		for _, b := range tt.ban {
			if strings.Contains(out, b) {
				t.Errorf("%s: has %q", tt.name, b)
			}
		}
		for s, n := range tt.count {
			if got := strings.Count(out, s); got != n {
				t.Errorf("%s: %d × %q, want %d", tt.name, got, s, n)
			}
		}
	}
	// Small multiples are sorted: the highest last value comes first.
	out := chartSVG(lines(23))
	if i, j := strings.Index(out, ">Satker 22 ·"), strings.Index(out, ">Satker 00 ·"); i < 0 || j < i {
		t.Errorf("panels not sorted by last value (%d, %d)", i, j)
	}
	// A bar chart longer than maxBars says so under the chart.
	long := Result{Section: Section{Title: "Panjang", Columns: []Column{name, val},
		Chart: &Chart{Kind: ChartBar, Label: "nama", Values: []string{"nilai"}}}}
	for i := 0; i < maxBars+6; i++ {
		long.Rows = append(long.Rows, []any{fmt.Sprint("S", i), float64(i)})
	}
	if out := chartSVG(long); !strings.Contains(out, fmt.Sprintf("%d baris pertama dari %d", maxBars, maxBars+6)) {
		t.Errorf("cut bar chart has no note")
	}
}
