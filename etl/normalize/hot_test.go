package normalize

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// The hot helpers against their plain definitions, on random texts of
// the bytes that decide them.
func TestHotHelpers(t *testing.T) {
	refNeedsSpace := func(s string) bool { // the byte loop it replaced
		if s == "" {
			return false
		}
		if s[0] == ' ' || s[len(s)-1] == ' ' {
			return true
		}
		prev := byte(0)
		for i := 0; i < len(s); i++ {
			c := s[i]
			if isSpaceByte(c) && (c != ' ' || prev == ' ') {
				return true
			}
			prev = c
		}
		return false
	}
	refKey := func(s string) string { // Key's general path
		var b strings.Builder
		pending := false
		for _, r := range Fold(s) {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				if pending && b.Len() > 0 {
					b.WriteByte(' ')
				}
				pending = false
				b.WriteString(strings.ToLower(string(r)))
				continue
			}
			pending = true
		}
		return b.String()
	}
	refGrade := func(s string) string { // Grade without its fast path
		s = strings.TrimRight(strings.TrimSpace(Fold(s)), "*")
		if len(s) == 0 || len(s) > 2 {
			return ""
		}
		if _, ok := gradeRank[s]; ok {
			return s
		}
		switch s {
		case "aa", "bb", "cc":
			return strings.ToUpper(s)
		}
		return ""
	}
	for _, s := range []string{"", " ", "a", "a b", "a  b", "a\tb", "abcdefgh ijklmnop", "abcdefg  hijklmn", "abcdefgh\u00a0ij", "abcdefghijklmnop\n"} {
		if got, want := needsSpace(s), refNeedsSpace(s); got != want {
			t.Errorf("needsSpace(%q) = %v, want %v", s, got, want)
		}
	}
	rng := rand.New(rand.NewSource(3))
	alpha := []string{"a", "Z", "7", " ", " ", " ", "\t", "\n", "\r", "\v", "\f", "-", "*", ".", "é", "\u00a0", "В", "ſ", "\u200b", "%"}
	grades := []string{"A", "B", "C", "D", "a", "b", "c", "*", " ", "Rp", "rp.", "RP", "ʀ", "В", "\u00a0", "x"}
	gen := func(alpha []string, max int) string {
		var b strings.Builder
		for k := rng.Intn(max + 1); k > 0; k-- {
			b.WriteString(alpha[rng.Intn(len(alpha))])
		}
		return b.String()
	}
	for n := 0; n < 300000; n++ {
		s := gen(alpha, 40)
		if got, want := needsSpace(s), refNeedsSpace(s); got != want {
			t.Fatalf("needsSpace(%q) = %v, want %v", s, got, want)
		}
		if got, want := Key(s), refKey(s); got != want {
			t.Fatalf("Key(%q) = %q, want %q", s, got, want)
		}
		g := gen(grades, 5)
		if got, want := Grade(g), refGrade(g); got != want {
			t.Fatalf("Grade(%q) = %q, want %q", g, got, want)
		}
		if g != "" {
			want := tkWord
			if strings.EqualFold(strings.TrimRight(g, "."), "rp") {
				want = tkCurrency
			}
			if got := tokenKind(g); (got == tkCurrency) != (want == tkCurrency) {
				t.Fatalf("tokenKind(%q) = %d; currency: %v", g, got, want == tkCurrency)
			}
		}
	}
}

func TestCountFields(t *testing.T) {
	rng := rand.New(rand.NewSource(4))
	alpha := []string{"a", "Z", " ", " ", "\t", "\n", "\u00a0", "\u2003", "\x85", "é", "\xff", "-"}
	for n := 0; n < 100000; n++ {
		var b strings.Builder
		for k := rng.Intn(20); k > 0; k-- {
			b.WriteString(alpha[rng.Intn(len(alpha))])
		}
		s := b.String()
		if got, want := CountFields(s), len(strings.Fields(s)); got != want {
			t.Fatalf("CountFields(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestFindSatkersNameWords: the first-word filter of FindSatkers finds
// what the look-ups of every length find, on texts naming satkers of
// the reference (as written, with and without their kind, misspelt)
// amid other words.
func TestFindSatkersNameWords(t *testing.T) {
	r, err := loadRef()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range r.byID {
		names = append(names, s.Wilayah, s.core, strings.ToLower(s.core))
	}
	for k := range r.plain {
		names = append(names, k)
	}
	filler := []string{"Laporan", "Kinerja", "KPU", "Kabupaten", "Kota", "Provinsi", "tahun", "2024", "di", "dan", "Barat", "Timur", "Sumba"}
	rng := rand.New(rand.NewSource(11))
	var texts []string
	for n := 0; n < 4000; n++ {
		var b strings.Builder
		for k := rng.Intn(6); k >= 0; k-- {
			if rng.Intn(2) == 0 {
				b.WriteString(names[rng.Intn(len(names))])
			} else {
				b.WriteString(filler[rng.Intn(len(filler))])
			}
			b.WriteByte(' ')
		}
		texts = append(texts, b.String())
	}
	provs := []string{"", "53", "52"}
	words := r.nameWords
	defer func() { r.nameWords = words }()
	for _, text := range texts {
		for _, prov := range provs {
			for _, fuzzy := range []bool{false, true} {
				r.nameWords = words
				got := FindSatkers(text, prov, fuzzy)
				r.nameWords = nil
				want := FindSatkers(text, prov, fuzzy)
				if !slices.Equal(got, want) {
					t.Fatalf("FindSatkers(%q, %q, %v) = %v, want %v", text, prov, fuzzy, got, want)
				}
			}
		}
	}
}
