package sample

import "strings"

// capStyle says how a house style writes one capaian row's cells.
type capStyle struct {
	conv     conv
	pct      bool   // write "%" after percent values
	unitCol  bool   // the unit has its own column: values are bare numbers
	capPct   bool   // write "%" after the capaian
	gradeCap string // how an achieved grade's capaian is written: "pct" (200%), "grade" (BB), "word" (Tercapai)
	missing  string // word for a value not yet published
}

// capCells are the written cells of one capaian row and the truth they load to.
type capCells struct {
	Target, Realisasi, Capaian string
	Row                        CapaianRow
}

// unitText is the unit column text of style "ringkas".
func unitText(ind *indikator) string {
	switch ind.Satuan {
	case "persen":
		return "%"
	case "predikat":
		return "Predikat"
	case "laporan":
		return "Laporan"
	case "kali":
		return "Kali"
	case "kecamatan":
		return "Kecamatan"
	}
	return "Nilai"
}

// value writes a number of an indicator with its unit the style's way.
func (cs capStyle) value(ind *indikator, v float64, c conv) string {
	s := fmtNum(v, c)
	if cs.unitCol {
		return s
	}
	switch ind.Satuan {
	case "persen":
		if cs.pct {
			return s + "%"
		}
	case "laporan", "kali", "kecamatan":
		return s + " " + ind.Unit
	}
	return s
}

// fold is the text the parser keeps: homoglyphs folded, spaces collapsed.
func fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(foldRune(r))
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// capRow builds the cells and truth of one indicator in one table. Quirks
// drawn here (homoglyphs, footnotes, the other convention, a misreported
// capaian) are recorded in the truth texts and findings by the caller.
func (d *doc) capRow(ind *indikator, v capVal, cs capStyle, star, utama bool) capCells {
	var c capCells
	row := CapaianRow{SatkerID: d.s.ID, Tahun: d.y, Tingkat: ind.Tingkat, Indikator: ind.Teks, Sasaran: ind.Sasaran, Satuan: ind.Satuan}
	row.IndikatorID = d.w.refInd[FoldText(ind.Teks)]
	conv := cs.conv
	if chance(d.r, d.w.r.MixConv) {
		conv = convEN
		if cs.conv == convEN {
			conv = convID
		}
	}
	// Target.
	if ind.Arah == "predikat" {
		c.Target = d.grade(v.TGrade)
	} else {
		c.Target = cs.value(ind, v.Target, cs.conv)
		row.TargetNilai = f64(v.Target)
	}
	// Realisasi.
	switch {
	case v.Missing:
		c.Realisasi = cs.missing
	case ind.Arah == "predikat":
		c.Realisasi = d.grade(v.RGrade)
		if star {
			c.Realisasi += "*"
		}
	default:
		c.Realisasi = cs.value(ind, v.Realisasi, conv)
		row.RealisasiNilai = f64(v.Realisasi)
		if star {
			c.Realisasi += "*"
		}
	}
	// Capaian.
	h, ok := hitung(ind, v)
	if ok {
		row.CapaianHitung = f64(h)
	}
	if t, ok := tercapai(ind, v); ok {
		row.Tercapai = bp(t)
	}
	switch {
	case v.Missing:
		c.Capaian = "-"
	case ind.Arah == "predikat":
		rank := gradeRank[v.RGrade] - gradeRank[v.TGrade]
		switch cs.gradeCap {
		case "grade":
			c.Capaian = v.RGrade
		case "word":
			c.Capaian = "Tercapai"
			if rank < 0 {
				c.Capaian = "Tidak Tercapai"
			}
		default:
			p := 100.0
			if rank > 0 {
				p = 200
			} else if rank < 0 {
				p = 50
			}
			row.CapaianLapor = f64(p)
			c.Capaian = fmtNum(p, cs.conv) + "%"
		}
	default:
		lapor := h
		if utama && chance(d.r, d.w.r.Lapor) {
			lapor = round2(h + float64(1+d.r.IntN(9)))
			d.finding(TemuanRow{Aturan: "capaian.beda_lapor_hitung", Tingkat: "warning", Keluarga: "capaian",
				Kunci: d.s.ID + "/" + itoa(d.y) + "/" + ind.Tingkat + "/" + ind.Teks, Nilai: fmtNum(lapor, conv),
				Pesan: "capaian dilaporkan " + fmtNum(lapor, conv) + ", dihitung " + fmtNum(h, conv)})
		}
		row.CapaianLapor = f64(lapor)
		c.Capaian = fmtNum(lapor, conv)
		if cs.capPct {
			c.Capaian += "%"
		}
	}
	row.TargetTeks, row.RealisasiTeks, row.CapaianTeks = fold(c.Target), fold(c.Realisasi), fold(c.Capaian)
	c.Row = row
	return c
}

// lastLaporFinding returns the index of a beda_lapor_hitung finding just
// recorded for this row, so the caller can give it the row's span.
func (d *doc) spanLastFinding(aturan string, sp Baris) {
	if n := len(d.t.Temuan); n > 0 && d.t.Temuan[n-1].Aturan == aturan && d.t.Temuan[n-1].Awal == 0 {
		d.t.Temuan[n-1].Baris = sp
	}
}

// addCapaian records the utama row of an indicator with its span.
func (d *doc) addCapaian(c capCells, sp Baris, sumber string) {
	c.Row.Baris, c.Row.Sumber = sp, sumber
	d.t.Capaian = append(d.t.Capaian, c.Row)
	d.spanLastFinding("capaian.beda_lapor_hitung", sp)
}
