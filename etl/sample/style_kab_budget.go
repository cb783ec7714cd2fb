package sample

// Budget parts of style "kabupaten": prose totals, the detail table with
// Rp in its own cell (Alor Tabel 3.28) and the multi-year table (3.29).

func rpID(v int64) string { return fmtInt(v, convID) + ",-" }

// kabBudgetProse states the initial allocation, the revisions, the final
// pagu and the absorption (Alor lines 87–89).
func (d *doc) kabBudgetProse(b *budget) {
	t := b.Total
	n1 := d.para("Pada awal Tahun Anggaran " + itoa(d.y) + ", " + d.s.nama() + " menerima alokasi anggaran awal sebesar *Rp. " + fmtInt(b.PaguAwal, convID) +
		"*,-. Dalam perjalanannya mengalami " + itoa(int(b.Revisi)) + " kali revisi DIPA dan mengubah pagu anggaran yang telah dianggarkan menjadi sebesar *Rp. " + fmtInt(t.Pagu, convID) + "*,-.")
	n2 := d.para("Tingkat pencapaian realisasi anggaran sebesar " + kabPct(t.serapan()) + " % atau ekuivalen sebesar Rp. " + rpID(t.Real) + ".")
	row := d.angRow(t, d.y, "", Baris{n1, n2}, "prosa")
	row.PaguAwal, row.RevisiDIPA = i64(b.PaguAwal), i64(b.Revisi)
	row.Tidak = []string{"sisa"}
	d.putAnggaran(row, 1)
}

// kabBudgetTable writes program and kegiatan rows with Rp split cells, a
// cut-off sisa now and then, and the total's amounts split over two cells.
func (d *doc) kabBudgetTable(b *budget, cap string) {
	d.para("Adapun Realisasi Anggaran " + d.s.nama() + " Tahun " + itoa(d.y) + " dengan rincian per program kegiatan dapat terlihat pada " + cap + ".")
	d.para(cap + " Realisasi Anggaran Tahun " + itoa(d.y))
	h := []string{"No.", "Program/Kegiatan", "Anggaran", "", "Realisasi", "", "%", "Sisa Anggaran", ""}
	d.row(h...)
	rows := 0
	for i, p := range b.Total.Children {
		d.kabBudgetRow(p, itoa(i+1)+".", p.Kode+" ("+p.Uraian+")", p.Kode, cap)
		rows++
		for _, k := range p.Children {
			if rows == 6 {
				d.pageBreak([][]string{h})
			}
			d.kabBudgetRow(k, "", k.Kode+" ("+k.Uraian+")", k.Kode, cap)
			rows++
		}
	}
	t := b.Total
	rpP, pagu := "Rp.", rpID(t.Pagu)
	rpR, real := "Rp.", rpID(t.Real)
	if chance(d.r, d.w.r.Split) {
		rpP, pagu = "Rp "+pagu[:1], pagu[1:]
		rpR, real = "Rp. "+real[:1], real[1:]
	}
	sisa, cut := rpID(t.sisa()), false
	if chance(d.r, d.w.r.Cutoff) {
		sisa, cut = cutoff(fmtInt(t.sisa(), convID))
	}
	n := d.row("", "Total", rpP, pagu, rpR, real, kabPct(t.serapan())+" %", "Rp.", sisa)
	d.putAnggaran(d.angRow(t, d.y, "", Baris{n, n}, cap), 3)
	if cut {
		d.cutFinding("TOTAL", d.y, sisa, Baris{n, n})
	}
	d.blank()
	d.para("Sumber : Laporan Realisasi Anggaran Basis SP2D TA " + itoa(d.y))
}

func (d *doc) kabBudgetRow(l *line, no, label, kodeTeks, cap string) {
	sisa, cut := rpID(l.sisa()), false
	if chance(d.r, d.w.r.Cutoff) {
		sisa, cut = cutoff(fmtInt(l.sisa(), convID))
	}
	n := d.row(no, label, "Rp.", rpID(l.Pagu), "Rp.", rpID(l.Real), kabPct(l.serapan())+"%", "Rp.", sisa)
	d.putAnggaran(d.angRow(l, d.y, kodeTeks, Baris{n, n}, cap), 3)
	if cut {
		d.cutFinding(l.Kode, d.y, sisa, Baris{n, n})
	}
}

// kabMultiYear writes the totals of the report year and the four before.
func (d *doc) kabMultiYear(y int, cap string) {
	d.para("Perbandingan Realisasi Anggaran pada Tahun Anggaran " + itoa(y-4) + "-" + itoa(y) + " dapat dilihat pada tabel berikut:")
	d.para(cap + " Realisasi Anggaran " + d.s.nama() + " Tahun Anggaran " + itoa(y-4) + "-" + itoa(y))
	d.row("Tahun Anggaran", "Anggaran", "Realisasi", "%", "Sisa Anggaran")
	for t := y - 4; t <= y; t++ {
		tot := d.w.budget(d.s, t).Total
		n := d.row("TA "+itoa(t), "Rp. "+rpID(tot.Pagu), "Rp. "+rpID(tot.Real), fmtFixed(tot.serapan(), 2, convID)+" %", "Rp. "+rpID(tot.sisa()))
		d.putAnggaran(d.angRow(tot, t, "", Baris{n, n}, cap), 2)
	}
	d.blank()
}
