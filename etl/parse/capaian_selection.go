package parse

import (
	"bytes"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The capaian as a selection's results announcement (pengumuman hasil
// seleksi) typed again: one `peserta` an indicator, a labelled field a
// line, the name running on indented, a key sentence above saying what the
// selection's words mean:
//
//	Nilai ambang batas adalah target Perjanjian Kinerja; nilai diperoleh adalah realisasi.
//	  NO. PESERTA                 : IKU-01
//	  NAMA                        : Persentase kesesuaian Kompetensi Pegawai
//	                                terhadap standar kompetensi penugasannya
//	  SATUAN                      : %
//	  NILAI AMBANG BATAS          : 80,00
//	  NILAI DIPEROLEH             : 84,16
//	  PERSENTASE                  : 105,20
//	  KETERANGAN                  : LULUS
//
// A PDF's text may give a page's labels first, one a line, and the page's
// `: value` lines after them; the fields are paired in order, labels with
// values (equal counts, or the run is refused). Records may stand two (or
// more) abreast: each opening label on a line opens a column and every
// line is cut at gutters of two spaces (btPieces). What selections
// trusts:
//   - the labels by meaning: a key above the run (`<label> adalah target`,
//     `<label> = realisasi`, `<label> is the capaian`) says what a label
//     is; without one the words do (ambang/threshold/passing the target,
//     diperoleh/perolehan/score/skor/obtained the realisasi, persentase/
//     percentage/capaian/achievement the capaian, nama/name/indikator the
//     name, satuan/unit the unit); the number (`NO. PESERTA`), the status
//     (`KETERANGAN : LULUS`) and any other label are no facts;
//   - the records: one opens at a number label (or at a name label when
//     the record has one); name, target, realisasi and capaian once each;
//     a figure is a number or a grade, `%` or a unit word after it at most;
//   - the names: indicators of a performance agreement (startsIndicator) —
//     every name, unless the key names the target's and the realisasi's
//     labels, and at least one in any case: a real announcement of job
//     applicants (people's names, scores, LULUS) gives nothing;
//   - arithmetic: tkEmit proves realisasi/target against the capaian as
//     the other drawn readers do (a grade pair as written); a record
//     failing is reported and not loaded.
// The run becomes one TAB table (No, indicator, unit, target, realisasi,
// capaian) written over its lines; the heading, the number and the
// closing sentence stay text and are no facts.

var (
	// slLabelled: a label, a colon, the value.
	slLabelled = regexp.MustCompile(`^\s*(\pL[\pL .()/%-]{0,40}?)\s*:\s*(.*)$`)
	// slOpenAt: where opening labels stand on a line (two or more abreast).
	slOpenAt = regexp.MustCompile(`(?i)(?:^|\s\s)\s*(?:(?:no\.?|nomor|nomer|number|id)\s*(?:peserta|participant|candidate|urut)\b|(?:peserta|participant|candidate)\s*(?:no\b|nomor\b|number\b|id\b)|(?:nama|name)(?:\s+(?:indikator|indicator))?\s*:)`)
	// slKey: a key's entry, `<label> adalah|=|is target|realisasi|capaian`.
	slDigits = regexp.MustCompile(`\d{1,4}`)
	slKey    = regexp.MustCompile(`(?i)((?:\pL+\s+){0,3}\pL+)\s*(?:=|adalah|ialah|merupakan|is|means)\s*(?:the\s+|sebagai\s+)?(target|realisasi|realization|capaian|achievement)\b`)
)

// slGate: some line is a target label's (`NILAI AMBANG BATAS : 80,00`, or
// the label alone as a PDF's label column gives it); the words in prose (a
// parliamentary threshold) are not. Cheap: only the lines holding the
// words are looked at (never a bare "mbang": pengembangan, lambang).
func slGate(doc *facts.Document, data []byte) bool {
	x := triIndexOf(doc, data) // a word absent from the text costs no scan (scan_index.go)
	for _, w := range [...]string{"MBANG BATAS", "mbang batas", "mbang Batas", "HRESHOLD", "hreshold", "ASSING GRADE", "assing grade", "assing Grade"} {
		if x != nil && !x.mayHold(w) {
			continue
		}
		wb := []byte(w)
		for i := 0; i < len(data); {
			k := bytes.Index(data[i:], wb)
			if k < 0 {
				break
			}
			from, to := lineSpan(data, i+k)
			if slTargetLine(data[from:to]) {
				return true
			}
			i = to + 1
		}
	}
	return false
}

// slTargetLine: l opens with a target label, a colon after it or alone.
// A long line (prose) is refused before any string is made of it.
func slTargetLine(l []byte) bool {
	if m := slLabelled.FindSubmatchIndex(l); m != nil {
		return slRole(string(l[m[2]:m[3]]), nil) == 't'
	}
	p := bytes.TrimSpace(l)
	if len(p) > 60 {
		return false
	}
	s := string(p)
	return len(strings.Fields(s)) <= 4 && strings.ToUpper(s) == s && slRole(s, nil) == 't'
}

// slRole: a label's role by its words ('o' the number, 'n' name, 'u' unit,
// 't' target, 'r' realisasi, 'c' capaian, 's' status, 'x' other); keyed
// roles come first.
func slRole(label string, key map[string]byte) byte {
	l := strings.ToLower(strings.Join(strings.FieldsFunc(label, func(r rune) bool { return !unicode.IsLetter(r) && r != '%' }), " "))
	if r, ok := key[l]; ok {
		return r
	}
	best, role := 0, byte(0) // the longest key phrase ending as the label does
	for k, r := range key {
		if (strings.HasSuffix(k, " "+l) || strings.HasSuffix(l, " "+k)) && (len(k) > best || len(k) == best && r < role) {
			best, role = len(k), r
		}
	}
	if best > 0 {
		return role
	}
	w := strings.Fields(l)
	has := func(s ...string) bool {
		for _, x := range w {
			for _, y := range s {
				if x == y {
					return true
				}
			}
		}
		return false
	}
	switch {
	case len(w) == 0:
		return 'x'
	case has("no", "nomor", "nomer", "number", "id") && has("peserta", "participant", "candidate", "urut"):
		return 'o'
	case has("ambang", "threshold", "passing"):
		return 't'
	case has("diperoleh", "perolehan", "score", "skor", "obtained"):
		return 'r'
	case has("persentase", "percentage", "capaian", "achievement", "%"):
		return 'c'
	case has("nama", "name", "indikator", "indicator"):
		return 'n'
	case has("satuan", "unit"):
		return 'u'
	case has("keterangan", "ket", "status", "hasil", "result", "remarks", "kelulusan"):
		return 's'
	}
	return 'x'
}

// slKeyRoles reads the key in the lines above a run: label → role.
func slKeyRoles(lines []string, from int) map[string]byte {
	out := map[string]byte{}
	for _, m := range slKey.FindAllStringSubmatch(tkKeyText(lines, from), -1) {
		r := strings.ToLower(m[2])[0]
		if r == 'a' {
			r = 'c'
		}
		out[strings.ToLower(strings.Join(strings.Fields(m[1]), " "))] = r
	}
	return out
}

// slCol is one column of a run: its labels and values in order.
type slCol struct {
	labels []string
	at     []int // each label's line (1-based)
	vals   []string
	open   bool // the last value may run on
}

// slPiece reads one piece of a line into col; false when the piece is no
// field, bare label, bare value or run-on (the run ends).
func slPiece(c *slCol, p string, line int, key map[string]byte) bool {
	p = strings.TrimSpace(p)
	if strings.HasPrefix(p, ":") {
		c.vals = append(c.vals, strings.TrimSpace(p[1:]))
		c.open = true
		return true
	}
	if m := slLabelled.FindStringSubmatch(p); m != nil && (slRole(m[1], key) != 'x' || strings.ToUpper(m[1]) == m[1]) {
		c.labels, c.at = append(c.labels, m[1]), append(c.at, line)
		c.vals = append(c.vals, strings.TrimSpace(m[2]))
		c.open = true
		return true
	}
	if len(strings.Fields(p)) <= 4 && slRole(p, key) != 'x' && strings.ToUpper(p) == p {
		c.labels, c.at = append(c.labels, p), append(c.at, line) // a label alone (a PDF's label column)
		c.open = false
		return true
	}
	if c.open && len(c.vals) > 0 {
		c.vals[len(c.vals)-1] += " " + p
		return true
	}
	return false
}

// slRun reads the run whose first opening label stands on lines[i]: the
// columns and the line after the run.
func slRun(lines []string, i int, key map[string]byte) ([]slCol, int) {
	head := strings.ReplaceAll(lines[i], "\t", "  ")
	locs := slOpenAt.FindAllStringIndex(head, -1)
	cols := make([]int, len(locs))
	for k, l := range locs {
		cols[k] = len([]rune(head[:l[0]]))
		if k > 0 {
			cols[k] += 2 // the gutter matched before the label
		}
	}
	out := make([]slCol, len(cols))
	end, blank := i, 0
	for j := i; j < len(lines) && j-i < 400; j++ {
		l := strings.ReplaceAll(strings.Trim(lines[j], "\f\r"), "\t", "  ")
		if strings.TrimSpace(l) == "" {
			for k := range out {
				out[k].open = false
			}
			if blank++; blank > 2 {
				break
			}
			continue
		}
		blank = 0
		ok := true
		for k, p := range btPieces(l, cols) {
			if p != "" && !slPiece(&out[k], p, j+1, key) {
				ok = false
			}
		}
		if !ok {
			break
		}
		end = j + 1
	}
	return out, end
}

// slRecords cuts a column's paired fields into records.
func slRecords(c slCol, key map[string]byte, at0 int) []tkRead {
	var out []tkRead
	if len(c.labels) != len(c.vals) {
		return []tkRead{{nil, "label dan isian tidak sepasang", at0}}
	}
	at := at0
	var a *ftActivity
	seen := map[byte]bool{}
	flush := func() {
		if a != nil {
			out = append(out, slCheck(a, len(out)+1, at))
		}
	}
	for k, lb := range c.labels {
		role, v := slRole(lb, key), strings.Join(strings.Fields(c.vals[k]), " ")
		if a == nil || role == 'o' || role == 'n' && seen['n'] {
			flush()
			a, seen, at = &ftActivity{}, map[byte]bool{}, c.at[k]
		}
		if seen[role] && role != 'x' && a.why == "" {
			a.why = "label " + lb + " dua kali"
		}
		seen[role] = true
		r := &a.rec
		switch role {
		case 'o':
			r.n, _ = strconv.Atoi(slDigits.FindString(v))
		case 'n':
			r.name = v
		case 'u':
			r.unit = v
		case 't', 'r', 'c':
			fig, unit, ok := ftValue(v)
			if !ok {
				if a.why == "" {
					a.why = "nilai " + lb + " tidak terbaca"
				}
				continue
			}
			switch role {
			case 't':
				r.t, r.hasT, a.tu = fig, true, unit
			case 'r':
				r.r, r.hasR, a.ru = fig, true, unit
			default:
				r.c, r.hasC, a.cu = fig, true, unit
			}
		}
	}
	flush()
	return out
}

// slCheck: one record's read, or why it is refused.
func slCheck(a *ftActivity, k, at int) tkRead {
	r := &a.rec
	if r.n == 0 {
		r.n = k
	}
	why := a.why
	switch {
	case why != "":
	case r.name == "" || !strings.ContainsFunc(r.name, unicode.IsLetter):
		why = "peserta tanpa nama"
	case !r.hasT || !r.hasR || !r.hasC:
		why = "peserta tanpa ambang batas, nilai atau persentase"
	case a.tu != "" && a.ru != "" && !strings.EqualFold(a.tu, a.ru):
		why = "satuan ambang batas dan nilai berbeda"
	case a.cu != "" && a.cu != "%":
		why = "persentase bukan persen"
	}
	if r.unit == "" {
		r.unit = a.tu
		if r.unit == "" {
			r.unit = a.ru
		}
	}
	return tkRead{r, why, at}
}

// selections rewrites each run of peserta records of a text as one TAB
// table; data itself when it holds none. Findings go to doc.
func selections(doc *facts.Document, data []byte) []byte {
	if !slGate(doc, data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if !slOpenAt.MatchString(lines[i]) {
			continue
		}
		key := slKeyRoles(lines, i)
		cols, end := slRun(lines, i, key)
		var recs []tkRead
		for _, c := range cols {
			recs = append(recs, slRecords(c, key, i+1)...)
		}
		// records abreast are read band by band, left to right.
		sort.SliceStable(recs, func(a, b int) bool { return recs[a].at < recs[b].at })
		if slEmit(doc, lines, i, end, recs, key) {
			changed = true
		}
		i = max(end, i+1) - 1
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// slEmit checks the run's names and hands its records to tkEmit; false
// when the run is no indicator announcement.
func slEmit(doc *facts.Document, lines []string, from, to int, recs []tkRead, key map[string]byte) bool {
	keyed := map[byte]bool{}
	for _, r := range key {
		keyed[r] = true
	}
	named, all := 0, true
	for _, e := range recs {
		if e.rec != nil && startsIndicator(e.rec.name) {
			named++
		} else {
			all = false
		}
	}
	if named == 0 || !all && !(keyed['t'] && keyed['r']) {
		return false // applicants' names: a real selection
	}
	return tkEmit(doc, lines, from, to, recs, "pengumuman peserta")
}
