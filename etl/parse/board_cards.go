package parse

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// Capaian as a task board printed from the browser (Trello, a kanban
// board): one list per status, one card per indicator, each card framed by
// rule lines, its first line the card's title, then a line per field:
//
//	DAFTAR: TERCAPAI (2 kartu)
//
//	+--------------------------------------
//	| [IKU-3] Persentase …
//	|   Label: IKU
//	|   Target: 90,00%
//	|   Realisasi: 92,50%
//	|   Capaian: 102,78%
//	|   Komentar: 1   Lampiran: 2
//	+--------------------------------------
//
// Cards are grouped by status, not in the table's order; the list heads
// state how many cards each list holds. boardCards turns a run of cards
// into one TAB table through the vertical-record writer (vertWrite: line
// numbers never change, the notation as the cards write it): the title
// (its "[code]" dropped) is the indicator, the fields are taken by the
// same role vocabulary as an indicator sheet's labels (ikuColumns), so the
// capaian reader proves each row as any other. Labels, checklists and
// badges are no measure. A list whose stated count is not the number of
// cards under it, or a card that names no target and realisasi, leaves the
// board as written, reported.

// boardCards rewrites the card boards of a text; data itself when it
// holds none. Findings go to doc.
func boardCards(doc *facts.Document, data []byte) []byte {
	if !boardLikely(data, "+--") && !boardLikely(data, "┌─") {
		return data // the cheap look: no card frame over a card's line
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	for i := 0; i < len(lines); i++ {
		if _, ok := boardList(lines[i]); !ok && !boardFrame(lines[i]) {
			continue
		}
		t, end, ok := boardRun(doc, lines, i)
		if ok {
			tables = append(tables, t)
		}
		i = max(i, end-1)
	}
	return vertWrite(doc, data, lines, tables)
}

// boardLikely: some line opening with frame is a card's top frame: the
// line under it a card's line, a bar then text without a further bar (a
// grid table's row has several). Only those two lines are looked at.
func boardLikely(data []byte, frame string) bool {
	for i := 0; i < len(data); {
		k := bytes.Index(data[i:], []byte(frame))
		if k < 0 {
			return false
		}
		k += i
		from, to := lineSpan(data, k)
		i = to + 1
		if to >= len(data) || len(bytes.TrimSpace(data[from:k])) > 0 {
			continue
		}
		_, end := lineSpan(data, to+1)
		next := bytes.TrimSpace(data[to+1 : end])
		if bytes.HasPrefix(next, []byte("|")) && bytes.Count(next, []byte("|")) == 1 ||
			bytes.HasPrefix(next, []byte("│")) && bytes.Count(next, []byte("│")) == 1 {
			return true
		}
	}
	return false
}

// boardFrame: a card's rule line ("+-----", "└─────").
func boardFrame(l string) bool {
	t := strings.TrimSpace(l)
	if len(t) < 4 {
		return false
	}
	switch {
	case t[0] == '+':
		// one '+' a corner: a grid table's rule has one a column
		return strings.Trim(t, "+-=") == "" && strings.Count(t, "+") <= 2 && strings.Count(t, "-")+strings.Count(t, "=") >= 3
	case strings.HasPrefix(t, "┌") || strings.HasPrefix(t, "└") || strings.HasPrefix(t, "├"):
		return strings.Trim(t, "┌└├┐┘┤─") == ""
	}
	return false
}

// boardContent is a card line's text inside its frame ("|   Target: 80%"
// → "Target: 80%"); ok false for a line outside a card.
func boardContent(l string) (string, bool) {
	t := strings.TrimSpace(strings.TrimRight(l, "\r"))
	for _, bar := range [...]string{"|", "│"} {
		if strings.HasPrefix(t, bar) {
			t = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(t, bar), bar))
			return t, true
		}
	}
	return "", false
}

// boardList reads a list's head, "DAFTAR: TERCAPAI (5 kartu)", "LIST:
// Done (3 cards)": the number of cards it states.
func boardList(l string) (int, bool) {
	t := strings.TrimSpace(l)
	if !strings.HasSuffix(t, ")") || len(t) > 120 {
		return 0, false
	}
	k := strings.LastIndexByte(t, '(')
	if k < 1 {
		return 0, false
	}
	f := strings.Fields(t[k+1 : len(t)-1])
	if len(f) != 2 || !allDigits(f[0]) || len(f[0]) > 3 {
		return 0, false
	}
	switch strings.ToLower(f[1]) {
	case "kartu", "card", "cards":
		return atoi(f[0]), true
	}
	return 0, false
}

// boardCard reads the card whose top frame is lines[i]: its fields, the
// title as the indicator when no field names one, and the line after its
// bottom frame; ok false when lines[i] opens no card.
func boardCard(lines []string, i int) (ikuRec, int, bool) {
	r := ikuRec{from: i, title: -1}
	var title []string
	k := i + 1
	for ; k < len(lines); k++ {
		c, ok := boardContent(lines[k])
		if !ok {
			c = strings.TrimSpace(lines[k])
			switch {
			case c == "" && boardResumes(lines, k):
				continue // a page break inside the card: blank lines, a form feed
			case c != "" && len(title) > 0 && len(r.fields) == 0 && !boardFrame(c):
				// a PDF wraps a long title onto a line without the bar
				title = append(title, c)
				continue
			}
			break
		}
		if c == "" {
			continue
		}
		if strings.ContainsAny(c, "|│") {
			return r, k, false // cells parted by bars: a grid table's row, no card
		}
		f, _, isField := ikuLine(c, ':')
		if !isField && len(r.fields) == 0 {
			title = append(title, c) // the title, wrapped over its lines
			continue
		}
		if isField {
			r.fields = append(r.fields, f)
		}
	}
	if k >= len(lines) || !boardFrame(lines[k]) || len(r.fields) == 0 {
		return r, k, false
	}
	named := false
	for _, f := range r.fields {
		named = named || ikuKind(f.name) == ikuName
	}
	if len(title) > 0 && !named {
		r.fields = append([]ikuField{{"Indikator", boardTitle(strings.Join(title, " "))}}, r.fields...)
	}
	r.to = k + 1
	return r, k + 1, true
}

// boardResumes: the card goes on after the blank lines from lines[k]: a
// card's line follows them within a few lines.
func boardResumes(lines []string, k int) bool {
	for j := k; j < len(lines) && j-k < 6; j++ {
		if strings.TrimSpace(lines[j]) != "" {
			_, ok := boardContent(lines[j])
			return ok
		}
	}
	return false
}

// boardTitle drops a card's leading "[IKU-2]" or "#4": a board's own
// numbering, no part of the indicator.
func boardTitle(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "[") {
		if k := strings.IndexByte(s, ']'); k > 0 && k < 20 {
			s = strings.TrimSpace(s[k+1:])
		}
	} else if strings.HasPrefix(s, "#") {
		if f := strings.Fields(s); len(f) > 1 && allDigits(f[0][1:]) {
			s = strings.TrimSpace(s[len(f[0]):])
		}
	}
	return s
}

// boardRun reads the lists and cards from lines[i]: blank lines, list
// heads and cards only. The table, the line after the run, and whether it
// is one.
func boardRun(doc *facts.Document, lines []string, i int) (vertTable, int, bool) {
	t := vertTable{from: i}
	var idx []int
	head, stated, held, lists := -1, 0, 0, 0
	bad := ""
	closeList := func() {
		if head >= 0 && held != stated && bad == "" {
			bad = fmt.Sprintf("daftar baris %d menyebut %d kartu, tercetak %d", head+1, stated, held)
		}
	}
	k := i
	for k < len(lines) {
		l := lines[k]
		if strings.TrimSpace(l) == "" {
			k++
			continue
		}
		if n, ok := boardList(l); ok {
			closeList()
			head, stated, held = k, n, 0
			lists++
			t.to = k + 1
			k++
			continue
		}
		if !boardFrame(l) {
			break
		}
		r, end, ok := boardCard(lines, k)
		if !ok {
			break
		}
		held++
		header, x, why, ok := ikuColumns(r)
		switch {
		case !ok && bad == "":
			bad = fmt.Sprintf("kartu baris %d-%d tanpa indikator, target dan realisasi", r.from+1, r.to)
			if why != "" {
				bad = fmt.Sprintf("kartu baris %d-%d: %s", r.from+1, r.to, why)
			}
		case ok && t.header == nil:
			t.header, idx = header, x
		case ok && (strings.Join(header, "\x00") != strings.Join(t.header, "\x00") || fmt.Sprint(x) != fmt.Sprint(idx)) && bad == "":
			bad = fmt.Sprintf("kartu baris %d-%d memuat isian lain", r.from+1, r.to)
		}
		if ok {
			row := make([]string, len(x))
			for c, f := range x {
				row[c] = r.fields[f].val
			}
			t.rows = append(t.rows, row)
			t.at = append(t.at, r.from)
		}
		t.to = end
		k = end
	}
	closeList()
	if len(t.rows)+boolInt(bad != "") < 2 || lists == 0 && len(t.rows) < 2 {
		return t, max(k, i+1), false
	}
	if bad != "" {
		doc.Add(facts.Finding{Span: facts.Span{Start: i + 1, End: t.to}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
			Pesan: fmt.Sprintf("papan kartu baris %d-%d: %s; tidak dibaca", i+1, t.to, bad)})
		return t, t.to, false
	}
	return t, t.to, true
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
