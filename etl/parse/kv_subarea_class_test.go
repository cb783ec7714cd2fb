package parse

import (
	"strings"
	"testing"
)

// TestKVRecordNeverKabupatenOfSubArea: a lone "key : value" record of a
// voter roll is the satker's own totals only when nothing names it an area
// below the kabupaten. A record titled by a kecamatan or its PPK ("Ketua PPK
// Kecamatan Kupang", its name maybe cut by a wrap: "Kupang" / "Tengah") is
// never the kabupaten row; and records printed side by side (box labels two
// across: "20        TPS       : 56") are no column of one record's fields,
// so no line's value is read with its neighbour's field glued on. The
// kabupaten's own record (titled by the kabupaten, or counting all its
// kecamatan) still loads.
func TestKVRecordNeverKabupatenOfSubArea(t *testing.T) {
	head := func(kab string) []string {
		return []string{"LAPORAN KINERJA KPU KABUPATEN " + strings.ToUpper(kab) + " TAHUN 2023", "",
			"Sekretaris KPU Kabupaten " + kab, "", "Tabel 3.4 Rekapitulasi DPT Pemilu 2024", ""}
	}
	cases := []struct {
		name string
		body []string
		want []string
	}{{
		name: "a PPK's record whose kecamatan begins with the kabupaten's name, cut by a wrap",
		body: append(head("Kupang"), "Kepada Yth. Ketua PPK Kecamatan Kupang", "Tengah", "Desa/Kel  : 20", "TPS       : 38",
			"Laki-laki : 6717", "Perempuan : 7128", "Jumlah    : 13845"),
	}, {
		name: "a kecamatan's record titled Kec., the name whole",
		body: append(head("Ende"), "Kec. Ende Selatan", "Jumlah TPS : 41", "Pemilih Laki-laki : 5.010",
			"Pemilih Perempuan : 5.220", "Jumlah Pemilih : 10.230"),
	}, {
		name: "two records side by side, the left name wrapped",
		body: append(head("Ngada"),
			"SALINAN DPT                              SALINAN DPT",
			"Ketua PPK Kecamatan Ngada                Ketua PPK Kecamatan Golewa",
			"Selatan                                  Desa/Kel  : 14",
			"Desa/Kel  : 20                           TPS       : 56",
			"TPS       : 38                           Laki-laki : 6757",
			"Laki-laki : 6717                         Perempuan : 6979",
			"Perempuan : 7128                         Jumlah    : 13736",
			"Jumlah    : 13845"),
	}, {
		name: "two records side by side without titles",
		body: append(head("Sikka"),
			"Desa/Kel  : 20          Desa/Kel  : 14",
			"TPS       : 38          TPS       : 56",
			"Laki-laki : 6717        Laki-laki : 6757",
			"Perempuan : 7128        Perempuan : 6979",
			"Jumlah    : 13845       Jumlah    : 13736"),
	}, {
		name: "the kabupaten's own record still loads",
		body: append(head("Manggarai Barat"), "Kabupaten Manggarai Barat", "Desa/Kel  : 169", "TPS       : 612",
			"Laki-laki : 101220", "Perempuan : 106415", "Jumlah    : 207635"),
		want: []string{"pemilu|2024|kabupaten|Kabupaten Manggarai Barat|169|612|101220|106415|207635"},
	}, {
		name: "a record counting all the kecamatan is the kabupaten's",
		body: append(head("Sikka"), "Rekapitulasi 21 Kecamatan", "Desa/Kel  : 160", "TPS       : 580",
			"Laki-laki : 101220", "Perempuan : 106415", "Jumlah    : 207635"),
		want: []string{"pemilu|2024|kabupaten|Kabupaten Sikka|160|580|101220|106415|207635"},
	}}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc2(t, tc.name, tc.body)
			wantRows(t, "dpt", factRows["dpt"](d), tc.want)
		})
	}
}

// TestKVSideBySideFinding: records printed side by side are refused as a
// column of records (above), and the refusal is said: tabel.tidak_dikenali
// over the paragraph, never a silent loss; a paragraph of one record a line
// ("key : value" with a note after a wide gap on one line only) is read as
// before and raises no such finding.
func TestKVSideBySideFinding(t *testing.T) {
	head := []string{"LAPORAN KINERJA KPU KABUPATEN ALOR TAHUN 2019", "", "Sekretaris KPU Kabupaten Alor", "",
		"Tabel 3.4 Rekapitulasi DPT Pemilu 2019", ""}
	cases := []struct {
		name string
		body []string
		want bool
	}{
		{"two records across", []string{"Kec. Kabola              Kec. Pantar", "TPS       : 38          TPS       : 56",
			"L         : 6717        L         : 6757", "P         : 7128        P         : 6979", "L+P       : 13845       L+P       : 13736"}, true},
		{"three records across, TAB-free", []string{"Desa : 9     Desa : 12     Desa : 7", "TPS : 31     TPS : 40     TPS : 22",
			"Jumlah Pemilih : 6595     Jumlah Pemilih : 10015     Jumlah Pemilih : 4120"}, true},
		{"one record a line", []string{"Kabupaten Alor", "Desa/Kel  : 175", "TPS       : 612", "Laki-laki : 101220",
			"Perempuan : 106415", "Jumlah    : 207635"}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc2(t, tc.name, append(append([]string{}, head...), tc.body...))
			got := false
			for _, f := range d.Findings {
				got = got || f.Aturan == "tabel.tidak_dikenali" && strings.Contains(f.Pesan, "berdampingan")
			}
			if got != tc.want {
				t.Errorf("side-by-side finding %v, want %v (findings %v)", got, tc.want, d.Findings)
			}
		})
	}
}
