package template

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/xuri/excelize/v2"
)

// readXLSXBytes parses a workbook. Sheets are matched to families by name
// (case-insensitive); other sheets (instructions, pivot tables) are
// ignored with a warning.
func readXLSXBytes(path string, data []byte) (*facts.Document, error) {
	r, err := newReader(path, "xlsx")
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(data)
	r.doc.Meta.SHA256 = hex.EncodeToString(sum[:])
	r.doc.Meta.Bytes = int64(len(data))

	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit: maxUnzipBytes, UnzipXMLSizeLimit: 16 << 20})
	if err != nil {
		r.fail(problem{where: "workbook", msg: "not a readable XLSX workbook: " + err.Error()}, "template.berkas", "")
		return r.finish()
	}
	defer f.Close()
	tables := map[*family]*table{}
	for _, name := range f.GetSheetList() {
		where := "sheet " + name
		fam := familyNamed(name)
		if fam == nil {
			r.warn(problem{where: where, msg: "not a template sheet; ignored"}, "template.lembar_tidak_dikenal", "")
			continue
		}
		if prev := tables[fam]; prev != nil {
			r.fail(problem{where: where, msg: "duplicates " + prev.where + "; keep one"}, "template.berkas", "")
			continue
		}
		t, err := sheetTable(f, name)
		if err != nil {
			r.fail(problem{where: where, msg: "cannot be read: " + err.Error()}, "template.berkas", "")
			continue
		}
		if t != nil {
			t.fam, t.where = fam, where
			tables[fam] = t
		}
	}
	return r.read(tables, "sheet identitas")
}

// sheetTable reads a sheet twice: raw values are the data; the formatted
// view only tells which numeric cells are shown as percentages, since Excel
// stores 99.55% as 0.9955 and the template's percent unit is 99.55.
func sheetTable(f *excelize.File, name string) (*table, error) {
	raw, err := f.GetRows(name, excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, err
	}
	shown, err := f.GetRows(name)
	if err != nil {
		return nil, err
	}
	if len(raw) == 0 {
		return nil, nil
	}
	t := &table{hdrRow: 1}
	for i, row := range raw {
		cells := make([]string, len(row))
		for j, v := range row {
			v = strings.TrimSpace(v)
			pct := false
			if i < len(shown) && j < len(shown[i]) {
				pct = strings.HasSuffix(strings.TrimSpace(shown[i][j]), "%") && !strings.HasSuffix(v, "%")
			}
			cells[j] = xlsxNumber(v, pct)
		}
		if i == 0 {
			t.header = cells
			continue
		}
		if blank(cells) {
			continue
		}
		t.rows = append(t.rows, tableRow{span: facts.Span{Start: i + 1, End: i + 1}, cells: cells})
	}
	return t, nil
}
