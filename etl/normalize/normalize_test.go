package normalize

import (
	"math"
	"reflect"
	"strings"
	"testing"
)

// textCase is one example of a string-to-string normaliser.
type textCase struct{ in, want string }

func checkText(t *testing.T, name string, f func(string) string, tests []textCase) {
	t.Helper()
	for _, tc := range tests {
		if got := f(tc.in); got != tc.want {
			t.Errorf("%s(%q) = %q, want %q", name, tc.in, got, tc.want)
		}
	}
}

func TestFold(t *testing.T) {
	checkText(t, "Fold", Fold, []textCase{
		{"ВВ*", "BB*"},              // Cyrillic Ve
		{"L Р L+P", "L P L+P"},      // Cyrillic Er
		{"вв", "bb"},                // OCR lower case
		{"СQ.6639", "CQ.6639"},      // Cyrillic Es
		{"ındal", "indal"},          // dotless i
		{"a\u00a0b\u200bc", "a bc"}, // nbsp, zero width
		{"11 Februari – 13", "11 Februari - 13"},
		{"plain ascii", "plain ascii"},
	})
}

func TestClean(t *testing.T) {
	checkText(t, "Clean", Clean, []textCase{
		{"  a \t b  ", "a b"},
		{"**Rp. 215,464,527,000**,-", "Rp. 215,464,527,000,-"},
		{"sebesar *Rp. 28.518.161.000*,-.", "sebesar Rp. 28.518.161.000,-."},
		{"BB* 74,95%", "BB* 74,95%"},
		{"89,25*", "89,25*"},
		{"x $$\\frac{a}{b}$$ y", "x y"},
		{"^{*:} Realisasi", "* Realisasi"},
		{"melaksanakan *misi* Presiden", "melaksanakan misi Presiden"},
	})
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in     string
		col    Convention
		want   float64
		status Status
		pct    bool
	}{
		{"44.980.284.000", Unknown, 44980284000, OK, false},
		{"104,17", Unknown, 104.17, OK, false},
		{"215,464,527,000", Unknown, 215464527000, OK, false},
		{"99.61%", Unknown, 99.61, OK, true},
		{"99,55 %", Unknown, 99.55, OK, true},
		{"1.347", Unknown, 1347, OK, false},
		{"1.347", English, 1.347, OK, false},
		{"1,347", Indonesian, 1.347, OK, false},
		{"1,347", Unknown, 1347, OK, false},
		{"1.347", Mixed, 0, Ambiguous, false},
		{"Rp. 2.586.252.000,-", Unknown, 2586252000, OK, false},
		{"87,5%", Unknown, 87.5, OK, true},
		{"0.16%", Unknown, 0.16, OK, true},
		{"89,25*", Unknown, 89.25, OK, false},
		{"0,00%", Unknown, 0, OK, true},
		{"27.21", Unknown, 27.21, OK, false},
		{"2.586.252.000,50", Unknown, 2586252000.5, OK, false},
		{"2,586,252,000.50", Unknown, 2586252000.5, OK, false},
		{"-", Unknown, 0, Empty, false},
		{"", Unknown, 0, Empty, false},
		{"1000/", Unknown, 0, Unreadable, false},
		{". 0", Unknown, 0, Unreadable, false},
		{"100 /0", Unknown, 0, Unreadable, false},
		{"1.2.2.4", Unknown, 0, Unreadable, false},
		{"00", Unknown, 0, Unreadable, false},
		{"190.465.28", Unknown, 0, CutOff, false},
		{"Tercapai", Unknown, 0, Word, false},
		{"1.347%", Unknown, 0, Ambiguous, true},
	}
	for _, tc := range tests {
		n := ParseNumber(tc.in, tc.col)
		if n.Status != tc.status {
			t.Errorf("ParseNumber(%q, %v) status = %v, want %v", tc.in, tc.col, n.Status, tc.status)
			continue
		}
		if tc.status == OK && math.Abs(n.Value-tc.want) > 1e-9 {
			t.Errorf("ParseNumber(%q, %v) = %v, want %v", tc.in, tc.col, n.Value, tc.want)
		}
		if n.Percent != tc.pct {
			t.Errorf("ParseNumber(%q) percent = %v, want %v", tc.in, n.Percent, tc.pct)
		}
	}
}

func TestMoney(t *testing.T) {
	tests := []struct {
		in     string
		col    Convention
		want   int64
		status Status
		digits string
	}{
		{"Rp. 2.586.252.000,-", Indonesian, 2586252000, OK, ""},
		{"4.980.284.000,-", Indonesian, 4980284000, OK, ""},
		{"215,464,527,000", English, 215464527000, OK, ""},
		{"Rp. 190.465.28", Indonesian, 0, CutOff, "19046528"},
		{"Rp. 7.38", Indonesian, 0, CutOff, "738"},
		{"Rp. 7.00", Indonesian, 0, CutOff, "700"},
		{"Rp. 2.586.252.000,00", Indonesian, 2586252000, OK, ""},
		{"204.018.54", Indonesian, 0, CutOff, "20401854"},
		{"Rp 2,5 miliar", Unknown, 2500000000, OK, ""},
		{"Rp. 0,-", Indonesian, 0, OK, ""},
		{"Rp 44.980.284.000,-", Unknown, 44980284000, OK, ""},
	}
	for _, tc := range tests {
		v, n := Money(tc.in, tc.col)
		if n.Status != tc.status || v != tc.want {
			t.Errorf("Money(%q) = %d %v, want %d %v", tc.in, v, n.Status, tc.want, tc.status)
		}
		if tc.digits != "" && n.Digits() != tc.digits {
			t.Errorf("Money(%q) digits = %q, want %q", tc.in, n.Digits(), tc.digits)
		}
	}
}

func TestColumnConvention(t *testing.T) {
	tests := []struct {
		cells []string
		want  Convention
	}{
		{[]string{"Rp. 13.553.256,-", "7.38", "3.42", "190.465.28"}, Indonesian},
		{[]string{"99.60%", "99.52%", "0.00%"}, English},
		{[]string{"817,359,845", "2,000", ""}, English},
		{[]string{"104,17", "70,45%"}, Indonesian},
		{[]string{"100%", "-"}, Unknown},
		{[]string{"1.000.000", "1,000,000"}, Mixed},
	}
	for _, tc := range tests {
		if got := ColumnConvention(tc.cells); got != tc.want {
			t.Errorf("ColumnConvention(%q) = %v, want %v", tc.cells, got, tc.want)
		}
	}
}

func TestParseValue(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	tests := []struct {
		in     string
		num    *float64
		grade  string
		unit   string
		word   string
		status Status
		foot   bool
	}{
		{"96%", f(96), "", "persen", "", OK, false},
		{"В", nil, "B", "predikat", "", Word, false},
		{"BB*", nil, "BB", "predikat", "", Word, true},
		{"BB (77,95)", nil, "BB", "predikat", "", Word, false},
		{"2 Lap", f(2), "", "laporan", "", OK, false},
		{"16 kali", f(16), "", "kali", "", OK, false},
		{"18 Kecamatan", f(18), "", "kecamatan", "", OK, false},
		{"1 Dokumen (dakam)", f(1), "", "dokumen", "", OK, false},
		{"1.347 Keputusan", f(1347), "", "keputusan", "", OK, false},
		{"80", f(80), "", "", "", OK, false},
		{"89,25*", f(89.25), "", "", "", OK, true},
		{"WTP", nil, "", "opini", "WTP", Word, false},
		{"Belum Penilaian", nil, "", "", "belum_dinilai", Empty, false},
		{"Belum dilakukan penilaian", nil, "", "", "belum_dinilai", Empty, false},
		{"Tercapai", nil, "", "", "tercapai", Word, false},
		{"-", nil, "", "", "", Empty, false},
		{"B 80", nil, "", "", "", Several, false},
		{"10070/", nil, "", "", "", Unreadable, false},
	}
	for _, tc := range tests {
		v := ParseValue(tc.in, Unknown)
		if v.Status != tc.status || v.Grade != tc.grade || v.Unit != tc.unit || v.Word != tc.word || v.Footnote != tc.foot {
			t.Errorf("ParseValue(%q) = %+v", tc.in, v)
			continue
		}
		if (v.Num == nil) != (tc.num == nil) || (v.Num != nil && *v.Num != *tc.num) {
			t.Errorf("ParseValue(%q) num = %v, want %v", tc.in, v.Num, tc.num)
		}
		if st, g := ValueStatus(tc.in, Unknown); st != v.Status || g != v.Grade {
			t.Errorf("ValueStatus(%q) = %v %q, want %v %q", tc.in, st, g, v.Status, v.Grade)
		}
		// each reading owns its number: writing one leaves the next (cached) alone
		if v.Num != nil {
			*v.Num = -1
			if w := ParseValue(tc.in, Unknown); *w.Num != *tc.num {
				t.Errorf("ParseValue(%q) after a caller wrote its number: %v, want %v", tc.in, *w.Num, *tc.num)
			}
		}
	}
}

func TestSplitValues(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"B 80", []string{"B", "80"}},
		{"BB* 74,95%", []string{"BB*", "74,95%"}},
		{"200% 93,69%", []string{"200%", "93,69%"}},
		{"2 Lap", []string{"2 Lap"}},
		{"100 %", []string{"100 %"}},
		{"1 Dokumen (dakam)", []string{"1 Dokumen (dakam)"}},
		{"Belum Penilaian", []string{"Belum Penilaian"}},
		{"BB 100%", []string{"BB", "100%"}},
		{"Rp. 2.586.252.000", []string{"Rp. 2.586.252.000"}},
		{"100% 750/", []string{"100%", "750/"}},
	}
	for _, tc := range tests {
		if got := SplitValues(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("SplitValues(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSplitWords(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want []string
	}{
		{"Belum Penilaian Belum Penilaian", 2, []string{"Belum Penilaian", "Belum Penilaian"}},
		{"Belum dilakukan penilaian Belum dilakukan penilaian", 2, []string{"Belum dilakukan penilaian", "Belum dilakukan penilaian"}},
		{"Tercapai Tidak Tercapai", 2, []string{"Tercapai", "Tidak Tercapai"}},
		{"- -", 2, []string{"-", "-"}},
		{"Belum ada data", 1, nil},
		{"Belum Penilaian", 2, nil},
		{"Belum Penilaian Tercapai -", 3, []string{"Belum Penilaian", "Tercapai", "-"}},
		{"Belum Penilaian Sebagian", 2, nil},
		{"80 80", 2, nil},
	}
	for _, tc := range tests {
		if got := SplitWords(tc.in, tc.n); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("SplitWords(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
	}
}

func TestResolveSatker(t *testing.T) {
	tests := []struct {
		name, prov, want string
		ok               bool
	}{
		{"KPU Kabupaten Alor", "", "5305", true},
		{"Kab. Alor", "", "5305", true},
		{"ALOR", "53", "5305", true},
		{"Kota Kupang", "", "5371", true},
		{"KOTA KUPANG", "53", "5371", true},
		{"KUPANG", "53", "5301", true},
		{"Kabupaten Kupang", "53", "5301", true},
		{"TTS", "53", "5302", true},
		{"TIMOR TENGAH SELATAN", "53", "5302", true},
		{"Mangarai Timur", "53", "5319", true},
		{"SUMBA BARAT DAYA", "53", "5318", true},
		{"KPU Provinsi Nusa Tenggara Timur", "", "53", true},
		{"KPU Provinsi NTT", "", "53", true},
		{"Atlantis", "53", "", false},
	}
	for _, tc := range tests {
		got, ok := ResolveSatker(tc.name, tc.prov)
		if got != tc.want || ok != tc.ok {
			t.Errorf("ResolveSatker(%q, %q) = %q %v, want %q %v", tc.name, tc.prov, got, ok, tc.want, tc.ok)
		}
	}
}

func TestFindSatkers(t *testing.T) {
	ids := func(fs []Found) []string {
		var out []string
		for _, f := range fs {
			out = append(out, f.ID)
		}
		return out
	}
	tests := []struct {
		text  string
		fuzzy bool
		want  []string
	}{
		{"1 KPU Production Alor", false, []string{"5305"}},
		{"KPU Kabupaten Sumba Barat Daya", false, []string{"5318"}},
		{"2 KPU Kabupaten Belu 3 KPU Kabupaten Ende", false, []string{"5304", "5308"}},
		{"3 KPU Kabupaten Ende 4 KPU Kabupaten Elores Timur", true, []string{"5308", "5306"}},
		{"KPU Kota Kupang", false, []string{"5371"}},
		{"\" Wilayah Provinsi", false, []string{"53"}},
		{"The state of the s", true, nil},
	}
	for _, tc := range tests {
		if got := ids(FindSatkers(tc.text, "53", tc.fuzzy)); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("FindSatkers(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestGradeOf(t *testing.T) {
	tests := []struct {
		score float64
		want  string
	}{{73.15, "BB"}, {70, "B"}, {90.01, "AA"}, {12.33, "D"}, {80.5, "A"}}
	for _, tc := range tests {
		if got := GradeOf(tc.score); got != tc.want {
			t.Errorf("GradeOf(%v) = %s, want %s", tc.score, got, tc.want)
		}
	}
}

func FuzzNumber(f *testing.F) {
	for _, s := range []string{"44.980.284.000", "104,17", "215,464,527,000", "99.61%", "Rp. 190.465.28",
		"1.347 Keputusan", "BB*", "В 80", "1000/", ". 0", "Rp 4", "89,25*", "**Rp. 215,464,527,000**,-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range []Convention{Unknown, Indonesian, English, Mixed} {
			n := ParseNumber(s, c)
			if n.Status == OK && math.IsNaN(n.Value) {
				t.Fatalf("ParseNumber(%q) = NaN with status OK", s)
			}
			Money(s, c)
			ParseValue(s, c)
		}
		SplitValues(s)
		Clean(s)
		Key(s)
	})
}

func TestSpaced(t *testing.T) {
	tests := []struct {
		in     string
		col    Convention
		want   int64
		status Status
	}{
		{"4 193 487 000", Unknown, 4193487000, OK},
		{"4 193 487 000", Spaced, 4193487000, OK},
		{"98 656 69", Spaced, 0, CutOff},
		{"5 326", Spaced, 5326, OK},
		{"0", Spaced, 0, OK},
	}
	for _, tc := range tests {
		v, n := Money(tc.in, tc.col)
		if v != tc.want || n.Status != tc.status {
			t.Errorf("Money(%q, %v) = %d %v, want %d %v", tc.in, tc.col, v, n.Status, tc.want, tc.status)
		}
	}
	if c := ColumnConvention([]string{"5 326", "1 207", "12"}); c != Spaced {
		t.Errorf("ColumnConvention(spaced) = %v", c)
	}
	// two values in one cell are not one spaced number
	if n := ParseNumber("80 100", Unknown); n.Status == OK {
		t.Errorf("ParseNumber(\"80 100\") = %v, want not OK", n.Value)
	}
}

func TestOneEdit(t *testing.T) {
	for _, tc := range [][2]string{{"indivator", "indikator"}, {"realisas", "realisasi"}, {"sasaarn", "sasaran"}, {"capaian", "capaian"}, {"kingria", "kinerja"}, {"ab", "abcd"}, {"", "a"}, {"anggaran", "anggaram"}, {"tagret", "target"}} {
		want := EditDistance(tc[0], tc[1]) == 1
		if got := OneEdit(tc[0], tc[1]); got != want {
			t.Errorf("OneEdit(%q, %q) = %v, want %v", tc[0], tc[1], got, want)
		}
	}
	// fuzzyWords relies on it for every pair of words: every string of up
	// to four letters of "abcx" against every other
	var words []string
	for n := 0; n <= 4; n++ {
		for k := 0; k < 1<<(2*n); k++ {
			w := make([]byte, n)
			for i := range w {
				w[i] = "abcx"[k>>(2*i)&3]
			}
			words = append(words, string(w))
		}
	}
	for _, a := range words {
		for _, b := range words {
			if got, want := OneEdit(a, b), EditDistance(a, b) == 1; got != want {
				t.Fatalf("OneEdit(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}

func TestWordCount(t *testing.T) {
	for _, s := range []string{"", " ", "SUMBA", "SUMBA BARAT DAYA", " a  b\tc\n", "KOTA\u00a0KUPANG", "A\u2003B C", "\u0085"} {
		if got, want := wordCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, want)
		}
	}
}
