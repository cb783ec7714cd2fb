package parse

import (
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The capaian as a gettext translation catalogue (.po/.pot) of a bilingual
// dashboard, typed again: each message a row, or each message a cell keyed
// by its context.
//
//	#: capaian.php:41
//	msgid "IKU 1. Persentase ... - satuan % - target 70,00 - realisasi 73,64 - capaian 105,20%"
//	msgstr "KPI 1. Percentage ... - unit % - target 70.00 - actual 73.64 - achievement 105.20%"
//
//	msgctxt "iku2.target"
//	msgid "80,00"
//	msgstr "80.00"
//
// What poCatalogue trusts:
//   - the syntax of the catalogue: `msgctxt`, `msgid`, `msgid_plural`,
//     `msgstr`, `msgstr[n]` each with a quoted string (C escapes), a string
//     continued over `"…"` lines (joined), `#` comments (`#:` references
//     are program lines, not data; `#~` obsolete entries are skipped), the
//     header entry (`msgid ""`) skipped; a run of entries ends at a line
//     that is none of these;
//   - a row message: its source string (msgid; the translation only when
//     the source reads no row) cut at ` - `, `|`, `; ` into segments, a
//     segment's first word giving its role (pxRole: satuan/unit, target,
//     realisasi/actual, capaian/achievement), the segments before the first
//     role the indicator's name (its code `IKU 1.` cut);
//   - a cell message: a context `row.column` (`iku1.target`,
//     `ind_2|realisasi`) whose column names a role; the cells of one row key
//     make one record, the value the source string;
//   - every record names an indicator (startsIndicator), so a shop's or an
//     election app's catalogue (prices, menus) gives nothing;
//   - arithmetic: tkEmit proves realisasi/target against the capaian (a
//     grade or an opinion by rank) and writes the proven rows as one TAB
//     table over the run; a record failing is reported and not loaded.

// poEntry is one catalogue message: context, source, first translation,
// and the line it starts on.
type poEntry struct {
	ctxt, id, str string
	line          int
}

// poGate: the text may hold a catalogue with a target in it.
func poGate(doc *facts.Document, data []byte) bool {
	return docMay(doc, data, "msgid") && docHas(doc, data, "msgstr") && docHasAny(doc, data, "target", "Target", "TARGET")
}

// poLine splits a catalogue line into its keyword ("" for a continued
// string) and its unquoted string; ok false for any other line.
func poLine(l string) (string, string, bool) {
	t := strings.TrimSpace(l)
	kw := ""
	if !strings.HasPrefix(t, `"`) {
		k := strings.IndexAny(t, " \t")
		if k < 0 {
			return "", "", false
		}
		kw = t[:k]
		switch {
		case kw == "msgctxt", kw == "msgid", kw == "msgid_plural", kw == "msgstr":
		case strings.HasPrefix(kw, "msgstr[") && strings.HasSuffix(kw, "]"):
			kw = "msgstr" + kw[6:]
		default:
			return "", "", false
		}
		t = strings.TrimSpace(t[k:])
	}
	if len(t) < 2 || t[0] != '"' || t[len(t)-1] != '"' {
		return "", "", false
	}
	s, err := strconv.Unquote(t)
	if err != nil {
		// an escape Go does not know: keep the text between the quotes
		s = strings.ReplaceAll(t[1:len(t)-1], `\"`, `"`)
	}
	return kw, s, true
}

// poRun reads the run of catalogue lines from i: its entries and the line
// after it. A run holds at least one msgid.
func poRun(lines []string, i int) ([]poEntry, int) {
	var out []poEntry
	var cur *poEntry
	last := ""
	end := i
	flush := func() {
		if cur != nil && (cur.id != "" || cur.ctxt != "") {
			out = append(out, *cur)
		}
		cur, last = nil, ""
	}
	for ; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			flush()
			continue
		}
		if strings.HasPrefix(t, "#") {
			if strings.HasPrefix(t, "#~") || cur != nil && last != "" && strings.HasPrefix(last, "msgstr") {
				flush()
			}
			end = i + 1
			continue
		}
		kw, s, ok := poLine(t)
		if !ok {
			break
		}
		end = i + 1
		switch {
		case kw == "":
			if cur == nil {
				continue // a stray continued string
			}
		case kw == "msgctxt" || kw == "msgid" && (cur == nil || last != "msgctxt"):
			flush()
			cur = &poEntry{line: i}
		}
		if cur == nil {
			cur = &poEntry{line: i}
		}
		if kw != "" {
			last = kw
		}
		switch last {
		case "msgctxt":
			cur.ctxt += s
		case "msgid":
			cur.id += s
		case "msgstr", "msgstr[0]":
			cur.str += s
		}
	}
	flush()
	return out, end
}

// poRole: a segment's role by its first word, and the value after it.
func poRole(seg string) (byte, string) {
	seg = strings.TrimSpace(seg)
	k := 0
	for k < len(seg) && isLetterByte(seg[k]) {
		k++
	}
	if k == 0 {
		return 0, ""
	}
	role := pxRole(seg[:k])
	if role != 'u' && role != 't' && role != 'r' && role != 'c' {
		return 0, ""
	}
	v := strings.TrimLeft(seg[k:], " \t:=")
	if strings.HasPrefix(v, "(%)") && role != 'u' {
		v = strings.TrimLeft(v[3:], " \t:=")
	}
	return role, v
}

// poSegments cuts a row message at its separators.
func poSegments(s string) []string {
	s = strings.NewReplacer("|", "\x00", "; ", "\x00", " – ", "\x00", " — ", "\x00", " - ", "\x00").Replace(s)
	return strings.Split(s, "\x00")
}

// poFill sets one role of rec; why when it is set twice.
func poFill(rec *frRecord, role byte, v string, pct *bool) string {
	if role == 'u' || role == 'n' {
		if role == 'u' {
			rec.unit = strings.TrimSpace(v)
		} else {
			rec.name = gkName(v)
		}
		return ""
	}
	v, p := spkValue(v)
	*pct = *pct || p && role != 'c'
	p0, has := &rec.t, &rec.hasT
	if role == 'r' {
		p0, has = &rec.r, &rec.hasR
	} else if role == 'c' {
		p0, has = &rec.c, &rec.hasC
	}
	if *has {
		return "nilai dua kali"
	}
	*p0, *has = v, true
	return ""
}

// poRowMessage reads a row message; nil when the string holds no row.
func poRowMessage(s string, n, line int) *tkRead {
	rec := &frRecord{n: n, line: line + 1}
	var name []string
	why, pct, roles := "", false, 0
	for _, seg := range poSegments(s) {
		role, v := poRole(seg)
		if role == 0 {
			if roles == 0 {
				name = append(name, strings.TrimSpace(seg))
				continue
			}
			return nil // prose after the values: not a row
		}
		roles++
		if w := poFill(rec, role, v, &pct); w != "" {
			why = w
		}
	}
	rec.name = gkName(strings.Join(name, " - "))
	if rec.name == "" || !rec.hasT && !rec.hasR || !startsIndicator(rec.name) {
		return nil
	}
	if rec.unit == "" && pct {
		rec.unit = "%"
	}
	if why == "" && (!rec.hasT || !rec.hasR || !rec.hasC) {
		why = "pesan tanpa target, realisasi atau capaian"
	}
	return &tkRead{rec, why, line + 1}
}

// poCellKey splits a context `row.column` into the row key and the
// column's role; role 0 when the context is not a cell.
func poCellKey(ctxt string) (string, byte) {
	k := strings.LastIndexAny(ctxt, ".|:/")
	if k <= 0 || k == len(ctxt)-1 {
		return "", 0
	}
	role := pxRole(ctxt[k+1:])
	if role == '#' {
		role = 0
	}
	return ctxt[:k], role
}

// poRecords reads the records of a run of entries.
func poRecords(es []poEntry) []tkRead {
	var out []tkRead
	n := 0
	// cell messages, grouped by row key in order of first sight
	type cellRow struct {
		rec   *frRecord
		why   string
		pct   bool
		line  int
		named bool
	}
	var keys []string
	rows := map[string]*cellRow{}
	for _, e := range es {
		if key, role := poCellKey(e.ctxt); role != 0 {
			r := rows[key]
			if r == nil {
				r = &cellRow{rec: &frRecord{line: e.line + 1}, line: e.line + 1}
				rows[key] = r
				keys = append(keys, key)
			}
			v := e.id
			if role == 'n' {
				r.named = true
			}
			if w := poFill(r.rec, role, v, &r.pct); w != "" {
				r.why = w
			}
			continue
		}
		if e.id == "" {
			continue // the header entry
		}
		rd := poRowMessage(e.id, n+1, e.line)
		if rd == nil && e.str != "" {
			rd = poRowMessage(e.str, n+1, e.line)
		}
		if rd != nil {
			n++
			out = append(out, *rd)
		}
	}
	for _, key := range keys {
		r := rows[key]
		if !r.named || !startsIndicator(r.rec.name) || !r.rec.hasT && !r.rec.hasR {
			continue
		}
		n++
		r.rec.n = n
		if r.rec.unit == "" && r.pct {
			r.rec.unit = "%"
		}
		why := r.why
		if why == "" && (!r.rec.hasT || !r.rec.hasR || !r.rec.hasC) {
			why = "pesan tanpa target, realisasi atau capaian"
		}
		out = append(out, tkRead{r.rec, why, r.line})
	}
	return out
}

// poCatalogue rewrites each run of catalogue messages holding indicator
// rows as one TAB table; data itself when it holds none.
func poCatalogue(doc *facts.Document, data []byte) []byte {
	if !poGate(doc, data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if kw, _, ok := poLine(lines[i]); !ok || kw != "msgid" && kw != "msgctxt" {
			continue
		}
		from := i
		es, to := poRun(lines, i)
		i = max(to, i+1) - 1
		recs := poRecords(es)
		if len(recs) == 0 {
			continue // a shop's prices, an app's menus
		}
		if tkEmit(doc, lines, from, to, recs, "katalog gettext") {
			changed = true
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}
