package parse

import (
	"bytes"
	"regexp"
	"slices"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The budget as the print of a monitoring application's realisation form
// (e-Monev `Formulir Realisasi`) typed again: one record a budget line,
// a field a line `Label : value`, records parted by rules:
//
//	e-MONEV  |  FORMULIR REALISASI  |  TRIWULAN IV TAHUN 2023
//	K/L : 076 KOMISI PEMILIHAN UMUM      Satker : KPU KABUPATEN …
//	==================================================================
//	Tingkat             : PROGRAM
//	Kode                : 076.01.WA
//	Uraian              : Program Dukungan Manajemen
//	Pagu Dana           : Rp 2.965.795.000
//	Realisasi Keuangan  : Rp 2.817.888.033  (95,01 %)
//	Sisa Dana           : Rp 147.906.967
//	Progres Fisik       : 100 %
//	..................................................................
//	Tingkat             : KEGIATAN (Program 076.01.WA)
//	…
//	Tingkat             : JUMLAH SATKER
//	Kode                : -
//
// monevForms rewrites such a form as one TAB table through the
// whiteboard's board prover (wbBoard in anggaran_whiteboard.go): sisa =
// pagu − realisasi and the percent on each record, kegiatan summing to
// their program and programs to the total. What it trusts:
//   - the level field (`Tingkat`/`Level`) names the record's role:
//     PROGRAM, KEGIATAN (its bracketed program must be the program printed
//     above it), JUMLAH/TOTAL the total; a deeper level (output, KRO, RO)
//     is a detail under a kegiatan and gives no row (a finding);
//   - fields by meaning: a label with `pagu` the pagu, `realisasi` (not
//     `fisik`) the realisasi and its bracketed percent the serapan, `sisa`
//     the sisa; a label with `fisik`/`progres` is physical progress, no
//     money; amounts whole with dot thousands, nothing else on the line;
//   - the amounts are proven as printed; a unit in the form's head
//     (`dalam ribuan rupiah`) stays above the table for the table reader's
//     scale rules (anggaran_scale.go);
//   - a head naming a quarter other than the fourth (`TRIWULAN II`) or the
//     first semester is a realisation so far, not the year's: nothing;
//   - records two abreast (a second level label on the first line) are
//     read band by band, left record first.
//
// A print of physical progress only (no money field) gives nothing.
//
// Gate: a level field `Tingkat :` or `Level :` (also upper case), rare
// outside such forms.

var (
	mvLabel   = regexp.MustCompile(`^\s*([A-Za-z][A-Za-z/ .]{0,28}?)\s*:\s*(.*)$`)
	mvAmount  = regexp.MustCompile(`^(?i:rp\.?)?\s*(\d{1,3}(?:\.\d{3})+|\d+)\s*(.*)$`)
	mvPct     = regexp.MustCompile(`^\(\s*(\d{1,3}(?:,\d{1,2})?)\s*%\s*\)$`)
	mvQuarter = regexp.MustCompile(`(?i)\b(?:triwulan|tw\.?|kuartal)\s*(IV|III|II|I|[1-4])\b|\bsemester\s*(I|1)\b`)
	mvParent  = regexp.MustCompile(`\(\s*(?i:program\s*)?([0-9A-Za-z.]+)\s*\)`)
)

// monevGate: a level field, `Tingkat` or `Level` (any case) followed by spaces
// and a colon, looked for at the first occurrences only.
func monevGate(doc *facts.Document, data []byte) bool {
	x := triIndexOf(doc, data) // a word absent from the text costs no scan (scan_index.go)
	for _, w := range [][]byte{[]byte("Tingkat"), []byte("TINGKAT"), []byte("Level"), []byte("LEVEL")} {
		if x != nil && !triMay(x, w) {
			continue
		}
		from := 0
		for n := 0; n < 200; n++ {
			k := bytes.Index(data[from:], w)
			if k < 0 {
				break
			}
			k += from + len(w)
			j := k
			for j < len(data) && j < k+40 && data[j] == ' ' {
				j++
			}
			if j < len(data) && data[j] == ':' {
				return true
			}
			from = k
		}
	}
	return false
}

// mvRole: what a field label means.
func mvRole(label string) string {
	l := strings.ToLower(label)
	switch {
	case strings.Contains(l, "fisik") || strings.HasPrefix(l, "progres"):
		return "fisik"
	case l == "tingkat" || l == "level":
		return "tingkat"
	case l == "kode":
		return "kode"
	case l == "uraian" || l == "nama":
		return "uraian"
	case strings.Contains(l, "pagu"):
		return "pagu"
	case strings.Contains(l, "realisasi"):
		return "real"
	case strings.HasPrefix(l, "sisa"):
		return "sisa"
	}
	return ""
}

// mvField reads a field line: its role and value, and the column the value
// starts at; ok false when the line is no field.
func mvField(l string) (role, value string, col int, ok bool) {
	if len(l) > 2000 {
		return "", "", 0, false
	}
	m := mvLabel.FindStringSubmatchIndex(l)
	if m == nil {
		return "", "", 0, false
	}
	return mvRole(l[m[2]:m[3]]), strings.TrimSpace(l[m[4]:m[5]]), m[4], true
}

// mvRule: a line drawn only (dots, dashes, equals).
func mvRule(l string) bool {
	t := strings.TrimSpace(l)
	return len(t) >= 8 && strings.Trim(t, ".-=_~─═·") == ""
}

// mvLevelAt: the byte columns of the level labels on a line (two when the
// records stand abreast).
func mvLevelAt(l string) []int {
	if len(l) > 2000 {
		return nil
	}
	var cols []int
	for _, w := range []string{"tingkat", "level"} {
		for from := 0; from < len(l); {
			k := foldIndex([]byte(l[from:]), w)
			if k < 0 {
				break
			}
			k += from
			if r, _, _, ok := mvField(l[k:]); ok && r == "tingkat" && (k == 0 || l[k-1] == ' ' || l[k-1] == '\t') {
				cols = append(cols, k)
			}
			from = k + len(w)
		}
	}
	slices.Sort(cols)
	return cols
}

func monevForms(doc *facts.Document, data []byte) []byte {
	if !monevGate(doc, data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if len(mvLevelAt(lines[i])) == 0 {
			continue
		}
		end, ok := monevAt(doc, lines, i)
		changed = changed || ok
		i = max(i, end)
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// mvLine is one record line: its text (a column's part when abreast) and
// the document line it stands on.
type mvLine struct {
	s string
	n int
}

// monevAt reads the form whose first level field is on line i: its last
// line and whether it was rewritten. Work is bounded by the form's lines
// and a few head lines above.
func monevAt(doc *facts.Document, lines []string, i int) (int, bool) {
	// the form's extent: fields, wrapped names, rules; a blank line only
	// when a level field follows it
	last := i
	_, _, vcol, _ := mvField(lines[i])
	for j := i + 1; j < len(lines); j++ {
		l := lines[j]
		if strings.TrimSpace(l) == "" {
			if j+1 < len(lines) && len(mvLevelAt(lines[j+1])) > 0 {
				continue
			}
			break
		}
		if _, _, _, ok := mvField(l); !ok && !mvRule(l) && wbIndent(l) < vcol-2 {
			// a key or a sentence under the form, not a wrapped value
			break
		}
		last = j
	}
	for last > i && mvRule(lines[last]) {
		last--
	}
	// the head: the lines right above, up to a blank line
	var head strings.Builder
	for j := i - 1; j >= 0 && j >= i-5 && strings.TrimSpace(lines[j]) != ""; j-- {
		head.WriteString(lines[j])
		head.WriteByte('\n')
	}
	h := head.String()
	if m := mvQuarter.FindStringSubmatch(h); m != nil && strings.ToUpper(m[1]) != "IV" && m[1] != "4" {
		doc.Add(facts.Finding{Span: facts.Span{Start: i + 1, End: last + 1}, Aturan: "anggaran.bukan_akhir_tahun", Tingkat: facts.Info,
			Pesan: "formulir realisasi e-Monev " + strings.TrimSpace(m[0]) + ": realisasi sampai triwulan itu, bukan setahun; tidak dimuat"})
		// blanked, so no prose reader takes a quarter's figures for the year's
		for j := i; j <= last; j++ {
			lines[j] = ""
		}
		return last, true
	}
	// the record lines in reading order: abreast records band by band
	var vl []mvLine
	cols := mvLevelAt(lines[i])
	if len(cols) > 2 {
		return last, false
	}
	split := 0
	if len(cols) == 2 {
		split = cols[1]
	}
	var right []mvLine
	flush := func() {
		vl = append(vl, right...)
		right = right[:0]
	}
	for j := i; j <= last; j++ {
		l := lines[j]
		if split > 0 {
			if mvRule(l) || strings.TrimSpace(l) == "" {
				flush()
				continue
			}
			if len(l) > split {
				right = append(right, mvLine{strings.TrimRight(l[split:], " "), j})
				l = l[:split]
			}
		}
		vl = append(vl, mvLine{strings.TrimRight(l, " "), j})
	}
	flush()
	recs, money := mvRecords(doc, vl)
	if !money || len(recs) == 0 {
		// a print of physical progress only: no budget here
		return last, false
	}
	end, ok := wbBoard(doc, lines, recs, "formulir realisasi e-Monev")
	return max(end, last), ok
}

// mvRecords reads the records of the form's lines, each opened by a level
// field; money reports whether any record has a money field.
func mvRecords(doc *facts.Document, vl []mvLine) ([]*wbRec, bool) {
	var recs []*wbRec
	var cur *wbRec
	var level, code, name, parent string
	nameCol, lastRole := 0, ""
	money := false
	program := ""
	done := func() {
		if cur == nil {
			return
		}
		hb := &cur.hb
		lv := strings.ToLower(level)
		switch {
		case tmTotal.MatchString(level):
			hb.total, hb.name = true, "TOTAL"
			if code != "" && code != "-" && code != "–" {
				cur.bad = cmpBad(cur.bad, "jumlah berkode "+code)
			}
		case strings.HasPrefix(lv, "program") || strings.HasPrefix(lv, "kegiatan"):
			c := strings.TrimRight(code, ".:")
			if !hierCode.MatchString(c) || !strings.ContainsAny(c, "0123456789") {
				cur.bad = cmpBad(cur.bad, "kode tidak terbaca")
				break
			}
			hb.code, hb.name = c, strings.Join(strings.Fields(name), " ")
			if hb.name == "" {
				cur.bad = cmpBad(cur.bad, c+": tanpa uraian")
			}
			if strings.HasPrefix(lv, "program") {
				program = c
			} else {
				cur.indent = 4
				if parent != "" && parent != program {
					cur.bad = cmpBad(cur.bad, "kegiatan program "+parent+" di bawah program "+program)
				}
			}
		default:
			// a detail under a kegiatan (output, KRO, RO): no row, no part
			// of the sums the board proves
			doc.Add(facts.Finding{Span: facts.Span{Start: cur.top + 1, End: cur.line + 1}, Aturan: "anggaran.rekaman_tidak_terbukti", Tingkat: facts.Info,
				Pesan: "formulir realisasi e-Monev: tingkat " + level + " di bawah kegiatan; tidak dimuat"})
			recs = recs[:len(recs)-1]
			cur = nil
			return
		}
		cur.bad = hierSettle(hb, cur.bad)
		cur = nil
	}
	for _, v := range vl {
		if strings.TrimSpace(v.s) == "" || mvRule(v.s) {
			continue
		}
		role, val, col, ok := mvField(v.s)
		if !ok {
			// a wrapped name, under the name's value
			if cur != nil && lastRole == "uraian" && wbIndent(v.s) >= nameCol-2 {
				name += " " + strings.TrimSpace(v.s)
				cur.line = max(cur.line, v.n)
				continue
			}
			if cur != nil {
				cur.bad = cmpBad(cur.bad, "baris tidak terbaca")
			}
			continue
		}
		if role == "tingkat" {
			done()
			cur = &wbRec{top: v.n, line: v.n}
			recs = append(recs, cur)
			level, code, name, parent = val, "", "", ""
			if m := mvParent.FindStringSubmatch(val); m != nil && strings.ContainsAny(m[1], "0123456789") {
				parent = m[1]
			}
			lastRole = role
			continue
		}
		if cur == nil {
			continue
		}
		cur.line = max(cur.line, v.n)
		lastRole = role
		hb := &cur.hb
		switch role {
		case "kode":
			code = val
		case "uraian":
			name, nameCol = val, col
		case "pagu", "real", "sisa":
			money = true
			m := mvAmount.FindStringSubmatch(val)
			if m == nil {
				cur.bad = cmpBad(cur.bad, "angka bukan rupiah utuh")
				continue
			}
			slot := map[string]*string{"pagu": &hb.pagu, "real": &hb.real, "sisa": &hb.sisa}[role]
			if *slot != "" {
				cur.bad = cmpBad(cur.bad, "label terulang")
			}
			*slot = m[1]
			rest := strings.TrimSpace(m[2])
			if p := mvPct.FindStringSubmatch(rest); p != nil && role == "real" {
				hb.sera, rest = p[1], ""
			}
			if rest != "" || !hierThousands.MatchString(m[1]) {
				cur.bad = cmpBad(cur.bad, "angka bukan rupiah utuh (satuan atau singkatan?)")
			}
		case "fisik":
		default:
			if strings.ContainsAny(val, "0123456789") {
				cur.bad = cmpBad(cur.bad, "isian berangka tidak dikenal")
			}
		}
	}
	done()
	return recs, money
}

// cmpBad joins a record's reasons for giving no row.
func cmpBad(a, b string) string {
	if a == "" {
		return b
	}
	return a + "; " + b
}
