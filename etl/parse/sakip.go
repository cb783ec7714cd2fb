package parse

import (
	"math"
	"regexp"
	"slices"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

type sakipMeta struct {
	komponen bool // backed by a component table
	// disputed: the document states another predikat than the score's
	// band (a group heading above the row): no predikat is derived
	disputed bool
}

var (
	reSakipScore = []*regexp.Regexp{
		// nilai 73,15 atau predikat "BB"
		regexp.MustCompile(`(\d{2}[.,]\d{1,2})\s*"?\s*(?i:atau|dengan|dan)\s+(?i:predikat|kategori)\s+(?:(?i:penilaian)\s+)?["“]?(AA|A|BB|B|CC|C|D)\b`),
		// predikat (penilaian) BB (77,95)
		regexp.MustCompile(`(?i:predikat|kategori)(?:\s+(?i:penilaian))?\s+["“]?(AA|A|BB|B|CC|C|D)["”]?\s*\((\d{2}[.,]\d{1,2})\)`),
	}
	// "Evaluasi AKIP Tahun 2023", "(AKIP) Tahun 2023": the year scored
	reSakipObjectYear = regexp.MustCompile(`(?i)(?:akip|sakip|akuntabilitas\s+kinerja(?:\s+instansi\s+pemerintah)?)\)?\s+tahun\s+((?:19|20)\d\d)`)
	// the satker named between: "SAKIP KPU Kabupaten Lembata Tahun 2019"
	reSakipSatkerYear = regexp.MustCompile(`(?i)(?:akip|sakip)\)?\s+kpu((?:\s+[a-z.']+){1,5}?)\s+tahun\s+((?:19|20)\d\d)`)
	// the year evaluated, named so that it cannot be the year of the
	// evaluation: "atas kinerja tahun 2021", "tahun kinerja 2021", "tahun
	// yang dinilai 2021"
	reScoredYear = regexp.MustCompile(`(?i)\b(?:(?:atas|untuk|bagi|terhadap)\s+kinerja\s+tahun|atas\s+tahun|tahun\s+kinerja|tahun\s+yang\s+(?:dinilai|dievaluasi))\s+((?:19|20)\d\d)\b`)
	// "di tahun 2024", "pada tahun 2024": when the evaluation was done
	reWhenYear = regexp.MustCompile(`(?i)\b(?:di|pada)\s+tahun\s+((?:19|20)\d\d)`)
)

// sentences splits a paragraph into sentences, not at "Rp." or decimals.
func sentences(t string) []string {
	var out []string
	start := 0
	for i := 0; i+2 < len(t); i++ {
		if t[i] != '.' || t[i+1] != ' ' {
			continue
		}
		c := t[i+2]
		if !(c >= 'A' && c <= 'Z') && c != '-' && c != '"' {
			continue
		}
		w := t[max(start, i-6):i]
		if k := strings.LastIndexByte(w, ' '); k >= 0 {
			w = w[k+1:]
		}
		switch strings.ToLower(w) {
		case "rp", "no", "nomor", "s", "d", "dll", "tk", "kab", "kec", "prov", "dr", "ir", "st", "jl":
			continue
		}
		out = append(out, t[start:i+1])
		start = i + 2
	}
	return append(out, t[start:])
}

// proseSakip reads an evaluation result stated in a sentence: "Hasil
// Evaluasi AKIP Tahun 2023 ... memperoleh nilai 73,15 atau predikat BB".
func (p *parser) proseSakip(bStart, bEnd int, t string) {
	if !containsFoldASCII(t, "nilai") && !containsFoldASCII(t, "akip") && !containsFoldASCII(t, "akuntabilitas") {
		// "hasil evaluasi tahun 2022 sebesar 66,72 dengan predikat B" under
		// the SAKIP text: the clause reader, which prose calls only for a
		// paragraph naming the evaluation or a "nilai", reads it too
		defer p.proseSakipClauses(bStart, bEnd, t, false)
	}
	lastGrade := ""
	ss := sentences(t)
	defer func() {
		paraCtx := false
		for _, s := range ss {
			// cheap tests first: a sentence without a score shape states no
			// score, and only its words matter for the next one
			if containsFoldASCII(s, "reformasi") {
				paraCtx = false
			}
			if hasScoreShape(s) {
				p.proseSakipPairs(bStart, bEnd, s, paraCtx)
			}
			paraCtx = paraCtx || containsFoldASCII(s, "akip") || containsFoldASCII(s, "akuntabilitas kinerja")
		}
	}()
	for i, s := range ss {
		if !isASCII(s) {
			s = normalize.Fold(s) // "predikat ВВ" with Cyrillic letters
			ss[i] = s
		}
		if !strings.Contains(s, "redikat") && !strings.Contains(s, "ategori") && !strings.Contains(s, "REDIKAT") && !strings.Contains(s, "ATEGORI") {
			if strings.Contains(s, "AKIP") && hasYearDigits(s) {
				p.proseSakipHistory(bStart, bEnd, s, &lastGrade)
			}
			continue
		}
		low := strings.ToLower(s)
		named := strings.Contains(low, "akuntabilitas kinerja") || strings.Contains(low, "akip") || strings.Contains(low, "sakip")
		// an earlier year bracketed after "tahun sebelumnya" (sakip_earlier_year.go)
		if !named && !performanceEvaluation(s) && !earlierEvaluation(s) || strings.Contains(low, "reformasi birokrasi") {
			continue
		}
		score, grade := "", ""
		for _, re := range reSakipScore {
			if m := re.FindStringSubmatch(s); m != nil {
				if normalize.Grade(m[1]) != "" {
					grade, score = m[1], m[2]
				} else {
					score, grade = m[1], m[2]
				}
				break
			}
		}
		if score == "" || strings.Count(low, "tahun") > 1 && (len(objectYear.allIndex(s)) > 1 || yearsScoresPaired(s)) {
			p.proseSakipHistory(bStart, bEnd, s, &lastGrade)
			continue
		}
		lastGrade = strings.ToUpper(grade)
		n := normalize.ParseNumber(score, normalize.Unknown)
		if n.Status != normalize.OK || n.Value <= 0 || n.Value > 100 {
			continue
		}
		if !named && normalize.GradeOf(n.Value) != normalize.Grade(strings.ToUpper(grade)) {
			continue // unnamed, the evaluation is SAKIP's only when its grade fits the score's band
		}
		year := sakipYear(s)
		if year == 0 {
			year = earlierYear(s) // "tahun sebelumnya (tahun 2019)" (sakip_earlier_year.go)
		}
		if year == 0 {
			year = leadYear(s, score, grade) // "Untuk tahun 2019, nilai SAKIP ..." (sakip_year_lead.go)
		}
		if year == 0 {
			p.find("sakip.baris_tidak_pasti", facts.Info, bStart, bEnd, score,
				"nilai SAKIP %s disebut tanpa tahun yang dinilai; tidak dimuat", score)
			continue
		}
		satker := p.doc.Meta.SatkerID
		if fs := distinctSatkers(normalize.FindSatkers(s, p.prov, false)); len(fs) == 1 {
			satker = fs[0]
		} else if len(fs) > 1 {
			continue
		}
		v := n.Value
		p.addSakip(facts.Sakip{Span: facts.Span{Start: bStart, End: bEnd}, SatkerID: satker, TahunDinilai: year,
			Nilai: &v, Predikat: strings.ToUpper(grade), Keyakinan: "tinggi", Sumber: "teks"}, false)
	}
}

// sakipYear is the year an evaluation sentence scores: the year of "AKIP
// Tahun Y" itself, or Y-1 for an evaluation done "pada tahun Y".
func sakipYear(s string) int {
	if !hasYearDigits(s) {
		return 0 // both patterns need a year
	}
	// the year scored, named as such before the first score, beats
	// "Evaluasi AKIP Tahun Y", which some reports write for the year the
	// evaluation was done: "Hasil evaluasi AKIP tahun 2022 (atas kinerja
	// tahun 2021) ... nilai 66,34". After the score it names an earlier
	// result: "nilai 69,88, turun dari 70,36 pada evaluasi atas tahun 2021".
	if ms := scoredYear.all(s[:scoreIndex(s)]); len(ms) > 0 && len(distinctYears(joinYears(ms))) == 1 {
		return atoi(ms[0][1])
	}
	if y := scoredBareYear(s[:scoreIndex(s)]); y > 0 {
		return y // "evaluasi atas kinerja 2020" (sakip_scored_bare.go)
	}
	if m := objectYear.first(s); m != nil {
		return atoi(m[1])
	}
	if m := satkerYear.first(s); m != nil && len(normalize.FindSatkers(m[1], "", false)) == 1 {
		k := normalize.SpacedKey(m[1])
		if !has(k, "pada", "di", "yang", "dalam", "atas", "dari", "untuk") {
			return atoi(m[2])
		}
	}
	ms := whenYear.all(s)
	y := 0
	for _, m := range ms {
		v := atoi(m[1])
		if y != 0 && v != y {
			return 0
		}
		y = v
	}
	if y > 0 {
		return y - 1
	}
	return 0
}

func distinctSatkers(fs []normalize.Found) []string {
	var out []string
	seen := map[string]bool{}
	for _, f := range fs {
		if !seen[f.ID] {
			seen[f.ID] = true
			out = append(out, f.ID)
		}
	}
	return out
}

func (p *parser) addSakip(s facts.Sakip, komponen bool) {
	p.cov.hits++
	p.doc.Sakip = append(p.doc.Sakip, s)
	p.skMeta = append(p.skMeta, sakipMeta{komponen: komponen})
}

// sakipSatkerTable reads the all-satker SAKIP results read from a photo.
// A row is loaded only when it names exactly one satker and carries one
// score whose band agrees with the grade written beside it; such rows are
// low confidence. Other rows with a score are reported and skipped.
func (p *parser) sakipSatkerTable(t *tableInfo) {
	b := t.b
	year := 0
	for k := len(p.recent) - 1; k >= 0 && k >= len(p.recent)-4 && year == 0; k-- {
		// only a text about the AKIP evaluation dates it: "pada tahun 2022"
		// in a sentence about RB or the budget says nothing of it
		if txt := p.recent[k].text; sakipContext(" "+normalize.Key(txt)+" ") && !containsFoldASCII(txt, "reformasi") {
			year = sakipYear(txt)
		}
	}
	if year == 0 {
		year = captionYear(b.Caption)
	}
	if year == 0 {
		year = p.doc.Meta.Tahun - 1
	}
	photo := len(b.Header) == 0 || p.scannedTable(b)
	// a "Kode" column holds the area codes ("53.01"): they name the satker,
	// and are not scores
	codeCol := -1
	if len(b.Header) > 0 {
		for j, cs := range columnTexts(b) {
			if k := normalize.SpacedKey(strings.Join(cs, " ")); has(k, "kode") && codeCol < 0 {
				codeCol = j
			}
		}
	}
	if ycs := sakipYearColumns(t); ycs != nil {
		p.sakipSatkerYears(t, ycs, codeCol, photo)
		return
	}
	heading := "" // the grade of the group heading above the rows ("Predikat BB (Sangat Baik)")
	for _, r := range b.Rows {
		if g := gradeHeadingRow(r); g != "" {
			heading = g
			continue
		}
		var scores []float64
		var grades []string
		var names []string
		garbled := false
		code := ""
		for j, c := range r.Cells {
			if c == "" {
				continue
			}
			if j == codeCol {
				code = c
				continue
			}
			if sc, g := splitScoreGrade(c); g != "" {
				grades = append(grades, g) // "BB (72,45)": both in one cell
				c = sc
			}
			if g := normalize.Grade(c); g != "" {
				grades = append(grades, g)
				continue
			}
			if ocrGarbled(c) {
				garbled = true // "58,8O", "Sg,S8": a digit misread as a letter
				continue
			}
			if n := normalize.ParseNumber(c, normalize.Indonesian); n.Status == normalize.OK && n.Decimals > 0 && !strings.ContainsAny(c, " %") {
				scores = append(scores, n.Value)
				continue
			}
			names = append(names, c)
		}
		text := strings.Join(r.Cells, " ")
		if garbled {
			p.find("sakip.baris_tidak_pasti", facts.Info, r.Start, r.End, text,
				"%s: nilai SAKIP tidak terbaca bersih (%s); dilewati", t.label, normalize.Space(text))
			continue
		}
		if len(scores) == 0 {
			continue
		}
		ids := distinctSatkers(normalize.FindSatkers(strings.Join(names, " "), p.prov, true))
		if id := p.satkerOfCode(code); id != "" {
			switch {
			case len(ids) == 0 || slices.Contains(ids, id):
				ids = []string{id} // the code decides a bare "Kupang"
			default:
				ids = append(ids, id) // the code names another satker than the name: unproven
			}
		}
		if heading != "" && len(grades) == 0 && len(ids) == 1 && len(scores) == 1 && scores[0] > 0 && scores[0] <= 100 && !photo {
			p.sakipUnderHeading(t, r, ids[0], year, scores[0], heading)
			continue
		}
		ok := len(ids) == 1 && len(scores) == 1 && len(grades) == 1 && scores[0] > 0 && scores[0] <= 100 &&
			normalize.GradeOf(scores[0]) == grades[0]
		if !ok {
			src := "dari foto "
			if !photo {
				src = "" // a typed table: its average row names no satker
			}
			p.find("sakip.baris_tidak_pasti", facts.Info, r.Start, r.End, text,
				"%s: baris hasil SAKIP %stidak pasti (%d satker, %d nilai); dilewati", t.label, src, len(ids), len(scores))
			continue
		}
		v := scores[0]
		if !photo {
			// a table with its own header is a clean table, not a photo
			p.addSakip(facts.Sakip{Span: facts.Span{Start: r.Start, End: r.End}, SatkerID: ids[0], TahunDinilai: year,
				Nilai: &v, Predikat: grades[0], Keyakinan: "tinggi", Sumber: t.label}, false)
			continue
		}
		p.addSakip(facts.Sakip{Span: facts.Span{Start: r.Start, End: r.End}, SatkerID: ids[0], TahunDinilai: year,
			Nilai: &v, Predikat: grades[0], Keyakinan: "rendah", Sumber: t.label}, false)
		p.find("sakip.keyakinan_rendah", facts.Info, r.Start, r.End, text,
			"%s: nilai SAKIP %s dibaca dari foto; keyakinan rendah", t.label, normalize.Space(text))
	}
}

// satkerOfCode is the satker an area code names ("53.01", "5301", "53"),
// in the document's province, or "".
func (p *parser) satkerOfCode(code string) string {
	id := strings.ReplaceAll(strings.TrimSpace(code), ".", "")
	if len(id) < 2 || !normalize.AllDigits(id) {
		return ""
	}
	s, ok := normalize.SatkerByID(id)
	if !ok || p.prov != "" && s.ID != p.prov && s.ProvinsiID != p.prov {
		return ""
	}
	return s.ID
}

// performanceEvaluation: a sentence stating the result of the evaluation of
// a year's performance without naming AKIP: "hasil evaluasi atas tahun
// kinerja 2022 ... nilai 74,62 dan predikat BB", "evaluasi atas kinerja
// tahun 2019", "(tahun yang dinilai 2018)". That evaluation is the SAKIP
// one, unless the sentence names another measure (RB, IKPA, an index,
// the budget, compliance, integrity zone, public information, a civil
// servant's own performance, ...).
func performanceEvaluation(s string) bool {
	if !containsFoldASCII(s, "evaluasi") || !reScoredYear.MatchString(s) {
		return false
	}
	return !evalOtherMeasure(s)
}

// evalOtherMeasure: s names a measure other than SAKIP's evaluation.
func evalOtherMeasure(s string) bool {
	for _, w := range [...]string{"reformasi", "rb ", "ikpa", "indeks", "anggaran", "kepatuhan", "zona integritas", "spip", "maturitas",
		"informasi publik", "keterbukaan", "pelayanan publik", "survei", "kepuasan", "bpk", "opini", "laporan keuangan",
		"pegawai", "skp", " asn", "individu", "jabatan"} {
		if containsFoldASCII(s, w) {
			return true
		}
	}
	return false
}

// labelOwnScore: the label cell states a score of its own after a colon or
// an equals sign ("… Nilai Akhir : 64,50 (B)") other than v.
func labelOwnScore(name string, v float64) bool {
	i := strings.LastIndexAny(name, ":=")
	if i < 0 {
		return false
	}
	c, _ := splitScoreGrade(strings.TrimSpace(name[i+1:]))
	n := normalize.ParseNumber(c, normalize.Indonesian)
	return n.Status == normalize.OK && math.Abs(n.Value-v) > 1e-9
}

// cellsOwnScore: some cell of a row states a score other than v after a
// colon (labelOwnScore), asked cell by cell without joining them.
func cellsOwnScore(cells []string, v float64) bool {
	for _, c := range cells {
		if labelOwnScore(c, v) {
			return true
		}
	}
	return false
}
