package parse

import (
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/normalize"
)

// TestHeaderKey: the cached folding is the folding, on first sight and on
// the next, for a header the OCR repair changes, one too long to keep, and
// after the cache is full.
func TestHeaderKey(t *testing.T) {
	long := strings.Repeat("Realisasi Anggaran ", 20)
	tests := []string{"", "No Indikator Kinerja Target Realisasi Capaian", "NO  INDIKATOR\u00a0KINERJA", "Indivator Kinerja Targett",
		"Kecamatan L P L+P", long}
	for round := 0; round < 2; round++ {
		for _, raw := range tests {
			want := " " + fixOCR(normalize.Key(raw)) + " "
			if got := headerKey([]byte(raw)); got != want {
				t.Fatalf("round %d: headerKey(%q) = %q, want %q", round, raw, got, want)
			}
		}
	}
	headerKeys.RLock()
	_, kept := headerKeys.m[long]
	headerKeys.RUnlock()
	if kept {
		t.Errorf("a header of %d bytes was kept", len(long))
	}
	for i := 0; i < headerKeyMaxCount+10; i++ {
		raw := "Kolom " + strings.Repeat("x", i%50) + string(rune('a'+i%26)) + " " + strings.Repeat("y", i/50)
		if got, want := headerKey([]byte(raw)), " "+fixOCR(normalize.Key(raw))+" "; got != want {
			t.Fatalf("headerKey(%q) = %q, want %q", raw, got, want)
		}
	}
	headerKeys.RLock()
	n := len(headerKeys.m)
	headerKeys.RUnlock()
	if n > headerKeyMaxCount {
		t.Errorf("%d headers kept, bound %d", n, headerKeyMaxCount)
	}
}
