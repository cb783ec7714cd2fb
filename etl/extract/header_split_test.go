package extract

import (
	"strings"
	"testing"
)

// TestMendSplitHeader: a column title a PDF cut into several header cells
// over one column of values is joined again and the empty columns leave
// the rows; a column titled alone that no row fills, or a value beyond
// the header, leaves the table as written.
func TestMendSplitHeader(t *testing.T) {
	cases := []struct {
		name, text, header, row string
	}{
		{"words and weights of the titles in cells of their own",
			"Tahun\tyang\tDinilai\tPerencanaan\t(30)\tEvaluasi\tInternal\t(25)\tNilai\tPredikat\n2019\t\t\t17,35\t\t15,06\t\t\t58,31\tCC\n2020\t\t\t18,40\t\t14,67\t\t\t61,27\tB\n",
			"Tahun yang Dinilai|Perencanaan (30)|Evaluasi Internal (25)|Nilai|Predikat", "2020|18,40|14,67|61,27|B"},
		{"an election and its year",
			"Indikator\tPilkada\t2018\tPemilu\t2019\nPartisipasi pemilih\t74,86\t\t81,02\nPartisipasi perempuan\t77,43\t\t83,37\n",
			"Indikator|Pilkada 2018|Pemilu 2019", "Partisipasi perempuan|77,43|83,37"},
		{"a wrapped name: every line loses the empty columns",
			"No\tIndikator\tKinerja\tTarget\t(%)\tRealisasi\t(%)\n1\tPersentase partisipasi\t\t77,50\t\t80,94\n\tpemilih perempuan\n2\tOpini BPK\t\tWTP\t\tWTP\n",
			"No|Indikator Kinerja|Target (%)|Realisasi (%)", "2|Opini BPK|WTP|WTP"},
		{"an empty Keterangan column: as written",
			"No\tIndikator\tTarget\tRealisasi\tKeterangan\n1\tPartisipasi pemilih\t77,50\t80,94\n2\tOpini BPK\tWTP\tWTP\n",
			"No|Indikator|Target|Realisasi|Keterangan", "2|Opini BPK|WTP|WTP"},
		{"a value beyond the header: as written",
			"Indikator\tPilkada\t2018\nPartisipasi pemilih\t74,86\t\t81,02\nPartisipasi perempuan\t77,43\t\t83,37\n",
			"Indikator|Pilkada|2018", "Partisipasi perempuan|77,43||83,37"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tbl := tableWithHeader(t, c.text, c.header)
			if len(tbl.Rows) < 2 {
				t.Fatalf("%d rows", len(tbl.Rows))
			}
			last := tbl.Rows[len(tbl.Rows)-1]
			if got := strings.Join(last.Cells, "|"); got != c.row {
				t.Errorf("last row %q, want %q", got, c.row)
			}
			for _, l := range tbl.Rows[0].Lines() {
				if strings.HasSuffix(c.name, "as written") {
					break
				}
				if len(l) > len(tbl.Header[0].Cells) {
					t.Errorf("a line of %d cells under %d titles: %q", len(l), len(tbl.Header[0].Cells), l)
				}
			}
		})
	}
}

// TestFlattenRoleYears: roles over a row of years become one row of titles
// with their year; years under titles that do not line up (fewer cells, a
// year twice under one title) stay two rows.
func TestFlattenRoleYears(t *testing.T) {
	body := "1\tPartisipasi pemilih\t75,00\t80,00\t76,42\t82,17\t102,71\n2\tOpini BPK\tWTP\tWTP\tWTP\tWTP\t100,00\n"
	cases := []struct{ name, head, header string }{
		{"merged role cells", "No\tIndikator\tTarget\t\tRealisasi\t\tCapaian (%)\n\t\t2020\t2021\t2020\t2021\t2021\n",
			"No|Indikator|Target 2020|Target 2021|Realisasi 2020|Realisasi 2021|Capaian (%) 2021"},
		{"a column of its own beside the groups", "No\tIndikator\tPagu\t\tRealisasi\t\tKeterangan\n\t\t2020\t2021\t2020\t2021\n",
			"No|Indikator|Pagu 2020|Pagu 2021|Realisasi 2020|Realisasi 2021|Keterangan"},
		{"one run of years under its title: as written", "No\tIndikator\tRealisasi\t\t\tTarget\n\t\t2021\t2022\t2023\t\n",
			"No|Indikator|Realisasi|||Target / ||2021|2022|2023"},
		{"labels that do not line up: as written", "Indikator\tTarget Jangka Menengah\tRealisasi\n\t2020\t2021\t2022\t2023\t2024\t2024\n",
			"Indikator|Target Jangka Menengah|Realisasi / |2020|2021|2022|2023|2024|2024"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { tableWithHeader(t, "Tabel 3.1 Capaian\n\n"+c.head+body, c.header) })
	}
}

// tableWithHeader extracts text and checks that its last table's header
// reads header; it returns that table.
func tableWithHeader(t *testing.T, text, header string) Block {
	t.Helper()
	tbl, _ := lastTable(t, text)
	if got := headerText(tbl); got != header {
		t.Errorf("header %q, want %q", got, header)
	}
	return tbl
}
