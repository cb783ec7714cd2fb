package parse

import (
	"bytes"
	"strings"
)

// A spreadsheet range pasted as TSV: a cell holding a line break is written
// in double quotes with its line break kept, so one row of the table runs
// over two or three lines of text:
//
//	No	Indikator Kinerja	Target	"Capaian
//	(%)"
//	1	"Persentase partisipasi
//	pemilih"	77,50	101,30
//
// Read line by line, the first line is a row cut short and the rest is
// text. tsvQuotedCells joins such a record into one TAB line, its cell's
// line breaks made spaces and its doubled quotes ("") single. A record is
// joined only when it is proven whole: every quote opens at a cell's start
// and closes before a TAB or the line's end, within a few lines and no
// blank one, and the joined record has as many cells as the run's own
// one-line rows (else, with none of them, as its other joined records).
// Anything else stays as written. The run's lines are written back in
// order from its first line, the lines freed at its end left blank: line
// numbers after the run never change.

// tsvQuoteSpan is the most lines one quoted cell may take: a long name
// wraps over a few lines, never over a paragraph.
const tsvQuoteSpan = 6

// tsvRecord is one record of a run: the lines it took and its cells.
type tsvRecord struct {
	from, to int // lines[from:to]
	cells    []string
}

// tsvQuotedCells rewrites the TSV records whose quoted cells hold line
// breaks; data itself when it holds none. Only the lines around a quote
// left open are split: the run of TAB lines it stands in and the lines its
// records may take after it.
func tsvQuotedCells(data []byte) []byte {
	for from := 0; ; {
		k := tsvOpenQuote(data, from)
		if k < 0 {
			return data
		}
		lo := bytes.LastIndexByte(data[:k], '\n') + 1
		for lo > 0 {
			p := bytes.LastIndexByte(data[:lo-1], '\n') + 1
			if bytes.IndexByte(data[p:lo-1], '\t') < 0 {
				break
			}
			lo = p
		}
		hi, bare := k, 0
		for hi < len(data) && bare < tsvQuoteSpan {
			e := bytes.IndexByte(data[hi:], '\n')
			if e < 0 {
				e = len(data) - hi
			}
			ln := data[hi : hi+e]
			if len(bytes.TrimSpace(ln)) == 0 {
				break
			}
			if bytes.IndexByte(ln, '\t') < 0 {
				bare++
			} else {
				bare = 0
			}
			hi += e
			if hi < len(data) {
				hi++ // past the line's \n
			}
		}
		lines := strings.Split(string(data[lo:hi]), "\n")
		changed := false
		for i := 0; i < len(lines); {
			if !strings.Contains(lines[i], "\t") {
				i++
				continue
			}
			recs, end := tsvRun(lines, i)
			changed = tsvJoin(lines, recs) || changed
			i = max(end, i+1)
		}
		if !changed {
			from = max(hi, k+1)
			continue
		}
		joined := strings.Join(lines, "\n")
		out := make([]byte, 0, len(data))
		out = append(append(append(out, data[:lo]...), joined...), data[hi:]...)
		data, from = out, lo+len(joined)
	}
}

// tsvRun reads the records of the TSV run starting at lines[i]: consecutive
// records whose first line holds a TAB. It returns them and the line after
// the run.
func tsvRun(lines []string, i int) ([]tsvRecord, int) {
	var recs []tsvRecord
	for i < len(lines) && strings.Contains(lines[i], "\t") {
		cells, to, ok := tsvRecordAt(lines, i)
		if !ok {
			// a quote that does not close as a cell's: the line as written
			cells, to = strings.Split(lines[i], "\t"), i+1
		}
		recs = append(recs, tsvRecord{from: i, to: to, cells: cells})
		i = to
	}
	return recs, i
}

// tsvRecordAt reads one record from lines[i], its quoted cells possibly
// running over the next lines.
func tsvRecordAt(lines []string, i int) (cells []string, to int, ok bool) {
	k, s := i, lines[i]
	// a cell per TAB of the first line (more when a quoted cell runs on):
	// one array, not one per doubling
	cells = make([]string, 0, strings.Count(s, "\t")+1)
	var cell strings.Builder
	for {
		if !strings.HasPrefix(s, `"`) {
			j := strings.IndexByte(s, '\t')
			if j < 0 {
				return append(cells, s), k + 1, true
			}
			cells, s = append(cells, s[:j]), s[j+1:]
			continue
		}
		s = s[1:]
		if s == "" || s[0] == '\t' || s[0] == ' ' {
			// a ditto mark (") alone in its cell, not a quoted cell: a
			// quoted cell's text starts right after its quote
			return nil, 0, false
		}
		cell.Reset()
		for {
			q := strings.IndexByte(s, '"')
			if q < 0 {
				// the cell's line break: the cell goes on on the next line
				k++
				if k >= len(lines) || k-i >= tsvQuoteSpan || strings.TrimSpace(lines[k]) == "" {
					return nil, 0, false
				}
				cell.WriteString(s)
				cell.WriteByte('\n')
				s = lines[k]
				continue
			}
			if k > i && strings.TrimSpace(s[:q]) == "" {
				return nil, 0, false // a line opening with a mark: no cell's last words
			}
			cell.WriteString(s[:q])
			if strings.HasPrefix(s[q+1:], `"`) {
				cell.WriteByte('"')
				s = s[q+2:]
				continue
			}
			s = s[q+1:]
			break
		}
		cells = append(cells, strings.Join(strings.Fields(cell.String()), " "))
		switch {
		case s == "" || strings.TrimSpace(s) == "":
			return cells, k + 1, true
		case s[0] != '\t':
			return nil, 0, false // text after the closing quote: no quoted cell
		}
		s = s[1:]
	}
}

// tsvJoin writes the run's records back one line each when its records of
// several lines are proven whole; it returns whether it did.
func tsvJoin(lines []string, recs []tsvRecord) bool {
	counts := map[int]int{}
	multi := 0
	for _, r := range recs {
		if r.to-r.from > 1 {
			multi++
		} else {
			counts[len(r.cells)]++
		}
	}
	if multi == 0 {
		return false
	}
	width := 0
	for w, n := range counts {
		if n > counts[width] || n == counts[width] && w > width {
			width = w
		}
	}
	for _, r := range recs {
		if r.to-r.from <= 1 {
			continue
		}
		if width == 0 {
			width = len(r.cells) // no one-line row: the joined records agree among themselves
		}
		if len(r.cells) != width || width < 3 {
			return false
		}
	}
	at := recs[0].from
	for _, r := range recs {
		if r.to-r.from <= 1 {
			lines[at] = lines[r.from]
		} else {
			lines[at] = strings.Join(r.cells, "\t")
		}
		at++
	}
	for ; at < recs[len(recs)-1].to; at++ {
		lines[at] = ""
	}
	return true
}

// tsvOpenQuote is the offset of the first quote at or after from that
// opens a cell after a TAB and that its line does not close, -1 when there
// is none; found in place, no copy of a text that holds none (ditto marks
// and quoted one-line cells are common in TAB tables).
func tsvOpenQuote(data []byte, from int) int {
	for i := from; i < len(data); {
		k := bytes.Index(data[i:], []byte("\t\""))
		if k < 0 {
			return -1
		}
		k += i + 1
		end := bytes.IndexByte(data[k+1:], '\n')
		if end < 0 {
			end = len(data) - k - 1
		}
		rest := data[k+1 : k+1+end]
		if len(rest) > 0 && rest[0] != '\t' && rest[0] != ' ' && rest[0] != '\r' && bytes.IndexByte(rest, '"') < 0 {
			return k
		}
		i = k + 1
	}
	return -1
}
