package extract

import (
	"reflect"
	"testing"
)

// TestFlatPageBreaks: a flattened table split by a page break (blank
// lines, a page number, running header or footer lines, the header
// repeated) is one table when the next part is proven to go on with it:
// the next row number, or, without numbers, a total that sums both parts
// after a page mark. Otherwise the parts are not joined, and rows that
// went on but fail are reported.
func TestFlatPageBreaks(t *testing.T) {
	part1 := []string{"1", "Ile Bura", "1.204", "1.300", "2.504", "2", "Titehena", "2.010", "2.115", "4.125"}
	tests := []struct {
		name     string
		text     []string
		tables   int // tables found
		rows     int // rows of the first
		labels   []string
		cells    []string // the cells of the row the break cut, when one did
		unproven bool
	}{
		{name: "numbered, one cell a line, running header and page number",
			text: cat([]string{"No", "Kecamatan", "L", "P", "L+P"}, part1,
				[]string{"", "Laporan Kinerja KPU Kabupaten Flores Timur 2023", "17", "",
					"3", "Demon Pagong", "980", "1.021", "2.001", "Jumlah", "4.194", "4.436", "8.630"}),
			tables: 1, rows: 4, labels: []string{"Ile Bura", "Titehena", "Demon Pagong", "Jumlah"}},
		{name: "no numbers, one cell a line, page number, a total that sums both parts",
			text: []string{"Kecamatan", "L", "P", "L+P", "Ile Bura", "1.204", "1.300", "2.504", "Titehena", "2.010", "2.115", "4.125",
				"", "17", "", "Demon Pagong", "980", "1.021", "2.001", "Jumlah", "4.194", "4.436", "8.630"},
			tables: 1, rows: 4, labels: []string{"Ile Bura", "Titehena", "Demon Pagong", "Jumlah"}},
		{name: "no numbers, repeated header after a footer",
			text: []string{"Kecamatan", "L", "P", "L+P", "Ile Bura", "1.204", "1.300", "2.504", "Titehena", "2.010", "2.115", "4.125",
				"", "LKj KPU Kab. Flores Timur 2023 hal. 17", "", "Kecamatan", "L", "P", "L+P",
				"Demon Pagong", "980", "1.021", "2.001", "Jumlah", "4.194", "4.436", "8.630"},
			tables: 1, rows: 4, labels: []string{"Ile Bura", "Titehena", "Demon Pagong", "Jumlah"}},
		{name: "numbered, space separated, a running footer",
			text: []string{"No Kecamatan L P L+P", "1 Ile Bura 1.204 1.300 2.504", "2 Titehena 2.010 2.115 4.125",
				"", "LKj KPU Kab. Flores Timur 2023 | hal. 17", "", "3 Demon Pagong 980 1.021 2.001", "Jumlah 4.194 4.436 8.630"},
			tables: 1, rows: 4, labels: []string{"Ile Bura", "Titehena", "Demon Pagong", "Jumlah"}},
		{name: "a form feed instead of blank lines: the running line inside the rows",
			text: cat([]string{"No", "Kecamatan", "L", "P", "L+P"}, part1,
				[]string{"\fLKj KPU Kab. Flores Timur 2023 | hal. 17",
					"3", "Demon Pagong", "980", "1.021", "2.001", "Jumlah", "4.194", "4.436", "8.630"}),
			tables: 1, rows: 4, labels: []string{"Ile Bura", "Titehena", "Demon Pagong", "Jumlah"}},
		{name: "a form feed, space separated, no numbers: the total sums both parts",
			text: []string{"Kecamatan L P L+P", "Ile Bura 1.204 1.300 2.504", "Titehena 2.010 2.115 4.125",
				"17", "\fLaporan Kinerja KPU Kabupaten Flores Timur", "Demon Pagong 980 1.021 2.001", "Jumlah 4.194 4.436 8.630"},
			tables: 1, rows: 4, labels: []string{"Ile Bura", "Titehena", "Demon Pagong", "Jumlah"}},
		{name: "a page line inside the rows, and what follows is no part: reported",
			text: cat([]string{"No", "Kecamatan", "L", "P", "L+P"}, part1,
				[]string{"LKj KPU Kab. Flores Timur 2023 | hal. 17", "Catatan", "pemilih baru", "1.200"}),
			tables: 1, unproven: true},
		{name: "no numbers, the total does not sum both parts: reported",
			text: []string{"Kecamatan", "L", "P", "L+P", "Ile Bura", "1.204", "1.300", "2.504", "Titehena", "2.010", "2.115", "4.125",
				"", "17", "", "Demon Pagong", "980", "1.021", "2.001", "Jumlah", "4.000", "4.436", "8.436"},
			tables: 1, unproven: true},
		{name: "numbered, one cell a line, a page break inside a record",
			text: cat([]string{"No", "Kecamatan", "L", "P", "L+P"}, part1,
				[]string{"3", "Demon Pagong", "", "\f", "", "980", "1.021", "2.001", "Jumlah", "4.194", "4.436", "8.630"}),
			tables: 1, rows: 4, labels: []string{"Ile Bura", "Titehena", "Demon Pagong", "Jumlah"},
			cells: []string{"3", "Demon Pagong", "980", "1.021", "2.001"}},
		{name: "no numbers, the first record cut after its label, a page number between",
			text: []string{"Komponen", "Bobot", "Nilai", "Perencanaan Kinerja", "", "17", "\f", "30", "19,10",
				"Pengukuran Kinerja", "30", "19,65", "Jumlah", "60", "38,75"},
			tables: 1, rows: 3, labels: []string{"Perencanaan Kinerja", "Pengukuran Kinerja", "Jumlah"},
			cells: []string{"Perencanaan Kinerja", "30", "19,10"}},
		{name: "the header run cut by a page break",
			text: []string{"Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "\f", "%",
				"WA", "Program Dukungan Manajemen", "2.790.640", "2.732.326", "58.314", "97,91",
				"3355", "Pengelolaan Keuangan dan BMN", "1.960.440", "1.922.871", "37.569", "98,08",
				"3360", "Operasional Perkantoran", "830.200", "809.455", "20.745", "97,50",
				"Jumlah", "2.790.640", "2.732.326", "58.314", "97,91"},
			tables: 1, rows: 4, labels: []string{"WA", "3355", "3360", "Jumlah"},
			cells: []string{"WA", "Program Dukungan Manajemen", "2.790.640", "2.732.326", "58.314", "97,91"}},
		{name: "a page break inside a record, and what follows does not complete it: reported",
			text: cat([]string{"No", "Kecamatan", "L", "P", "L+P"}, part1,
				[]string{"3", "Demon Pagong", "", "\f", "", "980", "1.021", "Jumlah", "4.194", "4.436", "8.630"}),
			tables: 1, unproven: true},
		{name: "the header run cut by a page break, and no table under it: text",
			text:   []string{"Kode", "Uraian", "Pagu", "\f", "Realisasi", "", "Anggaran direalisasikan menurut rencana."},
			tables: 0},
		{name: "no numbers, no page mark: the first part alone",
			text: []string{"Kecamatan", "L", "P", "L+P", "Ile Bura", "1.204", "1.300", "2.504", "Titehena", "2.010", "2.115", "4.125",
				"", "", "Demon Pagong", "980", "1.021", "2.001", "Jumlah", "4.194", "4.436", "8.630"},
			tables: 1, rows: 2, labels: []string{"Ile Bura", "Titehena"}},
	}
	for _, tc := range tests {
		ts := tables(t, lines(tc.text...))
		if len(ts) != tc.tables {
			t.Errorf("%s: %d tables, want %d: %+v", tc.name, len(ts), tc.tables, ts)
			continue
		}
		if tc.tables == 0 {
			continue
		}
		b := ts[0]
		if b.Unproven != tc.unproven {
			t.Errorf("%s: unproven %v, want %v", tc.name, b.Unproven, tc.unproven)
			continue
		}
		if tc.unproven {
			continue
		}
		var labels []string
		for _, r := range b.Rows {
			labels = append(labels, rowLabel(r.Cells))
		}
		if len(b.Rows) != tc.rows || !reflect.DeepEqual(labels, tc.labels) {
			t.Errorf("%s: rows %q, want %q", tc.name, labels, tc.labels)
		}
		if tc.cells != nil && !hasRow(b.Rows, tc.cells) {
			t.Errorf("%s: no row %q in %+v", tc.name, tc.cells, b.Rows)
		}
	}
}

func cat(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// rowLabel is the first cell that is neither empty nor a row number.
func rowLabel(cells []string) string {
	for _, c := range cells {
		if c != "" && rowNo(c) < 0 {
			return c
		}
	}
	return ""
}

func hasRow(rows []Row, cells []string) bool {
	for _, r := range rows {
		if reflect.DeepEqual(r.Cells, cells) {
			return true
		}
	}
	return false
}
