package parse

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// An indicator's figures written inside a drawn frame, the frame one part
// of a diagram typed again: the head of a fishbone (Ishikawa, tulang ikan)
// diagram `┏━┓ … ┃ IKU n … ┃ … ┗━┛` with its cause bones drawn at its left,
// or a chart's callout balloon `╭─╮ │ (n) name … │ ╰─╯` with its tail
// pointing at a column. Inside, one frame one indicator:
//
//	┃ IKU 2                                    ┃     │ (2) Persentase … Pemilu    │
//	┃ Persentase kesesuaian Kompetensi Pegawai ┃     │     satuan %  ·  target 60,00  ·  realisasi 63,45 │
//	┃ satuan: %                                ┃     │     capaian 105,75 %       │
//	┃ T = 85,00   (or Target: …)               ┃
//	┃ R = 88,20                                ┃
//	┃ C = 103,76                               ┃
//
// Only the text between a frame's two side rules is read (by the columns
// of its top corners), so bones, causes, axis ticks and columns drawn
// beside or around it are no values. A run of such frames (gaps of a few
// lines: a tail, a blank) is rewritten as one TAB table (No, indicator,
// unit, target, realisasi, capaian) so the capaian table reader proves
// the rows by their headers. What it trusts:
//   - the labels: an `IKU n` / `(n)` line opens the frame, then the name's
//     lines, then labelled figures, target, realisasi and capaian each
//     exactly once (unit optional); a frame holding anything else after
//     its figures is not such a record and the run is left as written;
//   - arithmetic: numeric target and realisasi must give the capaian (R/T×100,
//     or lower is better T/R×100 or (2−R/T)×100) within its last written
//     decimal; grades (predikat/opini) need a numeric capaian; a frame
//     failing that is not loaded (finding).

// framedGate is the cheap test: a heavy or rounded top-left corner followed
// by its rule ("┏━", "╭─"), rare outside such drawings.
func framedGate(doc *facts.Document, data []byte) bool {
	return docHas(doc, data, "┏━") || docHas(doc, data, "╭─")
}

var (
	frId    = regexp.MustCompile(`(?i)^(?:(?:IKU|IKSS|IK|indikator)\s*[-.]?\s*(\d{1,2})\b[.:)]?|\((\d{1,2})\))\s*(.*)$`)
	frLabel = regexp.MustCompile(`(?i)(?:^|[\s·|;,])(satuan|unit|target|realisasi|real\.|capaian|t|r|c)(\s*[:=]\s*|\s+)`)
)

// frame corners and side rules, heavy and rounded (light for the sides).
const (
	frTops    = "┏╭"
	frSides   = "┃│"
	frBottoms = "┗╰"
)

type frRecord struct {
	n                int
	line             int
	name             string
	unit             string
	t, r, c          string
	hasT, hasR, hasC bool
}

func framedRecords(doc *facts.Document, data []byte) []byte {
	if !framedGate(doc, data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	var run []*frRecord
	runFrom, runTo := -1, -1
	flush := func() {
		if len(run) > 0 && frPlace(doc, lines, runFrom, runTo, run) {
			changed = true
		}
		run, runFrom, runTo = nil, -1, -1
	}
	for i := 0; i < len(lines); i++ {
		col := frTopCol(lines[i])
		if col < 0 {
			continue
		}
		rec, end, ok := frFrame(lines, i, col)
		if !ok {
			flush()
			continue
		}
		if run != nil && i-runTo > 4 {
			flush()
		}
		if run == nil {
			runFrom = i
		}
		run = append(run, rec)
		runTo = end + 1
		i = end
	}
	flush()
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// frTopCol: the rune column of a frame's top-left corner when the line
// holds one top edge (corner, a rule of at least three, the other corner),
// else -1.
func frTopCol(l string) int {
	if !strings.ContainsAny(l, frTops) {
		return -1
	}
	r := []rune(l)
	for k, c := range r {
		if !strings.ContainsRune(frTops, c) {
			continue
		}
		rule, end := '━', '┓'
		if c == '╭' {
			rule, end = '─', '╮'
		}
		j := k + 1
		for j < len(r) && r[j] == rule {
			j++
		}
		if j-k > 3 && j < len(r) && r[j] == end {
			return k
		}
		return -1
	}
	return -1
}

// frFrame reads the frame whose top edge is on line i at column col: its
// inner lines between the side rules, up to the bottom edge. ok only when
// the inside is one indicator record.
func frFrame(lines []string, i, col int) (*frRecord, int, bool) {
	top := []rune(lines[i])
	right := col + 1
	for right < len(top) && (top[right] == '━' || top[right] == '─') {
		right++
	}
	var inner []string
	end := -1
	for j := i + 1; j < len(lines) && j < i+40; j++ {
		r := []rune(lines[j])
		if col >= len(r) {
			return nil, 0, false
		}
		if strings.ContainsRune(frBottoms, r[col]) {
			end = j
			break
		}
		if !strings.ContainsRune(frSides, r[col]) || right >= len(r) || !strings.ContainsRune(frSides, r[right]) {
			return nil, 0, false
		}
		inner = append(inner, strings.TrimSpace(string(r[col+1:right])))
	}
	if end < 0 {
		return nil, 0, false
	}
	rec := &frRecord{line: i + 1}
	state := 0 // 0 before the id, 1 the name, 2 the figures
	for _, s := range inner {
		if s == "" {
			continue
		}
		switch {
		case state == 0:
			m := frId.FindStringSubmatch(s)
			if m == nil {
				return nil, 0, false
			}
			rec.n, _ = strconv.Atoi(m[1] + m[2])
			rec.name = m[3]
			state = 1
		case frFields(rec, s):
			state = 2
		case state == 1:
			rec.name += " " + s
		default:
			return nil, 0, false // text after the figures: not one record
		}
	}
	rec.name = strings.Join(strings.Fields(rec.name), " ")
	if state != 2 || rec.name == "" || !rec.hasT || !rec.hasR || !rec.hasC {
		return nil, 0, false
	}
	return rec, end, true
}

// frFields reads a line of labelled figures (a label first); false when
// the line is not one (a name's line), leaving rec untouched.
func frFields(rec *frRecord, s string) bool {
	locs := frLabel.FindAllStringSubmatchIndex(s, -1)
	if len(locs) == 0 || strings.TrimSpace(s[:locs[0][0]]) != "" {
		return false
	}
	got := *rec
	for k, m := range locs {
		label := strings.ToLower(s[m[2]:m[3]])
		sep := s[m[4]:m[5]]
		if len(label) == 1 && !strings.ContainsAny(sep, ":=") {
			return false // a bare letter is a label only with ':' or '='
		}
		stop := len(s)
		if k+1 < len(locs) {
			stop = locs[k+1][0]
		}
		v := strings.TrimSpace(strings.Trim(strings.TrimSpace(s[m[1]:stop]), "·|;,"))
		if v == "" || len(strings.Fields(v)) > 2 || len(v) > 24 {
			return false
		}
		switch label[0] {
		case 's', 'u':
			if got.unit != "" {
				return false
			}
			got.unit = v
		case 't':
			if got.hasT {
				return false
			}
			got.t, got.hasT = v, true
		case 'r':
			if got.hasR {
				return false
			}
			got.r, got.hasR = v, true
		case 'c':
			if got.hasC {
				return false
			}
			got.c, got.hasC = strings.TrimSpace(strings.TrimSuffix(v, "%")), true
		}
	}
	*rec = got
	return true
}

// frProve checks a record's figures: "" when they hold, else why not.
func frProve(e *frRecord) string {
	conv := normalize.ColumnConvention([]string{e.t, e.r, e.c})
	c := normalize.ParseNumber(e.c, conv)
	if c.Status != normalize.OK {
		return "capaian bukan angka"
	}
	return capaianQuotient(e.t, e.r, c, conv)
}

// frPlace writes a run of records as one TAB table over lines [from, to).
func frPlace(doc *facts.Document, lines []string, from, to int, run []*frRecord) bool {
	var rows [][]string
	for _, e := range run {
		if why := frProve(e); why != "" {
			doc.Add(facts.Finding{Span: facts.Span{Start: e.line, End: e.line + 1}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
				Pesan: "bingkai indikator " + strconv.Itoa(e.n) + ": " + why + "; tidak dimuat"})
			continue
		}
		rows = append(rows, []string{strconv.Itoa(e.n), e.name, e.unit, e.t, e.r, e.c})
	}
	if len(rows) == 0 {
		return false
	}
	header := []string{"No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"}
	return exportPlace(lines, from, to, from, "", header, rows)
}
