package parse

import (
	"bytes"
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
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

// proseAnggaran reads "total pagu anggaran ... sebesar Rp ... dengan
// realisasi ... sebesar Rp ... atau ...%", "alokasi anggaran awal sebesar
// Rp ...", each for the fiscal year the sentence names.
func (p *parser) proseAnggaran(b *extract.Block, t string) {
	ms := amountMatches(t) // reAmount.FindAllStringIndex(t, -1)
	for _, m := range ms {
		m[1] += unitWordAfter(t[m[1]:]) // "Rp 28.342,30 juta"
	}
	starts := sentenceStarts(t)
	prevEnd := 0
	paraYear := 0
	para := ""   // t folded, once, for noteParagraph
	pairAt := -1 // the amount k of "serapan p% (Rp A dari Rp B)" read as A (anggaran_serapan_pair.go)
	for k, m := range ms {
		// the words between the previous amount (or the sentence start)
		// and this amount say what it is
		from := prevEnd
		for _, st := range starts {
			if st <= m[0] && st > from {
				from = st
			}
		}
		win := t[from:m[0]]
		lw := strings.ToLower(win)
		amountText := t[m[0]:m[1]]
		// the words after it, up to the next amount: a percentage written
		// after the next amount is that amount's
		next := len(t)
		if k+1 < len(ms) {
			next = ms[k+1][0]
		}
		after := t[m[1]:min(next, m[1]+60)]
		prevEnd = m[1]
		if strings.Contains(lw, "sisa anggaran") && !strings.Contains(lw, "hibah") && !notSpending(lw) && codeBefore(t[from:m[0]]) == "" {
			// "sehingga sisa anggaran yang tidak terserap sebesar Rp ...":
			// kept only when pagu − realisasi proves it (finishProse)
			if v, n := normalize.Money(amountText, normalize.Unknown); n.Status == normalize.OK {
				year := fiscalYear(win)
				if year == 0 {
					year = paraYear
				}
				if year == 0 {
					year = p.doc.Meta.Tahun
				}
				pa := p.proseFor(year, b.Start, b.End)
				pa.sisas = appendNew(pa.sisas, v)
			}
			continue
		}
		if strings.Contains(lw, "hibah") || strings.Contains(lw, "sisa") || notSpending(lw) {
			continue // revenue, assets and grants are not the budget
		}
		if strings.Contains(lw, "saldo") {
			// an account's balance ("SALDO AWAL Rp …" of a passbook or an ATM
			// receipt under "BANK DIPA"): an opening balance is no pagu awal
			// and a closing one no realisasi; a budget printed as such slips
			// is read by its own reader (anggaran_atm.go) or not at all
			continue
		}
		if differenceFromPagu(lw) || changeOfPagu(lw) {
			continue // "melampaui pagu sebesar Rp ...", "menambah pagu sebesar Rp ...": by how much, not the pagu
		}
		sent := 0
		for _, st := range starts {
			if st <= m[0] {
				sent = st
			}
		}
		// a grant's budget is a budget of its own: "Anggaran hibah Pemilihan
		// ... sebesar Rp ... dengan realisasi sebesar Rp ...", or "dana
		// hibah ... . Pagu dana tersebut Rp ..."
		if containsFoldASCII(t[sent:m[0]], "hibah") || containsFoldASCII(t[sent:m[0]], "tersebut") && containsFoldASCII(t[:sent], "hibah") {
			continue
		}
		// an amount of a program or kegiatan named by its code in this
		// sentence is that code's, not the year's total (prose_coded.go)
		code, led := ledCode(t[sent:m[0]], codeBefore(t[sent:m[0]])) // "– Kegiatan 3355 …: pagu Rp …" (prose_list_items.go)
		if code == "" {
			code = codeLabelled(t[sent:m[0]]) // "Kode 3355, …: pagu Rp …" (prose_kode.go)
		}
		if code == "" {
			code = programNamed(t[sent:m[0]])
		}
		kind := ""
		real := lastIndexAny(lw, "realisasi", "ekuivalen", "terserap", "penyerapan", "menyerap")
		pagu := lastIndexAny(lw, "pagu", "alokasi anggaran", "alokasi", "total anggaran", "jumlah anggaran")
		initial := strings.Contains(lw, "awal") || strings.Contains(lw, "induk") || strings.Contains(lw, "semula") || strings.Contains(lw, "sebelum revisi")
		switch {
		case initial && (strings.Contains(lw, "alokasi") || strings.Contains(lw, "pagu") || strings.Contains(lw, "dipa")):
			kind = "awal" // "pagu awal", "DIPA induk", "pagu semula"
		case real >= 0 && real > pagu:
			kind = "realisasi"
		case pagu >= 0:
			kind = "pagu"
		case real < 0 && dipaAmount(lw):
			kind = "pagu" // "DIPA Rp X terealisasi Rp Y (p%)": the DIPA's amount is the pagu
		case real < 0 && budgetYearLead(lw):
			kind = "pagu" // "Anggaran TA 2022 sebesar Rp X terealisasi Rp Y (p%)" (prose_pagu_lead.go)
		case real < 0 && k+1 < len(ms) && budgetWordPair(lw, t[m[1]:ms[k+1][0]], amountText, t[ms[k+1][0]:ms[k+1][1]], t[ms[k+1][1]:min(len(t), ms[k+1][1]+30)]):
			kind = "pagu" // "TA 2019 mencatat anggaran Rp X dan realisasi Rp Y (p%)", p = Y / X (prose_pagu_lead.go)
		case strings.Contains(lw, "menjadi") && strings.Contains(lw, "revisi") && containsFoldASCII(t[sent:m[0]], "pagu"):
			kind = "pagu" // "Pagu DIPA induk Rp X, setelah revisi ... menjadi Rp Y"
		case code == "" && serapanPairReal(lw, t[m[1]:]):
			kind, pairAt = "realisasi", k
		case code == "" && pairAt == k-1 && strings.TrimSpace(lw) == "dari":
			kind = "pagu"
		case code == "":
			continue
		}
		if code != "" {
			if kind == "awal" {
				continue
			}
			v, n := normalize.Money(amountText, normalize.Unknown)
			if n.Status != normalize.OK {
				continue
			}
			year := fiscalYear(t[:m[0]])
			if year == 0 {
				year = p.doc.Meta.Tahun
			}
			p.cov.hits++
			pct := pctAfter(after)
			if pct == nil && kind == "realisasi" {
				pct = serapanLater(t[m[1]:]) // "…, sisa Rp …, serapan 94,92 persen." (prose_kode.go)
			}
			p.proseCodedAmount(year, b.Start, b.End, code, kind, win, v, pct)
			p.noteParagraph(year, code, t, &para) // the program it opens with (prose_paragraph_program.go)
			if led {
				p.markLed(year, code)
			}
			continue
		}
		v, n := normalize.Money(amountText, normalize.Unknown)
		if n.Status != normalize.OK {
			continue
		}
		year := fiscalYear(win)
		if year == 0 {
			year = fiscalYear(t[:m[0]])
		}
		if year == 0 {
			year = paraYear
		}
		if year == 0 {
			year = fiscalYear(t[m[1]:])
		}
		if year == 0 {
			year = p.doc.Meta.Tahun
		}
		paraYear = year
		p.cov.hits++
		pa := p.proseFor(year, b.Start, b.End)
		vv := v
		switch kind {
		case "awal":
			if pa.paguAwal == nil {
				pa.paguAwal = &vv
			}
		case "pagu":
			pa.pagus = appendNew(pa.pagus, vv)
			if pa.pagu == nil {
				pa.pagu = &vv
			}
			if pct := pctAfter(after); pct != nil {
				pa.paguPcts = append(pa.paguPcts, *pct)
			}
			if pct := serapanLead(win); pct != nil {
				pa.paguPcts = append(pa.paguPcts, *pct) // "Daya serap TA 2021 adalah 97,71% (pagu Rp …, realisasi Rp …)"
			}
		case "realisasi":
			if strings.Contains(lw, "revisi") {
				continue // a DIPA revision is not the realisation
			}
			pa.reals = appendNew(pa.reals, vv)
			if pa.realisasi == nil {
				pa.realisasi = &vv
			}
			// the percentage stated with it: before ("sebesar 99,55 % atau
			// ekuivalen sebesar Rp ...") or after ("... atau sebesar 98.38%")
			pct := ""
			if pm := rePercent.FindAllStringSubmatch(win, -1); len(pm) > 0 {
				pct = pm[len(pm)-1][1]
			} else if pm := rePercent.FindStringSubmatch(after); pm != nil {
				pct = pm[1]
			}
			if pct != "" {
				if pn := normalize.ParseNumber(pct, normalize.Unknown); pn.Status == normalize.OK {
					x := pn.Value
					pa.realPcts = append(pa.realPcts, x)
					if pa.serapan == nil {
						pa.serapan = &x
					}
				}
			}
		}
	}
}

func (p *parser) proseFor(year, start, end int) *proseAng {
	for _, pa := range p.proseRows {
		if pa.year == year {
			pa.end = max(pa.end, end)
			return pa
		}
	}
	pa := &proseAng{year: year, start: start, end: end}
	p.proseRows = append(p.proseRows, pa)
	return pa
}

// fiscalYear is the year a text names last as "Tahun Anggaran 2024", "TA
// 2024" or "tahun 2024", skipping decree numbers ("Nomor 7 Tahun 2017"),
// dates and ranges.
func fiscalYear(s string) int {
	if !hasYearDigits(s) {
		return 0 // the pattern needs a year: 19dd or 20dd
	}
	ms := yearWordMatches(s)
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		before := strings.ToLower(s[max(0, m[0]-24):m[0]])
		if strings.Contains(before, "nomor") || strings.Contains(before, "no.") || strings.Contains(before, "nomor:") {
			continue
		}
		if m[1] < len(s) && (s[m[1]] == '-' || strings.HasPrefix(s[m[1]:], " -") || strings.HasPrefix(s[m[1]:], " s.d")) {
			continue
		}
		return atoi(s[m[4]:m[5]])
	}
	return 0
}

// hasYearDigits: s holds "19" or "20" followed by two ASCII digits.
func hasYearDigits(s string) bool {
	for i := 0; i+3 < len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') &&
			s[i+2] >= '0' && s[i+2] <= '9' && s[i+3] >= '0' && s[i+3] <= '9' {
			return true
		}
	}
	return false
}

// finishProse turns what prose said about each year's total into TOTAL rows.
func (p *parser) finishProse() {
	sort.SliceStable(p.proseRows, func(i, j int) bool { return p.proseRows[i].start < p.proseRows[j].start })
	for _, pa := range p.proseRows {
		p.settleProse(pa)
		if pa.serapan != nil && pa.pagu != nil && pa.realisasi != nil && *pa.pagu > 0 &&
			math.Abs(float64(*pa.realisasi)/float64(*pa.pagu)*100-*pa.serapan) > 1 {
			// the stated percentage is far from realisasi / pagu: one of the
			// three amounts is not what its words seemed to say
			p.find("anggaran.konflik_sumber", facts.Warning, pa.start, pa.end, fmt.Sprint(*pa.pagu, " ", *pa.realisasi),
				"prosa tahun %d: realisasi %d / pagu %d bukan %s%%; pagu dan realisasi dimuat NULL", pa.year, *pa.realisasi, *pa.pagu, fmtNum(pa.serapan))
			pa.pagu, pa.realisasi = nil, nil
		}
		if pa.pagu == nil && pa.realisasi == nil && pa.paguAwal == nil && pa.revisi == nil {
			continue
		}
		if pa.year != p.doc.Meta.Tahun && pa.pagu == nil && pa.realisasi == nil && pa.paguAwal == nil {
			continue // "in 2023 the DIPA was revised 9 times": a comparison, not that year's budget
		}
		if pa.serapan == nil && pa.pagu != nil && pa.realisasi != nil && *pa.pagu > 0 {
			for _, pct := range pa.paguPcts {
				if math.Abs(roundTo(float64(*pa.realisasi)/float64(*pa.pagu)*100, decimalsOf(pct))-pct) <= 0.011 {
					pa.serapan = &pct
					break
				}
			}
		}
		a := facts.Anggaran{Span: facts.Span{Start: pa.start, End: pa.end}, SatkerID: p.doc.Meta.SatkerID, Tahun: pa.year,
			Kode: "TOTAL", Tingkat: facts.LevelTotal, Pagu: pa.pagu, Realisasi: pa.realisasi, SerapanLapor: pa.serapan,
			PaguAwal: pa.paguAwal, RevisiDIPA: pa.revisi, Sumber: "teks"}
		if a.Pagu != nil && a.Realisasi != nil {
			d := *a.Pagu - *a.Realisasi
			switch {
			case len(pa.sisas) == 0:
				// no sisa stated: pagu − realisasi, as for a table without a
				// Sisa column and as serapan_hitung is realisasi / pagu
				a.Sisa = &d
			case slices.Contains(pa.sisas, d):
				a.Sisa = &d // a stated sisa is kept when pagu − realisasi proves it
			default:
				stated := fmt.Sprint(pa.sisas[0])
				if len(pa.sisas) > 1 {
					stated = fmt.Sprint(pa.sisas)
				}
				p.find("anggaran.sisa_tidak_cocok", facts.Warning, pa.start, pa.end, stated,
					"prosa tahun %d menyebut sisa %s, pagu − realisasi = %d; sisa dimuat NULL", pa.year, stated, d)
			}
		}
		p.doc.Anggaran = append(p.doc.Anggaran, a)
		p.angMeta = append(p.angMeta, angMeta{rank: rankAngProse, table: 1 << 30})
	}
}

// settleProse decides between amounts prose states for one year's pagu
// or realisation: the one the stated percentage proves (realisasi / pagu
// matches it), else none (NULL with anggaran.konflik_sumber). The first
// one stated is never taken on trust.
func (p *parser) settleProse(pa *proseAng) {
	fits := pa.fitsStated // any percentage stated with a realisation (prose_pcts.go)
	choose := func(what string, cands []int64, other []int64, proves func(c, o int64) bool) *int64 {
		if len(cands) <= 1 {
			if len(cands) == 1 {
				v := cands[0]
				return &v
			}
			return nil
		}
		var ok []int64
		for _, c := range cands {
			for _, o := range other {
				if proves(c, o) {
					ok = appendNew(ok, c)
				}
			}
		}
		if len(ok) == 1 {
			p.find("anggaran.konflik_sumber", facts.Warning, pa.start, pa.end, fmt.Sprint(cands),
				"prosa menyebut %s tahun %d: %v; dipakai %d (cocok dengan persentase yang disebut)", what, pa.year, cands, ok[0])
			v := ok[0]
			return &v
		}
		p.find("anggaran.konflik_sumber", facts.Warning, pa.start, pa.end, fmt.Sprint(cands),
			"prosa menyebut %s tahun %d: %v; tidak ada yang terbukti, dimuat NULL", what, pa.year, cands)
		return nil
	}
	reals := pa.reals
	pa.pagu = choose("pagu", pa.pagus, reals, func(c, o int64) bool { return fits(c, o) })
	pa.realisasi = choose("realisasi", reals, pa.pagus, func(c, o int64) bool { return fits(o, c) })
	pa.settleSerapan()
}

func decimalsOf(v float64) int {
	for d := 0; d < 4; d++ {
		if math.Abs(v*math.Pow(10, float64(d))-math.Round(v*math.Pow(10, float64(d)))) < 1e-9 {
			return d
		}
	}
	return 4
}

func roundTo(v float64, d int) float64 {
	m := math.Pow(10, float64(d))
	return math.Round(v*m) / m
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
