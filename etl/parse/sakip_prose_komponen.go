package parse

import (
	"bytes"
	"math"
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

var (
	// "perencanaan kinerja 18,15 dari bobot 30"
	// "pengukuran kinerja 20,50 (bobot 30)"
	// "pelaporan kinerja 9,45 / 15": the score over its weight
	// "Perencanaan Kinerja memperoleh 20,00 dari bobot 30,00" (a speaker's note)
	reKompProse = regexp.MustCompile(`(?i)\b(perencanaan|pengukuran|pelaporan|evaluasi(?:\s+akuntabilitas)?(?:\s+kinerja)?\s+internal)(?:\s+kinerja)?\s*(?:(?:memperoleh|mendapat(?:kan)?|meraih)\s+)?(?:sebesar\s+|:\s*)?(\d{1,2}[.,]\d{1,2})\s*(?:(?:\(\s*)?(?:dari\s+)?(?:nilai\s+)?bobot\s+|/\s*)(\d{1,2}(?:[.,]\d{1,2})?)`)
	// "menilai kinerja tahun 2020", "atas kinerja tahun 2020", "tahun yang dinilai 2020"
	// a component table flattened into a paragraph: "Perencanaan Kinerja 30 18,70"
	reKompFlat = regexp.MustCompile(`(?i)\b(perencanaan|pengukuran|pelaporan|evaluasi(?:\s+akuntabilitas)?(?:\s+kinerja)?\s+internal)(?:\s+kinerja)?\s+(\d{1,2}(?:[.,]0{1,2})?)\s+(\d{1,2}[.,]\d{1,2})\b`)
	// a lettered list: "a. Perencanaan Kinerja, bobot 30, nilai 20,20;"
	// ("Perencanaan Kinerja memperoleh nilai 21,75 dari bobot 30" too)
	// (weight first, "dengan bobot 30 memperoleh nilai 20,20") or
	// "Perencanaan Kinerja: nilai 20,20, bobot 30"
	reKompBobotFirst = regexp.MustCompile(`(?i)\b(perencanaan|pengukuran|pelaporan|evaluasi(?:\s+akuntabilitas)?(?:\s+kinerja)?\s+internal)(?:\s+kinerja)?\s*[,:;]?\s*(?:dengan\s+)?bobot(?:nya)?(?:\s*:)?\s+(\d{1,2}(?:[.,]\d{1,2})?)\s*[,;:]?\s*(?:dan\s+|dengan\s+)?(?:(?:memperoleh|mendapat(?:kan)?|meraih)\s+)?nilai(?:nya)?(?:\s*:)?\s+` + kompGot + `(?:sebesar\s+)?(\d{1,2}[.,]\d{1,2})\b`)
	reKompNilaiFirst = regexp.MustCompile(`(?i)\b(perencanaan|pengukuran|pelaporan|evaluasi(?:\s+akuntabilitas)?(?:\s+kinerja)?\s+internal)(?:\s+kinerja)?\s*[,:;]?\s*(?:dengan\s+|(?:memperoleh|mendapat(?:kan)?|meraih)\s+)?nilai\s+(?:sebesar\s+)?(\d{1,2}[.,]\d{1,2})\s*[,;]?\s*(?:\(\s*)?(?:dan\s+|dengan\s+|dari\s+)?bobot\s+(\d{1,2}(?:[.,]\d{1,2})?)`)
	reKinerjaYear    = regexp.MustCompile(`(?i)\b(?:kinerja\s+tahun|tahun\s+(?:yang\s+)?dinilai|tahun\s+kinerja)\s+((?:19|20)\d\d)\b`)
	reScoreNum       = regexp.MustCompile(`\b(\d{2}[.,]\d{2})\b(\s*(?:\(\s*|dengan\s+predikat\s+|predikat\s+)["“]?(AA|A|BB|B|CC|C|D)\b)?`)
)

// proseSakipKomponen reads the four SAKIP components stated in a
// paragraph, each "… 18,15 dari bobot 30". They are loaded only when they
// add up to a score the same paragraph states (that score, with the
// predikat written beside it, is the year's SAKIP result); the evaluated
// year is the one the paragraph names as the year of performance.
func (p *parser) proseSakipKomponen(start, end int, t string) {
	// the paragraph before the components: the year and score may stand there
	prev := ""
	if n := len(p.recent); n > 0 && !p.recent[n-1].caption {
		prev = p.recent[n-1].text
	}
	ms := kompMatches(t, 4)
	if ms == nil {
		// a list with one component per item ("a. Perencanaan Kinerja,
		// bobot 30, nilai 20,20;"): read at its last item, with the items
		// before it
		var ok bool
		if start, t, prev, ok = p.kompList(start, t); !ok {
			return
		}
		if ms = kompMatches(t, 4); ms == nil {
			return
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
		if id == "" || seen[id] || n == nil || w == nil || *n > *w {
			return // a score above its weight: not a score and its weight
		}
		seen[id] = true
		ks = append(ks, komp{id, *n, *w})
		sum += *n
	}
	// The year and the score are those of this paragraph before the
	// components, else of the paragraph just before when this one refers
	// back to it ("Nilai tersebut terdiri atas ...").
	ctx := []string{t[:ms[0][0]]}
	if prev != "" {
		ctx = append(ctx, prev)
	}
	year := 0
	score, grade := 0.0, ""
	own, ownGrade := 0.0, "" // the sum stated before the components in this paragraph, its year not named there
	for ci, c := range ctx {
		y := 0
		if m := reKinerjaYear.FindStringSubmatch(c); m != nil {
			y = atoi(m[1])
		}
		if m := reSakipObjectYear.FindStringSubmatch(c); y == 0 && m != nil {
			y = atoi(m[1]) // "Hasil Evaluasi AKIP Tahun 2019 … adalah 61,35"
		}
		if y == 0 && c == prev && prev != "" {
			y = p.sakipYearAbove(start) // a letter's paragraph naming it (sakip_letter.go)
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
		if ci == 0 {
			own, ownGrade = score, grade
		}
		score, grade = 0, ""
		if year == 0 {
			year = y
		}
	}
	if year == 0 {
		return
	}
	if score == 0 && own != 0 && len(ctx) > 1 {
		// "Nilai akhir evaluasi adalah 68,43. Rinciannya: …" under the
		// paragraph naming the year evaluated: the components prove the
		// score by their sum, the paragraphs above give its year
		score, grade = own, ownGrade
	}
	if score == 0 {
		// the total said after the components (sakip_komponen_after.go)
		score, grade = kompTotalAfter(t[ms[len(ms)-1][1]:], sum)
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

// kompPatterns are the ways a sentence states a component's score and
// weight, tried in turn; weightFirst marks those that write the weight
// before the score.
var kompPatterns = []struct {
	re          *regexp.Regexp
	weightFirst bool
}{{reKompProse, false}, {reKompFlat, true}, {reKompNilaiFirst, false}, {reKompBobotFirst, true}}

// kompMatches finds exactly n components in t by the first pattern that
// finds n, each match's groups ordered name, score, weight; nil when none
// does.
func kompMatches(t string, n int) [][]int {
	if !mayKomponen(t) {
		return nil
	}
	for _, kp := range kompPatterns {
		ms := kp.re.FindAllStringSubmatchIndex(t, -1)
		if len(ms) != n {
			continue
		}
		if kp.weightFirst {
			for _, m := range ms { // to score, weight
				m[4], m[5], m[6], m[7] = m[6], m[7], m[4], m[5]
			}
		}
		return ms
	}
	return nil
}

// kompList joins a paragraph stating one component with the three
// paragraphs just before it that state one component each, on the lines
// right above it (a list's items): the list's first line, its text, and
// the paragraph before the list. ok false when t is no such last item.
func (p *parser) kompList(start int, t string) (int, string, string, bool) {
	if kompMatches(t, 1) == nil {
		return 0, "", "", false
	}
	items := []string{t}
	first := start
	n := len(p.recent)
	k := n - 1
	for ; k >= 0 && len(items) < 4; k-- {
		r := p.recent[k]
		if r.caption || r.line >= first || first-r.line > 3 || kompMatches(r.text, 1) == nil {
			break
		}
		items = append(items, r.text)
		first = r.line
	}
	if len(items) != 4 {
		return 0, "", "", false
	}
	prev := ""
	if k >= 0 && !p.recent[k].caption {
		prev = p.recent[k].text
	}
	for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
		items[i], items[j] = items[j], items[i]
	}
	return first, strings.Join(items, "\n"), prev, true
}

// numberOverNumber: b writes a figure over a figure ("9,45 / 15"), as a
// component's score over its weight. It keeps the component patterns off
// the many paragraphs whose slash only parts words ("Pemilu/Pemilihan").
func numberOverNumber(b []byte) bool {
	for off := 0; ; {
		n := bytes.IndexByte(b[off:], '/')
		if n < 0 {
			return false
		}
		i := off + n
		j := i - 1
		for j >= 0 && b[j] == ' ' {
			j--
		}
		k := i + 1
		for k < len(b) && b[k] == ' ' {
			k++
		}
		if j >= 0 && k < len(b) && isDigitByte(b[j]) && isDigitByte(b[k]) {
			return true
		}
		off = i + 1
	}
}
