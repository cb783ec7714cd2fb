package parse

import (
	"strconv"
	"strings"
	"testing"
)

// TestCellDrift: a PDF converter opened a column no one drew (made-up
// rows): a grade centred under Target fell into an empty-headed column
// left of it, a unit right of Satuan, a capaian under a header cut as
// "Capaian" | "(%)". Each goes back to the column its row leaves empty.
func TestCellDrift(t *testing.T) {
	type want struct{ target, realisasi, satuan, capaian string }
	first := "1\tPersentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu\t%\t\t100,00\t100,00\t100,00"
	for _, tc := range []struct {
		name, head, row string
		want            want
	}{
		{"grade right of Satuan", "No\tIndikator Kinerja\tSatuan\t\tTarget\tRealisasi\tCapaian (%)",
			"2\tNilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten\tPredikat\tB\t\tB\t100,00", want{"B", "B", "predikat", "100"}},
		{"opinion right of Satuan", "No\tIndikator Kinerja\tSatuan\t\tTarget\tRealisasi\tCapaian (%)",
			"2\tOpini BPK atas Laporan Keuangan\tOpini\tWTP\t\tWTP\t100,00", want{"WTP", "WTP", "opini", "100"}},
		{"unit left of Target", "No\tIndikator Kinerja\tSatuan\t\tTarget\tRealisasi\tCapaian (%)",
			"2\tPersentase pegawai yang mengikuti diklat\t\t%\t80,00\t84,00\t105,00", want{"80,00", "84,00", "persen", "105"}},
		{"capaian under its unit", "No\tIndikator Kinerja\tSatuan\t\tTarget\tRealisasi\tCapaian\t(%)",
			"2\tPersentase pegawai yang mengikuti diklat\t%\t\t80,00\t77,00\t\t96,25", want{"80,00", "77,00", "persen", "96.25"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, "Tabel 3.1 Pengukuran Kinerja Tahun 2024", tc.head, first, tc.row)
			if len(d.Capaian) != 2 {
				t.Fatalf("%d capaian rows, want 2", len(d.Capaian))
			}
			c := d.Capaian[1]
			got := want{c.TargetTeks, c.RealisasiTeks, c.Satuan, ""}
			if c.CapaianLapor != nil {
				got.capaian = strconv.FormatFloat(*c.CapaianLapor, 'f', -1, 64)
			}
			if got != tc.want {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

// TestCellDriftStays: a cell stays where it is when its column is one of
// its own (some row fills it and both neighbours), and when both
// neighbours are empty (which one it belongs to is unproven).
func TestCellDriftStays(t *testing.T) {
	head := "No\tIndikator Kinerja\tSatuan\t\tTarget\tRealisasi\tCapaian (%)"
	for _, tc := range []struct{ name, other, row string }{
		{"a column of its own", "3\tJumlah laporan yang disusun\tlaporan\tdokumen\t12\t12\t100,00",
			"2\tNilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten\tPredikat\tB\t\tB\t100,00"},
		{"both neighbours empty", "3\tJumlah laporan yang disusun\tlaporan\t\t12\t12\t100,00",
			"2\tNilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten\t\tB\t\tB\t100,00"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, "Tabel 3.1 Pengukuran Kinerja Tahun 2024", head, tc.other, tc.row)
			for _, c := range d.Capaian {
				if strings.HasPrefix(c.Indikator, "Nilai Evaluasi") && c.TargetTeks != "" {
					t.Errorf("target %q loaded from a cell that could be another column's", c.TargetTeks)
				}
			}
		})
	}
}
