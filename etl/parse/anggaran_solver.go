package parse

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The budget as an optimisation tool's answer report (Excel Solver's
// "Answer Report", LibreOffice Solver, OpenSolver), copied as TAB sections:
//
//	Variable Cells
//	Cell	Name	Original Value	Final Value	Integer
//	$D$7	3355 Pengelolaan Keuangan Realisasi	1.010.330.000	1.010.330.000	Contin
//	Constraints
//	Cell	Name	Cell Value	Formula	Status	Slack
//	$D$7	3355 Pengelolaan Keuangan Realisasi	1.010.330.000	$D$7<=1033450000	Not Binding	23.120.000
//	$F$7	3355 Pengelolaan Keuangan Serapan	97,76%	$F$7>=0,9	Not Binding	7,76%
//
// A row's figures are spread over the cell's value, the bound of its
// formula and the slack. The name is the row label and the column title:
// the last word says the measure (Realisasi, Serapan, Pagu, Sisa), the
// first the budget code (program 076.01.WA, kegiatan 4 digits) or JUMLAH /
// TOTAL for the whole DIPA. What proves a record:
//   - the pagu is the bound of the realisasi cell's "<=" constraint: a
//     constant, or another cell of the report named the same label's Pagu;
//   - that constraint's slack must be pagu − realisasi exactly (it is the
//     sisa); a row whose slack disagrees, whose realisasi has no bound or
//     whose serapan cell is not realisasi/pagu is left out (and reported);
//   - the kegiatan sum to their program, the programs to the total
//     (recsWrite), else nothing of the report is loaded.
//
// A report whose cells name no budget code (a transport or production
// model, a Goal Seek box) is not this reader's. A proven report is
// rewritten in place as one TAB budget table for the budget table reader.

var (
	solverRef      = regexp.MustCompile(`^\$?([A-Z]{1,3})\$?(\d{1,6})$`)
	solverFormula  = regexp.MustCompile(`^\$?([A-Z]{1,3})\$?(\d{1,6})\s*(<=|>=|=|≤|≥)\s*(\S+)$`)
	solverReversed = regexp.MustCompile(`^([^\s<>=≤≥]+)\s*(<=|>=|=|≤|≥)\s*\$?([A-Z]{1,3})\$?(\d{1,6})$`)
	solverSection  = regexp.MustCompile(`(?i)^(?:objective cells?|variable cells|constraints|target cell|adjustable cells|sel (?:tujuan|sasaran|variabel)|batasan|kendala)\b`)
	solverDots     = regexp.MustCompile(`^\d{1,3}(?:\.\d{3})+(?:,0+)?$`)
	solverCommas   = regexp.MustCompile(`^\d{1,3}(?:,\d{3})+(?:\.0+)?$`)
	solverBare     = regexp.MustCompile(`^\d+(?:[.,]0{1,2})?$`)
)

// solverMeasure: the measure a name's last word says.
var solverMeasure = map[string]string{
	"realisasi": "real", "realization": "real", "realisation": "real",
	"serapan": "sera", "absorption": "sera",
	"pagu": "pagu", "budget": "pagu", "ceiling": "pagu",
	"sisa": "sisa",
}

// solverCols: the columns of a section header; -1 where it has none.
type solverCols struct{ cell, name, value, formula, slack int }

// solverHeader reads a section header: Cell / Name and a value column
// (Final Value, Cell Value, their Indonesian Sel / Nama / Nilai Akhir /
// Nilai Sel), Formula / Rumus and Slack / Kelonggaran in the constraints.
func solverHeader(l string) (solverCols, bool) {
	c := solverCols{-1, -1, -1, -1, -1}
	if strings.IndexByte(l, '\t') < 0 {
		return c, false
	}
	for k, f := range strings.Split(l, "\t") {
		switch strings.ToLower(strings.Join(strings.Fields(f), " ")) {
		case "cell", "sel":
			c.cell = k
		case "name", "nama":
			c.name = k
		case "final value", "nilai akhir", "cell value", "nilai sel":
			c.value = k
		case "formula", "rumus":
			c.formula = k
		case "slack", "kelonggaran":
			c.slack = k
		}
	}
	return c, c.cell >= 0 && c.name >= 0 && c.value >= 0
}

// solverAmount reads a whole-rupiah amount: bare digits, dot or comma
// thousands, a decimal part only of zeros.
func solverAmount(s string) (int64, bool) {
	s = strings.TrimSpace(s)
	switch {
	case solverDots.MatchString(s):
		s = strings.ReplaceAll(strings.SplitN(s, ",", 2)[0], ".", "")
	case solverCommas.MatchString(s):
		s = strings.ReplaceAll(strings.SplitN(s, ".", 2)[0], ",", "")
	case solverBare.MatchString(s):
		s = strings.FieldsFunc(s, func(r rune) bool { return r == '.' || r == ',' })[0]
	default:
		return 0, false
	}
	v, err := strconv.ParseInt(s, 10, 64)
	return v, err == nil
}

// solverPercent: a serapan cell as a percent text: "97,76%" as written, a
// fraction "0,9776" times a hundred.
func solverPercent(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if p, ok := strings.CutSuffix(s, "%"); ok {
		p = strings.TrimSpace(p)
		_, err := strconv.ParseFloat(strings.ReplaceAll(p, ",", "."), 64)
		return p, err == nil
	}
	k := strings.IndexAny(s, ",.")
	if k != 1 || s[0] > '1' || len(s)-k-1 < 2 {
		return "", false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", "."), 64)
	if err != nil {
		return "", false
	}
	return strings.ReplaceAll(strconv.FormatFloat(v*100, 'f', len(s)-k-3, 64), ".", ","), true
}

// solverBound: the upper bound a formula sets on cell, written either way
// round ("$D$7<=1033450000", "1033450000>=$D$7"); false for a lower bound,
// an equality or another cell's formula.
func solverBound(formula, cell string) (string, bool) {
	if m := solverFormula.FindStringSubmatch(formula); m != nil && m[1]+m[2] == cell {
		return m[4], m[3] == "<=" || m[3] == "≤"
	}
	if m := solverReversed.FindStringSubmatch(formula); m != nil && m[3]+m[4] == cell {
		return m[1], m[2] == ">=" || m[2] == "≥"
	}
	return "", false
}

// solverRow is one row of a report's sections.
type solverRow struct {
	cell, label, measure string
	value, formula       string
	slack                string
	hasSlack             bool
}

// solverItem gathers a label's figures.
type solverItem struct {
	abreastRec
	bad string
}

func solverReports(doc *facts.Document, data []byte) []byte {
	if !docHas(doc, data, "Slack") && !docHas(doc, data, "Kelonggaran") {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i < len(lines); i++ {
		if c, ok := solverHeader(lines[i]); !ok || c.formula < 0 || c.slack < 0 {
			continue
		}
		end, ok := solverRead(doc, lines, i)
		changed = changed || ok
		i = max(i, end)
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// solverRead reads the report whose constraints header is line h; the
// last line of its constraints, true when it was rewritten.
func solverRead(doc *facts.Document, lines []string, h int) (int, bool) {
	// the report's earlier sections: up over their rows, headers, titles
	from := h
	for k := h - 1; k >= 0 && k >= h-80; k-- {
		t := strings.TrimSpace(lines[k])
		_, head := solverHeader(lines[k])
		if t == "" || head || solverSection.MatchString(t) || solverRef.MatchString(strings.SplitN(t, "\t", 2)[0]) {
			if t != "" {
				from = k
			}
			continue
		}
		break
	}
	var rows []solverRow
	var cols solverCols
	to := h + 1
	for k := from; k < len(lines); k++ {
		l := lines[k]
		if c, ok := solverHeader(l); ok {
			cols = c
			continue
		}
		f := strings.Split(l, "\t")
		if !solverRef.MatchString(strings.TrimSpace(f[0])) || cols.cell < 0 {
			if k > h {
				break
			}
			continue
		}
		to = k + 1
		get := func(c int) string {
			if c < 0 || c >= len(f) {
				return ""
			}
			return strings.TrimSpace(f[c])
		}
		r := solverRow{cell: strings.ReplaceAll(get(cols.cell), "$", ""), value: get(cols.value), formula: get(cols.formula),
			slack: get(cols.slack), hasSlack: cols.slack >= 0}
		words := strings.Fields(get(cols.name))
		if len(words) > 1 {
			r.measure = solverMeasure[strings.ToLower(words[len(words)-1])]
			r.label = strings.Join(words[:len(words)-1], " ")
		}
		rows = append(rows, r)
	}
	items, why := solverItems(rows)
	if len(items) == 0 {
		return to - 1, false // no budget code: a model of another trade
	}
	fail := func(why string) (int, bool) {
		doc.Add(facts.Finding{Span: facts.Span{Start: from + 1, End: to}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
			Pesan: "laporan solver: " + why + "; tidak dimuat sebagai anggaran"})
		return to - 1, false
	}
	if why != "" {
		return fail(why)
	}
	var kept []*abreastRec
	for _, it := range items {
		if it.bad != "" {
			doc.Add(facts.Finding{Span: facts.Span{Start: from + 1, End: to}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
				Pesan: "laporan solver: " + it.bad + "; baris tidak dimuat"})
			continue
		}
		kept = append(kept, &it.abreastRec)
	}
	if len(kept) == 0 {
		return to - 1, false
	}
	if why, placed := recsWrite(lines, kept, from, to); why != "" {
		return fail(why)
	} else if !placed {
		return to - 1, false
	}
	return to - 1, true
}

// solverItems gathers the rows by label, in the order first seen: the
// realisasi from its cell, the pagu from its bound, the sisa from the
// slack, the serapan from its cell; each item proven or marked bad. A
// reason when a row with a budget measure names no budget code.
func solverItems(rows []solverRow) ([]*solverItem, string) {
	byCell := map[string]string{}
	nameOf := map[string]solverRow{}
	for _, r := range rows {
		if v, ok := byCell[r.cell]; ok && v != r.value {
			return nil, "sel " + r.cell + " bernilai dua"
		}
		byCell[r.cell], nameOf[r.cell] = r.value, r
	}
	var items []*solverItem
	byLabel := map[string]*solverItem{}
	coded := false
	for _, r := range rows {
		if r.measure == "" {
			continue
		}
		code := strings.Fields(r.label)[0]
		total := hierTotal.MatchString(r.label)
		if !total && !passbookCode(code) {
			continue
		}
		coded = true
		key := "TOTAL"
		if !total {
			key = code
		}
		it := byLabel[key]
		if it == nil {
			it = &solverItem{}
			it.total = total
			if total {
				it.name = "TOTAL"
			} else {
				it.code, it.name = code, strings.TrimSpace(strings.TrimPrefix(r.label, code))
			}
			byLabel[key] = it
			items = append(items, it)
		}
		set := func(dst *string, v string) {
			if *dst != "" && *dst != v {
				it.bad = key + ": " + r.measure + " tertulis dua"
			}
			*dst = v
		}
		switch r.measure {
		case "real":
			v, ok := solverAmount(r.value)
			if !ok {
				it.bad = key + ": realisasi bukan angka"
				continue
			}
			set(&it.real, fullPathID(v*100))
			bound, ok := solverBound(r.formula, r.cell)
			if !ok {
				continue
			}
			if ref := solverRef.FindStringSubmatch(bound); ref != nil {
				// a bound in another cell: the same label's pagu, listed
				o, ok := nameOf[ref[1]+ref[2]]
				if !ok || o.measure != "pagu" || o.label != r.label {
					continue
				}
				bound = o.value
			}
			p, ok := solverAmount(bound)
			if !ok {
				continue
			}
			set(&it.pagu, fullPathID(p*100))
			if r.hasSlack {
				s, ok := solverAmount(r.slack)
				if !ok || s != p-v {
					it.bad = key + ": slack ≠ batas − nilai"
					continue
				}
				set(&it.sisa, fullPathID(s*100))
			}
		case "pagu":
			if v, ok := solverAmount(r.value); ok {
				set(&it.pagu, fullPathID(v*100))
			}
		case "sisa":
			if v, ok := solverAmount(r.value); ok {
				set(&it.sisa, fullPathID(v*100))
			}
		case "sera":
			if p, ok := solverPercent(r.value); ok {
				set(&it.sera, p)
			}
		}
	}
	if !coded {
		return nil, ""
	}
	for _, it := range items {
		switch {
		case it.bad != "":
		case it.real == "" || it.pagu == "":
			it.bad = it.name + " " + it.code + ": tanpa pagu/realisasi"
		default:
			if w := hierProve(&it.hierBox); w != "" {
				it.bad = it.code + " " + it.name + ": " + w
			}
		}
	}
	return items, ""
}
