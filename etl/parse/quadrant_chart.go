package parse

import (
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A dashboard's quadrant chart (diagram kuadran) typed again: the
// indicators sorted into boxes by their capaian, each box headed
// `KUADRAN n` with its band (`TERCAPAI (>= 100%)`, `HAMPIR TERCAPAI
// (90-99%)`, `PERLU PERHATIAN (< 90%)`, a box of grades with no band),
// boxes between `====` rules, sometimes two abreast; in a box each
// indicator is an entry `IKU n name [unit]` (the name wrapped over lines)
// with its figures labelled under it, `T = 75,00   R = 79,40   C = 105,87`
// (or `Target:` / `Real.:` / `Capaian:`); an empty box says `(tidak ada)`:
//
//	KUADRAN I   TERCAPAI (>= 100%)
//	----------------------------------------
//	  IKU 2 Nilai Keterbukaan Informasi Publik [%]
//	      T = 75,00   R = 79,40   C = 105,87
//
// Read as prose the entries give no row. quadrantCharts rewrites such a
// chart as one TAB table (No, indicator, unit, target, realisasi, capaian;
// the entries in their IKU order, wherever their box stands) so the capaian
// table reader proves each row by its header as any other. What it trusts:
//   - the labels: every entry's figure line names target, realisasi and
//     capaian each once; the bracketed unit is the unit (none: left empty);
//   - arithmetic: numeric target and realisasi must give the capaian
//     (R/T×100, or lower is better T/R×100 or (2−R/T)×100) within its last
//     written decimal; grades (a box of predikat/opini) need a numeric C;
//   - the box's band: a C outside the band its heading states is no
//     proof of what the figures are: that entry is not loaded (finding).
//
// An entry without its figure line (a legend listing the indicators of
// each box) leaves the whole chart as written, as does a box row whose
// columns run into each other.

// quadrantGate is the cheap test: "uadran" (Kuadran, KUADRAN, Quadrant).
func quadrantGate(doc *facts.Document, data []byte) bool {
	return docHas(doc, data, "uadran") || docHas(doc, data, "UADRAN")
}

var (
	quadHead  = regexp.MustCompile(`(?i)\b(?:kuadran|quadrant)\s+(IV|I{1,3}|[1-4])\b`)
	quadEntry = regexp.MustCompile(`(?i)^(?:IKU|IKSS|IK|indikator)\s*[-.]?\s*(\d{1,2})\s*[.:)]?\s+(.*\S)\s*$`)
	quadLabel = regexp.MustCompile(`(?i)(?:^|\s)(target|tgt|t|realisasi|real|r|capaian|cap|c)\s*\.?\s*[:=]`)
	quadUnit  = regexp.MustCompile(`\s*\[([^\[\]]{1,30})\]\s*$`)
	quadNone  = regexp.MustCompile(`(?i)^[(\[]?\s*(?:tidak ada|nihil|kosong|none|-)\s*[)\]]?$`)
	quadNum   = `(\d{1,3}(?:[.,]\d+)?)\s*%?`
	quadAtLo  = regexp.MustCompile(`(>=|≥|>)\s*` + quadNum)
	quadAtHi  = regexp.MustCompile(`(<=|≤|<)\s*` + quadNum)
	quadSpan  = regexp.MustCompile(quadNum + `\s*(?:-|–|s\.?\s?d\.?|sampai)\s*` + quadNum)
)

// quadBand is a box's stated band of capaian; has false for a box with
// none (grades).
type quadBand struct {
	has            bool
	lo, hi         float64
	loOpen, hiOpen bool
}

func (b quadBand) holds(c float64) bool {
	if !b.has {
		return true
	}
	if c < b.lo-1e-9 || b.loOpen && c <= b.lo+1e-9 {
		return false
	}
	return !(c > b.hi+1e-9 || b.hiOpen && c >= b.hi-1e-9)
}

// quadBandOf reads the band a box's heading states.
func quadBandOf(h string) quadBand {
	b := quadBand{lo: math.Inf(-1), hi: math.Inf(1)}
	num := func(s string) float64 {
		v, _ := strconv.ParseFloat(strings.ReplaceAll(s, ",", "."), 64)
		return v
	}
	if m := quadSpan.FindStringSubmatch(h); m != nil {
		b.has, b.lo = true, num(m[1])
		b.hi = num(m[2])
		if !strings.ContainsAny(m[2], ".,") {
			b.hi, b.hiOpen = b.hi+1, true // "90-99%": up to 100, not with it
		}
		return b
	}
	if m := quadAtLo.FindStringSubmatch(h); m != nil {
		b.has, b.lo, b.loOpen = true, num(m[2]), m[1] == ">"
	}
	if m := quadAtHi.FindStringSubmatch(h); m != nil {
		b.has, b.hi, b.hiOpen = true, num(m[2]), m[1] == "<"
	}
	return b
}

// quadEntryRec is one indicator read from a box.
type quadEntryRec struct {
	n          int
	name, unit string
	t, r, c    string
	band       quadBand
	line       int
	figures    bool
}

// quadrantCharts rewrites the quadrant charts of a text; data itself when
// it holds none. Findings go to doc.
func quadrantCharts(doc *facts.Document, data []byte) []byte {
	if !quadrantGate(doc, data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if !quadHeading(lines[i]) {
			continue
		}
		if end, ok := quadChart(doc, lines, i); ok {
			changed = true
			i = end
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// quadHeading: the line is one box heading or several abreast, and
// nothing else.
func quadHeading(l string) bool {
	t := strings.TrimSpace(l)
	loc := quadHead.FindStringIndex(t)
	return loc != nil && loc[0] == 0 && len(t) < 300
}

// quadRuleLine: a rule of `=`, `-`, box-drawing characters (and column
// parts `|` `+`).
func quadRuleLine(l string) bool {
	n := 0
	for _, r := range l {
		switch r {
		case ' ', '\t', '\r', '|', '+', '│', '┼', '║':
		case '=', '-', '─', '━', '═', '_', '~':
			n++
		default:
			return false
		}
	}
	return n >= 10
}

// quadChart reads the chart whose first box heading is line h; it returns
// the last line it took.
func quadChart(doc *facts.Document, lines []string, h int) (int, bool) {
	var entries []*quadEntryRec
	var cuts []int       // rune places of the boxes abreast in the current row
	var bands []quadBand // their bands
	var open []*quadEntryRec
	var cur []*quadEntryRec // each column's entry awaiting lines
	last, from := h, h
	// a rule right above the first heading belongs to the chart
	if h > 0 && quadRuleLine(lines[h-1]) {
		from = h - 1
	}
	fail := func(j int, why string) (int, bool) {
		doc.Add(facts.Finding{Span: facts.Span{Start: h + 1, End: j + 1}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
			Pesan: "diagram kuadran: " + why + "; diagram dibiarkan"})
		return 0, false
	}
	for j := h; j < len(lines); j++ {
		l := strings.TrimRight(lines[j], " \r")
		t := strings.TrimSpace(l)
		switch {
		case t == "":
			continue
		case quadHeading(l):
			cuts, bands = cuts[:0], bands[:0]
			r := []rune(l)
			for _, loc := range quadHead.FindAllStringIndex(l, -1) {
				cuts = append(cuts, len([]rune(l[:loc[0]])))
			}
			for k := range cuts {
				end := len(r)
				if k+1 < len(cuts) {
					end = cuts[k+1]
				}
				bands = append(bands, quadBandOf(string(r[cuts[k]:end])))
			}
			cuts[0] = 0
			cur = make([]*quadEntryRec, len(cuts))
			last = j
			continue
		case quadRuleLine(l):
			last = j
			continue
		}
		segs, ok := quadColumns(l, cuts)
		if !ok {
			return fail(j, "kolom kotak saling bertumpuk")
		}
		took := false
		for k, s := range segs {
			if s == "" {
				continue
			}
			if quadNone.MatchString(s) {
				took = true
				continue
			}
			if m := quadEntry.FindStringSubmatch(s); m != nil && !quadFigures(s) {
				n, _ := strconv.Atoi(m[1])
				e := &quadEntryRec{n: n, name: m[2], band: bands[k], line: j}
				cur[k] = e
				entries = append(entries, e)
				open = append(open, e)
				took = true
				continue
			}
			e := cur[k]
			if e == nil || e.figures {
				break // text outside an entry: the chart ends
			}
			if quadFigures(s) {
				if !quadReadFigures(e, s) {
					return fail(j, "label T/R/C tidak lengkap")
				}
				e.figures = true
			} else if strings.ContainsFunc(s, unicode.IsLetter) || quadUnit.MatchString(s) {
				e.name += " " + s // the name (or its unit) wrapped
			} else {
				break
			}
			took = true
		}
		if !took {
			break
		}
		last = j
	}
	if len(entries) == 0 {
		return 0, false
	}
	if !quadAnyFigures(entries) {
		return 0, false // a legend naming each box's indicators: no figures, no row
	}
	for _, e := range entries {
		if !e.figures {
			return fail(last, "IKU tanpa baris T/R/C") // an entry lost its figures: the chart is not understood
		}
	}
	var rows [][]string
	for _, e := range entries {
		if m := quadUnit.FindStringSubmatchIndex(e.name); m != nil {
			e.unit = strings.TrimSpace(e.name[m[2]:m[3]])
			e.name = strings.TrimSpace(e.name[:m[0]])
		}
		if why := quadProve(e); why != "" {
			doc.Add(facts.Finding{Span: facts.Span{Start: e.line + 1, End: e.line + 2}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
				Pesan: "diagram kuadran: IKU " + strconv.Itoa(e.n) + " " + why + "; tidak dimuat"})
			continue
		}
		rows = append(rows, []string{strconv.Itoa(e.n), strings.Join(strings.Fields(e.name), " "), e.unit, e.t, e.r, e.c})
	}
	if len(rows) == 0 {
		return last, true
	}
	sort.SliceStable(rows, func(a, b int) bool {
		x, _ := strconv.Atoi(rows[a][0])
		y, _ := strconv.Atoi(rows[b][0])
		return x < y
	})
	header := []string{"No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"}
	if !exportPlace(lines, from, last+1, from, "", header, rows) {
		return 0, false
	}
	return last, true
}

func quadAnyFigures(es []*quadEntryRec) bool {
	for _, e := range es {
		if e.figures {
			return true
		}
	}
	return false
}

// quadColumns parts a line into the boxes abreast: at the headings'
// places, a column rule (`|`, `│`, `║`) dropped; false when a cut falls
// inside a word (the columns run into each other).
func quadColumns(l string, cuts []int) ([]string, bool) {
	if len(cuts) <= 1 {
		return []string{strings.TrimSpace(strings.Trim(strings.TrimSpace(l), "|│║"))}, true
	}
	r := []rune(l)
	out := make([]string, len(cuts))
	for k := range cuts {
		lo, hi := min(cuts[k], len(r)), len(r)
		if k+1 < len(cuts) {
			hi = min(cuts[k+1], len(r))
			if hi > 0 && hi < len(r) && quadInk(r[hi-1]) && quadInk(r[hi]) {
				return nil, false
			}
		}
		out[k] = strings.TrimSpace(strings.Trim(strings.TrimSpace(string(r[lo:hi])), "|│║"))
	}
	return out, true
}

func quadInk(r rune) bool {
	return r != ' ' && r != '|' && r != '│' && r != '║'
}

// quadFigures: s is a figure line (a target, realisasi or capaian label
// first).
func quadFigures(s string) bool {
	loc := quadLabel.FindStringIndex(s)
	return loc != nil && strings.TrimSpace(s[:loc[0]]) == ""
}

// quadReadFigures reads T, R and C (each once) from a figure line.
func quadReadFigures(e *quadEntryRec, s string) bool {
	locs := quadLabel.FindAllStringSubmatchIndex(s, -1)
	if len(locs) != 3 {
		return false
	}
	seen := map[byte]bool{}
	for k, m := range locs {
		end := len(s)
		if k+1 < len(locs) {
			end = locs[k+1][0]
		}
		v := strings.TrimSpace(strings.Trim(strings.TrimSpace(s[m[1]:end]), ",;|"))
		if v == "" {
			return false
		}
		role := strings.ToLower(s[m[2]:m[3]])[0]
		if seen[role] {
			return false
		}
		seen[role] = true
		switch role {
		case 't':
			e.t = v
		case 'r':
			e.r = v
		case 'c':
			e.c = v
		}
	}
	return true
}

// quadProve checks an entry's figures: "" when they hold, else why not.
func quadProve(e *quadEntryRec) string {
	conv := normalize.ColumnConvention([]string{e.t, e.r, e.c})
	c := normalize.ParseNumber(e.c, conv)
	if c.Status != normalize.OK {
		return "capaian bukan angka"
	}
	if !e.band.holds(c.Value) {
		return "capaian di luar rentang kuadrannya"
	}
	return capaianQuotient(e.t, e.r, c, conv)
}
