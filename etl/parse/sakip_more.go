package parse

import (
	"regexp"
	"slices"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// More SAKIP layouts: the all-satker table with a header (a clean table,
// read with high confidence, unlike the photo), history tables over
// several years (years as rows or as columns), the component table laid
// out as columns, and earlier years' scores stated in prose.

// sakipContext: a text that speaks of the AKIP/SAKIP evaluation.
func sakipContext(k string) bool {
	return has(k, "akip", "sakip", "lakip") || strings.Contains(k, "akuntabilitas kinerja")
}

// classifySakip recognises the SAKIP layouts classify's switch does not.
func (p *parser) classifySakip(t *tableInfo) family {
	h, c := t.hdr, t.cap
	if rbYearsAsColumns(t) {
		return famRB
	}
	if !strings.Contains(h, " nilai ") && !strings.Contains(h, " skor ") && !strings.Contains(h, "perencanaan") {
		nilaiRow := false // years as columns: "Nilai" heads a row
		for _, r := range t.b.Rows {
			if normalize.HasLowerPrefix(r.Cell(0), "nilai") || normalize.HasLowerPrefix(r.Cell(0), "skor") {
				nilaiRow = true
				break
			}
		}
		if !nilaiRow {
			return famNone
		}
	}
	ctx := sakipContext(c) || sakipContext(h)
	for k := len(p.recent) - 1; k >= 0 && k >= len(p.recent)-2 && !ctx && !rbOwnWords(t); k-- { // (rb_own_words.go)
		ctx = sakipContext(normalize.SpacedKey(p.recent[k].text))
	}
	komponen := 0
	for _, hr := range t.b.Header {
		for _, cell := range hr.Cells {
			if id := komponenOf(cell); id != "" && id != "capaian" {
				komponen++
			}
		}
	}
	// a table with years as columns names "Nilai" in its first column
	labelled := false
	for _, r := range t.b.Rows {
		if k := normalize.SpacedKey(r.Cell(0)); has(k, "nilai", "skor") {
			labelled = true
		}
	}
	// components as rows without a Bobot column: "Perencanaan Kinerja (30)"
	rowKomponen := 0
	for _, r := range t.b.Rows {
		for _, c := range r.Cells {
			if c != "" && !isRowNumber(c) {
				if id := komponenOf(c); id != "" && id != "capaian" {
					rowKomponen++
				}
				break
			}
		}
	}
	switch {
	case !ctx && has(h, "tahun") && has(h, "nilai", "skor", "indeks") && p.rbContext(t):
		// "Tahun | Nilai RB | Kategori": the RB results of several years
		// (rbTable reads one row per year)
		return famRB
	case komponen >= 3 && !has(h, "bobot"):
		return famSakipKomponenKolom
	case ctx && rowKomponen >= 3 && has(h, "nilai", "skor") && len(distinctYears(h)) < 2:
		return famSakipKomponen
	case ctx && rowKomponen >= 3 && has(h, "bobot") && len(distinctYears(h)) >= 2:
		// "Komponen | Bobot | Tahun 2022 | Tahun 2023": each year's scores
		// under a column named by its year alone
		return famSakipKomponen
	case ctx && labelled && len(distinctYears(h)) >= 2:
		return famSakipRiwayat
	case !ctx || !has(h, "nilai", "skor"):
		return famNone
	case has(h, "satuan kerja", "satker", "kabupaten kota", "kabupaten", "kota", "wilayah") && !has(h, "tahun"):
		return famSakipSatker
	case has(h, "tahun") || len(distinctYears(h)) >= 2:
		return famSakipRiwayat
	}
	return famNone
}

// sakipRiwayatTable reads a history of evaluation results: one row per
// year ("Tahun yang Dinilai | Nilai | Predikat") or one column per year
// ("Tahun Kinerja yang Dievaluasi | 2019 | 2020 ..." over "Nilai | ..." and
// "Predikat | ..."). The year is the year evaluated.
func (p *parser) sakipRiwayatTable(t *tableInfo) {
	b := t.b
	satker := p.doc.Meta.SatkerID
	if fs := distinctSatkers(normalize.FindSatkers(b.Caption, p.prov, false)); len(fs) == 1 {
		satker = fs[0]
	}
	add := func(year int, score, grade string, start, end int) {
		if sc, g := splitScoreGrade(score); g != "" {
			score = sc // "BB (72,45)" in the Nilai column
			if strings.TrimSpace(grade) == "" {
				grade = g
			}
		}
		n := normalize.ParseNumber(score, normalize.Unknown)
		if year == 0 || n.Status != normalize.OK || n.Value <= 0 || n.Value > 100 {
			return
		}
		v := n.Value
		g := normalize.Grade(strings.TrimSpace(grade))
		p.addSakip(facts.Sakip{Span: facts.Span{Start: start, End: end}, SatkerID: satker, TahunDinilai: year,
			Nilai: &v, Predikat: g, Keyakinan: "tinggi", Sumber: t.label}, false)
	}
	// years as columns: a row (header or body) of year cells
	all := append(append([]extract.Row{}, b.Header...), b.Rows...)
	for i, r := range all {
		years := map[int]int{}
		scored := false
		for j, c := range r.Cells {
			if y := yearWord(strings.TrimSpace(c)); y > 0 {
				years[j] = y
			} else if hasScoreShape(c) {
				scored = true
			}
		}
		if len(years) < 2 || scored {
			continue // a row of years holds no score; "2015 | 45,60 | C | 2016" is a row of a table with years as rows
		}
		var nilai, predikat *extract.Row
		for k := i + 1; k < len(all); k++ {
			label := normalize.SpacedKey(strings.Join(all[k].Cells, " "))
			switch {
			case namesRB(label):
				// "Nilai RB": the Reformasi Birokrasi score, never SAKIP's
			case nilai == nil && has(label, "nilai", "skor"):
				nilai = &all[k]
			case predikat == nil && has(label, "predikat", "kategori"):
				predikat = &all[k]
			}
		}
		if nilai == nil {
			continue
		}
		cols := make([]int, 0, len(years))
		for j := range years {
			cols = append(cols, j)
		}
		slices.Sort(cols) // column order: a map's order would change the rows' order run to run
		for _, j := range cols {
			y := years[j]
			grade := ""
			if predikat != nil {
				grade = predikat.Cell(j)
			}
			add(y, nilai.Cell(j), grade, nilai.Start, nilai.End)
		}
		return
	}
	// years as rows
	cols := columnTexts(b)
	ty, tn, tp, trb := -1, -1, -1, -1
	shift, tyWhen := 0, -1 // tyWhen: the year the evaluation was done, which scores the year before
	for j, cs := range cols {
		k := normalize.SpacedKey(strings.Join(cs, " "))
		switch {
		case namesRB(k):
			// "Nilai RB" beside "Nilai SAKIP": the RB score, read as rb
			if trb < 0 && has(k, "nilai", "skor", "indeks", "rb") {
				trb = j
			}
		case has(k, "tahun") && (has(k, "evaluasi", "penilaian", "diterima", "pelaksanaan") && !has(k, "dinilai", "dievaluasi", "kinerja")):
			if tyWhen < 0 {
				tyWhen = j
			}
		case has(k, "tahun") && ty < 0:
			ty = j
		case has(k, "predikat", "kategori") && tp < 0:
			tp = j
		case has(k, "nilai", "skor") && tn < 0:
			tn = j
		}
	}
	if ty < 0 && tyWhen >= 0 {
		ty, shift = tyWhen, 1
	}
	if tn < 0 && tp >= 0 && has(" "+normalize.Key(strings.Join(cols[tp], " "))+" ", "nilai", "skor") {
		tn = tp // "Predikat (Nilai)" over "B (61,45)": both in one cell
	}
	if ty < 0 || tn < 0 {
		return
	}
	rbRows := p.rbBesideAKIP(t, false) // an RB row among the AKIP's is RB's (rb_akip_mixed.go)
	for i, r := range b.Rows {
		if slices.Contains(rbRows, i) {
			continue
		}
		grade := ""
		if tp >= 0 && tp != tn {
			grade = r.Cell(tp) // one cell for both: add splits it
		}
		y := yearWord(strings.TrimSpace(r.Cell(ty)))
		if y > 0 {
			y -= shift
		}
		add(y, r.Cell(tn), grade, r.Start, r.End)
		if trb >= 0 && y > 0 {
			p.rbHistoryCell(t, r, trb, y, satker)
		}
	}
}

// komponenTableYear is the year a component table scores: its caption's,
// else (no caption) the one the paragraph right above names as the year
// scored ("Nilai tahun kinerja 2022 per komponen:", "Rincian nilai per
// komponen atas evaluasi tahun yang dinilai 2021:"), else the report
// year − 1.
func (p *parser) komponenTableYear(b *extract.Block) int {
	if y := captionYear(b.Caption); y != 0 {
		return y
	}
	if n := len(p.recent); b.Caption == "" && n > 0 && !p.recent[n-1].caption {
		txt := p.recent[n-1].text
		if sakipContext(" "+normalize.Key(txt)+" ") && !containsFoldASCII(txt, "reformasi") {
			if y := sakipYear(txt); y != 0 {
				return y
			}
		}
		if ms := reKinerjaYear.FindAllStringSubmatch(txt, -1); len(ms) > 0 && len(distinctYears(joinYears(ms))) == 1 {
			return atoi(ms[0][1]) // "tahun yang dinilai 2021": the year scored, named as such
		}
	}
	return p.doc.Meta.Tahun - 1
}

// namesRB: a folded header or label that names Reformasi Birokrasi.
func namesRB(k string) bool {
	return strings.Contains(k, "reformasi birokrasi") || has(k, "rb", "pmprb")
}

// rbHistoryCell reads the RB score of year y from column j of row r of a
// history table that gives SAKIP and RB side by side, for the satker the
// table is about.
func (p *parser) rbHistoryCell(t *tableInfo, r extract.Row, j, y int, satker string) {
	n := normalize.ParseNumber(r.Cell(j), normalize.Unknown)
	if n.Status != normalize.OK || n.Value <= 0 || n.Value > 100 {
		return
	}
	v := n.Value
	p.cov.hits++
	p.rbCand = append(p.rbCand, rbCandidate{rb: facts.RB{Span: facts.Span{Start: r.Start, End: r.End}, SatkerID: satker,
		Tahun: y, Nilai: &v, Sumber: t.label}, years: []int{y}})
}

// sakipKomponenKolom reads the component table laid out as columns:
// "Perencanaan Kinerja | Pengukuran Kinerja | ... | Total | Predikat" over
// "(30) | (30) | (15) | (25) | (100)" (the weights) and the scores.
func (p *parser) sakipKomponenKolom(t *tableInfo) {
	b := t.b
	// the header row naming the components; a row of weights or units
	// under it ("(30) | (30) | (15)") is read below
	hdr, named := b.Header[len(b.Header)-1], -1
	for _, h := range b.Header {
		n := 0
		for _, c := range h.Cells {
			if id := komponenOf(c); id != "" && id != "capaian" {
				n++
			}
		}
		if n > named {
			hdr, named = h, n
		}
	}
	year := p.komponenTableYear(b)
	satker := p.doc.Meta.SatkerID
	if fs := distinctSatkers(normalize.FindSatkers(b.Caption, p.prov, false)); len(fs) == 1 {
		satker = fs[0]
	}
	rows := append(append([]extract.Row{}, b.Header...), b.Rows...)
	var weights *extract.Row
	var scores []*extract.Row
	for i := range rows {
		r := &rows[i]
		paren, plain := 0, 0
		for _, c := range r.Cells {
			c = strings.TrimSpace(c)
			if strings.HasPrefix(c, "(") && strings.HasSuffix(c, ")") && hasDigitStr(c) {
				paren++
			} else if n := normalize.ParseNumber(c, normalize.Indonesian); n.Status == normalize.OK {
				plain++
			}
		}
		label := normalize.SpacedKey(r.Cell(0))
		switch {
		case (paren >= 3 || plain >= 3 && has(label, "bobot")) && weights == nil:
			weights = r // "(30) | (30) | (15)", or a row labelled "Bobot"
		case plain >= 3:
			scores = append(scores, r)
		}
	}
	if len(scores) == 0 {
		return
	}
	// several score rows: each names its evaluated year in a Tahun column
	yearCol := -1
	for j, h := range hdr.Cells {
		if k := normalize.SpacedKey(h); has(k, "tahun") && komponenOf(h) == "" {
			yearCol = j
		}
	}
	if len(scores) > 1 && yearCol < 0 {
		p.find("sakip.baris_tidak_pasti", facts.Warning, b.Start, b.End, t.label,
			"%s: beberapa baris nilai komponen tanpa kolom tahun yang dinilai; tidak dimuat", t.label)
		return
	}
	num := func(c string) *float64 {
		c = strings.Trim(strings.TrimSpace(c), "()")
		c, _ = splitScoreGrade(c)
		n := normalize.ParseNumber(c, normalize.Indonesian)
		if n.Status != normalize.OK {
			return nil
		}
		v := n.Value
		return &v
	}
	noWeight := false
	for _, sc := range scores {
		y := year
		if yearCol >= 0 {
			if ys := yearsIn(sc.Cell(yearCol)); len(ys) == 1 {
				y = ys[0]
			} else if len(scores) > 1 {
				continue
			}
		}
		var total, totalWeight, capaianWeight *float64
		grade := ""
		var comps []facts.SakipKomponen
		for j, h := range hdr.Cells {
			k := normalize.SpacedKey(h)
			switch id := komponenOf(h); {
			case id == "capaian":
				// the earlier framework's fifth component, no fact of its own:
				// its weight is part of the sum the others are held to
				if weights != nil {
					capaianWeight = num(weights.Cell(j))
				} else {
					capaianWeight = headerWeight(h)
				}
			case id != "" && id != "capaian":
				var w *float64
				if weights != nil {
					w = num(weights.Cell(j))
				} else {
					w = headerWeight(h) // "Perencanaan Kinerja (30)"
				}
				if w == nil && !noWeight {
					noWeight = true // the weights changed over the years: none is assumed
					p.find("sakip.bobot_tidak_disebut", facts.Info, b.Start, b.End, t.label,
						"%s: bobot komponen tidak disebut; bobot dimuat NULL", t.label)
				}
				comps = append(comps, facts.SakipKomponen{Span: facts.Span{Start: sc.Start, End: sc.End},
					SatkerID: satker, TahunDinilai: y, Komponen: id, Bobot: w, Nilai: num(sc.Cell(j)), Sumber: t.label})
			case has(k, "total", "jumlah", "nilai akhir", "nilai"):
				total = num(sc.Cell(j))
				if _, g := splitScoreGrade(sc.Cell(j)); g != "" {
					grade = g
				}
				if weights != nil {
					totalWeight = num(weights.Cell(j))
				} else {
					totalWeight = headerWeight(h) // "Nilai Akhir (100)"
				}
			case has(k, "predikat", "kategori"):
				grade = normalize.Grade(strings.TrimSpace(sc.Cell(j)))
			}
		}
		p.columnWeightsHold(t, comps, totalWeight, capaianWeight)
		p.doc.SakipKomponen = append(p.doc.SakipKomponen, comps...)
		if total != nil {
			p.addSakip(facts.Sakip{Span: facts.Span{Start: sc.Start, End: sc.End}, SatkerID: satker, TahunDinilai: y,
				Nilai: total, Predikat: grade, Keyakinan: "tinggi", Sumber: t.label}, true)
		}
	}
}

var (
	// a score and the grade after it: "61,80 (B)", "nilai 65,80 dengan predikat B"
	reScoreGrade = regexp.MustCompile(`(\d{2}[.,]\d{1,2})\s*\(\s*(AA|A|BB|B|CC|C|D)\s*\)`)
	reScoreOnly  = regexp.MustCompile(`(?i)(?:nilai|sebesar|skor)\s+(?:sebesar\s+|akhir\s+)?(\d{2}[.,]\d{1,2})\b`)
	reGradeWord  = regexp.MustCompile(`(?i:predikat|kategori)\s+["“]?(AA|A|BB|B|CC|C|D)\b`)
)

// proseSakipHistory reads a sentence naming several evaluated years, each
// with its score: "Evaluasi AKIP Tahun 2018 sebesar 60,32 (B) dan
// Evaluasi AKIP Tahun 2017 sebesar 55,85 (CC)". lastGrade carries "the same
// predikat" ("predikat yang sama") from the sentence before.
func (p *parser) proseSakipHistory(bStart, bEnd int, s string, lastGrade *string) {
	if !hasScoreShape(s) {
		return // no "dd,dd" score: the pattern below cannot give a value
	}
	objs := objectYear.allIndex(s)
	if len(objs) == 0 {
		return
	}
	if fs := distinctSatkers(normalize.FindSatkers(s, p.prov, false)); len(fs) > 1 {
		return
	}
	p.sakipLead(bStart, bEnd, s, objs[0], lastGrade) // the first year's score before it (sakip_prose_lead.go)
	for k, m := range objs {
		end := len(s)
		if k+1 < len(objs) {
			end = objs[k+1][0]
		}
		seg := s[m[0]:end]
		year := atoi(s[m[2]:m[3]])
		// "Evaluasi AKIP tahun 2023 atas kinerja tahun 2022 ... nilai 72,45":
		// the year scored, named as such before the score, wins
		if ys := scoredYear.all(seg[:scoreIndex(seg)]); len(ys) > 0 && len(distinctYears(joinYears(ys))) == 1 {
			year = atoi(ys[0][1])
		}
		score, grade := "", ""
		if g := reScoreGrade.FindStringSubmatch(seg); g != nil {
			score, grade = g[1], g[2]
		} else if g := reSakipScore[0].FindStringSubmatch(seg); g != nil {
			score, grade = g[1], g[2]
		} else if g := reSakipScore[1].FindStringSubmatch(seg); g != nil {
			score, grade = g[2], g[1]
		} else if g := reScoreOnly.FindStringSubmatch(seg); g != nil && !otherMeasure(" "+normalize.Key(seg)+" ") && !namesKomponen(seg) {
			// a bare score, unless the words around it name another
			// measure: "AKIP Tahun 2022 belum diterima, sedangkan nilai IKPA
			// sebesar 95,30", or a component ("untuk komponen Perencanaan
			// Kinerja memperoleh nilai 18,40 dari bobot 30")
			score = g[1]
			if w := reGradeWord.FindStringSubmatch(seg); w != nil {
				grade = w[1]
			} else if strings.Contains(strings.ToLower(s), "predikat yang sama") {
				grade = *lastGrade
			}
		}
		if score == "" {
			continue
		}
		n := normalize.ParseNumber(score, normalize.Unknown)
		if n.Status != normalize.OK || n.Value <= 0 || n.Value > 100 {
			continue
		}
		if p.hasSakip(p.doc.Meta.SatkerID, year) {
			continue
		}
		v := n.Value
		p.addSakip(facts.Sakip{Span: facts.Span{Start: bStart, End: bEnd}, SatkerID: p.doc.Meta.SatkerID, TahunDinilai: year,
			Nilai: &v, Predikat: strings.ToUpper(grade), Keyakinan: "tinggi", Sumber: "teks"}, false)
		if grade != "" {
			*lastGrade = strings.ToUpper(grade)
		}
	}
}

func (p *parser) hasSakip(satker string, year int) bool {
	for _, s := range p.doc.Sakip {
		if s.SatkerID == satker && s.TahunDinilai == year && s.Sumber == "teks" {
			return true
		}
	}
	return false
}

// hasScoreShape: s holds two digits, a separator and a digit ("73,15").
func hasScoreShape(s string) bool { return scoreIndex(s) < len(s) }

// scoreIndex is where s first holds two digits, a separator and a digit
// ("73,15"), or len(s).
func scoreIndex(s string) int {
	for i := 0; i+3 < len(s); i++ {
		if isDigitByte(s[i]) && isDigitByte(s[i+1]) && (s[i+2] == ',' || s[i+2] == '.') && isDigitByte(s[i+3]) {
			return i
		}
	}
	return len(s)
}

// headerWeight is the weight a component column's header states in
// parentheses at its end ("Perencanaan Kinerja (30)"), or nil.
func headerWeight(h string) *float64 {
	h = strings.TrimSpace(h)
	if !strings.HasSuffix(h, ")") {
		return nil
	}
	i := strings.LastIndexByte(h, '(')
	if i < 0 {
		return nil
	}
	n := normalize.ParseNumber(h[i+1:len(h)-1], normalize.Indonesian)
	if n.Status != normalize.OK {
		return nil
	}
	v := n.Value
	return &v
}

// yearOnly: a folded header that names a year and nothing else ("2022",
// "tahun 2022", "ta 2022").
func yearOnly(k string) bool {
	w := strings.Fields(k)
	if len(w) == 2 && (w[0] == "tahun" || w[0] == "ta") {
		w = w[1:]
	}
	return len(w) == 1 && yearWord(w[0]) > 0
}

// namesKomponen: a text that names a SAKIP component or a weight: a bare
// score in it may be the component's, not the evaluation's.
func namesKomponen(s string) bool {
	k := normalize.SpacedKey(s)
	return has(k, "komponen", "perencanaan", "pengukuran", "pelaporan", "bobot") || strings.Contains(k, "kinerja internal")
}

// columnWeightsHold holds the weights a component-columns table gives in
// its headers or a row under them ("Perencanaan Kinerja (30)", "(30) |
// (30) | (15) | (25)") to the arithmetic every weight reader uses
// (weightsHold): a bracketed year or share passes no such sum. capaian is
// the earlier framework's fifth weight, when the table has that column.
// When one fails, every weight of the row is NULL with a finding.
func (p *parser) columnWeightsHold(t *tableInfo, comps []facts.SakipKomponen, total, capaian *float64) {
	if len(comps) < 2 {
		return
	}
	if capaian != nil {
		rest := 100 - *capaian
		if total != nil {
			rest = *total - *capaian
		}
		total = &rest
	}
	for _, c := range comps {
		if c.Bobot == nil {
			return // none stated, said above
		}
	}
	weightOf := func(i int) float64 { return *comps[i].Bobot }
	why := weightsHold(comps, weightOf, total)
	if why == "" && scoreShares(comps, weightOf) {
		why = "sama dengan porsi setiap nilai komponen dari jumlahnya"
	}
	if why == "" {
		return
	}
	p.find("sakip.bobot_nama", facts.Warning, comps[0].Start, comps[0].End, t.label,
		"%s: angka dalam kurung di judul kolom komponen %s, bukan bobot yang pasti; bobot dimuat NULL", t.label, why)
	for i := range comps {
		comps[i].Bobot = nil
	}
}
