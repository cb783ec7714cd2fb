package ingest

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/warehouse/whtest"
)

func doc(satker string, tahun int, sev string) *facts.Document {
	return &facts.Document{
		Meta: facts.Meta{SatkerID: satker, Tahun: tahun, Kind: "lkj", Format: "txt"},
		Anggaran: []facts.Anggaran{{SatkerID: satker, Tahun: tahun, Kode: "TOTAL", Tingkat: facts.LevelTotal,
			Pagu: facts.I(100), Realisasi: facts.I(90), Sisa: facts.I(10), Utama: true}},
		DPT: []facts.DPT{{SatkerID: satker, Pemilihan: "pilkada", Tahun: tahun, TingkatWilayah: "kabupaten", Wilayah: "X",
			PemilihL: facts.I(1), PemilihP: facts.I(2), PemilihTotal: facts.I(3), Utama: true}},
		Findings: []facts.Finding{{Aturan: "t", Tingkat: sev, Pesan: "p"}},
	}
}

// A group with one document the warehouse refuses (a finding severity the
// schema's CHECK rejects) loads the others whole and rejects only that one.
func TestGroupFallsBackPerDocument(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	wh := whtest.New(t)
	runID, err := beginRun(ctx, wh, "test")
	if err != nil {
		t.Fatal(err)
	}
	var docs []parsed
	for i, sev := range []string{facts.Info, "bogus", facts.Warning} {
		sha := strconv.Itoa(i) + "0000000000000000000000000000000000000000000000000000000000000"
		docs = append(docs, parsed{src: Source{Path: "d" + strconv.Itoa(i) + ".txt", Format: "txt"}, sha: sha,
			doc: doc("530"+strconv.Itoa(i+1), 2024, sev)})
	}
	var sum Summary
	cat, err := loadCatalog(ctx, wh.Conn())
	if err != nil {
		t.Fatal(err)
	}
	w := &writer{wh: wh, runID: runID, cat: cat, sum: &sum, log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	if err := w.store(ctx, docs); err != nil {
		t.Fatal(err)
	}
	if sum.Loaded != 2 || sum.Rejected != 1 {
		t.Fatalf("loaded %d rejected %d, want 2 and 1", sum.Loaded, sum.Rejected)
	}
	var n int
	q := `SELECT count(*) FROM etl_document d WHERE status = 'loaded'
	      AND facts = (SELECT count(*) FROM fact_anggaran a WHERE a.doc_id = d.doc_id)
	                 + (SELECT count(*) FROM fact_dpt p WHERE p.doc_id = d.doc_id)`
	if err := wh.Conn().QueryRowContext(ctx, q).Scan(&n); err != nil || n != 2 {
		t.Fatalf("%d loaded documents hold exactly their facts (want 2), %v", n, err)
	}
	if err := wh.Conn().QueryRowContext(ctx, "SELECT count(*) FROM fact_anggaran WHERE satker_id = '5302'").Scan(&n); err != nil || n != 0 {
		t.Fatalf("the rejected document left %d facts behind", n)
	}
}

// Documents share a group only when independent: no two versions of one
// report, no document a group member replaces or rewrites.
func TestGroupFits(t *testing.T) {
	t.Parallel()
	// The warehouse holds "old" loaded for 5301/2024.
	cat := &catalog{byID: map[string]knownDoc{}, loaded: map[string]map[string]bool{}, identOf: map[string]string{}}
	sha := func(id string) string { return id + strings.Repeat("0", 64-len(id)) }
	loaded := func(id, satker string) parsed {
		return parsed{sha: sha(id), doc: doc(satker, 2024, facts.Info)}
	}
	rejected := func(id string) parsed { return parsed{sha: sha(id), err: errors.New("rusak"), existed: true} }
	cases := []struct {
		name  string
		group []parsed
		next  parsed
		fits  bool
	}{
		{"other reports", []parsed{loaded("a1", "5302"), loaded("a2", "5303")}, loaded("a3", "5304"), true},
		{"second version of a report in the group", []parsed{loaded("a1", "5302")}, loaded("a2", "5302"), false},
		{"same bytes twice", []parsed{loaded("a1", "5302")}, loaded("a1", "5303"), false},
		{"rejection of a document another member replaces", []parsed{loaded("a1", "5301")}, rejected(docID(sha("old"))), false},
		{"replacing a document the group rejects", []parsed{rejected(docID(sha("old")))}, loaded("a1", "5301"), false},
		{"rejections are independent", []parsed{rejected("b1"), rejected("b2")}, rejected("b3"), true},
		{"unidentified documents never replace", []parsed{loaded("a1", "")}, loaded("a2", ""), true},
	}
	cat.setLoaded(docID(sha("old")), identity("5301", 2024, "lkj"))
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			g := &group{max: 64}
			for _, p := range tc.group {
				if !g.fits(p, cat) {
					t.Fatalf("setting up: %s does not fit", p.sha[:4])
				}
				g.add(p, cat)
			}
			if got := g.fits(tc.next, cat); got != tc.fits {
				t.Fatalf("fits = %v, want %v", got, tc.fits)
			}
		})
	}
}
