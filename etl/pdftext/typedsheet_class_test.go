package pdftext

import (
	"strings"
	"testing"
)

// typedSheetProse is the report's own prose (Helvetica 10 pt) above and
// under the sheets below, wide enough that no sheet line reaches its
// right edge (so no cut at the print width is in question).
var (
	typedSheetProse = []string{
		"Hasil penilaian komponen evaluasi diumumkan dalam bentuk lembar yang diketik ulang di bawah ini.",
		"Setiap komponen menjadi satu baris dengan bobot dan nilai yang diperoleh satuan kerja tahun ini.",
	}
	typedSheetAfter = []string{"Nilai tersebut menjadi dasar rencana aksi perbaikan pada tahun berikutnya."}
)

// TestTypedSheetClass: a sheet typed in a monospaced face (Courier 8 pt)
// inside a proportional report, a head of fields padded to one colon
// column over a table between full-width typed rules, is kept as its
// grid, a printed line a line with its spaces, whatever its rule
// character, its labels and its columns' order; without that the
// borderless route takes the fields' long values for rows of the table
// and cuts each row at its last gap only.
func TestTypedSheetClass(t *testing.T) {
	tests := []struct {
		name string
		mono []string
	}{
		{"jury sheet ruled in tildes", []string{
			"                    LEMBAR PENILAIAN TIM JURI",
			"          LOMBA KINERJA SATUAN KERJA TAHUN 2022",
			"",
			"Peserta        : Sekretariat KPU Kabupaten Sumba Barat Daya",
			"Nomor Urut     : 07",
			"Tahap          : Final (tahun kinerja 2022)",
			strings.Repeat("~", 72),
			"NO  KRITERIA PENILAIAN                       BOBOT MAKS.      NILAI JURI",
			strings.Repeat("~", 72),
			"1.  Perencanaan Kinerja                            30,00           21,30",
			"2.  Pengukuran Kinerja                             30,00           19,75",
			"3.  Pelaporan Kinerja                              15,00           10,40",
			"4.  Evaluasi Internal                              25,00           15,05",
			strings.Repeat("~", 72),
			"    JUMLAH NILAI                                  100,00           66,50",
			"    PREDIKAT                                                           B",
			strings.Repeat("~", 72),
		}},
		{"study card ruled in dashes, codes first", []string{
			"                   KARTU HASIL STUDI (KHS)",
			"",
			"Nama           : Sekretariat KPU Kota Kupang",
			"Program Studi  : Akuntabilitas Kinerja",
			"Semester       : Tahun Kinerja 2021",
			strings.Repeat("-", 68),
			"No  Kode MK   Mata Kuliah                              SKS     Nilai",
			strings.Repeat("-", 68),
			"1   AKP-01    Perencanaan Kinerja                    30,00     18,20",
			"2   AKP-02    Pengukuran Kinerja                     30,00     16,90",
			"3   AKP-03    Pelaporan Kinerja                      15,00      9,60",
			"4   AKP-04    Evaluasi Internal                      25,00     14,10",
			strings.Repeat("-", 68),
			"              Jumlah SKS / Jumlah Nilai             100,00     58,80",
			strings.Repeat("-", 68),
		}},
		{"score slip ruled in equals signs, score before weight", []string{
			"Unit Kerja : Sekretariat KPU Kabupaten Alor",
			"Periode    : Tahun 2023",
			strings.Repeat("=", 60),
			"KOMPONEN                          NILAI      BOBOT",
			strings.Repeat("=", 60),
			"Perencanaan Kinerja               20,10      30,00",
			"Pengukuran Kinerja                18,45      30,00",
			"Pelaporan Kinerja                 11,00      15,00",
			"Evaluasi Internal                 16,25      25,00",
			strings.Repeat("=", 60),
			"TOTAL                             65,80     100,00",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, l := range convertLines(t, monoPage(typedSheetProse, tc.mono, typedSheetAfter)) {
				if l != "" { // blank lines are the gaps' business (gaps.go)
					got = append(got, l)
				}
			}
			var want []string
			for _, l := range append(append(append([]string{}, typedSheetProse...), tc.mono...), typedSheetAfter...) {
				if l != "" {
					want = append(want, l)
				}
			}
			wantLines(t, got, want)
		})
	}
}

// TestTypedSheetNegative: look-alikes keep the text they had: no sheet
// line is kept at its grid (a run of three spaces) when the head's
// colons are not padded to a column (a sentence "Catatan : ..."), when
// there is no head of fields, when a line between the rules outruns
// them, or when no figure stands between the rules.
func TestTypedSheetNegative(t *testing.T) {
	rule := strings.Repeat("-", 60)
	table := []string{
		rule,
		"KOMPONEN                          BOBOT      NILAI",
		rule,
		"Perencanaan Kinerja               30,00      20,10",
		"Pengukuran Kinerja                30,00      18,45",
		rule,
	}
	tests := []struct {
		name string
		mono []string
	}{
		{"colons not padded", append([]string{
			"Catatan : nilai diambil dari lembar kerja evaluator",
			"Sumber : Inspektorat Utama",
		}, table...)},
		{"no head of fields", table},
		{"a line outruns the rules", append([]string{
			"Unit Kerja : Sekretariat KPU Kabupaten Alor",
			"Periode    : Tahun 2023",
		}, append(append([]string{}, table[:4]...),
			"Pelaporan Kinerja dan evaluasi internal digabung      45,00      28,30", rule)...)},
		{"no figure between the rules", []string{
			"Unit Kerja : Sekretariat KPU Kabupaten Alor",
			"Periode    : Tahun 2023",
			rule,
			"KOMPONEN                          KETERANGAN",
			rule,
			"Perencanaan Kinerja               lengkap",
			"Pengukuran Kinerja                sebagian",
			rule,
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, l := range convertLines(t, monoPage(typedSheetProse, tc.mono, typedSheetAfter)) {
				if strings.Contains(l, "   ") {
					t.Errorf("line kept at a grid: %q", l)
				}
			}
		})
	}
}
