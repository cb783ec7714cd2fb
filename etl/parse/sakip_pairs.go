package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Scores of several evaluated years in one sentence, in any order of year
// and score: "tahun 2016 sebesar 48,76 (C), tahun 2017 sebesar 53,10 (CC)",
// "SAKIP Tahun 2022 adalah 71,94 (BB), naik dari 65,88 (B) pada tahun
// 2021", "hasil evaluasi tahun 2022 adalah ВВ (71,55), meningkat dari B
// (65,30) pada hasil evaluasi tahun 2021". Each score takes the evaluated
// year written next to it: the unused year between it and the score
// before, else the year between it and the score after. A year named as
// the date the evaluation was received ("diterima pada tahun 2024") is not
// an evaluated year. A score without its own year is not loaded.

var (
	// a score with its grade, in the forms a sentence writes them
	reSakipMention = regexp.MustCompile(`(?:\b(AA|A|BB|B|CC|C|D)\s*\(\s*(\d{2}[.,]\d{1,2})\s*\))` +
		`|(?:\b(\d{2}[.,]\d{1,2})\b(?:\s*\(\s*(AA|A|BB|B|CC|C|D)\s*\)|\s*(?:,\s*)?(?i:dengan|atau)\s+(?i:predikat|kategori)\s+["“]?(AA|A|BB|B|CC|C|D)\b)?)`)
	reTahunYear = regexp.MustCompile(`(?i)\btahun\s+(?:kinerja\s+|yang\s+dinilai\s+)?((?:19|20)\d\d)\b`)
	// the year an evaluation was delivered, not the year it scores
	reReceived = regexp.MustCompile(`(?i)(?:diterima|disampaikan|diserahkan|diumumkan|diterbitkan|dilaksanakan|dilakukan)\s+(?:\S+\s+){0,4}$`)
)

// a sentence led by the year it speaks for: "Untuk tahun 2020 nilai …"
var reForYearLead = regexp.MustCompile(`(?i)^\s*untuk\s+tahun\s+((?:19|20)\d\d)\b`)

// a year named as the one evaluated: "atas tahun 2019", "evaluasi tahun
// 2019", "kinerja tahun 2019", "tahun yang dinilai 2019", "tahun kinerja
// 2019"
var reEvaluatedYear = regexp.MustCompile(`(?i)\b(?:(?:atas|evaluasi|kinerja|dinilai)\s+(?:kinerja\s+)?tahun|tahun\s+(?:yang\s+dinilai|kinerja))\s+(?:yang\s+dinilai\s+)?((?:19|20)\d\d)\b`)

func joinYears(ms [][]string) string {
	var b strings.Builder
	for _, m := range ms {
		b.WriteString(m[1])
		b.WriteByte(' ')
	}
	return b.String()
}

type sakipMention struct {
	start, end int
	score      string
	grade      string
}

// proseSakipPairs reads every score of sentence s with its own evaluated
// year and adds those the other prose readers did not state for that
// satker and year.
func (p *parser) proseSakipPairs(bStart, bEnd int, s string, paraCtx bool) {
	if !hasScoreShape(s) || !strings.Contains(strings.ToLower(s), "tahun") {
		return
	}
	low := normalize.SpacedKey(s)
	// the sentence speaks of the evaluation, or follows one that does
	// ("Nilai ini meningkat dibandingkan hasil evaluasi tahun 2019 ...")
	ctx := sakipContext(low) || paraCtx && has(low, "evaluasi", "nilai")
	// a short sentence under the SAKIP table or paragraph before it, naming
	// the year scored as such: "Evaluasi atas tahun 2020 memberikan nilai
	// 68,43" (read only as one score with that year, below)
	follows := !ctx && has(low, "evaluasi") && p.afterSakipText()
	// or naming only a predikat: "Atas tahun 2018, nilai yang diperoleh 61,05
	// (predikat B)." (read only with a grade fitting the score's band, below)
	graded := !ctx && !follows && has(low, "predikat") && p.afterSakipText()
	follows = follows || graded
	ctx = ctx || follows
	komponen := 0
	for _, w := range [...]string{"perencanaan", "pengukuran", "pelaporan"} {
		if has(low, w) {
			komponen++
		}
	}
	if !ctx || komponen >= 2 || has(low, "reformasi", "bobot", "rb", "persen") || strings.Contains(s, "%") {
		return // components, RB or percentages share the sentence: not a score history
	}
	if changeSentence(low) {
		return // "naik …, dari 64,22 pada Tahun 2021 menjadi 74,62": each score placed by its words (sakip_prose_change.go)
	}
	satker := p.doc.Meta.SatkerID
	switch fs := distinctSatkers(normalize.FindSatkers(s, p.prov, false)); {
	case len(fs) == 1:
		satker = fs[0]
	case len(fs) > 1:
		return
	}
	var ms []sakipMention
	for _, m := range sakipMentionMatches(s) { // reSakipMention.FindAllStringSubmatchIndex(s, -1)
		sm := sakipMention{start: m[0], end: m[1]}
		switch {
		case m[2] >= 0:
			sm.grade, sm.score = s[m[2]:m[3]], s[m[4]:m[5]]
		default:
			sm.score = s[m[6]:m[7]]
			if m[8] >= 0 {
				sm.grade = s[m[8]:m[9]]
			} else if m[10] >= 0 {
				sm.grade = s[m[10]:m[11]]
			}
		}
		ms = append(ms, sm)
	}
	if len(ms) == 1 {
		// one score with its grade, the year named after the satker:
		// "Hasil evaluasi AKIP KPU Kabupaten Belu Tahun 2023 adalah B (69,94)"
		// or "Pada evaluasi sebelumnya, yaitu atas tahun 2019, nilai yang
		// diperoleh 64,89 (B)" after a sentence about the evaluation; or
		// without its grade when the sentence names the evaluation and
		// the year scored as such
		y := 0
		if sakipContext(low) {
			y = sakipYear(s)
		}
		if y == 0 {
			if ys := evaluatedYear.all(s); len(ys) > 0 && len(distinctYears(joinYears(ys))) == 1 {
				y = atoi(ys[0][1])
			}
		}
		if ms[0].grade == "" { // the pattern only when its answer is used
			if g := reGradeWord.FindAllStringSubmatch(s, -1); len(g) == 1 {
				ms[0].grade = g[0][1] // "64,71 (Tahun yang Dinilai 2020, predikat B)"
			}
		}
		if ms[0].grade == "" && (!has(low, "evaluasi", "akip", "sakip") || otherMeasure(low)) {
			return // a bare score beside the evaluation's words: another index's ("nilai IKPA ... 95,30")
		}
		if follows || ms[0].grade == "" {
			// no grade, or no AKIP word in the paragraph: only the year
			// scored, named as such, dates the score (its band gives the
			// grade at resolve: sakip.predikat_dari_nilai)
			y = 0
			if ys := scoredYear.all(s); len(ys) > 0 && len(distinctYears(joinYears(ys))) == 1 {
				y = atoi(ys[0][1])
			}
			// "Pada evaluasi sebelumnya (tahun 2020) … nilai 61,27 (B)": the
			// earlier evaluation's year in brackets, read only with a grade
			// that fits the score's band (sakip_earlier_year.go)
			if y == 0 && ms[0].grade != "" && earlierEvaluation(s) && gradeFits(ms[0].score, ms[0].grade) {
				y = earlierYear(s)
			}
			// "Untuk tahun 2020 nilai evaluasi yang diterima 61,27 (B).": a
			// sentence under the SAKIP text led by the year it is for, read
			// only with a grade that fits the score's band
			if y == 0 && follows && ms[0].grade != "" && gradeFits(ms[0].score, ms[0].grade) && !evalOtherMeasure(s) {
				if m := reForYearLead.FindStringSubmatch(s); m != nil {
					y = atoi(m[1])
				} else {
					y = valueYearLabel(s) // "Nilai tahun 2020: 63,46 (predikat B)." (sakip_year_label.go)
				}
			}
		}
		if graded && (ms[0].grade == "" || !gradeFits(ms[0].score, ms[0].grade)) {
			return
		}
		if y > 0 && !p.hasProseSakip(satker, y) {
			if n := normalize.ParseNumber(ms[0].score, normalize.Unknown); n.Status == normalize.OK && n.Value > 0 && n.Value <= 100 {
				v := n.Value
				p.addSakip(facts.Sakip{Span: facts.Span{Start: bStart, End: bEnd}, SatkerID: satker, TahunDinilai: y,
					Nilai: &v, Predikat: strings.ToUpper(ms[0].grade), Keyakinan: "tinggi", Sumber: "teks"}, false)
			}
		}
		return
	}
	if len(ms) < 2 {
		return
	}
	// "ditetapkan target nilai 65,00 pada tahun 2022 dan 68,00 pada tahun
	// 2023": scores set as targets for coming evaluations, no history
	if has(low, "target", "ditargetkan", "targetkan", "menargetkan") {
		return
	}
	type yr struct {
		pos, year int
		used      bool
	}
	var years []yr
	for _, m := range reTahunYear.FindAllStringSubmatchIndex(s, -1) {
		if reReceived.MatchString(s[max(0, m[0]-40):m[0]]) {
			continue
		}
		years = append(years, yr{pos: m[0], year: atoi(s[m[2]:m[3]])})
	}
	pick := func(from, to int) int {
		found := -1
		for k := range years {
			if years[k].pos >= from && years[k].pos < to && !years[k].used {
				if found >= 0 {
					return -2 // two years in one stretch: which one is unproven
				}
				found = k
			}
		}
		return found
	}
	got := map[int]bool{}
	type pair struct {
		m    sakipMention
		year int
	}
	var pairs []pair
	for i, m := range ms {
		from, to := 0, len(s)
		if i > 0 {
			from = ms[i-1].end
		}
		if i+1 < len(ms) {
			to = ms[i+1].start
		}
		k := pick(from, m.start)
		if k == -1 {
			k = pick(m.end, to)
		}
		if k < 0 {
			return // a score without its own year: the sentence is not read this way
		}
		years[k].used = true
		if got[years[k].year] {
			return
		}
		got[years[k].year] = true
		pairs = append(pairs, pair{m, years[k].year})
	}
	for _, pr := range pairs {
		n := normalize.ParseNumber(pr.m.score, normalize.Unknown)
		if n.Status != normalize.OK || n.Value <= 0 || n.Value > 100 || p.hasProseSakip(satker, pr.year) {
			continue
		}
		v := n.Value
		p.addSakip(facts.Sakip{Span: facts.Span{Start: bStart, End: bEnd}, SatkerID: satker, TahunDinilai: pr.year,
			Nilai: &v, Predikat: strings.ToUpper(pr.m.grade), Keyakinan: "tinggi", Sumber: "teks"}, false)
	}
}

// hasProseSakip: a sentence already stated satker's score for year.
func (p *parser) hasProseSakip(satker string, year int) bool {
	for _, s := range p.doc.Sakip {
		if s.SatkerID == satker && s.TahunDinilai == year && s.Sumber == "teks" {
			return true
		}
	}
	return false
}

// otherMeasure: the sentence (normalize.Key form, padded) names a measure
// other than the AKIP evaluation, whose score a bare number may be.
func otherMeasure(low string) bool {
	return has(low, "ikpa", "anggaran", "kepatuhan", "pelayanan", "informasi", "kepuasan", "survei", "survey",
		"indeks", "opini", "spip", "maturitas", "ikm", "integritas", "reformasi", "rb", "pmprb")
}

// afterSakipText: one of the last two paragraphs before this one (a
// caption, a source line, the sentence introducing a table) speaks of the
// AKIP evaluation and not of RB or the budget.
// sakipEvidence: a paragraph that names no AKIP may still state a SAKIP
// score: under a SAKIP text (afterSakipText), or as the result of the
// evaluation of a year's performance (performanceEvaluation).
func (p *parser) sakipEvidence(t string) bool {
	if p.afterSakipText() {
		return true
	}
	if !reScoredYear.MatchString(t) {
		return false // no sentence of t names a year of performance
	}
	for _, s := range sentences(t) {
		if performanceEvaluation(s) {
			return true
		}
	}
	return false
}

func (p *parser) afterSakipText() bool {
	if p.afterSakipTable() {
		return true
	}
	for k, seen, mixed := len(p.recent)-1, 0, 0; k >= 0 && seen < 2; k-- {
		t := p.recent[k].text
		if screenChrome(t) {
			continue // a form's navigator or tag between (sakip_context_chrome.go)
		}
		if sakipChainLink(t) {
			return true // a run of earlier years' results, one sentence each (sakip_earlier_year.go)
		}
		akip := containsFoldASCII(t, "akip") || containsFoldASCII(t, "akuntabilitas kinerja")
		if akip && mixed < 3 && rbWords(t) && (p.recent[k].caption || tableNoteText(t)) {
			// a caption or note naming both the evaluation and RB
			// ("Keterangan: Nilai Akhir adalah jumlah komponen evaluasi
			// AKIP; baris Reformasi Birokrasi adalah …") says nothing of
			// the text after it: the text before it decides. A chart's key
			// naming both is its chart's topic and still counts
			// (sakip_mixed_note_class_test.go).
			mixed++
			continue
		}
		seen++
		// a drawn evaluation's key may borrow a budget word for a SAKIP
		// one ("PAGU = bobot komponen; … = nilai evaluasi AKIP; GOLONGAN =
		// predikat."): a key naming the evaluation with its weight or its
		// grade is SAKIP text whatever it borrows; RB shares both words
		// and is no SAKIP text. Only a key: prose about the evaluation
		// that names another family's word stays as it was.
		if akip && strings.Contains(t, " = ") && (containsFoldASCII(t, "bobot") || containsFoldASCII(t, "predikat")) &&
			!containsFoldASCII(t, "reformasi") && !containsFoldASCII(t, "pmprb") && !containsFoldASCII(t, " rb") {
			return true
		}
		for _, w := range [...]string{"reformasi", "pmprb", "anggaran", "pagu", "dpt", "pemilih"} {
			if containsFoldASCII(t, w) {
				return false
			}
		}
		if akip {
			return true
		}
	}
	return false
}

// rbWords: t names Reformasi Birokrasi.
func rbWords(t string) bool {
	return containsFoldASCII(t, "reformasi") || containsFoldASCII(t, "pmprb") || containsFoldASCII(t, " rb")
}

// tableNoteText: t reads as a table's note or caption line: bracketed, or
// opening with a note word ("Keterangan:", "Catatan", "Ket.", "Sumber:");
// never a chart's key ("X = …").
func tableNoteText(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || strings.Contains(t, " = ") {
		return false
	}
	if t[0] == '(' {
		return true
	}
	for _, w := range [...]string{"keterangan", "catatan", "ket.", "ket:", "note", "sumber"} {
		if len(t) > len(w) && strings.EqualFold(t[:len(w)], w) {
			return true
		}
	}
	return false
}

// afterSakipTable: the paragraph stands right under a table read into
// SAKIP facts (its components, its score), at most one short paragraph
// (a note, a key) between: a graded sentence there follows the SAKIP
// text as under its prose ("Untuk kinerja tahun 2019, nilai evaluasi
// yang diterima adalah 61,45 (predikat B).").
func (p *parser) afterSakipTable() bool {
	if p.sakipTableEnd == 0 {
		return false
	}
	// the paragraph being read joins p.recent after it is read: every
	// entry is before it
	between := 0
	for k := len(p.recent) - 1; k >= 0 && p.recent[k].line > p.sakipTableEnd; k-- {
		if screenChrome(p.recent[k].text) {
			continue
		}
		if between++; between > 1 || len(p.recent[k].text) > 200 || rbWords(p.recent[k].text) {
			return false // prose between, or a note naming RB: the text before decides (afterSakipText)
		}
	}
	return true
}
