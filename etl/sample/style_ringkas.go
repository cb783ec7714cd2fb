package sample

import (
	"strings"
)

// Style "ringkas" is invented: Roman chapter captions ("Tabel III.4"), a
// Satuan column with bare values, Realisasi before Target, capaian written
// as a number or a word, money and voter counts with spaces as thousands
// separators (44 980 284 000), and a compact multi-indicator series table.

var ringkasCS = capStyle{conv: convID, unitCol: true, gradeCap: "word", missing: "-"}

func renderRingkas(d *doc) {
	s, y := d.s, d.y
	ss, sk := splitCatalogue(s)
	b := d.w.budget(s, y)
	wrap := chance(d.r, d.w.r.Wrap)

	d.cover("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", "Kata Pengantar",
		"Laporan Kinerja "+s.nama()+" Tahun "+itoa(y)+" disusun sebagai wujud pertanggungjawaban atas pelaksanaan Perjanjian Kinerja Tahun "+itoa(y)+".")

	d.para("BAB III AKUNTABILITAS KINERJA")
	d.para("3.1 Pengukuran Kinerja")
	ringkasCapTable(d, ss, "Tabel III.1", "Pengukuran Kinerja Sasaran Strategis Tahun "+itoa(y), "Sasaran Strategis", wrap)
	ringkasCapTable(d, sk, "Tabel III.2", "Pengukuran Kinerja Sasaran Kegiatan Tahun "+itoa(y), "Sasaran Kegiatan", wrap)

	// Series of all sasaran strategis indicators in one table.
	d.para("Tabel III.3 Perbandingan Realisasi Indikator Kinerja Utama " + itoa(y-3) + " s.d. " + itoa(y))
	d.row("No", "Indikator Kinerja", "Satuan", "Realisasi "+itoa(y-3), "Realisasi "+itoa(y-2), "Realisasi "+itoa(y-1), "Target "+itoa(y), "Realisasi "+itoa(y), "Target Nasional "+itoa(y))
	for k, ind := range ss {
		d.seriRow(ind, []string{itoa(k+1) + ".", ind.Teks, unitText(ind)}, 3, ringkasCS, "Tabel III.3", kabWidths(wrap, 0, 36))
	}
	d.blank()

	// SAKIP and RB.
	d.para("3.2 Akuntabilitas Kinerja dan Reformasi Birokrasi")
	t := y - 1
	v := d.w.sakip(s, t)
	nilai := fmtFixed(v.nilai(), 2, convID)
	d.para("Nilai hasil evaluasi AKIP Tahun " + itoa(t) + " atas " + s.nama() + " sebesar " + nilai + " dengan predikat " + predikatOf(v.nilai()) + ".")
	cap := "Tabel III.4"
	d.para(cap + " Komponen Hasil Evaluasi AKIP Tahun " + itoa(t))
	d.row("Komponen", "Bobot", "Nilai", "Capaian Komponen (%)")
	var sp [4]Baris
	for i, k := range komponen {
		kv := fromCents(v.Komp[i])
		n := d.row(k.Nama, fmtFixed(k.Bobot, 2, convID), fmtFixed(kv, 2, convID), fmtFixed(kv/k.Bobot*100, 2, convID))
		sp[i] = Baris{n, n}
	}
	n := d.row("Nilai Akhir", "100,00", nilai, "")
	d.blank()
	d.addSakip(v, t, Baris{n, n}, sp, cap)
	d.photo("Penyerahan Laporan Hasil Evaluasi SAKIP Tahun " + itoa(t))
	rb := d.w.rb(s, y)
	d.para(d.rbSentence(rb, convID))
	d.addRB(rb, Baris{d.n - 1, d.n - 1}, "prosa")
	d.sakipConflict(v, t, Baris{n, n}, convID)

	// DPT.
	tab := 5
	for _, e := range elections(y) {
		name := "Pemilu"
		if e == "pilkada" {
			name = "Pemilihan Serentak"
		}
		cap := "Tabel III." + itoa(tab)
		tab++
		if s.Jenis == "provinsi" {
			rows, sum := d.w.dptProvinsi(s, e, y)
			d.para(cap + " Daftar Pemilih Tetap " + name + " Tahun " + itoa(y) + " per Kabupaten/Kota")
			h := []string{"No", "Kabupaten/Kota", "TPS", "Laki-laki", "Perempuan", "Jumlah"}
			d.row(h...)
			for i, r := range rows {
				if i == len(rows)/2 {
					d.pageBreak([][]string{h})
				}
				n := d.row(itoa(i+1)+".", titleCase(r.Satker.upper()), fmtInt(r.TPS, convSP), fmtInt(r.L, convSP), fmtInt(r.P, convSP), fmtInt(r.total(), convSP))
				d.addDPT(r, e, "kabupaten", Baris{n, n}, cap, r.total())
			}
			n := d.row("", "Jumlah", fmtInt(sum.TPS, convSP), fmtInt(sum.L, convSP), fmtInt(sum.P, convSP), fmtInt(sum.total(), convSP))
			d.addDPT(sum, e, "provinsi", Baris{n, n}, cap, sum.total())
			d.blank()
			continue
		}
		rows, tot := d.w.dptKecamatan(s, e, y)
		d.para(cap + " Daftar Pemilih Tetap " + name + " Tahun " + itoa(y) + " per Kecamatan")
		h := []string{"No", "Kecamatan", "Desa/Kel.", "TPS", "Laki-laki", "Perempuan", "Jumlah"}
		d.row(h...)
		d.kecamatanDPT(rows, tot, e, dptTable{cap: cap, conv: convSP, breakAt: len(rows) / 2, head: [][]string{h},
			row: func(i int, r dptRow, wr int64) []string {
				return []string{itoa(i+1) + ".", titleCase(r.Wilayah), fmtInt(r.Desa, convSP), fmtInt(r.TPS, convSP), fmtInt(r.L, convSP), fmtInt(r.P, convSP), fmtInt(wr, convSP)}
			},
			total: []string{"", "Jumlah", fmtInt(tot.Desa, convSP), fmtInt(tot.TPS, convSP), fmtInt(tot.L, convSP), fmtInt(tot.P, convSP), fmtInt(tot.total(), convSP)}})
		d.blank()
	}

	// Budget.
	d.para("3.3 Realisasi Anggaran")
	tot := b.Total
	n1 := d.para("Alokasi anggaran awal sebesar Rp " + fmtInt(b.PaguAwal, convSP) + " mengalami " + itoa(int(b.Revisi)) +
		" kali revisi DIPA sehingga total pagu anggaran Tahun Anggaran " + itoa(y) + " menjadi sebesar Rp " + fmtInt(tot.Pagu, convSP) +
		" dengan realisasi sebesar Rp " + fmtInt(tot.Real, convSP) + " atau " + fmtFixed(tot.serapan(), 2, convID) + "%.")
	pr := d.angRow(tot, y, "", Baris{n1, n1}, "prosa")
	pr.PaguAwal, pr.RevisiDIPA, pr.Tidak = i64(b.PaguAwal), i64(b.Revisi), []string{"sisa"}
	d.putAnggaran(pr, 1)
	cap = "Tabel III." + itoa(tab)
	tab++
	d.para(cap + " Realisasi Anggaran per Program, Kegiatan dan Keluaran TA " + itoa(y))
	h := []string{"Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)", "Sisa (Rp)"}
	d.row(h...)
	rows := 0
	tot.walk(func(l *line) {
		if l.Tingkat == "total" {
			return
		}
		if rows == 10 {
			d.pageBreak([][]string{h})
		}
		rows++
		sisa, cut := fmtInt(l.sisa(), convSP), false
		if chance(d.r, d.w.r.Cutoff) {
			sisa, cut = cutoffSP(sisa)
		}
		n := d.row(l.Kode, l.Uraian, fmtInt(l.Pagu, convSP), fmtInt(l.Real, convSP), fmtFixed(l.serapan(), 2, convID), sisa)
		d.putAnggaran(d.angRow(l, y, l.Kode, Baris{n, n}, cap), 3)
		if cut {
			d.cutFinding(l.Kode, y, sisa, Baris{n, n})
		}
	})
	n = d.row("", "JUMLAH", fmtInt(tot.Pagu, convSP), fmtInt(tot.Real, convSP), fmtFixed(tot.serapan(), 2, convID), fmtInt(tot.sisa(), convSP))
	d.putAnggaran(d.angRow(tot, y, "", Baris{n, n}, cap), 3)
	d.blank()
	cap = "Tabel III." + itoa(tab)
	d.para(cap + " Perkembangan Pagu dan Realisasi Anggaran TA " + itoa(y-4) + " s.d. " + itoa(y))
	d.row("Tahun", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)")
	for ty := y - 4; ty <= y; ty++ {
		t := d.w.budget(s, ty).Total
		n := d.row(itoa(ty), fmtInt(t.Pagu, convSP), fmtInt(t.Real, convSP), fmtFixed(t.serapan(), 2, convID))
		r := d.angRow(t, ty, "", Baris{n, n}, cap)
		r.Tidak = append(r.Tidak, "sisa")
		d.putAnggaran(r, 2)
	}
	d.blank()
	d.para("BAB IV PENUTUP")
	d.para("Demikian Laporan Kinerja " + s.nama() + " Tahun " + itoa(y) + ".")
}

// ringkasCapTable writes one measurement table: unit column, Realisasi
// before Target, capaian as a bare number or Tercapai.
func ringkasCapTable(d *doc, inds []*indikator, cap, title, sasHdr string, wrap bool) {
	d.para(cap + " " + title)
	h := []string{"No", sasHdr, "Indikator Kinerja", "Satuan", "Realisasi", "Target", "Capaian (%)"}
	d.row(h...)
	sn := sasaranNo{suffix: "."}
	for i, ind := range inds {
		if i == 8 {
			d.pageBreak([][]string{h})
		}
		num, sas := sn.cells(ind.Sasaran)
		c := d.capRow(ind, d.w.capaian(d.s, ind, d.y), ringkasCS, false, true)
		sp := d.rowWrapped([]string{num, sas, ind.Teks, unitText(ind), c.Realisasi, c.Target, c.Capaian}, kabWidths(wrap, 0, 28, 32))
		d.addCapaian(c, sp, cap)
	}
	d.blank()
}

// cutoffSP cuts a space-grouped amount: 190 465 289 → 190 465 28.
func cutoffSP(s string) (string, bool) {
	if len(strings.ReplaceAll(s, " ", "")) < 4 || !strings.Contains(s, " ") {
		return s, false
	}
	cut := strings.TrimRight(s[:len(s)-1], " ")
	return cut, true
}

// titleCase writes an upper-case name as Title Case: TELUK MUTIARA → Teluk Mutiara.
func titleCase(s string) string {
	w := strings.Fields(strings.ToLower(s))
	for i, x := range w {
		w[i] = strings.ToUpper(x[:1]) + x[1:]
	}
	return strings.Join(w, " ")
}
