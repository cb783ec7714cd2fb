package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"testing"

	"github.com/kpu-ntt/lkj/etl/ingest"
	"github.com/kpu-ntt/lkj/etl/warehouse/whtest"
)

// rtfReport is a made-up report saved by a word processor as RTF: a cover
// paragraph and a DPT table written as RTF rows.
const rtfReport = `{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}
\pard\qc{\b LAPORAN KINERJA KOMISI PEMILIHAN UMUM KABUPATEN ENDE TAHUN 2023}\par
\pard Tabel 3.2 DPT Pemilu 2024 per Kecamatan\par
\trowd\cellx600\cellx3600\cellx4800\cellx6000\cellx7200
\pard\intbl No\cell Kecamatan\cell L\cell P\cell L+P\cell\row
\trowd\cellx600\cellx3600\cellx4800\cellx6000\cellx7200
\pard\intbl 1\cell Nangapanda\cell 7.120\cell 7.480\cell 14.600\cell\row
\trowd\cellx600\cellx3600\cellx4800\cellx6000\cellx7200
\pard\intbl 2\cell Maukaro\cell 3.205\cell 3.311\cell 6.516\cell\row
\pard\par
}
`

// An RTF file is a report text like a .txt (the text reader converts its
// markup): found in a folder whatever the case of its extension, accepted
// when named, and loaded with the facts of its tables.
func TestRTFIngestsAsText(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.MkdirAll(in, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"lkj-ende-2023.rtf", "LKJ-ENDE-SALINAN.RTF"} {
		if err := os.WriteFile(filepath.Join(in, name), []byte(rtfReport), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	srcs, skipped, err := ingest.DiscoverSkipped([]string{in, filepath.Join(in, "lkj-ende-2023.rtf")})
	if err != nil {
		t.Fatal(err)
	}
	var formats []string
	for _, s := range srcs {
		formats = append(formats, filepath.Base(s.Path)+":"+s.Format)
	}
	if want := []string{"LKJ-ENDE-SALINAN.RTF:txt", "lkj-ende-2023.rtf:txt", "lkj-ende-2023.rtf:txt"}; !reflect.DeepEqual(formats, want) || len(skipped) != 0 {
		t.Fatalf("sources %q skipped %q, want %q and none skipped", formats, skipped, want)
	}

	ctx := context.Background()
	wh := whtest.Open(t, filepath.Join(dir, "w.duckdb"))
	if err := os.Remove(filepath.Join(in, "LKJ-ENDE-SALINAN.RTF")); err != nil {
		t.Fatal(err)
	}
	sum, err := ingest.Run(ctx, wh, []string{in}, ingest.Options{})
	if err != nil || sum.Rejected != 0 || sum.Loaded != 1 {
		t.Fatalf("ingest: %+v %v, want one document loaded", sum, err)
	}
	var got []string
	for _, p := range whtest.Pairs(t, wh.Conn(), "SELECT wilayah, pemilihan || ' ' || CAST(tahun AS VARCHAR) || ' ' || CAST(pemilih_total AS VARCHAR) FROM fact_dpt") {
		got = append(got, p[0]+"="+p[1])
	}
	sort.Strings(got)
	if want := []string{"MAUKARO=pemilu 2024 6516", "NANGAPANDA=pemilu 2024 14600"}; !reflect.DeepEqual(got, want) {
		t.Errorf("fact_dpt %q, want %q", got, want)
	}
}
