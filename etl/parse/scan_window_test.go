package parse

import (
	"reflect"
	"regexp"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// scannerCase is a pattern, the scanner or gate that stands for it, and
// the texts to compare them on: written ones, and n random texts of up to
// parts words, each word followed by a separator.
type scannerCase struct {
	name        string
	re          *regexp.Regexp
	find        func(string) [][]int // FindAllStringSubmatchIndex without the pattern
	gate        func(string) bool    // false only where the pattern cannot match in(s)
	in          func(string) string  // what the pattern is run on (nil: the text)
	seed        int64
	n, parts    int
	words, seps []string
	written     []string
}

// yearPatternWords and yearPatternSeps build the texts of the SAKIP year
// patterns: their words in several cases, brackets, digits near a year.
var (
	yearPatternWords = []string{"tahun", "Tahun", "TAHUN", "taHun", "atas", "kinerja", "Kinerja", "yang", "dinilai", "dievaluasi", "evaluasi", "di",
		"pada", "akip", "SAKIP", "(AKIP)", "AKIP)", "LAKIP", "akuntabilitas", "instansi", "pemerintah", "kpu", "KPU", "Kab.",
		"Timor", "Tengah", "O'a", "2023", "1999", "20235", "2024,", "12", "(", ")", ".", ",", "é", "ſakip", "_", "x"}
	yearPatternSeps = []string{" ", " ", "", "  ", "\t", "\n", "\v", ")", ". "}
)

// TestWindowedMatches: each windowed search finds exactly what its pattern
// finds on the whole text, on written cases and on random texts built from
// the pattern's own words, brackets, dots and odd letters.
func TestWindowedMatches(t *testing.T) {
	tests := []scannerCase{{
		name: "revisiMatches", re: reRevisi, find: revisiMatches, seed: 13, n: 4000, parts: 40,
		words: []string{"dipa", "DIPA", "Dipa", "revisi", "reviſi", "kali", "Kali", "13", "7", "1234", "tiga", "belas", "dua",
			"sebanyak", "direvisi", "mengalami", "dilakukan", "pok", "(tiga)", "(dua belas)", "(", ")", ".", ",", ";", "x", "_",
			"é", "anggaran", "tahun 2023", "pada", "satker",
			"kali revisi DIPA", "revisi DIPA sebanyak", "DIPA direvisi", "DIPA mengalami", "revisi POK", "sebanyak 4 kali",
			"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "yyyyyyyyyyyyyyyyyyyy", "dilaKukan", "direviſi", "MENGALAMI", "\u212Aali", "KALI"},
		seps: []string{" ", " ", " ", "", "  ", "\t", ", "},
		written: []string{
			"",
			"DIPA",
			"Alokasi anggaran awal sebesar Rp 181 172 568 000 mengalami 13 kali revisi DIPA sehingga total pagu anggaran Tahun Anggaran 2024 menjadi sebesar Rp 295 005 658 000.",
			"Pada tahun 2023 DIPA direvisi sebanyak 9 kali. Tahun 2024 revisi DIPA sebanyak 4 (empat) kali.",
			"DIPA satker ini, setelah pembahasan yang panjang dengan kantor wilayah dan pusat, akhirnya mengalami revisi sebanyak tiga belas kali revisi POK.",
			"tiga belas (13) kali revisi DIPA dan dua belas kali revisi DIPA",
			"ab_13 kali revisi dipa; revisi dipa sebanyak 7 kali, dipa_x direvisi 2 kali",
			"DIPA mengalami 12 kali revisi dan DIPA dilakukan revisi sebanyak sebelas kali",
			"reviſi DIPA ſebanyak 3 Kali, DIPA direviſi lima kali",
			"DIPA direvisi 3 \u212Aali; revisi DIPA sebanyak 2 \u212AALI",
			"pagu DIPA sebesar Rp 5 miliar. Revisi DIPA sebanyak 2 kali. DIPA tanpa revisi.",
		},
	}, {
		name: "amountMatches", re: reAmount, find: amountMatches, seed: 17, n: 6000, parts: 24,
		words: []string{"Rp", "rp", "RP", "rP", "Rp.", "Rp. ", "xRp", "_Rp", "é", "1", "12", "123", "1234", "1.234", "12,50",
			"000", ".", ",", ",-", "-", "(", "juta", "pagu", "sebesar"},
		seps: []string{" ", " ", "", "  ", "\t", "\n", "\v", "\f", "\r", " ,"},
		written: []string{
			"",
			"Rp",
			"sebesar Rp 181 172 568 000 dengan realisasi Rp.295.005.658.000,- atau 97,12%",
			"Rp 28.342,30 juta; Rp1.234 567,89 012 dan rp 12 345.6 ,- serta RP.\t5 ,-",
			"xRp 100 _Rp 200 éRp 300 Rp 100Rp 200 Rp 1 2345 Rp 12 345,",
		},
	}, {
		name: "sakipMentionMatches", re: reSakipMention, find: sakipMentionMatches, seed: 23, n: 6000, parts: 20,
		words: []string{"AA", "A", "BB", "B", "CC", "C", "D", "XB", "Bx", "(", ")", "((", "69,94", "70.25", "5,5", "123,45", "64,8",
			"64,891", ",", "dengan", "Dengan", "atau", "predikat", "Kategori", "\"", "“", "nilai", "é", "_", "tahun 2023", "."},
		seps: []string{" ", " ", "", "  ", "\t", "\n", "\v", ", "},
		written: []string{
			"",
			"69,94",
			"Hasil evaluasi AKIP KPU Kabupaten Belu Tahun 2023 adalah B (69,94), naik dari BB ( 70,25 ) dan 64,89 (B).",
			"nilai 73,15 dengan predikat “BB”, 68,20 , atau kategori \"B\" dan 12,5(CC) serta A(80,1)",
			"x69,94 _B (70,25) 64,89_ 123,45 (AA) 64,891 dengan predikat A",
		},
	}, {
		name: "yearWordMatches", re: reYearWord, find: yearWordMatches, seed: 21, n: 4000, parts: 30,
		words: []string{"tahun", "Tahun", "TAHUN", "anggaran", "Anggaran", "ta", "TA", "2024", "1999", "2020", "20245", "1850",
			"12", "nomor", "(", ")", ".", ",", "-", "s.d", "_", "é", "x", "pagu"},
		seps: []string{" ", " ", "", "  ", "\t", ", ", "-"},
		written: []string{
			"",
			"2024",
			"Tahun Anggaran 2024",
			"pada TA 2023 dan tahun  anggaran\t2024, serta tahun 1999.",
			"nomor 12 tahun 2020-2024 tahun2024 x_tahun 2021 tahun 20245 tahun 2024_",
			"Realisasi TA. 2023 (tahun anggaran 2022) ta 2021",
		},
	}}
	// the SAKIP year patterns, each through the yearPattern parse uses
	for i, y := range []struct {
		name    string
		yp      yearPattern
		written []string
	}{
		{"scoredYear", scoredYear, []string{"atas kinerja tahun 2021", "tahun yang dievaluasi  2020 dan tahun kinerja 2019x tahun kinerja 20245"}},
		{"objectYear", objectYear, []string{"Nilai Akuntabilitas Kinerja Instansi Pemerintah (AKIP) Tahun 2023 pada", "(lihat hal. SAKIP) Tahun 2023", "LAKIP tahun 20235"}},
		{"satkerYear", satkerYear, []string{"SAKIP KPU Kabupaten Timor Tengah Selatan Tahun 2019", "(AKIP) KPU Kab. O'a tahun 2020"}},
		{"whenYear", whenYear, []string{"di tahun 2024", "pada  tahun 20245, xdi tahun 2023"}},
		{"evaluatedYear", evaluatedYear, []string{"atas kinerja tahun yang dinilai 2019", "tahun yang dinilai yang dinilai 2020", "dinilai tahun 2021"}},
	} {
		tests = append(tests, scannerCase{name: y.name, re: y.yp.re, find: y.yp.allIndex, seed: int64(25 + i), n: 4000, parts: 24,
			words: yearPatternWords, seps: yearPatternSeps, written: append([]string{""}, y.written...)})
	}
	for _, tc := range tests {
		for _, s := range sharedtest.Texts(tc.seed, tc.n, tc.parts, tc.words, tc.seps, tc.written...) {
			want := tc.re.FindAllStringSubmatchIndex(s, -1)
			if got := tc.find(s); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s(%q) = %v, want %v", tc.name, s, got, want)
			}
		}
	}
}
