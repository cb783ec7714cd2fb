package parse

import (
	"regexp"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/normalize"
	"github.com/kpu-ntt/lkj/etl/sharedtest"
)

// TestGates: a gate says no only where its pattern finds nothing, on
// written texts and on random texts of the pattern's own words and their
// near misses; and it does say no somewhere, or it would gate nothing.
func TestGates(t *testing.T) {
	tests := []scannerCase{{
		name: "mayOtherRoll", re: reOtherRoll, in: normalize.Fold, gate: mayOtherRoll, seed: 5, n: 20000, parts: 8,
		words: []string{"DPT", "dpt", "DPTb", "dpk", "DPKTb", "dps", "DPSHP", "dph", "dpb", "Tambahan", "KHUSUS", "khuſus",
			"Sementara", "ſementara", "d", "p", "tamba", "han", "L", "P", "(L+P)", "é", "_", "x"},
		seps: []string{" ", "", "-", "/", "\u00a0"},
		written: []string{"", "DPT L", "Jumlah DPTb", "Pemilih Tambahan (DPTb)", "DPK", "Daftar Pemilih Sementara",
			"L+P", "Pemilih khuſus", "D\u200bPK"},
	}, {
		name: "mayPageFoot", re: rePageFoot, gate: mayPageFoot, seed: 7, n: 20000, parts: 6,
		words: []string{"hal", "Hal.", "HALAMAN", "halaman", "xhal", "LKj", "KPU", "2023", "1999", "17", "4", "1234", "dari", "|",
			"-", "–", "—", "(", ")", ".", "é", "_", "x"},
		seps: []string{" ", "", "  ", "\t", "\n", "\f", "\r", "\v", "\u00a0"},
		written: []string{"", "LKj KPU Kab. Sikka 2023 | hal. 17", "Halaman 4 dari 30", "- 31 -", "– 31 –", "LKj 2023 12", "| 7 \n",
			"Laporan Kinerja 2023", "BAB II", "- 31 -x", "31 — "},
	}, {
		name: "twoYearDigits", re: reYearRange, gate: twoYearDigits, seed: 8, n: 20000, parts: 5,
		words: []string{"2020", "1999", "2024", "202", "20", "19", "3", "s.d.", "sd", "s.d", "sampai", "-", "x", "é"},
		seps:  []string{" ", "", "  ", "\t", "\u00a0"},
		written: []string{"", "2020-2024", "2020 s.d. 2024", "Realisasi 2019 sampai 2023", "20202024", "2024", "Tahun 2024 - 25",
			"120245-2025"},
	}, {
		name: "mayRataRata", re: reRataRata, gate: mayRataRata, seed: 9, n: 20000, parts: 4,
		words:   []string{"rata", "RATA", "Rata", "rat", "ata", "-", "--", "x", "é", "ſ", "2"},
		seps:    []string{" ", "", "  ", "\t", "\n", "\v", "\u00a0"},
		written: []string{"", "Rata-rata", " rata rata capaian", "\trata--rata", "rata-ratax", "Jumlah rata-rata"},
	}, {
		name: "mayTotal", re: reTotal, gate: mayTotal, seed: 10, n: 20000, parts: 4,
		words:   []string{"total", "TOTAL", "Jumlah", "jumlah", "grand", "Grand", "tot", "jum", "x", "é", "ſ", "1"},
		seps:    []string{" ", "", "  ", "\t", "\n", "\u00a0"},
		written: []string{"", "Total", "Grand Total", "JUMLAH", " Jumlah", "Jumlahnya", "Sub Total", "grand  jumlah"},
	}}
	// the four component patterns share mayKomponen and one vocabulary
	kompWords := []string{"perencanaan", "Pengukuran", "PELAPORAN", "penguKran", "penguKuran", "evaluasi", "akuntabilitas",
		"Internal", "kinerja", "sebesar", "dari", "nilai", "bobot", "dengan", "memperoleh", "dan", "(", ":", ",", ";", "/",
		"18,15", "30", "9.45", "15", "20,20", "perencana", "pelapor", "intern", "pengukur", "é", "x"}
	kompWritten := []string{"", "perencanaan kinerja 18,15 dari bobot 30", "Pelaporan Kinerja 9,45 / 15",
		"a. Perencanaan Kinerja, bobot 30, nilai 20,20;", "evaluasi internal nilai 10,50 (bobot 10)", "Perencanaan Kinerja 30 18,70",
		"nilai evaluasi Reformasi Birokrasi adalah 25,66 (70,69%) dari bobot 36,30.", "penguKran kinerja 20,50 (bobot 30)"}
	for _, re := range []*regexp.Regexp{reKompProse, reKompFlat, reKompBobotFirst, reKompNilaiFirst} {
		tests = append(tests, scannerCase{name: "mayKomponen " + re.String()[:20], re: re, gate: mayKomponen, seed: 11, n: 20000,
			parts: 7, words: kompWords, seps: []string{" ", "", "  ", "\n", "\u00a0"}, written: kompWritten})
	}
	for _, tc := range tests {
		no := 0
		for _, s := range sharedtest.Texts(tc.seed, tc.n, tc.parts, tc.words, tc.seps, tc.written...) {
			if tc.gate(s) {
				continue
			}
			no++
			in := s
			if tc.in != nil {
				in = tc.in(s)
			}
			if tc.re.MatchString(in) {
				t.Fatalf("%s(%q) = false, but the pattern matches", tc.name, s)
			}
		}
		if no == 0 {
			t.Errorf("%s never says no", tc.name)
		}
	}
}

// TestSentenceEnded: sentenceEnded is reSentenceEnd.MatchString, on
// written and random texts ending in every mark, closer and near miss.
func TestSentenceEnded(t *testing.T) {
	parts := []string{"kata", ".", "!", "?", ":", ";", "\"", "'", ")", "]", "(", "[", ",", "-", "é", "”", "\n", " ", "..", ".)"}
	for _, s := range sharedtest.Texts(41, 20000, 6, parts, nil, "", ".", "a.", "a.)", "a)", "a.))", ".\n", "é.") {
		if got, want := sentenceEnded(s), reSentenceEnd.MatchString(s); got != want {
			t.Fatalf("sentenceEnded(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestChangeOfPaguGate: changeOfPagu's gate words let through every text
// its own words find something in (each of them, alone and in a window).
func TestChangeOfPaguGate(t *testing.T) {
	words := []string{"menambah", "penambahan", "tambahan", "bertambah", "mengurangi", "pengurangan", "berkurang",
		"pemotongan", "dipotong", "kenaikan", "penurunan", "naik sebesar", "turun sebesar"}
	slow := func(lw string) bool {
		k := lastIndexAny(lw, words...)
		return k >= 0 && !strings.Contains(lw[k:], "menjadi")
	}
	parts := append([]string{"pagu", "menjadi", "sebesar", "naik", "turun", "potong", "kurang", "x"}, words...)
	for _, s := range sharedtest.Texts(17, 5000, 6, parts, []string{" ", ""}, words...) {
		if got, want := changeOfPagu(s), slow(s); got != want {
			t.Fatalf("changeOfPagu(%q) = %v, want %v", s, got, want)
		}
	}
}
