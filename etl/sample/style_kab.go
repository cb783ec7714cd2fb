package sample

import (
	"strings"
)

// Style "kabupaten" mimics the Alor report: numbered captions "Tabel 3.2",
// Indonesian numbers, (1)…(n) column-number rows, Rp in its own cell,
// per-indicator tables followed by 2020–2023 series tables, a merged row
// for the two accountability indicators, and a Lampiran recap.

var kabCS = capStyle{conv: convID, pct: true, capPct: true, gradeCap: "pct", missing: "Belum Penilaian"}

func renderKab(d *doc) {
	s, y := d.s, d.y
	up := strings.ToUpper
	sek := "Sekretariat " + s.nama()
	ss, sk := splitCatalogue(s)
	b := d.w.budget(s, y)
	wrap := chance(d.r, d.w.r.Wrap)
	conflict := map[string]bool{}
	if chance(d.r, d.w.r.Conflict) {
		for _, ind := range ss {
			if ind.Arah == "naik" && ind.Satuan == "persen" && !d.w.capaian(s, ind, y).Missing {
				conflict[ind.Kode] = true
				break
			}
		}
	}
	var conflicts []pendingConflict // findings waiting for the utama row's span
	utamaSpan := map[string]Baris{}
	pkSpan := map[string]Baris{}

	d.synthetic()
	d.para("KOMISI PEMILIHAN UMUM " + up(s.jenisWord()+" "+strings.TrimPrefix(s.short(), "Kota ")))
	d.para("LAPORAN KINERJA SEKRETARIAT TAHUN " + itoa(y))
	d.para("KATA PENGANTAR")
	d.para("Segala puji dan syukur kita panjatkan kepada Tuhan Yang Maha Esa karena berkat rahmat-Nya " + sek +
		" dapat menyusun Laporan Kinerja (LKj) " + sek + " Tahun " + itoa(y) + ". LKj ini disusun untuk mempermudah proses pemantauan dan pengendalian kinerja.")
	d.para(s.place() + ", " + d.signDate())
	d.ln("Sekretaris Komisi Pemilihan Umum")
	d.ln(s.jenisWord() + " " + strings.TrimPrefix(s.short(), "Kota ") + ",")
	d.para(d.person("sekretaris"))

	// Ikhtisar: summary table and budget prose.
	d.para("IKHTISAR EKSEKUTIF")
	d.para("LKj " + sek + " Tahun " + itoa(y) + " berisi capaian kinerja " + sek + " pada Tahun " + itoa(y) + ". Berikut ini Capaian Kinerja " + sek + " Tahun " + itoa(y) + ":")
	d.para("Tabel 1 Capaian Kinerja Tahun " + itoa(y))
	hdr := []string{"No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "Capaian"}
	d.row(hdr...)
	d.row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)")
	ikh := kabCS
	ikh.capPct = false
	conflicts = append(conflicts, d.kabSSRows(ss, ikh, wrap, conflict, "Tabel 1")...)
	d.blank()
	d.kabBudgetProse(b)
	d.para("Tabel 2 Realisasi Anggaran Tahun " + itoa(y))
	d.row("No.", "Program", "Anggaran", "Realisasi", "Persentase Realisasi (%)", "Sisa Anggaran")
	for i, p := range b.Total.Children {
		n := d.row(itoa(i+1)+".", p.Uraian+" ("+p.Kode+")", "Rp. "+fmtInt(p.Pagu, convID), "Rp. "+fmtInt(p.Real, convID),
			kabPct(p.serapan())+" %", "Rp. "+fmtInt(p.sisa(), convID))
		d.putAnggaran(d.angRow(p, y, p.Kode, Baris{n, n}, "Tabel 2"), 2)
	}
	n := d.row("", "Total Pagu Anggaran", "Rp. "+fmtInt(b.Total.Pagu, convID), "Rp. "+fmtInt(b.Total.Real, convID),
		kabPct(b.Total.serapan())+" %", "Rp. "+fmtInt(b.Total.sisa(), convID))
	d.putAnggaran(d.angRow(b.Total, y, "", Baris{n, n}, "Tabel 2"), 2)
	d.blank()

	// BAB II: the Perjanjian Kinerja.
	d.para("BAB II PERENCANAAN KINERJA")
	d.para("C. Perjanjian Kinerja (PK) " + sek + " Tahun " + itoa(y))
	d.para("Tabel 2.4 Perjanjian Kinerja " + sek + " Tahun " + itoa(y))
	d.row("No.", "Sasaran Strategis", "Indikator Kinerja", "Target")
	sn := sasaranNo{}
	for _, ind := range ss {
		v := d.w.capaian(s, ind, y)
		c := d.capRow(ind, v, kabCS, false, false)
		num, sas := sn.cells(ind.Sasaran)
		pkSpan[ind.Kode] = d.rowWrapped([]string{num, sas, ind.Teks, c.Target}, kabWidths(wrap, 0, 26, 30, 0))
	}
	d.blank()

	// BAB III: chapter table, then one table and one series per indicator.
	d.para("BAB III AKUNTABILITAS KINERJA")
	d.para("B. Capaian Kinerja Tahun " + itoa(y))
	d.para("Tabel 3.1 Capaian Kinerja Tahun " + itoa(y))
	d.row(hdr...)
	d.row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)")
	d.kabSSRows(ss, kabCS, wrap, nil, "Tabel 3.1")
	d.blank()
	tab := 2
	sasNo := 0
	last := ""
	for k, ind := range ss {
		if ind.Sasaran != last {
			sasNo++
			last = ind.Sasaran
			d.para("Sasaran " + itoa(sasNo) + ": " + ind.Sasaran)
		}
		v := d.w.capaian(s, ind, y)
		if ind.SAKIP {
			d.kabSakip(&tab)
		}
		if ind.RB {
			d.para(d.rbSentence(d.w.rb(s, y), convID))
			d.addRB(d.w.rb(s, y), Baris{d.n - 1, d.n - 1}, "prosa")
		}
		if ind.Kode == "kab.datapemilih" || ind.Kode == "prov.jadwal" {
			d.kabDPT(&tab)
		}
		cap := "Tabel 3." + itoa(tab)
		tab++
		d.para(cap + " Capaian Indikator Kinerja " + ind.Teks)
		d.row("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian")
		d.row("(1)", "(2)", "(3)", "(4)", "(5)")
		star := (ind.RB || ind.SAKIP) && chance(d.r, d.w.r.Footnote)
		c := d.capRow(ind, v, kabCS, star, true)
		sp := d.rowWrapped([]string{"1.", ind.Teks, c.Target, c.Realisasi, c.Capaian}, kabWidths(wrap, 0, 34, 0, 0, 0))
		d.addCapaian(c, sp, cap)
		utamaSpan[ind.Kode] = sp
		if star {
			d.ln("*: Realisasi menggunakan hasil pengukuran tahun " + itoa(y-1))
		}
		d.blank()
		d.kabSeries(ind, k+1, &tab, wrap)
	}

	// Sasaran kegiatan, grouped by kegiatan.
	d.para("D. Realisasi Kinerja Program dan Kegiatan")
	groups, order := map[string][]*indikator{}, []string{}
	for _, ind := range sk {
		if _, ok := groups[ind.Kegiatan]; !ok {
			order = append(order, ind.Kegiatan)
		}
		groups[ind.Kegiatan] = append(groups[ind.Kegiatan], ind)
	}
	for _, g := range order {
		cap := "Tabel 3." + itoa(tab)
		tab++
		d.para("Capaian sasaran kegiatan dalam kegiatan " + g + " dapat dilihat pada tabel dibawah ini:")
		d.para(cap + " Capaian Sasaran kegiatan dalam Kegiatan " + g)
		h := []string{"No", "Sasaran Kegiatan", "Indikator Kinerja Kegiatan", "Target", "Realisasi", "Capaian"}
		d.row(h...)
		d.row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)")
		sn := sasaranNo{suffix: "."}
		for i, ind := range groups[g] {
			if i == 3 {
				d.pageBreak([][]string{h})
			}
			c := d.capRow(ind, d.w.capaian(s, ind, y), kabCS, false, true)
			num, sas := sn.cells(ind.Sasaran)
			sp := d.rowWrapped([]string{num, sas, ind.Teks, c.Target, c.Realisasi, c.Capaian}, kabWidths(wrap, 0, 24, 32, 0, 0, 0))
			d.addCapaian(c, sp, cap)
		}
		d.blank()
	}
	sv := d.w.sakip(s, y-1)
	d.sakipConflict(sv, y-1, d.sakipTotalRow(), convID)

	// Budget.
	d.para("E. Realisasi Anggaran")
	d.kabBudgetProse(b)
	d.kabBudgetTable(b, "Tabel 3."+itoa(tab))
	tab++
	d.kabMultiYear(y, "Tabel 3."+itoa(tab))

	d.para("BAB IV PENUTUP")
	d.para("Laporan Kinerja (LKj) " + sek + " Tahun " + itoa(y) + " menyajikan hasil pencapaian kinerja " + sek + " selama Tahun " + itoa(y) + ".")

	// Lampiran recap of the measurement (a lower-precedence copy).
	d.para("Lampiran 2")
	d.para("PENGUKURAN KINERJA TAHUN " + itoa(y) + " " + up(sek))
	d.row(hdr...)
	d.row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)")
	d.kabSSRows(ss, kabCS, false, nil, "Lampiran 2")
	d.blank()

	for _, c := range conflicts {
		d.t.Temuan[c.idx].Lain = []Baris{utamaSpan[c.kode], pkSpan[c.kode]}
	}
}

// pendingConflict is a konflik_tabel finding whose other spans (the utama
// row, the PK row) are known only once those tables are written.
type pendingConflict struct {
	idx  int
	kode string
}

// kabWidths returns wrap widths when the table wraps, none otherwise.
func kabWidths(wrap bool, w ...int) []int {
	if !wrap {
		return nil
	}
	return w
}

// kabPct writes an absorption percent: 99,48 and 100 (not 100,00).
func kabPct(v float64) string {
	s := fmtFixed(v, 2, convID)
	if s == "100,00" {
		return "100"
	}
	return s
}

// kabSSRows writes the sasaran strategis rows of a summary table. The two
// accountability indicators may share one merged row (§5.5); an indicator in
// conflict gets another target here. It returns the indexes of conflict
// findings whose other spans the caller fills in.
func (d *doc) kabSSRows(ss []*indikator, cs capStyle, wrap bool, conflict map[string]bool, sumber string) []pendingConflict {
	var pending []pendingConflict
	sn := sasaranNo{}
	for i := 0; i < len(ss); i++ {
		ind := ss[i]
		v := d.w.capaian(d.s, ind, d.y)
		num, sas := sn.cells(ind.Sasaran)
		if i+1 < len(ss) && ss[i+1].Sasaran == ind.Sasaran && ind.SAKIP && ss[i+1].RB && chance(d.r, d.w.r.Merged) {
			nx := ss[i+1]
			nv := d.w.capaian(d.s, nx, d.y)
			a := d.capRow(ind, v, cs, !v.Missing, false)
			b := d.capRow(nx, nv, cs, false, false)
			n := d.row(num, sas, ind.Teks+" "+nx.Teks, a.Target+" "+b.Target, a.Realisasi+" "+b.Realisasi, a.Capaian+" "+b.Capaian)
			d.finding(TemuanRow{Aturan: "capaian.baris_gabungan", Tingkat: "info", Keluarga: "capaian",
				Kunci: d.s.ID + "/" + itoa(d.y) + "/" + ind.Tingkat + "/" + ind.Teks, Pesan: "dua indikator dalam satu baris (" + sumber + ")",
				Baris: Baris{n, n}})
			i++
			continue
		}
		if conflict[ind.Kode] {
			wrong := v
			wrong.Target = v.Target - 5
			c := d.capRow(ind, wrong, cs, false, false)
			sp := d.rowWrapped([]string{num, sas, ind.Teks, c.Target, c.Realisasi, c.Capaian}, kabWidths(wrap, 0, 24, 30, 0, 0, 0))
			d.finding(TemuanRow{Aturan: "capaian.konflik_tabel", Tingkat: "warning", Keluarga: "capaian",
				Kunci: d.s.ID + "/" + itoa(d.y) + "/" + ind.Tingkat + "/" + ind.Teks, Nilai: c.Target,
				Pesan: "target " + c.Target + " di " + sumber + " berbeda dengan Perjanjian Kinerja", Baris: sp})
			pending = append(pending, pendingConflict{len(d.t.Temuan) - 1, ind.Kode})
			continue
		}
		c := d.capRow(ind, v, cs, false, false)
		d.rowWrapped([]string{num, sas, ind.Teks, c.Target, c.Realisasi, c.Capaian}, kabWidths(wrap, 0, 24, 30, 0, 0, 0))
	}
	return pending
}

// kabSeries writes "Capaian Indikator Kinerja k Tahun Y": realisasi of the
// four previous years, the year's target and realisasi, the national target.
func (d *doc) kabSeries(ind *indikator, k int, tab *int, wrap bool) {
	y := d.y
	cap := "Tabel 3." + itoa(*tab)
	*tab++
	d.para("Perbandingan realisasi " + ind.Teks + " pada tahun " + itoa(y-4) + "-" + itoa(y-1) + " dengan target tahun " + itoa(y) + ", realisasi " + itoa(y) + " serta target Nasional " + itoa(y) + " adalah:")
	d.para(cap + " Capaian Indikator Kinerja " + itoa(k) + " Tahun " + itoa(y))
	d.row("", "", "Realisasi "+itoa(y-4)+"-"+itoa(y-1), "", "", "", itoa(y), "", "Target")
	d.row("Sasaran Strategis", "Indikator Kinerja", itoa(y-4), itoa(y-3), itoa(y-2), itoa(y-1), "Target", "Realisasi", "Nasional (KPU RI) "+itoa(y))
	d.row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)")
	d.seriRow(ind, []string{ind.Sasaran, ind.Teks}, 4, kabCS, cap, kabWidths(wrap, 18, 24))
	d.blank()
}

// kabSakip writes the AKIP prose and the component table (Alor Tabel 3.6).
func (d *doc) kabSakip(tab *int) {
	s, t := d.s, d.y-1
	v := d.w.sakip(s, t)
	d.para("Evaluasi Implementasi SAKIP di lingkungan " + s.nama() + " Tahun " + itoa(d.y) + " belum dilakukan, yang dilakukan di Tahun " + itoa(d.y) + " adalah Evaluasi AKIP Tahun " + itoa(t) + ".")
	d.photo("Pelaksanaan Evaluasi atas Penerapan Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) Tahun " + itoa(d.y))
	d.para("Berdasarkan Hasil Evaluasi AKIP Tahun " + itoa(t) + " satuan kerja " + s.nama() + " memperoleh nilai " + fmtFixed(v.nilai(), 2, convID) + " atau predikat \"" + predikatOf(v.nilai()) + "\".")
	cap := "Tabel 3." + itoa(*tab)
	*tab++
	d.para(cap + " Hasil Evaluasi AKIP " + s.nama() + " Tahun " + itoa(t))
	d.row("No", "Uraian", "Bobot", "Nilai", "Presentase")
	var sp [4]Baris
	for i, k := range komponen {
		nv := fromCents(v.Komp[i])
		n := d.row(itoa(i+1)+".", k.Nama, fmtFixed(k.Bobot, 2, convID), fmtFixed(nv, 2, convID), fmtNum(float64(int64(nv/k.Bobot*100+0.5)), convID)+"%")
		sp[i] = Baris{n, n}
	}
	n := d.row("", "Nilai Hasil Evaluasi", "100,00", fmtFixed(v.nilai(), 2, convID), "")
	d.row("", "Kategori Akuntabilitas", "", d.grade(predikatOf(v.nilai())), "")
	d.ln("Sumber: Subbagian Perencanaan, Data dan Informasi " + s.nama() + " Tahun " + itoa(d.y))
	d.blank()
	d.addSakip(v, t, Baris{n, n}, sp, cap)
}

// sakipTotalRow is the span of the component table's total row.
func (d *doc) sakipTotalRow() Baris {
	if len(d.t.Sakip) > 0 {
		return d.t.Sakip[len(d.t.Sakip)-1].Baris
	}
	return Baris{}
}

// kabDPT writes the voter-roll tables of an election year: per kecamatan
// for a kabupaten/kota, per kabupaten/kota for a province.
func (d *doc) kabDPT(tab *int) {
	for _, e := range elections(d.y) {
		name := "Pemilu"
		if e == "pilkada" {
			name = "Pemilihan Serentak"
		}
		cap := "Tabel 3." + itoa(*tab)
		*tab++
		if d.s.Jenis == "provinsi" {
			rows, sum := d.w.dptProvinsi(d.s, e, d.y)
			d.para("Hasil rekapitulasi Daftar Pemilih Tetap " + name + " Tahun " + itoa(d.y) + " di " + d.s.Wilayah + " adalah sebanyak " + fmtInt(sum.total(), convID) + " pemilih di " + fmtInt(sum.TPS, convID) + " TPS.")
			d.para(cap + " Rekapitulasi Daftar Pemilih Tetap " + name + " Tahun " + itoa(d.y))
			h1 := []string{"NO", "KABUPATEN/KOTA", "JUMLAH TPS", "L", d.hdrP("P"), d.hdrP("L+P")}
			d.row(h1...)
			for i, r := range rows {
				if i == len(rows)/2 {
					d.pageBreak([][]string{h1})
				}
				n := d.row(itoa(i+1), r.Satker.upper(), fmtInt(r.TPS, convID), fmtInt(r.L, convID), fmtInt(r.P, convID), fmtInt(r.total(), convID))
				d.addDPT(r, e, "kabupaten", Baris{n, n}, cap, r.total())
			}
			n := d.row("", "JUMLAH", fmtInt(sum.TPS, convID), fmtInt(sum.L, convID), fmtInt(sum.P, convID), fmtInt(sum.total(), convID))
			d.addDPT(sum, e, "provinsi", Baris{n, n}, cap, sum.total())
			d.blank()
			continue
		}
		rows, tot := d.w.dptKecamatan(d.s, e, d.y)
		d.para("Hasil dari pelaksanaan tahapan penyusunan daftar pemilih " + name + " Tahun " + itoa(d.y) + " adalah ditetapkan DPT " + d.s.Wilayah + " dengan Jumlah Pemilih sebanyak " + fmtInt(tot.total(), convID) + " yang tersebar di " + fmtInt(tot.TPS, convID) + " TPS, " + fmtInt(tot.Desa, convID) + " Desa/Kelurahan dan " + itoa(len(rows)) + " Kecamatan.")
		d.para(cap + " Rekapitulasi Daftar Pemilih Tetap " + name + " Tahun " + itoa(d.y))
		h1 := []string{"NO", "KECAMATAN", "JUMLAH", "JUMLAH TPS", "JUMLAH PEMILIH", "", ""}
		h2 := []string{"", "", "KEL/DESA", "", "L", d.hdrP("P"), d.hdrP("L+P")}
		d.row(h1...)
		d.row(h2...)
		d.row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)")
		d.kecamatanDPT(rows, tot, e, dptTable{cap: cap, conv: convID, breakAt: len(rows) / 2, head: [][]string{h1, h2},
			row: func(i int, r dptRow, wr int64) []string {
				return []string{itoa(i + 1), r.Wilayah, fmtInt(r.Desa, convID), fmtInt(r.TPS, convID), fmtInt(r.L, convID), fmtInt(r.P, convID), fmtInt(wr, convID)}
			},
			total: []string{"", "TOTAL", fmtInt(tot.Desa, convID), fmtInt(tot.TPS, convID), fmtInt(tot.L, convID), fmtInt(tot.P, convID), fmtInt(tot.total(), convID)}})
		d.ln("Sumber : Keputusan " + d.s.nama() + " Tahun " + itoa(d.y))
		d.blank()
	}
}
