package parse

import (
	"bytes"
	"math"
	"regexp"
	"strings"
	"unicode"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// The SAKIP evaluation application's summary copied as text: a header
// naming the component, its weight, a trend column and the score, over a
// rule; one line a component: name, bobot, a sparkline of block
// characters (the trend's shape only, no figure) and the nilai; under a
// second rule the final score with its weight and predikat:
//
//	KOMPONEN                         BOBOT   TREN     NILAI
//	--------------------------------------------------------
//	Perencanaan Kinerja              30,00   ▆▃▅▇     16,50
//	...
//	--------------------------------------------------------
//	NILAI AKHIR                     100,00            57,79   predikat CC
//
// sparkSummaries rewrites it as a TAB table (Komponen, Bobot, Nilai,
// Predikat; the final line its total row) so the SAKIP table reader loads
// it as any other. What it trusts:
//   - the header's roles: every word a component, weight, trend or score
//     role (or a year), each named once; the columns' order is the
//     header's: the first figure of a line under the weight's role is the
//     bobot when BOBOT comes before NILAI, and so on;
//   - the trend column is decoration: a cell of block characters only is
//     dropped, never read as a figure;
//   - arithmetic: each nilai at most its bobot, the bobot summing to the
//     final line's, the nilai summing to the final score, a stated
//     predikat the final score's band. A summary that fails a proof is
//     left as written, with a finding.
//
// A sparkline row without a weight column (a trend table) has no
// BOBOT header role: nothing is read.

// sparkGate is the cheap test: one of the eighth blocks ▁ … ▇ (U+2581 …
// U+2587; the full block █ alone is common in bars and shading).
func sparkGate(data []byte) bool {
	for i := 0; ; {
		k := bytes.Index(data[i:], []byte("\xe2\x96"))
		if k < 0 || i+k+2 >= len(data) {
			return false
		}
		k += i
		if b := data[k+2]; b >= 0x81 && b <= 0x87 {
			return true
		}
		i = k + 2
	}
}

// sparkRole is a summary column's role.
type sparkRole uint8

const (
	sparkNone sparkRole = iota
	sparkName
	sparkBobot
	sparkTrend
	sparkNilai
)

var sparkRoleWords = map[string]sparkRole{
	"KOMPONEN": sparkName, "ASPEK": sparkName, "UNSUR": sparkName, "URAIAN": sparkName,
	"BOBOT": sparkBobot,
	"TREN":  sparkTrend, "TREND": sparkTrend, "GRAFIK": sparkTrend, "SPARKLINE": sparkTrend, "RIWAYAT": sparkTrend,
	"NILAI": sparkNilai, "SKOR": sparkNilai,
}

var sparkGradeTail = regexp.MustCompile(`(?i)^(.*?)\s*(?:[(\[]\s*)?(?:predikat\s*:?\s*)?"?\b([A-D]{1,2})\b"?\s*[)\]]?\s*$`)

// sparkSummaries rewrites the application summaries of a text; data
// itself when it holds none. Findings go to doc.
func sparkSummaries(doc *facts.Document, data []byte) []byte {
	if !sparkGate(data) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		roles, ok := sparkHeader(lines[i])
		if !ok {
			continue
		}
		if end, ok := sparkSummary(doc, lines, i, roles); ok {
			changed = true
			i = end
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// sparkHeader reads a header line: its roles in order; name, bobot,
// trend and nilai each once.
func sparkHeader(l string) ([]sparkRole, bool) {
	if len(l) > 300 || strings.IndexByte(l, '\t') >= 0 {
		return nil, false
	}
	var roles []sparkRole
	seen := map[sparkRole]bool{}
	for _, w := range strings.Fields(l) {
		k := strings.ToUpper(strings.Trim(w, "().:/%"))
		if k == "" || sparkYears(k) {
			continue
		}
		r := sparkRoleWords[k]
		if r == sparkNone || seen[r] {
			return nil, false
		}
		seen[r] = true
		roles = append(roles, r)
	}
	if len(roles) != 4 || roles[0] != sparkName {
		return nil, false
	}
	return roles, true
}

// sparkBlocks: c is a sparkline cell: block characters only.
func sparkBlocks(c string) bool {
	if c == "" {
		return false
	}
	for _, r := range c {
		if r < '▁' || r > '█' {
			return false
		}
	}
	return true
}

// sparkRow is one line of a summary read.
type sparkRow struct {
	name         string
	bobot, nilai string
	grade        string
}

// sparkLine reads a line: the name, then its figures in the header's
// order (the sparkline cell dropped); the final line may end in a
// predikat.
func sparkLine(l string, roles []sparkRole, final bool) (sparkRow, bool) {
	var row sparkRow
	t := strings.TrimSpace(l)
	if final {
		if m := sparkGradeTail.FindStringSubmatch(t); m != nil && normalize.Grade(m[2]) != "" {
			t, row.grade = m[1], normalize.Grade(m[2])
		}
	}
	cells := lampSplit(t)
	if len(cells) < 3 || !strings.ContainsFunc(cells[0].text, unicode.IsLetter) {
		return row, false
	}
	row.name = cells[0].text
	var figs []string
	spark := 0
	for _, c := range cells[1:] {
		for _, f := range strings.Fields(c.text) {
			switch {
			case sparkBlocks(f):
				spark++
			case normalize.ParseNumber(f, normalize.Unknown).Status == normalize.OK:
				figs = append(figs, f)
			default:
				return row, false
			}
		}
	}
	if len(figs) != 2 || spark > 1 || final && spark > 0 {
		return row, false
	}
	k := 0
	for _, r := range roles {
		switch r {
		case sparkBobot:
			row.bobot = figs[k]
			k++
		case sparkNilai:
			row.nilai = figs[k]
			k++
		}
	}
	return row, true
}

// sparkSummary reads the summary whose header is line h; it returns the
// last line it took.
func sparkSummary(doc *facts.Document, lines []string, h int, roles []sparkRole) (int, bool) {
	var comps []sparkRow
	var final *sparkRow
	rules, last := 0, h
	for j := h + 1; j < len(lines) && final == nil; j++ {
		l := lines[j]
		t := strings.TrimSpace(l)
		switch {
		case t == "":
			if len(comps) > 0 {
				j = len(lines)
			}
			continue
		case lampRule(l):
			rules++
			last = j
			continue
		}
		if rules >= 2 || len(comps) > 0 && sparkFinalName(t) {
			row, ok := sparkLine(l, roles, true)
			if !ok {
				break
			}
			final, last = &row, j
			continue
		}
		row, ok := sparkLine(l, roles, false)
		if !ok {
			break
		}
		comps = append(comps, row)
		last = j
	}
	if final == nil || len(comps) < 2 {
		return 0, false
	}
	if why := sparkProve(comps, *final); why != "" {
		doc.Add(facts.Finding{Span: facts.Span{Start: h + 1, End: last + 1}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
			Pesan: "ringkasan aplikasi evaluasi: " + why + "; tabel dibiarkan"})
		return 0, false
	}
	rows := make([][]string, 0, len(comps)+1)
	for _, c := range comps {
		rows = append(rows, []string{c.name, c.bobot, c.nilai, ""})
	}
	rows = append(rows, []string{final.name, final.bobot, final.nilai, final.grade})
	if !exportPlace(lines, h, last+1, h, "", []string{"Komponen", "Bobot", "Nilai", "Predikat"}, rows) {
		return 0, false
	}
	return last, true
}

// sparkFinalName: the final line's label (Nilai Akhir, Jumlah, Total).
func sparkFinalName(t string) bool {
	u := strings.ToUpper(t)
	for _, p := range []string{"NILAI AKHIR", "JUMLAH", "TOTAL", "NILAI TOTAL", "SKOR AKHIR"} {
		if strings.HasPrefix(u, p) {
			return true
		}
	}
	return false
}

// sparkProve checks the summary's arithmetic: "" when it holds.
func sparkProve(comps []sparkRow, final sparkRow) string {
	var cells []string
	for _, c := range append(comps, final) {
		cells = append(cells, c.bobot, c.nilai)
	}
	conv := normalize.ColumnConvention(cells)
	num := func(s string) (float64, int) {
		n := normalize.ParseNumber(s, conv)
		return n.Value, n.Decimals
	}
	var sb, sn float64
	dec := 0
	for _, c := range comps {
		b, _ := num(c.bobot)
		v, d := num(c.nilai)
		if v > b+1e-9 {
			return "nilai komponen melebihi bobotnya"
		}
		sb += b
		sn += v
		dec = max(dec, d)
	}
	fb, _ := num(final.bobot)
	fn, d := num(final.nilai)
	dec = max(dec, d)
	tol := float64(len(comps)) * math.Pow(10, -float64(dec)) / 2
	if math.Abs(sb-fb) > tol+1e-9 {
		return "bobot komponen tidak berjumlah bobot akhir"
	}
	if math.Abs(sn-fn) > tol+1e-9 {
		return "nilai komponen tidak berjumlah nilai akhir"
	}
	if final.grade != "" && normalize.GradeOf(fn) != final.grade {
		return "predikat tidak sesuai nilai akhir"
	}
	return ""
}

// sparkYears: a year or a span of years ("2016-2019") beside a role.
func sparkYears(w string) bool {
	for _, p := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '–' }) {
		if !lampYear(p) {
			return false
		}
	}
	return w != ""
}
