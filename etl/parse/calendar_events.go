package parse

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A calendar exported as iCalendar text (RFC 5545). An office that notes
// each area's plenary in a shared calendar writes one event per area:
//
//	BEGIN:VEVENT
//	DTSTART;TZID=Asia/Makassar:20230912T090000
//	DESCRIPTION:Hasil pleno PPK: 31 TPS\, laki-laki 4.120\, perempuan
//	  4.233\, jumlah 8.353.
//	SUMMARY:Rapat Pleno PPK Wewewa Barat
//	END:VEVENT
//
// the area named in SUMMARY or LOCATION after the word that says what
// the place is (PPK, Kecamatan, Camat), the figures in DESCRIPTION, one
// cell between two escaped commas. The format folds a long line, its
// continuation opening with a space, and escapes commas; calendarEvents
// unfolds and unescapes, then writes each event as the labelled row
// "• area: cell, cell, …" (kv_inline.go) on its DESCRIPTION's line, the
// rest of the calendar blank (line numbers never change), so the rows go
// the labelled rows' way and their own sums prove them. An event for the
// whole kabupaten or kota (no area named, the level in SUMMARY or
// DESCRIPTION) is the total row. Dates, times, UIDs and the calendar's
// own name are no cells.

// calLineMax is the octet count RFC 5545 folds at: a line folded before
// it was folded at a word's end, the fold standing for the space.
const calLineMax = 75

// calendarEvents rewrites the events of iCalendar exports; data itself
// when it holds none. Findings go to doc.
func calendarEvents(doc *facts.Document, data []byte) []byte {
	if bytes.Index(data, []byte("BEGIN:VEVENT")) < 0 {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) != "BEGIN:VEVENT" {
			continue
		}
		from, to, items := calendarRun(doc, lines, i)
		if len(items) < 2 {
			i = max(i, to-1)
			continue
		}
		for j := from; j < to; j++ {
			lines[j] = ""
		}
		for at, it := range items {
			lines[at] = it
		}
		changed = true
		i = to - 1
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// calendarRun reads the events from line i (a BEGIN:VEVENT) to the last
// of the calendar; from..to are the lines to blank (the calendar's head
// above the first event, its END under the last), items the rows by the
// line they go on; no items when the events cannot all be read.
func calendarRun(doc *facts.Document, lines []string, i int) (from, to int, items map[int]string) {
	from = i
	for from > 0 && from > i-12 && strings.TrimSpace(lines[from-1]) != "" {
		from--
		if strings.TrimSpace(lines[from]) == "BEGIN:VCALENDAR" {
			break
		}
	}
	if strings.TrimSpace(lines[from]) != "BEGIN:VCALENDAR" {
		from = i // no head of its own: only the events are the calendar's
	}
	items = map[int]string{}
	names := map[string]bool{}
	bad := ""
	k := i
	for k < len(lines) && strings.TrimSpace(lines[k]) == "BEGIN:VEVENT" {
		props, end, ok := calendarEvent(lines, k)
		if !ok {
			bad = fmt.Sprintf("acara baris %d tidak ditutup END:VEVENT", k+1)
			break
		}
		if d, has := props["DESCRIPTION"]; has && strings.ContainsAny(d.val, "0123456789") {
			name := calendarArea(props)
			switch {
			case name == "":
				doc.Add(facts.Finding{Span: facts.Span{Start: d.line + 1, End: end}, Aturan: "tabel.baris_tidak_dikenali",
					Tingkat: facts.Info, Nilai: props["SUMMARY"].val,
					Pesan: fmt.Sprintf("acara kalender baris %d-%d tidak menyebut wilayahnya: angkanya tidak dibaca", k+1, end)})
			case names[strings.ToUpper(name)]:
				bad = fmt.Sprintf("wilayah %q disebut dua acara", name)
			default:
				names[strings.ToUpper(name)] = true
				items[d.line] = "• " + name + ": " + calendarCells(d.val)
			}
		}
		k = end
		if bad != "" {
			break
		}
		for k < len(lines) && strings.TrimSpace(lines[k]) == "" {
			k++
		}
	}
	to = k
	if k < len(lines) && strings.TrimSpace(lines[k]) == "END:VCALENDAR" {
		to = k + 1
	}
	if bad != "" && len(items) > 0 {
		doc.Add(facts.Finding{Span: facts.Span{Start: i + 1, End: to}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
			Pesan: fmt.Sprintf("kalender baris %d-%d tidak dibaca: %s", i+1, to, bad)})
		return from, to, nil
	}
	return from, to, items
}

// calProp is one property of an event, unfolded: its value and the line
// it starts on.
type calProp struct {
	val  string
	line int
}

// calendarEvent reads the event opening on line i; end is the line after
// its END:VEVENT.
func calendarEvent(lines []string, i int) (props map[string]calProp, end int, ok bool) {
	props = map[string]calProp{}
	name, prev := "", ""
	for k := i + 1; k < len(lines) && k < i+80; k++ {
		l := strings.TrimRight(lines[k], "\r")
		switch {
		case strings.TrimSpace(l) == "END:VEVENT":
			return props, k + 1, true
		case strings.TrimSpace(l) == "BEGIN:VEVENT":
			return nil, 0, false
		case l != "" && (l[0] == ' ' || l[0] == '\t'):
			// a folded line's continuation: the fold itself is no text,
			// unless the line above ended short of the fold width
			if name == "" {
				continue
			}
			p := props[name]
			if len(prev) < calLineMax {
				p.val += " "
			}
			p.val += l[1:]
			props[name] = p
		default:
			name = ""
			c := strings.IndexByte(l, ':')
			if c <= 0 {
				continue
			}
			key := l[:c]
			if s := strings.IndexByte(key, ';'); s > 0 {
				key = key[:s] // DTSTART;TZID=…: the parameters are no part of the name
			}
			name = strings.ToUpper(key)
			props[name] = calProp{val: l[c+1:], line: k}
		}
		prev = l
	}
	return nil, 0, false
}

// calendarArea names the area of an event: the words after the last
// place word of SUMMARY or LOCATION, which must agree when both name one;
// "Total Kabupaten …" for an event of the whole kabupaten or kota.
func calendarArea(props map[string]calProp) string {
	s := calendarAfterPlace(calUnescape(props["SUMMARY"].val))
	l := calendarAfterPlace(calUnescape(props["LOCATION"].val))
	switch {
	case s != "" && l != "" && !strings.EqualFold(s, l):
		return "" // two areas: which one the figures are is not stated
	case s != "":
		return s
	case l != "":
		return l
	}
	for _, f := range []string{"SUMMARY", "DESCRIPTION"} {
		v := calUnescape(props[f].val)
		low := strings.ToLower(v)
		for _, lvl := range []string{"kabupaten", "kota"} {
			if k := calWordAt(low, lvl); k >= 0 {
				if f == "SUMMARY" && !strings.ContainsAny(v[k:], "0123456789:,") {
					return "Total " + strings.TrimSpace(v[k:])
				}
				return "Total " + strings.ToUpper(lvl[:1]) + lvl[1:]
			}
		}
	}
	return ""
}

// calPlaceWords say that what follows them is an area's name.
var calPlaceWords = []string{"ppk", "kecamatan", "kec.", "camat", "distrik"}

// calendarAfterPlace: the words after the last place word of v; "" when
// none, or when they hold a figure.
func calendarAfterPlace(v string) string {
	low := strings.ToLower(v)
	at := -1
	for _, w := range calPlaceWords {
		for from := 0; ; {
			k := calWordAt(low[from:], w)
			if k < 0 {
				break
			}
			if from+k+len(w) > at {
				at = from + k + len(w)
			}
			from += k + len(w)
		}
	}
	if at < 0 {
		return ""
	}
	name := strings.Trim(v[at:], " .,;:-–—()")
	if name == "" || strings.ContainsAny(name, "0123456789:") || len(name) > 60 {
		return ""
	}
	return strings.Join(strings.Fields(name), " ")
}

// calWordAt: where w stands in s as a whole word; -1 when it does not.
func calWordAt(s, w string) int {
	for from := 0; ; {
		k := strings.Index(s[from:], w)
		if k < 0 {
			return -1
		}
		k += from
		before := k == 0 || !isWordByte(s[k-1])
		after := k+len(w) >= len(s) || !isWordByte(s[k+len(w)]) || w[len(w)-1] == '.'
		if before && after {
			return k
		}
		from = k + 1
	}
}

// calendarCells: the cells of a DESCRIPTION, one between two escaped
// commas or semicolons (a text's own separators; an unescaped comma is a
// figure's decimal comma), after the label ending in a colon.
func calendarCells(v string) string {
	v = strings.NewReplacer(`\n`, `\,`, `\N`, `\,`, `\;`, `\,`).Replace(v)
	parts := strings.Split(v, `\,`)
	if c := strings.LastIndex(parts[0], ": "); c >= 0 {
		parts[0] = parts[0][c+2:]
	}
	var cells []string
	for _, p := range parts {
		if p = strings.TrimSuffix(strings.TrimSpace(calUnescape(p)), "."); p != "" {
			cells = append(cells, p)
		}
	}
	return strings.Join(cells, ", ")
}

// calUnescape undoes RFC 5545's TEXT escapes.
func calUnescape(v string) string {
	if strings.IndexByte(v, '\\') < 0 {
		return strings.TrimSpace(v)
	}
	return strings.TrimSpace(strings.NewReplacer(`\,`, ",", `\;`, ";", `\n`, " ", `\N`, " ", `\\`, `\`).Replace(v))
}
