package sample

import "math/rand/v2"

// Budget and DPT tables of style "campuran".

// budgetLayout is the detail budget table's draw.
type budgetLayout struct {
	kode     int  // 0 canonical (076.01.WA, 3355), 1 short (WA, WA.3355), 2 parenthesised ((WA), (3355))
	merged   bool // code and uraian in one cell
	pct      bool // a percent column
	sisa     bool // a Sisa column
	sisaLast bool // Sisa after the percent
	outputs  bool // output rows under the kegiatan
	totTop   bool // the total row first
	totLabel int
	wrap     int // 0 none, 2 amounts on the middle line of a wrapped uraian
	cas      casing
	unit     string
	conv     conv
	caps     capStyleKind
}

func (l budgetLayout) key() string {
	return "ang|" + itoa(l.kode) + boolKey(l.merged) + boolKey(l.pct) + boolKey(l.sisa) + boolKey(l.sisaLast) + boolKey(l.outputs) +
		boolKey(l.totTop) + itoa(l.totLabel) + itoa(l.wrap) + itoa(int(l.cas)) + l.unit + itoa(int(l.conv)) + itoa(int(l.caps))
}

var totLabels = []string{"JUMLAH", "Total", "JUMLAH TOTAL", "Jumlah Keseluruhan"}

// kodeText writes a budget code in the layout's form.
func kodeText(l *line, form int) string {
	switch l.Tingkat {
	case "program":
		switch form {
		case 0:
			return l.Kode
		case 1:
			return l.Prog
		}
		return "(" + l.Prog + ")"
	case "kegiatan":
		switch form {
		case 1:
			return l.Prog + "." + l.Kode
		case 2:
			return "(" + l.Kode + ")"
		}
	}
	return l.Kode
}

// amountHeader is a money column's header with the unit note when the
// satker writes it in the header ("Pagu (Rp 000)").
func (m *mixDoc) amountHeader(word string) string {
	if m.money.div > 1 && m.money.inHdr {
		return word + " " + m.money.header
	}
	return word
}

func (m *mixDoc) drawBudget() budgetLayout {
	return mixDraw(m.doc, func(r *rand.Rand) budgetLayout {
		return budgetLayout{kode: r.IntN(3), merged: r.IntN(3) == 0, pct: r.IntN(4) != 0, sisa: r.IntN(2) == 0, sisaLast: r.IntN(2) == 0,
			outputs: r.IntN(2) == 0, totTop: r.IntN(4) == 0, totLabel: r.IntN(len(totLabels)), wrap: 2 * r.IntN(2),
			cas: casing(r.IntN(2)), unit: m.money.key(), conv: m.conv, caps: m.caps}
	})
}

func (m *mixDoc) budgetTable() {
	l := m.drawBudget()
	b := m.budget(m.y)
	title := "Realisasi Anggaran per Program dan Kegiatan Tahun Anggaran " + itoa(m.y)
	if m.money.div > 1 && !m.money.inHdr {
		title += " " + m.money.header
	}
	label := m.caption(title)
	var h []string
	if l.merged {
		h = append(h, "Program/Kegiatan")
	} else {
		h = append(h, "Kode", "Uraian")
	}
	h = append(h, m.amountHeader(pick(m.w.rng("mix-hdr", m.s.ID, itoa(m.y)), "Pagu", "Pagu Anggaran", "Anggaran")), m.amountHeader("Realisasi"))
	tail := []string{}
	if l.pct {
		tail = append(tail, "%")
	}
	if l.sisa {
		if l.sisaLast {
			tail = append(tail, m.amountHeader("Sisa"))
		} else {
			tail = append([]string{m.amountHeader("Sisa Anggaran")}, tail...)
		}
	}
	h = l.cas.all(append(h, tail...))
	m.row(h...)
	cells := func(x *line, lead []string) []string {
		row := append(append([]string{}, lead...), m.amount(x.Pagu), m.amount(x.Real))
		var t []string
		if l.pct {
			t = append(t, fmtFixed(x.serapan(), 2, m.conv))
		}
		if l.sisa {
			if l.sisaLast {
				t = append(t, m.amount(x.sisa()))
			} else {
				t = append([]string{m.amount(x.sisa())}, t...)
			}
		}
		return append(row, t...)
	}
	truth := func(x *line, sp Baris) {
		row := m.angRow(x, m.y, kodeText(x, l.kode), sp, label)
		if !l.pct {
			// another report may state the percent of the same row
			row.SerapanLapor, row.Tidak = nil, append(row.Tidak, "serapan_lapor")
		}
		m.putAnggaran(row, 3)
	}
	total := func() {
		lead := []string{"", totLabels[l.totLabel]}
		if l.merged {
			lead = lead[1:]
		}
		n := m.row(cells(b.Total, lead)...)
		truth(b.Total, Baris{n, n})
	}
	if l.totTop {
		total()
	}
	rows := 0
	b.Total.walk(func(x *line) {
		if x.Tingkat == "total" || (x.Tingkat == "output" && !l.outputs) {
			return
		}
		if rows == 7 {
			m.pageBreak([][]string{h})
		}
		rows++
		kode := kodeText(x, l.kode)
		lead := []string{kode, x.Uraian}
		widths := []int{0, 28}
		if l.merged {
			lead, widths = []string{kode + " " + x.Uraian}, []int{32}
		}
		mode := 0
		if l.wrap == 2 && len(wrapText(x.Uraian, 28)) >= 3 {
			mode = 3
		}
		truth(x, m.wrappedMiddle(cells(x, lead), widths, mode))
	})
	if !l.totTop {
		total()
	}
	m.blank()
}

// wrappedMiddle writes a row on one line, or (mode 3) with the wrapped
// uraian over several lines and every single-line cell on the middle line,
// as vertically centred cells come out of a PDF.
func (m *mixDoc) wrappedMiddle(cells []string, widths []int, mode int) Baris {
	if mode != 3 {
		n := m.row(cells...)
		return Baris{n, n}
	}
	return m.rowWrappedAt(cells, widths, func(h int) int { return h / 2 })
}

// budgetProse states the year's totals in a sentence, sometimes beside a
// revenue sentence that must not be read as the budget's realisation.
func (m *mixDoc) budgetProse() {
	b := m.budget(m.y)
	t := b.Total
	rp := func(v int64) string { return "Rp " + fmtInt(v, m.conv) }
	if chance(m.r, 0.5) {
		pnbp := 1_000_000 + m.r.Int64N(9_000_000)
		m.para("Realisasi Pendapatan Negara Bukan Pajak (PNBP) Tahun " + itoa(m.y) + " sebesar " + rp(pnbp) + " yang berasal dari penerimaan lain-lain.")
	}
	n := m.para("Alokasi anggaran awal sebesar " + rp(b.PaguAwal) + " mengalami " + itoa(int(b.Revisi)) +
		" kali revisi DIPA sehingga total pagu anggaran Tahun Anggaran " + itoa(m.y) + " menjadi sebesar " + rp(t.Pagu) +
		" dengan realisasi sebesar " + rp(t.Real) + " atau " + fmtFixed(t.serapan(), 2, m.conv) + "%.")
	row := m.angRow(t, m.y, "", Baris{n, n}, "prosa")
	row.PaguAwal, row.RevisiDIPA, row.Tidak = i64(b.PaguAwal), i64(b.Revisi), []string{"sisa"}
	m.putAnggaran(row, 1)
}

// multiLayout is the multi-year budget table's draw.
type multiLayout struct {
	sisa, pct bool
	tahun     int
	unit      string
	conv      conv
	caps      capStyleKind
}

func (l multiLayout) key() string {
	return "multi|" + boolKey(l.sisa) + boolKey(l.pct) + itoa(l.tahun) + l.unit + itoa(int(l.conv)) + itoa(int(l.caps))
}

func (m *mixDoc) multiYear() {
	l := mixDraw(m.doc, func(r *rand.Rand) multiLayout {
		return multiLayout{sisa: r.IntN(2) == 0, pct: r.IntN(3) != 0, tahun: r.IntN(3), unit: m.money.key(), conv: m.conv, caps: m.caps}
	})
	title := "Perkembangan Pagu dan Realisasi Anggaran Tahun " + itoa(m.y-4) + "-" + itoa(m.y)
	if m.money.div > 1 && !m.money.inHdr {
		title += " " + m.money.header
	}
	label := m.caption(title)
	h := []string{"Tahun Anggaran", m.amountHeader("Pagu"), m.amountHeader("Realisasi")}
	if l.pct {
		h = append(h, "Serapan (%)")
	}
	if l.sisa {
		h = append(h, m.amountHeader("Sisa"))
	}
	m.row(h...)
	for ty := m.y - 4; ty <= m.y; ty++ {
		t := m.budget(ty).Total
		row := []string{[]string{itoa(ty), "TA " + itoa(ty), "Tahun " + itoa(ty)}[l.tahun], m.amount(t.Pagu), m.amount(t.Real)}
		if l.pct {
			row = append(row, fmtFixed(t.serapan(), 2, m.conv))
		}
		if l.sisa {
			row = append(row, m.amount(t.sisa()))
		}
		n := m.row(row...)
		tr := m.angRow(t, ty, "", Baris{n, n}, label)
		if !l.pct {
			tr.SerapanLapor, tr.Tidak = nil, append(tr.Tidak, "serapan_lapor")
		}
		m.putAnggaran(tr, 2)
	}
	m.blank()
}

// dptLayout is a voter-roll table's draw.
type dptLayout struct {
	desa, tpsLast, twoLine bool
	wL, wP, wT, wTPS       int
	totLabel               int
	cas                    casing
	conv                   conv
	caps                   capStyleKind
}

func (l dptLayout) key() string {
	return "dpt|" + boolKey(l.desa) + boolKey(l.tpsLast) + boolKey(l.twoLine) + itoa(l.wL) + itoa(l.wP) + itoa(l.wT) + itoa(l.wTPS) +
		itoa(l.totLabel) + itoa(int(l.cas)) + itoa(int(l.conv)) + itoa(int(l.caps))
}

var (
	wordL   = []string{"L", "Laki-laki", "Pemilih Laki-laki"}
	wordP   = []string{"P", "Perempuan", "Pemilih Perempuan"}
	wordTot = []string{"L+P", "Jumlah", "Total Pemilih", "Jumlah Pemilih"}
	wordTPS = []string{"TPS", "Jumlah TPS", "Jml TPS"}
)

func (m *mixDoc) drawDPT() dptLayout {
	return mixDraw(m.doc, func(r *rand.Rand) dptLayout {
		return dptLayout{desa: r.IntN(2) == 0, tpsLast: r.IntN(2) == 0, twoLine: r.IntN(2) == 0, wL: r.IntN(len(wordL)),
			wP: r.IntN(len(wordP)), wT: r.IntN(len(wordTot)), wTPS: r.IntN(len(wordTPS)), totLabel: r.IntN(3),
			cas: casing(r.IntN(2)), conv: m.conv, caps: m.caps}
	})
}

func (m *mixDoc) dpt() {
	for _, e := range elections(m.y) {
		m.dptTable(e, m.drawDPT())
	}
}

func (m *mixDoc) dptTable(e string, l dptLayout) {
	name := "Pemilihan Umum"
	if e == "pilkada" {
		name = "Pemilihan Gubernur dan Bupati/Walikota"
	}
	prov := m.s.Jenis == "provinsi"
	area := "Kecamatan"
	var rows []dptRow
	var tot dptRow
	if prov {
		area = "Kabupaten/Kota"
		rows, tot = m.w.dptProvinsi(m.s, e, m.y)
	} else {
		rows, tot = m.w.dptKecamatan(m.s, e, m.y)
	}
	desa := l.desa && !prov
	label := m.caption("Daftar Pemilih Tetap " + name + " Tahun " + itoa(m.y) + " per " + area)
	lead := []string{"No", area}
	if desa {
		lead = append(lead, "Desa/Kel")
	}
	voters := []string{wordL[l.wL], m.hdrP(wordP[l.wP]), m.hdrP(wordTot[l.wT])}
	tps := wordTPS[l.wTPS]
	var hdr [][]string
	if l.twoLine {
		pad := make([]string, len(lead))
		var h1, h2 []string
		if l.tpsLast {
			h1 = append(append(append([]string{}, lead...), "Jumlah Pemilih", "", ""), tps)
			h2 = append(append(append([]string{}, pad...), voters...), "")
		} else {
			h1 = append(append(append([]string{}, lead...), tps), "Jumlah Pemilih", "", "")
			h2 = append(append(append([]string{}, pad...), ""), voters...)
		}
		hdr = [][]string{l.cas.all(h1), l.cas.all(h2)}
	} else {
		h := append([]string{}, lead...)
		if l.tpsLast {
			h = append(append(h, voters...), tps)
		} else {
			h = append(append(h, tps), voters...)
		}
		hdr = [][]string{l.cas.all(h)}
	}
	for _, h := range hdr {
		m.row(h...)
	}
	cells := func(r dptRow, written int64, lead []string) []string {
		c := append([]string{}, lead...)
		if desa {
			c = append(c, fmtInt(r.Desa, m.conv))
		}
		v := []string{fmtInt(r.L, m.conv), fmtInt(r.P, m.conv), fmtInt(written, m.conv)}
		if l.tpsLast {
			return append(append(c, v...), fmtInt(r.TPS, m.conv))
		}
		return append(append(c, fmtInt(r.TPS, m.conv)), v...)
	}
	tingkat, totTingkat := "kecamatan", "kabupaten"
	if prov {
		tingkat, totTingkat = "kabupaten", "provinsi"
	}
	if !desa {
		// the table states no villages: the truth must not expect them
		for i := range rows {
			rows[i].Desa = 0
		}
		tot.Desa = 0
	}
	var typos int64
	for i, r := range rows {
		if i == len(rows)/2 {
			m.pageBreak(hdr)
		}
		nm := titleCase(r.Wilayah)
		if prov {
			nm = r.Satker.upper()
		}
		wr := r.total()
		typo := false
		if !prov {
			wr, typo = m.dptWritten(r)
		}
		typos += wr - r.total()
		n := m.row(cells(r, wr, []string{itoa(i + 1), nm})...)
		m.addDPT(r, e, tingkat, Baris{n, n}, label, wr)
		if typo {
			m.dptTypo(r, e, wr, Baris{n, n}, m.conv)
		}
	}
	totName := []string{"Jumlah", "TOTAL", "Total " + m.s.short()}[l.totLabel]
	n := m.row(cells(tot, tot.total(), []string{"", totName})...)
	m.addDPT(tot, e, totTingkat, Baris{n, n}, label, tot.total())
	if !prov {
		m.dptRincian(tot, e, tot.total()+typos, Baris{n, n}, m.conv)
	}
	m.blank()
}
