package parse

import (
	"math"
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

var (
	// "perencanaan kinerja 18,15 dari bobot 30"
	// "pengukuran kinerja 20,50 (bobot 30)"
	reKompProse = regexp.MustCompile(`(?i)\b(perencanaan|pengukuran|pelaporan|evaluasi(?:\s+akuntabilitas)?(?:\s+kinerja)?\s+internal)(?:\s+kinerja)?\s*(?:sebesar\s+|:\s*)?(\d{1,2}[.,]\d{1,2})\s*(?:\(\s*)?(?:dari\s+)?(?:nilai\s+)?bobot\s+(\d{1,2}(?:[.,]\d{1,2})?)`)
	// "menilai kinerja tahun 2020", "atas kinerja tahun 2020", "tahun yang dinilai 2020"
	// a component table flattened into a paragraph: "Perencanaan Kinerja 30 18,70"
	reKompFlat = regexp.MustCompile(`(?i)\b(perencanaan|pengukuran|pelaporan|evaluasi(?:\s+akuntabilitas)?(?:\s+kinerja)?\s+internal)(?:\s+kinerja)?\s+(\d{1,2}(?:[.,]0{1,2})?)\s+(\d{1,2}[.,]\d{1,2})\b`)
	// "pengukuran kinerja dengan bobot 30 memperoleh nilai 20,30": the weight named first
	reKompWordy   = regexp.MustCompile(`(?i)\b(perencanaan|pengukuran|pelaporan|evaluasi(?:\s+akuntabilitas)?(?:\s+kinerja)?\s+internal)(?:\s+kinerja)?[^0-9;]{0,30}?\bbobot\s+(\d{1,2}(?:[.,]\d{1,2})?)\)?[^0-9;]{0,30}?\b(?:nilai|skor)\s+(?:sebesar\s+)?(\d{1,2}[.,]\d{1,2})\b`)
	reKinerjaYear = regexp.MustCompile(`(?i)\b(?:kinerja\s+tahun|tahun\s+yang\s+dinilai|tahun\s+kinerja)\s+((?:19|20)\d\d)\b`)
	reScoreNum    = regexp.MustCompile(`\b(\d{2}[.,]\d{2})\b(\s*(?:\(\s*|dengan\s+predikat\s+|predikat\s+)(AA|A|BB|B|CC|C|D)\b)?`)
)

// proseSakipKomponen reads the four SAKIP components stated in a
// paragraph, each "… 18,15 dari bobot 30". They are loaded only when they
// add up to a score the same paragraph states (that score, with the
// predikat written beside it, is the year's SAKIP result); the evaluated
// year is the one the paragraph names as the year of performance.
func (p *parser) proseSakipKomponen(start, end int, t string) {
	ms := reKompProse.FindAllStringSubmatchIndex(t, -1)
	if len(ms) != 4 {
		ms = reKompFlat.FindAllStringSubmatchIndex(t, -1)
		if len(ms) != 4 {
			ms = reKompWordy.FindAllStringSubmatchIndex(t, -1)
		}
		if len(ms) != 4 {
			return
		}
		for _, m := range ms { // weight first, then the score: swap to score, weight
			m[4], m[5], m[6], m[7] = m[6], m[7], m[4], m[5]
		}
	}
	type komp struct {
		id       string
		nilai, w float64
	}
	var ks []komp
	seen := map[string]bool{}
	sum := 0.0
	for _, m := range ms {
		id := komponenOf(t[m[2]:m[3]])
		n, w := numOf(t[m[4]:m[5]]), numOf(t[m[6]:m[7]])
		if id == "" || seen[id] || n == nil || w == nil {
			return
		}
		seen[id] = true
		ks = append(ks, komp{id, *n, *w})
		sum += *n
	}
	// The year and the score are those of this paragraph before the
	// components, else of the paragraph just before when this one refers
	// back to it ("Nilai tersebut terdiri atas ...").
	ctx := []string{t[:ms[0][0]]}
	if n := len(p.recent); n > 0 && !p.recent[n-1].caption {
		ctx = append(ctx, p.recent[n-1].text)
	}
	year := 0
	score, grade := 0.0, ""
	for _, c := range ctx {
		y := 0
		if m := reKinerjaYear.FindStringSubmatch(c); m != nil {
			y = atoi(m[1])
		}
		if m := reSakipObjectYear.FindStringSubmatch(c); y == 0 && m != nil {
			y = atoi(m[1]) // "Hasil Evaluasi AKIP Tahun 2019 … adalah 61,35"
		}
		for _, m := range reScoreNum.FindAllStringSubmatch(c, -1) {
			v := numOf(m[1])
			if v != nil && math.Abs(*v-sum) < 0.011 {
				score, grade = *v, m[3]
			}
		}
		if y != 0 && score != 0 {
			year = y
			break
		}
		score, grade = 0, ""
		if year == 0 {
			year = y
		}
	}
	if year == 0 {
		return
	}
	if score == 0 {
		p.find("sakip.komponen_tidak_cocok", facts.Warning, start, end, "",
			"komponen SAKIP %d dalam kalimat berjumlah %.2f, tidak ada nilai yang sama di paragraf; tidak dimuat", year, sum)
		return
	}
	for _, k := range ks {
		n, w := k.nilai, k.w
		p.doc.SakipKomponen = append(p.doc.SakipKomponen, facts.SakipKomponen{Span: facts.Span{Start: start, End: end},
			SatkerID: p.doc.Meta.SatkerID, TahunDinilai: year, Komponen: k.id, Bobot: &w, Nilai: &n, Sumber: "teks"})
	}
	p.cov.hits++
	v := score
	p.addSakip(facts.Sakip{Span: facts.Span{Start: start, End: end}, SatkerID: p.doc.Meta.SatkerID, TahunDinilai: year,
		Nilai: &v, Predikat: normalize.Grade(strings.ToUpper(grade)), Keyakinan: "tinggi", Sumber: "teks"}, true)
}

// proseKomponenList reads the components written as the items of a list,
// one paragraph each ("a. Perencanaan Kinerja 20,20 dari bobot 30;"), as
// one text: the same sum check decides (proseSakipKomponen). The items
// read are skipped after.
func (p *parser) proseKomponenList(b *extract.Block) bool {
	i := p.blockIndex(b)
	if i < 0 {
		return false
	}
	var parts []string
	end := b.End
	for k := i; k < len(p.blocks) && k-i < 8 && p.blocks[k].Kind == extract.Paragraph; k++ {
		bk := &p.blocks[k]
		if !reInlineBullet.MatchString(bk.Text) || komponenOf(bk.Text) == "" && !containsFold(bk.Text, "internal") {
			break
		}
		parts = append(parts, bk.Text)
		end = bk.End
	}
	if len(parts) < 4 {
		return false
	}
	n, f := len(p.doc.SakipKomponen), len(p.doc.Findings)
	p.proseSakipKomponen(b.Start, end, strings.Join(parts, " "))
	if len(p.doc.SakipKomponen) == n && len(p.doc.Findings) == f {
		return false
	}
	p.readTo = end
	return true
}
