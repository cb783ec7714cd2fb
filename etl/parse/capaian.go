package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/indicator"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// capaian table ranks, most specific first (EXTRACTION.md, Capaian).
const (
	rankIndikator = 1 // a table of one indicator
	rankBab       = 2 // a chapter measurement table
	rankLampiran  = 3 // the appendix recap
	rankIkhtisar  = 4 // the executive summary
	rankTarget    = 5 // a PK/RKT table that states targets only
)

type capMeta struct {
	rank   int
	pk     bool
	stated bool // the tingkat was stated (header, caption, group heading), not taken by default
	table  int
}

// capRow is a logical row being assembled from extracted rows.
type capRow struct {
	start, end int
	no         string
	program    string
	sasaran    string
	ind        string
	vals       roleVals
	inline     bool        // values read out of a row the PDF ran into one cell
	shards     map[int]int // per role, unreadable values dropped from continuation lines
	unit       string      // the Satuan column, when the table has one
	tingkat    string      // set by a group heading above the row ("Indikator Kinerja Kegiatan"), else the table's
	headUnit   string      // the unit a "Satuan: …" heading row above states (capaian_unit_group.go)
}

var valueRoles = []int{roleTarget, roleRealisasi, roleCapaian, roleKeterangan}

// roleVals is a row's value cells by role, one slot per value role (in
// valueRoles' order). It stands where a map[int]string stood, which cost a
// map per extracted row (issue 13); reads keep the map's meaning: a role
// never set reads "". Only value roles hold text: setting "" on another
// role (a twin column's base that is no value role) is a no-op, as the
// map's empty entry was (every reader skips ""), and setting text on one
// is a bug the parser must not hide.
type roleVals [4]string

func valueSlot(role int) int {
	switch role {
	case roleTarget:
		return 0
	case roleRealisasi:
		return 1
	case roleCapaian:
		return 2
	case roleKeterangan:
		return 3
	}
	return -1
}

func (v *roleVals) get(role int) string {
	if i := valueSlot(role); i >= 0 {
		return v[i]
	}
	return ""
}

func (v *roleVals) set(role int, s string) {
	i := valueSlot(role)
	if i < 0 {
		if s != "" {
			panic("parse: a value for a role that holds none")
		}
		return
	}
	v[i] = s
}

// empty: no role holds text.
func (v *roleVals) empty() bool {
	return *v == roleVals{}
}

// indicatorHeads are the words an indicator statement starts with.
var indicatorHeads = map[string]bool{
	"persentase": true, "presentase": true, "prosentase": true, "nilai": true, "indeks": true,
	"index": true, "jumlah": true, "tingkat": true, "rata": true, "rasio": true, "opini": true,
	"kualitas": true, "capaian": true, "predikat": true, "skor": true, "angka": true,
	"banyaknya": true, "frekuensi": true, "ketepatan": true, "kecepatan": true, "lama": true,
	"proporsi": true, "tersedianya": false,
}

func startsIndicator(s string) bool {
	if asciiOnly(s) {
		var buf [32]byte
		if w, _, fits := nextKeyWord(s, 0, buf[:]); fits {
			return indicatorHeads[string(w)] // nil: no word, as KeyWords never calls
		}
	}
	ok := false
	normalize.KeyWords(s, func(w string) bool { ok = indicatorHeads[w]; return false }) // the first word
	return ok
}

// dangling: a text that stops on a word that cannot end a statement.
func dangling(s string) bool {
	d := false // of the last word
	normalize.KeyWords(s, func(w string) bool {
		switch w {
		case "untuk", "dan", "dalam", "yang", "dengan", "di", "ke", "pada", "terhadap", "atas", "serta",
			"secara", "sesuai", "oleh", "bagi", "tentang", "mengenai", "atau", "dari", "tepat", "melalui":
			d = true
		default:
			d = false
		}
		return true
	})
	return d
}

// unfinished: an indicator text that is cut (it stops on a dangling word)
// or that is not (yet) a known indicator.
func unfinished(s string) bool {
	if dangling(s) {
		return true
	}
	_, _, ok := indicator.Match(s)
	return !ok
}

func upperStart(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// capaianTable reads a table of targets and achievements per indicator.
func (p *parser) capaianTable(t *tableInfo) {
	if p.periodCapaian(t) {
		return // a column per triwulan, semester or month (capaian_periods.go)
	}
	if nb, clash := capaianNameNotes(t.b, t.columns()); nb != nil {
		t.b, t.money = nb, 0 // "Opini BPK (target WTP)": the target out of the name (name_note.go)
		for _, r := range clash {
			p.find("capaian.catatan_nama_berbeda", facts.Warning, r.Start, r.End, strings.Join(r.Cells, " | "),
				"%s: target dalam nama indikator berbeda dengan kolom Target; target tidak dimuat", t.label)
		}
	}
	b := t.b
	roles := capaianRolesOf(b, t.columns())
	// figures and grades in pairs of their own (sparse_twins.go); most
	// tables' rows fit the stack buffer (issue 13)
	var twinBuf [48][]string
	twins := sparseTwins(blockCells(b, false, twinBuf[:]), roles, roleTarget, roleRealisasi, roleCapaian)
	capaianTwinCols(b, roles)
	qualified := qualifiedCols(b, roles) // "Capaian Diakui (%)" beside "Capaian (%)" (qualified_cols.go)
	half := cutJoinedHalf(roles)         // a budget table joined on the right (capaian_joined.go)
	t.roles = roles
	ind := indexOf(roles, roleIndikator)
	if ind < 0 {
		return
	}
	hasVal := false
	hasReal := false
	for _, r := range roles {
		switch r {
		case roleTarget, roleRealisasi, roleCapaian:
			hasVal = true
		}
		if r == roleRealisasi {
			hasReal = true
		}
	}
	if !hasVal {
		return
	}
	if half > 0 {
		p.joinedBudget(t, half) // the right half is a budget table (capaian_joined.go)
	}
	tingkat, stated := facts.SasaranStrategis, false // stated: the header or caption names the level
	if headerNamesKegiatan(t, roles, half) || has(t.cap, "sasaran kegiatan", "ikk", "indikator kinerja kegiatan") || strings.Contains(t.cap, " sasaran kegiatan ") {
		tingkat, stated = facts.SasaranKegiatan, true
	}
	if strings.Contains(t.hdr, "sasaran strategis") || strings.Contains(t.hdr, " iku ") {
		tingkat, stated = facts.SasaranStrategis, true
	}
	pk := strings.Contains(t.cap, "perjanjian kinerja") || has(t.cap, "pk")
	rank := rankBab
	switch {
	case !hasReal:
		rank = rankTarget
	case t.section == "lampiran":
		rank = rankLampiran
	case t.section == "ikhtisar":
		rank = rankIkhtisar
	}
	measured := measuredColumns(t, roles) // earlier years' columns beside the report year's: a series
	convs := columnConventions(b, roles)
	year := p.doc.Meta.Tahun
	if y := captionYear(b.Caption); y > 0 && y <= year && measured == 0 {
		year = y
	}

	// the logical rows live in the parser's slab, lent for this table and
	// given back below (issue 13: a capRow allocated per row was a tenth
	// of the table's bytes). A row of b makes at most one capRow, so the
	// slab never moves; a table read inside this one finds none lent and
	// allocates its own.
	slab, rows := p.capSlab[:0], p.capRows[:0]
	p.capSlab, p.capRows = nil, nil
	if cap(slab) < len(b.Rows) {
		slab = make([]capRow, 0, len(b.Rows))
	}
	var cur *capRow
	program, sasaran := "", ""
	sasWrapped := false
	sasGroup := false                            // the last group row opened a sasaran whose text may follow
	sawGroup := indexOf(roles, roleSasaran) >= 0 // the table is organised by sasaran
	groupTingkat := ""                           // the tingkat a group heading named for the rows below it
	pending := ""                                // a group heading merged into the row above, for the rows after it
	headUnit := ""                               // the unit a "Satuan: persen" heading row states for the rows below it
	var rcBuf rowCells                           // assignCells' answer, one row at a time
	noCol := indexOf(roles, roleNo) >= 0
	for ri := range b.Rows {
		r := &b.Rows[ri]
		if pending != "" {
			if tg := headingTingkat(pending); tg != "" {
				groupTingkat = tg
			}
			if strings.Contains(" "+normalize.Key(pending)+" ", " sasaran ") {
				sasaran, sawGroup = sasaranName(pending), true
			}
			headUnit = pendingUnit(pending, headUnit) // "Satuan: predikat" merged into the row above (capaian_unit_group.go)
			pending = ""
		}
		if isFootnoteRow(r) || drawnRule(r.Cells) {
			continue // a footnote, a drawn underline (capaian_rules.go)
		}
		if twins != nil {
			if cells := fillFromTwins(r.Cells, twins); len(r.Cells) > 0 && &cells[0] != &r.Cells[0] {
				row := *r
				row.Cells = cells
				r = &row
			}
		}
		r = p.mergedPairRow(r, roles) // "100,00 | 100,00" under T | R | C: target = realisasi in one cell (capaian_merged_pair.go)
		cells := p.assignCells(r, roles, ind, &rcBuf)
		p.capaianTwins(t, r, roles, cells) // a figure per source must agree (source_twins.go)
		if qualified {
			p.qualifiedRow(t, r, roles, cells, convs) // the plain column, proven by the row's arithmetic
		}
		if cells == nil {
			continue
		}
		if cells.no == "" && !noCol {
			numberedIndicator(cells) // "1. Persentase …" in a table without a No column (capaian_numbered.go)
		}
		if cells.unit == "" {
			bracketUnit(cells) // "Opini BPK atas Laporan Keuangan [Opini]" (capaian_numbered.go)
		}
		if ind2, heading, ok := splitGroupTail(r, cells.ind); ok {
			cells.ind, pending = ind2, heading
		} else if sas2, heading, ok := splitGroupTail(r, cells.sas); ok {
			cells.sas, pending = sas2, heading // the heading written in the Sasaran column
		}
		if measured != 0 && (cells.byContent || cells.inline) && !cells.vals.empty() {
			// values read by their order cannot tell the measured year's
			// columns from the earlier years' beside them
			p.dropValues(cells, r, "baris tidak sejajar dengan kolomnya; nilai tahun berjalan tidak dapat dipisahkan dari tahun sebelumnya")
			cells.vals = roleVals{}
		}
		noCell, progCell, sasCell, indCell := cells.no, cells.prog, cells.sas, cells.ind
		anyVal := false
		for _, role := range valueRoles {
			if cells.vals.get(role) != "" {
				anyVal = true
			}
		}
		if !anyVal {
			text := strings.TrimSpace(strings.Join(nonEmptyCells(r.Cells), " "))
			low := normalize.SpacedKey(text)
			tg := headingTingkat(text)
			if tg != "" {
				groupTingkat = tg
			}
			switch {
			case text == "":
			case unitGroupRow(text, &headUnit): // "Satuan: persen (%)": the unit of the rows below (capaian_unit_group.go)
			case strings.Contains(low, " program ") && !startsIndicator(indCell):
				program = programName(text)
				sasGroup = false
			case strings.Contains(low, " sasaran ") && len(strings.Fields(low)) <= 4 || strings.HasPrefix(strings.TrimSpace(low), "sasaran ") || strings.HasPrefix(strings.TrimSpace(low), "sasar "):
				sasaran = sasaranName(p.groupText(r, roles))
				sasGroup = true
				sawGroup = true
			case labelledHeading(text) && strings.Contains(low, " sasaran "):
				// "A. Sasaran: Meningkatnya ...": a lettered sasaran group
				sasaran = sasaranName(p.groupText(r, roles))
				sasGroup, sawGroup = true, true
			case tg != "":
				sasGroup = false // "Indikator Kinerja Kegiatan": a level, not the indicator above's words
			case namedGroupRow(text):
				sasGroup = false // "Tujuan 2: Terwujudnya ...": a group of the rows below (capaian_group_named.go)
			case orgUnitRow(text):
				sasGroup = false // "Subbagian Keuangan, Umum dan Logistik": the unit answering for the rows below (capaian_group_named.go)
			case extract.SectionLabel(text): // "B. TAMBAHAN": a section of the rows below (capaian_skp.go)
			case sasGroup && !startsIndicator(text):
				sasaran = strings.TrimSpace(sasaran + " " + p.groupText(r, roles))
			case startsIndicator(text) && noCell == "":
				// an indicator whose values the PDF lost: later lines
				// continue it, not the indicator above
				slab = append(slab, capRow{start: r.Start, end: r.End, program: program, sasaran: sasaran, ind: text,
					tingkat: groupTingkat, headUnit: headUnit})
				cur = &slab[len(slab)-1]
				rows = append(rows, cur)
				sasGroup = false // an indicator ends the group heading above: its wrapped lines are the indicator's
			case noCell != "" && indCell != "" && isRowNumber(noCell) && (startsIndicator(indCell) || upperStart(indCell)):
				// a numbered indicator without values: its own row (the
				// values may sit in the row below, see pushedValues)
				slab = append(slab, capRow{start: r.Start, end: r.End, no: noCell, program: program, sasaran: sasaran, ind: indCell,
					tingkat: groupTingkat, headUnit: headUnit})
				cur = &slab[len(slab)-1]
				rows = append(rows, cur)
			case cur != nil && (indCell != "" && noCell == "" || unfinished(cur.ind)):
				add := indCell
				if add == "" || noCell != "" {
					add = text
				}
				if !shardLike(add) && !valueLike(add) {
					cur.ind = strings.TrimSpace(cur.ind + " " + add)
					cur.end = r.End
				}
			}
			continue
		}
		sasGroup = false
		if indCell == "" {
			p.dropValues(cells, r, "baris tanpa indikator")
			continue
		}
		if rataRata(indCell) {
			// "Rata-rata capaian": a summary of the rows, not an indicator
			p.find("capaian.baris_ringkasan", facts.Info, r.Start, r.End, indCell, "%s: baris ringkasan %q bukan indikator; tidak dimuat", t.label, indCell)
			continue
		}
		wellFormed := true
		for _, role := range valueRoles {
			if v := cells.vals.get(role); v != "" && !wellFormedValue(v) {
				wellFormed = false
			}
		}
		isNew := cur == nil || noCell != "" || startsIndicator(indCell) ||
			upperStart(indCell) && wellFormed && !dangling(cur.ind) && !cur.vals.empty() // an indicator still waiting for its values takes them
		if !isNew {
			cur.ind = strings.TrimSpace(cur.ind + " " + indCell)
			cur.end = r.End
			for _, role := range valueRoles {
				v := cells.vals.get(role)
				if v == "" {
					continue
				}
				if cur.vals.get(role) == "" && wellFormedValue(v) {
					cur.vals.set(role, v)
					continue
				}
				p.find("nilai.tidak_terbaca", facts.Warning, r.Start, r.End, v,
					"%s: serpihan %q pada baris lanjutan indikator diabaikan", t.label, v)
				if cur.shards == nil {
					cur.shards = map[int]int{}
				}
				cur.shards[role]++
			}
			continue
		}
		if sasCell != "" {
			if noCell == "" && cur != nil && sasWrapped {
				sasaran = strings.TrimSpace(sasaran + " " + sasCell)
			} else {
				sasaran = sasCell
			}
		}
		sasWrapped = r.FragmentCount(cells.sasIdx) > 1
		slab = append(slab, capRow{start: r.Start, end: r.End, no: noCell, program: program, sasaran: sasaran, ind: indCell,
			vals: cells.vals, inline: cells.inline, unit: cells.unit, tingkat: groupTingkat, headUnit: headUnit})
		cur = &slab[len(slab)-1]
		if progCell != "" && cur.program == "" {
			cur.program = progCell
		}
		rows = append(rows, cur)
	}
	// a one-indicator table is the most specific source: a captioned
	// "Tabel 3.2" of one indicator, or a bare Indikator/Target/Realisasi
	// table of one row. A table of one sasaran that happens to hold one
	// indicator is a chapter table; values picked out of a row the PDF ran
	// together never make the most specific source.
	if len(rows) == 1 && hasReal && t.section != "lampiran" && t.section != "ikhtisar" && !rows[0].inline &&
		(strings.HasPrefix(t.label, "Tabel ") || !sawGroup) {
		rank = rankIndikator
		p.displacedCaption(rows[0])
	}
	p.pushedValues(t, rows)
	from := len(p.doc.Capaian)
	p.capClip = p.capClipWidth(rows) // names cut at the column's width (capaian_width.go)
	for _, cr := range rows {
		p.emitCapaian(t, cr, tingkat, stated, year, rank, pk, convs)
	}
	p.capClip = 0
	p.capaianRatioCheck(t, roles, from) // "Rasio" beside "Capaian (%)" must agree (ratio_capaian.go)
	p.sameLevel(from)
	clear(slab) // the rows are read: hold none of their text
	clear(rows)
	p.capSlab, p.capRows = slab[:0], rows[:0]
	if measured != 0 {
		p.seriTable(t)
	}
}

// displacedCaption repairs the indicator of a one-indicator table whose
// cell the PDF cut short ("... Data Pemilih Tenat") when the caption's
// second line, pushed below the table by the page layout, names the same
// indicator in full ("... Data Pemilih Tepat Waktu").
func (p *parser) displacedCaption(cr *capRow) {
	if p.cur+1 >= len(p.blocks) {
		return
	}
	next := &p.blocks[p.cur+1]
	tbl := &p.blocks[p.cur]
	if next.Kind != extract.Paragraph || next.Start-tbl.End > 3 || len(next.Text) > 240 || next.Text == cr.ind {
		return
	}
	// the first four words of both keys, and how many words each has, as
	// strings.Fields would list them: no word list per table (issue 13)
	var rw, nw [4]string
	rk, nk := normalize.Key(cr.ind), normalize.Key(next.Text)
	firstFields(rk, rw[:])
	firstFields(nk, nw[:])
	if nr := fieldCount(rk); nr < 4 || fieldCount(nk) < nr || rw != nw {
		return
	}
	id1, _, ok1 := indicator.Match(cr.ind)
	id2, _, ok2 := indicator.Match(next.Text)
	if ok1 && ok2 && id1 == id2 {
		cr.ind = next.Text
		cr.end = max(cr.end, cr.start)
	}
}
