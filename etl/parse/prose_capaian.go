package parse

import (
	"math"
	"regexp"

	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Capaian told as a narrative: each indicator a heading line, then a
// paragraph stating its target, realisasi and capaian in words:
//
//	Indikator 1: Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan
//
//	... indikator ini ditargetkan sebesar 77,50 persen. Realisasi sampai
//	dengan akhir tahun adalah 81,24 persen, sehingga capaian kinerjanya
//	104,83 persen dan target tercapai.
//
// The three figures are read only when the stated capaian is what the
// target and realisasi give (realisasi / target, or its lower-is-better
// form): the pair is then read as a one-row capaian table, through the
// same reader as any table. Otherwise the paragraph is read as prose (and
// reported when nothing reads it).

var (
	reNarrHeading = regexp.MustCompile(`^(?i:indikator)(?:\s+(?i:kinerja(?:\s+utama)?))?\s+(\d{1,2})\s*[:.]\s*(\S.{5,200})$`)
	reNarrTarget  = regexp.MustCompile(`(?i)\b(?:ditargetkan|target(?:nya)?(?:\s+(?:adalah|sebesar))?)\s+(?:sebesar\s+)?(\d{1,3}(?:[.,]\d{1,2})?)\s*(persen|%)`)
	reNarrReal    = regexp.MustCompile(`(?i)\brealisasi(?:nya)?\b[^.]{0,60}?\b(?:adalah|sebesar|mencapai)\s+(\d{1,3}(?:[.,]\d{1,2})?)\s*(persen|%)`)
	// a grade or an audit opinion as target and realisasi: "Target predikat
	// hasil evaluasi AKIP adalah B dan realisasinya juga B", "ditargetkan
	// WTP dan opini yang diterima adalah WTP"
	reNarrTargetG = regexp.MustCompile(`(?i)\b(?:ditargetkan|target(?:\s+[a-z]+){0,4}?\s+(?:adalah|sebesar|yaitu))\s+["“]?(?-i:(AA|A|BB|B|CC|C|D|WTP|WDP|TMP|TW))\b`)
	reNarrRealG   = regexp.MustCompile(`(?i)\b(?:realisasi(?:nya)?(?:\s+(?:juga|adalah|yaitu))?|yang\s+diterima\s+adalah|yang\s+diperoleh\s+adalah)\s+["“]?(?-i:(AA|A|BB|B|CC|C|D|WTP|WDP|TMP|TW))\b`)
	reNarrCap     = regexp.MustCompile(`(?i)\bcapaian(?:\s+kinerja(?:nya)?)?\s+(?:sebesar\s+|adalah\s+)?(\d{1,3}(?:[.,]\d{1,2})?)\s*(persen|%)`)
)

// narrativeCapaian reads the indicator heading blocks[i] with the
// paragraph after it; it returns the index of the last block read (i when
// they are no proven narrative).
func (p *parser) narrativeCapaian(i int) int {
	b := &p.blocks[i]
	if len(b.Text) > 220 || b.End != b.Start || i+1 >= len(p.blocks) || len(b.Text) < 12 || !strings.EqualFold(b.Text[:9], "indikator") {
		return i
	}
	nb := &p.blocks[i+1]
	if nb.Kind != extract.Paragraph || !containsFoldASCII(nb.Text, "target") {
		return i
	}
	h := reNarrHeading.FindStringSubmatch(b.Text)
	if h == nil {
		return i
	}
	t, r, c := reNarrTarget.FindStringSubmatch(nb.Text), reNarrReal.FindStringSubmatch(nb.Text), reNarrCap.FindStringSubmatch(nb.Text)
	if t == nil && r == nil && c == nil {
		return p.narrativeGrade(i, h)
	}
	if t == nil || r == nil || c == nil {
		return i
	}
	tv, rv, cv := narrNum(t[1]), narrNum(r[1]), narrNum(c[1])
	if tv <= 0 || rv < 0 || cv < 0 || !nearCap(rv/tv*100, cv) && !nearCap((2*tv-rv)/tv*100, cv) {
		return i // the figures do not prove each other
	}
	cell := func(m []string) string { return m[1] + " " + strings.ToLower(m[2]) }
	blk := extract.Block{Kind: extract.Table, Start: b.Start, End: nb.End, Caption: "Capaian Indikator Kinerja"}
	blk.CaptionParts = []string{blk.Caption}
	blk.Header = []extract.Row{{Start: b.Start, End: b.Start, Cells: []string{"No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"}}}
	blk.Rows = []extract.Row{{Start: b.Start, End: nb.End, Cells: []string{h[1], strings.TrimSpace(h[2]), cell(t), cell(r), cell(c)}}}
	blk.Width = 5
	p.table(&blk)
	return i + 1
}

func narrNum(s string) float64 {
	n := normalize.ParseNumber(s, normalize.Indonesian)
	if n.Status != normalize.OK {
		return -1
	}
	return n.Value
}

// nearCap: a computed capaian rounds to the stated one (two decimals).
func nearCap(computed, stated float64) bool {
	return math.Abs(math.Round(computed*100)/100-stated) < 0.0051
}

// narrativeGrade reads an indicator whose target and realisasi are grades
// or audit opinions of one kind, each named after its word; no capaian is
// stated (the reader compares them by rank).
func (p *parser) narrativeGrade(i int, h []string) int {
	b, nb := &p.blocks[i], &p.blocks[i+1]
	t, r := reNarrTargetG.FindStringSubmatch(nb.Text), reNarrRealG.FindStringSubmatch(nb.Text)
	if t == nil || r == nil || isOpinion(t[1]) != isOpinion(r[1]) {
		return i
	}
	blk := extract.Block{Kind: extract.Table, Start: b.Start, End: nb.End, Caption: "Capaian Indikator Kinerja"}
	blk.CaptionParts = []string{blk.Caption}
	blk.Header = []extract.Row{{Start: b.Start, End: b.Start, Cells: []string{"No", "Indikator Kinerja", "Target", "Realisasi"}}}
	blk.Rows = []extract.Row{{Start: b.Start, End: nb.End, Cells: []string{h[1], strings.TrimSpace(h[2]), t[1], r[1]}}}
	blk.Width = 4
	p.table(&blk)
	return i + 1
}

func isOpinion(g string) bool { return g == "WTP" || g == "WDP" || g == "TMP" || g == "TW" }
