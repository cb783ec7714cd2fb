package normalize

import "testing"

// Texts the resolver treats as one indicator must give one warehouse key.
func TestIndikatorKunci(t *testing.T) {
	tests := []struct {
		id, a, b string
		same     bool
	}{
		{"", "Persentase  KPU Kabupaten", "persentase kpu kabupaten", true},
		{"", "Nilai Evaluasi atas Akuntabilitas Kinerja (В)", "Nilai evaluasi atas akuntabilitas kinerja B", true}, // Cyrillic В
		{"", "Persentase Pemilih, yang Berhak", "Persentase Pemilih yang Berhak", true},
		{"", "Persentase Pemilih Perempuan", "Persentase Pemilih Disabilitas", false},
		{"ss.rb", "anything", "something else", true},
	}
	for _, tt := range tests {
		ka, kb := IndikatorKunci(tt.id, tt.a), IndikatorKunci(tt.id, tt.b)
		if (ka == kb) != tt.same {
			t.Errorf("IndikatorKunci(%q) = %q, (%q) = %q; same = %v, want %v", tt.a, ka, tt.b, kb, ka == kb, tt.same)
		}
	}
	if got := IndikatorKunci("ss.rb", "x"); got != "ss.rb" {
		t.Errorf("an id is its own key, got %q", got)
	}
}
