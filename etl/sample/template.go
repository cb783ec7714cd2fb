package sample

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/template"
)

// writeTemplate writes a satker-year as a structured template submission
// (a CSV folder or an XLSX workbook, through etl/template) and returns its
// files and truth. A template is typed by the satker itself, so it carries
// no quirks: the truth is the world's facts, exactly.
func writeTemplate(w *world, j job, root, base string) ([]outFile, *Truth, error) {
	doc, t := templateDoc(w, j.s, j.y)
	if j.form == "xlsx" {
		var buf bytes.Buffer
		if err := template.WriteXLSX(&buf, doc); err != nil {
			return nil, nil, fmt.Errorf("sample: %s: %w", base, err)
		}
		rel := base + ".xlsx"
		t.Path, t.Format = rel, "xlsx"
		if err := writeFile(root, rel, buf.Bytes()); err != nil {
			return nil, nil, err
		}
		return []outFile{{rel: rel, data: buf.Bytes()}}, t, nil
	}
	dir := filepath.Join(root, filepath.FromSlash(base))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, nil, fmt.Errorf("sample: %w", err)
	}
	if err := template.WriteDir(dir, doc); err != nil {
		return nil, nil, fmt.Errorf("sample: %s: %w", base, err)
	}
	t.Path, t.Format = base, "csv"
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("sample: %w", err)
	}
	var files []outFile
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, nil, fmt.Errorf("sample: %w", err)
		}
		files = append(files, outFile{rel: base + "/" + e.Name(), data: data})
	}
	sort.Slice(files, func(a, b int) bool { return files[a].rel < files[b].rel })
	return files, t, nil
}

// templateDoc builds the facts a satker would type into the template for
// year y, and the truth they load to. Texts are not compared for templates:
// the template states values, and how a reader spells them is its own.
func templateDoc(w *world, s *satker, y int) (*facts.Document, *Truth) {
	doc := &facts.Document{Meta: facts.Meta{SatkerID: s.ID, Tahun: y, Kind: "lkj", Synthetic: true}}
	t := &Truth{SatkerID: s.ID, Tahun: y, Gaya: "template"}
	row := 1
	next := func() facts.Span { row++; return facts.Span{Start: row, End: row} }
	for _, ind := range catalogue(s) {
		ind := ind
		v := w.capaian(s, &ind, y)
		id := w.refInd[FoldText(ind.Teks)]
		f := facts.Capaian{Span: next(), SatkerID: s.ID, Tahun: y, Tingkat: ind.Tingkat, Program: ind.Program,
			Sasaran: ind.Sasaran, IndikatorID: id, Indikator: ind.Teks, Satuan: ind.Satuan, Utama: true}
		tr := CapaianRow{SatkerID: s.ID, Tahun: y, Tingkat: ind.Tingkat, IndikatorID: id, Indikator: ind.Teks,
			Sasaran: ind.Sasaran, Satuan: ind.Satuan, Sumber: "template",
			Tidak: []string{"target_teks", "realisasi_teks", "capaian_teks"}}
		if ind.Arah == "predikat" {
			f.TargetTeks = v.TGrade
			tr.TargetTeks = v.TGrade
		} else {
			f.TargetNilai, tr.TargetNilai = f64(v.Target), f64(v.Target)
			f.TargetTeks = fmtNum(v.Target, convEN)
		}
		switch {
		case v.Missing:
		case ind.Arah == "predikat":
			f.RealisasiTeks, tr.RealisasiTeks = v.RGrade, v.RGrade
		default:
			f.RealisasiNilai, tr.RealisasiNilai = f64(v.Realisasi), f64(v.Realisasi)
			f.RealisasiTeks = fmtNum(v.Realisasi, convEN)
		}
		if h, ok := hitung(&ind, v); ok {
			f.CapaianLapor, tr.CapaianLapor, tr.CapaianHitung = f64(h), f64(h), f64(h)
		}
		if ok, known := tercapai(&ind, v); known {
			tr.Tercapai = bp(ok)
		}
		tr.Baris = Baris{f.Start, f.End}
		doc.Capaian = append(doc.Capaian, f)
		t.Capaian = append(t.Capaian, tr)
		if ind.Tingkat != facts.SasaranStrategis {
			continue
		}
		// Series: the four years before, the year's target and realisasi,
		// the national target; cells the world does not know are left out.
		add := func(tahun int, jenis string, val *float64, teks string) {
			if val == nil && teks == "" {
				return
			}
			sp := next()
			doc.CapaianSeri = append(doc.CapaianSeri, facts.CapaianSeri{Span: sp, SatkerID: s.ID, IndikatorID: id,
				Indikator: ind.Teks, Tahun: tahun, Jenis: jenis, Teks: teks, Nilai: val, Satuan: ind.Satuan, Utama: true})
			t.CapaianSeri = append(t.CapaianSeri, SeriRow{SatkerID: s.ID, IndikatorID: id, Indikator: ind.Teks, Tahun: tahun,
				Jenis: jenis, Teks: teks, Nilai: val, Satuan: ind.Satuan, Sumber: "template", Baris: Baris{sp.Start, sp.End}, Tidak: []string{"teks"}})
		}
		for tahun := y - 4; tahun <= y; tahun++ {
			pv := w.capaian(s, &ind, tahun)
			if tahun < ind.Sejak || pv.Missing {
				continue
			}
			if ind.Arah == "predikat" {
				add(tahun, "realisasi", nil, pv.RGrade)
			} else {
				add(tahun, "realisasi", f64(pv.Realisasi), fmtNum(pv.Realisasi, convEN))
			}
		}
		if ind.Arah == "predikat" {
			add(y, "target", nil, v.TGrade)
			add(y, "target_nasional", nil, ind.Grade)
		} else {
			add(y, "target", f64(v.Target), fmtNum(v.Target, convEN))
			add(y, "target_nasional", f64(ind.Nasional), fmtNum(ind.Nasional, convEN))
		}
	}
	// Budget: the whole tree of the year.
	b := w.budget(s, y)
	b.Total.walk(func(l *line) {
		sp := next()
		kodeTeks := l.Kode
		if l.Tingkat == "total" {
			kodeTeks = "TOTAL"
		}
		f := facts.Anggaran{Span: sp, SatkerID: s.ID, Tahun: y, Kode: l.Kode, KodeTeks: kodeTeks, KodeInduk: l.Induk,
			Uraian: l.Uraian, Tingkat: l.Tingkat, Pagu: i64(l.Pagu), Realisasi: i64(l.Real), Sisa: i64(l.sisa()),
			SerapanLapor: f64(round2(l.serapan())), SerapanHitung: l.serapanHitung(), Utama: true}
		tr := AnggaranRow{SatkerID: s.ID, Tahun: y, Kode: l.Kode, KodeTeks: kodeTeks, KodeInduk: l.Induk, Uraian: l.Uraian,
			Tingkat: l.Tingkat, Pagu: f.Pagu, Realisasi: f.Realisasi, Sisa: f.Sisa, SerapanLapor: f.SerapanLapor,
			SerapanHitung: f.SerapanHitung, Sumber: "template", Baris: Baris{sp.Start, sp.End}}
		if l.Tingkat == "total" {
			f.PaguAwal, f.RevisiDIPA = i64(b.PaguAwal), i64(b.Revisi)
			tr.PaguAwal, tr.RevisiDIPA = f.PaguAwal, f.RevisiDIPA
		}
		doc.Anggaran = append(doc.Anggaran, f)
		t.Anggaran = append(t.Anggaran, tr)
	})
	// SAKIP of the year before, RB of the year.
	sv := w.sakip(s, y-1)
	sp := next()
	doc.Sakip = append(doc.Sakip, facts.Sakip{Span: sp, SatkerID: s.ID, TahunDinilai: y - 1, Nilai: f64(sv.nilai()),
		Predikat: predikatOf(sv.nilai()), Keyakinan: "tinggi", Utama: true})
	t.Sakip = append(t.Sakip, SakipRow{SatkerID: s.ID, TahunDinilai: y - 1, Nilai: f64(sv.nilai()), Predikat: predikatOf(sv.nilai()),
		Keyakinan: "tinggi", Sumber: "template", Baris: Baris{sp.Start, sp.End}})
	for i, k := range komponen {
		sp := next()
		nv := fromCents(sv.Komp[i])
		doc.SakipKomponen = append(doc.SakipKomponen, facts.SakipKomponen{Span: sp, SatkerID: s.ID, TahunDinilai: y - 1,
			Komponen: k.ID, Bobot: f64(k.Bobot), Nilai: f64(nv)})
		t.SakipKomponen = append(t.SakipKomponen, KomponenRow{SatkerID: s.ID, TahunDinilai: y - 1, Komponen: k.ID,
			Bobot: f64(k.Bobot), Nilai: f64(nv), Sumber: "template", Baris: Baris{sp.Start, sp.End}})
	}
	rb := w.rb(s, y)
	sp = next()
	doc.RB = append(doc.RB, facts.RB{Span: sp, SatkerID: s.ID, Tahun: y, Nilai: f64(rb.Nilai), Bobot: f64(rb.Bobot), Persen: f64(rb.Persen), Utama: true})
	t.RB = append(t.RB, RBRow{SatkerID: s.ID, Tahun: y, Nilai: f64(rb.Nilai), Bobot: f64(rb.Bobot), Persen: f64(rb.Persen),
		Sumber: "template", Baris: Baris{sp.Start, sp.End}})
	// DPT of election years.
	for _, e := range elections(y) {
		var rows []dptRow
		var tot dptRow
		lower, upper := "kecamatan", "kabupaten"
		if s.Jenis == "provinsi" {
			rows, tot = w.dptProvinsi(s, e, y)
			lower, upper = "kabupaten", "provinsi"
		} else {
			rows, tot = w.dptKecamatan(s, e, y)
		}
		emit := func(r dptRow, tingkat string) {
			sp := next()
			wil := r.Satker.Wilayah
			if tingkat == "kecamatan" {
				wil = r.Wilayah
			}
			f := facts.DPT{Span: sp, SatkerID: r.Satker.ID, Pemilihan: e, Tahun: y, TingkatWilayah: tingkat, Wilayah: wil,
				JumlahTPS: i64(r.TPS), PemilihL: i64(r.L), PemilihP: i64(r.P), PemilihTotal: i64(r.total()), Utama: true}
			tr := DPTRow{SatkerID: r.Satker.ID, Pemilihan: e, Tahun: y, TingkatWilayah: tingkat, Wilayah: wil,
				JumlahTPS: f.JumlahTPS, PemilihL: f.PemilihL, PemilihP: f.PemilihP, PemilihTotal: f.PemilihTotal,
				Sumber: "template", Baris: Baris{sp.Start, sp.End}}
			if r.Desa > 0 {
				f.JumlahDesa, tr.JumlahDesa = i64(r.Desa), i64(r.Desa)
			} else {
				tr.Tidak = []string{"jumlah_desa"}
			}
			if r.Ket != "" && r.Ket != "-" && tingkat != "kecamatan" {
				f.Keterangan, tr.Keterangan = r.Ket, r.Ket
			}
			doc.DPT = append(doc.DPT, f)
			t.DPT = append(t.DPT, tr)
		}
		for _, r := range rows {
			emit(r, lower)
		}
		emit(tot, upper)
	}
	return doc, t
}
