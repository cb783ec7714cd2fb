package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// The SAKIP evaluation as an icicle chart typed again: the final score's
// block on top, one block a component under it, each as wide as its
// weight, the component's name, bobot and nilai stacked in its block:
//
//	┌────────────────────────────────────────────────────────────┐
//	│ NILAI AKHIR  bobot 100,00  nilai 64,27  predikat B         │
//	├──────────────────┬──────────────────┬─────────┬────────────┤
//	│ Perencanaan      │ Pengukuran       │ Pelapor │ Evaluasi   │
//	│ bobot 30,00      │ bobot 30,00      │ bobot 15│ bobot 25,00│
//	│ nilai 19,55      │ nilai 20,15      │ nilai 9 │ nilai 14,92│
//	├──────────────────┼──────────────────┼─────────┼────────────┤
//	│▓▓▓▓▓▓▓▓▓▓▓░░░░░░░│▓▓▓▓▓▓▓▓▓▓▓▓░░░░░░│▓▓▓▓▓░░░░│▓▓▓▓▓▓▓░░░░░│
//	└──────────────────┴──────────────────┴─────────┴────────────┘
//
// icicleCharts rewrites it as a TAB table (Komponen, Bobot, Nilai,
// Predikat; the top block its total row) so the SAKIP table reader loads
// it as any other. What it trusts: the blocks' columns as the │ marks on
// the component lines part them; bobot and nilai only by their labels
// (a block without both labels is no component: an icicle of shares has
// no bobot, nothing is read); the proofs of sparkProve (each nilai at most
// its bobot, the components summing to the top's bobot and nilai, the
// predikat the score's band). The blocks' widths and the shaded strip
// under them are drawing, never a figure.

var (
	reIcicleBobot = regexp.MustCompile(`(?i)\bbobot\s*:?\s*(\d+(?:[.,]\d+)?)`)
	reIcicleNilai = regexp.MustCompile(`(?i)\bnilai\s*:?\s*(\d+(?:[.,]\d+)?)`)
	reIcicleGrade = regexp.MustCompile(`(?i)\bpredikat\s*:?\s*"?([A-D]{1,2}[+-]?|AA)\b`)
)

// icicleCharts reads every icicle chart in data (the cheap gate first: a
// box drawn with a tee under its top block and a weight's label).
func icicleCharts(doc *facts.Document, data []byte) []byte {
	if !docHas(doc, data, "┬") || !docHas(doc, data, "├") ||
		!docHas(doc, data, "bobot") && !docHas(doc, data, "Bobot") && !docHas(doc, data, "BOBOT") {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i+3 < len(lines); i++ {
		if !strings.HasPrefix(strings.TrimSpace(lines[i]), "┌") {
			continue
		}
		if end, ok := icicleChart(doc, lines, i); ok {
			changed, i = true, end
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// icicleChart reads the box opening on line top; it reports the box's last
// line when it was rewritten.
func icicleChart(doc *facts.Document, lines []string, top int) (int, bool) {
	// the top block: the lines before the first tee rule
	var final sparkRow
	k := top + 1
	var topText []string
	for ; k < len(lines) && k < top+6; k++ {
		t := strings.TrimSpace(lines[k])
		if strings.HasPrefix(t, "├") {
			break
		}
		if !strings.HasPrefix(t, "│") {
			return 0, false
		}
		topText = append(topText, strings.Trim(t, "│ "))
	}
	if k >= len(lines) || !strings.Contains(lines[k], "┬") {
		return 0, false
	}
	tt := strings.Join(topText, " ")
	mb, mn := reIcicleBobot.FindStringSubmatch(tt), reIcicleNilai.FindStringSubmatch(tt)
	if mb == nil || mn == nil {
		return 0, false
	}
	final = sparkRow{name: "Nilai Akhir", bobot: mb[1], nilai: mn[1]}
	if m := reIcicleGrade.FindStringSubmatch(tt); m != nil {
		final.grade = normalize.Grade(m[1])
	}
	// the component blocks: the lines up to the next rule, parted at │
	var cols [][]string
	end := k + 1
	for ; end < len(lines); end++ {
		t := strings.TrimSpace(lines[end])
		if !strings.HasPrefix(t, "│") {
			break
		}
		cells := strings.Split(strings.Trim(t, "│"), "│")
		if cols == nil {
			cols = make([][]string, len(cells))
		}
		if len(cells) != len(cols) {
			return 0, false
		}
		for c, cell := range cells {
			if cell = strings.TrimSpace(cell); cell != "" {
				cols[c] = append(cols[c], cell)
			}
		}
	}
	if len(cols) < 2 {
		return 0, false
	}
	var comps []sparkRow
	for _, col := range cols {
		var name []string
		var row sparkRow
		for _, cell := range col {
			if m := reIcicleBobot.FindStringSubmatch(cell); m != nil {
				row.bobot = m[1]
			} else if m := reIcicleNilai.FindStringSubmatch(cell); m != nil {
				row.nilai = m[1]
			} else if row.bobot == "" && row.nilai == "" {
				name = append(name, cell)
			}
		}
		row.name = strings.Join(name, " ")
		if row.name == "" || row.bobot == "" || row.nilai == "" || strings.ContainsAny(row.name, "0123456789") {
			return 0, false
		}
		comps = append(comps, row)
	}
	// the box's last line, past the drawn strip
	last := end
	for ; last < len(lines) && last < end+4; last++ {
		if strings.HasPrefix(strings.TrimSpace(lines[last]), "└") {
			break
		}
	}
	if last >= len(lines) || !strings.HasPrefix(strings.TrimSpace(lines[last]), "└") {
		return 0, false
	}
	if why := sparkProve(comps, final); why != "" {
		doc.Add(facts.Finding{Span: facts.Span{Start: top + 1, End: last + 1}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
			Pesan: "diagram icicle evaluasi AKIP: " + why + "; diagram dibiarkan"})
		return 0, false
	}
	rows := make([][]string, 0, len(comps)+1)
	for _, c := range comps {
		rows = append(rows, []string{c.name, c.bobot, c.nilai, ""})
	}
	rows = append(rows, []string{final.name, final.bobot, final.nilai, final.grade})
	if !exportPlace(lines, top, last+1, top, "", []string{"Komponen", "Bobot", "Nilai", "Predikat"}, rows) {
		return 0, false
	}
	return last, true
}
