package parse

import (
	"fmt"
	"testing"
)

// TestCapaianMeasuredLevel: a kegiatan indicator that the top-level
// measurement table (no level stated) measures with its own target and
// realisation stays at that table's level beside its row in a stated
// "Indikator Kinerja Kegiatan" table; a Perjanjian Kinerja row that only
// states the target still takes the stated level, to meet its realisation.
func TestCapaianMeasuredLevel(t *testing.T) {
	const k = "Jumlah laporan sistem akuntansi dan pelaporan keuangan"
	ikk := []string{"", "Indikator Kinerja Kegiatan", "", "No\tKegiatan\tIndikator Kinerja Kegiatan\tSatuan\tTarget\tRealisasi\tCapaian",
		"1\tPengelolaan Keuangan dan Barang Milik Negara\t" + k + "\tLaporan\t14\t14\t100,00%"}
	tests := []struct {
		name string
		body []string
		want []string
	}{
		{"measured in both tables: both levels", append([]string{"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian", "1\t" + k + "\tLaporan\t14\t14\t100,00%"}, ikk...),
			[]string{"sasaran_strategis|14|14", "sasaran_kegiatan|14|14"}},
		{"a PK target only: the stated level", append([]string{"Tabel 2.1 Perjanjian Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tSatuan\tTarget", "1\t" + k + "\tLaporan\t14"}, ikk...),
			[]string{"sasaran_kegiatan|14|<nil>", "sasaran_kegiatan|14|14"}},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body...)
		var got []string
		for _, c := range d.Capaian {
			got = append(got, fmt.Sprintf("%s|%s|%s", c.Tingkat, nv(c.TargetNilai), nv(c.RealisasiNilai)))
		}
		wantRows(t, tc.name, got, tc.want)
	}
}
