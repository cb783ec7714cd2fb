package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// Records typed into a form by automation: a macro that fills an online
// recap form one cell a keystroke command, Tab to the next cell, Enter (or
// a submit) closing the record:
//
//	; Kecamatan AESESA                      AutoHotkey
//	Click, 412, 238
//	SendInput, AESESA{Tab}
//	SendInput, 21{Tab}
//	SendInput, 13551{Enter}
//	SendKeys "AESESA{TAB}"                  VBA
//	xdotool type "AESESA"; xdotool key Tab  xdotool (key Return closes)
//	page.fill("#kec", "AESESA"); page.press("#kec", "Tab")   Playwright
//	send "AESESA\t" … send "13551\r"       expect
//
// The values between two record ends are one record; the field order is
// declared apart, in a comment or a key line near the macro ("isian
// berurutan: nama kecamatan, TPS, pemilih laki-laki, perempuan, jumlah").
// A run of at least two records of one arity (three or more), a name
// first and numbers after, becomes a TAB table in the macro's place
// (vertWrite), and nothing is proven here: the DPT reader loads the rows
// only when L + P = total and the kabupaten row is the sum. A login or a
// search typed by a macro has fewer cells and no declared order, so it
// stays as written.

// keyFormTables rewrites the keystroke macros of a text as TAB tables;
// data itself when it holds none.
func keyFormTables(doc *facts.Document, data []byte) []byte {
	if !docHasAny(doc, data, "{Tab}", "{TAB}", "{tab}", "Tab\"", "Tab'", "key Tab", `send "`, `send -- "`) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	for i := 0; i < len(lines); i++ {
		if _, ok := keyFormSent(lines[i]); !ok {
			continue
		}
		from := i
		for from > 0 && strings.TrimSpace(lines[from-1]) != "" {
			from--
		}
		to := i
		for to < len(lines) && strings.TrimSpace(lines[to]) != "" {
			to++
		}
		if t, ok := keyFormRun(lines, from, to); ok {
			tables = append(tables, t)
		}
		i = to
	}
	return vertWrite(doc, data, lines, tables)
}

// keyFormRun collects the records typed in lines[from:to] and names their
// cells by the declared order.
func keyFormRun(lines []string, from, to int) (vertTable, bool) {
	var rows [][]string
	var rec []string
	cell, typed := "", false
	for k := from; k < to; k++ {
		toks, ok := keyFormSent(lines[k])
		if !ok {
			continue
		}
		for _, tk := range toks {
			switch tk {
			case "\t", "\n":
				rec = append(rec, strings.TrimSpace(cell))
				cell, typed = "", false
				if tk == "\n" {
					rows = append(rows, rec)
					rec = nil
				}
			default:
				cell, typed = cell+tk, true
			}
		}
	}
	if len(rec) > 0 || typed || len(rows) < 2 {
		return vertTable{}, false // a record left open: not a form's recap
	}
	n := len(rows[0])
	if n < 3 {
		return vertTable{}, false
	}
	for _, r := range rows {
		if len(r) != n || r[0] == "" || !isLetterByte(r[0][0]) {
			return vertTable{}, false
		}
		for _, v := range r[1:] {
			if !keyFormNumber(v) {
				return vertTable{}, false
			}
		}
	}
	keyFormTotal(rows)
	names := keyFormNames(lines, from, to, n)
	if names == nil {
		return vertTable{}, false
	}
	if !keyFormSexSums(names, rows) {
		return vertTable{}, false // a mistyped cell: nothing is written, nothing guessed
	}
	return vertTable{from: from, to: to, header: names, rows: rows}, true
}

// keyFormSexSums: in every record L + P = jumlah, when the declared order
// names the three (laki/pria/L, perempuan/wanita/P, jumlah/total).
func keyFormSexSums(names []string, rows [][]string) bool {
	l, p, j := -1, -1, -1
	for c, n := range names {
		w := strings.ToLower(n)
		switch {
		case strings.Contains(w, "laki") || strings.Contains(w, "pria") || w == "l":
			l = c
		case strings.Contains(w, "perempuan") || strings.Contains(w, "wanita") || w == "p":
			p = c
		case c > 0 && (strings.Contains(w, "jumlah") || strings.Contains(w, "total")) && !strings.Contains(w, "desa") && !strings.Contains(w, "tps"):
			j = c
		}
	}
	if l < 0 || p < 0 || j < 0 {
		return true
	}
	for _, r := range rows {
		if atoi64Dots(r[l])+atoi64Dots(r[p]) != atoi64Dots(r[j]) {
			return false
		}
	}
	return true
}

// keyFormNumber: digits with the Indonesian thousands dot.
func keyFormNumber(v string) bool {
	if v == "" {
		return false
	}
	for i := 0; i < len(v); i++ {
		if !(v[i] >= '0' && v[i] <= '9' || v[i] == '.' && i > 0) {
			return false
		}
	}
	return true
}

// keyFormNames finds the declared order of n cells: a comment inside the
// run or a line at most six lines around it, one of whose ';'-parted
// clauses lists exactly n names after its colon ("urutan: kecamatan, tps,
// L, P, jumlah"; "…, lalu jumlah pemilih sebelum {Enter}").
func keyFormNames(lines []string, from, to, n int) []string {
	try := func(l string) []string {
		l = strings.TrimLeft(strings.TrimSpace(l), ";#'/ (")
		l = strings.TrimRight(l, ") .")
		for _, part := range strings.Split(l, ";") {
			c := strings.LastIndexByte(part, ':')
			if c < 0 {
				continue
			}
			if names := keyFormList(part[c+1:], n); names != nil {
				return names
			}
		}
		return nil
	}
	for k := from; k < to; k++ {
		if names := try(lines[k]); names != nil {
			return names
		}
	}
	for d := 1; d <= 6; d++ {
		for _, k := range []int{from - d, to + d - 1} {
			if k >= 0 && k < len(lines) {
				if names := try(lines[k]); names != nil {
					return names
				}
			}
		}
	}
	return nil
}

// keyFormList reads s as exactly n comma-parted names of one to four
// words; a connective before the last ("lalu", "dan", "then", "and") and
// what follows the key ("sebelum {Enter}", "before Enter") are dropped.
func keyFormList(s string, n int) []string {
	parts := strings.Split(s, ",")
	if len(parts) != n {
		return nil
	}
	out := make([]string, n)
	for c, p := range parts {
		p = strings.TrimSpace(p)
		for _, w := range []string{"lalu ", "dan ", "then ", "and ", "kemudian "} {
			p = strings.TrimPrefix(p, w)
		}
		for _, w := range []string{" sebelum", " before", " lalu", "{", "("} {
			if k := strings.Index(p, w); k > 0 {
				p = p[:k]
			}
		}
		p = strings.Trim(strings.TrimSpace(p), `"'`)
		if p == "" || len(strings.Fields(p)) > 4 || !isLetterByte(p[0]) {
			return nil
		}
		for j := 0; j < len(p); j++ {
			if b := p[j]; !(isLetterByte(b) || b >= '0' && b <= '9' || strings.IndexByte(" _-/.", b) >= 0) {
				return nil
			}
		}
		out[c] = p
	}
	return out
}

// keyFormSent reads a line as one keystroke command and returns what it
// types: text pieces, "\t" for a Tab, "\n" for Enter or a submit. False for
// any other line (a click, a sleep, a comment, a hotkey).
func keyFormSent(l string) ([]string, bool) {
	t := strings.TrimSpace(l)
	t = strings.TrimSuffix(strings.TrimPrefix(t, "await "), ";")
	low := strings.ToLower(t)
	switch {
	case strings.HasPrefix(low, "send") && !strings.HasPrefix(low, "sendkeys") && !strings.HasPrefix(low, "send_keys"):
		rest := t[4:]
		for _, v := range []string{"input", "lnput", "raw", "play", "event"} { // "lnput": an OCR fix read the I as l
			if strings.HasPrefix(strings.ToLower(rest), v) {
				rest = rest[len(v):]
				break
			}
		}
		if rest == "" || rest[0] != ',' && rest[0] != ' ' && rest[0] != '\t' {
			return nil, false
		}
		rest = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), ","))
		rest = strings.TrimSpace(strings.TrimPrefix(rest, "--"))
		if q, ok := keyFormQuoted(rest); ok {
			return keyFormEscapes(q), true // expect: send "AESESA\t"
		}
		return keyFormBraces(rest), true // AutoHotkey: SendInput, AESESA{Tab}
	case strings.Contains(low, "sendkeys"):
		q, ok := keyFormQuoted(t[strings.Index(low, "sendkeys")+8:])
		if !ok {
			return nil, false
		}
		return keyFormBraces(strings.ReplaceAll(q, "~", "{Enter}")), true
	case strings.HasPrefix(low, "xdotool "):
		f := strings.Fields(t)
		if len(f) < 3 {
			return nil, false
		}
		last := strings.Join(f[2:], " ")
		switch f[1] {
		case "type":
			for len(f) > 3 && strings.HasPrefix(f[2], "-") {
				f = append(f[:2], f[4:]...) // --delay 50
			}
			last = strings.Join(f[2:], " ")
			if q, ok := keyFormQuoted(last); ok {
				last = q
			}
			return []string{last}, true
		case "key":
			return keyFormKey(f[len(f)-1])
		}
		return nil, false
	case strings.Contains(low, ".fill(") || strings.Contains(low, ".type(") || strings.Contains(low, "send_keys("):
		if k := strings.Index(t, "Keys."); k >= 0 {
			return keyFormKey(strings.Trim(t[k+5:], ")"))
		}
		q, ok := keyFormLastQuoted(t)
		if !ok {
			return nil, false
		}
		return []string{q}, true
	case strings.Contains(low, ".press("):
		q, ok := keyFormLastQuoted(t)
		if !ok {
			return nil, false
		}
		return keyFormKey(q)
	}
	return nil, false
}

// keyFormKey maps a key's name to a field or record end.
func keyFormKey(k string) ([]string, bool) {
	switch strings.ToLower(strings.TrimSpace(k)) {
	case "tab":
		return []string{"\t"}, true
	case "enter", "return", "kp_enter", "numpadenter":
		return []string{"\n"}, true
	}
	return nil, false
}

// keyFormBraces splits AutoHotkey / SendKeys text at its {Key} names.
func keyFormBraces(s string) []string {
	var out []string
	for s != "" {
		o := strings.IndexByte(s, '{')
		c := strings.IndexByte(s, '}')
		if o < 0 || c < o {
			return append(out, s)
		}
		if o > 0 {
			out = append(out, s[:o])
		}
		if k, ok := keyFormKey(strings.Fields(s[o+1:c] + " x")[0]); ok {
			out = append(out, k...)
		} else {
			out = append(out, s[o:c+1])
		}
		s = s[c+1:]
	}
	return out
}

// keyFormEscapes splits an expect string at its \t, \r and \n.
func keyFormEscapes(s string) []string {
	var out []string
	cell := ""
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("trn", s[i+1]) >= 0 {
			if cell != "" {
				out = append(out, cell)
			}
			cell = ""
			if s[i+1] == 't' {
				out = append(out, "\t")
			} else {
				out = append(out, "\n")
			}
			i++
			continue
		}
		cell += string(s[i])
	}
	if cell != "" {
		out = append(out, cell)
	}
	return out
}

// keyFormQuoted: the inside of the first quoted string of s.
func keyFormQuoted(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" || s[0] != '"' && s[0] != '\'' {
		return "", false
	}
	c := strings.IndexByte(s[1:], s[0])
	if c < 0 {
		return "", false
	}
	return s[1 : c+1], true
}

// keyFormLastQuoted: the inside of the last quoted string of s (a call's
// value after its selector).
func keyFormLastQuoted(s string) (string, bool) {
	c := strings.LastIndexAny(s, `"'`)
	if c <= 0 {
		return "", false
	}
	o := strings.LastIndexByte(s[:c], s[c])
	if o < 0 {
		return "", false
	}
	return s[o+1 : c], true
}

// keyFormTotal names the last record "Jumlah" when each of its numbers is
// the sum of the other records' in its column: the form's total row (the
// kabupaten's, typed under the kabupaten's name), proven by the sums.
func keyFormTotal(rows [][]string) {
	last := rows[len(rows)-1]
	if len(rows) < 3 {
		return
	}
	for c := 1; c < len(last); c++ {
		var sum int64
		for _, r := range rows[:len(rows)-1] {
			sum += atoi64Dots(r[c])
		}
		if sum != atoi64Dots(last[c]) {
			return
		}
	}
	last[0] = "Jumlah"
}
