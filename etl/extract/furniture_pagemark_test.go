package extract

import (
	"math/rand"
	"regexp"
	"testing"
)

// rePageMark is the specification of pageMark: the regexp it replaced on
// the hot path.
var rePageMark = regexp.MustCompile(`(?i)\bhal(?:aman|\.)\s*\d|(?:^|[^\d.,])(\d{1,3})\s*-?\s*$`)

// TestPageMarkMatchesRegexp checks pageMark against rePageMark on page
// furniture, look-alikes and random strings over the bytes that matter.
func TestPageMarkMatchesRegexp(t *testing.T) {
	cases := []string{
		"", "1", "12", "123", "1234", "Halaman 12 dari 34", "hal. 17", "HAL.7", "Hal.\t9", "hal 9",
		"LKj KPU Kab. Ende 2023 | hal. 17", "LKj 2020 - 21", "LKj 2020 - 21 -", "21 -  -", "x 5 - ",
		"1.5", "1,5", "Rp 1.000", "abc 12\n", "shal. 3", "_hal. 3", "éhal. 3", "halaman", "halamanx 3",
		"halaman\f\r\n 4", "Halaman: 4", "-12", "a-12-", "12\v", "\xff12", "\xffhal.1", "hal.", "halAMAN9",
		"x 1 2", "tabel 3.12", "0", "0000", "99 ", " 7 \t-\t ",
	}
	for _, c := range cases {
		if got, want := pageMark(c), rePageMark.MatchString(c); got != want {
			t.Errorf("pageMark(%q) = %v, regexp says %v", c, got, want)
		}
	}
	alphabet := []string{"h", "H", "a", "A", "l", "L", "m", "n", "N", ".", ",", "-", " ", "\t", "\n", "\f", "\r", "\v",
		"0", "1", "9", "x", "_", "é", "\xff", "hal", "aman", "Hal.", "halaman "}
	r := rand.New(rand.NewSource(13))
	for n := 0; n < 200000; n++ {
		s := ""
		for k := r.Intn(9); k > 0; k-- {
			s += alphabet[r.Intn(len(alphabet))]
		}
		if got, want := pageMark(s), rePageMark.MatchString(s); got != want {
			t.Fatalf("pageMark(%q) = %v, regexp says %v", s, got, want)
		}
	}
}
