package parse

import (
	"bytes"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// The SAKIP evaluation as the evaluators' worksheet (Lembar Kerja Evaluasi,
// LKE) summary: a component table with a level below the components,
//
//	Tahun dievaluasi  : 2018
//	No   Komponen / Sub Komponen        Bobot     Nilai
//	A    PERENCANAAN KINERJA            30,00     18,85
//	       1. Pemenuhan                  6,00      3,77
//	       2. Kualitas                  15,00      9,42
//	       ...
//	     NILAI HASIL EVALUASI          100,00     63,47
//	     TINGKAT AKUNTABILITAS KINERJA                B
//
// in fixed-width columns (kept as prose when the text has TAB tables
// elsewhere, as alignSpaced then aligns nothing) or in TAB columns (a PDF's
// rows), the outline marks letters, Roman or Arabic numbers, or none. The
// component reader cannot take it as a table: a sub-component line named
// after its component ("a. Pemenuhan pengukuran") reads as the component
// again, and the year is the sheet's own field. So the sheet is read here,
// its lines blanked before the layout readers see them, and its facts
// loaded once the parser knows the satker.
//
// What is trusted: the level of a row is its outline mark's kind (or, with
// no mark, its indent); a component row is a row at the level of the first
// row naming a SAKIP component; the rows at the next level down under it
// are its sub-components, which must add up to it. The rows named Nilai /
// Total / Jumlah and Predikat / Tingkat / Kategori give the score and the
// grade. The year is the sheet's "Tahun dievaluasi" (or "Tahun") field
// above the header, never the report's year; the satker is its "Unit
// kerja" field when it names one, else the report's. A sheet is read only
// under SAKIP words (the title, the caption) and never under RB ones (an
// LKE of the PMPRB is no SAKIP).
//
// Proof: when the components add up to the score, all load (a component
// whose sub-components disagree is reported; the score's sum is the second
// statement that proves it). When they do not, the score does not load,
// and only the components their sub-components prove do. A grade outside
// the score's band is reported and not loaded.

type lkeRow struct {
	line         int // 0-based
	level        string
	name         string
	bobot, nilai *float64
	grade        string
}

type lkeSheet struct {
	from, to int // 0-based lines of the blanked part
	caption  string
	unit     string
	year     int
	comps    []lkeComp
	total    *lkeRow
	grade    *lkeRow
}

type lkeComp struct {
	row  lkeRow
	id   string
	subs []lkeRow
}

var (
	// "Tahun dievaluasi : 2018", "Tahun yang dinilai: 2022", "Tahun : 2023"
	reLKEYear = regexp.MustCompile(`(?i)(?:^|\t|\s{2})\s*tahun(?:\s+yang)?(?:\s+(?:dievaluasi|dinilai|kinerja))?\s*:\s*((?:19|20)\d\d)\b`)
	// "Unit kerja : Sekretariat KPU Kabupaten X"
	reLKEUnit = regexp.MustCompile(`(?i)(?:unit\s+kerja|satuan\s+kerja|satker|instansi)\s*:\s*([^\t]+?)(?:\t|\s{2}|$)`)
	// an outline mark before a name: "A.", "II)", "1.", "b."
	reLKEMark = regexp.MustCompile(`^([A-Z]|[IVX]{2,4}|[a-z]|\d{1,2})[.)]\s+(\S.*)$`)
	reLKEBare = regexp.MustCompile(`^(?:[A-Z]|[IVX]{2,4}|[a-z]|\d{1,2})[.)]?$`)
)

// lkeGate: the header of such a sheet names a Bobot column.
func lkeGate(data []byte) bool {
	return bytes.Contains(data, []byte("obot")) || bytes.Contains(data, []byte("OBOT"))
}

// lkeSheets finds the LKE summary sheets of a text, blanks their table lines
// and returns them; data itself when it holds none. Only the lines around
// a line naming a weight and a value are split, and the whole text only
// when a sheet is found: a report's plain component table costs a window.
func lkeSheets(data []byte) ([]byte, []lkeSheet) {
	if !lkeGate(data) {
		return data, nil
	}
	var out []lkeSheet
	// the next "obot" or "OBOT" at or after from, each searched again only
	// once passed
	ko, kO := -2, -2
	find := func(k *int, from int, w string) {
		if *k != -1 && *k < from {
			if *k = bytes.Index(data[from:], []byte(w)); *k >= 0 {
				*k += from
			}
		}
	}
	next := func(from int) int {
		find(&ko, from, "obot")
		find(&kO, from, "OBOT")
		if ko < 0 || kO >= 0 && kO < ko {
			return kO
		}
		return ko
	}
	base, baseAt := 0, 0 // line base starts at byte baseAt
	for at := next(0); at >= 0; {
		ls := bytes.LastIndexByte(data[:at], '\n') + 1
		le := len(data)
		if k := bytes.IndexByte(data[at:], '\n'); k >= 0 {
			le = at + k
		}
		if l := data[ls:le]; !bytes.Contains(l, []byte("ilai")) && !bytes.Contains(l, []byte("ILAI")) &&
			!bytes.Contains(l, []byte("kor")) && !bytes.Contains(l, []byte("KOR")) {
			at = nextFrom(next, le, len(data))
			continue
		}
		// a window of lines: 12 above the header, which must hold the
		// year's field, and the lines below it up to the first blank one
		// after a row (300 at most)
		ws := ls
		for n := 0; n < 12 && ws > 0; n++ {
			ws = bytes.LastIndexByte(data[:ws-1], '\n') + 1
		}
		if !lkeYearAbove(data[ws:ls]) {
			at = nextFrom(next, le, len(data))
			continue
		}
		we, rows := le, false
		for n := 0; n < 300 && we < len(data); n++ {
			e := len(data)
			if k := bytes.IndexByte(data[we+1:], '\n'); k >= 0 {
				e = we + 1 + k
			}
			if l := bytes.TrimSpace(data[we+1 : e]); len(l) == 0 && rows {
				break
			} else if len(l) > 0 {
				rows = true
			}
			we = e
		}
		base += bytes.Count(data[baseAt:ws], []byte("\n"))
		baseAt = ws
		lines := strings.Split(string(data[ws:we]), "\n")
		h := bytes.Count(data[ws:ls], []byte("\n"))
		s, ok := lkeRead(lines, h)
		if !ok {
			at = nextFrom(next, le, len(data))
			continue
		}
		s.from, s.to = base+s.from, base+s.to
		out = append(out, s)
		// on after the sheet
		end := ws
		for n := s.to - base; n >= 0 && end < len(data); n-- {
			if k := bytes.IndexByte(data[end:], '\n'); k >= 0 {
				end += k + 1
			} else {
				end = len(data)
			}
		}
		at = nextFrom(next, end, len(data))
	}
	if len(out) == 0 {
		return data, nil
	}
	lines := strings.Split(string(data), "\n")
	for _, s := range out {
		for j := s.from; j <= s.to && j < len(lines); j++ {
			lines[j] = ""
		}
	}
	return []byte(strings.Join(lines, "\n")), out
}

// lkeYearAbove: some line of a holds a year's field ("Tahun dievaluasi :
// 2018"), asked of the bytes without a copy.
func lkeYearAbove(a []byte) bool {
	if !bytes.Contains(a, []byte("ahun")) && !bytes.Contains(a, []byte("AHUN")) {
		return false
	}
	for len(a) > 0 {
		l := a
		if k := bytes.IndexByte(a, '\n'); k >= 0 {
			l, a = a[:k], a[k+1:]
		} else {
			a = nil
		}
		if bytes.IndexByte(l, ':') >= 0 && reLKEYear.Match(l) {
			return true
		}
	}
	return false
}

// nextFrom is next(from), -1 past the end.
func nextFrom(next func(int) int, from, n int) int {
	if from >= n {
		return -1
	}
	return next(from)
}

type lkeCell struct {
	text     string
	pos, end int // rune columns, or the cell index in a TAB line
}

// lkeCells splits a line at TABs (each cell its index) or at runs of two
// spaces (each cell its columns); the indent is the empty cells or the
// spaces before the first.
func lkeCells(s string) (cells []lkeCell, indent int, tab bool) {
	s = strings.TrimRight(s, " \r")
	if strings.IndexByte(s, '\t') >= 0 {
		parts := strings.Split(s, "\t")
		for j, c := range parts {
			c = strings.TrimSpace(c)
			if c == "" {
				if len(cells) == 0 {
					indent++
				}
				continue
			}
			cells = append(cells, lkeCell{c, j, j})
		}
		return cells, indent, true
	}
	rs := []rune(s)
	for i := 0; i < len(rs); {
		if rs[i] == ' ' {
			i++
			continue
		}
		j := i
		for j < len(rs) && !(rs[j] == ' ' && (j+1 >= len(rs) || rs[j+1] == ' ')) {
			j++
		}
		if len(cells) == 0 {
			indent = i
		}
		cells = append(cells, lkeCell{string(rs[i:j]), i, j})
		i = j
	}
	return cells, indent, false
}

// lkeRule: a line of = - _ + | only (a rule drawn with characters).
func lkeRule(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) >= 3 && strings.Trim(s, "=-_+|\t ") == ""
}

// lkeRead reads the sheet whose header is line h; ok only when it is one.
func lkeRead(lines []string, h int) (lkeSheet, bool) {
	var s lkeSheet
	hc, _, tab := lkeCells(lines[h])
	hw := strings.Count(strings.TrimRight(lines[h], " \r"), "\t") + 1
	bobot, nilai, named := -1, -1, false
	for j, c := range hc {
		k := normalize.SpacedKey(c.text)
		switch {
		case has(k, "bobot"):
			if bobot >= 0 {
				return s, false
			}
			bobot = j
		case has(k, "nilai", "skor"):
			if nilai >= 0 || len(distinctYears(c.text)) > 0 {
				return s, false // two value columns, or a year's: other tables
			}
			nilai = j
		case has(k, "komponen", "uraian", "kriteria", "aspek"):
			named = true
		}
	}
	if bobot < 0 || nilai < 0 || !named {
		return s, false
	}
	// the rules drawn over the header (blank lines between) are the sheet's
	top := h
	for j := h - 1; j >= 0 && j >= h-3; j-- {
		if t := strings.TrimSpace(lines[j]); lkeRule(t) {
			top = j
		} else if t != "" {
			break
		}
	}
	// the lines above: the sheet's title and fields, up to its caption
	var above []string
	for j := h - 1; j >= 0 && j >= h-12; j-- {
		t := strings.TrimSpace(lines[j])
		if t == "" || lkeRule(t) {
			continue
		}
		above = append(above, t)
		if m := reLKEYear.FindStringSubmatch(lines[j]); m != nil {
			if y := atoi(m[1]); s.year != 0 && s.year != y {
				return s, false // two years: neither is proven the one evaluated
			} else {
				s.year = y
			}
		}
		if m := reLKEUnit.FindStringSubmatch(lines[j]); m != nil && s.unit == "" {
			s.unit = strings.TrimSpace(m[1])
		}
		if reTabelNo.MatchString(t) {
			s.caption = t
			break
		}
	}
	ctx := normalize.SpacedKey(strings.Join(above, " ") + " " + lines[h])
	if s.year == 0 || !sakipContext(ctx) || namesRB(ctx) || strings.Contains(ctx, "reformasi") {
		return s, false
	}
	// the rows
	colOf := func(c lkeCell, n int) int {
		if tab {
			// a TAB row's cells stand where the header's do when it is as
			// wide; a narrower row's figures cannot be placed
			for j, x := range hc {
				if n == hw && x.pos == c.pos {
					return j
				}
			}
			return -1
		}
		best, dist := -1, 1<<30
		for j, x := range hc {
			d := min(lkeAbs(c.end-x.end), lkeAbs(c.pos-x.pos))
			if d < dist {
				best, dist = j, d
			}
		}
		return best
	}
	var rows []lkeRow
	end, loose := h, 0
	for j := h + 1; j < len(lines); j++ {
		t := strings.TrimSpace(lines[j])
		if t == "" || t == "\f" {
			if len(rows) > 0 {
				break
			}
			continue
		}
		if lkeRule(t) {
			end = j
			continue
		}
		cells, indent, _ := lkeCells(lines[j])
		r := lkeRow{line: j}
		n := strings.Count(strings.TrimRight(lines[j], " \r"), "\t") + 1 // a TAB row's width
		mark := ""
		for ci, c := range cells {
			switch {
			case r.name == "" && mark == "" && ci == 0 && reLKEBare.MatchString(c.text) && len(cells) > 1:
				mark = c.text
			case r.name == "":
				if m := reLKEMark.FindStringSubmatch(c.text); m != nil && mark == "" {
					mark, r.name = m[1], m[2]
				} else if numOf(c.text) != nil {
					return s, false // a figure before any name
				} else {
					r.name = c.text
				}
			case normalize.Grade(c.text) != "":
				r.grade = normalize.Grade(c.text)
			default:
				v := numOf(c.text)
				if v == nil {
					if sc, g := splitScoreGrade(c.text); g != "" {
						r.grade, v = g, numOf(sc)
					}
				}
				if v == nil {
					return s, false // a cell neither figure nor grade
				}
				switch colOf(c, n) {
				case bobot:
					if r.bobot != nil {
						return s, false
					}
					r.bobot = v
				case nilai:
					if r.nilai != nil {
						return s, false
					}
					r.nilai = v
				default:
					return s, false // a figure under no column the sheet names
				}
			}
		}
		if r.name == "" {
			break
		}
		if r.bobot == nil && r.nilai == nil && r.grade == "" {
			// a name wrapped onto a line of its own
			if loose++; loose > 1 {
				break
			}
			continue
		}
		loose = 0
		r.level = lkeLevel(mark, indent)
		rows = append(rows, r)
		end = j
	}
	// components, their sub-components, the score and the grade
	compLevel := ""
	var cur *lkeComp
	subLevel := ""
	seen := map[string]bool{}
	for i := range rows {
		r := rows[i]
		k := normalize.SpacedKey(r.name)
		id := komponenOf(r.name)
		switch {
		case compLevel == "" && id != "" && !lkeTotalName(k) && !lkeGradeName(k):
			compLevel = r.level
			fallthrough
		case r.level == compLevel && !lkeTotalName(k) && !lkeGradeName(k):
			if id == "" || seen[id] || r.nilai == nil {
				return s, false // a component the reader does not know: the sum cannot be checked
			}
			seen[id] = true
			s.comps = append(s.comps, lkeComp{row: r, id: id})
			cur, subLevel = &s.comps[len(s.comps)-1], ""
		case lkeGradeName(k) && r.grade != "":
			if s.grade != nil {
				return s, false
			}
			s.grade = &rows[i]
		case lkeTotalName(k) && r.nilai != nil:
			if s.total != nil {
				return s, false
			}
			s.total = &rows[i]
			if r.grade != "" {
				s.grade = &rows[i]
			}
			cur = nil
		case cur != nil && r.nilai != nil:
			if subLevel == "" {
				subLevel = r.level
			}
			if r.level == subLevel {
				cur.subs = append(cur.subs, r)
			}
		}
	}
	n4, subs := 0, 0
	for _, c := range s.comps {
		if c.id != "capaian" {
			n4++
		}
		subs += len(c.subs)
	}
	if n4 < 3 || subs == 0 {
		return s, false // no SAKIP component table, or none with a level below (the table readers' class)
	}
	s.from, s.to = top, end
	return s, true
}

// lkeLevel is a row's outline level: its mark's kind, or its indent when
// it has none.
func lkeLevel(mark string, indent int) string {
	switch {
	case mark == "":
		return "-" + strconv.Itoa(indent)
	case mark[0] >= '0' && mark[0] <= '9':
		return "1"
	case mark[0] >= 'a' && mark[0] <= 'z':
		return "a"
	}
	return "A" // a capital letter or a Roman number
}

func lkeTotalName(k string) bool {
	return strings.HasPrefix(k, " nilai ") || strings.HasPrefix(k, " total ") || strings.HasPrefix(k, " jumlah ") ||
		strings.HasPrefix(k, " skor ")
}

func lkeGradeName(k string) bool {
	return has(k, "predikat", "kategori") || strings.HasPrefix(k, " tingkat ")
}

func lkeAbs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// lkeClose: two sums of figures written to two decimals agree up to their
// rounding.
func lkeClose(a, b float64, n int) bool {
	return math.Abs(a-b) <= 0.005*float64(max(n, 1))+1e-9
}

// lkeKomponenNames are the names handed to the component reader.
var lkeKomponenNames = map[string]string{"perencanaan": "Perencanaan Kinerja", "pengukuran": "Pengukuran Kinerja",
	"pelaporan": "Pelaporan Kinerja", "evaluasi_internal": "Evaluasi Internal", "capaian": "Capaian Kinerja"}

// lkeNum writes a value as the component reader reads it.
func lkeNum(v *float64) string {
	return strings.Replace(strconv.FormatFloat(*v, 'f', -1, 64), ".", ",", 1)
}

// lkeFacts loads the sheets lkeSheets read, through the component table
// reader, with what the sums prove.
func (p *parser) lkeFacts(sheets []lkeSheet) {
	for _, s := range sheets {
		satker := p.doc.Meta.SatkerID
		if fs := distinctSatkers(normalize.FindSatkers(s.unit, p.prov, false)); len(fs) == 1 {
			satker = fs[0]
		} else if len(fs) > 1 {
			continue
		}
		sum := 0.0
		for _, c := range s.comps {
			sum += *c.row.nilai
		}
		sumOK := s.total != nil && lkeClose(sum, *s.total.nilai, len(s.comps))
		var rows []extract.Row
		for _, c := range s.comps {
			r := c.row
			subSum, n := 0.0, 0
			for _, sb := range c.subs {
				subSum += *sb.nilai
				n++
			}
			subsOK := n > 0 && lkeClose(subSum, *r.nilai, n)
			if !subsOK && !sumOK {
				p.find("sakip.komponen_tidak_cocok", facts.Warning, r.line+1, r.line+1, lkeNum(r.nilai),
					"LKE %d: sub komponen %s berjumlah %.2f, bukan %s, dan jumlah komponen tidak sama dengan nilai hasil evaluasi; komponen tidak dimuat",
					s.year, r.name, subSum, lkeNum(r.nilai))
				continue
			}
			if !subsOK {
				p.find("sakip.komponen_tidak_cocok", facts.Info, r.line+1, r.line+1, lkeNum(r.nilai),
					"LKE %d: sub komponen %s berjumlah %.2f, bukan %s; komponen dimuat karena jumlah komponen sama dengan nilai hasil evaluasi",
					s.year, r.name, subSum, lkeNum(r.nilai))
			}
			cells := []string{lkeKomponenNames[c.id], "", lkeNum(r.nilai)}
			if r.bobot != nil {
				cells[1] = lkeNum(r.bobot)
			}
			rows = append(rows, extract.Row{Start: r.line + 1, End: r.line + 1, Cells: cells})
		}
		grade := ""
		if s.total != nil && !sumOK {
			p.find("sakip.komponen_tidak_sama_total", facts.Warning, s.total.line+1, s.total.line+1, lkeNum(s.total.nilai),
				"LKE %d: jumlah komponen %.2f ≠ nilai hasil evaluasi %s; nilai tidak dimuat", s.year, sum, lkeNum(s.total.nilai))
		} else if s.total != nil {
			rows = append(rows, extract.Row{Start: s.total.line + 1, End: s.total.line + 1, Cells: []string{"Nilai", "", lkeNum(s.total.nilai)}})
			if s.grade != nil {
				if g := s.grade.grade; normalize.GradeOf(*s.total.nilai) == g {
					grade = g
					rows = append(rows, extract.Row{Start: s.grade.line + 1, End: s.grade.line + 1, Cells: []string{"Predikat", "", g}})
				} else {
					p.find("sakip.predikat_tidak_sesuai", facts.Warning, s.grade.line+1, s.grade.line+1, g,
						"LKE %d: predikat %s tidak sesuai nilai %s; predikat tidak dimuat", s.year, g, lkeNum(s.total.nilai))
				}
			}
		}
		if len(rows) == 0 {
			continue
		}
		blk := extract.Block{Kind: extract.Table, Start: s.from + 1, End: s.to + 1, Caption: s.caption, Rows: rows}
		label := p.label(&blk)
		if label == "" {
			label = "LKE"
		}
		n := len(p.doc.Sakip)
		p.sakipKomponenColumn(&tableInfo{b: &blk, label: label}, satker, s.year, 0, 1, 2, false)
		if len(p.doc.Sakip) > n && s.grade != nil && grade == "" {
			p.skMeta[len(p.skMeta)-1].disputed = true // the sheet's grade is not the score's: none is derived
		}
	}
}
