package parse

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// Berita Acara forms copied into the report with the figures typed into
// the form's dotted blanks: one form an area, the kecamatan's (PPK) forms
// first, the kabupaten's last, often between rules:
//
//	Model A.2-KWK
//	BERITA ACARA
//	REKAPITULASI DAFTAR PEMILIH TETAP PEMILIHAN BUPATI … TAHUN 2020
//	Pada hari ini ....Senin.... tanggal ...12... bulan ...Oktober....
//	PPK Kecamatan .....Hawu Mehara..... Kabupaten Sabu Raijua telah …
//	  1. Jumlah desa/kelurahan   : ......17......
//	  2. Jumlah TPS              : ......39......
//	  3. Jumlah pemilih laki-laki: ....7.206.....
//	  …
//
// Each form is a record: its numbered items "label : blank" (the blank of
// dots, "…" or underscores, the figure anywhere inside it) give the
// figures, each by the role its label names (desa, TPS, L, P, L + P);
// the area is the blank after the level word ("Kecamatan ....X...."), or
// an item naming it; a form of the kabupaten level (its heading or its
// KPU named, no kecamatan blank) is the kabupaten's row. Day, date and
// month blanks follow no level word and carry no colon item: never read.
// The forms become one TAB table through the record writer (vertWrite),
// captioned by the election and year the forms' heading names, so the
// ordinary DPT reader proves the rows (L + P = total, the kabupaten's
// row the kecamatan's sum). A form left unfilled gives no row; a form
// whose L + P is not its stated total gives none either, reported.

// blankForm is one form: its lines, area and figures by DPT role.
type blankForm struct {
	first, last int // the form's item lines
	level, name string
	heading     string
	cells       map[int]string
	bad         bool // two items of one role, or a fill that is no count
}

// blankForms rewrites the runs of filled Berita Acara forms of a text;
// data itself when it holds none. Findings go to doc.
func blankForms(doc *facts.Document, data []byte) []byte {
	if !blankLikely(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	forms := blankFormRuns(lines)
	if len(forms) < 2 {
		return data
	}
	var tables []vertTable
	for s := 0; s < len(forms); {
		e := s + 1
		for e < len(forms) && forms[e].first-forms[e-1].last <= 30 {
			e++
		}
		if t, ok := blankTable(doc, lines, forms[s:e]); ok {
			tables = append(tables, t)
		}
		s = e
	}
	return vertWrite(doc, data, lines, tables)
}

// blankLikely: a cheap look for one item line with a figure in its blank
// (": ....39...."): a colon the filler follows, on a line blankItem reads.
func blankLikely(data []byte) bool {
	for i := 0; i < len(data); {
		k := bytes.IndexByte(data[i:], ':')
		if k < 0 {
			return false
		}
		k += i
		j := k + 1
		for j < len(data) && (data[j] == ' ' || data[j] == '\t') {
			j++
		}
		if j < len(data) && (data[j] == '.' || data[j] == '_' || data[j] == 0xE2 || data[j] >= '0' && data[j] <= '9') {
			from, to := lineSpan(data, k)
			if rest := data[j:to]; !bytes.Contains(rest, []byte("...")) && !bytes.Contains(rest, []byte("___")) && !bytes.Contains(rest, []byte("…")) {
				i = to
				continue // no blank after the colon: read nothing (no string made)
			}
			if _, fill, ok := blankItem(string(data[from:to])); ok && fill != "" {
				return true
			}
		}
		i = k + 1
	}
	return false
}

// blankFiller: a character a typed blank is made of.
func blankFiller(r rune) bool { return r == '.' || r == '_' || r == '…' }

// blankCut reads s as one typed blank: filler, the fill, filler (the fill
// may be empty, or touch either end). ok needs three filler characters at
// least and no second blank inside.
func blankCut(s string) (string, bool) {
	s = strings.TrimSpace(s)
	n := 0
	for _, r := range s {
		if r == '…' {
			n += 3
		} else if r == '.' || r == '_' {
			n++
		}
	}
	fill := strings.TrimSpace(strings.TrimRightFunc(strings.TrimLeftFunc(s, blankFillerOrSpace), blankFillerOrSpace))
	if strings.Contains(fill, "..") || strings.Contains(fill, "__") || strings.ContainsRune(fill, '…') {
		return "", false // two blanks on the line ("....Senin.... tanggal ...12...")
	}
	return fill, n-strings.Count(fill, ".") >= 3
}

func blankFillerOrSpace(r rune) bool { return blankFiller(r) || r == ' ' || r == '\t' }

// blankItem reads a form's item line "[n.] label : blank"; the label and
// the blank's fill.
func blankItem(line string) (string, string, bool) {
	t := strings.TrimSpace(line)
	if len(t) > 200 {
		return "", "", false
	}
	t = blankDropNumber(t)
	k := strings.IndexByte(t, ':')
	if k <= 0 || k > 80 {
		return "", "", false
	}
	label := strings.TrimSpace(t[:k])
	if !hasLetter(label) || strings.Contains(label, "..") || strings.ContainsRune(label, '…') || strings.Contains(label, "__") {
		return "", "", false
	}
	fill, ok := blankCut(t[k+1:])
	return label, fill, ok
}

// blankDropNumber drops an item's number or letter ("1.", "2)", "(3)", "a.").
func blankDropNumber(t string) string {
	f, rest, ok := strings.Cut(t, " ")
	if !ok {
		return t
	}
	core := strings.TrimLeft(strings.TrimRight(f, ".)"), "(")
	if core != "" && len(core) <= 2 && core != f && (allDigits(core) || len(core) == 1 && unicode.IsLower(rune(core[0]))) {
		return strings.TrimSpace(rest)
	}
	return t
}

// blankCount: a fill that is a whole count ("39", "7.206").
func blankCount(s string) bool {
	if s == "" || !allDigits(strings.ReplaceAll(s, ".", "")) {
		return false
	}
	for i, g := range strings.Split(s, ".") {
		if g == "" || i > 0 && len(g) != 3 || i == 0 && strings.Contains(s, ".") && len(g) > 3 {
			return false
		}
	}
	return true
}

// blankFormRuns finds the forms: each a run of item lines (blank lines
// between them allowed) holding voter figures, its area and heading read
// from the lines above it back to the previous form or rule.
func blankFormRuns(lines []string) []blankForm {
	var out []blankForm
	prev := -1 // the last line of the previous form
	for i := 0; i < len(lines); i++ {
		if _, _, ok := blankItem(lines[i]); !ok {
			continue
		}
		f := blankForm{first: i, cells: map[int]string{}}
		for k := i; k < len(lines); k++ {
			t := strings.TrimSpace(lines[k])
			if t == "" {
				continue
			}
			label, fill, ok := blankItem(t)
			if !ok {
				break
			}
			f.last = k
			blankPut(&f, label, fill)
		}
		i = f.last
		if !blankVoters(f.cells) && !f.bad {
			prev = f.last
			continue // a form of other items (an office's address, a date)
		}
		from := max(prev+1, f.first-14)
		for k := f.first - 1; k >= from; k-- {
			t := strings.TrimSpace(lines[k])
			if blankRule(t) {
				break
			}
			blankContext(&f, t)
		}
		out = append(out, f)
		prev = f.last
	}
	return out
}

// blankPut files one item under its role: the area, or a voter figure.
func blankPut(f *blankForm, label, fill string) {
	role := dptRole(label)
	if role == roleNama {
		if fill != "" && hasLetter(fill) && !hasDigitStr(fill) {
			key := normalize.SpacedKey(label)
			switch {
			case has(key, "kecamatan"):
				f.level, f.name = "kecamatan", fill
			case has(key, "kabupaten", "kab") && f.level == "":
				f.level, f.name = "kabupaten", areaNamed("Kabupaten", fill)
			case has(key, "kota") && f.level == "":
				f.level, f.name = "kabupaten", areaNamed("Kota", fill)
			}
		}
		return
	}
	switch role {
	case roleDesa, roleTPS, roleL, roleP, roleLP:
	default:
		return // an item of no voter role (DPTb, DPK, a count of areas)
	}
	if _, dup := f.cells[role]; dup || fill != "" && !blankCount(fill) {
		f.bad = true
		return
	}
	f.cells[role] = fill
}

// blankVoters: the form's items name the voters (L, P or their total).
func blankVoters(c map[int]string) bool {
	_, l := c[roleL]
	_, p := c[roleP]
	_, lp := c[roleLP]
	return l && p || lp && (l || p)
}

// blankRule: a rule line between forms ("=====", "-----", "*****").
func blankRule(t string) bool {
	if len(t) < 10 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] != '=' && t[i] != '-' && t[i] != '*' && t[i] != '~' {
			return false
		}
	}
	return true
}

// blankContext reads one line above a form's items: the election heading,
// the area blank after a level word, the kabupaten level.
func blankContext(f *blankForm, t string) {
	if f.heading == "" && strings.Contains(strings.ToLower(t), "pemilih") && pemilihanOf(t) != "" {
		f.heading = t
	}
	low := strings.ToLower(t)
	for _, w := range [...]string{"kecamatan", "kabupaten", "kota"} {
		k := strings.Index(low, w+" ")
		if k < 0 || k > 0 && unicode.IsLetter(rune(low[k-1])) {
			continue
		}
		rest := strings.TrimLeft(t[k+len(w):], " \t")
		if name, ok := blankLead(rest); ok {
			switch {
			case w == "kecamatan":
				f.level, f.name = "kecamatan", name
			case f.level != "kecamatan":
				f.level, f.name = "kabupaten", areaNamed(strings.ToUpper(w[:1])+w[1:], name)
			}
			continue
		}
		// "TINGKAT KABUPATEN", "KPU Kabupaten Sabu Raijua telah menetapkan"
		if w != "kecamatan" && f.level == "" && (strings.Contains(low, "tingkat "+w) || strings.Contains(low, "kpu "+w)) {
			f.level = "kabupaten"
			if f.name == "" {
				f.name = strings.ToUpper(w[:1]) + w[1:]
			}
			if strings.Contains(low, "kpu "+w+" ") {
				if n := blankCapitalWords(rest); n != "" {
					f.name = strings.ToUpper(w[:1]) + w[1:] + " " + n
				}
			}
		}
	}
}

// blankLead reads the blank that opens s ("....Hawu Mehara.... Kabupaten
// …"): its fill, a name.
func blankLead(s string) (string, bool) {
	r, _ := utf8.DecodeRuneInString(s)
	if !blankFiller(r) {
		return "", false
	}
	start := strings.IndexFunc(s, func(r rune) bool { return !blankFillerOrSpace(r) })
	if start < 0 {
		return "", false
	}
	end := strings.IndexFunc(s[start:], blankFiller)
	if end < 0 {
		return "", false
	}
	name := strings.TrimSpace(s[start : start+end])
	if !hasLetter(name) || hasDigitStr(name) || len(name) > 40 {
		return "", false
	}
	return name, true
}

// blankCapitalWords: the capitalized words that open s ("Sabu Raijua
// telah …" → "Sabu Raijua"), at most four; "" when s is in capitals.
func blankCapitalWords(s string) string {
	var out []string
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || len(out) == 4 || strings.ToUpper(w) == w && len(w) > 1 {
			break
		}
		out = append(out, strings.TrimRight(w, ",.;:"))
	}
	return strings.Join(out, " ")
}

// blankRoles are the table's columns, in order, after the area's.
var blankRoles = [...]int{roleDesa, roleTPS, roleL, roleP, roleLP}

// blankTable writes a run of forms as one DPT table: a row per filled
// form, the lines from the rule (or heading) over the first form to the
// rule under the last. A run whose areas or elections are not each
// stated once is left as written.
func blankTable(doc *facts.Document, lines []string, forms []blankForm) (vertTable, bool) {
	heading, kec := "", 0
	seen := map[string]bool{}
	for _, f := range forms {
		if f.bad || f.level == "" {
			return vertTable{}, false // which area or which count a form gives is not shown
		}
		if f.heading != "" {
			if heading != "" && pemilihanOf(heading) != pemilihanOf(f.heading) {
				return vertTable{}, false
			}
			heading = f.heading
		}
		key := f.level + "|" + strings.ToLower(f.name)
		if seen[key] {
			return vertTable{}, false
		}
		seen[key] = true
		if f.level == "kecamatan" {
			kec++
		}
	}
	if kec < 2 {
		return vertTable{}, false
	}
	from := forms[0].first
	for k := forms[0].first - 1; k >= max(0, forms[0].first-14); k-- {
		t := strings.TrimSpace(lines[k])
		if blankRule(t) {
			from = k
			break
		}
		if strings.HasPrefix(strings.ToLower(t), "tabel") || strings.HasPrefix(strings.ToLower(t), "table") {
			break
		}
		if t != "" {
			from = k
		}
	}
	to := forms[len(forms)-1].last + 1
	for k := to; k < min(len(lines), to+8); k++ {
		t := strings.TrimSpace(lines[k])
		if blankRule(t) {
			to = k + 1
			break
		}
		if _, _, ok := blankItem(t); ok {
			break
		}
	}
	hdr := []string{"Kecamatan", "Jumlah Desa/Kelurahan", "Jumlah TPS", "Laki-laki", "Perempuan", "Jumlah"}
	t := vertTable{from: from, to: to, header: hdr}
	for _, f := range forms {
		row := []string{f.name}
		filled := false
		for _, r := range blankRoles {
			row = append(row, f.cells[r])
			filled = filled || f.cells[r] != ""
		}
		if !filled {
			continue // an unfilled form: no record
		}
		if !blankAdds(f.cells) {
			doc.Add(facts.Finding{Span: facts.Span{Start: f.first + 1, End: f.last + 1}, Aturan: "dpt.tidak_konsisten", Tingkat: facts.Warning,
				Pesan: fmt.Sprintf("berita acara %s %s: laki-laki + perempuan bukan jumlah pemilih; tidak dimuat", f.level, f.name)})
			continue
		}
		t.rows = append(t.rows, row)
		t.at = append(t.at, f.first)
	}
	if len(t.rows) == 0 {
		return vertTable{}, false
	}
	if c := blankCaption(heading); c != "" && to-from > len(t.rows)+2 {
		// the heading names the election: a caption over the table, on
		// the form's first line (the lines are the writer's to blank)
		lines[from] = c
		t.from = from + 1
	}
	return t, true
}

// blankCaption is the caption the forms' heading gives their table: the
// election and its year alone ("Rekapitulasi DPT Pemilihan 2024"). The
// heading's own words would name the area twice ("PEMILIHAN WALIKOTA
// DAN WAKIL WALIKOTA KUPANG" read as the Kabupaten Kupang); "" when it
// names no election or two years.
func blankCaption(heading string) string {
	word := map[string]string{"pilkada": "Pemilihan", "pemilu": "Pemilu"}[pemilihanOf(heading)]
	if word == "" {
		return ""
	}
	year := ""
	for _, w := range strings.FieldsFunc(heading, func(r rune) bool { return !unicode.IsDigit(r) }) {
		if len(w) == 4 && (w[:2] == "19" || w[:2] == "20") {
			if year != "" && year != w {
				return ""
			}
			year = w
		}
	}
	return strings.TrimSpace("Rekapitulasi DPT " + word + " " + year)
}

// blankAdds: L + P is the stated total, when the form states all three.
func blankAdds(c map[int]string) bool {
	l, p, lp := c[roleL], c[roleP], c[roleLP]
	if l == "" || p == "" || lp == "" {
		return true
	}
	n := func(s string) int64 { return int64(atoi(strings.ReplaceAll(s, ".", ""))) }
	return n(l)+n(p) == n(lp)
}
