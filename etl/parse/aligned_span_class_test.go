package parse

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// padCells lays TAB rows out as a layout export does: each column as wide
// as its widest cell, figures right-aligned, words left-aligned, three
// spaces between columns. nil rows stay blank lines.
func padCells(rows [][]string) []string {
	var width []int
	for _, r := range rows {
		for c, v := range r {
			if c >= len(width) {
				width = append(width, 0)
			}
			width[c] = max(width[c], utf8.RuneCountInString(v))
		}
	}
	out := make([]string, len(rows))
	for k, r := range rows {
		cells := make([]string, len(width))
		for c := range cells {
			v := ""
			if c < len(r) {
				v = r[c]
			}
			pad := strings.Repeat(" ", width[c]-utf8.RuneCountInString(v))
			if v != "" && strings.Trim(v, "0123456789.") == "" {
				cells[c] = pad + v
			} else {
				cells[c] = v + pad
			}
		}
		out[k] = strings.TrimRight("  "+strings.Join(cells, "   "), " ")
	}
	return out
}

// TestAlignedSpanningElections: one space-aligned kecamatan table holding
// two elections side by side under two spanning headings ("DPT PEMILU
// 2024", "DPT PEMILIHAN 2024"), each written left-aligned over its
// group's first column (TPS). Each heading owns the columns from its own
// to the next heading's, as a merged cell: every row gives both
// elections, and the part after a page break (header repeated without the
// headings) continues them. A part read alone, whose two sets of L / P
// columns no heading parts, loads nothing (dpt.kolom_ganda): taking the
// first set would give one election the other's figures.
func TestAlignedSpanningElections(t *testing.T) {
	hdr := []string{"No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P", "TPS", "L", "P", "L+P"}
	span := []string{"", "", "", "DPT PEMILU 2024", "", "", "", "DPT PEMILIHAN 2024"}
	r1 := []string{"1", "NOEMUTI", "12", "40", "6.100", "6.200", "12.300", "25", "6.150", "6.260", "12.410"}
	r2 := []string{"2", "BIBOKI", "9", "31", "4.010", "4.120", "8.130", "20", "4.030", "4.150", "8.180"}
	r3 := []string{"3", "INSANA", "7", "28", "3.500", "3.600", "7.100", "18", "3.520", "3.610", "7.130"}
	want := []string{
		"pemilu|2024|kecamatan|NOEMUTI|12|40|6100|6200|12300", "pemilu|2024|kecamatan|BIBOKI|9|31|4010|4120|8130",
		"pemilu|2024|kecamatan|INSANA|7|28|3500|3600|7100",
		"pilkada|2024|kecamatan|NOEMUTI|12|25|6150|6260|12410", "pilkada|2024|kecamatan|BIBOKI|9|20|4030|4150|8180",
		"pilkada|2024|kecamatan|INSANA|7|18|3520|3610|7130",
	}
	const caption = "Tabel 3.6 DPT Pemilu dan Pemilihan 2024 per Kecamatan"
	whole := padCells([][]string{span, hdr, r1, r2, r3})
	first := padCells([][]string{span, hdr, r1, r2})
	rest := padCells([][]string{hdr, r3})
	cases := []docCase{
		{"headings over the groups' first columns", append([]string{caption, ""}, whole...), map[string][]string{"dpt": want}},
		{"split by a page break, the header again without the headings",
			append(append(append([]string{caption, ""}, first...), "", "Halaman 24", "\f"), rest...), map[string][]string{"dpt": want}},
		{"no heading parts the two sets", append([]string{caption, ""}, padCells([][]string{hdr, r1, r2, r3})...), map[string][]string{"dpt": nil}},
	}
	checkDocs(t, []string{"dpt"}, cases)
	if d := parseDoc(t, "no heading", cases[2].body...); !hasRule(d, "dpt.kolom_ganda") {
		t.Errorf("no heading parts the two sets: no finding dpt.kolom_ganda")
	}
}
