package parse

import (
	"strings"
	"testing"
)

// TestHeaderRepeatedEveryFewRows: a house style that writes the table's
// header again after every few rows, with no page break before it. The
// copy is no row and no wrapped part of the row above (its "Kecamatan"
// would run on to that row's name); a header over two lines is repeated
// whole; casing may differ.
func TestHeaderRepeatedEveryFewRows(t *testing.T) {
	// kecamatan, desa, TPS, L, P, L+P
	kec := [][6]string{{"KODI", "25", "79", "10.645", "11.024", "21.669"}, {"KOTA TAMBOLAKA", "15", "63", "12.917", "13.622", "26.539"},
		{"LOURA", "17", "75", "15.261", "15.896", "31.157"}, {"WEWEWA TIMUR", "18", "60", "9.501", "9.777", "19.278"}}
	line := func(no string, k [6]string, desa bool) string {
		cells := append([]string{no}, k[:]...)
		if !desa {
			cells = append(cells[1:2], cells[3:]...)
		}
		return strings.Join(cells, "\t")
	}
	fact := func(k [6]string, desa bool) string {
		d := "<nil>"
		if desa {
			d = k[1]
		}
		return strings.Join([]string{"pemilu|2024|kecamatan", k[0], d, k[2], strings.ReplaceAll(k[3], ".", ""), strings.ReplaceAll(k[4], ".", ""), strings.ReplaceAll(k[5], ".", "")}, "|")
	}
	one := "No\tKecamatan\tDesa/Kel\tTPS\tLaki-laki\tPerempuan\tTotal"
	two := []string{"Kecamatan\tJumlah\tDPT\t\t", "\tTPS\tL\tP\tL+P"}
	var rows1, rows2, want1, want2 []string
	for i, k := range kec {
		if i == 2 {
			rows1 = append(rows1, one)
			rows2 = append(rows2, two...)
		}
		if i == 3 {
			rows1 = append(rows1, strings.ToUpper(one))
		}
		rows1 = append(rows1, line(string(rune('1'+i)), k, true))
		rows2 = append(rows2, line("", k, false))
		want1 = append(want1, fact(k, true))
		want2 = append(want2, fact(k, false))
	}
	const caption = "Tabel 3.5 DPT Pemilu 2024 per Kecamatan"
	checkDocs(t, []string{"dpt"}, []docCase{
		{"one header line repeated, once in capitals", append([]string{caption, "", one}, rows1...), map[string][]string{"dpt": want1}},
		{"a header over two lines repeated whole", append(append([]string{caption, ""}, two...), rows2...), map[string][]string{"dpt": want2}},
	})
}
