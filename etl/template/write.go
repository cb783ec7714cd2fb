package template

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/sqlrows"
	"github.com/xuri/excelize/v2"
)

// The writers render every family, empty ones as a header only, so a
// written submission is also a complete blank template and rewriting a
// directory never leaves a stale family file behind. Cells are nil (empty),
// string, int64 or float64; the writers only format them. They do not
// validate: a fact the template cannot express (target "Belum Penilaian"
// with satuan persen) is written as its text and rejected on reading, which
// is what the synthetic generator wants for hostile samples.

// sheet is one family's header and rows, ready to format.
type sheet struct {
	fam  *family
	rows [][]any
}

func sheets(doc *facts.Document) []sheet {
	out := make([]sheet, 0, len(families))
	for _, fam := range families {
		out = append(out, sheet{fam: fam, rows: familyRows(fam, doc)})
	}
	return out
}

func familyRows(fam *family, d *facts.Document) [][]any {
	var rows [][]any
	switch fam {
	case famIdentitas:
		if d.Meta.SatkerID == "" && d.Meta.Tahun == 0 {
			break // a blank template
		}
		rows = append(rows, []any{d.Meta.SatkerID, int64(d.Meta.Tahun), satkerNama(d.Meta.SatkerID),
			strconv.FormatBool(d.Meta.Synthetic)})
	case famCapaian:
		for _, f := range d.Capaian {
			rows = append(rows, []any{f.SatkerID, year(f.Tahun), f.Tingkat, str(f.Program), str(f.Sasaran),
				str(f.IndikatorID), f.Indikator, f.Satuan, measuredCell(f.TargetTeks, f.TargetNilai, f.Satuan),
				measuredCell(f.RealisasiTeks, f.RealisasiNilai, f.Satuan), numCell(f.CapaianTeks, f.CapaianLapor, true)})
		}
	case famSeri:
		for _, f := range d.CapaianSeri {
			rows = append(rows, []any{f.SatkerID, str(f.IndikatorID), f.Indikator, f.Satuan, year(f.Tahun), f.Jenis,
				measuredCell(f.Teks, f.Nilai, f.Satuan)})
		}
	case famAnggaran:
		for _, f := range d.Anggaran {
			rows = append(rows, []any{f.SatkerID, year(f.Tahun), kodeCell(f), str(f.KodeInduk), str(f.Uraian),
				f.Tingkat, i64(f.Pagu), i64(f.Realisasi), i64(f.Sisa), f64(f.SerapanLapor), i64(f.PaguAwal),
				i64(f.RevisiDIPA)})
		}
	case famSakip:
		for _, f := range d.Sakip {
			rows = append(rows, []any{f.SatkerID, year(f.TahunDinilai), f64(f.Nilai), str(f.Predikat)})
		}
	case famKomponen:
		for _, f := range d.SakipKomponen {
			rows = append(rows, []any{f.SatkerID, year(f.TahunDinilai), f.Komponen, f64(f.Bobot), f64(f.Nilai)})
		}
	case famRB:
		for _, f := range d.RB {
			rows = append(rows, []any{f.SatkerID, year(f.Tahun), f64(f.Nilai), f64(f.Bobot), f64(f.Persen)})
		}
	case famDPT:
		for _, f := range d.DPT {
			rows = append(rows, []any{f.SatkerID, f.Pemilihan, year(f.Tahun), f.TingkatWilayah, str(f.Wilayah),
				i64(f.JumlahDesa), i64(f.JumlahTPS), i64(f.PemilihL), i64(f.PemilihP), i64(f.PemilihTotal),
				str(f.Keterangan)})
		}
	}
	return rows
}

// satkerNama is the identitas name the writers put beside the id, as the
// warehouse's ref_satker spells it.
func satkerNama(id string) any {
	refs, err := satkers()
	ref, ok := refs[id]
	if err != nil || !ok {
		return nil
	}
	if ref.Jenis == "provinsi" {
		return "KPU Provinsi " + ref.Nama
	}
	return "KPU " + ref.Nama
}

func str(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func year(y int) any {
	if y == 0 {
		return nil
	}
	return int64(y)
}

func i64(p *int64) any {
	if p == nil {
		return nil
	}
	return *p
}

func f64(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

// numCell writes a number, keeping its text when the text is a different
// spelling of the same number ("100%"), so reading it back gives the same
// text and value.
func numCell(teks string, v *float64, pct bool) any {
	if v == nil {
		return str(teks)
	}
	if teks != "" && teks != formatFloat(*v) {
		if w, ok := parseNumber(teks, pct); ok && w == *v {
			return teks
		}
	}
	return *v
}

func measuredCell(teks string, v *float64, satuan string) any {
	if satuan == "predikat" || satuan == "opini" {
		return str(teks)
	}
	return numCell(teks, v, satuan == "persen")
}

// kodeCell writes the code as the satker wrote it when that spelling reads
// back to the same canonical code (WA.3355), else the canonical code.
func kodeCell(a facts.Anggaran) any {
	if a.KodeTeks != "" {
		if k, ok := parseKode(a.KodeTeks); ok && k.canon == a.Kode {
			return a.KodeTeks
		}
	}
	return str(a.Kode)
}

func header(fam *family) []string {
	h := make([]string, len(fam.cols))
	for i, c := range fam.cols {
		h[i] = c.name
	}
	return h
}

func writeDir(dir string, doc *facts.Document) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("template %s: %w", dir, err)
	}
	for _, s := range sheets(doc) {
		b, err := csvBytes(s)
		if err != nil {
			return fmt.Errorf("template %s: %s.csv: %w", dir, s.fam.name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, s.fam.name+".csv"), b, 0o644); err != nil {
			return fmt.Errorf("template %s: %w", dir, err)
		}
	}
	return nil
}

// csvBytes renders one family as a CSV file.
func csvBytes(s sheet) ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	_ = w.Write(header(s.fam))
	rec := make([]string, len(s.fam.cols))
	for _, row := range s.rows {
		for i, v := range row {
			rec[i] = sqlrows.Text(v)
		}
		_ = w.Write(rec)
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}

func writeXLSX(w io.Writer, doc *facts.Document) error {
	f := excelize.NewFile()
	defer f.Close()
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return fmt.Errorf("template: writing workbook: %w", err)
	}
	for i, s := range sheets(doc) {
		name := s.fam.name
		if i == 0 {
			err = f.SetSheetName(f.GetSheetName(0), name)
		} else {
			_, err = f.NewSheet(name)
		}
		if err == nil {
			err = writeSheet(f, name, s, bold)
		}
		if err != nil {
			return fmt.Errorf("template: writing sheet %s: %w", name, err)
		}
	}
	f.SetActiveSheet(0)
	if err := f.Write(w); err != nil {
		return fmt.Errorf("template: writing workbook: %w", err)
	}
	return nil
}

func writeSheet(f *excelize.File, name string, s sheet, bold int) error {
	h := header(s.fam)
	for j, col := range h {
		cell, _ := excelize.CoordinatesToCellName(j+1, 1)
		if err := f.SetCellStr(name, cell, col); err != nil {
			return err
		}
	}
	last, _ := excelize.CoordinatesToCellName(len(h), 1)
	if err := f.SetCellStyle(name, "A1", last, bold); err != nil {
		return err
	}
	for i, row := range s.rows {
		for j, v := range row {
			if v == nil {
				continue
			}
			cell, _ := excelize.CoordinatesToCellName(j+1, i+2)
			if err := f.SetCellValue(name, cell, v); err != nil {
				return err
			}
		}
	}
	return nil
}
