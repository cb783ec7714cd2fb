package parse

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/indicator"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// seriCol is one value column of a multi-year table.
type seriCol struct {
	idx   int
	jenis string // realisasi, target, target_nasional
	year  int
}

// seriesStack: the widest table whose per-column notes seriesColumns
// keeps on the stack.
const seriesStack = 16

// seriesColumns works out the year and kind of each column of a table
// whose header names years ("Realisasi 2020-2023 | 2020 2021 2022 2023 |
// 2024 Target Realisasi | Target Nasional (KPU RI) 2024"). It reports
// whether the table is a series: two or more year columns, and a header
// that speaks of realisation (a Renstra matrix of targets alone is not).
func (p *parser) seriesColumns(t *tableInfo) bool {
	if !containsSpaced(t.hdr, "realisa") {
		return p.targetYearColumns(t) // yearly targets the capaian proves (seri_targets.go)
	}
	cols := t.columns()
	n := len(cols)
	// a header whose labels sit in fewer cells than the columns (a PDF
	// that lost empty cells) cannot say which column a label belongs to
	for hi, h := range t.b.Header {
		if hi < len(t.b.Header)-1 && len(h.Cells) > 0 && yearAlone(h.Cells[len(h.Cells)-1]) != 0 {
			continue // an upper row ending in a year group ("2024" over Target | Realisasi | Capaian): the group spans to the end
		}
		labels := 0
		for _, c := range h.Cells {
			switch roleOf(c) {
			case roleTarget, roleRealisasi, roleNasional:
				labels++
			}
		}
		if labels > 0 && len(h.Cells) < n-1 {
			if p.yearRowColumns(t) {
				return true
			}
			p.find("tabel.tidak_dibaca", facts.Info, t.b.Start, t.b.End, t.label,
				"%s: kepala tabel perbandingan tidak sejajar dengan kolomnya; tabel tidak dibaca", t.label)
			t.fam = famNone
			return true
		}
	}
	if !headerYear(t.b) {
		return false // no column or year row can name a year (classify.go)
	}
	// role, bare, label and spanAt stay in this call (their helpers keep
	// none of them): for a table of up to seriesStack columns they live
	// on the stack, not four allocations per table asked (issue 13)
	var roleBuf, spanBuf [seriesStack]int
	var bareBuf, labelBuf [seriesStack][]int
	role, spanAt := roleBuf[:0], spanBuf[:0]
	bare, label := bareBuf[:0], labelBuf[:0]
	if n <= seriesStack {
		role, spanAt, bare, label = roleBuf[:n:n], spanBuf[:n:n], bareBuf[:n:n], labelBuf[:n:n]
	} else {
		role, spanAt, bare, label = make([]int, n), make([]int, n), make([][]int, n), make([][]int, n)
	}
	// bare: years written alone (the year row), nearest the data first;
	// label: years inside labels ("Realisasi 2024", "2020 2021"); spanAt:
	// a label that gives its kind to the year columns after it
	for j, cs := range cols {
		for _, c := range cs {
			r := roleOf(c)
			if twoYearDigits(c) && reYearRange.MatchString(c) { // the pattern needs two years (scan_gate.go)
				if r == roleRealisasi || r == roleTarget {
					spanAt[j] = r
				}
				continue // the range's years are not this column's
			}
			if containsFoldASCII(c, "nasional") && containsFoldASCII(c, "realisasi") { // no k: as strings.ToLower would
				role[j] = -1 // a national realisation is not a jenis we keep
				continue
			}
			if r == roleRealisasi || r == roleTarget {
				spanAt[j] = r
			}
			if role[j] == roleNone && r != roleNone {
				role[j] = r
			}
			ys := yearsIn(c)
			if len(ys) == 1 && strings.TrimSpace(c) == strconv.Itoa(ys[0]) {
				bare[j] = append(bare[j], ys[0])
			} else {
				label[j] = append(label[j], ys...)
			}
		}
	}
	planTargets(t.b, cols, role, -1) // "Target Renstra" beside "Target PK": no jenis we keep (capaian_plan.go)
	for j, r := range role {
		if r == -1 {
			bare[j], label[j] = nil, nil
		}
	}
	groupYears(t.b, n, role, bare, label)
	jenis := make([]string, n)
	years := make([]int, n)
	span := roleRealisasi
	prev, nYear, nReal := 0, 0, 0
	misplaced := false
	for j := 0; j < n; j++ {
		if spanAt[j] != roleNone {
			span = spanAt[j]
		}
		r := role[j]
		hasYear := len(bare[j]) > 0 || len(label[j]) > 0
		switch {
		case r == roleNone && hasYear:
			r = span
		case r == roleTarget || r == roleRealisasi || r == roleNasional:
		case len(bare[j]) > 0 && r > 0:
			// a year under a text label ("Indikator"): the labels are
			// shifted against the columns
			misplaced = true
			continue
		default:
			continue
		}
		y := nextYear(bare[j], prev)
		if y == 0 {
			y = nextYear(label[j], prev)
		}
		if y == 0 && len(bare[j]) > 0 {
			y = bare[j][0]
		}
		if y == 0 && len(label[j]) > 0 {
			y = label[j][len(label[j])-1]
		}
		if y == 0 {
			y = p.doc.Meta.Tahun
		} else {
			prev = max(prev, y)
			nYear++
		}
		years[j] = y
		switch r {
		case roleRealisasi:
			jenis[j] = "realisasi"
			nReal++
		case roleTarget:
			jenis[j] = "target"
		case roleNasional:
			jenis[j] = "target_nasional"
		}
	}
	if nYear < 2 || nReal == 0 {
		return p.yearRowColumns(t)
	}
	if (misplaced || repeatsColumn(years, jenis)) && p.yearRowColumns(t) {
		return true
	}
	if nextYearPlan(role, years, jenis) {
		return false // one year's target, realisation and capaian, and next year's target: a capaian table
	}
	if p.splitMeasured(t, role, years, jenis, label) {
		return false // the report year's capaian, earlier years beside it: capaianTable reads both
	}
	if y, jn := dropRepeated(years, jenis, func(j int) bool { return filledColumn(t.b, j) }); y != 0 {
		p.find("seri.kolom_ganda", facts.Warning, t.b.Start, t.b.End, t.label,
			"%s: dua kolom %s tahun %d; kepala tabel tidak menyebut tahun masing-masing, kolom itu tidak dimuat", t.label, jn, y)
	}
	t.years = years
	t.jenis = jenis
	t.roles = capaianRolesOf(t.b, cols)
	return true
}

// nextYear is the smallest year of ys after prev, or 0.
func nextYear(ys []int, prev int) int {
	y := 0
	for _, c := range ys {
		if c > prev && (y == 0 || c < y) {
			y = c
		}
	}
	return y
}

var reYearRange = regexp.MustCompile(`(?:19|20)\d\d\s*(?:-|s\.?d\.?|sampai)\s*(?:19|20)\d\d`)

// yearsIn lists the years (1990-2099) written in s.
func yearsIn(s string) []int {
	var out []int
	for i := 0; i+4 <= len(s); i++ {
		if (i > 0 && isDigitByte(s[i-1])) || (i+4 < len(s) && isDigitByte(s[i+4])) {
			continue
		}
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigitByte(s[i+2]) && isDigitByte(s[i+3]) {
			out = append(out, int(s[i]-'0')*1000+int(s[i+1]-'0')*100+int(s[i+2]-'0')*10+int(s[i+3]-'0'))
		}
	}
	return out
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// seriTable reads a multi-year comparison table.
func (p *parser) seriTable(t *tableInfo) {
	b := t.b
	roles := t.roles
	ind := indexOf(roles, roleIndikator)
	if ind < 0 {
		return
	}
	n := 0 // counted first: one array of the columns' number, not one per doubling
	for _, jn := range t.jenis {
		if jn != "" && jn != jenisOff {
			n++
		}
	}
	var cols []seriCol
	if n > 0 {
		cols = make([]seriCol, 0, n)
	}
	for j, jn := range t.jenis {
		if jn != "" && jn != jenisOff {
			cols = append(cols, seriCol{idx: j, jenis: jn, year: t.years[j]})
		}
	}
	if len(cols) == 0 {
		return
	}
	unitIdx := indexOf(roles, roleSatuan)
	kindCol := rowKindColumn(t, ind, cols)
	carried := "" // the indicator of a row-kind table's group, named on its first row
	rows := b.Rows
	if kindCol >= 0 {
		rows = p.splitKindRows(t, kindCol, ind, cols)
	}
	for ri := range rows {
		r := &rows[ri]
		if isFootnoteRow(r) || len(r.Cells) <= ind {
			continue
		}
		text := r.Cells[ind]
		if before, _, ok := splitGroupTail(r, text); ok {
			text = before // a group heading merged into the row (capaian_groups.go)
		}
		rowJenis := ""
		if kindCol >= 0 {
			if rowJenis = rowKind(r.Cells, kindCol); rowJenis == "" {
				continue // a capaian row, or none: not a series value
			}
			if text == "" {
				text = carried
			}
		}
		if text == "" || valueLike(text) {
			continue
		}
		id, _, ok := indicator.Match(text)
		if !ok && !(startsIndicator(text) && len(strings.Fields(text)) >= 3) {
			tp, found := fromTopic(text, p.topic)
			if !found {
				continue
			}
			text = tp
			id, _, ok = indicator.Match(text)
		}
		if !ok {
			id = ""
		}
		carried = text
		first := len(p.doc.CapaianSeri)
		for _, col := range cols {
			if col.idx >= len(r.Cells) {
				continue
			}
			cell := r.Cells[col.idx]
			if cell == "" {
				continue
			}
			if r.FragmentCount(col.idx) > 1 {
				cell = strings.Join(r.Fragments(col.idx), " ")
			}
			v := normalize.ParseValue(cell, normalize.Unknown)
			if isRange(cell) {
				p.find("nilai.rentang", facts.Info, r.Start, r.End, cell, "%s: %q adalah rentang, bukan satu nilai; teks disimpan, nilai NULL", t.label, cell)
				v = normalize.Value{Text: v.Text, Status: normalize.Word}
			}
			jenis := col.jenis
			if rowJenis != "" {
				jenis = rowJenis
			}
			s := facts.CapaianSeri{Span: facts.Span{Start: r.Start, End: r.End}, SatkerID: p.doc.Meta.SatkerID,
				IndikatorID: id, Indikator: normalize.Space(text), Tahun: col.year, Jenis: jenis, Teks: v.Text, Sumber: t.label}
			switch v.Status {
			case normalize.OK:
				if v.Grade == "" {
					s.Nilai = v.Num
				}
			case normalize.Unreadable:
				p.find("nilai.tidak_terbaca", facts.Warning, r.Start, r.End, cell, "%s: %q tidak terbaca; dimuat NULL", t.label, cell)
			case normalize.Ambiguous:
				p.find("nilai.ambigu", facts.Warning, r.Start, r.End, cell, "%s: %q ambigu; dimuat NULL", t.label, cell)
			}
			s.Satuan = satuanOf(text, id, v, normalize.Value{})
			if unitIdx >= 0 && unitIdx < len(r.Cells) && v.Num != nil && s.Satuan != "predikat" && s.Satuan != "opini" {
				if u := unitColumn(r.Cells[unitIdx]); u != "" {
					s.Satuan = u // the table's Satuan column says it, as for capaian
				}
			}
			p.doc.CapaianSeri = append(p.doc.CapaianSeri, s)
		}
		rowUnitForEmpty(p.doc.CapaianSeri[first:])
	}
}

// rowUnitForEmpty gives the values of one row that state nothing ("-")
// the unit every stated value of the row agrees on: "-" under Realisasi
// 2020 beside "75,00%" is a year without a percentage, not a "nilai" the
// indicator's first word would make of it. seriDashUnits does the same
// with the capaian the row also gave.
func rowUnitForEmpty(row []facts.CapaianSeri) {
	unit := ""
	for _, s := range row {
		if s.Nilai == nil {
			continue
		}
		if unit != "" && s.Satuan != unit || s.Satuan == "" {
			return
		}
		unit = s.Satuan
	}
	if unit == "" {
		return
	}
	for i := range row {
		if row[i].Nilai == nil && isDash(row[i].Teks) {
			row[i].Satuan = unit
		}
	}
}

// seriDashUnits: a series value written "-" on the row that also gave a
// capaian (Realisasi 2020 beside Target / Realisasi 2021) takes the unit of
// that capaian.
func (p *parser) seriDashUnits() {
	for i := range p.doc.CapaianSeri {
		s := &p.doc.CapaianSeri[i]
		if s.Nilai != nil || !isDash(s.Teks) {
			continue
		}
		for _, c := range p.doc.Capaian {
			if c.Start == s.Start && c.Indikator == s.Indikator && c.Satuan != "" && (c.TargetNilai != nil || c.RealisasiNilai != nil) {
				s.Satuan = c.Satuan
				break
			}
		}
	}
}

func isDash(t string) bool {
	t = strings.TrimSpace(t)
	return t == "-" || t == "–" || t == "—"
}

// nextYearPlan: the realisations are of one year Y only, the table has a
// Capaian column, and every other year is a target after Y ("Target 2024"
// beside "Target 2023 | Realisasi 2023 | % Capaian"): the row measures one
// year and plans the next; it is no series.
func nextYearPlan(role, years []int, jenis []string) bool {
	ry, capaian := 0, false
	for j, r := range role {
		if r == roleCapaian {
			capaian = true
		}
		if jenis[j] == "realisasi" {
			if ry != 0 && years[j] != ry {
				return false
			}
			ry = years[j]
		}
	}
	if !capaian || ry == 0 {
		return false
	}
	for j, jn := range jenis {
		if jn != "" && jn != "realisasi" && years[j] != ry && (jn != "target" || years[j] < ry) {
			return false
		}
	}
	return true
}

// dropPlannedTargets: of several target columns, the one whose year is the
// realisation's is the row's target; a later year's ("Target 2025") is a
// plan and is not read.
func dropPlannedTargets(cols [][]string, roles []int) {
	nt, ry := 0, 0
	yearOf := func(j int) int {
		for _, c := range cols[j] {
			if ys := yearsIn(c); len(ys) == 1 {
				return ys[0]
			}
		}
		return 0
	}
	for j, r := range roles {
		switch r {
		case roleTarget:
			nt++
		case roleRealisasi:
			if y := yearOf(j); y != 0 {
				if ry != 0 && ry != y {
					return
				}
				ry = y
			}
		}
	}
	if nt < 2 || ry == 0 {
		return
	}
	for j, r := range roles {
		if r == roleTarget && yearOf(j) > ry {
			roles[j] = roleNone
		}
	}
}
