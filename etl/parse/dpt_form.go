package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/extract"
	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// A voter roll printed as the forms of the vote's recapitulation (Model
// D.Hasil and its kin): one form per kecamatan, then the kabupaten's, each
// a head of "key : value" lines naming the area and counting its villages
// and polling stations,
//
//	KECAMATAN        : <name>
//	JUMLAH DESA/KEL  : <n>
//	JUMLAH TPS       : <n>
//
// right above the form's section of voters ("I. DATA PEMILIH | L | P |
// JML"), whose numbered rows are the DPT, the DPTb, the DPK and their sum.
// The head and the section come as two tables. The DPT's row is the area's
// roll; it is read only when its L and P add up to its total and a sum row,
// when printed, is the other rows' sum in every column. The election and
// its year come from the form's title or the caption above it.

// dptForm reads the voters' section of one form with the head above it; false
// when t is no such section.
func (p *parser) dptForm(t *tableInfo) bool {
	b := t.b
	if len(b.Header) != 1 || len(b.Rows) < 2 || len(b.Header[0].Cells) < 4 ||
		!containsFoldASCII(b.Header[0].Cells[0], "data pemilih") || p.cur < 1 || &p.blocks[p.cur] != b {
		return false
	}
	head := &p.blocks[p.cur-1]
	if head.Kind != extract.Table || b.Start-head.End > 2 {
		return false
	}
	area, level, desa, tps, ok := formHead(head)
	if !ok {
		return false
	}
	roles := make([]int, len(b.Header[0].Cells))
	for j, c := range b.Header[0].Cells[1:] {
		roles[j+1] = dptRole(c)
	}
	jl, jp, jlp := indexOf(roles, roleL), indexOf(roles, roleP), indexOf(roles, roleLP)
	if jl < 0 || jp < 0 || jlp < 0 || countRole(roles, roleL) > 1 || countRole(roles, roleP) > 1 || countRole(roles, roleLP) > 1 {
		return false
	}
	cols := []int{jl, jp, jlp}
	dpt, sum := -1, -1
	var vals [][3]int64
	for i, r := range b.Rows {
		var v [3]int64
		for k, j := range cols {
			if j >= len(r.Cells) {
				return false
			}
			n := normalize.ParseNumber(r.Cells[j], rowsConvention(b.Rows, j))
			if n.Status != normalize.OK || n.Value < 0 || n.Value != float64(int64(n.Value)) {
				return false
			}
			v[k] = int64(n.Value)
		}
		vals = append(vals, v)
		k := " " + normalize.Key(r.Cells[0]) + " "
		switch {
		case strings.Contains(r.Cells[0], "+"):
			sum = i // "Jumlah pemilih (1+2+3)"
		case has(k, "dpt") && !has(k, "dptb", "dpk", "dph", "dps", "dpshp"):
			if dpt >= 0 {
				return false
			}
			dpt = i
		}
	}
	if dpt < 0 {
		return false
	}
	label := t.label
	if strings.HasPrefix(label, "tabel baris") && head.Caption != "" {
		label = p.label(head) // "Tabel 3.4", else the form's title
	}
	if vals[dpt][0]+vals[dpt][1] != vals[dpt][2] || sum >= 0 && !formSum(vals, sum) {
		p.find("dpt.total_tidak_pasti", facts.Warning, b.Start, b.End, label,
			"%s: L dan P baris DPT formulir %s tidak berjumlah sama dengan totalnya, atau baris jumlah tidak sama dengan jumlah baris di atasnya; tidak dimuat", label, area)
		return true
	}
	pemilihan, year := "", 0
	for k := len(head.CaptionParts) - 1; k >= 0 && (pemilihan == "" || year == 0); k-- {
		if pemilihan == "" {
			pemilihan = pemilihanOf(withoutDistrict(head.CaptionParts[k]))
		}
		if year == 0 {
			year = electionYear(head.CaptionParts[k])
		}
	}
	if pemilihan == "" || year == 0 || !electionHeld(pemilihan, year) {
		p.find("dpt.pemilihan_tidak_diketahui", facts.Warning, b.Start, b.End, label,
			"%s: formulir %s tanpa pemilihan dan tahunnya; tidak dimuat", label, area)
		return true
	}
	d := facts.DPT{Span: facts.Span{Start: head.Start, End: b.End}, Pemilihan: pemilihan, Tahun: year, Sumber: label,
		JumlahDesa: desa, JumlahTPS: tps}
	owner := p.doc.Meta.SatkerID
	if level == "kecamatan" {
		if owner == p.prov {
			return true // a province's report: whose kecamatan the form counts is not stated
		}
		d.TingkatWilayah, d.SatkerID, d.Wilayah = "kecamatan", owner, normalize.Upper(kecamatanName(area))
	} else {
		id, ok := normalize.ResolveSatker(formAreaName(level, area), p.prov)
		if !ok || id == p.prov {
			p.find("dpt.wilayah_tidak_dikenal", facts.Warning, head.Start, head.End, area, "%s: %q bukan satker yang dikenal; formulir dilewati", label, area)
			return true
		}
		s, _ := normalize.SatkerByID(id)
		d.TingkatWilayah, d.SatkerID, d.Wilayah = "kabupaten", id, s.Wilayah
	}
	if d.SatkerID == "" {
		return true
	}
	l, pr, lp := vals[dpt][0], vals[dpt][1], vals[dpt][2]
	d.PemilihL, d.PemilihP, d.PemilihTotal = &l, &pr, &lp
	p.doc.DPT = append(p.doc.DPT, d)
	return true
}

// formSum: row sum is, in every column, the sum of the rows above it.
func formSum(vals [][3]int64, sum int) bool {
	for k := 0; k < 3; k++ {
		var s int64
		for i := 0; i < sum; i++ {
			s += vals[i][k]
		}
		if s != vals[sum][k] {
			return false
		}
	}
	return sum >= 2
}

// formHead reads a form's head: the area it names (a kecamatan, or a
// kabupaten/kota) and its counts of villages and TPS (nil when not stated).
func formHead(b *extract.Block) (area, level string, desa, tps *int64, ok bool) {
	rows := append(append([]extract.Row(nil), b.Header...), b.Rows...)
	if len(rows) < 2 || len(rows) > 6 {
		return "", "", nil, nil, false
	}
	for _, r := range rows {
		line := strings.Join(r.Cells, " ")
		key, val, found := strings.Cut(line, ":")
		if !found {
			return "", "", nil, nil, false
		}
		k, val := " "+normalize.Key(key)+" ", strings.TrimSpace(val)
		switch {
		case has(k, "jumlah", "jml") && has(k, "tps"):
			tps = formCount(val)
		case has(k, "jumlah", "jml") && has(k, "desa", "kel", "kelurahan"):
			desa = formCount(val)
		case strings.TrimSpace(k) == "kecamatan" && area == "":
			area, level = val, "kecamatan"
		case (strings.TrimSpace(k) == "kabupaten" || strings.TrimSpace(k) == "kabupaten kota") && area == "":
			area, level = val, "kabupaten"
		case strings.TrimSpace(k) == "kota" && area == "":
			area, level = val, "kota"
		default:
			return "", "", nil, nil, false
		}
	}
	return area, level, desa, tps, area != "" && hasLetter(area)
}

// formCount is a head's count ("98"), nil unless a whole number.
func formCount(v string) *int64 {
	n := normalize.ParseNumber(v, normalize.Unknown)
	if n.Status != normalize.OK || n.Value < 0 || n.Value != float64(int64(n.Value)) {
		return nil
	}
	x := int64(n.Value)
	return &x
}

// formAreaName is the name a kabupaten or kota form's head gives, with the
// word for its kind the head wrote as its key ("KABUPATEN : SIKKA").
func formAreaName(level, area string) string {
	if level == "kota" {
		return "Kota " + area
	}
	return "Kabupaten " + area
}
