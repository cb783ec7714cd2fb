package parse

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kpu-ntt/lkj/etl/extract"
)

// typed writes cells as a typist lines them up with the TAB key: before
// each cell as many TABs as it takes to reach its column's stop (8
// characters apart), at least one; an empty cell is skipped, its column
// only TABs.
func typed(stops []int, cells ...string) string {
	var b strings.Builder
	pos := 0
	for k, c := range cells {
		if c == "" {
			continue
		}
		if pos > 0 {
			b.WriteByte('\t')
			pos = pos/8*8 + 8
		}
		for pos < stops[k] {
			b.WriteByte('\t')
			pos = pos/8*8 + 8
		}
		b.WriteString(c)
		pos += utf8.RuneCountInString(c)
	}
	return b.String()
}

// TestTabStopTables: tables typed against 8-character tab stops, one to a
// dozen TABs between two cells, read by the column each cell starts at
// (made-up figures). A cell starting between two stops proves no column.
func TestTabStopTables(t *testing.T) {
	dpt := []int{0, 8, 32, 48, 56, 64, 72}
	ang := []int{0, 16, 80, 96, 112, 128}
	kom := []int{0, 8, 48, 56}
	checkDocs(t, []string{"dpt", "anggaran", "sakip_komponen"}, []docCase{{
		name: "DPT with dash village cells and a missing TPS",
		body: []string{"Tabel 3.5 DPT Pemilihan Tahun 2020 per Kecamatan", "",
			typed(dpt, "No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P"),
			typed(dpt, "1", "KOTA KALABAHI", "-", "31", "7.210", "7.400", "14.610"),
			typed(dpt, "2", "TELUK MUTIARA", "-", "", "6.050", "6.120", "12.170"),
			typed(dpt, "3", "PANTAR", "9", "12", "2.500", "2.560", "5.060"),
			typed(dpt, "", "JUMLAH", "-", "43", "15.760", "16.080", "31.840")},
		want: map[string][]string{"dpt": {"pilkada|2020|kecamatan|KOTA KALABAHI|<nil>|31|7210|7400|14610",
			"pilkada|2020|kecamatan|TELUK MUTIARA|<nil>|<nil>|6050|6120|12170",
			"pilkada|2020|kecamatan|PANTAR|9|12|2500|2560|5060",
			"pilkada|2020|kabupaten|Kabupaten Sikka|<nil>|43|15760|16080|31840"}},
	}, {
		name: "budget, codes and names of every length",
		body: []string{"Tabel 3.3 Realisasi Anggaran Tahun 2021", "",
			typed(ang, "Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa", "%"),
			typed(ang, "076.01.WA", "Program Dukungan Manajemen", "2.000.000.000", "1.940.000.000", "60.000.000", "97,00"),
			typed(ang, "3358", "Pengelolaan Sumber Daya Manusia", "500.000.000", "490.000.000", "10.000.000", "98,00"),
			typed(ang, "", "JUMLAH", "2.000.000.000", "1.940.000.000", "60.000.000", "97,00")},
		want: map[string][]string{"anggaran": {"076.01.WA|program||2021|2000000000|1940000000|60000000",
			"3358|kegiatan|076.01.WA|2021|500000000|490000000|10000000",
			"TOTAL|total||2021|2000000000|1940000000|60000000"}},
	}, {
		name: "SAKIP components, the longest name one TAB from its weight",
		body: []string{"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2020 per Komponen", "",
			typed(kom, "No", "Komponen", "Bobot", "Nilai"),
			typed(kom, "1", "Perencanaan Kinerja", "30,00", "19,80"),
			typed(kom, "2", "Pengukuran Kinerja", "30,00", "18,90"),
			typed(kom, "3", "Pelaporan Kinerja", "15,00", "10,20"),
			typed(kom, "4", "Evaluasi Akuntabilitas Kinerja Internal", "25,00", "14,60"),
			typed(kom, "", "Nilai Akhir", "100,00", "63,50")},
		want: map[string][]string{"sakip_komponen": {"2020|perencanaan|30|19.8", "2020|pengukuran|30|18.9",
			"2020|pelaporan|15|10.2", "2020|evaluasi_internal|25|14.6"}},
	}})
}

// TestTabStopsUnproven: a cell starting between two stops proves no
// column, and a table without TAB padding is no tab-stop table: both are
// left as the TABs cut them.
func TestTabStopsUnproven(t *testing.T) {
	dpt := []int{0, 8, 32, 48, 56, 64, 72}
	head := typed(dpt, "No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P")
	row := typed(dpt, "1", "PANTAR", "9", "12", "2.500", "2.560", "5.060")
	for _, tc := range []struct {
		name  string
		lines []string
		want  bool
	}{
		{"aligned", []string{head, row}, true},
		{"a cell between two stops", []string{head, row, "2\tLEMBUR\t\t\t\t-\t\t9\t1.000\t1.100\t2.100"}, false},
		{"one TAB a cell", []string{"No\tKecamatan\tL\tP\tL+P", "1\tLEMBUR\t1.000\t1.100\t2.100"}, false},
	} {
		blocks, err := extract.Text(doc(append([]string{"Tabel 3.5 DPT Pemilihan Tahun 2020 per Kecamatan", ""}, tc.lines...)...))
		if err != nil {
			t.Fatal(err)
		}
		for i := range blocks {
			if blocks[i].Kind == extract.Table {
				if _, ok := tabStops(&blocks[i]); ok != tc.want {
					t.Errorf("%s: tabStops = %v, want %v", tc.name, ok, tc.want)
				}
			}
		}
	}
}
