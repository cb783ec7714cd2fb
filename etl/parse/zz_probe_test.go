package parse

import (
	"fmt"
	"testing"
)

func TestZZProbe(t *testing.T) {
	cases := [][]string{
		{"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tRealisasi 2024\tTarget 2024\tCapaian\tRealisasi 2023",
			"1\tNilai Keterbukaan Informasi Publik\t77,20\t75\t102,93%\t71,05",
			"2\tPersentase tersedianya sarana dan prasarana untuk memenuhi kebutuhan kerja Pegawai yang",
			"\tberfungsi dengan baik\t92%\t90%\t102,22%\t88%",
			"\tIndikator Kinerja Kegiatan",
			"3\tJumlah laporan sistem akuntansi dan pelaporan keuangan\t12 Laporan\t12 Laporan\t100%\t12 Laporan"},
		{"Tabel 3.2 Capaian Kinerja", "",
			"No\tSasaran Strategis\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
			"1\tMeningkatnya keterbukaan\tNilai Keterbukaan Informasi Publik\t75\t77,20\t102,93%",
			"\tIndikator Kinerja Kegiatan",
			"2\tTertib administrasi\tJumlah laporan sistem akuntansi dan pelaporan keuangan\t12 Laporan\t12 Laporan\t100%"},
		{"Tabel 3.3 Capaian Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tSatuan\tTahun 2023\t\tTahun 2024\t\t",
			"\t\t\tTarget\tRealisasi\tTarget\tRealisasi\tCapaian",
			"1\tNilai Keterbukaan Informasi Publik\tNilai\t70\t71,05\t75\t77,20\t102,93"},
	}
	for i, c := range cases {
		d := parseDoc(t, fmt.Sprint(i), c...)
		for _, x := range d.Capaian {
			fmt.Printf("%d CAP %s | %s | %d | %s / %s / %s\n", i, x.Tingkat, x.Indikator, x.Tahun, x.TargetTeks, x.RealisasiTeks, x.CapaianTeks)
		}
		for _, x := range d.CapaianSeri {
			fmt.Printf("%d SERI %s | %d %s %s\n", i, x.Indikator, x.Tahun, x.Jenis, x.Teks)
		}
		for _, f := range d.Findings {
			fmt.Printf("%d FIND %s %s\n", i, f.Aturan, f.Pesan)
		}
	}
}
