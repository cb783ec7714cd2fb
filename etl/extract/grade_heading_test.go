package extract

import "testing"

// TestGradeHeading: the grade a heading over a group of result rows names;
// "" for a value, a marker alone, two grades, other words or a row.
func TestGradeHeading(t *testing.T) {
	for in, want := range map[string]string{
		"Predikat BB (Sangat Baik)": "BB", "Predikat B (Baik)": "B", "Kategori A (Memuaskan)": "A",
		"Sangat Baik (BB)": "BB", "BB - Sangat Baik": "BB", "A. Predikat A": "A", "II. Predikat CC (Cukup)": "CC",
		"Predikat: C": "C", "Kategori BB (nilai > 70 - 80)": "BB", "Predikat B (60 – 70)": "B",
		"BB":                             "", // no heading word: a value
		"A. Sangat Baik":                 "", // a marker, no grade
		"Predikat BB dan B":              "", // a word of no grade heading
		"Predikat BB atau B (Baik)":      "", // two grades
		"Predikat WTP":                   "", // not a SAKIP grade
		"Persentase predikat BB":         "", // an indicator
		"Predikat bb (sangat baik)":      "", // a grade code is written in capitals
		"KPU Kabupaten Lembata 76,55 BB": "", // a row
	} {
		if got := GradeHeading(in); got != want {
			t.Errorf("GradeHeading(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestDistrictHeading: an electoral district's heading over its areas.
func TestDistrictHeading(t *testing.T) {
	for in, want := range map[string]bool{
		"DAPIL SUMBA TIMUR 1": true, "Dapil Kupang 2": true, "Daerah Pemilihan II": true,
		"Dapil": false, "Daerah pemilihan Sumba Timur meliputi enam kecamatan dengan jumlah pemilih terbanyak.": false,
		"Jumlah Dapil 1": false, "Daerah Pemilihan I terdiri atas dua kecamatan.": false,
	} {
		if got := DistrictHeading(in); got != want {
			t.Errorf("DistrictHeading(%q) = %v, want %v", in, got, want)
		}
	}
}
