package parse

import (
	"strconv"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// anggaran ranks: detail table > summary > plan > multi-year > prose.
const (
	rankAngDetail  = 1
	rankAngSummary = 2
	rankAngIkhtis  = 3
	rankAngPlan    = 4
	rankAngTahun   = 5
	rankAngProse   = 6
)

type angMeta struct {
	rank  int
	table int
}

// anggaranTable reads a budget realisation table: per program, kegiatan,
// output and total; or one total per fiscal year.
func (p *parser) anggaranTable(t *tableInfo) {
	from := len(p.doc.Anggaran)
	p.angClipDepth++
	p.anggaranTableRead(t)
	if p.angClipDepth--; p.angClipDepth == 0 {
		p.anggaranClipped(t, from) // uraian cut at a column's width (capaian_width.go)
	}
}

func (p *parser) anggaranTableRead(t *tableInfo) {
	p.continuedCaption(t)
	b := t.b
	if w := notBudgetTable(t, p.recent); w != "" {
		p.find("anggaran.bukan_dipa", facts.Info, b.Start, b.End, t.label,
			"%s: pagu dan realisasi %s, bukan anggaran DIPA satker; tidak dimuat", t.label, w)
		return
	}
	if p.budgetYearParts(t) {
		return // "TA 2020" over "Pagu | Realisasi", "TA 2021" over ...: one table per year (header_years.go)
	}
	roles, logical := anggaranLayout(b, t.columnsOf(b))
	if !logical {
		roles = p.anggaranDuplicates(t, p.toDateRealisasi(t, roles))
	}
	hasReal := indexOf(roles, roleRealisasi) >= 0
	hasSisa := indexOf(roles, roleSisa) >= 0
	unit, whole, ok := p.budgetUnit(t)
	if !ok {
		p.find("anggaran.satuan_ganda", facts.Warning, b.Start, b.End, t.label,
			"%s: tabel menyatakan dua satuan rupiah berbeda; satuan tiap kolom tidak terbukti, tidak dimuat", t.label)
		return
	}
	t.unit = unit
	year := p.doc.Meta.Tahun
	if y := budgetCaptionYear(b.Caption); y > 0 {
		year = y
	}
	if t.year > 0 {
		year = t.year // one year's part of a table grouped by year
	}
	// logical rows and column conventions
	rows := make([][]string, len(b.Rows))
	for i, r := range b.Rows {
		cells := r.Cells
		if logical {
			cells = logicalCells(cells)
		}
		rows[i] = padBudgetRow(cells, roles) // anggaran_pad.go
	}
	roles = p.foldRincian(t, roles, rows, logical) // amounts in "Rincian | Jumlah" by level (anggaran_rincian.go)
	roles = codeColumns(roles, b, logical, rows)
	// "Pagu Program | … | Pagu Kegiatan": one role's two columns filled apart by row (sparse_twins.go)
	if twins := sparseTwins(rows, roles, rolePagu, roleRealisasi, roleSisa, rolePersen); twins != nil {
		for i := range rows {
			rows[i] = fillFromTwins(rows[i], twins)
		}
	}
	p.senColumns(t, b, roles, rows) // "Pagu (Rp) | Sen": a non-zero sen is no whole rupiah (anggaran_sen.go)
	convs := make([]normalize.Convention, len(roles))
	for j := range roles {
		convs[j] = cellsConvention(rows, j) // no column built (cells.go)
	}
	ratioJ := -1 // a "Rasio" of fractions beside the percent: both must agree (ratio_columns.go)
	if indexOf(roles, rolePersen) >= 0 {
		ratioJ = ratioColumnIndex(t.columnsOf(b), roles, rows, logical)
	}
	sisaPart := false // the Sisa column is a part of the sisa: sisa = pagu − realisasi (anggaran_sisa_parts.go)
	if hasSisa && hasReal {
		if js, with, ok := sisaParts(t, roles, rows, convs); ok {
			sisaPart, hasSisa = true, false
			col, parts := sisaPartNames(t, roles, js, with)
			p.find("anggaran.sisa_dirinci", facts.Info, b.Start, b.End, t.label,
				"%s: kolom %q bersama %s adalah rincian sisa, bukan sisa seluruhnya; sisa = pagu − realisasi, rinciannya tidak dimuat", t.label, col, parts)
		}
	}
	rank := rankAngSummary
	switch {
	case t.fam == famAnggaranTahun:
		rank = rankAngTahun
	case !hasReal:
		rank = rankAngPlan
	case t.section == "ikhtisar":
		rank = rankAngIkhtis
	}
	program, kegiatan := p.carriedBudget(b.Start, year)
	first, contProg := b.Start, ""
	if t.partOf != nil {
		first = t.partOf.Start
		if program == "" && kegiatan == "" {
			// the part after a page break: under the program its first part ended in (anggaran_continued.go)
			program, kegiatan = p.continuedBudget(t, year, roles)
			contProg = program
		}
	}
	tableProg := tableProgram(t, roles, rows, &program, &kegiatan, p.introParagraph(b.Start, b.Caption != "")) // one table per program, named by its caption or intro (anggaran_program_tables.go)
	defer func() {
		p.angCarry = budgetCarry{program: program, kegiatan: kegiatan, end: b.End, year: year, first: first, roles: roles}
	}()
	start := len(p.doc.Anggaran)
	var jenis []int // "51 | 52 | 53" beside the pagu: their sum proves it
	if !logical {
		jenis = jenisIndices(b)
	}
	cutTotal := map[int]string{} // total rows whose realisasi was cut off, by index
	// "2.976.890.000 (98,68%)": the serapan in the realisasi cell (anggaran_real_bracket.go)
	realBracket := realisasiBracketShares(rows, roles, convs, t.unit)
	detail := false
	for i, cells := range rows {
		r := &b.Rows[i]
		get := func(role int) (string, normalize.Convention) {
			j := indexOf(roles, role)
			if j < 0 || j >= len(cells) {
				return "", normalize.Unknown
			}
			return cells[j], convs[j]
		}
		if rowCarry(cells) != 0 {
			continue // a sum carried over a page break: no fact (anggaran_carried.go)
		}
		a := facts.Anggaran{Span: facts.Span{Start: r.Start, End: r.End}, SatkerID: p.doc.Meta.SatkerID, Tahun: year, Sumber: t.label}
		kodeCell := rowCode(roles, cells)
		uraian := firstOfRole(roles, cells, roleUraian)
		var code string
		switch {
		case t.fam == famAnggaranTahun:
			ta, _ := get(roleTahun)
			if a.Tahun = fiscalYearLabel(ta); a.Tahun == 0 {
				continue // "TA 2021", "T.A. 2021", "FY 2021" (anggaran_years.go)
			}
			a.Kode, a.KodeTeks, a.Tingkat = "TOTAL", ta, facts.LevelTotal
		case isTotalRow(kodeCell, uraian, i == len(rows)-1 && lastRowTotal(roles, cells) && lastRowNamed(roles, rows, convs)): // a label in an untitled column decides (anggaran_yearlabel.go)
			a.Kode, a.KodeTeks, a.Tingkat = "TOTAL", strings.TrimSpace(uraian+" "+kodeCell), facts.LevelTotal
		default:
			if kodeCell != "" {
				code, _ = budgetCode(kodeCell)
				if code == "" {
					code = strings.TrimSpace(kodeCell)
				}
				a.Uraian = uraian
			} else {
				code, a.Uraian = budgetCode(uraian)
				if code == "" {
					code, a.Uraian = slashLead(a.Uraian) // "WA/3355 Pengelolaan ..." (anggaran_slash.go)
				}
				if code == "" {
					code = programByName(uraian)
				}
				if code == "" {
					code = kegiatanByName(uraian, program)
				}
			}
			if code == "" && (totalText(uraian) || totalText(kodeCell)) {
				a.Kode, a.KodeTeks, a.Tingkat = "TOTAL", strings.TrimSpace(uraian+" "+kodeCell), facts.LevelTotal
				a.Uraian = ""
				break
			}
			if code == "" {
				continue
			}
			a.KodeTeks = code
			code = p.slashPath(code, first, &a, t) // "WA/3355" under the table's 076.01.WA row (anggaran_slash.go)
			if !p.budgetLevel(&a, code, &program, &kegiatan) {
				continue
			}
			if a.Tingkat == facts.LevelKegiatan || a.Tingkat == facts.LevelOutput {
				detail = true
			}
		}
		if a.Tingkat == facts.LevelTotal && tableProg != "" && !p.programTotal(&a, tableProg) {
			continue
		}
		pagu, pc := get(rolePagu)
		real, rc := get(roleRealisasi)
		sisa, sc := get(roleSisa)
		if sisaPart {
			sisa = "" // a part, never loaded as the whole
		}
		pct, _ := get(rolePersen)
		if realBracket && pct == "" {
			pct = bracketText(real)
		}
		var paguN normalize.Number
		a.Pagu, paguN = moneyOf(pagu, pc, t) // its finding waits: realisasi + sisa may prove a cut pagu
		if awal, ac := get(rolePaguAwal); awal != "" {
			a.PaguAwal = p.money(awal, ac, r, t, "pagu awal")
		}
		a.Realisasi = p.money(real, rc, r, t, "realisasi")
		if sisa != "" {
			p.sisaCell(&a, sisa, sc, r, t)
		}
		if pct != "" {
			n := normalize.ParseNumber(pct, normalize.Unknown)
			if n.Status == normalize.OK {
				v := n.Value
				a.SerapanLapor = &v
				if ratioJ >= 0 && ratioJ < len(cells) && ratioDisagrees(cells[ratioJ], convs[ratioJ], v, n.Decimals) {
					a.SerapanLapor = nil
					p.find("anggaran.rasio_tidak_cocok", facts.Warning, r.Start, r.End, cells[ratioJ],
						"%s: rasio %s tidak sama dengan persentase %s; serapan_lapor dimuat NULL", t.label, cells[ratioJ], pct)
				}
			} else if n.Status != normalize.Empty {
				p.find("nilai.tidak_terbaca", facts.Warning, r.Start, r.End, pct, "%s: persentase %q tidak terbaca", t.label, pct)
			}
		}
		if a.Pagu == nil && pagu != "" && a.Realisasi != nil && a.Sisa != nil {
			// a pagu cut off or wrapped in its cell ("1.462.341.00 0"):
			// realisasi + sisa proves it
			p.repairCut(&a, &a.Pagu, pagu, *a.Realisasi+*a.Sisa, "pagu", "realisasi + sisa", t)
		}
		if a.Pagu == nil {
			p.moneyFinding(paguN, pagu, r, t, "pagu")
		}
		if a.Realisasi == nil && real != "" && a.Pagu != nil && a.Sisa != nil {
			// a realisasi cut off by the column: pagu − sisa proves it
			p.repairCut(&a, &a.Realisasi, real, *a.Pagu-*a.Sisa, "realisasi", "pagu − sisa", t)
		}
		if a.Realisasi == nil && real != "" && a.Tingkat == facts.LevelTotal {
			cutTotal[len(p.doc.Anggaran)] = real
		}
		if jenis != nil && a.Pagu != nil && jenisDisagrees(cells, jenis, convs, t, *a.Pagu) {
			// 51 + 52 + 53 is not the row's Jumlah: which is the pagu is
			// unproven (anggaran_jenis.go)
			p.find("anggaran.jenis_tidak_cocok", facts.Warning, r.Start, r.End, t.label,
				"%s: jumlah pagu per jenis belanja tidak sama dengan pagu %d; pagu dimuat NULL", t.label, *a.Pagu)
			a.Pagu = nil
		}
		p.budgetTwins(&a, roles, cells, convs, r, t) // a figure once per source (source_twins.go)
		if tableProg != "" {
			p.totalOfAll(&a, start, tableProg)
		}
		if a.Pagu == nil && a.Realisasi == nil && a.Sisa == nil && a.SisaTeks == "" {
			continue
		}
		if !hasSisa && a.Pagu != nil && a.Realisasi != nil {
			// a table without a Sisa column: sisa = pagu − realisasi, as
			// serapan_hitung is realisasi / pagu
			d := *a.Pagu - *a.Realisasi
			a.Sisa = &d
		}
		p.doc.Anggaran = append(p.doc.Anggaran, a)
		p.angMeta = append(p.angMeta, angMeta{rank: rank, table: p.tableNo})
	}
	// a cut-off total realisasi that the programs above it prove
	for i, written := range cutTotal {
		if i >= len(p.doc.Anggaran) || p.doc.Anggaran[i].Realisasi != nil {
			continue
		}
		var sum int64
		n := 0
		for j := start; j < i; j++ {
			if c := &p.doc.Anggaran[j]; c.Tingkat == facts.LevelProgram {
				if c.Realisasi == nil {
					n = -1 << 30
				}
				if c.Realisasi != nil {
					sum += *c.Realisasi
				}
				n++
			}
		}
		if n > 0 {
			a := &p.doc.Anggaran[i]
			p.repairCut(a, &a.Realisasi, written, sum, "realisasi", "jumlah program", t)
			if a.Realisasi != nil && a.Pagu != nil && !hasSisa {
				d := *a.Pagu - *a.Realisasi
				a.Sisa = &d
			}
		}
	}
	if contProg != "" && tableProg == "" && !p.checkContinuedParent(start, contProg) && program == contProg {
		program, kegiatan = "", "" // unproven across the break: no later page takes it either
	}
	p.unorderedParents(start) // rows in submission order (anggaran_order.go)
	p.checkCarried(t, roles, rows, convs, start)
	p.dropSubtotals(start, t) // "Jumlah Sasaran 1" beside "JUMLAH TOTAL" (anggaran_subtotal.go)
	if t.unit != "" && p.oversizedRupiah(start) {
		// the stated unit is proven wrong; which one holds is not: every
		// amount NULL, the rows and their percentages kept (anggaran_scale.go)
		for i := start; i < len(p.doc.Anggaran); i++ {
			clearAmounts(&p.doc.Anggaran[i])
		}
		p.find("anggaran.skala_ragu", facts.Warning, b.Start, b.End, t.label,
			"%s: satuan %s membuat pagu program/jumlah Rp %d atau lebih, mustahil bagi satker KPU; satuan tidak terbukti, jumlah dimuat NULL", t.label, t.unit, int64(maxRupiahTotal))
	}
	if t.unit == "" && !whole && p.implausibleRupiah(start) {
		p.doc.Anggaran, p.angMeta = p.doc.Anggaran[:start], p.angMeta[:start]
		p.find("anggaran.satuan_tidak_jelas", facts.Warning, b.Start, b.End, t.label,
			"%s: tabel tanpa satuan dengan pagu program/jumlah di bawah Rp %d; angka bukan rupiah penuh, tidak dimuat", t.label, minRupiahTotal)
		return
	}
	p.shortRowsSisa(t, b, roles, rows, start, hasSisa, logical) // kegiatan rows ending at Realisasi (anggaran_short_rows.go)
	if detail && rank == rankAngSummary {
		for i := start; i < len(p.angMeta); i++ {
			p.angMeta[i].rank = rankAngDetail
		}
	}
}

// repairCut sets *dst to proven when the written digits of a cut-off
// amount are a prefix of it (anggaran.<what>_diperbaiki, what being
// "realisasi" or "pagu"); otherwise the value stays NULL.
func (p *parser) repairCut(a *facts.Anggaran, dst **int64, written string, proven int64, what, how string, t *tableInfo) {
	digits := ""
	for i := 0; i < len(written); i++ {
		if written[i] >= '0' && written[i] <= '9' {
			digits += written[i : i+1]
		}
	}
	if proven < 0 || len(digits) < 3 || !strings.HasPrefix(strconv.FormatInt(proven, 10), digits) {
		return
	}
	v := proven
	*dst = &v
	p.find("anggaran."+what+"_diperbaiki", facts.Warning, a.Start, a.End, written,
		"%s %s: %s tertulis %q terpotong; diperbaiki menjadi %d (%s)", t.label, a.Kode, what, written, proven, how)
}

// isTotalRow: a total line, "JUMLAH", "Total", "JUMLAH TOTAL" in the code
// or description column, or the table's last line with no label at all
// (a total row that starts with empty cells).
func isTotalRow(kode, uraian string, last bool) bool {
	if c, _ := budgetCode(kode); c != "" {
		return false
	}
	if c, _ := budgetCode(uraian); c != "" {
		return false
	}
	k, u := strings.TrimSpace(kode), strings.TrimSpace(uraian)
	return totalText(k) || totalText(u) || last && k == "" && u == ""
}

// budgetLevel sets the canonical code, level and parent of a budget line
// from its written code and the lines above it, repairing what the
// structure proves (W.3360 under program WA) and flagging what it does not.
func (p *parser) budgetLevel(a *facts.Anggaran, code string, program, kegiatan *string) bool {
	if bp, ok := parseBudgetPath(code); ok {
		pathLevel(a, bp, program, kegiatan)
		return true
	}
	if isOutputTail(code) {
		if *kegiatan == "" {
			return false // "EBA.956" under no kegiatan: whose output is unproven
		}
		a.Kode, a.Tingkat, a.KodeInduk = *kegiatan+"."+code, facts.LevelOutput, *kegiatan
		return true
	}
	switch {
	case budgetCodeShape(code) && len(code) == 12: // reOutput
		m, _ := outputCode(code)
		a.Kode, a.Tingkat, a.KodeInduk = code, facts.LevelOutput, *kegiatan
		if *kegiatan != "" && m[1] != *kegiatan {
			p.find("anggaran.kode_induk_tidak_cocok", facts.Warning, a.Start, a.End, code,
				"output %s tertulis di bawah kegiatan %s; kode dipertahankan, induk = %s", code, *kegiatan, *kegiatan)
		}
	case budgetCodeShape(code) && (len(code) == 4 || len(code) == 6 || len(code) == 7): // reKegiatan
		m, _ := kegiatanCode(code)
		a.Kode, a.Tingkat = m[2], facts.LevelKegiatan
		prefix := m[1]
		cur := ""
		if *program != "" {
			cur = (*program)[len(*program)-2:]
		}
		switch {
		case prefix == "" && *program == "":
			// no program above it nor in its code: the parent stays NULL,
			// and says so (a table sorted by amount mixes the programs)
			p.find("anggaran.induk_tidak_diketahui", facts.Info, a.Start, a.End, code,
				"kegiatan %s: programnya tidak tertulis di tabel; kode_induk dibiarkan kosong", a.Kode)
		case prefix == "" || prefix == cur:
			a.KodeInduk = *program
		case len(prefix) == 1 && cur != "" && strings.HasPrefix(cur, prefix):
			a.KodeInduk = *program
			p.find("anggaran.kode_diperbaiki", facts.Warning, a.Start, a.End, code,
				"kode %s diperbaiki: kegiatan %s di bawah program %s", code, a.Kode, *program)
		case len(prefix) == 2:
			*program = "076.01." + prefix
			a.KodeInduk = *program
		default:
			a.KodeInduk = *program
			p.find("anggaran.kode_diperbaiki", facts.Warning, a.Start, a.End, code,
				"kode %s diperbaiki: kegiatan %s di bawah program %s", code, a.Kode, *program)
		}
		*kegiatan = a.Kode
	case budgetCodeShape(code) && (len(code) == 2 || len(code) == 9): // reProgram
		m, _ := programCode(code)
		ba, es := m[1], m[2]
		if ba == "" {
			ba, es = "076", "01"
		}
		a.Kode, a.Tingkat = ba+"."+es+"."+m[3], facts.LevelProgram
		*program, *kegiatan = a.Kode, ""
	default:
		return false
	}
	return true
}

func (p *parser) money(s string, conv normalize.Convention, r *extract.Row, t *tableInfo, what string) *int64 {
	v, n := moneyOf(s, conv, t)
	if v == nil {
		p.moneyFinding(n, s, r, t, what)
	}
	return v
}

// moneyOf reads an amount cell of t; nil with the reason when it reads no
// amount (Empty for an empty cell).
func moneyOf(s string, conv normalize.Convention, t *tableInfo) (*int64, normalize.Number) {
	if s == "" {
		return nil, normalize.Number{Status: normalize.Empty}
	}
	v, n := scaledMoney(s, t.unit, conv) // a unit that no longer multiplies reads Unreadable (anggaran_unitlost.go)
	if n.Status == normalize.OK {
		return &v, n
	}
	return nil, n
}

func (p *parser) moneyFinding(n normalize.Number, s string, r *extract.Row, t *tableInfo, what string) {
	switch n.Status {
	case normalize.Empty:
	case normalize.Ambiguous:
		p.find("nilai.ambigu", facts.Warning, r.Start, r.End, s, "%s: %s %q ambigu; dimuat NULL", t.label, what, s)
	default:
		p.find("nilai.tidak_terbaca", facts.Warning, r.Start, r.End, s, "%s: %s %q tidak terbaca; dimuat NULL", t.label, what, s)
	}
}

func atoi(s string) int {
	v := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return v
		}
		v = v*10 + int(s[i]-'0')
	}
	return v
}

// notBudgetTable names what a table of pagu and realisasi is about when it
// is not the satker's DIPA budget: a grant (hibah) or revenue (PNBP,
// pendapatan, penerimaan), said by its caption, header or the sentence
// introducing it ("Realisasi dana hibah Pemilihan 2024:"); "" otherwise.
func notBudgetTable(t *tableInfo, recent []recentText) string {
	texts := []string{t.cap, t.hdr}
	if n := len(recent); n > 0 && !recent[n-1].caption && strings.HasSuffix(strings.TrimSpace(recent[n-1].text), ":") {
		texts = append(texts, " "+normalize.Key(recent[n-1].text)+" ")
	}
	for _, k := range texts {
		switch {
		case has(k, "hibah"):
			return "dana hibah"
		case has(k, "pnbp", "pendapatan", "penerimaan"):
			return "pendapatan"
		}
	}
	return ""
}
