package sample

import (
	"math/rand/v2"
	"strings"
)

// renderMixed writes a document in style "campuran": each table's layout
// is drawn from the grammar in mix_grammar.go.
func renderMixed(d *doc) {
	s, y := d.s, d.y
	r := d.w.rng("mix-doc", s.ID, itoa(y))
	m := &mixDoc{doc: d, conv: pick(r, convID, convEN), caps: capStyleKind(r.IntN(int(nCapStyles))), money: d.w.moneyUnit(s)}
	ss, sk := splitCatalogue(s)

	d.cover("LAPORAN KINERJA", "KATA PENGANTAR",
		"Laporan Kinerja "+s.nama()+" Tahun "+itoa(y)+" ini menyajikan capaian kinerja, evaluasi akuntabilitas, realisasi anggaran dan data pemilih.")

	m.chapter(3, "AKUNTABILITAS KINERJA")
	m.capTable(ss, "sasaran_strategis")
	m.capTable(sk, "sasaran_kegiatan")
	m.seriesTable(ss)
	m.sakip()
	m.rb()
	m.dpt()
	m.budgetProse()
	m.budgetTable()
	m.multiYear()
	d.para("BAB IV PENUTUP")
	d.para("Demikian Laporan Kinerja " + s.nama() + " Tahun " + itoa(y) + " disusun.")
}

// capLayout is one capaian table's draw.
type capLayout struct {
	no, group, unit   bool
	order             int // 0 Target Realisasi Capaian, 1 Realisasi Target Capaian, 2 Target Capaian Realisasi
	wInd, wT, wR, wC  int // header wording
	cas               casing
	wrap              int // 0 none, 1 values on the first line, 2 values on the last line
	gradeCap, missing int
	capPct            bool
	conv              conv
	caps              capStyleKind
}

func (l capLayout) key() string {
	return "cap|" + boolKey(l.no) + boolKey(l.group) + boolKey(l.unit) + itoa(l.order) + itoa(l.wInd) + itoa(l.wT) + itoa(l.wR) +
		itoa(l.wC) + itoa(int(l.cas)) + itoa(l.wrap) + itoa(l.gradeCap) + itoa(l.missing) + boolKey(l.capPct) + itoa(int(l.conv)) + itoa(int(l.caps))
}

var (
	wordInd  = []string{"Indikator Kinerja", "Indikator", "Indikator Kinerja Utama"}
	wordT    = []string{"Target", "Target Kinerja", "Target %d"}
	wordR    = []string{"Realisasi", "Realisasi Kinerja", "Realisasi %d"}
	wordC    = []string{"Capaian (%)", "Capaian", "% Capaian", "Persentase Capaian"}
	missings = []string{"-", "Belum Penilaian", "Belum dilakukan penilaian"}
)

func withYear(w string, y int) string { return strings.Replace(w, "%d", itoa(y), 1) }

func (m *mixDoc) drawCap() capLayout {
	return mixDraw(m.doc, func(r *rand.Rand) capLayout {
		return capLayout{no: r.IntN(2) == 0, group: r.IntN(3) == 0, unit: r.IntN(3) == 0, order: r.IntN(3),
			wInd: r.IntN(len(wordInd)), wT: r.IntN(len(wordT)), wR: r.IntN(len(wordR)), wC: r.IntN(len(wordC)),
			cas: casing(r.IntN(2)), wrap: r.IntN(3), gradeCap: r.IntN(3), missing: r.IntN(len(missings)), capPct: r.IntN(2) == 0,
			conv: m.conv, caps: m.caps}
	})
}

// capTable writes one measurement table of a tingkat.
func (m *mixDoc) capTable(inds []*indikator, tingkat string) {
	l := m.drawCap()
	sas := "Sasaran Strategis"
	if tingkat == "sasaran_kegiatan" {
		sas = "Sasaran Kegiatan"
	}
	cs := capStyle{conv: m.conv, pct: !l.unit, unitCol: l.unit, capPct: l.capPct,
		gradeCap: []string{"pct", "grade", "word"}[l.gradeCap], missing: missings[l.missing]}
	label := m.caption("Pengukuran Kinerja " + sas + " Tahun " + itoa(m.y))
	var h []string
	if l.no {
		h = append(h, "No")
	}
	if !l.group {
		h = append(h, sas)
	}
	h = append(h, wordInd[l.wInd])
	if l.unit {
		h = append(h, "Satuan")
	}
	t, re, c := withYear(wordT[l.wT], m.y), withYear(wordR[l.wR], m.y), wordC[l.wC]
	h = append(h, [][]string{{t, re, c}, {re, t, c}, {t, c, re}}[l.order]...)
	h = l.cas.all(h)
	m.row(h...)
	no, grp, last := 0, 0, ""
	for i, ind := range inds {
		if i == len(inds)/2 && i > 0 {
			m.pageBreak([][]string{h})
		}
		newSas := ind.Sasaran != last
		last = ind.Sasaran
		if l.group && newSas {
			grp++
			m.ln(sas + " " + itoa(grp) + ": " + ind.Sasaran)
		}
		cc := m.capRow(ind, m.w.capaian(m.s, ind, m.y), cs, false, true)
		var row []string
		var widths []int
		if l.no {
			no++
			row, widths = append(row, itoa(no)), append(widths, 0)
		}
		if !l.group {
			txt := ""
			if newSas {
				txt = ind.Sasaran
			}
			row, widths = append(row, txt), append(widths, 30)
		}
		row, widths = append(row, ind.Teks), append(widths, 34)
		if l.unit {
			row, widths = append(row, unitText(ind)), append(widths, 0)
		}
		row = append(row, [][]string{{cc.Target, cc.Realisasi, cc.Capaian}, {cc.Realisasi, cc.Target, cc.Capaian}, {cc.Target, cc.Capaian, cc.Realisasi}}[l.order]...)
		m.addCapaian(cc, m.wrapped(row, widths, l.wrap), label)
	}
	m.blank()
}

// wrapped writes a logical row: on one line (mode 0), wrapped with the
// single-line cells on the first line (1) or on the last line (2).
func (m *mixDoc) wrapped(cells []string, widths []int, mode int) Baris {
	if mode == 0 {
		n := m.row(cells...)
		return Baris{n, n}
	}
	if mode == 1 {
		return m.rowWrapped(cells, widths)
	}
	return m.rowWrappedAt(cells, widths, func(h int) int { return h - 1 })
}

// seriesLayout is the multi-year table's draw.
type seriesLayout struct {
	twoLine, unit, nasional bool
	cas                     casing
	conv                    conv
	caps                    capStyleKind
}

func (l seriesLayout) key() string {
	return "seri|" + boolKey(l.twoLine) + boolKey(l.unit) + boolKey(l.nasional) + itoa(int(l.cas)) + itoa(int(l.conv)) + itoa(int(l.caps))
}

// seriesTable compares the sasaran strategis indicators over four years,
// with years in one header line ("Realisasi 2021") or under a spanning
// "Realisasi" cell on a second header line.
func (m *mixDoc) seriesTable(inds []*indikator) {
	l := mixDraw(m.doc, func(r *rand.Rand) seriesLayout {
		return seriesLayout{twoLine: r.IntN(2) == 0, unit: r.IntN(2) == 0, nasional: r.IntN(2) == 0, cas: casing(r.IntN(2)), conv: m.conv, caps: m.caps}
	})
	y := m.y
	cs := capStyle{conv: m.conv, pct: !l.unit, unitCol: l.unit, missing: "-"}
	label := m.caption("Perbandingan Realisasi Kinerja Tahun " + itoa(y-3) + " s.d. " + itoa(y))
	lead := []string{"No", "Indikator Kinerja"}
	if l.unit {
		lead = append(lead, "Satuan")
	}
	pad := make([]string, len(lead))
	if l.twoLine {
		h1 := append(append([]string{}, lead...), "Realisasi", "", "", "Tahun "+itoa(y), "")
		h2 := append(append([]string{}, pad...), itoa(y-3), itoa(y-2), itoa(y-1), "Target", "Realisasi")
		if l.nasional {
			h1, h2 = append(h1, "Target Nasional"), append(h2, itoa(y))
		}
		m.row(l.cas.all(h1)...)
		m.row(l.cas.all(h2)...)
	} else {
		h := append(append([]string{}, lead...), "Realisasi "+itoa(y-3), "Realisasi "+itoa(y-2), "Realisasi "+itoa(y-1), "Target "+itoa(y), "Realisasi "+itoa(y))
		if l.nasional {
			h = append(h, "Target Nasional "+itoa(y))
		}
		m.row(l.cas.all(h)...)
	}
	for k, ind := range inds {
		var cells []seriCell
		for t := y - 3; t < y; t++ {
			cells = append(cells, m.seri(ind, t, "realisasi", cs, label))
		}
		cells = append(cells, m.seri(ind, y, "target", cs, label), m.seri(ind, y, "realisasi", cs, label))
		if l.nasional {
			cells = append(cells, m.seri(ind, y, "target_nasional", cs, label))
		}
		row := []string{itoa(k + 1), ind.Teks}
		if l.unit {
			row = append(row, unitText(ind))
		}
		for _, c := range cells {
			row = append(row, c.Teks)
		}
		n := m.row(row...)
		for _, c := range cells {
			m.addSeri(c, Baris{n, n})
		}
	}
	m.blank()
}

// sakipLayout: components as rows, as columns, or the score in prose only.
type sakipLayout struct {
	form  int // 0 rows, 1 columns, 2 prose
	paren bool
	cas   casing
	conv  conv
	caps  capStyleKind
}

func (l sakipLayout) key() string {
	return "sakip|" + itoa(l.form) + boolKey(l.paren) + itoa(int(l.cas)) + itoa(int(l.conv)) + itoa(int(l.caps))
}

func (m *mixDoc) sakip() {
	l := mixDraw(m.doc, func(r *rand.Rand) sakipLayout {
		return sakipLayout{form: r.IntN(3), paren: r.IntN(2) == 0, cas: casing(r.IntN(2)), conv: m.conv, caps: m.caps}
	})
	t := m.y - 1
	v := m.w.sakip(m.s, t)
	nilai := fmtFixed(v.nilai(), 2, m.conv)
	pred := predikatOf(v.nilai())
	if l.form == 2 {
		s := "Berdasarkan hasil evaluasi atas implementasi SAKIP Tahun " + itoa(t) + ", " + m.s.nama() + " memperoleh nilai " + nilai + " dengan predikat " + m.grade(pred) + "."
		if l.paren {
			s = "Hasil evaluasi AKIP " + m.s.nama() + " Tahun " + itoa(t) + " adalah " + m.grade(pred) + " (" + nilai + ")."
		}
		n := m.para(s)
		m.t.Sakip = append(m.t.Sakip, SakipRow{SatkerID: m.s.ID, TahunDinilai: t, Nilai: f64(v.nilai()), Predikat: pred,
			Keyakinan: "tinggi", Sumber: "prosa", Baris: Baris{n, n}})
		return
	}
	label := m.caption("Hasil Evaluasi AKIP " + m.s.nama() + " Tahun " + itoa(t))
	var sp [4]Baris
	var tot Baris
	if l.form == 1 {
		h := []string{"Tahun"}
		for _, k := range komponen {
			h = append(h, k.Nama+" ("+fmtNum(k.Bobot, m.conv)+")")
		}
		m.row(l.cas.all(append(h, "Nilai Akhir", "Predikat"))...)
		row := []string{itoa(t)}
		for i := range komponen {
			row = append(row, fmtFixed(fromCents(v.Komp[i]), 2, m.conv))
		}
		n := m.row(append(row, nilai, m.grade(pred))...)
		sp, tot = [4]Baris{{n, n}, {n, n}, {n, n}, {n, n}}, Baris{n, n}
	} else {
		m.row(l.cas.all([]string{"No", "Komponen", "Bobot", "Nilai"})...)
		for i, k := range komponen {
			n := m.row(itoa(i+1), k.Nama, fmtFixed(k.Bobot, 2, m.conv), fmtFixed(fromCents(v.Komp[i]), 2, m.conv))
			sp[i] = Baris{n, n}
		}
		totLabel := "Nilai Akhir"
		if l.paren {
			totLabel = "Jumlah"
		}
		n := m.row("", totLabel, fmtFixed(100, 2, m.conv), nilai)
		m.row("", "Predikat", "", m.grade(pred))
		tot = Baris{n, n}
	}
	m.blank()
	m.addSakip(v, t, tot, sp, label)
}

// rbLayout: the RB score in prose or in a small table.
type rbLayout struct {
	table bool
	order int
	conv  conv
	caps  capStyleKind
}

func (l rbLayout) key() string {
	return "rb|" + boolKey(l.table) + itoa(l.order) + itoa(int(l.conv)) + itoa(int(l.caps))
}

func (m *mixDoc) rb() {
	l := mixDraw(m.doc, func(r *rand.Rand) rbLayout {
		return rbLayout{table: r.IntN(2) == 0, order: r.IntN(2), conv: m.conv, caps: m.caps}
	})
	v := m.w.rb(m.s, m.y)
	if !l.table {
		n := m.para(m.rbSentence(v, m.conv))
		m.addRB(v, Baris{n, n}, "prosa")
		return
	}
	label := m.caption("Nilai Evaluasi Reformasi Birokrasi Tahun " + itoa(m.y))
	nilai, bobot, persen := fmtFixed(v.Nilai, 2, m.conv), fmtFixed(v.Bobot, 2, m.conv), fmtFixed(v.Persen, 2, m.conv)
	var n int
	if l.order == 0 {
		m.row("Uraian", "Nilai", "Bobot", "Persentase (%)")
		n = m.row("Reformasi Birokrasi", nilai, bobot, persen)
	} else {
		m.row("Uraian", "Bobot", "Nilai", "Capaian (%)")
		n = m.row("Reformasi Birokrasi", bobot, nilai, persen)
	}
	m.blank()
	m.addRB(v, Baris{n, n}, label)
}
