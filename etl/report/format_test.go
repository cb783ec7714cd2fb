package report

import (
	"math"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func TestFormat(t *testing.T) {
	two := 2
	zero := 0
	tests := []struct {
		col  Column
		v    any
		want string
	}{
		{Column{Kind: KindRupiah}, int64(44980284000), "Rp 44.980.284.000"},
		{Column{Kind: KindRupiah}, int64(204018545), "Rp 204.018.545"},
		{Column{Kind: KindRupiah}, int64(999), "Rp 999"},
		{Column{Kind: KindRupiah}, int64(0), "Rp 0"},
		{Column{Kind: KindRupiah}, int64(-4980284000), "-Rp 4.980.284.000"},
		{Column{Kind: KindRupiah, Signed: true}, int64(4980284000), "+Rp 4.980.284.000"},
		{Column{Kind: KindRupiah}, 1234.6, "Rp 1.235"},
		{Column{Kind: KindPercent}, 99.55, "99,55 %"},
		{Column{Kind: KindPercent}, 99.5464, "99,55 %"},
		{Column{Kind: KindPercent}, 100.0, "100,00 %"},
		{Column{Kind: KindPercent}, 0.004, "0,00 %"},
		{Column{Kind: KindPercent, Signed: true}, 12.45, "+12,45 %"},
		{Column{Kind: KindPercent, Signed: true}, -7.5, "-7,50 %"},
		{Column{Kind: KindPercent, Signed: true}, -0.001, "0,00 %"},
		{Column{Kind: KindPercent}, int64(1250), "1.250,00 %"},
		{Column{Kind: KindNumber}, int64(312647), "312.647"},
		{Column{Kind: KindNumber}, int64(-3), "-3"},
		{Column{Kind: KindNumber, Signed: true}, int64(147), "+147"},
		{Column{Kind: KindNumber}, 341.8108, "341,81"},
		{Column{Kind: KindNumber}, 1234567.891, "1.234.567,89"},
		{Column{Kind: KindNumber, Decimals: &zero}, 73.6, "74"},
		{Column{Kind: KindNumber, Decimals: &two}, int64(65), "65,00"},
		{Column{Kind: KindNumber, Decimals: &two, Signed: true}, -1.956, "-1,96"},
		{Column{Kind: KindYear}, int64(2024), "2024"},
		{Column{Kind: KindText}, "Alor", "Alor"},
		{Column{Kind: KindText}, true, "Ya"},
		{Column{Kind: KindText}, int64(2024), "2024"},
		{Column{Kind: KindText}, time.Date(2025, 1, 15, 8, 30, 0, 0, time.UTC), "15-01-2025 08:30"},
		{Column{Kind: KindRupiah}, nil, "-"},
		{Column{Kind: KindPercent}, math.NaN(), "-"},
	}
	for _, tt := range tests {
		if got := tt.col.Format(tt.v); got != tt.want {
			t.Errorf("%s%v Format(%v) = %q, want %q", tt.col.Kind, tt.col.Signed, tt.v, got, tt.want)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct {
		in, want any
	}{
		{int32(5), int64(5)},
		{int8(-1), int64(-1)},
		{uint64(7), int64(7)},
		{float32(1.5), 1.5},
		{[]byte("x"), "x"},
		{nil, nil},
	}
	for _, tt := range tests {
		if got := normalize(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("normalize(%#v) = %#v, want %#v", tt.in, got, tt.want)
		}
	}
}

func TestSheetName(t *testing.T) {
	used := map[string]bool{}
	got := []string{
		sheetName("Peringkat satker", used),
		sheetName("Peringkat satker", used),
		sheetName("Serapan: per/program [2024]?", used),
		sheetName(strings.Repeat("Sangat panjang ", 4), used),
		sheetName(strings.Repeat("Sangat panjang ", 4), used),
	}
	want := []string{"Peringkat satker", "Peringkat satker 2", "Serapan- per-program -2024--",
		"Sangat panjang Sangat panjang S", "Sangat panjang Sangat panjang 2"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("sheet names %q, want %q", got, want)
	}
}

func TestNiceRange(t *testing.T) {
	tests := []struct {
		lo, hi         float64
		wlo, whi, step float64
	}{
		{0, 92.11, 0, 100, 20},
		{0, 99.7, 0, 100, 20},
		{-7.5, 1.18, -8, 2, 2},
		{0, 0, 0, 1, 0.2},
		{60, 60, 52.5, 67.5, 2.5},
	}
	for _, tt := range tests {
		lo, hi, ticks := niceRange(tt.lo, tt.hi, 5)
		if lo != tt.wlo || hi != tt.whi || math.Abs(ticks[1]-ticks[0]-tt.step) > 1e-9 {
			t.Errorf("niceRange(%v, %v) = %v, %v, %v", tt.lo, tt.hi, lo, hi, ticks)
		}
	}
}

func TestEmbeddedDefinitions(t *testing.T) {
	all := List()
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	var names []string
	for _, d := range all {
		names = append(names, d.Name)
	}
	want := []string{"capaian", "dpt", "peringkat", "profil", "sakip", "serapan"}
	if !reflect.DeepEqual(names, want) {
		t.Fatalf("reports %v, want %v", names, want)
	}
	if _, err := Get("nope"); err == nil || !strings.Contains(err.Error(), `report "nope" not found (available: capaian, dpt`) {
		t.Fatalf("Get(nope) = %v", err)
	}
}

func TestDefinitionErrors(t *testing.T) {
	q := []byte(ParamHeader + "\nSELECT 1 AS a FROM p")
	tests := []struct {
		name, json, want string
	}{
		{"name", `{"name":"other","title":"T","sections":[{"id":"a","sql":"q.sql","columns":[{"name":"a","header":"A","kind":"text"}]}]}`,
			`name "other" must match the file name`},
		{"kind", `{"name":"x","title":"T","sections":[{"id":"a","sql":"q.sql","columns":[{"name":"a","header":"A","kind":"money"}]}]}`,
			`column a: kind "money"`},
		{"field", `{"name":"x","title":"T","colour":"red","sections":[]}`, `unknown field "colour"`},
		{"chart column", `{"name":"x","title":"T","sections":[{"id":"a","sql":"q.sql","columns":[{"name":"a","header":"A","kind":"number"}],"chart":{"kind":"bar","label":"b","values":["a"]}}]}`,
			"chart column b is not a column of the section"},
		{"chart text value", `{"name":"x","title":"T","sections":[{"id":"a","sql":"q.sql","columns":[{"name":"a","header":"A","kind":"text"}],"chart":{"kind":"bar","label":"a","values":["a"]}}]}`,
			"chart value a is text, not a measure"},
		{"param header", `{"name":"x","title":"T","sections":[{"id":"a","sql":"bare.sql","columns":[{"name":"a","header":"A","kind":"text"}]}]}`,
			"bare.sql must start with"},
		{"requires", `{"name":"x","title":"T","requires":["kecamatan"],"sections":[]}`, `requires "kecamatan"`},
	}
	for _, tt := range tests {
		fsys := fstest.MapFS{"x.json": {Data: []byte(tt.json)}, "q.sql": {Data: q}, "bare.sql": {Data: []byte("SELECT 1 AS a")}}
		_, err := loadFS(fsys)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want %q", tt.name, err, tt.want)
		}
	}
}
