package parse

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

type rbMeta struct{}

type rbCandidate struct {
	rb    facts.RB
	years []int
}

var (
	// "... Reformasi Birokrasi ... adalah 27,21 (74,95%) dari bobot 36,30"
	reRBScore = regexp.MustCompile(`(?i)reformasi\s+birokrasi.{0,170}?\b(?:adalah|sebesar|yaitu|memperoleh(?:\s+nilai)?|mendapatkan(?:\s+nilai)?|menjadi)\s+(\d{1,3}[.,]\d{1,2})\s*\(\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*%\s*\)(?:\s*dari\s+(?:total\s+)?bobot\s+(\d{1,3}(?:[.,]\d{1,2})?))?`)
	// "... indeks (Reformasi Birokrasi) tahun 2022 yaitu 89,25"
	reRBIndex = regexp.MustCompile(`(?i)indeks\s+(?:reformasi\s+birokrasi\s+)?(?:tahun\s+((?:19|20)\d\d)\s+)?(?:yaitu|sebesar|adalah)\s+(\d{1,3}[.,]\d{1,2})`)
	// "... Reformasi Birokrasi Tahun 2021 adalah 23,41 dari bobot 36,30 atau 64,49%"
	reRBScore2 = regexp.MustCompile(`(?i)reformasi\s+birokrasi.{0,170}?\b(?:adalah|sebesar|yaitu|memperoleh(?:\s+nilai)?|mendapatkan(?:\s+nilai)?|menjadi|menghasilkan(?:\s+nilai)?)\s+(\d{1,3}[.,]\d{1,2})\s*dari\s+(?:total\s+)?bobot\s+(?:maksimal\s+)?(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:\(\s*|,?\s*atau\s+(?:sebesar\s+)?)(\d{1,3}(?:[.,]\d{1,2})?)\s*%`)
	// "... sebesar 23,96 atau 66,01% dari bobot maksimal 36,30": the percent before the weight
	reRBScore3 = regexp.MustCompile(`(?i)reformasi\s+birokrasi.{0,170}?\b(?:adalah|sebesar|yaitu|memperoleh(?:\s+nilai)?|mendapatkan(?:\s+nilai)?|menjadi|menghasilkan(?:\s+nilai)?)\s+(\d{1,3}[.,]\d{1,2})\s*(?:\(\s*|,?\s*atau\s+(?:sebesar\s+)?)(\d{1,3}(?:[.,]\d{1,2})?)\s*%\s*\)?\s*dari\s+(?:total\s+)?bobot\s+(?:maksimal\s+)?(\d{1,3}(?:[.,]\d{1,2})?)`)
	// "... Reformasi Birokrasi ... nilai 21,77 (bobot 36,30; 59,97%)", "...
	// tahun 2023 tercatat 24,63 (bobot 36,30; 67,85%)": the three agree or
	// nothing loads (proseRBWeighted)
	reRBScore5 = regexp.MustCompile(`(?i)reformasi\s+birokrasi.{0,170}?(?:\b(?:nilai|sebesar|tercatat|mencapai|adalah|yaitu|menjadi)\s+|=\s*)(\d{1,3}[.,]\d{1,2})\s*\(\s*bobot\s+(\d{1,3}(?:[.,]\d{1,2})?)\s*[;,]\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*%\s*\)`)
	// "Nilai Reformasi Birokrasi Tahun 2022: 22,95": the colon links the score
	// a bare year before the colon is the label's year: written out as
	// "tahun Y" so that rbYear takes it, not the report year
	reRBColon    = regexp.MustCompile(`(?i)(reformasi\s+birokrasi[^:.]{0,60}?)((?:19|20)\d\d)\s*:\s+(\d)`)
	rePersenWord = regexp.MustCompile(`(\d)\s+persen\b`)
	reTahun      = regexp.MustCompile(`(?i)\btahun\s+((?:19|20)\d\d)\b`)
	// "Indeks Reformasi Birokrasi KPU Kabupaten Sikka tahun 2023 sebesar 24,50"
	reRBIndexNamed = regexp.MustCompile(`(?i)indeks\s+reformasi\s+birokrasi\b([^.%]{0,70}?)\b(?:yaitu|sebesar|adalah)\s+(\d{1,3}[.,]\d{1,2})\b`)
	// "... Reformasi Birokrasi ... sebesar 21,40 dari nilai maksimal 36,30",
	// no percentage stated
	reRBScore4 = regexp.MustCompile(`(?i)reformasi\s+birokrasi.{0,170}?\b(?:adalah|sebesar|yaitu|memperoleh(?:\s+nilai)?|mendapatkan(?:\s+nilai)?|menjadi|menghasilkan(?:\s+nilai)?)\s+(\d{1,3}[.,]\d{1,2})\s*dari\s+(?:total\s+)?(?:bobot|nilai)\s+(?:maksimal\s+|maksimum\s+|tertinggi\s+)?(\d{1,3}(?:[.,]\d{1,2})?)\b`)
	rbScore4   = newGapPattern(reRBScore4, `(?i)reformasi\s+birokrasi`, "reformasi", `.{0,170}?`, 170)
)

// proseRB reads a Reformasi Birokrasi result stated in a sentence. Its
// year is the one the sentence names; a value the document also ties to
// another year (a footnote on the same starred value) is contradictory
// and not loaded (rb.tahun_tidak_pasti).
func (p *parser) proseRB(start, end int, t string) {
	for _, s := range sentences(t) {
		if !containsFoldASCII(s, "reformasi") {
			s = expandRB(s) // "Nilai RB tahun 2021 adalah ..."
		}
		if strings.IndexByte(s, ':') >= 0 {
			s = reRBColon.ReplaceAllString(s, "${1}tahun $2 adalah $3") // "... Birokrasi Tahun 2022: 22,95 ..."
		}
		if strings.Contains(s, " persen") {
			s = rePersenWord.ReplaceAllString(s, "$1%") // "69,89 persen" is "69,89%"
		}
		hasPct := strings.IndexByte(s, '%') >= 0 && strings.IndexByte(s, '(') >= 0
		hasIdx := strings.Contains(s, "ndeks")
		if strings.IndexByte(s, '%') >= 0 && strings.Contains(s, "bobot") {
			if m := rbScore2.find(s); m != nil {
				p.proseRBWeighted(start, end, s, m)
				p.rbNextYear(start, end, s, m[1]) // ", sedangkan Tahun 2022 ..." (rb_prose_more.go)
				continue
			}
			if m := rbScore3.find(s); m != nil {
				m[4], m[5], m[6], m[7] = m[6], m[7], m[4], m[5] // to nilai, bobot, persen
				p.proseRBWeighted(start, end, s, m)
				continue
			}
			if m := reRBScore5.FindStringSubmatchIndex(s); m != nil {
				p.proseRBWeighted(start, end, s, m) // "nilai 21,77 (bobot 36,30; 59,97%)"
				continue
			}
		}
		if strings.IndexByte(s, '%') < 0 && !hasIdx {
			if m := rbScore4.find(s); m != nil {
				p.proseRBNoPercent(start, end, s, m)
			}
			continue
		}
		if !hasPct && !hasIdx {
			continue
		}
		if m := rbScore.find(s); hasPct && m != nil {
			nilai := numOf(s[m[2]:m[3]])
			persen := numOf(s[m[4]:m[5]])
			var bobot *float64
			if m[6] >= 0 {
				bobot = numOf(s[m[6]:m[7]])
			}
			if nilai == nil {
				continue
			}
			year := rbYear(s, m)
			p.rbCandidate(start, end, s, facts.RB{Nilai: nilai, Bobot: bobot, Persen: persen}, year)
			continue
		}
		if !hasIdx {
			continue
		}
		if m := reRBIndex.FindStringSubmatch(s); m != nil && strings.Contains(strings.ToLower(s), "reformasi birokrasi") {
			year := 0
			if m[1] != "" {
				year = atoi(m[1])
			}
			p.rbCandidate(start, end, s, facts.RB{Nilai: numOf(m[2])}, year)
		} else if m := reRBIndexNamed.FindStringSubmatch(s); m != nil {
			// "Indeks Reformasi Birokrasi KPU Kabupaten Sikka tahun 2023
			// sebesar 24,50": the satker and year between
			year := 0
			if y := reTahun.FindStringSubmatch(m[1]); y != nil {
				year = atoi(y[1])
			} else if ys := distinctYears(m[1]); len(ys) > 1 {
				continue // two bare years: neither is proven the score's
			} else if len(ys) == 1 {
				year = ys[0] // "Indeks Reformasi Birokrasi 2023 sebesar …": the bare year
			}
			p.rbCandidate(start, end, s, facts.RB{Nilai: numOf(m[2])}, year)
		}
	}
}

func (p *parser) rbCandidate(start, end int, s string, rb facts.RB, year int) {
	if year == 0 {
		year = p.doc.Meta.Tahun
	}
	rb.Span = facts.Span{Start: start, End: end}
	rb.SatkerID = p.doc.Meta.SatkerID
	if fs := distinctSatkers(normalize.FindSatkers(s, p.prov, false)); len(fs) == 1 {
		rb.SatkerID = fs[0]
	} else if len(fs) > 1 {
		return
	}
	rb.Tahun = year
	rb.Sumber = "teks"
	p.cov.hits++
	p.rbCand = append(p.rbCand, rbCandidate{rb: rb, years: []int{year}})
}

// finishRB loads the RB candidates whose year is not contradicted.
func (p *parser) finishRB() {
	for _, c := range p.rbCand {
		years := map[int]bool{c.rb.Tahun: true}
		if c.rb.Nilai != nil && p.starred[*c.rb.Nilai] {
			for _, f := range p.foot {
				years[f.year] = true
			}
		}
		if len(years) > 1 {
			p.find("rb.tahun_tidak_pasti", facts.Warning, c.rb.Start, c.rb.End, fmtNum(c.rb.Nilai),
				"nilai RB %s disebut untuk tahun %d, tetapi catatan kaki menyebut hasil pengukuran tahun lain; tidak dimuat",
				fmtNum(c.rb.Nilai), c.rb.Tahun)
			continue
		}
		p.doc.RB = append(p.doc.RB, c.rb)
	}
}

// rbYear is the year of the RB result matched at m in s: named in the
// match ("Reformasi Birokrasi Tahun 2021 ..."), else the fiscal year
// before it, else 0 (the report year).
func rbYear(s string, m []int) int {
	if y := reTahun.FindStringSubmatch(s[m[0]:m[1]]); y != nil {
		return atoi(y[1])
	}
	return fiscalYear(s[:m[0]])
}

func fmtNum(v *float64) string {
	if v == nil {
		return "-"
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}

func numOf(s string) *float64 {
	n := normalize.ParseNumber(s, normalize.Unknown)
	if n.Status != normalize.OK {
		return nil
	}
	v := n.Value
	return &v
}

// proseRBWeighted reads "nilai N dari bobot B atau P%": the three agree
// (N/B×100 rounds to P) or the sentence is reported, not loaded.
func (p *parser) proseRBWeighted(start, end int, s string, m []int) {
	p.rbWeightedYear(start, end, s, m, rbYear(s, m))
}

// rbWeightedYear is proseRBWeighted with the result's year known
// (rb_prose_ratio.go names it from the words between).
func (p *parser) rbWeightedYear(start, end int, s string, m []int, year int) {
	nilai, bobot, persen := numOf(s[m[2]:m[3]]), numOf(s[m[4]:m[5]]), numOf(s[m[6]:m[7]])
	if nilai == nil || bobot == nil || persen == nil || *bobot <= 0 {
		return
	}
	if d := *nilai / *bobot * 100; d-*persen > 0.011 || *persen-d > 0.011 {
		p.find("rb.tidak_konsisten", facts.Warning, start, end, s[m[2]:m[3]],
			"nilai RB %s dari bobot %s bukan %s%%; tidak dimuat", s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]])
		return
	}
	p.rbCandidate(start, end, s, facts.RB{Nilai: nilai, Bobot: bobot, Persen: persen}, year)
}

// proseRBNoPercent reads "nilai N dari bobot (nilai maksimal) B" stated
// without its percentage: nilai and bobot load, persen stays NULL with
// rb.persen_tidak_disebut (N/B×100 is one division away, never made up).
func (p *parser) proseRBNoPercent(start, end int, s string, m []int) {
	nilai, bobot := numOf(s[m[2]:m[3]]), numOf(s[m[4]:m[5]])
	if nilai == nil || bobot == nil || *bobot <= 0 || *nilai > *bobot {
		return
	}
	year := rbYear(s, m)
	n := len(p.rbCand)
	p.rbCandidate(start, end, s, facts.RB{Nilai: nilai, Bobot: bobot}, year)
	if len(p.rbCand) > n {
		p.find("rb.persen_tidak_disebut", facts.Info, start, end, s[m[2]:m[3]],
			"nilai RB %s dari bobot %s tanpa persentase; persen dimuat NULL", s[m[2]:m[3]], s[m[4]:m[5]])
	}
}

// expandRB writes the first standalone "RB" of s out as "Reformasi
// Birokrasi", so that the sentence patterns read "Nilai RB tahun 2021
// adalah 20,10 dari bobot 36,30 atau 55,37%". s is returned as is when it
// holds no such word.
func expandRB(s string) string {
	for i := 0; i+2 <= len(s); i++ {
		if s[i] != 'R' || s[i+1] != 'B' {
			continue
		}
		if i > 0 && isWordByte(s[i-1]) || i+2 < len(s) && isWordByte(s[i+2]) {
			continue
		}
		return s[:i] + "Reformasi Birokrasi" + s[i+2:]
	}
	return s
}
