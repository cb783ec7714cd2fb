package parse

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A performance infographic drawn as a train (rangkaian kereta) typed
// again: a locomotive, then one boxed carriage an indicator, two to four
// abreast on a band of lines, joined by couplers between the boxes, bands
// read left to right, band by band:
//
//	╭────────────────────────╮   ╭────────────────────────╮
//	│ GERBONG 1              │   │ GERBONG 2              │
//	│ Persentase kesesuaian  │═╪═│ Persentase tersedianya │
//	│ Kompetensi Pegawai     │   │ sarana dan prasarana   │
//	│ Satuan    : %          │   │ Satuan    : %          │
//	│ Target    : 70,00      │   │ Target    : 80,00      │
//	│ Realisasi : 73,64      │   │ Realisasi : 83,27      │
//	│ Capaian   : 105,20 %   │   │ Capaian   : 104,09 %   │
//	╰─(o)─(o)─────────(o)────╯   ╰─(o)─(o)─────────(o)────╯
//
// Read as it stands every line mixes two or three indicators.
// capaianTrain finds each band by its boxes' top corners standing on one
// line (at least two boxes on some band of the run; a lone box after such
// a band is the train's last carriage), proves each box by its sides
// standing in the top's corner columns on every line down to its bottom
// corners, and reads each box's inside as one record as
// leaflet_panels.go reads a panel: a title `<word> n` (the carriage
// number, no fact), the name's lines, then labelled figures (Satuan,
// Target, Realisasi, Capaian). What it trusts:
//   - the boxes: corners and sides in the same columns on every line;
//   - the labels: target, realisasi and capaian each once after the name,
//     no text after the figures;
//   - arithmetic: numeric target and realisasi must give the capaian
//     (frProve: capaianQuotient); a grade or opinion pair may carry a dash
//     for its capaian (no capaian stated, so none is loaded), any other
//     capaian must be a number the pair gives.
// A run of proven records is written over the train's lines as one TAB
// table (No, indicator, unit, target, realisasi, capaian) so the capaian
// table reader proves each row by its header as any other. A box failing
// a rule is reported and not loaded.

// tkTops and tkBottoms pair a box's top-left/top-right and
// bottom-left/bottom-right corners; tkSides are the side rules.
var (
	tkTops    = [][2]rune{{'╭', '╮'}, {'┌', '┐'}, {'┏', '┓'}, {'╔', '╗'}}
	tkBottoms = [][2]rune{{'╰', '╯'}, {'└', '┘'}, {'┗', '┛'}, {'╚', '╝'}}
	tkSides   = "│┃║|"
	tkTitle   = regexp.MustCompile(`^\pL[\pL.]*\s*[-.#]?\s*(\d{1,2})\b[.:)]?\s*(.*)$`)
)

// tkGate: some line holds two box tops abreast (a top-right corner with a
// top-left corner after it on the same line). Cheap: only texts holding a
// rounded or square top-right corner are looked at line by line.
func tkGate(doc *facts.Document, data []byte) bool {
	x := triIndexOf(doc, data) // a word absent from the text costs no scan (scan_index.go)
	if !docHas(doc, data, "ealisasi") && !docHas(doc, data, "EALISASI") {
		return false
	}
	for _, c := range [...]string{"╮", "┐", "┓", "╗"} {
		if x != nil && !x.mayHold(c) {
			continue
		}
		cb := []byte(c)
		for i := 0; i < len(data); {
			k := bytes.Index(data[i:], cb)
			if k < 0 {
				break
			}
			k += i
			_, to := lineSpan(data, k)
			if bytes.ContainsAny(data[k+len(cb):to], "╭┌┏╔") {
				return true
			}
			i = to + 1
		}
	}
	return false
}

// tkBox is one box of a band: its rune columns and the lines inside.
type tkBox struct {
	l, r int
	in   []lfCell
}

// tkBoxesOn: the boxes whose top stands on line r: pairs of corners joined
// by a run of rules; nil when none.
func tkBoxesOn(r []rune) []tkBox {
	var out []tkBox
	for c := 0; c < len(r); c++ {
		for _, t := range tkTops {
			if r[c] != t[0] {
				continue
			}
			e := c + 1
			for e < len(r) && strings.ContainsRune("─━═-", r[e]) {
				e++
			}
			if e < len(r) && r[e] == t[1] && e-c >= 6 {
				out = append(out, tkBox{l: c, r: e})
				c = e
			}
			break
		}
	}
	return out
}

// tkClose: box b's bottom corners stand on line r.
func tkClose(r []rune, b tkBox) bool {
	if b.r >= len(r) {
		return false
	}
	for _, t := range tkBottoms {
		if r[b.l] == t[0] && r[b.r] == t[1] {
			return true
		}
	}
	return false
}

// tkBand reads the band of boxes whose tops stand on lines[i]: the boxes
// with their insides and the line after the band's bottom; ok false when a
// box's sides or bottom are not where its top says.
func tkBand(lines []string, i int, boxes []tkBox) (int, bool) {
	for j := i + 1; j < len(lines) && j < i+40; j++ {
		r := []rune(strings.TrimRight(lines[j], "\r"))
		closed := 0
		for _, b := range boxes {
			if tkClose(r, b) {
				closed++
			}
		}
		if closed == len(boxes) {
			return j + 1, true
		}
		if closed > 0 {
			return 0, false // boxes of one band end together
		}
		for k := range boxes {
			b := &boxes[k]
			if b.r >= len(r) || !strings.ContainsRune(tkSides, r[b.l]) || !strings.ContainsRune(tkSides, r[b.r]) {
				return 0, false
			}
			b.in = append(b.in, lfCell{strings.TrimSpace(string(r[b.l+1 : b.r])), j + 1})
		}
	}
	return 0, false
}

// tkRecord reads one box's inside as a record; why says what failed.
// status holds the run's status lines (capaian_card_status.go): the title
// line's rest, the first name line or the last one is dropped when it is
// one. Once the figures began, a labelled line is read as figures even
// without the two spaces or colon a name line could not hold
// (`Realisasi BB`).
func tkRecord(in []lfCell, status map[string]bool) (*frRecord, string) {
	k := 0
	for k < len(in) && in[k].s == "" {
		k++
	}
	if k == len(in) {
		return nil, "kotak kosong"
	}
	m := tkTitle.FindStringSubmatch(in[k].s)
	if m == nil {
		return nil, "kotak tanpa nomor"
	}
	rec := &frRecord{line: in[k].line}
	rec.n, _ = strconv.Atoi(m[1])
	var name []string
	if t := strings.TrimSpace(m[2]); t != "" && !status[t] {
		name = append(name, t)
	}
	state := 1
	for _, c := range in[k+1:] {
		switch {
		case c.s == "":
			if state == 2 {
				state = 3 // the figures ended; only blank lines may follow
			}
		case state == 3:
			return nil, "teks setelah isian"
		case lfField(rec, c.s), state == 2 && frFields(rec, c.s):
			if state == 1 && len(name) > 0 && status[name[len(name)-1]] {
				name = name[:len(name)-1] // a status under the name
			}
			state = 2
		case state == 1:
			if len(name) == 0 && status[c.s] {
				continue // a status over the name
			}
			name = append(name, c.s)
		default:
			return nil, "teks di antara isian"
		}
	}
	rec.name = strings.Join(strings.Fields(strings.Join(name, " ")), " ")
	if state < 2 || rec.name == "" || !rec.hasT || !rec.hasR || !rec.hasC {
		return nil, "tanpa nama, target, realisasi atau capaian"
	}
	return rec, ""
}

// tkProve: frProve, or a grade/opinion pair whose capaian is a dash (no
// capaian stated: the row is loaded with its texts and no capaian).
func tkProve(e *frRecord) string {
	if !e.hasC && e.c == "" {
		// no capaian printed at all (a trip summary's route without its
		// progress, capaian_trip.go): the pair must read alike, numbers or
		// grades; the row loads without a capaian.
		if tkNumeric(e.t) != tkNumeric(e.r) || e.t == "" || e.r == "" {
			return "target/realisasi tidak dapat diperiksa"
		}
		if tkNumeric(e.t) {
			conv := normalize.ColumnConvention([]string{e.t, e.r})
			if normalize.ParseNumber(e.t, conv).Status != normalize.OK || normalize.ParseNumber(e.r, conv).Status != normalize.OK {
				return "target/realisasi tidak dapat diperiksa"
			}
		}
		return ""
	}
	why := frProve(e)
	if why == "" {
		return ""
	}
	if c := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(e.c), "%")); c == "-" || c == "–" || c == "—" {
		if !tkNumeric(e.t) && !tkNumeric(e.r) && e.t != "" && e.r != "" {
			return ""
		}
	}
	return why
}

// tkRead is one drawn record as read: the record, or why it was not
// read, and the line a finding about it names.
type tkRead struct {
	rec *frRecord
	why string
	at  int
}

// tkEmit proves each record read (tkProve) and writes the proven ones over
// lines [from, to) as one TAB table (No, indicator, unit, target,
// realisasi, capaian) for the capaian table reader; a record failing is
// reported under what and not loaded. False when no record was proven (a
// drawing of another kind) or nothing was written. Shared by the drawn
// indicator readers (trains, batteries) so their rows are made one way.
func tkEmit(doc *facts.Document, lines []string, from, to int, recs []tkRead, what string) bool {
	var rows [][]string
	var bad []string
	badAt := 0
	for _, e := range recs {
		why := e.why
		if why == "" {
			why = tkProve(e.rec)
		}
		if why != "" {
			if e.at > 0 && badAt == 0 {
				badAt = e.at
			}
			bad = append(bad, why)
			continue
		}
		c := e.rec.c
		if frProve(e.rec) != "" {
			c = "" // a dash: no capaian stated
		}
		rows = append(rows, []string{strconv.Itoa(e.rec.n), e.rec.name, e.rec.unit, e.rec.t, e.rec.r, c})
	}
	if len(rows) == 0 {
		return false
	}
	if len(bad) > 0 {
		doc.Add(facts.Finding{Span: facts.Span{Start: badAt, End: badAt + 1}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
			Pesan: what + " baris " + strconv.Itoa(badAt) + ": " + strings.Join(bad, "; ") + "; tidak dimuat"})
	}
	header := []string{"No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"}
	return exportPlace(lines, from, to, from, "", header, rows)
}

// tkNumeric: s holds a digit.
func tkNumeric(s string) bool { return strings.ContainsAny(s, "0123456789") }

// capaianTrain rewrites the trains of a text; data itself when it holds
// none. Findings go to doc.
func capaianTrain(doc *facts.Document, data []byte) []byte {
	if !tkGate(doc, data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		boxes := tkBoxesOn([]rune(lines[i]))
		if len(boxes) < 2 {
			continue
		}
		from := i
		var run []tkBox
		end := i
		for {
			next, ok := tkBand(lines, i, boxes)
			if !ok {
				break
			}
			run = append(run, boxes...)
			end = next
			// the next band: after blank lines, boxes again (a lone
			// carriage may end the train).
			i = next
			for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
				i++
			}
			if i >= len(lines) {
				break
			}
			boxes = tkBoxesOn([]rune(lines[i]))
			if len(boxes) == 0 {
				break
			}
		}
		i = max(end, from+1) - 1
		if len(run) < 2 {
			continue
		}
		cards := make([][]lfCell, len(run))
		for k, b := range run {
			cards[k] = b.in
		}
		status := tkStatuses(tkKeyText(lines, from), cards)
		recs := make([]tkRead, 0, len(run))
		for _, b := range run {
			rec, why := tkRecord(b.in, status)
			at := 0
			if len(b.in) > 0 {
				at = b.in[0].line
			}
			recs = append(recs, tkRead{rec, why, at})
		}
		if tkEmit(doc, lines, from, end, recs, "rangkaian kotak") {
			changed = true
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}
