package sample

// Budget parts of style "provinsi": English numbers, KODE column with CQ,
// CQ.6639 and 6639.BDB.001, a TOTAL row, Markdown bold in the prose, and
// the closing chapter repeating last year's totals.

func rpEN(v int64) string { return fmtInt(v, convEN) }

// provBudgetProse states total pagu, realisasi and percent (ntt 65, 1078),
// and where the initial allocation and the revisions came from.
func (d *doc) provBudgetProse(b *budget, where string) {
	t := b.Total
	pct := fmtFixed(t.serapan(), 2, convEN)
	var n int
	if where == "ikhtisar" {
		n = d.para("Dalam aspek capaian realisasi anggaran, " + d.s.nama() + " berhasil mengoptimalkan anggaran yang tersedia untuk pelaksanaan Program dan Kegiatan dalam Tahun Anggaran " + itoa(d.y) +
			". Dimana dari total pagu anggaran yang diterima yaitu sebesar **Rp. " + rpEN(t.Pagu) + "**,- dengan realisasinya sebesar **Rp. " + rpEN(t.Real) + "**,- atau sebesar **" + pct + "**%")
	} else {
		n = d.para("Dalam aspek capaian realisasi anggaran Tahun Anggaran " + itoa(d.y) + ", dari total pagu anggaran yang diterima yaitu sebesar Rp. " + rpEN(t.Pagu) + ",- dengan realisasinya sebesar Rp. " + rpEN(t.Real) + ",- atau sebesar " + pct + "% dengan rincian per program kegiatan sebagai berikut:")
	}
	row := d.angRow(t, d.y, "", Baris{n, n}, "prosa")
	row.Tidak = []string{"sisa", "pagu_awal", "revisi_dipa"}
	if where != "ikhtisar" {
		m := d.para("Pagu tersebut merupakan hasil " + itoa(int(b.Revisi)) + " kali revisi DIPA dari alokasi anggaran awal sebesar Rp. " + rpEN(b.PaguAwal) + ",-.")
		row.PaguAwal, row.RevisiDIPA = i64(b.PaguAwal), i64(b.Revisi)
		row.Tidak = []string{"sisa"}
		row.Baris = Baris{n, m}
	}
	d.putAnggaran(row, 1)
}

// provBudgetTable writes programs, kegiatan and outputs with their codes.
// W.3360 (a code typo) and 3361.EBA.994 under 3360 (a prefix naming another
// kegiatan) are injected now and then (§5.10).
func (d *doc) provBudgetTable(b *budget) {
	h := []string{"KODE", "PROG/KEG/OUTPUT/AKUN BELANJA", "PAGU", "JUMLAH REALISASI", "SISA PAGU", "% REALISASI"}
	d.row(h...)
	typoKeg := chance(d.r, d.w.r.CodeTypo)
	typoOut := chance(d.r, d.w.r.CodeTypo)
	rows := 0
	var emit func(l *line)
	emit = func(l *line) {
		if l.Tingkat == "total" {
			for _, c := range l.Children {
				emit(c)
			}
			return
		}
		if rows == 14 {
			d.pageBreak([][]string{h})
		}
		rows++
		kode, kodeTeks := l.Kode, ""
		switch l.Tingkat {
		case "program":
			kodeTeks = l.Prog
		case "kegiatan":
			kodeTeks = l.Prog + "." + l.Kode
		default:
			kodeTeks = l.Kode
		}
		row := *l
		var finding *TemuanRow
		if l.Kode == "3360" && typoKeg {
			kodeTeks = "W.3360"
			finding = &TemuanRow{Aturan: "anggaran.kode_diperbaiki", Tingkat: "warning", Keluarga: "anggaran",
				Kunci: d.s.ID + "/" + itoa(d.y) + "/3360", Nilai: kodeTeks, Pesan: "kode W.3360 dibaca WA.3360"}
		}
		if l.Kode == "3360.EBA.994" && typoOut {
			kodeTeks, kode = "3361.EBA.994", "3361.EBA.994"
			row.Kode = kode
			finding = &TemuanRow{Aturan: "anggaran.kode_induk_tidak_cocok", Tingkat: "warning", Keluarga: "anggaran",
				Kunci: d.s.ID + "/" + itoa(d.y) + "/" + kode, Nilai: kodeTeks, Pesan: "output 3361.EBA.994 di bawah kegiatan 3360"}
		}
		real := rpEN(l.Real)
		if l.Real == 0 {
			real = "0"
		}
		sisa, cut := rpEN(l.sisa()), false
		if chance(d.r, d.w.r.Cutoff) {
			sisa, cut = cutoff(sisa)
		}
		n := d.row(kodeTeks, l.Uraian, rpEN(l.Pagu), real, sisa, fmtFixed(l.serapan(), 2, convEN)+"%")
		d.putAnggaran(d.angRow(&row, d.y, kodeTeks, Baris{n, n}, "Realisasi Anggaran per Program/Kegiatan/Output"), 3)
		if cut {
			d.cutFinding(kode, d.y, sisa, Baris{n, n})
		}
		if finding != nil {
			finding.Baris = Baris{n, n}
			d.finding(*finding)
		}
		for _, c := range l.Children {
			emit(c)
		}
	}
	// The real table lists CQ before WA.
	progs := b.Total.Children
	for i := len(progs) - 1; i >= 0; i-- {
		emit(progs[i])
	}
	t := b.Total
	n := d.row("", "TOTAL", rpEN(t.Pagu), rpEN(t.Real), rpEN(t.sisa()), fmtFixed(t.serapan(), 2, convEN)+"%")
	d.putAnggaran(d.angRow(t, d.y, "", Baris{n, n}, "Realisasi Anggaran per Program/Kegiatan/Output"), 3)
	d.blank()
	d.para(itoa(d.n/45 + 1))
}

// provMultiYear writes five years of totals in English numbers.
func (d *doc) provMultiYear() {
	y := d.y
	d.ln("Tabel:")
	cap := "Perkembangan Realisasi Anggaran Tahun Anggaran " + itoa(y-4) + " - " + itoa(y)
	d.para(cap)
	d.row("Tahun Anggaran", "Pagu", "Realisasi", "Sisa", "% Realisasi")
	for t := y - 4; t <= y; t++ {
		tot := d.w.budget(d.s, t).Total
		n := d.row(itoa(t), rpEN(tot.Pagu), rpEN(tot.Real), rpEN(tot.sisa()), fmtFixed(tot.serapan(), 2, convEN)+"%")
		d.putAnggaran(d.angRow(tot, t, "", Baris{n, n}, cap), 2)
	}
	d.blank()
}

// provPrevYear repeats last year's totals in the closing chapter, as the
// NTT report does (ntt 1126): a true fact about last year (fakta.tahun_lalu).
func (d *doc) provPrevYear() {
	if !chance(d.r, d.w.r.PrevYear) {
		return
	}
	t := d.w.budget(d.s, d.y-1).Total
	n := d.para("Pada aspek capaian realisasi anggaran, " + d.s.nama() + " berhasil mengoptimalkan anggaran yang tersedia untuk pelaksanaan Program dan Kegiatan dalam Tahun Anggaran " + itoa(d.y-1) +
		". Dimana dari total pagu anggaran yang diterima yaitu sebesar Rp. " + rpEN(t.Pagu) + ",- dengan realisasinya sebesar Rp. " + rpEN(t.Real) + " atau sebesar " + fmtFixed(t.serapan(), 2, convEN) + "%.")
	row := d.angRow(t, d.y-1, "", Baris{n, n}, "prosa")
	row.Tidak = []string{"sisa", "pagu_awal", "revisi_dipa"}
	d.putAnggaran(row, 1)
	d.finding(TemuanRow{Aturan: "fakta.tahun_lalu", Tingkat: "info", Keluarga: "anggaran",
		Kunci: d.s.ID + "/" + itoa(d.y-1) + "/TOTAL", Pesan: "total anggaran Tahun Anggaran " + itoa(d.y-1) + " disebut dalam laporan " + itoa(d.y), Baris: Baris{n, n}})
}
