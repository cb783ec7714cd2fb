package parse

import "testing"

func TestNumberOverNumber(t *testing.T) {
	for in, want := range map[string]bool{
		"pelaporan kinerja 9,45 / 15":                true,
		"pelaporan kinerja 9,45/15":                  true,
		"nilai 20,20 /  30":                          true,
		"pelaporan kinerja pemilu/pemilihan":         false,
		"pelaporan 2023 / pemilihan":                 false,
		"tahun 2019/2020 ditambah pelaporan kinerja": true, // a year range passes; the patterns decide
		"/ 15":   false,
		"9,45 /": false,
	} {
		if got := numberOverNumber([]byte(in)); got != want {
			t.Errorf("numberOverNumber(%q) = %v, want %v", in, got, want)
		}
	}
}
