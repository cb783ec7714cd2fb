package report

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// Number formats of the workbook. Cells hold real numbers; these only shape
// their display (Excel shows the separators of the reader's locale).
var xlsxFormats = map[string]string{
	KindRupiah:  `"Rp "#,##0`,
	KindPercent: `0.00" %"`,
	KindYear:    `0`,
	"int":       `#,##0`,
	"dec":       `#,##0.00`,
}

// writeXLSX writes one sheet per section (header row frozen, numbers as
// number cells) and a last sheet "Keterangan" with the report's title,
// parameters and provenance.
func writeXLSX(w io.Writer, r *resolved) error {
	f := excelize.NewFile()
	defer f.Close()
	styles := map[string]int{}
	for k, code := range xlsxFormats {
		c := code
		id, err := f.NewStyle(&excelize.Style{CustomNumFmt: &c})
		if err != nil {
			return err
		}
		styles[k] = id
	}
	head, err := f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true, Color: "#FFFFFF"},
		Fill:      excelize.Fill{Type: "pattern", Color: []string{"#7A1F1F"}, Pattern: 1},
		Alignment: &excelize.Alignment{Vertical: "center", WrapText: true},
	})
	if err != nil {
		return err
	}
	banner := r.syntheticBanner()
	warn, err := f.NewStyle(&excelize.Style{
		Font: &excelize.Font{Bold: true, Color: "#FFFFFF", Size: 12},
		Fill: excelize.Fill{Type: "pattern", Color: []string{"#B00020"}, Pattern: 1},
	})
	if err != nil {
		return err
	}
	used := map[string]bool{}
	for i, res := range r.results {
		name := sheetName(res.Section.Title, used)
		if i == 0 {
			if err := f.SetSheetName("Sheet1", name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(name); err != nil {
			return err
		}
		if err := writeSheet(f, name, res, styles, head, banner, warn); err != nil {
			return fmt.Errorf("sheet %s: %w", name, err)
		}
	}
	info := sheetName("Keterangan", used)
	if _, err := f.NewSheet(info); err != nil {
		return err
	}
	lines := [][2]string{{"Laporan", r.def.Title}, {"Parameter", r.subtitle()}, {"Keterangan", r.def.Description}}
	if banner != "" {
		lines = append([][2]string{{"PERINGATAN", banner}}, lines...)
	}
	lines = append(lines, r.provenanceLines()...)
	for i, l := range lines {
		if err := f.SetSheetRow(info, fmt.Sprintf("A%d", i+1), &[]any{l[0], l[1]}); err != nil {
			return err
		}
	}
	if err := f.SetColWidth(info, "A", "A", 22); err != nil {
		return err
	}
	if err := f.SetColWidth(info, "B", "B", 90); err != nil {
		return err
	}
	f.SetActiveSheet(0)
	return f.Write(w)
}

// writeSheet writes a section: a synthetic-data banner in row 1 when banner
// is set (so no one reads generated figures as real), then the header row,
// frozen, then the rows.
func writeSheet(f *excelize.File, sheet string, res Result, styles map[string]int, head int, banner string, warn int) error {
	res = res.shown()
	cols := res.Section.Columns
	widths := make([]int, len(cols))
	top := 1
	if banner != "" {
		if err := f.SetCellValue(sheet, "A1", banner); err != nil {
			return err
		}
		if err := f.SetRowStyle(sheet, 1, 1, warn); err != nil {
			return err
		}
		top = 2
	}
	for j, c := range cols {
		cell, _ := excelize.CoordinatesToCellName(j+1, top)
		if err := f.SetCellValue(sheet, cell, c.Header); err != nil {
			return err
		}
		widths[j] = utf8.RuneCountInString(c.Header)
	}
	if err := f.SetRowStyle(sheet, top, top, head); err != nil {
		return err
	}
	for i, row := range res.Rows {
		for j, c := range cols {
			cell, _ := excelize.CoordinatesToCellName(j+1, i+top+1)
			v := row[j]
			if v == nil {
				continue
			}
			if err := f.SetCellValue(sheet, cell, v); err != nil {
				return err
			}
			if _, isNum := toFloat(v); isNum && c.numeric() {
				if err := f.SetCellStyle(sheet, cell, cell, styles[xlsxStyle(c, v)]); err != nil {
					return err
				}
			}
			widths[j] = max(widths[j], utf8.RuneCountInString(c.Format(v)))
		}
	}
	for j, wdt := range widths {
		name, _ := excelize.ColumnNumberToName(j + 1)
		if err := f.SetColWidth(sheet, name, name, float64(min(wdt, 60)+3)); err != nil {
			return err
		}
	}
	first, _ := excelize.CoordinatesToCellName(1, top+1)
	return f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: top, TopLeftCell: first, ActivePane: "bottomLeft"})
}

// xlsxStyle picks the number format for a cell of column c.
func xlsxStyle(c Column, v any) string {
	switch c.Kind {
	case KindRupiah, KindPercent, KindYear:
		return c.Kind
	}
	if _, isInt := v.(int64); isInt && c.Decimals == nil {
		return "int"
	}
	if c.Decimals != nil && *c.Decimals == 0 {
		return "int"
	}
	return "dec"
}

// sheetName makes a unique, valid sheet name (at most 31 characters, none
// of : \ / ? * [ ]).
func sheetName(title string, used map[string]bool) string {
	clean := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`:\/?*[]`, r) {
			return '-'
		}
		return r
	}, title)
	if clean == "" {
		clean = "Bagian"
	}
	base := []rune(clean)
	if len(base) > 31 {
		base = base[:31]
	}
	name := string(base)
	for n := 2; used[strings.ToLower(name)]; n++ {
		suffix := fmt.Sprintf(" %d", n)
		b := base
		if len(b)+len(suffix) > 31 {
			b = b[:31-len(suffix)]
		}
		name = string(b) + suffix
	}
	used[strings.ToLower(name)] = true
	return name
}
