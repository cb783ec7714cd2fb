package eval

import (
	"math"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sample"
)

func TestFinish(t *testing.T) {
	tests := []struct {
		name             string
		s                FamilyScore
		prec, recall, f1 float64
	}{
		{"third and half", FamilyScore{Expected: 2, Found: 3, Exact: 1}, 1.0 / 3, 0.5, 0.4},
		{"perfect", FamilyScore{Expected: 4, Found: 4, Exact: 4}, 1, 1, 1},
		{"nothing found", FamilyScore{Expected: 4}, 1, 0, 0},
		{"nothing expected, nothing found", FamilyScore{}, 1, 1, 1},
		{"only extras", FamilyScore{Found: 2}, 0, 1, 0},
		{"two thirds", FamilyScore{Expected: 3, Found: 2, Exact: 2}, 1, 2.0 / 3, 0.8},
	}
	for _, tt := range tests {
		s := tt.s
		s.finish()
		if math.Abs(s.Precision-tt.prec) > 1e-12 || math.Abs(s.Recall-tt.recall) > 1e-12 || math.Abs(s.F1-tt.f1) > 1e-12 {
			t.Errorf("%s: got P=%v R=%v F1=%v, want %v %v %v", tt.name, s.Precision, s.Recall, s.F1, tt.prec, tt.recall, tt.f1)
		}
	}
}

func TestEqual(t *testing.T) {
	tests := []struct {
		want, got any
		eq        bool
	}{
		{104.17, 104.17000000001, true},
		{104.17, 104.18, false},
		{float64(2024), int32(2024), true},
		{nil, nil, true},
		{nil, 0.0, false},
		{nil, "", true},
		{"BB*", "BB*", true},
		{"18 Kecamatan", "18  Kecamatan", true},
		{true, true, true},
		{true, false, false},
		{float64(44980284000), int64(44980284000), true},
	}
	for _, tt := range tests {
		if got := equal(tt.want, tt.got); got != tt.eq {
			t.Errorf("equal(%#v, %#v) = %v", tt.want, tt.got, got)
		}
	}
}

// TestStr: a key part reads the same from JSON and from the database.
func TestStr(t *testing.T) {
	tests := []struct {
		v    any
		want string
	}{
		{nil, ""}, {"5305", "5305"}, {float64(2024), "2024"}, {int32(2024), "2024"},
		{int64(44980284000), "44980284000"}, {104.17, "104.17"}, {float32(0.5), "0.5"}, {true, "true"},
	}
	for _, tc := range tests {
		if got := str(tc.v); got != tc.want {
			t.Errorf("str(%#v) = %q, want %q", tc.v, got, tc.want)
		}
	}
}

// TestComparedColumns: a row compares the family's columns less those its
// truth says the document does not state; two truth rows of one key compare
// what both do, in the family's order.
func TestComparedColumns(t *testing.T) {
	cols := []string{"pagu", "realisasi", "sisa"}
	tests := []struct {
		name  string
		row   map[string]any
		other []string
		want  string
	}{
		{"all", map[string]any{}, cols, "pagu,realisasi,sisa"},
		{"not stated", map[string]any{"tidak_dibandingkan": []any{"sisa"}}, cols, "pagu,realisasi"},
		{"both rows", map[string]any{}, []string{"sisa", "pagu"}, "pagu,sisa"},
		{"nothing left", map[string]any{"tidak_dibandingkan": []any{"pagu", "realisasi", "sisa"}}, cols, ""},
	}
	for _, tc := range tests {
		got := intersect(compared(cols, tc.row), tc.other)
		if strings.Join(got, ",") != tc.want {
			t.Errorf("%s: %v, want %s", tc.name, got, tc.want)
		}
	}
}

// TestScore checks every counter on hand-made rows: an exact row, a wrong
// row a finding covers, a wrong row nothing covers, a missing and an extra.
func TestScore(t *testing.T) {
	cols := []string{"pagu", "realisasi"}
	exp := map[string]*expRow{
		"a":      {vals: map[string]any{"pagu": 10.0, "realisasi": 9.0}, cols: cols},
		"b":      {vals: map[string]any{"pagu": 10.0, "realisasi": 9.0}, cols: cols},
		"c":      {vals: map[string]any{"pagu": 10.0, "realisasi": 9.0}, cols: cols},
		"d":      {vals: map[string]any{"pagu": 10.0, "realisasi": 9.0}, cols: cols},
		"x|3355": {vals: map[string]any{"pagu": 5.0, "realisasi": nil}, cols: cols},
	}
	found := map[string]*foundRow{
		"a":      {vals: map[string]any{"pagu": int64(10), "realisasi": int64(9)}, doc: "D1", awal: 3, akhr: 3},
		"b":      {vals: map[string]any{"pagu": int64(10), "realisasi": int64(8)}, doc: "D1", awal: 7, akhr: 8},
		"c":      {vals: map[string]any{"pagu": int64(11), "realisasi": int64(9)}, doc: "D1", awal: 20, akhr: 20},
		"x|3355": {vals: map[string]any{"pagu": int64(5), "realisasi": int64(0)}, doc: "D2"},
		"z":      {vals: map[string]any{"pagu": int64(1), "realisasi": int64(1)}, doc: "D1"},
	}
	fnd := map[string][]raised{
		"D1": {{aturan: "anggaran.sisa_diperbaiki", awal: 8, akhir: 8}},
		"D2": {{aturan: "anggaran.anak_tidak_sama_induk", text: "kegiatan 3355 tidak sama"}},
	}
	s := score("anggaran", exp, found, fnd)
	want := FamilyScore{Family: "anggaran", Expected: 5, Found: 5, Exact: 1, Wrong: 3, Missing: 1, Extra: 1, Flagged: 2, SilentWrong: 1,
		Precision: 0.2, Recall: 0.2, F1: 0.2}
	if math.Abs(s.F1-want.F1) < 1e-12 {
		s.F1 = want.F1
	}
	if s != want {
		t.Errorf("score =\n%+v\nwant\n%+v", s, want)
	}
	// the rows behind the counters, in key order, one per differing column
	_, diffs := scoreDiffs("anggaran", exp, found, fnd)
	r := Report{Diffs: diffs}
	got := r.DiffTable()
	wantTab := "anggaran\tflagged\tb\trealisasi\twant=9\tgot=8\tD1:7-8\n" +
		"anggaran\tsilent-wrong\tc\tpagu\twant=10\tgot=11\tD1:20-20\n" +
		"anggaran\tmissing\td\n" +
		"anggaran\tflagged\tx|3355\trealisasi\twant=NULL\tgot=0\tD2:0-0\n" +
		"anggaran\textra\tz\tD1:0-0\n"
	if got != wantTab {
		t.Errorf("DiffTable() =\n%s\nwant\n%s", got, wantTab)
	}
	if got := r.DiffTable("silent-wrong"); got != "anggaran\tsilent-wrong\tc\tpagu\twant=10\tgot=11\tD1:20-20\n" {
		t.Errorf("DiffTable(silent-wrong) = %q", got)
	}
}

func TestBelowAndTable(t *testing.T) {
	r := Report{Families: []FamilyScore{{Family: "capaian", F1: 0.95}, {Family: "dpt", F1: 0.5}, {Family: "rb", F1: 0.9}},
		FindingsExpected: 3, FindingsRaised: 2, FindingsMissed: 1}
	if got := strings.Join(r.Below(0.9), ","); got != "dpt" {
		t.Errorf("Below(0.9) = %q", got)
	}
	tab := r.Table()
	for _, s := range []string{"FAMILY", "SILENT-WRONG", "capaian", "95.00%", "3 expected, 2 raised, 1 missed"} {
		if !strings.Contains(tab, s) {
			t.Errorf("table lacks %q:\n%s", s, tab)
		}
	}
}

// TestMatchFindings: a finding matches by rule on overlapping lines; in a
// PDF the lines are those of the derived text, so the rule alone decides.
func TestMatchFindings(t *testing.T) {
	tests := []struct {
		name   string
		format string
		raised []raised
		want   int
	}{
		{"text, same lines", "txt", []raised{{aturan: "a", awal: 10, akhir: 10}}, 1},
		{"text, other lines", "txt", []raised{{aturan: "a", awal: 40, akhir: 41}}, 0},
		{"text, other rule", "txt", []raised{{aturan: "b", awal: 10, akhir: 10}}, 0},
		{"pdf, other lines", "pdf", []raised{{aturan: "a", awal: 40, akhir: 41}}, 1},
		{"pdf, other rule", "pdf", []raised{{aturan: "b", awal: 10, akhir: 10}}, 0},
		{"pdf, one finding for two expected", "pdf", []raised{{aturan: "a", awal: 3, akhir: 3}}, 1},
	}
	for _, tt := range tests {
		tf := &truthFile{Format: tt.format, Temuan: []sample.TemuanRow{{Aturan: "a", Baris: sample.Baris{Awal: 10, Akhir: 10}}}}
		if strings.HasPrefix(tt.name, "pdf, one finding") {
			tf.Temuan = append(tf.Temuan, sample.TemuanRow{Aturan: "a", Baris: sample.Baris{Awal: 20, Akhir: 20}})
		}
		exp, got, _ := matchFindings([]*truthFile{tf}, map[string]*truthFile{"d": tf}, map[string][]raised{"d": tt.raised})
		if got != tt.want || exp != len(tf.Temuan) {
			t.Errorf("%s: %d of %d raised, want %d", tt.name, got, exp, tt.want)
		}
	}
}

// TestSameKeyTwoReports: two reports of one satker state one series value
// in two spellings; the view may load either, so either is exact, and a
// value neither states is wrong.
func TestSameKeyTwoReports(t *testing.T) {
	seri := families[1]
	if seri.view != "capaian_seri" {
		t.Fatalf("families[1] is %s", seri.view)
	}
	row := func(teks string) map[string]any {
		return map[string]any{"satker_id": "5301", "indikator_id": "ss.x", "tahun": float64(2021), "jenis": "realisasi",
			"teks": teks, "nilai": 81.27, "satuan": "persen"}
	}
	truths := []*truthFile{{SatkerID: "5301", Tahun: 2022, CapaianSeri: []map[string]any{row("81,27")}},
		{SatkerID: "5301", Tahun: 2023, CapaianSeri: []map[string]any{row("81.27%")}}}
	exp := expectFamily(seri, truths, true)
	if len(exp) != 1 {
		t.Fatalf("%d expected rows, want 1", len(exp))
	}
	for _, tc := range []struct {
		teks  string
		exact int
	}{{"81,27", 1}, {"81.27%", 1}, {"81.72%", 0}} {
		found := map[string]*foundRow{}
		for k := range exp {
			found[k] = &foundRow{vals: row(tc.teks), doc: "D1"}
		}
		if s := score("capaian_seri", exp, found, nil); s.Exact != tc.exact {
			t.Errorf("found teks %q: %d exact, want %d", tc.teks, s.Exact, tc.exact)
		}
	}
}
