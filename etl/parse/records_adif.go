package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A table sent as the ADIF export of a ham-radio log (the .ADI an office
// relay station's logging program writes), typed again: a header ended by
// <EOH>, then one record a row, each a run of length-tagged fields
// `<NAME:len[:type]>value` ended by <EOR>:
//
//	<ADIF_VER:5>3.1.4 <PROGRAMID:8>LOGRELAI <EOH>
//	<CALL:6>YD9PAA <QSO_DATE:8>20230621 <BAND:3>40m <APP_KPU_WILAYAH:4>KODI
//	  <APP_KPU_L:6>10.645 <APP_KPU_P:6>11.024 <APP_KPU_JML:6>21.669 <EOR>
//
// The length, not a delimiter, says where a value ends, so a value is read
// by it: a field whose declared length does not fit the text (the value
// would run into the next tag, end in a space, or leave text before the
// next '<') is broken, and its whole record loads nothing. The fields the
// ADIF standard defines (CALL, QSO_DATE, BAND, RST_SENT, …) are the
// radio's, never the office's; only application fields (APP_<PROG>_NAME,
// read as NAME) and the user fields the header declares (USERDEFn) carry
// its table, and a free-text COMMENT or NOTES written wholly as `name=value`
// pairs (adifPairs), whose pairs are read as fields. A run of records naming the same such fields in the same
// order is one table (vertTable), written as TAB rows over the export so
// the ordinary readers read each column by its name and prove every row
// themselves (L + P = total, pagu − realisasi = sisa). A last record whose
// figures are all the sums of the records above (the office station's
// kabupaten record) becomes the JUMLAH row through ogrTotal; otherwise it
// is one more row, proven or not like the others, unless a broken record
// was left out: then it may be the whole whose sums cannot be checked, and
// it is not read. A contest log without
// application fields gives nothing.

// adifField is one field read: its name (upper case) and value.
type adifField struct{ name, val string }

// adifRecords rewrites the ADIF record runs of a text as TAB tables; data
// itself when it holds none.
func adifRecords(doc *facts.Document, data []byte) []byte {
	if !docHasAny(doc, data, "<EOR>", "<eor>", "<Eor>") {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	for i := 0; i < len(lines); i++ {
		if !adifTagged(lines[i]) {
			continue
		}
		t, end, ok := adifRun(doc, lines, i)
		if ok {
			tables = append(tables, t)
		}
		i = max(i, end-1)
	}
	return vertWrite(doc, data, lines, tables)
}

// adifTagged: line l opens with a length-tagged field or <EOH>/<EOR>.
func adifTagged(l string) bool {
	t := strings.TrimSpace(l)
	if len(t) < 5 || t[0] != '<' {
		return false
	}
	name, _, _, ok := adifTag(t, 0)
	return ok && name != ""
}

// adifTag reads the tag at s[p] ('<'): its name upper-cased, the declared
// length (-1 for a bare tag such as <EOR>) and the index after '>'.
func adifTag(s string, p int) (name string, n, next int, ok bool) {
	e := strings.IndexByte(s[p:], '>')
	if e < 2 || e > 80 {
		return "", 0, 0, false
	}
	parts := strings.Split(s[p+1:p+e], ":")
	name = strings.ToUpper(parts[0])
	for k := 0; k < len(name); k++ {
		c := name[k]
		if !(c >= 'A' && c <= 'Z' || c == '_' || k > 0 && c >= '0' && c <= '9') {
			return "", 0, 0, false
		}
	}
	if len(parts) == 1 {
		return name, -1, p + e + 1, name == "EOR" || name == "EOH"
	}
	if len(parts) > 3 || parts[1] == "" {
		return "", 0, 0, false
	}
	for k := 0; k < len(parts[1]); k++ {
		if parts[1][k] < '0' || parts[1][k] > '9' {
			return "", 0, 0, false
		}
		n = n*10 + int(parts[1][k]-'0')
	}
	return name, n, p + e + 1, n < 10000
}

// adifValue is the value of n characters at s[p]; false when the length
// does not fit the text: the value holds a tag or ends in a blank, or text
// other than blanks stands between it and the next '<'.
func adifValue(s string, p, n int) (string, int, bool) {
	q := p
	for k := 0; k < n; k++ {
		if q >= len(s) {
			return "", q, false
		}
		_, w := utf8.DecodeRuneInString(s[q:])
		q += w
	}
	v := s[p:q]
	if strings.IndexByte(v, '<') >= 0 || strings.TrimSpace(v) != v {
		return v, q, false
	}
	rest := s[q:]
	if k := strings.IndexByte(rest, '<'); k >= 0 {
		rest = rest[:k]
	}
	return v, q, strings.TrimSpace(rest) == ""
}

// adifRun reads the export whose first tagged line is i: its records and
// the line after the last; a table when two records at least name the same
// office fields.
func adifRun(doc *facts.Document, lines []string, i int) (vertTable, int, bool) {
	end := i
	for j := i; j < len(lines) && j < i+5000; j++ {
		t := strings.TrimSpace(lines[j])
		if t == "" {
			continue
		}
		if !adifTagged(t) && !strings.HasPrefix(t, "<") {
			break
		}
		end = j + 1
	}
	s := strings.Join(lines[i:end], "\n")
	lineAt := func(p int) int { return i + strings.Count(s[:p], "\n") }
	user := map[string]bool{}
	var recs [][]adifField
	var at []int
	var cur []adifField
	lost := false // a broken record was left out
	broken, header := false, strings.Contains(strings.ToUpper(s), "<EOH>")
	start := 0
	for p := 0; p < len(s); {
		k := strings.IndexByte(s[p:], '<')
		if k < 0 {
			break
		}
		p += k
		name, n, next, ok := adifTag(s, p)
		if !ok {
			broken, p = true, p+1
			continue
		}
		if n < 0 {
			switch {
			case name == "EOH":
				header, cur, broken = false, nil, false
			case !header && broken:
				lost = true
				doc.Add(facts.Finding{Span: facts.Span{Start: lineAt(start) + 1, End: lineAt(p) + 1}, Aturan: "tabel.tidak_dikenali",
					Tingkat: facts.Warning, Pesan: "rekaman ADIF: panjang isian tidak cocok; rekaman tidak dimuat"})
			case !header && len(cur) > 0:
				recs, at = append(recs, cur), append(at, lineAt(start))
			}
			cur, broken, p, start = nil, false, next, next
			continue
		}
		v, q, fits := adifValue(s, next, n)
		p = q
		if !fits {
			broken = true
			continue
		}
		switch {
		case header && strings.HasPrefix(name, "USERDEF"):
			if f, _, _ := strings.Cut(v, ","); f != "" {
				user[strings.ToUpper(strings.TrimSpace(f))] = true
			}
		case header:
		case strings.HasPrefix(name, "APP_") && strings.Count(name, "_") >= 2:
			_, f, _ := strings.Cut(name[4:], "_")
			cur = append(cur, adifField{f, v})
		case user[name]:
			cur = append(cur, adifField{name, v})
		case name == "COMMENT" || name == "NOTES":
			cur = append(cur, adifPairs(v)...)
		}
	}
	t := vertTable{from: i, to: end}
	if h := adifHead(lines, i); h < i && h >= 0 {
		t.from = h
	}
	t, ok := adifTable(t, recs, at, lost)
	return t, end, ok
}

// adifTable makes the table t of records naming the same fields in the
// same order, the last the JUMLAH row when it is the sums (ogrTotal) and
// left out when a broken record (lost) hides them; false for fewer than two
// records or differing fields.
func adifTable(t vertTable, recs [][]adifField, at []int, lost bool) (vertTable, bool) {
	if len(recs) < 2 {
		return t, false
	}
	for _, f := range recs[0] {
		t.header = append(t.header, f.name)
	}
	names := append([]string(nil), t.header...)
	var rows [][]string
	for _, r := range recs {
		if len(r) != len(t.header) {
			return t, false
		}
		row := make([]string, len(r))
		for c, f := range r {
			if f.name != names[c] {
				return t, false
			}
			row[c] = f.val
		}
		rows = append(rows, row)
	}
	for c, h := range t.header {
		t.header[c] = adifPlace(h)
	}
	last := vertTable{header: t.header, rows: rows[len(rows)-1:], at: at[len(at)-1:]}
	t.rows, t.at = rows[:len(rows)-1], at[:len(at)-1]
	if row, ok := ogrTotal(t, last); ok {
		t.rows, t.at = append(t.rows, row), append(t.at, last.at[0])
	} else if !lost {
		t.rows, t.at = rows, at
	} // else the last record may be the whole whose sums a lost record hides: not read
	if len(t.rows) == 0 {
		return t, false
	}
	return t, true
}

// adifPairs reads a free-text field written wholly as named figures
// ("KEC=ALOK; L=7.210; P=7.305", "L=7210 P=7305 JML=14515") as fields;
// nothing when any part is not `name=value` or `name: value` (a QSO's
// remark "TNX QSO 73" carries no table).
func adifPairs(v string) []adifField {
	parts := strings.Split(v, ";")
	if len(parts) == 1 {
		parts = strings.Fields(v)
	}
	var out []adifField
	for _, p := range parts {
		if strings.TrimSpace(p) == "" {
			continue
		}
		k := strings.IndexAny(p, "=:")
		if k < 0 {
			return nil
		}
		name := strings.ToUpper(strings.ReplaceAll(strings.TrimSpace(p[:k]), " ", "_"))
		val := strings.TrimSpace(p[k+1:])
		if name == "" || val == "" || !identifier(name) {
			return nil
		}
		out = append(out, adifField{name, val})
	}
	return out
}

// adifPlace names a record's place field as the DPT readers name it: an
// application's own word for the row's area (WILAYAH, NAMA) is the
// kecamatan, as a metrics label of that name is (dpt_prom.go); any other
// name as written.
func adifPlace(h string) string {
	switch h {
	case "WILAYAH", "NAMA_WILAYAH", "NAMA", "NAME", "DISTRIK", "PPK":
		return "Kecamatan"
	}
	return h
}

// adifHead is the first line of the prose that heads the export (a
// sentence naming the station, a blank line) right above line i, for room
// to write the table in; i itself when there is none.
func adifHead(lines []string, i int) int {
	h := i
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		t := strings.TrimSpace(lines[k])
		if t == "" || strings.Contains(strings.ToUpper(t), "ADIF") && !strings.HasPrefix(t, "[") && unicode.IsUpper(rune(t[0])) {
			h = k
			continue
		}
		break
	}
	return h
}
