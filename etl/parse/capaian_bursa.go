package parse

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The capaian as a stock exchange's closing board (papan bursa kinerja)
// typed again: an office screen styled as share prices, one ticker an
// indicator, its reference price the target and its closing price the
// realisasi, under a boxed head with the closing time; the name indented
// on the lines under its ticker (or on the ticker's line under a name
// column), rules between, a key under it:
//
//	##############################################################
//	#  BURSA KINERJA KPU KABUPATEN …          PENUTUPAN 31-12-2023 #
//	##############################################################
//	  KODE           ACUAN     PENUTUPAN       SAT     CAPAIAN %
//	  ------------------------------------------------------------
//	  IKU1          100,00        100,00         %        100,00  ▲
//	          Persentase KPU Kabupaten dalam memutakhirkan Data
//	          Pemilih Tepat Waktu
//	  ------------------------------------------------------------
//	  ACUAN = target Perjanjian Kinerja; PENUTUPAN = realisasi …
//
// What stockBoards trusts:
//   - the header: one line whose cells (parted by two spaces or a TAB)
//     all mean something on such a board: a code (KODE, TICKER, CODE,
//     SANDI), a reference (ACUAN, OPEN, PEMBUKAAN, TARGET) the target, a
//     close (PENUTUPAN, CLOSE, TUTUP) the realisasi, a capaian (CAPAIAN,
//     ACHIEVEMENT), optionally a unit (SAT, SATUAN, UNIT), a name
//     (INDIKATOR, NAMA, URAIAN) and a trend (TREN, ARAH); a price board's
//     VOLUME, PERUBAHAN or CHANGE is no such cell, so it is not read;
//   - a ticker line: a code (letters and a number, IKU1, SS-2, or a bare
//     number) then one figure a role in the header's order (the name's
//     words in the middle when a name column is named), the arrows
//     (▲ ▼ ↑ ↓) no fact; the name lines are indented deeper than the code;
//   - the figures: a number or a grade (capitals), or a dash for no
//     capaian; a price unit (Rp, IDR, lot, lembar, saham) is a real share,
//     not an indicator;
//   - arithmetic: tkEmit proves each ticker as the other drawn readers do
//     (capaian = realisasi/target or a lower-is-better form, a grade pair
//     as written); a ticker failing is reported and not loaded.
// The board (the boxed head over the header included) is written over its
// lines as one TAB table for the capaian table reader; the key stays.

var (
	sbCode  = regexp.MustCompile(`^(?:\pL{1,8}[-.]?\d{1,3}(?:[.-]\d{1,3})*|\d{1,2}[.)]?)$`)
	sbCells = regexp.MustCompile(`\t+|\s{2,}`)
)

// sbArrows are a ticker's direction marks: no fact.
const sbArrows = "▲▼△▽↑↓▴▾⬆⬇"

// sbPrice are units of a real share's price or volume.
var sbPrice = map[string]bool{"rp": true, "rp.": true, "idr": true, "usd": true, "lot": true, "lembar": true, "saham": true}

// sbGate: a close column's word in the text.
func sbGate(doc *facts.Document, data []byte) bool {
	x := triIndexOf(doc, data) // absent marks cost no scan (scan_index.go)
	for _, m := range sbMarks {
		if (x == nil || triMay(x, m)) && bytes.Contains(data, m) {
			return true
		}
	}
	return false
}

// sbMarks are the close column's words a header holds.
var sbMarks = [][]byte{[]byte("PENUTUPAN"), []byte("Penutupan"), []byte("CLOSE"), []byte("Close")}

// sbRole names a header cell by its meaning; "" when it means nothing on
// a performance board.
func sbRole(cell string) string {
	c := strings.ToLower(strings.Join(strings.Fields(strings.Trim(cell, ".:")), " "))
	c = strings.TrimSpace(strings.Trim(strings.ReplaceAll(strings.ReplaceAll(c, "(%)", ""), "%", ""), " "))
	c = strings.TrimPrefix(c, "harga ")
	switch c {
	case "kode", "kode saham", "ticker", "code", "sandi", "simbol", "symbol":
		return "code"
	case "acuan", "open", "opening", "pembukaan", "buka", "target":
		return "t"
	case "penutupan", "close", "closing", "tutup":
		return "r"
	case "capaian", "achievement", "ach":
		return "c"
	case "sat", "satuan", "unit":
		return "unit"
	case "indikator", "indikator kinerja", "nama", "nama indikator", "uraian", "name", "indicator":
		return "name"
	case "tren", "trend", "arah", "tanda":
		return "trend"
	}
	return ""
}

// sbHeader reads a header line's roles in order; nil when a cell means
// nothing here, a role repeats, or code, target, close or capaian is
// missing.
func sbHeader(l string) []string {
	t := strings.TrimSpace(l)
	if t == "" || len(t) > 200 {
		return nil
	}
	cells := sbCells.Split(t, -1)
	if len(cells) < 4 || len(cells) > 8 {
		return nil
	}
	roles := make([]string, 0, len(cells))
	seen := map[string]bool{}
	for _, c := range cells {
		r := sbRole(c)
		if r == "" || seen[r] {
			return nil
		}
		seen[r] = true
		roles = append(roles, r)
	}
	if roles[0] != "code" || !seen["t"] || !seen["r"] || !seen["c"] {
		return nil
	}
	return roles
}

// sbIndent is a line's leading width, a TAB to the next multiple of 8.
func sbIndent(l string) int {
	w := 0
	for _, r := range l {
		switch r {
		case ' ':
			w++
		case '\t':
			w = w/8*8 + 8
		default:
			return w
		}
	}
	return w
}

// sbRule: a line of rules or the head's box only.
func sbRule(l string) bool {
	t := strings.TrimSpace(l)
	return len(t) >= 3 && strings.Trim(t, "-=─━═#*+_ ") == ""
}

// sbBoxed: a line of the boxed head (a `#` or side rule at its start).
func sbBoxed(l string) bool {
	t := strings.TrimSpace(l)
	return t != "" && strings.ContainsRune("#|│║*", []rune(t)[0])
}

// sbFigure: a number or a grade, or a dash.
func sbFigure(s string) bool {
	return s == "-" || s == "–" || s == "—" || tpNum.MatchString(s) || tpGrade.MatchString(s)
}

// sbTicker reads a ticker line under roles: the record (no name when the
// board has no name column) and ok; why says what failed on a line that
// is a ticker's (a code and a figure) but not readable.
func sbTicker(l string, roles []string, n int) (rec *frRecord, why string, ok bool) {
	f := strings.Fields(l)
	for len(f) > 0 && strings.Trim(f[len(f)-1], sbArrows) == "" {
		f = f[:len(f)-1] // the arrows: no fact
	}
	if len(f) < 3 || !sbCode.MatchString(f[0]) {
		return nil, "", false
	}
	figs := 0
	for _, w := range f[1:] {
		if sbFigure(strings.TrimSuffix(w, "%")) {
			figs++
		}
	}
	if figs < 2 {
		return nil, "", false // a code in prose, a name line beginning with a number
	}
	rec = &frRecord{n: n}
	vals := f[1:]
	ri := roles[1:]
	// the name's words between the roles left and right of the name column
	left, right := len(ri), 0
	for k, r := range ri {
		if r == "name" {
			left, right = k, len(ri)-k-1
		}
	}
	var name string
	if left < len(ri) {
		if len(vals) < left+right+1 {
			return nil, "kolom ticker tidak lengkap", true
		}
		name = strings.Join(vals[left:len(vals)-right], " ")
		vals = append(append([]string{}, vals[:left]...), vals[len(vals)-right:]...)
		ri = append(append([]string{}, ri[:left]...), ri[left+1:]...)
		if !strings.ContainsFunc(name, unicode.IsLetter) {
			return nil, "ticker tanpa nama", true
		}
	}
	// a trend column may hold no arrow (dropped above) on this line
	if len(vals) == len(ri)-1 && ri[len(ri)-1] == "trend" {
		ri = ri[:len(ri)-1]
	}
	if len(vals) != len(ri) {
		return nil, "kolom ticker tidak sesuai kepala", true
	}
	var unit string
	for k, r := range ri {
		v := vals[k]
		switch r {
		case "t", "r":
			pct := false
			if strings.HasSuffix(v, "%") && len(v) > 1 {
				v, pct = strings.TrimSuffix(v, "%"), true
			}
			if !sbFigure(v) {
				return nil, "acuan atau penutupan bukan angka", true
			}
			if pct && unit == "" {
				unit = "%"
			}
			if r == "t" {
				rec.t, rec.hasT = v, true
			} else {
				rec.r, rec.hasR = v, true
			}
		case "c":
			v = strings.TrimSuffix(v, "%")
			if !sbFigure(v) || tpGrade.MatchString(v) {
				return nil, "capaian bukan angka", true
			}
			rec.c, rec.hasC = v, true
		case "unit":
			if tpNum.MatchString(v) || utf8.RuneCountInString(v) > 16 {
				return nil, "satuan bukan kata", true
			}
			unit = v
		case "trend":
			if strings.Trim(v, sbArrows+"+-=") != "" {
				return nil, "kolom tren bukan tanda", true
			}
		}
	}
	if sbPrice[strings.ToLower(unit)] {
		return nil, "satuan harga saham (bukan indikator)", true
	}
	rec.unit, rec.name = unit, name
	return rec, "", true
}

// sbBoard reads the board whose header stands on lines[h]: the tickers
// and the line after the board.
func sbBoard(lines []string, h int, roles []string) ([]tkRead, int) {
	var run []tkRead
	var cur *tkRead
	var name []string
	codeAt, nameAt := 0, -1
	end := h + 1
	close := func() {
		if cur != nil && cur.why == "" {
			cur.rec.name = strings.Join(strings.Fields(strings.Join(name, " ")), " ")
			if cur.rec.name == "" || !strings.ContainsFunc(cur.rec.name, unicode.IsLetter) {
				cur.why = "ticker tanpa nama"
			}
		}
		if cur != nil {
			run = append(run, *cur)
		}
		cur, name = nil, nil
	}
	for j := h + 1; j < len(lines); j++ {
		l := lines[j]
		if sbRule(l) {
			close()
			end = j + 1
			continue
		}
		if strings.TrimSpace(l) == "" {
			close()
			continue // a blank between tickers; the board goes on only with a ticker or a rule
		}
		deeper := cur != nil && sbIndent(l) > codeAt
		rec, why, ok := sbTicker(l, roles, len(run)+1)
		if ok && !deeper {
			close()
			codeAt, nameAt = sbIndent(l), -1
			cur = &tkRead{rec: rec, why: why, at: j + 1}
			if rec == nil {
				cur.rec = &frRecord{n: len(run) + 1, line: j + 1}
			} else {
				rec.line = j + 1
				name = append(name, rec.name)
			}
			end = j + 1
			continue
		}
		// a name's line: under a ticker, indented deeper than its code and
		// as deep as the name's first line, words standing alone as one
		// cell; a key's `=` is no name
		if deeper && len(name) < 5 && (nameAt < 0 || sbIndent(l) == nameAt) && !strings.Contains(l, "=") && strings.ContainsFunc(l, unicode.IsLetter) &&
			len(sbCells.Split(strings.TrimSpace(l), -1)) == 1 {
			name = append(name, strings.TrimSpace(l))
			nameAt, end = sbIndent(l), j+1
			continue
		}
		break // a key, a source line, prose: the board ended
	}
	close()
	return run, end
}

// sbTop is the first line of the boxed head right above a header (a few
// lines at most), the header itself when none.
func sbTop(lines []string, h int) int {
	top := h
	for j := h - 1; j >= 0 && h-j <= 6; j-- {
		if !sbRule(lines[j]) && !sbBoxed(lines[j]) {
			break
		}
		top = j
	}
	return top
}

// stockBoards rewrites each closing board of a text as one TAB table;
// data itself when it holds none. Findings go to doc.
func stockBoards(doc *facts.Document, data []byte) []byte {
	if !sbGate(doc, data) {
		return data
	}
	// only the lines holding a close word can be a header: each mark's
	// occurrences give their line's start, read once
	var heads []int
	for _, mark := range sbMarks {
		for off := 0; ; {
			k := bytes.Index(data[off:], mark)
			if k < 0 {
				break
			}
			start := bytes.LastIndexByte(data[:off+k], '\n') + 1
			if len(heads) == 0 || !slices.Contains(heads, start) {
				heads = append(heads, start)
			}
			off += k + len(mark)
		}
	}
	slices.Sort(heads)
	var lines []string
	changed, last := false, -1
	for _, off := range heads {
		stop := bytes.IndexByte(data[off:], '\n')
		if stop < 0 {
			stop = len(data) - off
		}
		roles := sbHeader(string(data[off : off+stop]))
		if roles == nil {
			continue
		}
		if lines == nil {
			lines = strings.Split(string(data), "\n")
		}
		h := bytes.Count(data[:off], []byte("\n"))
		if h < last {
			continue // inside a board already read
		}
		run, end := sbBoard(lines, h, roles)
		last = end
		if len(run) > 0 && tkEmit(doc, lines, sbTop(lines, h), end, run, "papan bursa kinerja") {
			changed = true
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}
