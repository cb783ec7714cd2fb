package parse

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
)

var (
	reAmount   = regexp.MustCompile(`(?i)\bRp\.?\s*\d[\d.,]*(?: \d{3}(?:[.,]\d+)?)*(?:\s*,-)?`)
	rePercent  = regexp.MustCompile(`(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|(?i:persen)\b)`)
	reYearWord = regexp.MustCompile(`(?i)\b(tahun\s+anggaran|ta|tahun)(?:\s+(?:sebelumnya|lalu))?\s+\(?((?:19|20)\d\d)\b`)
	reFootYear = regexp.MustCompile(`(?i)^\*+\s*:?\s*realisasi\s+(?:masih\s+)?menggunakan\s+hasil\s+pengukuran\s+tahun\s+((?:19|20)\d\d)`)
)

// proseAng accumulates what prose says about one fiscal year's total.
type proseAng struct {
	year      int
	start     int
	end       int
	pagu      *int64
	realisasi *int64
	serapan   *float64
	paguAwal  *int64
	revisi    *int64
	pagus     []int64 // every distinct amount stated as the pagu
	reals     []int64 // and as the realisation
	sisas     []int64 // and as the sisa ("sisa anggaran ... sebesar")
	// percentages written after a pagu ("dari pagu Rp ... atau 97,12%"):
	// the serapan only when realisasi / pagu proves it
	paguPcts []float64
	realPcts []float64 // every percentage stated with a realisation (prose_pcts.go)
}

func appendNew(xs []int64, v int64) []int64 {
	for _, x := range xs {
		if x == v {
			return xs
		}
	}
	return append(xs, v)
}

// dipaInitial: a paragraph naming the DIPA may state the first DIPA's amount
// without the word pagu ("DIPA awal Tahun Anggaran 2020 ditetapkan sebesar
// Rp ..."); proseAnggaran reads such an amount as pagu_awal only. The words
// are the ones proseAnggaran's kind switch takes for the initial pagu.
func dipaInitial(low []byte) bool {
	return bytes.Contains(low, []byte("awal")) || bytes.Contains(low, []byte("induk")) || bytes.Contains(low, []byte("semula")) ||
		bytes.Contains(low, []byte("sebelum revisi"))
}

// notSpending: the words before an amount say it is revenue, an asset or
// a receivable, never the budget's spending.
func notSpending(lw string) bool {
	return strings.Contains(lw, "pendapatan") || strings.Contains(lw, "penerimaan") || strings.Contains(lw, "pnbp") ||
		strings.Contains(lw, "aset") || strings.Contains(lw, "piutang") || strings.Contains(lw, "persediaan") ||
		kasWord(lw) // "berkas " is no treasury (anggaran_cell_prose.go)
}

// differenceFromPagu: the words before an amount say it is a difference
// between spending and the pagu (over, under, a gap), not either of them.
func differenceFromPagu(lw string) bool {
	for _, w := range [...]string{"melampaui", "melebihi", "kelebihan", "kekurangan", "selisih", "lebih dari pagu", "kurang dari pagu", "di atas pagu", "di bawah pagu"} {
		if strings.Contains(lw, w) {
			return true
		}
	}
	return false
}

// changeOfPagu: the words before an amount say it is a change of the
// budget (a revision adding or cutting it), not the budget itself; "...
// bertambah menjadi Rp ..." states the budget it became.
func changeOfPagu(lw string) bool {
	// every word below holds one of these five: most windows hold none
	if !containsAny(lw, "ambah", "urang", "otong", "naik", "urun") {
		return false
	}
	k := lastIndexAny(lw, "menambah", "penambahan", "tambahan", "bertambah", "mengurangi", "pengurangan", "berkurang",
		"pemotongan", "dipotong", "kenaikan", "penurunan", "naik sebesar", "turun sebesar")
	return k >= 0 && !strings.Contains(lw[k:], "menjadi")
}

type footnote struct {
	line int
	year int
}

// prose reads facts stated in sentences.
func (p *parser) prose(b *extract.Block) {
	t := b.Text
	if len(t) > 0 && t[0] == '*' { // the pattern is anchored at a "*"
		if m := reFootYear.FindStringSubmatch(t); m != nil {
			p.foot = append(p.foot, footnote{line: b.Start, year: atoi(m[1])})
			return
		}
	}
	// cheap checks first: most paragraphs state none of these facts
	if len(t) < 20 {
		return // too short to state a fact
	}
	p.low = lowerASCII(p.low[:0], t)
	low := p.low
	fam := false         // the paragraph names a family's words (for afterProse)
	w := proseWords(low) // the family words, in one pass (scan_prose.go)
	if w&pwSeharusnya != 0 && p.noteErratum(b, string(low)) {
		return // a correction's figures are no fact of their own (errata.go)
	}
	if w&(pwRp|pwPemilih|pwAkuntabilitas|pwAkip|pwReformasi|pwRB) != 0 && strings.IndexByte(t, '(') >= 0 {
		t2, ok, clash := dropSpelled(t)
		if clash != "" {
			// digits and words disagree: neither is loaded (prose_words.go)
			p.find("kalimat.angka_ragu", facts.Warning, b.Start, b.End, clash,
				"angka dan terbilangnya berbeda: %s; kalimat tidak dibaca", clash)
			return
		}
		if ok {
			// figures spelled out beside them, read without the words (prose_words.go)
			t = t2
			p.low = lowerASCII(p.low[:0], t)
			low = p.low
			w = w&^pwLate | proseWords(low)&pwLate // the words tested below, on the text read
		}
	}
	has := func(bits uint32) bool { return w&bits != 0 }
	if has(pwRp) && (has(pwPagu|pwRealisasi|pwAlokasi) || has(pwMenyerap) || has(pwDipa) && dipaInitial(low) || serapanPairIn(low)) {
		fam = true
		p.proseAnggaran(b, t)
	}
	if has(pwRevisi) && has(pwDipa) {
		fam = true
		p.proseRevisi(b, t)
	}
	// components written "pelaporan kinerja 9,45 / 15" name no weight
	komp := has(pwBobot) || has(pwPelaporan) && numberOverNumber(low)
	if has(pwAkuntabilitas | pwAkip) {
		fam = true
		p.proseSakip(b.Start, b.End, t)
		if komp {
			p.proseSakipKomponen(b.Start, b.End, t)
		}
	} else if (has(pwEvaluasi) || has(pwNilai) && bytes.Contains(low, []byte("predikat"))) && hasScoreShape(t) && p.sakipEvidence(t) {
		// "Evaluasi atas tahun 2020 memberikan nilai 68,43." under a SAKIP
		// table, and "Nilai tahun 2020: 63,46 (predikat B)." (sakip.go
		// gradedUnderSakip)
		p.proseSakip(b.Start, b.End, t)
	}
	if has(pwAkuntabilitas | pwAkip | pwNilai) {
		p.proseSakipClauses(b.Start, b.End, t, has(pwAkuntabilitas|pwAkip)) // a clause at a time (sakip_prose_clause.go)
		p.proseSakipChange(b.Start, b.End, t)                               // "naik 10,40 poin, dari 64,22 pada Tahun 2021 menjadi 74,62" (sakip_prose_change.go)
	}
	if komp && !has(pwAkuntabilitas|pwAkip) {
		p.proseSakipKomponen(b.Start, b.End, t) // the last item of a list of components ("c. Pelaporan Kinerja, bobot 15, nilai 10,65;")
	}
	if has(pwReformasi | pwRB | pwBureaucratic) {
		fam = true
		n, f := len(p.rbCand), len(p.doc.Findings)
		p.proseRB(b.Start, b.End, t)
		if len(p.rbCand) == n && len(p.doc.Findings) == f {
			p.proseRBRatio(b.Start, b.End, t) // any verb, the figures proving each other (rb_prose_ratio.go)
			// "NILAI RB = … // BOBOT = … // PERSEN = …" (rb_prose_record.go)
			p.proseRBRecord(b.Start, b.End, t)
			p.proseRBTotal(b.Start, b.End, t) // components, then the total (rb_prose_total.go)
			if len(p.rbCand) == n && len(p.doc.Findings) == f {
				p.proseRBRoles(b.Start, b.End, t) // each figure named by its own words, any order (rb_prose_roles.go)
			}
			if len(p.rbCand) == n && len(p.doc.Findings) == f {
				p.proseRBEquation(b.Start, b.End, t) // "= nilai : bobot x 100% = 22,90 : 36,30 x 100% = 63,09%" (rb_prose_equation.go)
			}
		}
	}
	if has(pwPemilih) {
		fam = true
		if has(pwDPT | pwPemilihTetap) {
			p.proseDPT(b.Start, b.End, t, low)
			if has(pwKecamatan) {
				p.proseDPTKecamatan(b.Start, b.End, t)
			}
		}
	}
	p.famSeen = fam || has(pwDPT|pwPagu|pwAnggaran|pwRB)
	if len(t) != len(b.Text) {
		p.low = lowerASCII(p.low[:0], b.Text) // afterProse reports the paragraph as written
	}
}

// footnoteRows reads footnote lines that a table swallowed ("* Realisasi
// masih menggunakan hasil pengukuran tahun 2021").
func (p *parser) footnoteRows(b *extract.Block) {
	for _, r := range b.Rows {
		// the pattern is anchored at a "*": the joined text starts with the
		// first non-empty cell
		if !firstCellStarred(r.Cells) {
			continue
		}
		t := strings.Join(nonEmptyCells(r.Cells), " ")
		t = strings.ReplaceAll(t, "202 1", "2021") // a year split by a column edge
		if m := reFootYear.FindStringSubmatch(t); m != nil {
			p.foot = append(p.foot, footnote{line: r.Start, year: atoi(m[1])})
		}
	}
}

// firstCellStarred: the first non-empty cell starts with "*".
func firstCellStarred(cells []string) bool {
	for _, c := range cells {
		if c != "" {
			return c[0] == '*'
		}
	}
	return false
}

// lastIndexAny is the greatest strings.LastIndex(s, w) of the words: the
// last byte, scanning back, where one of them starts. One pass instead of
// one per word (proseAnggaran asks twice per amount, five words each); a
// mask of the words' first bytes passes over most bytes.
func lastIndexAny(s string, words ...string) int {
	var first uint64
	for _, w := range words {
		if w == "" {
			return len(s) // strings.LastIndex(s, "")
		}
		first |= 1 << (w[0] & 63)
	}
	for i := len(s) - 1; i >= 0; i-- {
		if first&(1<<(s[i]&63)) == 0 {
			continue
		}
		for _, w := range words {
			if len(s)-i >= len(w) && s[i:i+len(w)] == w {
				return i
			}
		}
	}
	return -1
}

// sentenceStarts are the offsets where sentences of t begin (after ". "
// and a capital, not after "Rp." or "No.").
func sentenceStarts(t string) []int {
	out := []int{0}
	off := 0
	for _, s := range sentences(t) {
		off += len(s)
		if off < len(t) {
			for off < len(t) && t[off] == ' ' {
				off++
			}
			out = append(out, off)
		}
	}
	return out
}

// lowerASCII appends s lower-cased (ASCII letters only) to dst.
func lowerASCII(dst []byte, s string) []byte { return appendLowerASCII(dst, s) }

func containsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// unitWordAfter is the length of a unit word ("juta", "miliar", "ribu")
// that follows an amount, with the space before it; 0 when none.
func unitWordAfter(s string) int {
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	for _, w := range [...]string{"ribu", "juta", "miliar", "milyar"} {
		if len(s) >= i+len(w) && strings.EqualFold(s[i:i+len(w)], w) && (len(s) == i+len(w) || !isLetterByte(s[i+len(w)])) {
			return i + len(w)
		}
	}
	return 0
}

// isLetterByte: c is an ASCII letter (the one test the readers share).
func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
