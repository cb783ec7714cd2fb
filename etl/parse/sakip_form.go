package parse

import (
	"bytes"
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// The SAKIP evaluation's components as the fields of a filled form, typed
// again: one (name, value) pair a field, the component's record spread
// over field names that carry its index. The syntaxes read:
//
//	<< /T (k1_nama) /V (Perencanaan Kinerja) >> << /T (k1_bobot) /V (30,00) >>   (FDF)
//	<field name="komponen_2_nilai"><value>22,25</value></field>                   (XFDF)
//	FieldName: k3_nilai  ⏎  FieldValue: 11,50                                     (pdftk dump_data_fields)
//	k1_nama=Perencanaan+Kinerja&k1_bobot=30%2C00&k1_nilai=22%2C65                  (an HTML form's post)
//	komponen1.nilai = 22,65    nilai[1] = 22,65                                   (INI, properties)
//
// A field's name is cut into parts as the script assignments' are
// (asgName, anggaran_records_assign.go), each identifier further at '_',
// '-' and where letters meet digits ("k1" → k, 1); the field is the last
// part naming a role (nama/komponen, bobot, nilai/skor), the record the
// other parts, so k1_nama, k1_bobot and k1_nilai are one record. Unindexed
// fields give the final score (nilai_akhir, total_nilai), the predikat and
// the year evaluated (tahun_dinilai; else the caption's).
//
// The form is read as a score card (sakip_score_card.go), whose proofs
// decide it: the weights sum to 100, each nilai is at most its bobot, the
// nilai sum to the stated final score (required here), the predikat is the
// score's band. A record naming a bobot or nilai without all three fields,
// a name komponenOf does not know (a job application's experience rows, a
// tax form's lines) or a figure that is no number makes the form no card.

var (
	formFDFName  = regexp.MustCompile(`/T\s*\(((?:\\.|[^\\)])*)\)`)
	formFDFValue = regexp.MustCompile(`/V\s*(?:\(((?:\\.|[^\\)])*)\)|/([A-Za-z0-9_]+))`)
	formXField   = regexp.MustCompile(`<field\s+name\s*=\s*["']([^"']*)["']\s*/?>|<value>([^<]*)</value>`)
	formAssign   = regexp.MustCompile(`^\s*([A-Za-z_][A-Za-z0-9_.\[\]'"-]*)\s*=\s*(.*?)\s*;?\s*$`)
)

// formLineFields reads the fields one line states (formField as the
// pdftk table reader's, form_fields.go); pending carries a name
// (XFDF, pdftk) whose value comes on a later line.
func formLineFields(l string, k int, pending *string) []formField {
	t := strings.TrimSpace(l)
	var out []formField
	switch {
	case strings.Contains(t, "/T") && strings.Contains(t, "/V"):
		for _, d := range strings.Split(t, ">>") {
			n, v := formFDFName.FindStringSubmatch(d), formFDFValue.FindStringSubmatch(d)
			if n != nil && v != nil {
				out = append(out, formField{formUnescape(n[1]), formUnescape(v[1] + v[2]), k})
			}
		}
	case strings.Contains(t, "<field") || strings.Contains(t, "<value>"):
		for _, m := range formXField.FindAllStringSubmatch(t, -1) {
			if m[1] != "" {
				*pending = m[1]
			} else if *pending != "" {
				out = append(out, formField{*pending, strings.TrimSpace(m[2]), k})
				*pending = ""
			}
		}
	case strings.HasPrefix(t, "FieldName:"):
		*pending = strings.TrimSpace(t[len("FieldName:"):])
	case strings.HasPrefix(t, "FieldValue:"):
		if *pending != "" {
			out = append(out, formField{*pending, strings.TrimSpace(t[len("FieldValue:"):]), k})
			*pending = ""
		}
	case strings.Contains(t, "&") && !strings.ContainsAny(t, " \t"):
		for _, kv := range strings.Split(t, "&") {
			e := strings.IndexByte(kv, '=')
			if e <= 0 {
				return nil
			}
			n, err1 := url.QueryUnescape(kv[:e])
			v, err2 := url.QueryUnescape(kv[e+1:])
			if err1 != nil || err2 != nil {
				return nil
			}
			out = append(out, formField{n, v, k})
		}
	case strings.IndexByte(t, '=') > 0:
		if m := formAssign.FindStringSubmatch(t); m != nil {
			out = append(out, formField{m[1], strings.Trim(m[2], `"'`), k})
		}
	}
	return out
}

// formUnescape undoes a PDF string's backslash escapes.
func formUnescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for k := 0; k < len(s); k++ {
		if s[k] == '\\' && k+1 < len(s) {
			k++
		}
		b.WriteByte(s[k])
	}
	return b.String()
}

// formParts cuts a field's name into its parts: asgName's identifiers and
// subscripts, each identifier parted at '_', '-' and letter-digit seams.
func formParts(name string) []string {
	var c asgClause
	if !asgName(&c, strings.ReplaceAll(name, "-", "_")) {
		return nil
	}
	var out []string
	for _, p := range c.parts {
		for _, w := range strings.Split(p, "_") {
			start := 0
			for k := 1; k <= len(w); k++ {
				if k == len(w) || isDigitByte(w[k]) != isDigitByte(w[k-1]) {
					if k > start {
						out = append(out, strings.ToLower(w[start:k]))
					}
					start = k
				}
			}
		}
	}
	return out
}

// formRole names what a part of a field's name holds.
func formRole(p string) string {
	switch p {
	case "nama", "name", "komponen", "component", "uraian":
		return "nama"
	case "bobot", "weight", "bbt":
		return "bobot"
	case "nilai", "skor", "score", "nil":
		return "nilai"
	case "predikat", "grade":
		return "predikat"
	case "tahun", "year", "thn":
		return "tahun"
	}
	return ""
}

// formOnly: every part is one of words.
func formOnly(parts []string, words ...string) bool {
	for _, p := range parts {
		found := false
		for _, w := range words {
			found = found || p == w
		}
		if !found {
			return false
		}
	}
	return true
}

// formScore: a score or weight as a form holds it, with a decimal comma
// or point of at most two places; "30.000" (an amount) is none.
var formScore = regexp.MustCompile(`^\d{1,3}(?:[.,]\d{1,2})?$`)

// formNum reads a form's score or weight.
func formNum(v string) (float64, bool) {
	v = strings.TrimSpace(v)
	if !formScore.MatchString(v) {
		return 0, false
	}
	f, err := strconv.ParseFloat(strings.Replace(v, ",", ".", 1), 64)
	return f, err == nil
}

// formRec is one indexed record of a form.
type formRec struct {
	key    string
	fields map[string]string
	line   int
}

// formCard reads the fields of one form as a score card; false when they
// are no SAKIP form.
func formCard(fs []formField) (scoreCard, bool) {
	var c scoreCard
	var recs []*formRec
	byKey := map[string]*formRec{}
	for _, f := range fs {
		parts := formParts(f.name)
		role, at := "", -1
		for k := len(parts) - 1; k >= 0; k-- {
			if r := formRole(parts[k]); r != "" {
				role, at = r, k
				break
			}
		}
		if role == "" {
			continue // a field of no role: the form's file, a signature
		}
		rest := append(append([]string(nil), parts[:at]...), parts[at+1:]...)
		indexed := false
		for _, p := range rest {
			indexed = indexed || isDigitByte(p[0])
		}
		switch {
		case !indexed && role == "nilai" && len(rest) > 0 && formOnly(rest, "akhir", "total", "jumlah", "hasil", "evaluasi", "akip", "sakip", "final"):
			v, ok := formNum(f.val)
			if !ok || c.score != nil {
				return c, false
			}
			c.score, c.scoreLine = &v, f.at
			continue
		case !indexed && role == "predikat" && formOnly(rest, "akhir", "hasil", "evaluasi", "akip", "sakip"):
			g := normalize.Grade(f.val)
			if g == "" || (c.grade != "" && c.grade != g) {
				return c, false
			}
			c.grade, c.gradeLine = g, f.at
			continue
		case !indexed && role == "tahun" && formOnly(rest, "dinilai", "evaluasi", "kinerja", "penilaian", "akip", "sakip"):
			y := atoi(strings.TrimSpace(f.val))
			if y < 2000 || y > 2100 || strings.TrimSpace(f.val) != itoa(y) {
				return c, false
			}
			if len(c.years) == 0 || c.years[0] != y {
				c.years = append(c.years, y)
			}
			continue
		case !indexed:
			continue
		case role == "predikat" || role == "tahun":
			continue
		}
		key := strings.Join(rest, ".")
		r := byKey[key]
		if r == nil {
			r = &formRec{key: key, fields: map[string]string{}, line: f.at}
			byKey[key] = r
			recs = append(recs, r)
		}
		if _, dup := r.fields[role]; dup {
			return c, false
		}
		r.fields[role] = f.val
	}
	seen := map[string]bool{}
	for _, r := range recs {
		nm, okN := r.fields["nama"]
		b, okB := r.fields["bobot"]
		v, okV := r.fields["nilai"]
		if !okN || !okB || !okV {
			return c, false // a component without its name, weight or value
		}
		id := komponenOf(nm)
		bn, okB := formNum(b)
		vn, okV := formNum(v)
		if id == "" || seen[id] || !okB || !okV {
			return c, false
		}
		seen[id] = true
		c.comps = append(c.comps, cardPair{name: nm, id: id, a: vn, b: bn, line: r.line})
	}
	if len(c.comps) < 2 || c.score == nil {
		return c, false
	}
	c.nilaiFirst = true
	if nf, why := c.cardOrder(); why == "" && !nf && !giziEqualPairs(c) {
		c.proofs = "nilai komponen pada formulir melebihi bobotnya"
	}
	return c, true
}

// formFieldCards finds the forms of data and appends their cards to cards.
// A form's lines are left as written (no sentence reader takes a figure
// from them, and blanking them cost a report its earlier year's sentence
// below), but for pdftk's blocks, which formFields (form_fields.go) would
// turn into a table loaded again under a year it cannot know: those are
// blanked, line numbers kept.
func formFieldCards(doc *facts.Document, data []byte, cards *[]scoreCard) []byte {
	if !docMay(doc, data, "bobot") || !formMay(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	var fs []formField
	pending, gap := "", 0
	flush := func() {
		if len(fs) >= 4 {
			if c, ok := formCard(fs); ok {
				c.from, c.to = fs[0].at, fs[len(fs)-1].at
				ys, _, capt := cardYearsAbove(lines, c.from)
				c.caption = capt
				if len(c.years) == 0 {
					c.years = ys
				}
				*cards = append(*cards, c)
				changed = formBlankPdftk(lines, c.from, c.to) || changed
			}
		}
		fs, pending, gap = nil, "", 0
	}
	for k := 0; k < len(lines); k++ {
		l := lines[k]
		if strings.TrimSpace(l) == "" || len(l) > 4000 {
			continue
		}
		// a field cut by the page's line wrap (a PDF's paragraph): the
		// lines are read as one, at the first one's number
		at := k
		for n := 0; n < 16 && k+1 < len(lines) && formWrapped(l) && strings.TrimSpace(lines[k+1]) != "" && len(l) < 4000; n++ {
			k++
			l += " " + strings.TrimSpace(lines[k])
		}
		got := formLineFields(l, at, &pending)
		if len(got) == 0 && !strings.HasPrefix(strings.TrimSpace(l), "FieldName:") && !strings.Contains(l, "<field") {
			if gap++; gap > 6 && len(fs) > 0 {
				flush()
			}
			continue
		}
		gap = 0
		fs = append(fs, got...)
	}
	flush()
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// formWrapped: the line ends inside a field, its rest on the next line: an
// FDF field dictionary opened after the last one closed ("… >> << /T"), an
// XFDF tag or value left open. A PDF twin sets the fields as a paragraph,
// wrapped wherever the line was full; the outer dictionary ("/FDF << /F
// (…)"), holding no /T, is never joined.
func formWrapped(l string) bool {
	if o := strings.LastIndex(l, "<<"); o >= 0 && !strings.Contains(l[o:], ">>") && strings.Contains(l, "/T") {
		return true
	}
	if !strings.Contains(l, "<field") && !strings.Contains(l, "<value") {
		return false
	}
	return strings.LastIndexByte(l, '<') > strings.LastIndexByte(l, '>') ||
		strings.Count(l, "<value>") > strings.Count(l, "</value>")
}

// formBlankPdftk blanks the pdftk blocks around lines from..to: from the
// first block's "---" to the last block's last Field line.
func formBlankPdftk(lines []string, from, to int) bool {
	if !strings.HasPrefix(strings.TrimSpace(lines[to]), "FieldValue:") {
		return false
	}
	for from > 0 && from > to-100000 && strings.HasPrefix(lines[from-1], "Field") || from > 0 && strings.TrimSpace(lines[from-1]) == "---" {
		from--
		if strings.TrimSpace(lines[from]) == "---" {
			break
		}
	}
	for to+1 < len(lines) && strings.HasPrefix(lines[to+1], "Field") {
		to++
	}
	for j := from; j <= to; j++ {
		lines[j] = ""
	}
	return true
}

// formMay: some line may hold a form field (formLineFields' forms, read from
// the bytes): an FDF/XFDF field, a pdftk line, a form post, or an assignment
// whose name holds its index (`k1_nilai = …`). Every report with a SAKIP
// table says "bobot"; only these split the text.
func formMay(data []byte) bool {
	return someLine(data, formFieldShaped)
}

// formFieldShaped: the line may hold a form field (formMay).
func formFieldShaped(l []byte) bool {
	if bytes.Contains(l, []byte("/T")) || bytes.Contains(l, []byte("<field")) || bytes.Contains(l, []byte("<value>")) ||
		bytes.Contains(l, []byte("FieldName:")) {
		return true
	}
	l = bytes.TrimSpace(l)
	if bytes.IndexByte(l, '&') >= 0 && bytes.IndexAny(l, " \t") < 0 {
		return true
	}
	e := bytes.IndexByte(l, '=')
	if e <= 0 {
		return false
	}
	key, digit := bytes.TrimSpace(l[:e]), false
	if len(key) == 0 || !isLetterByte(key[0]) && key[0] != '_' {
		return false
	}
	for _, c := range key {
		switch {
		case c >= '0' && c <= '9':
			digit = true
		case isLetterByte(c) || strings.IndexByte("_.[]'\"-", c) >= 0:
		default:
			return false
		}
	}
	return digit
}
