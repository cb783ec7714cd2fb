package parse

// Budget totals stated in prose: a sentence's pagu, realisasi and serapan for
// the fiscal year it names, gathered per year (proseFor) and settled against
// each other and the tables when the document is read (finishProse).

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

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
