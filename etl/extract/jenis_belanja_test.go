package extract

import "testing"

// TestHeaderRowClasses: header lines that read as data rows before:
// jenis belanja codes as column titles ("51 | 52 | 53", "51 Pegawai") and
// titles carrying a footnote's mark ("Pagu³⁾"). A row with one code, or
// codes among values, stays a data row.
func TestHeaderRowClasses(t *testing.T) {
	tests := []struct {
		name  string
		cells []string
		want  bool
	}{
		{"jenis codes", []string{"No", "Kode", "Uraian", "51", "52", "53", "Jumlah Pagu", "Realisasi", "%"}, true},
		{"jenis codes with names", []string{"No", "Kode", "Uraian", "51 Pegawai", "52 Barang", "53 Modal", "Total Pagu", "Realisasi", "%"}, true},
		{"marked titles", []string{"Kode", "Program / Kegiatan", "Pagu³⁾", "Realisasi³⁾", "Sisa³⁾", "Serapan (%)"}, true},
		{"a numbered row", []string{"51", "Kecamatan Wewewa", "52", "12.345"}, false},
		{"one code", []string{"51", "Belanja Pegawai", "1.200.000", "1.100.000"}, false},
	}
	for _, tc := range tests {
		if got := isHeaderRow(tc.cells); got != tc.want {
			t.Errorf("%s: isHeaderRow %v, want %v", tc.name, got, tc.want)
		}
	}
}
