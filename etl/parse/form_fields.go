package parse

import (
	"fmt"
	"slices"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A fillable PDF form's fields dumped as text (pdftk's dump_data_fields):
// one block a field, "---" between, each naming the field and the value
// typed into it:
//
//	---
//	FieldType: Text
//	FieldName: kec02_l
//	FieldFlags: 0
//	FieldValue: 4120
//	FieldJustification: Right
//
// The table's row and column are in the field's name: its prefix the row
// ("kec02", "row3", "baris_4"), numbered, the rest the column ("l",
// "laki", "jml"); a prefix without a number that names a total ("tot",
// "total", "jumlah") is the total row. Read as it stands every field is a
// paragraph of labels. formFields turns the run of blocks into one TAB
// table through the vertical-record writer (vertWrite: line numbers never
// change, the notation as typed), the columns' names its header, so the
// table readers take and prove each row as any other (L + P = jumlah, the
// total the rows' sum). Fields of no row (the title, a check box, the
// date) are left out. Rows numbered out of order, rows of other columns,
// a total of a column no row has, or two sets of numbered rows leave the
// dump as written, reported.

// formField is one field of the dump: its name, value and first line.
type formField struct {
	name, val string
	at        int
}

// formFields rewrites the field dumps of a text; data itself when it
// holds none. Findings go to doc.
func formFields(doc *facts.Document, data []byte) []byte {
	if !docHas(doc, data, "FieldName: ") {
		return data
	}
	lines := strings.Split(string(data), "\n")
	var tables []vertTable
	for i := 0; i+1 < len(lines); i++ {
		if strings.TrimSpace(lines[i]) != "---" || !strings.HasPrefix(lines[i+1], "Field") {
			continue
		}
		fields, end := formBlocks(lines, i)
		if t, ok := formTable(doc, fields, i, end); ok {
			tables = append(tables, t)
		}
		i = max(i, end-1)
	}
	return vertWrite(doc, data, lines, tables)
}

// formBlocks reads the field blocks from the "---" at lines[i]; the fields
// and the line after the last block.
func formBlocks(lines []string, i int) ([]formField, int) {
	var out []formField
	k := i
	for k < len(lines) && strings.TrimSpace(lines[k]) == "---" {
		f := formField{at: k}
		k++
		for ; k < len(lines) && strings.HasPrefix(lines[k], "Field"); k++ {
			key, val, ok := strings.Cut(strings.TrimRight(lines[k], "\r"), ":")
			if !ok {
				break
			}
			switch key {
			case "FieldName":
				f.name = strings.TrimSpace(val)
			case "FieldValue":
				f.val = strings.TrimSpace(val)
			}
		}
		if f.name != "" {
			out = append(out, f)
		}
	}
	return out, k
}

// formRow is the row a field's name places it in: its prefix's stem
// ("kec"), number (3, -1 when none) and the column.
func formRow(name string) (stem string, num int, col string, ok bool) {
	k := strings.LastIndexAny(name, "_.")
	if k <= 0 || k == len(name)-1 {
		return "", 0, "", false
	}
	prefix, col := name[:k], name[k+1:]
	d := len(prefix)
	for d > 0 && prefix[d-1] >= '0' && prefix[d-1] <= '9' {
		d--
	}
	stem = strings.TrimRight(prefix[:d], "_.-")
	if stem == "" {
		return "", 0, "", false
	}
	if d == len(prefix) {
		return strings.ToLower(stem), -1, col, true
	}
	if len(prefix)-d > 4 {
		return "", 0, "", false
	}
	return strings.ToLower(stem), atoi(prefix[d:]), col, true
}

// formTotal: a prefix naming the table's total row.
func formTotal(stem string) bool {
	switch stem {
	case "tot", "total", "jumlah", "jml", "sum", "grand_total", "grandtotal":
		return true
	}
	return false
}

// formTable builds the table the fields of lines [from, to) stand for;
// ok false when they hold no numbered rows or do not make one table.
func formTable(doc *facts.Document, fields []formField, from, to int) (vertTable, bool) {
	t := vertTable{from: from, to: to}
	stems := map[string]int{} // numbered rows per stem
	for _, f := range fields {
		if stem, num, _, ok := formRow(f.name); ok && num >= 0 && !formTotal(stem) {
			stems[stem]++
		}
	}
	stem, many := "", 0
	for s, n := range stems {
		if n >= 2 {
			many++
			stem = s
		}
	}
	if many == 0 {
		return t, false
	}
	fail := func(why string) (vertTable, bool) {
		doc.Add(facts.Finding{Span: facts.Span{Start: from + 1, End: to}, Aturan: "tabel.tidak_dikenali", Tingkat: facts.Warning,
			Pesan: fmt.Sprintf("isian formulir baris %d-%d: %s; tidak dibaca", from+1, to, why)})
		return t, false
	}
	if many > 1 {
		return fail("lebih dari satu kelompok baris bernomor")
	}
	var cols []string
	var rows []map[string]string
	var nums, at []int
	total := map[string]string(nil)
	totalAt := -1
	for _, f := range fields {
		s, num, col, ok := formRow(f.name)
		switch {
		case !ok:
		case s == stem && num >= 0:
			if len(nums) == 0 || nums[len(nums)-1] != num {
				if len(nums) > 0 && num != nums[len(nums)-1]+1 {
					return fail(fmt.Sprintf("baris %s%d sesudah baris %d", stem, num, nums[len(nums)-1]))
				}
				nums = append(nums, num)
				rows = append(rows, map[string]string{})
				at = append(at, f.at)
			}
			r := rows[len(rows)-1]
			if _, dup := r[col]; dup {
				return fail("kolom " + col + " dua kali dalam satu baris")
			}
			if len(rows) == 1 {
				cols = append(cols, col)
			}
			r[col] = f.val
		case num < 0 && formTotal(s):
			if total == nil {
				total, totalAt = map[string]string{}, f.at
			}
			total[col] = f.val
		}
	}
	for n, r := range rows {
		if len(r) != len(cols) {
			return fail(fmt.Sprintf("baris %s%d mengisi %d kolom, baris pertama %d", stem, nums[n], len(r), len(cols)))
		}
		for _, c := range cols {
			if _, ok := r[c]; !ok {
				return fail(fmt.Sprintf("baris %s%d tanpa kolom %s", stem, nums[n], c))
			}
		}
	}
	for c := range total {
		if !slices.Contains(cols, c) {
			return fail("jumlah mengisi kolom " + c + " yang tidak ada pada baris")
		}
	}
	name := formNameColumn(cols)
	for _, c := range cols {
		h := exportHeader(c)
		if c == name {
			h = formNameHeader(stem, h)
		}
		t.header = append(t.header, h)
	}
	for n, r := range rows {
		row := make([]string, len(cols))
		for c, col := range cols {
			row[c] = r[col]
		}
		t.rows = append(t.rows, row)
		t.at = append(t.at, at[n])
	}
	if total != nil {
		row := make([]string, len(cols))
		for c, col := range cols {
			row[c] = total[col]
		}
		if name != "" {
			row[slices.Index(cols, name)] = "Jumlah" // the field's prefix says total; the cell no field fills
		}
		t.rows = append(t.rows, row)
		t.at = append(t.at, totalAt)
	}
	return t, true
}

// formNameColumn is the column naming each row's area: the first whose
// values are words, "" when none.
func formNameColumn(cols []string) string {
	for _, c := range cols {
		switch strings.ToLower(c) {
		case "nama", "name", "wilayah", "kecamatan", "kelurahan", "desa_kel", "uraian", "kec", "kel":
			return c
		}
	}
	return ""
}

// formNameHeader is the header of the name column: the area the row's
// stem names ("kec03" a kecamatan), else the column's own name.
func formNameHeader(stem, h string) string {
	switch {
	case strings.HasPrefix(stem, "kec"):
		return "Kecamatan"
	case strings.HasPrefix(stem, "kel") || strings.HasPrefix(stem, "desa"):
		return "Desa/Kelurahan"
	}
	return h
}
