package sample

import (
	"strings"
)

// Style "provinsi" mimics the NTT report: captions on their own line after
// "Tabel:", an Ikhtisar table with Keterangan "Tercapai", a measurement
// table per sasaran ("Sasaran Strategis 1 :"), English numbers in the budget
// (215,464,527,000 and 99.61%) and DPT tables, CQ/CQ.6639/6639.BDB.001 codes,
// and the DPT recap in the Lampiran.

var provCS = capStyle{conv: convID, pct: true, capPct: true, gradeCap: "grade", missing: "Belum dilakukan penilaian"}

func renderProv(d *doc) {
	s, y := d.s, d.y
	ss, sk := splitCatalogue(s)
	b := d.w.budget(s, y)
	wrap := chance(d.r, d.w.r.Wrap)
	utama, pk := map[string]Baris{}, map[string]Baris{}

	d.synthetic()
	d.para("LAPORAN KINERJA " + strings.ToUpper(s.nama()) + " TAHUN " + itoa(y))
	d.para("KATA PENGANTAR")
	d.para("Puji dan syukur dipanjatkan kehadirat Tuhan yang Maha Esa atas penyertaan dan berkatnya, penyusunan Laporan Kinerja " + s.nama() + " Tahun " + itoa(y) + " ini dapat tersusun dan terselesaikan dengan baik.")
	d.ln(s.place() + ", " + d.signDate())
	d.ln("Ketua Komisi Pemilihan Umum " + s.jenisWord() + " " + strings.TrimPrefix(s.short(), "Kota "))
	d.para(titleCase(d.person("ketua")))

	d.para("IKHTISAR EKSEKUTIF")
	d.para("Dalam tahun " + itoa(y) + ", " + s.nama() + " menetapkan sasaran strategis dan " + itoa(len(ss)) + " indikator kinerja yang memiliki target tahunan untuk dicapai dan dievaluasi.")
	d.row("No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Keterangan")
	d.row("(1)", "(2)", "(3)", "(4)", "")
	sn := sasaranNo{suffix: "."}
	for _, ind := range ss {
		v := d.w.capaian(s, ind, y)
		c := d.capRow(ind, v, provCS, false, false)
		num, sas := sn.cells(ind.Sasaran)
		ket := "-"
		if t, ok := tercapai(ind, v); ok {
			ket = "Tercapai"
			if !t {
				ket = "Tidak Tercapai"
			}
		}
		d.rowWrapped([]string{num, sas, ind.Teks, c.Target, ket}, kabWidths(wrap, 0, 30, 0, 0, 0))
	}
	d.blank()
	d.provBudgetProse(b, "ikhtisar")

	d.para("BAB II PERENCANAAN KINERJA")
	d.para("B. Perjanjian Kinerja Tahun " + itoa(y) + ":")
	d.ln("Tabel")
	d.para("Perjanjian Kinerja Ketua " + s.nama())
	d.row("No", "Sasaran Strategis", "Indikator Kinerja", "Target")
	d.row("(1)", "(2)", "(3)", "(4)")
	sn = sasaranNo{suffix: "."}
	for _, ind := range ss {
		c := d.capRow(ind, d.w.capaian(s, ind, y), provCS, false, false)
		num, sas := sn.cells(ind.Sasaran)
		pk[ind.Kode] = d.rowWrapped([]string{num, sas, ind.Teks, c.Target}, kabWidths(wrap, 0, 30, 34, 0))
	}
	d.blank()

	d.para("BAB III AKUNTABILITAS KINERJA")
	d.para("A. PENGUKURAN KINERJA")
	d.ln("Tabel:")
	d.para("Pengukuran Kinerja " + s.nama() + " " + itoa(y))
	h := []string{"No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"}
	d.row(h...)
	sasNo, last, k := 0, "", 0
	starred := false
	for _, ind := range ss {
		if ind.Sasaran != last {
			sasNo++
			last, k = ind.Sasaran, 0
			d.row("", "Sasaran Strategis "+itoa(sasNo)+" :", "", "", "")
			d.row("", ind.Sasaran, "", "", "")
		}
		k++
		star := (ind.RB || ind.SAKIP) && chance(d.r, d.w.r.Footnote)
		starred = starred || star
		c := d.capRow(ind, d.w.capaian(s, ind, y), provCS, star, true)
		sp := d.rowWrapped([]string{itoa(k), ind.Teks, c.Target, c.Realisasi, c.Capaian}, kabWidths(wrap, 0, 40, 0, 0, 0))
		utama[ind.Kode] = sp
		if ind.SAKIP {
			// the AKIP indicator's own table in section B is more
			// specific (EXTRACTION.md, Capaian rule 2): provSakip
			continue
		}
		d.addCapaian(c, sp, "Pengukuran Kinerja")
	}
	if starred {
		d.ln("*\tRealisasi masih menggunakan hasil pengukuran tahun " + itoa(y-1))
	}
	d.blank()

	// B: one table per sasaran, a later copy where conflicts live.
	d.para("B. CAPAIAN KINERJA TAHUN " + itoa(y))
	conflictDone := !chance(d.r, d.w.r.Conflict)
	sasNo, last = 0, ""
	for i := 0; i < len(ss); {
		sas := ss[i].Sasaran
		sasNo++
		d.row(h...)
		d.row("", "Sasaran Strategis "+itoa(sasNo)+":", "", "", "")
		d.row("", sas, "", "", "")
		k := 0
		for ; i < len(ss) && ss[i].Sasaran == sas; i++ {
			ind := ss[i]
			k++
			v := d.w.capaian(s, ind, y)
			if !conflictDone && ind.Arah == "naik" && ind.Satuan == "persen" && !v.Missing && v.Target > 10 {
				wrong := v
				wrong.Target = v.Target - 5
				wrong.Realisasi = wrong.Target
				c := d.capRow(ind, wrong, provCS, false, false)
				n := d.row(itoa(k), ind.Teks, c.Target, c.Realisasi, c.Capaian)
				d.finding(TemuanRow{Aturan: "capaian.konflik_tabel", Tingkat: "warning", Keluarga: "capaian",
					Kunci: s.ID + "/" + itoa(y) + "/" + ind.Tingkat + "/" + ind.Teks, Nilai: c.Target,
					Pesan: "target " + c.Target + " berbeda dengan Perjanjian Kinerja", Baris: Baris{n, n},
					Lain: []Baris{utama[ind.Kode], pk[ind.Kode]}})
				conflictDone = true
				continue
			}
			c := d.capRow(ind, v, provCS, false, false)
			d.row(itoa(k), ind.Teks, c.Target, c.Realisasi, c.Capaian)
		}
		d.blank()
		d.para("Capaian sasaran strategis " + itoa(sasNo) + " dijelaskan lebih lanjut sebagai berikut.")
		for _, ind := range ss {
			if ind.Sasaran == sas && ind.SAKIP {
				d.provSakip(ind)
			}
			if ind.Sasaran == sas && ind.RB {
				d.para(d.rbSentence(d.w.rb(s, y), convID))
				d.addRB(d.w.rb(s, y), Baris{d.n - 1, d.n - 1}, "prosa")
			}
		}
	}

	// Sasaran kegiatan.
	d.ln("Tabel:")
	d.para("Pengukuran Kinerja Sasaran Kegiatan " + s.nama() + " " + itoa(y))
	hk := []string{"No", "Sasaran Kegiatan", "Indikator Kinerja Kegiatan", "Target", "Realisasi", "Capaian"}
	d.row(hk...)
	sn = sasaranNo{}
	for i, ind := range sk {
		if i == len(sk)/2 {
			d.pageBreak([][]string{hk})
		}
		c := d.capRow(ind, d.w.capaian(s, ind, y), provCS, false, true)
		num, sas := sn.cells(ind.Sasaran)
		sp := d.rowWrapped([]string{num, sas, ind.Teks, c.Target, c.Realisasi, c.Capaian}, kabWidths(wrap, 0, 26, 36, 0, 0, 0))
		d.addCapaian(c, sp, "Pengukuran Kinerja Sasaran Kegiatan")
	}
	d.blank()

	// C: series per indicator.
	d.para("C. EVALUASI KINERJA")
	for k, ind := range ss {
		d.para(itoa(k+1) + ". Sasaran Strategis " + ind.Sasaran + " dengan indikator " + ind.Teks)
		d.para("b. Perbandingan Realisasi Kinerja Tahun " + itoa(y) + " dengan Realisasi Kinerja Tahun-tahun Sebelumnya")
		cap := "Perbandingan Realisasi Kinerja " + itoa(k+1)
		d.row("No", "Sasaran Strategis", "Indikator Kinerja", "Realisasi Kinerja", "", "", "Realisasi")
		d.row("", "", "", itoa(y-3), itoa(y-2), itoa(y-1), itoa(y))
		var cells []seriCell
		for t := y - 3; t <= y; t++ {
			cells = append(cells, d.seri(ind, t, "realisasi", provCS, cap))
		}
		row := []string{"1", ind.Sasaran, ind.Teks}
		for _, c := range cells {
			row = append(row, c.Teks)
		}
		sp := d.rowWrapped(row, kabWidths(wrap, 0, 20, 22))
		for _, c := range cells {
			d.addSeri(c, sp)
		}
		d.blank()
	}

	d.para("D. REALISASI ANGGARAN")
	d.provBudgetProse(b, "bab")
	d.provBudgetTable(b)
	d.provMultiYear()

	d.para("BAB IV")
	d.para("PENUTUP")
	d.para("Laporan kinerja " + s.nama() + " tahun " + itoa(y) + " merupakan bentuk wujud akuntabilitas kinerja dalam menjalankan tugas, program dan kegiatan sesuai Renstra dan Perjanjian Kinerja " + itoa(y) + ".")
	d.provPrevYear()
	sv := d.w.sakip(s, y-1)
	d.sakipConflict(sv, y-1, d.sakipTotalRow(), convID)

	d.para("LAMPIRAN-LAMPIRAN")
	d.provDPT()
}

// provSakip writes the AKIP evaluation: a one-indicator target/realisasi
// table (the most specific statement of the AKIP indicator, so its utama
// row), the prose with score and predikat, and the component table.
func (d *doc) provSakip(ind *indikator) {
	s, t := d.s, d.y-1
	v := d.w.sakip(s, t)
	nilai := fmtFixed(v.nilai(), 2, convID)
	d.para("Penilaian terhadap dokumen Sakip " + s.nama() + " tahun " + itoa(t) + " dilakukan oleh Inspektorat KPU RI, dengan capaian sebagai berikut:")
	cv := d.w.capaian(s, ind, d.y)
	c := d.capRow(ind, cv, provCS, false, false)
	if !cv.Missing {
		c.Realisasi += " (" + nilai + ")" // the grade with its score: BB (77,95)
	}
	c.Capaian = "" // no capaian column
	c.Row.RealisasiTeks, c.Row.CapaianTeks, c.Row.CapaianLapor = fold(c.Realisasi), "", nil
	d.row("Indikator", "Target", "Realisasi")
	n := d.row(ind.Teks, c.Target, c.Realisasi)
	d.addCapaian(c, Baris{n, n}, "Indikator")
	d.blank()
	d.para("Berdasarkan hasil evaluasi Akuntabilitas Kinerja Instansi Pemerintah Tahun " + itoa(t) + ", " + s.nama() + " memperoleh nilai " + nilai + " dengan predikat " + predikatOf(v.nilai()) + ".")
	d.ln("Tabel:")
	cap := "Rincian Hasil Evaluasi AKIP " + s.nama() + " Tahun " + itoa(t)
	d.para(cap)
	d.row("No", "Komponen", "Bobot", "Nilai")
	var sp [4]Baris
	for i, k := range komponen {
		n := d.row(itoa(i+1), k.Nama, fmtNum(k.Bobot, convID), fmtFixed(fromCents(v.Komp[i]), 2, convID))
		sp[i] = Baris{n, n}
	}
	n = d.row("", "Total", "100", nilai)
	d.blank()
	d.addSakip(v, t, Baris{n, n}, sp, cap)
}

// provDPT writes the voter-roll recap with English numbers, a Cyrillic Р in
// the header and a repeated header after a page break (ntt 1188–1218).
func (d *doc) provDPT() {
	for _, e := range elections(d.y) {
		title := "PEMILU"
		if e == "pilkada" {
			title = "PEMILIHAN SERENTAK"
		}
		d.para(title + " " + itoa(d.y))
		if d.s.Jenis == "provinsi" {
			rows, sum := d.w.dptProvinsi(d.s, e, d.y)
			cap := "Daftar Pemilih Tetap DALAM " + title + " TINGKAT PROVINSI " + strings.ToUpper(d.s.Wilayah) + " TAHUN " + itoa(d.y)
			d.row(cap, "", "", "", "", "", "")
			h1 := []string{"NO", "KABUPATEN/KOTA", "", "Daftar Pemilih Tetap", "", "", ""}
			h2 := []string{"", "", "Jumlah TPS", "L", d.hdrP("P"), "L+P", "Keterangan"}
			d.row(h1...)
			d.row(h2...)
			for i, r := range rows {
				if i == 12 {
					d.pageBreak([][]string{h1, h2})
				}
				n := d.row(itoa(i+1), r.Satker.upper(), fmtInt(r.TPS, convEN), fmtInt(r.L, convEN), fmtInt(r.P, convEN), fmtInt(r.total(), convEN), r.Ket)
				d.addDPT(r, e, "kabupaten", Baris{n, n}, cap, r.total())
			}
			n := d.row("JUMLAH", "", fmtInt(sum.TPS, convEN), fmtInt(sum.L, convEN), fmtInt(sum.P, convEN), fmtInt(sum.total(), convEN), sum.Ket)
			d.addDPT(sum, e, "provinsi", Baris{n, n}, cap, sum.total())
			d.blank()
			continue
		}
		rows, tot := d.w.dptKecamatan(d.s, e, d.y)
		cap := "Daftar Pemilih Tetap " + title + " TINGKAT " + strings.ToUpper(d.s.Wilayah) + " TAHUN " + itoa(d.y)
		d.row(cap, "", "", "", "", "", "")
		h1 := []string{"NO", "KECAMATAN", "Jumlah TPS", "L", d.hdrP("P"), "L+P", "Keterangan"}
		d.row(h1...)
		d.kecamatanDPT(rows, tot, e, dptTable{cap: cap, conv: convEN, breakAt: 10, head: [][]string{h1}, noDesa: true,
			row: func(i int, r dptRow, wr int64) []string {
				return []string{itoa(i + 1), r.Wilayah, fmtInt(r.TPS, convEN), fmtInt(r.L, convEN), fmtInt(r.P, convEN), fmtInt(wr, convEN), "-"}
			},
			total: []string{"JUMLAH", "", fmtInt(tot.TPS, convEN), fmtInt(tot.L, convEN), fmtInt(tot.P, convEN), fmtInt(tot.total(), convEN), ""}})
		d.blank()
	}
}
