package parse

import (
	"regexp"
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// villageMeasures are the roles a subtotal states and its villages sum to.
var villageMeasures = [...]int{roleTPS, roleL, roleP, roleLP}

// dptVillageRows is the second hook into dptTable (dptRows): a table whose
// rows are villages (villageTable) is read here and nowhere else. Each
// kecamatan with a subtotal row gives its row (wilayah the kecamatan, the
// village count the subtotal states), the grand total the satker's row;
// every figure only when the villages' (or subtotals') sums agree with
// it, else NULL and dpt.subtotal_tidak_terbukti. False: not such a table.
func (p *parser) dptVillageRows(t *tableInfo, s dptSet, owner string, convs map[int]normalize.Convention) bool {
	if !p.villageTable(t, s.roles, owner) || figuresPastHeader(t.b) {
		return false // rows wider than the header: which figure is whose is not known here (dpt_shifted.go decides)
	}
	b, roles := t.b, s.roles
	first := firstVoterColumn(roles)
	vcol, kcol := villageColumn(b, t.columns(), roles), indexOf(roles, roleNama)
	read := func(r *extract.Row, role int) (int64, bool) {
		return wholeCell(r.Cell(indexOf(roles, role)), convs[indexOf(roles, role)])
	}
	var groups []villageGroup
	var totals []villageTotalRow
	cur := -1
	open := func(name string) {
		groups = append(groups, villageGroup{name: strings.TrimSpace(kecamatanName(name)), sub: -1})
		cur = len(groups) - 1
	}
	heading := func(name string) {
		name = reContinued.ReplaceAllString(name, "")
		if cur >= 0 && !groups[cur].closed && groups[cur].name != "" && normalize.Key(kecamatanName(name)) == normalize.Key(groups[cur].name) {
			return // "KECAMATAN ALAK (lanjutan)" after a page break: the same group goes on
		}
		open(name)
	}
	lead := villageLeadRows(b.Rows, roles, first, vcol, kcol)
	for i := range b.Rows {
		r := &b.Rows[i]
		lab, vals := villageLabel(r, first), villageValues(r, roles)
		if lab == "" && !vals || dapilHeading(lab) {
			continue
		}
		glued := false
		if h := gluedHeading(r, first); h != "" && vals {
			heading(h) // "Borong" over "1 | Rana Loba": the heading, then its first village
			glued = true
		}
		name := ""
		if cur >= 0 {
			name = groups[cur].name
		}
		k, n := villageTotalOf(r, first, name, owner, p.prov)
		if k == 0 && vals && namesOwner(lab, owner, p.prov) {
			k = totGrand // "Kabupaten Sikka" under the last kecamatan
		}
		if k != 0 {
			totals = append(totals, villageTotalRow{row: i, group: cur, kind: k, name: n})
			if cur >= 0 {
				groups[cur].closed = true // villages after it, under no heading, are another kecamatan's
			}
			if h := trailingHeading(r, first); h != "" {
				heading(h) // the next kecamatan's heading, glued to this total
			}
			continue
		}
		if totalText(lab) || rataRata(lab) {
			continue // a total this reader cannot place ("Jumlah Dapil 1"): no fact, no group
		}
		kc := ""
		if vcol >= 0 {
			kc = strings.TrimSpace(r.Cell(kcol)) // the Kecamatan column beside the villages'
		}
		switch {
		case !vals:
			heading(lab) // "KECAMATAN ALAK", or a row with only the name
		case vcol >= 0 && kc != "" && villageName(r, vcol) == "" || vcol < 0 && !glued && explicitKecamatan(lab):
			if kc == "" {
				kc = lab
			}
			if !lead && cur >= 0 && !groups[cur].closed && len(groups[cur].villages) > 0 &&
				(groups[cur].name == "" || normalize.Key(kecamatanName(kc)) == normalize.Key(groups[cur].name)) {
				// the kecamatan's row under its villages: their subtotal
				totals = append(totals, villageTotalRow{row: i, group: cur, kind: totGroup, name: kecamatanName(kc)})
				groups[cur].closed = true
				continue
			}
			open(kc) // the kecamatan's own row above its villages: its subtotal
			groups[cur].sub = i
		case vcol >= 0 && kc != "" && (cur < 0 || groups[cur].closed ||
			normalize.Key(kecamatanName(kc)) != normalize.Key(groups[cur].name)):
			open(kc)
			groups[cur].villages = append(groups[cur].villages, i)
		default:
			if cur < 0 || groups[cur].closed {
				open("") // villages after a closed group and no heading: a kecamatan the table does not name
			}
			groups[cur].villages = append(groups[cur].villages, i)
		}
	}
	from := len(p.doc.DPT)
	if len(groups) > 1 {
		// the villages of one kecamatan are an illustration beside the
		// table per kecamatan, which states its row
		grand := p.placeVillageTotals(groups, totals, b.Rows, read)
		p.villageFacts(t, s, owner, groups, grand, vcol, read)
	}
	p.find("dpt.baris_desa", facts.Info, b.Start, b.End, t.label,
		"%s: tabel DPT per desa/kelurahan; baris desa bukan fakta; %d baris dimuat dari baris jumlah kecamatan dan total", t.label, len(p.doc.DPT)-from)
	return true
}

// villageLeadRows: the table writes each kecamatan's row above its
// villages: its first row with figures is a kecamatan's (named so, or
// the Kecamatan column filled and the village's empty), not a village's.
// Otherwise such a row under villages closes them.
func villageLeadRows(rows []extract.Row, roles []int, first, vcol, kcol int) bool {
	for i := range rows {
		r := &rows[i]
		if !villageValues(r, roles) {
			continue
		}
		lab := villageLabel(r, first)
		if totalText(lab) || subtotalWords(lab) {
			return false
		}
		if vcol >= 0 {
			return r.Cell(kcol) != "" && villageName(r, vcol) == ""
		}
		return explicitKecamatan(lab)
	}
	return false
}

// reContinued is a heading's mark that its group goes on from the page
// before ("(lanjutan)", "lanj.", "(sambungan)").
var reContinued = regexp.MustCompile(`(?i)\s*[(\[]?\s*(?:lanjutan|lanj\.?|sambungan)\s*[)\]]?\s*$`)

// wholeCell is a cell's whole, non-negative count; false when it is none.
func wholeCell(c string, conv normalize.Convention) (int64, bool) {
	if c == "" {
		return 0, false
	}
	n := normalize.ParseNumber(c, conv)
	if n.Status != normalize.OK || n.Value != float64(int64(n.Value)) || n.Value < 0 {
		return 0, false
	}
	return int64(n.Value), true
}

// placeVillageTotals gives each subtotal to its group and returns the
// grand total's row (-1: none; -2: two that disagree). A bare "Jumlah" is
// a subtotal unless it is the table's last total and its L+P is every
// village's sum, or its group already has one.
func (p *parser) placeVillageTotals(groups []villageGroup, totals []villageTotalRow, rows []extract.Row,
	read func(*extract.Row, int) (int64, bool)) int {
	grand := -1
	var all int64
	allKnown := true
	for g := range groups {
		for _, i := range groups[g].villages {
			v, ok := read(&rows[i], roleLP)
			all += v
			allKnown = allKnown && ok
		}
	}
	attach := func(tr villageTotalRow) {
		if tr.group < 0 {
			return
		}
		g := &groups[tr.group]
		if tr.name != "" && g.name == "" {
			g.name = tr.name
		} else if tr.name != "" && normalize.Key(tr.name) != normalize.Key(g.name) {
			g.conflict = true // "KECAMATAN ALAK" closed by "Jumlah Kecamatan Maulafa"
		}
		if g.sub >= 0 && !sameFigures(&rows[g.sub], &rows[tr.row], read) {
			g.conflict = true // stated twice, differently
		}
		g.sub = tr.row
	}
	for k, tr := range totals {
		last := k == len(totals)-1
		switch tr.kind {
		case totGroup:
			attach(tr)
		case totGrand:
			if grand >= 0 && !sameFigures(&rows[grand], &rows[tr.row], read) {
				grand = -2 // two grand totals that disagree: neither proven
			} else if grand != -2 {
				grand = tr.row
			}
		case totBare:
			open := tr.group >= 0 && groups[tr.group].sub < 0 && len(groups[tr.group].villages) > 0
			lp, ok := read(&rows[tr.row], roleLP)
			switch {
			case !last && open:
				attach(tr)
			case last && open && len(groups) > 1 && !(ok && allKnown && lp == all):
				attach(tr)
			case last && grand == -1:
				grand = tr.row
			}
		}
	}
	return grand
}

// sameFigures: two rows state the same voter figures.
func sameFigures(a, b *extract.Row, read func(*extract.Row, int) (int64, bool)) bool {
	for _, role := range villageMeasures {
		x, okx := read(a, role)
		y, oky := read(b, role)
		if okx != oky || x != y {
			return false
		}
	}
	return true
}

// villageFacts emits the kecamatan rows of the groups with a subtotal and
// the satker's row of the grand total, each figure proven by the sums.
func (p *parser) villageFacts(t *tableInfo, s dptSet, owner string, groups []villageGroup, grand, vcol int,
	read func(*extract.Row, int) (int64, bool)) {
	rows := t.b.Rows
	count := func(r *extract.Row) (int64, bool) {
		if v, ok := read(r, roleDesa); ok {
			return v, true // "Jml Desa" beside the voters
		}
		if v, ok := villageCount(r.Cell(vcol)); vcol >= 0 && ok {
			return v, true // the count written under the villages' names ("4", "4 kelurahan")
		}
		return labelCount(r, firstVoterColumn(s.roles)) // "Subtotal Kec. Alak (4)"
	}
	emit := func(r *extract.Row, level, wilayah string, sums [5]sumOf, villages int) {
		d := facts.DPT{Span: facts.Span{Start: r.Start, End: r.End}, Pemilihan: s.pemilihan, Tahun: s.tahun, Sumber: t.label,
			TingkatWilayah: level, SatkerID: owner, Wilayah: wilayah}
		bad := []string{}
		for k, role := range villageMeasures {
			v, ok := read(r, role)
			switch {
			case !ok:
			case sums[k].known && sums[k].v != v:
				bad = append(bad, roleWord[role])
			default:
				x := v
				*dptValue(&d, role) = &x // errata_rows.go
			}
		}
		if n, ok := count(r); ok && villages > 0 && n != int64(villages) {
			bad = append(bad, roleWord[roleDesa])
		} else if ok {
			d.JumlahDesa = &n
		}
		if len(bad) > 0 {
			p.find("dpt.subtotal_tidak_terbukti", facts.Warning, r.Start, r.End, wilayah,
				"%s: %s %s: %s tidak sama dengan jumlah rinciannya; dimuat NULL", t.label, level, wilayah, strings.Join(bad, ", "))
		}
		if d.PemilihTotal != nil || d.PemilihL != nil || d.PemilihP != nil || d.JumlahTPS != nil {
			p.doc.DPT = append(p.doc.DPT, d)
		}
	}
	var noSub []string
	var unnamed []int
	var subSums [5]sumOf
	for k := range subSums {
		subSums[k].known = true
	}
	allSubs, villages := true, 0
	var villSums [5]sumOf
	for k := range villSums {
		villSums[k].known = true
	}
	for _, g := range groups {
		var sums [5]sumOf
		for k, role := range villageMeasures {
			sums[k].known = len(g.villages) > 0
			for _, i := range g.villages {
				v, ok := read(&rows[i], role)
				sums[k].add(v, ok)
				villSums[k].add(v, ok)
			}
		}
		villages += len(g.villages)
		switch {
		case g.sub < 0:
			allSubs = false
			noSub = append(noSub, g.name)
			continue
		case g.conflict || g.name == "":
			allSubs = false
			unnamed = append(unnamed, rows[g.sub].Start)
			continue
		}
		r := &rows[g.sub]
		for k, role := range villageMeasures {
			v, ok := read(r, role)
			subSums[k].add(v, ok)
		}
		emit(r, "kecamatan", normalize.Upper(g.name), sums, len(g.villages))
	}
	if len(noSub) > 0 {
		p.find("dpt.kecamatan_tanpa_jumlah", facts.Warning, t.b.Start, t.b.End, strings.Join(noSub, ", "),
			"%s: kecamatan tanpa baris jumlah (%s); angkanya hanya jumlah desa-desanya, tidak dimuat", t.label, strings.Join(noSub, ", "))
	}
	for _, at := range unnamed {
		p.find("dpt.wilayah_tidak_dikenal", facts.Warning, at, at, t.label,
			"%s: baris jumlah kecamatan tanpa nama kecamatan yang pasti; tidak dimuat", t.label)
	}
	if grand < 0 {
		if grand == -2 || len(groups) > 0 {
			p.find("dpt.total_tidak_pasti", facts.Warning, t.b.Start, t.b.End, t.label,
				"%s: tidak ada satu baris total yang pasti; baris %s tidak dimuat", t.label, owner)
		}
		return
	}
	sat, _ := normalize.SatkerByID(owner)
	level := "kabupaten"
	if owner == p.prov {
		level = "provinsi"
	}
	sums := villSums
	for k := range sums {
		if !sums[k].known && allSubs && len(groups) > 0 && subSums[k].known {
			sums[k] = subSums[k] // villages unread: the subtotals, when every group has one
		} else if sums[k].known && allSubs && len(groups) > 0 && subSums[k].known && subSums[k].v != sums[k].v {
			sums[k].v = -1 // the subtotals and the villages disagree: nothing proves the total
		}
	}
	emit(&rows[grand], level, sat.Wilayah, sums, villages)
}

// sumOf is a running sum; known false once a part is unread.
type sumOf struct {
	v     int64
	known bool
}

func (s *sumOf) add(v int64, ok bool) {
	s.v += v
	s.known = s.known && ok
}

// roleWord names a measure in a finding.
var roleWord = map[int]string{roleTPS: "TPS", roleL: "L", roleP: "P", roleLP: "L+P", roleDesa: "jumlah desa/kelurahan"}

var reVillageCount = regexp.MustCompile(`(?i)^\s*(\d{1,4})\s*(?:desa|kel\.?|kelurahan|desa\s*/\s*kel(?:\.|urahan)?)?\s*$`)

// villageCount reads a village count written where the villages' names
// stand: "4", "4 Kelurahan".
func villageCount(c string) (int64, bool) {
	m := reVillageCount.FindStringSubmatch(c)
	if m == nil {
		return 0, false
	}
	return int64(atoi(m[1])), true
}

// villageName is the row's village, "" when the cell is empty or holds
// the group's count of villages rather than a name.
func villageName(r *extract.Row, vcol int) string {
	c := strings.TrimSpace(r.Cell(vcol))
	if _, ok := villageCount(c); ok {
		return ""
	}
	return c
}

// figuresPastHeader: some row of b holds a value right of the header's
// last column.
func figuresPastHeader(b *extract.Block) bool {
	w := headerWidth(b)
	if w == 0 {
		return false
	}
	for i := range b.Rows {
		if c := b.Rows[i].Cells; len(c) > w && valuePast(c, w) {
			return true
		}
	}
	return false
}
