package parse

import (
	"fmt"
	"strings"
	"testing"
)

// TestSakipRBHistoryClasses: a history table of RB results by year is
// read as rb; a history table that gives SAKIP and RB side by side reads
// the SAKIP score from its own column whatever the column order, and the
// RB score into rb; a "Nilai RB" row under year columns is never the
// SAKIP score.
func TestSakipRBHistoryClasses(t *testing.T) {
	tests := []struct {
		name      string
		body      []string
		sakip, rb string // "year=score" joined by ";"
	}{
		{"RB by year", []string{"Tabel 3.8 Nilai Reformasi Birokrasi", "", "Tahun\tNilai RB\tKategori", "2022\t60,10\tB", "2023\t65,22\tB"},
			"", "2022=60.1;2023=65.22"},
		{"SAKIP then RB", []string{"Tabel 3.8 Nilai SAKIP dan Reformasi Birokrasi", "", "Tahun\tNilai SAKIP\tPredikat\tNilai RB", "2022\t60,10\tB\t55,20", "2023\t65,22\tB\t58,30"},
			"2022=60.1;2023=65.22", "2022=55.2;2023=58.3"},
		{"RB then SAKIP", []string{"Tabel 3.8 Nilai SAKIP dan Reformasi Birokrasi", "", "Tahun\tNilai RB\tNilai SAKIP\tPredikat", "2022\t55,20\t60,10\tB", "2023\t58,30\t65,22\tB"},
			"2022=60.1;2023=65.22", "2022=55.2;2023=58.3"},
		{"years as columns, RB row first", []string{"Tabel 3.8 Hasil Evaluasi SAKIP dan RB", "", "Uraian\t2022\t2023", "Nilai RB\t55,20\t58,30", "Nilai SAKIP\t60,10\t65,22", "Predikat\tB\tB"},
			"2022=60.1;2023=65.22", ""},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body...)
		var s, r []string
		for _, a := range d.Sakip {
			s = append(s, fmt.Sprintf("%d=%s", a.TahunDinilai, fmtNum(a.Nilai)))
		}
		for _, a := range d.RB {
			r = append(r, fmt.Sprintf("%d=%s", a.Tahun, fmtNum(a.Nilai)))
		}
		if got := strings.Join(s, ";"); got != tc.sakip {
			t.Errorf("%s: sakip %q, want %q", tc.name, got, tc.sakip)
		}
		if got := strings.Join(r, ";"); got != tc.rb {
			t.Errorf("%s: rb %q, want %q", tc.name, got, tc.rb)
		}
	}
}
