package parse

import (
	"fmt"
	"sort"
	"testing"
)

// TestCapaianJoinedBudgetHalf: one table joins the indicators (left) and
// the kegiatan that fund them (right: Program, Kegiatan, Pagu, Realisasi).
// The right half's "Kegiatan" names the budget lines, not the indicators'
// level, and its Realisasi never fills the indicators' realisation; a level
// the indicator column or the caption states still holds.
func TestCapaianJoinedBudgetHalf(t *testing.T) {
	const (
		partisipasi = "Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan"
		gaji        = "Persentase pembayaran gaji dan tunjangan yang tepat waktu"
		gedung      = "Persentase Gedung dan Gudang KPU Kabupaten yang berfungsi dengan baik"
	)
	tests := []struct {
		name string
		body []string
		want []string
	}{
		{"matrix with program, kegiatan, pagu and realisasi anggaran", []string{
			"Tabel 3.4 Kinerja dan Anggaran Tahun 2024", "",
			"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)\tProgram\tKegiatan\tUraian Kegiatan\tPagu\tRealisasi Anggaran\tSerapan (%)",
			"1\t" + partisipasi + "\t77,50\t81,20\t104,77\t076.01.CQ\t6709\tSosialisasi Pemilih\t640.200.000\t611.900.000\t95,58",
			"2\t" + gedung + "\t90,00\t95,00\t105,56\t076.01.WA\t3360\tOperasional Kantor\t1.210.000.000\t1.180.500.000\t97,56",
			"\t\t\t\t\t\t\tJUMLAH\t1.850.200.000\t1.792.400.000\t96,88",
		}, []string{"sasaran_strategis|" + partisipasi + "|77.5|81.2", "sasaran_strategis|" + gedung + "|90|95"}},
		{"kegiatan and anggaran columns with target and realisasi again", []string{
			"Tabel 3.2 Capaian Indikator dan Dukungan Anggaran 2022", "",
			"Indikator\tTarget\tRealisasi\tKegiatan Pendukung\tAnggaran\tTarget\tRealisasi\t%",
			partisipasi + "\t80\t76,4\tFasilitasi Partisipasi Masyarakat\t312.000.000\t312.000.000\t298.750.000\t95,75",
			gaji + "\t100\t100\tDukungan Manajemen Satker\t2.400.000.000\t2.400.000.000\t2.376.100.000\t99,00",
		}, []string{"sasaran_strategis|" + partisipasi + "|80|76.4", "sasaran_strategis|" + gaji + "|100|100"}},
		{"the indicator column names the kegiatan level", []string{
			"Tabel 3.6 Pengukuran Kinerja dan Anggaran 2023", "",
			"No\tIndikator Kinerja Kegiatan\tTarget\tRealisasi\tCapaian\tKegiatan\tPagu\tRealisasi",
			"1\t" + gaji + "\t100\t98\t98,00\tPengelolaan Keuangan\t905.000.000\t880.300.000",
		}, []string{"sasaran_kegiatan|" + gaji + "|100|98"}},
		{"the indicator column right of the measures names the level", []string{
			"Tabel 3.3 Hasil Pengukuran 2020", "",
			"Target\tRealisasi\tCapaian (%)\tIndikator Kinerja Kegiatan",
			"100\t97\t97,00\t" + gaji,
		}, []string{"sasaran_kegiatan|" + gaji + "|100|97"}},
		{"the caption names the kegiatan level", []string{
			"Tabel 3.7 Indikator Kinerja Kegiatan dan Anggarannya Tahun 2021", "",
			"No\tIndikator\tTarget\tRealisasi\tProgram\tKegiatan\tPagu\tRealisasi",
			"1\t" + gedung + "\t85\t88\t076.01.WA\tOperasional Kantor\t722.000.000\t700.410.000",
		}, []string{"sasaran_kegiatan|" + gedung + "|85|88"}},
	}
	for _, tc := range tests {
		body := append([]string{"BAB III", "AKUNTABILITAS KINERJA", ""}, tc.body...)
		d := parseDoc(t, tc.name, append(body, "", "Sumber: Subbagian Program dan Data.", "")...)
		var got []string
		for _, c := range d.Capaian {
			got = append(got, fmt.Sprintf("%s|%s|%s|%s", c.Tingkat, c.Indikator, nv(c.TargetNilai), nv(c.RealisasiNilai)))
		}
		wantRows(t, tc.name, got, tc.want)
	}
}

// TestCapaianBrokenWord: a word a narrow cell broke inside, read with a
// space at the line end ("Pengelo laan"), is joined back when only the join
// is a catalogue word; real words beside each other stay apart.
func TestCapaianBrokenWord(t *testing.T) {
	tests := []struct{ name, cell, want string }{
		{"broken inside a long word", "Persentase KPU Kabupaten yang Patuh dan Tertib dalam Pengelo laan Barang Milik Negara yang Material",
			"Persentase KPU Kabupaten yang Patuh dan Tertib dalam Pengelolaan Barang Milik Negara yang Material"},
		{"broken after the first syllables", "Persentase Pejabat Perbenda haraan yang menyelesaikan pertanggungjawaban penggunaan anggaran sesuai ketentuan",
			"Persentase Pejabat Perbendaharaan yang menyelesaikan pertanggungjawaban penggunaan anggaran sesuai ketentuan"},
		{"whole words stay apart", "Persentase sarana transportasi untuk mendukung kinerja pegawai yang berfungsi dengan baik",
			"Persentase sarana transportasi untuk mendukung kinerja pegawai yang berfungsi dengan baik"},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, "BAB III", "AKUNTABILITAS KINERJA", "", "Tabel 3.1 Pengukuran Kinerja Tahun 2022", "",
			"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian", "1\t"+tc.cell+"\t100\t100\t100,00", "")
		var got []string
		for _, c := range d.Capaian {
			got = append(got, c.Indikator)
		}
		wantRows(t, tc.name, got, []string{tc.want})
	}
}

// TestJoinedBudgetHalfRows: the right half of a joined table is read as
// the budget table it is, its kegiatan under their program and its total.
func TestJoinedBudgetHalfRows(t *testing.T) {
	const ind = "Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan"
	for _, tc := range []struct {
		name string
		body []string
		want []string
	}{
		{"program, kegiatan code, name, pagu, realisasi", []string{
			"Tabel 3.4 Kinerja dan Anggaran Tahun 2024", "",
			"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)\tProgram\tKegiatan\tUraian Kegiatan\tPagu\tRealisasi Anggaran\tSerapan (%)",
			"1\t" + ind + "\t77,50\t81,20\t104,77\t076.01.CQ\t6709\tSosialisasi Pemilih\t640.200.000\t611.900.000\t95,58",
			"2\tPersentase Gedung dan Gudang KPU Kabupaten yang berfungsi dengan baik\t90,00\t95,00\t105,56\t076.01.WA\t3360\tOperasional Kantor\t1.210.000.000\t1.180.500.000\t97,56",
			"\t\t\t\t\t\t\tJUMLAH\t1.850.200.000\t1.792.400.000\t96,88",
		}, []string{"3360|kegiatan|076.01.WA|2024|1210000000|1180500000|29500000", "6709|kegiatan|076.01.CQ|2024|640200000|611900000|28300000", "TOTAL|total||2024|1850200000|1792400000|57800000"}},
		{"kegiatan name, anggaran, target and realisasi again: no code, no row", []string{
			"Tabel 3.2 Capaian Indikator dan Dukungan Anggaran 2022", "",
			"Indikator\tTarget\tRealisasi\tKegiatan Pendukung\tAnggaran\tTarget\tRealisasi\t%",
			ind + "\t80\t76,4\tFasilitasi Partisipasi Masyarakat\t312.000.000\t312.000.000\t298.750.000\t95,75",
		}, nil},
		{"kode and kegiatan in one column, pagu, realisasi, sisa", []string{
			"Tabel 3.5 Capaian Kinerja dan Realisasi Anggaran 2019", "",
			"No\tIndikator Kinerja\tTarget\tRealisasi\tKode/Kegiatan\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)",
			"1\t" + ind + "\t75\t79,1\t3357 Penyelenggaraan Pemilu\t2.450.000.000\t2.301.600.000\t148.400.000",
		}, []string{"3357|kegiatan||2019|2450000000|2301600000|148400000"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, append([]string{"BAB III", "AKUNTABILITAS KINERJA", ""}, append(tc.body, "", "Sumber: Subbagian Program dan Data.", "")...)...)
			got := factRows["anggaran"](d)
			sort.Strings(got)
			wantRows(t, tc.name, got, tc.want)
		})
	}
}
