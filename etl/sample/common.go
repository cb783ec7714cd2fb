package sample

import "strings"

var bulan = []string{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"}

var (
	namaDepan    = []string{"Husni", "Maria", "Yohanes", "Agustinus", "Fransiska", "Petrus", "Theresia", "Abdul", "Yosefina", "Markus", "Dominggus", "Elisabeth"}
	namaBelakang = []string{"Maga", "Fointuna", "Lomi Rihi", "Nahak", "Bria", "Kolo", "Ndun", "Tefa", "Manek", "Seran", "Laka", "Wona"}
)

// signDate is the date under the foreword: early in the following year.
func (d *doc) signDate() string {
	r := d.w.rng("sign", d.s.ID, itoa(d.y))
	return itoa(2+r.IntN(26)) + " " + bulan[r.IntN(3)] + " " + itoa(d.y+1)
}

func (d *doc) person(role string) string {
	r := d.w.rng("person", d.s.ID, role)
	return strings.ToUpper(namaDepan[r.IntN(len(namaDepan))] + " " + namaBelakang[r.IntN(len(namaBelakang))])
}

// seriCell is one year cell of a multi-year capaian table.
type seriCell struct {
	Teks string
	Row  SeriRow
}

// seri builds the cell for (indicator, year, jenis) of this document.
// Values come from the world, so every report stating the same cell agrees.
func (d *doc) seri(ind *indikator, tahun int, jenis string, cs capStyle, sumber string) seriCell {
	row := SeriRow{SatkerID: d.s.ID, IndikatorID: d.w.refInd[FoldText(ind.Teks)], Indikator: ind.Teks,
		Tahun: tahun, Jenis: jenis, Satuan: ind.Satuan, Sumber: sumber}
	var teks string
	var val *float64
	switch jenis {
	case "target":
		v := d.w.capaian(d.s, ind, tahun)
		if ind.Arah == "predikat" {
			teks = d.grade(v.TGrade)
		} else {
			teks, val = cs.value(ind, v.Target, cs.conv), f64(v.Target)
		}
	case "target_nasional":
		if ind.Arah == "predikat" {
			teks = d.grade(ind.Grade)
		} else {
			teks, val = cs.value(ind, ind.Nasional, cs.conv), f64(ind.Nasional)
		}
	default:
		v := d.w.capaian(d.s, ind, tahun)
		switch {
		case tahun < ind.Sejak:
			teks = "-"
		case v.Missing:
			// the house style's word in every report, so that reports of
			// later years state the same text for the same cell
			teks = cs.missing
		case ind.Arah == "predikat":
			teks = d.grade(v.RGrade)
		default:
			teks, val = cs.value(ind, v.Realisasi, cs.conv), f64(v.Realisasi)
		}
	}
	row.Teks, row.Nilai = fold(teks), val
	if val == nil && ind.Arah != "predikat" {
		row.Tidak = []string{"satuan"}
	}
	if ind.Arah == "predikat" && (teks == "-" || teks == cs.missing) {
		row.Tidak = []string{"satuan"}
	}
	return seriCell{Teks: teks, Row: row}
}

func (d *doc) addSeri(c seriCell, sp Baris) {
	c.Row.Baris = sp
	d.t.CapaianSeri = append(d.t.CapaianSeri, c.Row)
}

// seriRow writes one row of a multi-year table: the lead cells, the
// realisasi of the back years before d.y, then d.y's target, realisasi and
// national target. Every year cell is a capaian_seri fact spanning the
// (possibly wrapped) row.
func (d *doc) seriRow(ind *indikator, lead []string, back int, cs capStyle, sumber string, widths []int) {
	y := d.y
	var cells []seriCell
	for t := y - back; t < y; t++ {
		cells = append(cells, d.seri(ind, t, "realisasi", cs, sumber))
	}
	cells = append(cells, d.seri(ind, y, "target", cs, sumber), d.seri(ind, y, "realisasi", cs, sumber),
		d.seri(ind, y, "target_nasional", cs, sumber))
	row := lead
	for _, c := range cells {
		row = append(row, c.Teks)
	}
	sp := d.rowWrapped(row, widths)
	for _, c := range cells {
		d.addSeri(c, sp)
	}
}

// sasaranNo numbers the sasaran column of a table: the first indicator of
// each sasaran shows the next number (with suffix) and the sasaran text, the
// indicators after it under the same sasaran leave both cells blank.
type sasaranNo struct {
	suffix string
	no     int
	last   string
}

func (n *sasaranNo) cells(sasaran string) (num, sas string) {
	if sasaran == n.last {
		return "", ""
	}
	n.no++
	n.last = sasaran
	return itoa(n.no) + n.suffix, sasaran
}

// addSakip records the evaluation of tahun and its components.
func (d *doc) addSakip(v sakipVal, tahun int, total Baris, komp [4]Baris, sumber string) {
	n := v.nilai()
	d.t.Sakip = append(d.t.Sakip, SakipRow{SatkerID: d.s.ID, TahunDinilai: tahun, Nilai: f64(n),
		Predikat: predikatOf(n), Keyakinan: "tinggi", Sumber: sumber, Baris: total})
	for i, k := range komponen {
		d.t.SakipKomponen = append(d.t.SakipKomponen, KomponenRow{SatkerID: d.s.ID, TahunDinilai: tahun,
			Komponen: k.ID, Bobot: f64(k.Bobot), Nilai: f64(fromCents(v.Komp[i])), Sumber: sumber, Baris: komp[i]})
	}
}

// sakipConflict may repeat the score with another value later in the
// report (Alor: 73,15 in the table, 73,13 in the prose); the component
// table's value stands and sakip.konflik_nilai is expected.
func (d *doc) sakipConflict(v sakipVal, tahun int, tableRow Baris, c conv) {
	if !chance(d.r, d.w.r.SakipKonflik) {
		return
	}
	other := v.Total + int64(1+d.r.IntN(4))
	if d.r.IntN(2) == 0 {
		other = v.Total - int64(1+d.r.IntN(4))
	}
	if predikatOf(fromCents(other)) != predikatOf(v.nilai()) {
		other = v.Total - (other - v.Total)
	}
	txt := fmtFixed(fromCents(other), 2, c)
	n := d.para("- Nilai Akuntabilitas Kinerja Instansi Pemerintah (AKIP) Tahun " + itoa(tahun) + " pada satuan kerja " +
		d.s.nama() + " adalah " + txt + " atau predikat \"" + predikatOf(v.nilai()) + "\".")
	d.finding(TemuanRow{Aturan: "sakip.konflik_nilai", Tingkat: "warning", Keluarga: "sakip",
		Kunci: d.s.ID + "/" + itoa(tahun), Nilai: txt, Pesan: "nilai SAKIP " + txt + " berbeda dengan tabel komponen " + fmtFixed(v.nilai(), 2, c),
		Baris: Baris{n, n}, Lain: []Baris{tableRow}})
}

func (d *doc) addRB(v rbVal, sp Baris, sumber string) {
	d.t.RB = append(d.t.RB, RBRow{SatkerID: d.s.ID, Tahun: d.y, Nilai: f64(v.Nilai), Bobot: f64(v.Bobot),
		Persen: f64(v.Persen), Sumber: sumber, Baris: sp})
}

// rbSentence is the prose the RB rule reads: nilai (persen%) dari bobot.
func (d *doc) rbSentence(v rbVal, c conv) string {
	return "Dalam Laporan Hasil Evaluasi Pelaksanaan Reformasi Birokrasi Tahun " + itoa(d.y) +
		" nilai evaluasi Reformasi Birokrasi " + d.s.nama() + " adalah " + fmtFixed(v.Nilai, 2, c) +
		" (" + fmtFixed(v.Persen, 2, c) + "%) dari bobot " + fmtFixed(v.Bobot, 2, c) + "."
}

// addDPT records one voter-roll row. Province rows about a kabupaten use
// that kabupaten's satker and its reference name.
func (d *doc) addDPT(row dptRow, pemilihan, tingkat string, sp Baris, sumber string, written int64) {
	r := DPTRow{SatkerID: row.Satker.ID, Pemilihan: pemilihan, Tahun: d.y, TingkatWilayah: tingkat,
		JumlahTPS: i64(row.TPS), PemilihL: i64(row.L), PemilihP: i64(row.P), PemilihTotal: i64(written),
		Keterangan: row.Ket, Sumber: sumber, Baris: sp}
	switch tingkat {
	case "kecamatan":
		r.Wilayah = fold(strings.ToUpper(row.Wilayah))
	default:
		r.Wilayah = row.Satker.Wilayah
	}
	if row.Desa > 0 {
		r.JumlahDesa = i64(row.Desa)
	} else {
		r.Tidak = []string{"jumlah_desa"}
	}
	d.t.DPT = append(d.t.DPT, r)
}

// dptTable is how a house style prints the kecamatan rows of a DPT table.
type dptTable struct {
	cap     string // the facts' sumber
	conv    conv   // number convention of the findings
	breakAt int    // index of the row before which a page break repeats head
	head    [][]string
	row     func(i int, r dptRow, written int64) []string // printed cells of kecamatan row i
	total   []string                                      // printed cells of the kabupaten total row
	noDesa  bool                                          // no village column: jumlah_desa is not stated
}

// kecamatanDPT writes the kecamatan rows and the kabupaten total of a DPT
// table. A row's stated L+P is sometimes a typo: a warning on that row, and
// on the total when the stated rows no longer add up to it.
func (d *doc) kecamatanDPT(rows []dptRow, tot dptRow, pemilihan string, t dptTable) {
	var typos int64 // written L+P minus the true sum, over the typo rows
	for i, r := range rows {
		if i == t.breakAt {
			d.pageBreak(t.head)
		}
		wr, typo := d.dptWritten(r)
		typos += wr - r.total()
		n := d.row(t.row(i, r, wr)...)
		if t.noDesa {
			r.Desa = 0
		}
		d.addDPT(r, pemilihan, "kecamatan", Baris{n, n}, t.cap, wr)
		if typo {
			d.dptTypo(r, pemilihan, wr, Baris{n, n}, t.conv)
		}
	}
	if t.noDesa {
		tot.Desa = 0
	}
	n := d.row(t.total...)
	d.addDPT(tot, pemilihan, "kabupaten", Baris{n, n}, t.cap, tot.total())
	d.dptRincian(tot, pemilihan, tot.total()+typos, Baris{n, n}, t.conv)
}

// dptWritten is the L+P a row states: normally the sum, sometimes a typo
// (dpt.lp_tidak_sama_total is then expected on that row).
func (d *doc) dptWritten(row dptRow) (int64, bool) {
	if row.Wilayah != "" && chance(d.r, d.w.r.DPTSum) {
		return row.total() + int64(1+d.r.IntN(90)), true
	}
	return row.total(), false
}

func (d *doc) dptTypo(row dptRow, pemilihan string, written int64, sp Baris, c conv) {
	d.finding(TemuanRow{Aturan: "dpt.lp_tidak_sama_total", Tingkat: "warning", Keluarga: "dpt",
		Kunci: row.Satker.ID + "/" + pemilihan + "/" + itoa(d.y) + "/kecamatan/" + row.Wilayah, Nilai: fmtInt(written, c),
		Pesan: "L + P = " + fmtInt(row.total(), c) + ", tertulis " + fmtInt(written, c), Baris: sp})
}

// dptRincian expects dpt.rincian_tidak_sama_total on a total row when typo
// rows above it make the stated L+P add up to another number.
func (d *doc) dptRincian(tot dptRow, pemilihan string, sum int64, sp Baris, c conv) {
	if sum == tot.total() {
		return
	}
	d.finding(TemuanRow{Aturan: "dpt.rincian_tidak_sama_total", Tingkat: "warning", Keluarga: "dpt",
		Kunci: tot.Satker.ID + "/" + pemilihan + "/" + itoa(d.y) + "/kabupaten", Nilai: fmtInt(sum, c),
		Pesan: "jumlah baris kecamatan " + fmtInt(sum, c) + ", tertulis " + fmtInt(tot.total(), c), Baris: sp})
}

// cutoff cuts the last digits of a formatted amount the way a narrow PDF
// column does (190.465.289 → 190.465.28); ok is false for amounts too
// short to cut without leaving a plausible whole number.
func cutoff(s string) (string, bool) {
	digits := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			digits++
		}
	}
	if digits < 4 || strings.Count(s, ".")+strings.Count(s, ",") == 0 {
		return s, false
	}
	cut := s[:len(s)-1]
	if last := cut[len(cut)-1]; last == '.' || last == ',' {
		cut = cut[:len(cut)-1]
	}
	return cut, cut != s
}

// cutFinding records the repair expected for a cut-off sisa cell.
func (d *doc) cutFinding(kode string, tahun int, written string, sp Baris) {
	d.finding(TemuanRow{Aturan: "anggaran.sisa_diperbaiki", Tingkat: "warning", Keluarga: "anggaran",
		Kunci: d.s.ID + "/" + itoa(tahun) + "/" + kode, Nilai: written, Pesan: "sisa terpotong " + written, Baris: sp})
}

// photo may put a photo caption between paragraphs (§5.9).
func (d *doc) photo(what string) {
	if chance(d.r, d.w.r.PageNoise) {
		d.para("Dokumentasi Foto " + what)
	}
}
