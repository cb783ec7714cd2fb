package sample

import (
	"os"
	"testing"
)

// TestWritePreview regenerates testdata/preview when LKJ_SAMPLE_PREVIEW
// names the output folder (normally testdata/preview):
//
//	LKJ_SAMPLE_PREVIEW=testdata/preview go test -run TestWritePreview ./etl/sample
//
// The preview is three satkers of NTT for 2024, one per house style, at
// the default noise: 53 (provinsi), 5305 (kabupaten), 5371 (ringkas).
func TestWritePreview(t *testing.T) {
	dir := os.Getenv("LKJ_SAMPLE_PREVIEW")
	if dir == "" {
		t.Skip("LKJ_SAMPLE_PREVIEW not set")
	}
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	res, err := generateOnly(Options{Scope: "ntt", FromYear: 2024, ToYear: 2024, Seed: 1, Noise: "default", TemplateShare: -1, Out: dir},
		[]string{"53", "5305", "5371"})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%+v", res)
}
