package parse

import (
	"math"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// The budget as the task table of a planning tool (MS Project Cost or
// Tracking table, ProjectLibre/GanttProject export, Smartsheet sheet),
// copied as TAB (or pipe) columns:
//
//	ID	Task Name	Fixed Cost	Fixed Cost Accrual	Total Cost	Baseline	Variance	Actual	Remaining	Serapan (%)
//	0	DIPA 2023 - Kabupaten X	Rp0,00	Prorated	Rp12.265.350.000,00	Rp12.265.350.000,00	Rp0,00	…
//	1	   076.01.WA Program Dukungan Manajemen	…
//
// The hierarchy is the plan's: an outline number / WBS / outline level
// column ("1", "1.1"), else the name's indentation; the summary task (the
// total) may come first, or a "Total" row last. The figure titles are the
// planners' words (Baseline, Budget(ed) Cost, BAC the pagu; Actual (Cost),
// ACWP the realisasi; Remaining (Cost), ETC the sisa), which the ordinary
// reader does not know; Variance, Fixed Cost, Accrual, Total Cost, EAC,
// Forecast, % Complete, durations and dates are never a record's figures.
//
// What proves it: every row's sisa = pagu − realisasi or its stated
// serapan = realisasi/pagu; every summary task's children sum to it in
// pagu, realisasi and sisa, the programs to the total. recsWrite writes the
// proven rows again as one TAB budget table. A plan of budget codes whose
// sums fail is blanked (anggaran.rencana_proyek): nothing of it is proven.

// msprojCols: the columns of a plan's header; -1 when absent.
type msprojCols struct {
	name, code, level, pagu, real, sisa, pct int
	n                                        int
	levelNum                                 bool // the level column an outline level (2), not an outline number (1.1)
}

// msprojRow is one task row.
type msprojRow struct {
	indent int
	level  int // -1 when no outline is written
	code   string
	name   string
	figs   [4]int64 // pagu, realisasi, sisa, percent in hundredths; staNone when absent
	parent *msprojRow
	kids   []*msprojRow
}

// msprojTables rewrites the plans' cost tables in data; data itself when
// it holds none.
func msprojTables(doc *facts.Document, data []byte) []byte {
	if !docHasAny(doc, data, "Actual", "ACTUAL", "ACWP") ||
		!docHasAny(doc, data, "Baseline", "BASELINE", "Budget", "BUDGET", "BAC") {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i+3 < len(lines); i++ {
		sep := staSep(lines[i])
		if sep == 0 {
			continue
		}
		cols, ok := msprojHeader(staCells(lines[i], sep))
		if !ok {
			continue
		}
		if end, ok := msprojTable(doc, lines, i, sep, cols); ok {
			changed = true
			i = end
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// msprojRole: a planning tool's figure column by its title, and whether
// the title is a planner's word (not the ordinary reader's).
func msprojRole(cell string) (int, bool) {
	k := normalize.SpacedKey(cell)
	switch {
	case has(k, "variance", "fixed", "accrual", "eac", "forecast", "estimate", "complete", "duration", "work",
		"start", "finish", "bcws", "bcwp", "pv", "ev", "cv", "sv", "cpi", "spi", "earned", "overtime") ||
		has(k, "total") && has(k, "cost") || has(k, "planned") && has(k, "value"):
		return roleNone, false
	case has(k, "remaining", "etc"):
		return roleSisa, true
	case has(k, "actual", "acwp"):
		return roleRealisasi, true
	case has(k, "baseline", "bac") || has(k, "budget", "budgeted") && has(k, "cost"):
		return rolePagu, true
	}
	switch r := anggaranRoleOf(cell); r {
	case rolePagu, roleRealisasi, roleSisa, rolePersen:
		return r, false
	}
	return roleNone, false
}

// msprojHeader reads a header with one pagu and one realisasi column (at
// most one sisa and one percent), one of them a planner's word, and a
// task name column.
func msprojHeader(cells []string) (msprojCols, bool) {
	c := msprojCols{name: -1, code: -1, level: -1, pagu: -1, real: -1, sisa: -1, pct: -1, n: len(cells)}
	if len(cells) < 4 || len(cells) > 16 {
		return c, false
	}
	planner := false
	set := func(p *int, k int) bool {
		if *p >= 0 {
			return false
		}
		*p = k
		return true
	}
	for k, cell := range cells {
		key := normalize.SpacedKey(cell)
		if has(key, "juta", "million", "usd") || strings.Contains(cell, "$") {
			return c, false // a unit the budget table does not write
		}
		r, pl := msprojRole(cell)
		planner = planner || pl
		ok := true
		switch {
		case r == rolePagu:
			ok = set(&c.pagu, k)
		case r == roleRealisasi:
			ok = set(&c.real, k)
		case r == roleSisa:
			ok = set(&c.sisa, k)
		case r == rolePersen:
			ok = set(&c.pct, k)
		case has(key, "outline", "wbs", "level", "tingkat", "hierarchy"):
			ok = set(&c.level, k)
			c.levelNum = has(key, "level", "tingkat")
		case anggaranRoleOf(cell) == roleKode:
			ok = set(&c.code, k)
		case c.name < 0 && has(key, "name", "task", "nama", "tugas", "uraian", "activity", "kegiatan", "program", "description", "item"):
			c.name = k
		}
		if !ok {
			return c, false
		}
	}
	return c, planner && c.pagu >= 0 && c.real >= 0 && c.name >= 0
}

// msprojTable reads the plan whose header is lines[h]; the last line it
// covers and whether it rewrote (or blanked) it.
func msprojTable(doc *facts.Document, lines []string, h int, sep byte, cols msprojCols) (int, bool) {
	var raw [][]string
	end := h
	for k := h + 1; k < len(lines) && k <= h+300; k++ {
		if staRule(lines[k]) {
			end = k
			continue
		}
		if staSep(lines[k]) != sep {
			break
		}
		t := lines[k]
		if sep == '|' {
			t = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(t), "|"), "|")
		}
		cells := strings.Split(t, string(sep)) // untrimmed: the name's indentation is the depth
		for len(cells) < cols.n {
			cells = append(cells, "") // a trailing empty cell lost in the copy
		}
		if len(cells) > cols.n {
			return h, false
		}
		raw, end = append(raw, cells), k
	}
	if len(raw) < 3 {
		return h, false
	}
	rows := msprojRows(raw, cols)
	if rows == nil {
		return h, false
	}
	total, tops, ok := msprojTree(rows)
	if !ok {
		return h, false // no plan of budget codes: another reader's
	}
	recs, why := msprojProve(rows, total, tops, 100)
	if why == "" {
		var placed bool
		if why, placed = recsWrite(lines, recs, h, end+1); why == "" {
			return end, placed
		}
	}
	doc.Add(facts.Finding{Span: facts.Span{Start: h + 1, End: end + 1}, Aturan: "anggaran.rencana_proyek", Tingkat: facts.Warning,
		Pesan: "tabel biaya rencana proyek: " + why + "; tidak dimuat"})
	for k := h; k <= end; k++ {
		lines[k] = ""
	}
	return end, true
}

// msprojRows reads the body's rows with the decimal and grouping marks
// that read every figure; nil when a row is no task row.
func msprojRows(raw [][]string, cols msprojCols) []*msprojRow {
	figCols := [4]int{cols.pagu, cols.real, cols.sisa, cols.pct}
conv:
	for _, cv := range [2][2]byte{{',', '.'}, {'.', ','}} {
		rows := make([]*msprojRow, 0, len(raw))
		for _, cells := range raw {
			r := &msprojRow{level: -1, figs: [4]int64{staNone, staNone, staNone, staNone}}
			for f, c := range figCols {
				v := ""
				if c >= 0 {
					v = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(cells[c]), "%"))
					v = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(v, "IDR"), "Rp"), "."))
				}
				x, ok := spoolValue(v, cv[0], cv[1])
				switch {
				case ok && (f > 0 || x >= 100000):
					r.figs[f] = x
				case ok || v != "":
					continue conv // a "pagu" under Rp 1.000 is an indicator's baseline, a percent
				}
			}
			name := strings.ReplaceAll(cells[cols.name], "\u00a0", " ")
			r.indent, r.name = len(name)-len(strings.TrimLeft(name, " ")), strings.TrimSpace(name)
			if c := strings.TrimSpace(cells[max(cols.code, 0)]); cols.code >= 0 && isCode(c) {
				r.code = c
			} else if c, d := budgetCode(r.name); c != "" {
				r.code, r.name = c, d
			}
			if cols.level >= 0 {
				r.level = msprojOutline(strings.TrimSpace(cells[cols.level]), cols.levelNum)
			}
			rows = append(rows, r)
		}
		return rows
	}
	return nil
}

// msprojOutline: the depth an outline number gives ("1.1.2": 3, "0": 0),
// or an outline level column's number itself (num); -1 for another cell.
func msprojOutline(s string, num bool) int {
	s = strings.TrimSuffix(s, ".")
	switch {
	case s == "" || strings.Trim(s, "0123456789.") != "" || strings.HasPrefix(s, ".") || strings.Contains(s, "..") ||
		num && len(s) != 1:
		return -1 // an outline level of one digit: a plan deeper than nine levels is no budget
	case num || s == "0":
		return int(s[0] - '0')
	}
	return strings.Count(s, ".") + 1
}

// msprojTree nests the rows by the outline (or, without one, the
// indentation) and finds the total: a summary task over every other row
// first, or a total's label last. ok is false when a row other than the
// total names no budget code, or the tops are no programs.
func msprojTree(rows []*msprojRow) (total *msprojRow, tops []*msprojRow, ok bool) {
	body := rows
	if last := rows[len(rows)-1]; last.code == "" {
		if g, _ := staLabel(last.name); g {
			total, body = last, rows[:len(rows)-1]
		}
	}
	depth := func(r *msprojRow) int { return r.indent }
	outline, flat := true, true
	for _, r := range body {
		outline, flat = outline && r.level >= 0, flat && r.indent == body[0].indent
	}
	switch {
	case outline:
		depth = func(r *msprojRow) int { return r.level }
	case flat && total == nil && body[0].code == "":
		// the indentation lost (a PDF's text, a sheet pasted flat) under a
		// summary task first: the codes' kinds give the depth, the sums
		// below prove it
		depth = msprojCodeDepth
	}
	nested := false
	for i, r := range body {
		for j := i - 1; j >= 0; j-- {
			if depth(body[j]) < depth(r) {
				r.parent = body[j]
				body[j].kids = append(body[j].kids, r)
				nested = true
				break
			}
		}
	}
	if !nested {
		return nil, nil, false // a flat table: the ordinary reader's
	}
	for _, r := range body {
		if r.parent == nil {
			tops = append(tops, r)
		}
	}
	if total == nil && len(tops) == 1 && tops[0] == body[0] && body[0].code == "" {
		total, tops = body[0], body[0].kids
	}
	for _, r := range rows {
		if r.code == "" && r != total {
			return nil, nil, false
		}
	}
	for _, t := range tops {
		if _, ok := programCode(t.code); !ok {
			return nil, nil, false
		}
	}
	return total, tops, true
}

// msprojCodeDepth: the depth a budget code's kind gives under the
// summary task: a program 1, a kegiatan 2, an output or account 3.
func msprojCodeDepth(r *msprojRow) int {
	_, prog := programCode(r.code)
	_, keg := kegiatanCode(r.code)
	switch {
	case r.code == "":
		return 0
	case prog:
		return 1
	case keg:
		return 2
	}
	return 3
}

// msprojProve proves every row and every sum; the records of the
// programs, their kegiatan and the total, or why the plan is unproven.
// whole is what every pagu and realisasi is a multiple of: 100 in rupiah
// (a budget's figures), 1 in thousands of rupiah.
func msprojProve(rows []*msprojRow, total *msprojRow, tops []*msprojRow, whole int64) ([]*abreastRec, string) {
	for _, r := range rows {
		p, re, s, pct := r.figs[0], r.figs[1], r.figs[2], r.figs[3]
		name := map[bool]string{false: r.code, true: "total"}[r == total]
		if p == staNone || re == staNone || p <= 0 || p%whole != 0 || re%whole != 0 {
			return nil, name + ": pagu/realisasi bukan rupiah utuh"
		}
		if s == staNone && pct == staNone {
			return nil, name + ": tanpa sisa maupun serapan"
		}
		if s != staNone && s != p-re {
			return nil, name + ": sisa bukan pagu dikurangi realisasi"
		}
		tol := 0.01 // the last written decimal, as hierProve: "96,47", "96,5"
		if pct%10 == 0 {
			tol = 0.1
		}
		if pct != staNone && math.Abs(float64(pct)/100-float64(re)/float64(p)*100) > tol+1e-9 {
			return nil, name + ": serapan bukan realisasi/pagu"
		}
		kids := r.kids
		if r == total {
			kids = tops
		}
		for f := 0; f < 3 && len(kids) > 0; f++ {
			if r.figs[f] == staNone {
				continue
			}
			var sum int64
			for _, k := range kids {
				if k.figs[f] == staNone {
					return nil, name + ": rincian tanpa angka"
				}
				sum += k.figs[f]
			}
			if sum != r.figs[f] {
				return nil, name + ": " + []string{"pagu", "realisasi", "sisa"}[f] + " bukan jumlah rinciannya"
			}
		}
	}
	rec := func(r *msprojRow, induk string) *abreastRec {
		a := &abreastRec{induk: induk, hierBox: hierBox{code: r.code, name: r.name, total: r == total}}
		a.pagu, a.real = tapeFigure(r.figs[0]), tapeFigure(r.figs[1])
		if r.figs[2] != staNone {
			a.sisa = tapeFigure(r.figs[2])
		}
		if r.figs[3] != staNone {
			a.sera = staFormat(r.figs[3], true)
		}
		return a
	}
	var recs []*abreastRec
	for _, t := range tops {
		recs = append(recs, rec(t, ""))
		for _, k := range t.kids {
			if _, ok := kegiatanCode(k.code); ok {
				recs = append(recs, rec(k, t.code))
			}
		}
	}
	if total != nil {
		recs = append(recs, rec(total, ""))
	}
	return recs, ""
}
