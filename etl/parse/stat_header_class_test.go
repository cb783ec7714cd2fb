package parse

import (
	"strings"
	"testing"
)

// TestStatHeaderTables: a statistics package's table pasted as text into a
// report whose other tables hold TABs: space-aligned, the header over
// several lines (variable labels, a group label over its categories, then
// the statistic of every column), the row dimension alone on a line or
// beside the labels, `|` bars between column groups, rules of `-` or `=`,
// the tool's Total row. Sums, and counts of a group's categories with their
// Total, are read; a mean, a count of a variable of its own or figures in
// a grouped notation leave the table as text.
func TestStatHeaderTables(t *testing.T) {
	// at writes each cell right-aligned to end at its column
	at := func(cells ...any) string {
		b := []rune(strings.Repeat(" ", 90))
		for k := 0; k+1 < len(cells); k += 2 {
			end, s := cells[k].(int), []rune(cells[k+1].(string))
			copy(b[end-len(s)+1:], s)
		}
		return strings.TrimRight(string(b), " ")
	}
	// bar draws SPSS's `|` between column groups at column c
	bar := func(c int, ls ...string) []string {
		for k, l := range ls {
			r := []rune(l + strings.Repeat(" ", 90))
			r[c] = '|'
			ls[k] = strings.TrimRight(string(r), " ")
		}
		return ls
	}
	tabTable := []string{"Tabel 3.1 Capaian Kinerja", "", "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
		"1\tPersentase arsip tertata\t90,00\t92,00\t102,22", ""}
	row5 := func(name, d, tps, l, p, j string) string {
		return at(2+len(name)-1, name, 29, d, 41, tps, 55, l, 67, p, 79, j)
	}
	spss := append(append([]string{}, tabTable...),
		"Tabel 3.5 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
		"CTABLES /TABLE kec [C] BY desa [SUM] + tps [SUM] + jk [C][COUNT].", "", "Custom Tables", "",
		"Daftar Pemilih Tetap menurut Kecamatan", strings.Repeat("-", 80))
	spss = append(spss, bar(44,
		at(29, "Jml Desa", 41, "Jml TPS", 67, "Jenis Kelamin Pemilih", 79, "Total"),
		at(55, "Laki-laki", 67, "Perempuan"),
		at(29, "Sum", 41, "Sum", 55, "Count", 67, "Count", 79, "Count"),
		strings.Repeat("-", 80), "Kecamatan",
		row5("PAGA", "17", "40", "6120", "6385", "12505"),
		row5("MEGO", "10", "31", "5102", "5230", "10332"),
		row5("LELA", "9", "25", "4011", "4157", "8168"),
		strings.Repeat("-", 80),
		row5("Total", "36", "96", "15233", "15772", "31005"),
		strings.Repeat("-", 80))...)
	spss = append(spss, "", "Sumber: data pemilih, diolah.")
	spssWant := []string{"pemilu|2024|kecamatan|PAGA|17|40|6120|6385|12505", "pemilu|2024|kecamatan|MEGO|10|31|5102|5230|10332",
		"pemilu|2024|kecamatan|LELA|9|25|4011|4157|8168", "pemilu|2024|kabupaten|Kabupaten Sikka|36|96|15233|15772|31005"}

	row4 := func(name string, v ...string) string {
		return at(2+len(name)-1, name, 29, v[0], 41, v[1], 53, v[2], 65, v[3])
	}
	// stats: the statistic row; labels: the header lines above it
	plain := func(caption string, labels []string, stats string, rule string, rows ...string) []string {
		out := append(append([]string{}, tabTable...), caption, "", strings.Repeat(rule, 70))
		out = append(append(out, labels...), stats, strings.Repeat(rule, 70))
		return append(append(out, rows...), strings.Repeat(rule, 70), "")
	}
	nCap := "Tabel 4.2 DPT Pemilihan Bupati dan Wakil Bupati Tahun 2020"
	nLabels := []string{at(8, "Kecamatan", 29, "TPS", 51, "Jenis Kelamin", 65, "Jumlah"), at(41, "L", 53, "P")}
	nRows := []string{row4("WAIGETE", "30", "5011", "5120", "10131"), row4("TALIBURA", "28", "4820", "4903", "9723"),
		row4("WAIBLAMA", "14", "2210", "2301", "4511"), row4("Total", "72", "12041", "12324", "24365")}
	nWant := []string{"pilkada|2020|kecamatan|WAIGETE|<nil>|30|5011|5120|10131", "pilkada|2020|kecamatan|TALIBURA|<nil>|28|4820|4903|9723",
		"pilkada|2020|kecamatan|WAIBLAMA|<nil>|14|2210|2301|4511", "pilkada|2020|kabupaten|Kabupaten Sikka|<nil>|72|12041|12324|24365"}
	sCap := "Tabel 3.4 Rekapitulasi DPT Pemilu 2019"
	sLabels := []string{at(29, "Jumlah", 41, "Pemilih", 53, "Pemilih", 65, "Jumlah"),
		at(13, "Nama Kecamatan", 29, "TPS", 41, "Laki-laki", 53, "Perempuan", 65, "Pemilih")}
	sRows := []string{row4("NITA", "35", "6001", "6102", "12103"), row4("MAGEPANDA", "20", "3050", "3111", "6161"),
		row4("Jumlah", "55", "9051", "9213", "18264")}
	sWant := []string{"pemilu|2019|kecamatan|NITA|<nil>|35|6001|6102|12103", "pemilu|2019|kecamatan|MAGEPANDA|<nil>|20|3050|3111|6161",
		"pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|55|9051|9213|18264"}
	grouped := append([]string{}, sRows...)
	grouped[0] = row4("NITA", "35", "6,001", "6,102", "12,103")
	checkDocs(t, []string{"dpt"}, []docCase{
		{"custom tables: syntax echoed, bars, the row dimension on its own line", spss, map[string][]string{"dpt": spssWant}},
		{"N under a group's categories, the row dimension beside the labels, = rules",
			plain(nCap, nLabels, at(29, "Sum", 41, "N", 53, "N", 65, "N"), "=", nRows...), map[string][]string{"dpt": nWant}},
		{"sums only, labels wrapped over two lines", plain(sCap, sLabels, at(29, "Sum", 41, "Sum", 53, "Sum", 65, "Sum"), "-", sRows...),
			map[string][]string{"dpt": sWant}},
		{"a mean is no amount: the table stays text",
			plain(sCap, sLabels, at(29, "Mean", 41, "Sum", 53, "Sum", 65, "Sum"), "-", sRows...), nil},
		{"a count of a variable of its own counts records: the table stays text",
			plain(sCap, sLabels, at(29, "Sum", 41, "Count", 53, "Count", 65, "Count"), "-", sRows...), nil},
		{"figures grouped in the tool's notation: the table stays text",
			plain(sCap, sLabels, at(29, "Sum", 41, "Sum", 53, "Sum", 65, "Sum"), "-", grouped...), nil},
	})
}
