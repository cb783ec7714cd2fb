package parse

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A spreadsheet's Data Form (Excel's Data > Form, LibreOffice's Data >
// Form…) shows one record a screen, typed again into a report as it
// looks: the sheet's name and the record's place ("1 dari 7", "1 of 7")
// on the screen's first (or last) line, a line per field, its name before
// a colon and the value, and the dialog's buttons down the right:
//
//	Lembar: PK_2023                                      1 dari 7
//	No                : 1                                [ Baru      ]
//	Indikator Kinerja : Persentase KPU Kabupaten dalam   [ Hapus     ]
//	                    Data Pemilih Tepat Waktu         [ Pulihkan  ]
//	Target            : 100,00                           [ Kriteria  ]
//	…
//
// Read as it stands each screen is a paragraph of labels with the
// buttons' words in its values. formScreens turns a run of screens,
// numbered 1 … N of one N with all N present (blank lines between), that
// name the same fields in the same order, into one TAB table through the
// vertical-record writer (vertWrite: line numbers never change, the
// notation as typed), the fields' names its header, so the capaian table
// reader proves each row as any other (capaian against realisasi/target).
// The buttons are told by their place, never by their words: a right-hand
// column of bracketed cells, each ending its line, all opening at one
// column; that column is cut. A line indented past its field's colon
// continues the field's value (a long indicator wrapped inside the
// field). Only screens whose fields name an indicator, a target and a
// realisasi are read (ikuKind): a screen of another sheet stays as
// written. A run whose count disagrees with its screens, or whose screens
// name other fields, is reported and left as written.

// formScreensIn: the gate. Some line ends in a bracketed cell set off by
// two spaces ("…  [ Baru ]"); ']' is rare in a report, so the search
// stops at few places.
func formScreensIn(data []byte) bool {
	for i := 0; i < len(data); {
		k := bytes.IndexByte(data[i:], ']')
		if k < 0 {
			return false
		}
		k += i
		from, to := lineSpan(data, k)
		if _, _, ok := screenButton(string(data[from:to])); ok {
			return true
		}
		i = to + 1
	}
	return false
}

// screenField is one field of a screen: its name and value.
type screenField struct{ name, val string }

// formScreens rewrites the Data Form screen runs of a text; data itself
// when it holds none. Findings go to doc.
func formScreens(doc *facts.Document, data []byte) []byte {
	if !formScreensIn(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	for i := 0; i < len(lines); i++ {
		if i > 0 && strings.TrimSpace(lines[i-1]) != "" || strings.TrimSpace(lines[i]) == "" {
			continue // a screen opens a paragraph
		}
		n, _, end, _, ok := screenAt(lines, i)
		if !ok || n != 1 {
			continue
		}
		t, stop, ok := screenRun(doc, lines, i)
		if ok {
			tables = append(tables, t)
		}
		i = max(i, end-1, stop-1)
	}
	return vertWrite(doc, data, lines, tables)
}

// screenCount reads a line ending in the record's place, "3 dari 7" or
// "3 of 7", set off from any text before it by two spaces: n and N.
func screenCount(l string) (int, int, bool) {
	t := strings.TrimRight(l, " \t\r")
	f := strings.Fields(t)
	if len(f) < 3 {
		return 0, 0, false
	}
	a, w, b := f[len(f)-3], strings.ToLower(f[len(f)-2]), f[len(f)-1]
	if w != "dari" && w != "of" || !allDigits(a) || !allDigits(b) || len(a) > 4 || len(b) > 4 {
		return 0, 0, false
	}
	n, total := atoi(a), atoi(b)
	if n < 1 || n > total {
		return 0, 0, false
	}
	if len(f) > 3 {
		// set off by two spaces from the sheet's name ("Lembar: PK  1 dari
		// 7"), or after a word or two of no field ("Rekaman 1 dari 7")
		k := strings.LastIndex(t, a+" "+f[len(f)-2])
		if (k < 2 || t[k-2:k] != "  ") && (len(f) > 5 || strings.ContainsAny(t[:k], ":=")) {
			return 0, 0, false
		}
	}
	return n, total, true
}

// screenButton finds a bracketed cell ending line l ("[ Hapus ]"), after
// two spaces or alone on its line: the rune column of its '[' and the
// line's text before it.
func screenButton(l string) (int, string, bool) {
	t := strings.TrimRight(l, " \t\r")
	if !strings.HasSuffix(t, "]") {
		return 0, "", false
	}
	k := strings.LastIndexByte(t, '[')
	if k < 0 || strings.ContainsAny(t[k+1:len(t)-1], "[]") || strings.TrimSpace(t[k+1:len(t)-1]) == "" {
		return 0, "", false
	}
	before := t[:k]
	if strings.TrimSpace(before) != "" && !strings.HasSuffix(before, "  ") {
		return 0, "", false
	}
	return utf8.RuneCountInString(before), strings.TrimRight(before, " "), true
}

// screenAt reads the screen (a paragraph) from lines[i]: its place n of
// total, the line after it, its fields; ok false when the paragraph is no
// screen (no place on its first or last line, a line that is no field,
// buttons not in one column).
func screenAt(lines []string, i int) (n, total, end int, fields []screenField, ok bool) {
	end = i
	for end < len(lines) && strings.TrimSpace(lines[end]) != "" {
		end++
	}
	if end-i < 3 {
		return 0, 0, end, nil, false
	}
	body := append([]string(nil), lines[i:end]...)
	for c := range body {
		body[c] = strings.TrimRight(body[c], "\r")
	}
	// the right-hand column of buttons: every bracketed cell ending a line
	// opens at one column, on two lines or more
	col, with := -1, 0
	for _, l := range body {
		if c, _, hit := screenButton(l); hit {
			if col >= 0 && c != col {
				return 0, 0, end, nil, false
			}
			col, with = c, with+1
		}
	}
	if with == 1 {
		return 0, 0, end, nil, false // one bracketed cell: no column of buttons, nor a value to trust
	}
	if with >= 2 {
		for c, l := range body {
			if _, before, hit := screenButton(l); hit {
				body[c] = before
			}
		}
	}
	for _, l := range body {
		if strings.HasSuffix(strings.TrimRight(l, " "), "]") {
			return 0, 0, end, nil, false // a bracketed cell not in the buttons' column: which is chrome is not stated
		}
	}
	switch {
	case func() bool { n, total, ok = screenCount(body[0]); return ok }():
		body = body[1:]
	case func() bool { n, total, ok = screenCount(body[len(body)-1]); return ok }():
		body = body[:len(body)-1]
	default:
		return 0, 0, end, nil, false
	}
	colon := -1
	for _, l := range body {
		if strings.TrimSpace(l) == "" {
			continue // a line of buttons only
		}
		ind := len(l) - len(strings.TrimLeft(l, " "))
		if colon >= 0 && ind > colon {
			last := &fields[len(fields)-1]
			last.val = strings.TrimSpace(last.val + " " + strings.TrimSpace(l))
			continue
		}
		k := strings.IndexByte(l, ':')
		name := ""
		if k > 0 {
			name = strings.TrimSpace(l[:k])
		}
		if name == "" || len(name) > 40 || !letterStart(name) || strings.IndexByte(l, '\t') >= 0 {
			return 0, 0, end, nil, false
		}
		colon = k
		fields = append(fields, screenField{name, strings.TrimSpace(l[k+1:])})
	}
	if len(fields) < 3 {
		return 0, 0, end, nil, false
	}
	return n, total, end, fields, true
}

// screenCapaian: the fields name an indicator, a target and a realisasi.
func screenCapaian(fields []screenField) bool {
	var has [ikuOther + 1]int
	for _, f := range fields {
		has[ikuKind(f.name)]++
	}
	return has[ikuName] == 1 && has[ikuTarget] == 1 && has[ikuReal] == 1 && has[ikuCapaian] <= 1 && has[ikuSatuan] <= 1
}

// screenRun reads the screens from the one numbered 1 at lines[i], blank
// lines between; the table, the line after the run, and whether it is one.
func screenRun(doc *facts.Document, lines []string, i int) (vertTable, int, bool) {
	t := vertTable{from: i}
	total, k := 0, i
	var names string
	for {
		n, all, end, fields, ok := screenAt(lines, k)
		if !ok || n != len(t.rows)+1 || total > 0 && all != total {
			break
		}
		if total == 0 {
			if !screenCapaian(fields) {
				return t, end, false // a form of another sheet: no capaian
			}
			total = all
			for _, f := range fields {
				t.header = append(t.header, f.name)
			}
			names = strings.Join(t.header, "\x00")
		}
		row := make([]string, len(fields))
		got := make([]string, len(fields))
		for c, f := range fields {
			row[c], got[c] = f.val, f.name
		}
		if strings.Join(got, "\x00") != names {
			doc.Add(facts.Finding{Span: facts.Span{Start: k + 1, End: end}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
				Nilai: strings.TrimSpace(lines[k]),
				Pesan: fmt.Sprintf("formulir baris %d-%d: rekaman %d memuat isian lain dari rekaman 1; tidak dibaca", i+1, end, n)})
			return t, end, false
		}
		t.rows = append(t.rows, row)
		t.at = append(t.at, k)
		t.to = end
		k = end
		for k < len(lines) && k-end < 3 && strings.TrimSpace(lines[k]) == "" {
			k++
		}
		if len(t.rows) == total {
			break
		}
	}
	if total == 0 {
		return t, max(t.to, i+1), false
	}
	if len(t.rows) != total {
		doc.Add(facts.Finding{Span: facts.Span{Start: i + 1, End: max(t.to, i+1)}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
			Nilai: strings.TrimSpace(lines[i]),
			Pesan: fmt.Sprintf("formulir baris %d-%d: %d rekaman tercetak dari %d; tidak dibaca", i+1, max(t.to, i+1), len(t.rows), total)})
		return t, max(t.to, i+1), false
	}
	return t, t.to, true
}
