package parse

import (
	"strings"
	"testing"
)

// A DPT table whose name column is headed by the abbreviation "Kec." and
// whose sexes are "Pria"/"Wanita" (dev38 Timor Tengah Utara): the header
// row had too few known words to be one (extract/table.go's vocabulary), so
// dpt_short_heads.go never saw it; with it, that reader proves the rows
// (L + P = total) under a caption naming the DPT.
func TestDPTKecHeader(t *testing.T) {
	tests := []struct {
		name   string
		header string
		rows   []string
		want   map[string][3]int64 // wilayah → L, P, L+P
	}{
		{"pria wanita", "No\tKec.\tDesa\tTPS\tPria\tWanita\tPria+Wanita",
			[]string{"1\tALOK\t10\t40\t5.100\t5.300\t10.400", "2\tNITA\t12\t30\t4.000\t4.200\t8.200", "\tTOTAL SIKKA\t22\t70\t9.100\t9.500\t18.600"},
			map[string][3]int64{"ALOK": {5100, 5300, 10400}, "NITA": {4000, 4200, 8200}, "KABUPATEN SIKKA": {9100, 9500, 18600}}},
		{"letters", "Kec.\tTPS\tL\tP\tL+P",
			[]string{"Alok Timur\t21\t3.001\t3.002\t6.003", "Magepanda\t9\t1.500\t1.400\t2.900", "Jumlah\t30\t4.501\t4.402\t8.903"},
			map[string][3]int64{"ALOK TIMUR": {3001, 3002, 6003}, "MAGEPANDA": {1500, 1400, 2900}, "KABUPATEN SIKKA": {4501, 4402, 8903}}},
	}
	for _, tc := range tests {
		body := append([]string{"DPT Pemilu 2024 per kecamatan:", "", "Tabel 3.4 Rekapitulasi DPT Pemilu 2024", "", tc.header}, tc.rows...)
		d, err := Text("sikka.txt", doc(body...))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		got := map[string][3]int64{}
		for _, r := range d.DPT {
			if r.Pemilihan != "pemilu" || r.Tahun != 2024 {
				t.Errorf("%s: %s %d, want pemilu 2024", tc.name, r.Pemilihan, r.Tahun)
			}
			got[strings.ToUpper(r.Wilayah)] = [3]int64{i64(r.PemilihL), i64(r.PemilihP), i64(r.PemilihTotal)}
		}
		if len(got) != len(tc.want) {
			t.Errorf("%s: %d rows %v, want %v", tc.name, len(got), got, tc.want)
		}
		for k, v := range tc.want {
			if got[k] != v {
				t.Errorf("%s: %s = %v, want %v", tc.name, k, got[k], v)
			}
		}
	}
	// look-alike: "Kec." over a list of offices and their staff, no voters
	d, err := Text("sikka.txt", doc("Tabel 2.1 Sebaran PPK", "", "No\tKec.\tAlamat Sekretariat\tAnggota", "1\tALOK\tJl. Kesehatan 3\t5"))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.DPT) != 0 {
		t.Errorf("look-alike: %d DPT rows, want none", len(d.DPT))
	}
}

// An RB result opening its paragraph with the abbreviation: the word scan
// looked for " rb " with a space before it.
func TestRBParagraphOpens(t *testing.T) {
	for _, s := range []string{
		"RB tahun 2024 dinilai 24,18 dari bobot 36,30 (66,61%).",
		"RB 2024: 24,18 dari 36,30 (66,61%).",
	} {
		d, err := Text("sikka.txt", doc("BAB III", "", s))
		if err != nil {
			t.Fatal(err)
		}
		if len(d.RB) != 1 || d.RB[0].Tahun != 2024 || *d.RB[0].Nilai != 24.18 || *d.RB[0].Bobot != 36.30 || *d.RB[0].Persen != 66.61 {
			t.Errorf("%q: RB %+v", s, d.RB)
		}
	}
	// "RBA" (a tool's name) opens no RB result
	d, _ := Text("sikka.txt", doc("BAB III", "", "RBA tahun 2024 dinilai 24,18 dari bobot 36,30 (66,61%)."))
	if len(d.RB) != 0 {
		t.Errorf("RBA: %+v", d.RB)
	}
}
