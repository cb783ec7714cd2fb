package normalize

import "testing"

// TestKeyTo: KeyTo is Key for ASCII text that fits the buffer, and
// refuses (for Key to answer) non-ASCII text and text longer than it.
func TestKeyTo(t *testing.T) {
	buf := make([]byte, 24)
	for _, s := range []string{
		"", " ", "Nilai (Rp)", "nilai rp", "  Jenis   Ukuran ", "Tahun-2023", "TA.2024/2025",
		"already a key", "a", "--", "Nilai Capaian Kinerja Utama", "Target\tRealisasi", "Capaian (%)",
	} {
		k, ok := KeyTo(buf, s)
		if len(s) > len(buf) && !isASCIIKey(s) {
			if ok {
				t.Errorf("KeyTo(%q) = %q, true; want false (longer than the buffer)", s, k)
			}
			continue
		}
		if !ok || k != Key(s) {
			t.Errorf("KeyTo(%q) = %q, %v; want %q, true", s, k, ok, Key(s))
		}
	}
	for _, s := range []string{"Kecamatan Â", "Nilai – Rp"} {
		if k, ok := KeyTo(buf, s); ok {
			t.Errorf("KeyTo(%q) = %q, true; want false (not ASCII)", s, k)
		}
	}
}
