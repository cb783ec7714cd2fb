package parse

import (
	"fmt"
	"testing"
)

// TestAlignedDapilGroups: a space-aligned DPT table grouped by dapil
// ("DAPIL SUMBA TIMUR 1", "Dapil 2", "Daerah Pemilihan III" on lines of
// their own, at the margin or indented) with a subtotal per dapil. The
// headings are group lines, not the end of the table. A header padded by
// its own widths rather than over its columns is placed cell by cell
// when it has exactly as many cells as the body has columns; with a cell
// fewer it is not proven and nothing of the table loads.
func TestAlignedDapilGroups(t *testing.T) {
	row := func(no, name, desa, tps, l, p, lp string) string {
		return fmt.Sprintf("  %3s   %-28s %4s  %4s  %7s  %7s  %7s", no, name, desa, tps, l, p, lp)
	}
	body := func(h1, h2 string) []string {
		return []string{
			h1,
			row("1", "Kota Waingapu", "5", "25", "2.724", "2.644", "5.368"),
			row("2", "Kambera", "7", "29", "3.698", "3.677", "7.375"),
			row("", "Jumlah Dapil 1", "12", "54", "6.422", "6.321", "12.743"),
			h2,
			row("3", "Pandawai", "7", "23", "2.958", "2.976", "5.934"),
			row("4", "Haharu", "9", "18", "2.530", "2.442", "4.972"),
			row("", "Jumlah Dapil 2", "16", "41", "5.488", "5.418", "10.906"),
			row("", "KABUPATEN SIKKA", "28", "95", "11.910", "11.739", "23.649"),
		}
	}
	want := []string{
		"pemilu|2019|kecamatan|KOTA WAINGAPU|5|25|2724|2644|5368",
		"pemilu|2019|kecamatan|KAMBERA|7|29|3698|3677|7375",
		"pemilu|2019|kecamatan|PANDAWAI|7|23|2958|2976|5934",
		"pemilu|2019|kecamatan|HAHARU|9|18|2530|2442|4972",
		"pemilu|2019|kabupaten|Kabupaten Sikka|28|95|11910|11739|23649",
	}
	const caption = "Tabel 3.3 DPT Pemilu 2019 per Dapil dan Kecamatan"
	aligned := "   No   Dapil / Kecamatan            Desa   TPS        L        P      L+P"
	compact := "  No   Dapil / Kecamatan   Desa   TPS   L   P   L+P"
	short := "  No   Dapil / Kecamatan   Desa   TPS   L   P"
	var cases []docCase
	for _, c := range []struct {
		name, header, h1, h2 string
		rows                 []string // nil: nothing proven
	}{
		{"header over its columns, headings at the margin", aligned, "DAPIL SUMBA TIMUR 1", "DAPIL SUMBA TIMUR 2", want},
		{"compact header, headings at the margin", compact, "DAPIL SUMBA TIMUR 1", "DAPIL SUMBA TIMUR 2", want},
		{"compact header, Daerah Pemilihan in Roman numerals, indented", compact, "  Daerah Pemilihan I", "  Daerah Pemilihan II", want},
		{"a compact header with a cell fewer is not proven", short, "Dapil 1", "Dapil 2", nil},
	} {
		cases = append(cases, docCase{c.name, append([]string{caption, "", c.header}, body(c.h1, c.h2)...), map[string][]string{"dpt": c.rows}})
	}
	checkDocs(t, []string{"dpt"}, cases)
}
