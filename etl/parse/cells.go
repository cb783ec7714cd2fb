package parse

import (
	"bytes"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// valueLike: a cell that states a value (number, percentage, grade, an
// amount, a dash, "Belum Penilaian").
func valueLike(c string) bool {
	if c == "" {
		return false
	}
	return cellIs(c, ccValueLike, valueLike0)
}

func valueLike0(c string) bool {
	if valueLike1(c) || boundValue(c) {
		return true
	}
	// "100% 1.2.2.4": a value followed by an OCR shard of the next line
	if strings.IndexByte(c, ' ') < 0 {
		return false
	}
	first, several := normalize.FirstOfSeveral(c)
	return several && valueLike1(first)
}

func valueLike1(c string) bool {
	v := normalize.ParseValue(c, normalize.Unknown)
	switch v.Status {
	case normalize.OK, normalize.Several, normalize.Empty:
		return true
	}
	return v.Grade != "" || v.Unit == "opini"
}

// wordValue: "Tercapai", "Tidak tercapai".
func wordValue(c string) bool { return cellIs(c, ccWordValue, wordValue0) }

func wordValue0(c string) bool {
	v := normalize.ParseValue(c, normalize.Unknown)
	return v.Word == "tercapai" || v.Word == "tidak_tercapai"
}

// shardLike: digits that do not form a value (OCR shards).
func shardLike(c string) bool { return cellIs(c, ccShardLike, shardLike0) }

func shardLike0(c string) bool {
	v := normalize.ParseValue(c, normalize.Unknown)
	return v.Status == normalize.Unreadable
}

// wellFormedValue: every piece of the cell reads as a value, and no piece
// is a bare integer of four or more digits where percentages stand (OCR
// writes "100%" as "10070").
func wellFormedValue(c string) bool { return cellIs(c, ccWellFormed, wellFormedValue0) }

func wellFormedValue0(c string) bool {
	pieces := []string{c}
	if strings.IndexByte(c, ' ') >= 0 {
		pieces = normalize.SplitValues(c)
	}
	for _, piece := range pieces {
		v := normalize.ParseValue(piece, normalize.Unknown)
		switch {
		case v.Status == normalize.Unreadable, v.Status == normalize.Ambiguous:
			return false
		case v.Status == normalize.OK && v.Unit == "" && v.Num != nil && *v.Num >= 1000 && v.Decimals == 0 && !strings.ContainsAny(piece, ".,"):
			return false
		case v.Status == normalize.OK && v.Decimals > 2 && v.Unit == "":
			return false
		}
	}
	return true
}

// groupText is the text of a group row ("Sasaran Strategis 1",
// "Terwujudnya ..."): a title spanning the table that the PDF cut at the
// column edges, sometimes mid-word ("Partai Pol" | "itik"). Pieces that
// form a word the report uses elsewhere are joined; letters spilled into
// the narrow number column that form no word are dropped.
func (p *parser) groupText(r *extract.Row, roles []int) string {
	var b strings.Builder
	pending := "" // a shard from the number column
	for j, c := range r.Cells {
		if c == "" || !hasLetterOrDigit(c) {
			continue
		}
		if b.Len() == 0 && pending == "" && j < len(roles) && roles[j] == roleNo && isLetters(c) && len(c) <= 6 {
			pending = c
			continue
		}
		if pending != "" {
			if first := firstWord(c); startsLower(c) && p.isWord(pending+first) {
				b.WriteString(pending)
			} else {
				c = " " + c // dropped: the shard starts no word here
			}
			pending = ""
			b.WriteString(strings.TrimLeft(c, " "))
			continue
		}
		if b.Len() > 0 {
			prev := b.String()
			if startsLower(c) && endsLetter(prev) && p.isWord(lastWord(prev)+firstWord(c)) {
				b.WriteString(c)
				continue
			}
			b.WriteByte(' ')
		}
		b.WriteString(c)
	}
	if b.Len() == 0 {
		return pending
	}
	return b.String()
}

// isWord reports whether the report uses w as a word, written in lower
// case, capitalised or in capitals. It searches the text itself: a few
// look-ups per report cost less than a vocabulary.
func (p *parser) isWord(w string) bool {
	if len(w) < 3 {
		return false
	}
	if ok, seen := p.words[w]; seen {
		return ok
	}
	ok := p.isWord1(w)
	if p.words == nil {
		p.words = map[string]bool{}
	}
	p.words[w] = ok
	return ok
}

func (p *parser) isWord1(w string) bool {
	if isASCII(w) {
		return isWordASCII(p.raw, w)
	}
	low := strings.ToLower(w)
	for _, v := range [...]string{low, strings.ToUpper(low[:1]) + low[1:], strings.ToUpper(low)} {
		text := p.raw
		for {
			i := bytes.Index(text, []byte(v))
			if i < 0 {
				break
			}
			end := i + len(v)
			if (i == 0 || notLetter(rune(text[i-1]))) && (end == len(text) || notLetter(rune(text[end]))) {
				return true
			}
			text = text[i+1:]
		}
	}
	return false
}

// isWordASCII is isWord1 for an ASCII word of two bytes or more, in two
// passes over the text instead of three: its lower-case and capitalised
// forms share their tail, found once, and the byte before it tells which
// form (if either) stands there; the capitals are searched alone.
func isWordASCII(text []byte, w string) bool {
	low := strings.ToLower(w)
	up := strings.ToUpper(low)
	tail := low[1:]
	for off := 0; ; {
		j := bytes.Index(text[off:], []byte(tail))
		if j < 0 {
			break
		}
		j += off
		i, end := j-1, j+len(tail)
		if i >= 0 && (text[i] == low[0] || text[i] == up[0]) &&
			(i == 0 || notLetter(rune(text[i-1]))) && (end == len(text) || notLetter(rune(text[end]))) {
			return true
		}
		off = j + 1
	}
	if up[1:] == tail {
		return false // the capitals' form is the capitalised one, searched above
	}
	for off := 0; ; {
		i := bytes.Index(text[off:], []byte(up))
		if i < 0 {
			return false
		}
		i += off
		end := i + len(up)
		if (i == 0 || notLetter(rune(text[i-1]))) && (end == len(text) || notLetter(rune(text[end]))) {
			return true
		}
		off = i + 1
	}
}

func notLetter(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') }

func hasLetterOrDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if c >= 'a' && c <= 'z' || s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

func startsLower(s string) bool { return s != "" && s[0] >= 'a' && s[0] <= 'z' }

func endsLetter(s string) bool {
	c := s[len(s)-1] | 0x20
	return c >= 'a' && c <= 'z'
}

func firstWord(s string) string {
	f := strings.FieldsFunc(s, notLetter)
	if len(f) == 0 || !strings.HasPrefix(s, f[0]) {
		return ""
	}
	return f[0]
}

func lastWord(s string) string {
	f := strings.FieldsFunc(s, notLetter)
	if len(f) == 0 || !strings.HasSuffix(s, f[len(f)-1]) {
		return ""
	}
	return f[len(f)-1]
}

func isFootnoteRow(r *extract.Row) bool {
	for _, c := range r.Cells {
		if c == "" {
			continue
		}
		return strings.HasPrefix(c, "*") || normalize.HasLowerPrefix(c, "keterangan") || normalize.HasLowerPrefix(c, "ketero") ||
			normalize.HasLowerPrefix(c, "sumber") || normalize.HasLowerPrefix(c, "catatan") ||
			normalize.HasLowerPrefix(c, "penjelasan") // "Penjelasan: realisasi … memberi capaian …" under each indicator
	}
	return false
}

func nonEmptyCells(cells []string) []string {
	var out []string
	for _, c := range cells {
		if c != "" {
			out = append(out, c)
		}
	}
	return out
}

func nonEmpty(cells []string) int {
	n := 0
	for _, c := range cells {
		if c != "" {
			n++
		}
	}
	return n
}

func indexOf(xs []int, x int) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

// isRowNumber: "1", "1.", "12)", "A.", "B.", "I", "II".
func isRowNumber(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), ".)·: ")
	if s == "" || len(s) > 4 {
		return false
	}
	digits := true
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			digits = false
		}
	}
	if digits {
		return true
	}
	if len(s) == 1 && s[0] >= 'A' && s[0] <= 'Z' {
		return true
	}
	return roman(s) > 0
}

func programName(text string) string {
	i := strings.Index(strings.ToLower(text), "program")
	if i < 0 {
		return text
	}
	name := strings.TrimSpace(text[i:])
	// "Program Dukungan Program Dukungan Manajemen" (a cell repeated)
	if f := strings.Fields(name); len(f) > 4 {
		half := strings.Join(f[:2], " ")
		if j := strings.LastIndex(name, half); j > 0 {
			name = strings.TrimSpace(name[j:])
		}
	}
	return name
}

func sasaranName(text string) string {
	t := strings.TrimSpace(text)
	low := strings.ToLower(t)
	for _, pre := range []string{"sasaran strategis", "sasaran kegiatan", "sasaran", "sasar"} {
		if i := strings.Index(low, pre); i >= 0 {
			rest := strings.TrimSpace(t[i+len(pre):])
			rest = strings.TrimLeft(rest, "0123456789.:) ")
			return rest
		}
	}
	return t
}

// columnConventions decides each value column's digit convention.
func columnConventions(b *extract.Block, roles []int) map[int]normalize.Convention {
	out := map[int]normalize.Convention{}
	for j, role := range roles {
		switch role {
		case roleTarget, roleRealisasi, roleCapaian, roleNasional, roleYear:
		default:
			continue
		}
		out[role] = rowsConvention(b.Rows, j)
	}
	return out
}

// rowsConvention is normalize.ColumnConvention of column j of rows, read
// without building the column.
func rowsConvention(rows []extract.Row, j int) normalize.Convention {
	var t normalize.ConventionTally
	for i := range rows {
		if c := rows[i].Cells; j < len(c) {
			t.Add(c[j])
		}
	}
	return t.Convention()
}

// cellsConvention is rowsConvention over rows of cells.
func cellsConvention(rows [][]string, j int) normalize.Convention {
	var t normalize.ConventionTally
	for _, c := range rows {
		if j < len(c) {
			t.Add(c[j])
		}
	}
	return t.Convention()
}

// captionYear is the single year a caption names ("... Tahun 2024"), 0 if
// none or a range.
func captionYear(c string) int {
	if isASCII(c) && !containsFoldASCII(c, "tahun ") {
		return 0 // no "TAHUN " in its capitals (the gate finds a superset); most captions, and every call built them
	}
	return captionYearOf(c)
}

// captionYearOf is captionYear without its gate.
func captionYearOf(c string) int {
	up := strings.ToUpper(c)
	i := strings.LastIndex(up, "TAHUN ")
	if i < 0 {
		return 0
	}
	w := strings.Fields(up[i+6:])
	if len(w) == 0 {
		return 0
	}
	if w[0] == "ANGGARAN" && len(w) > 1 {
		w = w[1:]
	}
	y := strings.TrimRight(w[0], ".,:;")
	if len(y) != 4 || strings.Contains(up[i:], "-20") {
		return 0
	}
	v := 0
	for k := 0; k < 4; k++ {
		if y[k] < '0' || y[k] > '9' {
			return 0
		}
		v = v*10 + int(y[k]-'0')
	}
	return v
}
