package parse

import "testing"

// TestHeaderRoles: columns are read by their header, whatever their order,
// wording or split over two lines, in every family.
func TestHeaderRoles(t *testing.T) {
	t.Run("budget header over two lines", func(t *testing.T) {
		d := parseDoc(t, "a", "Tabel 3.2 Realisasi Anggaran", "", "Kode\tUraian\tPagu\tRealisasi\tSisa", "\t\tAnggaran\tAnggaran\tAnggaran",
			"WA\tProgram Dukungan\t1.000.000\t900.000\t100.000", "\tJumlah\t1.000.000\t900.000\t100.000")
		for _, a := range d.Anggaran {
			if a.Pagu == nil || *a.Pagu != 1000000 || a.Realisasi == nil || *a.Realisasi != 900000 || a.Sisa == nil || *a.Sisa != 100000 {
				t.Errorf("%s: %v %v %v", a.Kode, a.Pagu, a.Realisasi, a.Sisa)
			}
		}
	})
	t.Run("budget in millions with codes in parentheses", func(t *testing.T) {
		d := parseDoc(t, "a", "Tabel 3.9 Realisasi Anggaran Tahun 2024", "", "Uraian\tAnggaran (Rp juta)\tRealisasi (Rp juta)\t%",
			"Program Dukungan Manajemen (WA)\t1.250,50\t1.200,25\t95,98", "Layanan Umum (3360)\t250,50\t240,25\t95,91", "JUMLAH\t1.250,50\t1.200,25\t95,98")
		want := map[string]int64{"076.01.WA": 1250500000, "3360": 250500000, "TOTAL": 1250500000}
		for _, a := range d.Anggaran {
			if a.Pagu == nil || *a.Pagu != want[a.Kode] {
				t.Errorf("%s pagu %v, want %d", a.Kode, a.Pagu, want[a.Kode])
			}
		}
		if len(d.Anggaran) != 3 {
			t.Errorf("%d rows", len(d.Anggaran))
		}
	})
	t.Run("dpt wording, apostrophe, DPTb beside", func(t *testing.T) {
		d := parseDoc(t, "a", "Rekapitulasi DPT Pemilihan Serentak Tahun 2024", "", "No\tKecamatan\tJml Desa/Kel\tJumlah TPS\tLaki-laki\tPerempuan\tTotal Pemilih\tDPTb",
			"1\tIle Ape'\t10\t20\t1.000\t1.100\t2.100\t15", "2\tNubatukan\t12\t30\t2.000\t2.050\t4.050\t9", "\tTotal Kab. Sikka\t22\t50\t3.000\t3.150\t6.150\t24")
		if len(d.DPT) != 3 {
			t.Fatalf("%d rows", len(d.DPT))
		}
		k := d.DPT[2]
		if k.TingkatWilayah != "kabupaten" || k.Pemilihan != "pilkada" || k.Tahun != 2024 || *k.PemilihL != 3000 || *k.PemilihP != 3150 || *k.PemilihTotal != 6150 || *k.JumlahTPS != 50 || *k.JumlahDesa != 22 {
			t.Errorf("total row %+v", k)
		}
		if d.DPT[0].Wilayah != "ILE APE'" {
			t.Errorf("wilayah %q", d.DPT[0].Wilayah)
		}
	})
	t.Run("capaian in any column order", func(t *testing.T) {
		d := parseDoc(t, "a", "Tabel 3.1 Pengukuran Kinerja", "", "No\tIndikator Kinerja\tCapaian (%)\tRealisasi\tTarget",
			"1\tPersentase partisipasi pemilih dalam Pemilu\t102,09\t79,12%\t77,5%")
		if len(d.Capaian) != 1 || d.Capaian[0].TargetTeks != "77,5%" || d.Capaian[0].RealisasiTeks != "79,12%" || d.Capaian[0].CapaianTeks != "102,09" {
			t.Errorf("%+v", d.Capaian)
		}
	})
}
