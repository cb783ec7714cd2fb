package parse

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Chart data labels. A chart copied out of an evaluation sheet often
// survives in the text only as its data labels, under (or over) the
// figure's caption:
//
//	Gambar 3.2 Nilai per Komponen SAKIP 2018 KPU Kab. Sumba Barat Daya
//	Perencanaan Kinerja (30): 16,95 | Pengukuran Kinerja (30): 16,90 | …
//
//	Gambar 3.3 Evaluasi Reformasi Birokrasi 2019
//	Nilai: 20,96 | Bobot: 36,30 | Persentase: 57,74
//
// Each "label: value" (or "label = value"), parted by bars, semicolons or
// line ends, is one data point. What the labels are decides the table the
// points stand for, and the caption decides its family through the same
// header-driven readers as any table (classify):
//   - every label a column word (Nilai, Bobot, Persentase, Predikat): one
//     row whose header is the labels (an RB result), or the SAKIP score of
//     the year the caption names (chartScore);
//   - every label a year: a history of the SAKIP or RB results, read here
//     (chartHistory), the caption deciding which; a series of an indicator
//     is the capaian readers';
//   - labels naming the four SAKIP components: Komponen | Bobot | Nilai,
//     the weight written in the label ("(30)", "(bobot 30)") or after the
//     value ("18,40 dari 30"), a total or grade label its last rows;
//   - labels naming one satker each: the all-satker results of the year
//     the caption names, one score a satker (chartSatkers).
// Nothing is guessed: a chart whose figures disagree with each other (the
// components do not add up to the total stated beside them, a component
// above its weight, Nilai / Bobot not the Persentase stated) is reported
// and not read; labels of any other kind stay prose.

// chartPoint is one data label.
type chartPoint struct {
	line         int
	label, value string
}

// chartFigureWords open a figure's caption.
var chartFigureWords = [...]string{"gambar", "grafik", "figure", "chart", "diagram"}

// figureCaption: t opens with a figure's caption ("Gambar 3.1 …",
// "[Grafik 2: …]").
func figureCaption(t string) bool {
	t = strings.TrimLeft(t, "[( ")
	return t != "" && slices.ContainsFunc(chartFigureWords[:], func(w string) bool { return normalize.HasLowerPrefix(t, w) })
}

// firstPointShape: the first colon or " = " of t is followed by a figure
// (cheap test before the paragraph's lines are read).
func firstPointShape(t string) bool {
	c, n := strings.IndexByte(t, ':'), 1
	if c >= 0 && c+1 < len(t) && t[c+1] == ' ' {
		n = 2
	}
	if c >= 0 {
		t0 := t[:c+1] // " = " ending past the colon does not come first
		if e := indexSpacedEq(t0); e >= 0 && e < c {
			c, n = e, 3
		}
	} else if e := indexSpacedEq(t); e >= 0 {
		c, n = e, 3
	}
	return c > 0 && c+n < len(t) && isDigitByte(t[c+n])
}

// indexSpacedEq is strings.Index(t, " = ") found by its rare middle byte:
// this runs on every paragraph, and a search led by the space stops at
// every word.
func indexSpacedEq(t string) int {
	for i := 0; ; {
		j := strings.IndexByte(t[i:], '=')
		if j < 0 {
			return -1
		}
		k := i + j
		if k > 0 && k+1 < len(t) && t[k-1] == ' ' && t[k+1] == ' ' {
			return k - 1
		}
		i = k + 1
	}
}

// chartLine reads a line of data labels; ok is false unless every part of
// it is one.
func chartLine(t string, line int) ([]chartPoint, bool) {
	t = strings.TrimSpace(t)
	t = strings.TrimSpace(t[inlineBullet(t):])
	t = strings.TrimRight(t, ".;| ")
	if t == "" || len(t) > 400 {
		return nil, false
	}
	parts := []string{t}
	for _, sep := range []string{"|", "; "} {
		if strings.Contains(t, sep) {
			parts = strings.Split(t, sep)
			break
		}
	}
	out := make([]chartPoint, 0, len(parts))
	for _, part := range parts {
		part = strings.TrimSpace(part)
		c, n := strings.LastIndex(part, ": "), 2
		if e := strings.LastIndex(part, "="); e > c {
			c, n = e, 1
		}
		if e := strings.LastIndexByte(part, ':'); c < 0 && e > 0 {
			c, n = e, 1 // "Nilai:20,96"
		}
		if c <= 0 {
			return nil, false
		}
		label := strings.TrimSpace(strings.TrimRight(part[:c], " :"))
		value := strings.TrimSpace(part[c+n:])
		if len(value) > 6 && strings.EqualFold(value[:6], "nilai ") {
			value = strings.TrimSpace(value[6:]) // "Perencanaan: nilai 24,12 dari 30"
		}
		lk := strings.ToLower(label)
		grade := (strings.HasPrefix(lk, "predikat") || strings.HasPrefix(lk, "kategori")) && normalize.Grade(value) != ""
		if label == "" || len(label) > 80 || !grade && !chartValue(value) {
			return nil, false
		}
		out = append(out, chartPoint{line: line, label: label, value: value})
	}
	return out, len(out) > 0
}

// chartValue: a figure, a percentage, a score with its grade ("61,20
// (B)") or a score out of its weight ("18,40 dari 30").
func chartValue(v string) bool {
	if v == "" || !isDigitByte(v[0]) {
		return false
	}
	if s, _ := splitScoreGrade(v); s != v {
		return true
	}
	if s, _, ok := scoreOutOf(v); ok && s != "" {
		return true
	}
	n := normalize.ParseNumber(v, normalize.Indonesian)
	return n.Status == normalize.OK && (n.Rest == "" || strings.TrimSpace(n.Rest) == "%")
}

// scoreOutOf splits "18,40 dari 30" (or "18,40/30") into the score and the
// weight.
func scoreOutOf(v string) (score, weight string, ok bool) {
	for _, sep := range []string{" dari ", "/"} {
		if i := strings.Index(v, sep); i > 0 {
			s, w := strings.TrimSpace(v[:i]), strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(v[i+len(sep):]), "bobot "))
			if numOf(s) != nil && numOf(w) != nil {
				return s, w, true
			}
		}
	}
	return "", "", false
}

// chartRun reads the data labels paragraph b holds, or opens: it reports
// whether it took b. The caption is b's first line, the paragraph right
// above, or the line right below the labels. A paragraph opened by a
// caption may hold several charts, each under its own caption.
func (p *parser) chartRun(b *extract.Block) bool {
	// cheap shapes first: this runs for every paragraph
	capFirst := figureCaption(b.Text)
	if !capFirst && !firstPointShape(b.Text) {
		return false
	}
	lines := p.lines(b.Start, b.End)
	type chart struct {
		caption    string
		start, end int
		pts        []chartPoint
	}
	var charts []chart
	cur := chart{start: b.Start, end: b.Start - 1}
	if capFirst && b.Start == p.chartCap {
		capFirst = false // the caption under the chart above: not this one's
	}
	for k, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		ps, ok := chartLine(l, b.Start+k)
		switch {
		case ok:
			cur.pts = append(cur.pts, ps...)
			cur.end = b.Start + k
		case len(l) > 200 || !figureCaption(l):
			return false // every line a line of labels or a caption, else prose
		case k == 0 && !capFirst:
			cur.start = b.Start + 1
		case k == 0:
			cur.caption = strings.TrimSpace(l)
		case !capFirst && k == len(lines)-1 && len(cur.pts) > 0:
			cur.caption = strings.TrimSpace(l) // the caption under the chart
			p.chartCap = b.Start + k
		case capFirst && len(cur.pts) > 0:
			charts = append(charts, cur) // the next chart's caption
			cur = chart{caption: strings.TrimSpace(l), start: b.Start + k, end: b.Start + k}
		default:
			return false
		}
	}
	if len(cur.pts) == 0 {
		// a caption alone: its labels in the paragraph below, one blank
		// line apart (under a caption the chart above took, the labels of
		// the next chart, captioned below)
		if b.End != b.Start {
			return false
		}
		if nx := p.lines(b.End+1, b.End+2); len(nx) < 2 || strings.TrimSpace(nx[0]) != "" || !firstPointShape(nx[1]) {
			return false
		}
		cur.end = b.End + 1
		cur.start = b.End + 2
	}
	// the labels go on past the paragraph: a line of bars read as a table
	for {
		nx := p.lines(cur.end+1, cur.end+1)
		if len(nx) == 0 {
			break
		}
		ps, ok := chartLine(nx[0], cur.end+1)
		if !ok {
			break
		}
		cur.pts = append(cur.pts, ps...)
		cur.end++
	}
	charts = append(charts, cur)
	if cur.caption == "" {
		if n := len(p.recent); n > 0 && b.Start-p.recent[n-1].line <= 3 && p.recent[n-1].line != p.chartCap &&
			len(p.recent[n-1].text) <= 200 && figureCaption(p.recent[n-1].text) {
			charts[0].caption = strings.TrimSpace(p.recent[n-1].text)
		}
	}
	if charts[0].caption == "" {
		// the caption under the chart: the next line, or the one after a blank
		for k, l := range p.lines(cur.end+1, cur.end+2) {
			if t := strings.TrimSpace(l); t != "" {
				if len(t) <= 200 && figureCaption(t) {
					charts[0].caption = t
					p.chartCap = cur.end + 1 + k
				}
				break
			}
		}
	}
	for _, c := range charts {
		if c.caption == "" || len(c.pts) < 2 {
			return false
		}
	}
	took := false
	for _, c := range charts {
		took = p.chartTable(c.pts, c.caption, c.start, c.end) || took
	}
	if !took {
		return false
	}
	p.readTo = max(p.readTo, cur.end)
	p.chartTo = cur.end
	return true
}

// chartTable reads the points as the table they stand for; false when the
// labels are of no kind it knows (they stay prose).
func (p *parser) chartTable(pts []chartPoint, caption string, start, end int) bool {
	capKey := normalize.SpacedKey(caption)
	sakip, rb := sakipContext(capKey), strings.Contains(capKey, "reformasi birokrasi") || has(capKey, "rb", "pmprb")
	if !sakip && !rb {
		return false // a capaian chart, a budget chart: not this reader's
	}
	blk := extract.Block{Kind: extract.Table, Start: start, End: end, Caption: chartCaptionYear(caption, sakip && !rb)}
	blk.CaptionParts = []string{blk.Caption}
	var words, years, komp, satkers int
	for _, pt := range pts {
		k := strings.ToLower(pt.label)
		switch {
		case chartColumnWord(k):
			words++
		case reInlineYear.MatchString(pt.label):
			years++
		case komponenOf(pt.label) != "" && komponenOf(pt.label) != "capaian":
			komp++
		case len(distinctSatkers(normalize.FindSatkers(pt.label, p.prov, false))) == 1:
			satkers++
		}
	}
	switch {
	case words == len(pts) && sakip && !rb:
		p.chartScore(pts, blk.Caption, start, end)
		return true
	case words == len(pts):
		if !p.chartRowProof(pts, start, end) {
			return true
		}
		row := extract.Row{Start: pts[0].line, End: pts[len(pts)-1].line}
		var hdr []string
		for _, pt := range pts {
			hdr = append(hdr, pt.label)
			row.Cells = append(row.Cells, pt.value)
		}
		blk.Header = []extract.Row{{Start: start, End: start, Cells: hdr}}
		blk.Rows = []extract.Row{row}
	case years == len(pts):
		p.chartHistory(pts, caption, rb, start, end)
		return true
	case komp >= 3 && sakip && !rb:
		rows, ok := p.chartKomponen(pts, start, end)
		if !ok {
			return true
		}
		blk.Header = []extract.Row{{Start: start, End: start, Cells: []string{"Komponen", "Bobot", "Nilai"}}}
		blk.Rows = rows
	case satkers*2 > len(pts) && sakip && !rb:
		p.chartSatkers(pts, blk.Caption, start, end)
		return true
	default:
		return false
	}
	blk.Width = len(blk.Header[0].Cells)
	p.table(&blk)
	return true
}

// chartColumnWord: a label that names a column of a result, not a row.
func chartColumnWord(k string) bool {
	switch k {
	case "nilai", "skor", "bobot", "persentase", "persen", "predikat", "kategori", "capaian", "indeks",
		"nilai akhir", "nilai rb", "indeks rb", "nilai sakip", "nilai akip", "bobot maksimal", "capaian (%)", "persentase (%)":
		return true
	}
	return false
}

// chartCaptionYear names the caption's year as the table readers take it
// ("… Tahun Y" last): the one year a caption like "Nilai per Komponen
// SAKIP 2018" or "Evaluasi Reformasi Birokrasi 2019" names; a SAKIP
// caption dating the evaluation instead ("diterima pada tahun 2019")
// scores the year before (sakipYear).
func chartCaptionYear(caption string, sakip bool) string {
	if captionYear(caption) != 0 {
		return caption
	}
	y := 0
	if sakip {
		y = sakipYear(caption)
	}
	if ys := distinctYears(caption); y == 0 && len(ys) == 1 && !containsFold(caption, "pada tahun") && !containsFold(caption, "diterima") {
		y = ys[0]
	}
	if y == 0 {
		return caption
	}
	return caption + " Tahun " + strconv.Itoa(y)
}

// chartRowProof: the points of one result agree with each other: the
// percentage stated is the score over the weight. A chart that disagrees
// is reported and not read.
func (p *parser) chartRowProof(pts []chartPoint, start, end int) bool {
	var nilai, bobot, persen *float64
	for _, pt := range pts {
		v := numOf(strings.TrimSpace(strings.TrimSuffix(pt.value, "%")))
		switch k := strings.ToLower(pt.label); {
		case strings.HasPrefix(k, "bobot"):
			bobot = v
		case strings.HasPrefix(k, "persen") || strings.HasPrefix(k, "capaian"):
			persen = v
		case strings.HasPrefix(k, "nilai") || k == "skor" || strings.HasPrefix(k, "indeks"):
			nilai = v
		}
	}
	if nilai == nil || bobot == nil || persen == nil || *bobot <= 0 {
		return true
	}
	if d := *nilai / *bobot * 100 - *persen; d >= -0.05 && d <= 0.05 {
		return true
	}
	p.find("grafik.label_tidak_cocok", facts.Warning, start, end, fmtNum(persen),
		"label grafik: nilai %s dari bobot %s bukan %s%%; tidak dimuat", fmtNum(nilai), fmtNum(bobot), fmtNum(persen))
	return false
}

// chartKomponen builds the rows of a component chart: Komponen | Bobot |
// Nilai, then the total and the grade when labelled. The components must
// each stay within their weight and, when a total is stated, add up to it.
func (p *parser) chartKomponen(pts []chartPoint, start, end int) ([]extract.Row, bool) {
	var rows []extract.Row
	var sum float64
	var total *float64
	seen := map[string]bool{}
	var bare []int // rows whose weight is a bare bracketed number: "Perencanaan Kinerja (30)"
	bareSum := 0.0
	var bareKomp []facts.SakipKomponen // the same, for the shares test
	for _, pt := range pts {
		name, w, v := pt.label, "", pt.value
		var bareW *float64
		if s, wt, ok := scoreOutOf(v); ok {
			v, w = s, wt
		}
		if m := reKVBobot.FindStringSubmatch(name); m != nil {
			name, w = m[1], m[2]
		} else if hw := headerWeight(name); hw != nil {
			name, w, bareW = strings.TrimSpace(name[:strings.LastIndexByte(name, '(')]), fmtNum(hw), hw
		}
		id := komponenOf(name)
		k := strings.ToLower(name)
		switch {
		case id != "" && id != "capaian":
			if seen[id] {
				return nil, false // two labels of one component: not one chart
			}
			seen[id] = true
			n, wt := numOf(v), numOf(w)
			if n == nil || wt != nil && *n > *wt {
				p.find("grafik.label_tidak_cocok", facts.Warning, pt.line, pt.line, v,
					"label grafik %q: nilai %s melebihi bobot %s; komponen tidak dimuat", pt.label, v, w)
				return nil, false
			}
			sum += *n
			if bareW != nil {
				bare = append(bare, len(rows))
				bareSum += *bareW
				bareKomp = append(bareKomp, facts.SakipKomponen{Komponen: id, Bobot: bareW, Nilai: n})
			}
			rows = append(rows, extract.Row{Start: pt.line, End: pt.line, Cells: []string{name, w, v}})
		case strings.HasPrefix(k, "predikat") || strings.HasPrefix(k, "kategori"):
			rows = append(rows, extract.Row{Start: pt.line, End: pt.line, Cells: []string{"Predikat", "", v}})
		case strings.Contains(k, "nilai") || strings.Contains(k, "total") || strings.Contains(k, "jumlah"):
			sc, _ := splitScoreGrade(v)
			total = numOf(sc)
			rows = append(rows, extract.Row{Start: pt.line, End: pt.line, Cells: []string{"Nilai Hasil Evaluasi", "100", v}})
		default:
			return nil, false
		}
	}
	if len(bare) > 0 && (len(bare) != len(seen) || math.Abs(bareSum-100) > 0.01 ||
		scoreShares(bareKomp, func(i int) float64 { return *bareKomp[i].Bobot })) {
		// bare brackets are weights only when every component has one and
		// they make 100, and are not each score's share of the sum: a year
		// in brackets makes no such sum, a share makes every one
		p.find("sakip.bobot_nama", facts.Warning, start, end, fmtNum(&bareSum),
			"label grafik: angka dalam kurung di nama komponen (berjumlah %s) bukan bobot yang pasti; bobot dimuat NULL", fmtNum(&bareSum))
		for _, i := range bare {
			rows[i].Cells[1] = ""
		}
	}
	if total != nil && (sum-*total > 0.011 || *total-sum > 0.011) {
		p.find("sakip.komponen_tidak_sama_total", facts.Warning, start, end, fmtNum(total),
			"label grafik: jumlah komponen %.2f ≠ nilai %s; tidak dimuat", sum, fmtNum(total))
		return nil, false
	}
	return rows, len(seen) >= 3
}

// chartSatkers loads the all-satker SAKIP results a chart labels by satker
// ("Prov. NTT: 60,05 | Kupang: 62,51 | …"), of the one year its caption
// names. A label is a satker's score only when it names exactly one
// satker, once in the chart, with a score of the evaluation's range (and a
// grade, when written, of the score's band); other labels are reported.
func (p *parser) chartSatkers(pts []chartPoint, caption string, start, end int) {
	year := captionYear(caption)
	if year == 0 {
		p.find("sakip.baris_tidak_pasti", facts.Info, start, end, caption,
			"label grafik SAKIP per satker tanpa tahun yang dinilai; tidak dimuat")
		return
	}
	type got struct {
		pt    chartPoint
		v     float64
		grade string
	}
	by := map[string][]got{}
	var order []string
	for _, pt := range pts {
		ids := distinctSatkers(normalize.FindSatkers(pt.label, p.prov, false))
		sc, g := splitScoreGrade(pt.value)
		n := numOf(sc)
		if len(ids) != 1 || n == nil || *n <= 0 || *n > 100 || g != "" && normalize.GradeOf(*n) != g {
			p.find("sakip.baris_tidak_pasti", facts.Info, pt.line, pt.line, pt.label+": "+pt.value,
				"label grafik SAKIP %q tidak pasti (%d satker); dilewati", pt.label+": "+pt.value, len(ids))
			continue
		}
		if by[ids[0]] == nil {
			order = append(order, ids[0])
		}
		by[ids[0]] = append(by[ids[0]], got{pt, *n, g})
	}
	for _, id := range order {
		gs := by[id]
		if len(gs) > 1 {
			p.find("sakip.baris_tidak_pasti", facts.Warning, gs[0].pt.line, gs[len(gs)-1].pt.line, gs[0].pt.label,
				"label grafik SAKIP: satker %s berlabel %d kali; tidak dimuat", id, len(gs))
			continue
		}
		v := gs[0].v
		p.addSakip(facts.Sakip{Span: facts.Span{Start: gs[0].pt.line, End: gs[0].pt.line}, SatkerID: id, TahunDinilai: year,
			Nilai: &v, Predikat: gs[0].grade, Keyakinan: "tinggi", Sumber: caption}, false)
	}
}

// chartSatker is the satker a chart's caption names, else the report's.
func (p *parser) chartSatker(caption string) string {
	if fs := distinctSatkers(normalize.FindSatkers(caption, p.prov, false)); len(fs) == 1 {
		return fs[0]
	}
	return p.doc.Meta.SatkerID
}

// chartHistory loads the results a chart labels by year ("2021: 61,20 |
// 2022: 63,50"): SAKIP scores (a grade, when written, of the score's band)
// or RB values, the caption deciding which; each year once.
func (p *parser) chartHistory(pts []chartPoint, caption string, rb bool, start, end int) {
	seen := map[int]bool{}
	for _, pt := range pts {
		y := atoi(reInlineYear.FindStringSubmatch(pt.label)[1])
		if seen[y] {
			p.find("sakip.baris_tidak_pasti", facts.Warning, start, end, pt.label,
				"label grafik: tahun %d berlabel dua kali; tidak dimuat", y)
			return
		}
		seen[y] = true
	}
	satker := p.chartSatker(caption)
	for _, pt := range pts {
		y := atoi(reInlineYear.FindStringSubmatch(pt.label)[1])
		sc, g := splitScoreGrade(pt.value)
		n := numOf(sc)
		if n == nil || *n <= 0 || *n > 100 || g != "" && (rb || normalize.GradeOf(*n) != g) {
			p.find("sakip.baris_tidak_pasti", facts.Info, pt.line, pt.line, pt.value,
				"label grafik %q tidak pasti; dilewati", pt.label+": "+pt.value)
			continue
		}
		if rb {
			p.cov.hits++
			p.rbCand = append(p.rbCand, rbCandidate{rb: facts.RB{Span: facts.Span{Start: pt.line, End: pt.line}, SatkerID: satker,
				Tahun: y, Nilai: n, Sumber: caption}, years: []int{y}})
			continue
		}
		p.addSakip(facts.Sakip{Span: facts.Span{Start: pt.line, End: pt.line}, SatkerID: satker, TahunDinilai: y,
			Nilai: n, Predikat: g, Keyakinan: "tinggi", Sumber: caption}, false)
	}
}

// chartScore loads the SAKIP score a chart labels with column words
// ("Nilai: 64,20 | Predikat: B") for the year its caption names; a grade
// of another band than the score's, or no year, loads nothing.
func (p *parser) chartScore(pts []chartPoint, caption string, start, end int) {
	var score *float64
	grade := ""
	for _, pt := range pts {
		k := strings.ToLower(pt.label)
		switch {
		case strings.HasPrefix(k, "predikat") || strings.HasPrefix(k, "kategori"):
			grade = normalize.Grade(pt.value)
		case strings.HasPrefix(k, "nilai") || k == "skor" || k == "indeks":
			if score != nil {
				return // two scores: which is the result is unproven
			}
			sc, g := splitScoreGrade(pt.value)
			score = numOf(sc)
			if g != "" {
				grade = g
			}
		}
	}
	year := captionYear(caption)
	if score == nil || *score <= 0 || *score > 100 || year == 0 || grade != "" && normalize.GradeOf(*score) != grade {
		p.find("sakip.baris_tidak_pasti", facts.Info, start, end, caption,
			"label grafik SAKIP tanpa tahun atau dengan predikat di luar rentang nilai; tidak dimuat")
		return
	}
	p.addSakip(facts.Sakip{Span: facts.Span{Start: start, End: end}, SatkerID: p.chartSatker(caption), TahunDinilai: year,
		Nilai: score, Predikat: grade, Keyakinan: "tinggi", Sumber: caption}, false)
}
