package parse

import "testing"

// TestKeyValueBlocks: "lembar isian" records are read as the tables they
// stand for: capaian rows, budget rows with their codes and total, a
// component record with its weights, a voter-roll record as the satker's
// totals.
func TestKeyValueBlocks(t *testing.T) {
	d := parseDoc(t, "kv",
		"3.1 Lembar Isian Capaian Sasaran Strategis", "",
		"Sasaran Strategis 1",
		"Indikator Kinerja   : Opini BPK atas Laporan Keuangan",
		"Target              : WTP",
		"Realisasi           : WTP",
		"Capaian             : 100%",
		"Sasaran Strategis 2",
		"Indikator Kinerja   : Nilai Keterbukaan Informasi Publik",
		"Target              : 85%",
		"Realisasi           : 88,40%",
		"Capaian             : 104,00%", "",
		"3.2 Lembar Isian Hasil Evaluasi SAKIP", "",
		"Tahun yang Dinilai                  : 2023",
		"Perencanaan Kinerja (bobot 30)      : 19,55",
		"Pengukuran Kinerja (bobot 30)       : 19,50",
		"Pelaporan Kinerja (bobot 15)        : 9,50",
		"Evaluasi Akuntabilitas Kinerja Internal (bobot 25): 15,58",
		"Nilai Akhir                         : 64,13",
		"Predikat                            : B", "",
		"3.4 Realisasi Anggaran",
		"Program 076.01.WA",
		"Uraian        : Program Dukungan Manajemen",
		"Pagu          : Rp 3.248.766.000",
		"Realisasi     : Rp 3.199.688.288",
		"Sisa          : Rp 49.077.712",
		"Penyerapan    : 98,49%",
		"JUMLAH KESELURUHAN",
		"Pagu          : Rp 3.248.766.000",
		"Realisasi     : Rp 3.199.688.288",
		"Sisa          : Rp 49.077.712",
		"Penyerapan    : 98,49%", "",
		"DPT Pemilihan 2024:", "",
		"Jumlah Kecamatan            : 22 kecamatan",
		"Jumlah TPS Pemilihan 2024   : 531 TPS",
		"DPT Laki-laki               : 95.113",
		"DPT Perempuan               : 92.311",
		"Jumlah DPT Pemilihan 2024   : 187.424",
	)
	if len(d.Capaian) != 2 || d.Capaian[1].RealisasiTeks != "88,40%" {
		t.Errorf("capaian: %+v", d.Capaian)
	}
	if len(d.SakipKomponen) != 4 {
		t.Errorf("sakip komponen: %d rows, want 4", len(d.SakipKomponen))
	}
	okSakip := false
	for _, s := range d.Sakip {
		okSakip = okSakip || s.TahunDinilai == 2023 && s.Predikat == "B" && s.Nilai != nil && *s.Nilai == 64.13
	}
	if !okSakip {
		t.Errorf("sakip: %+v", d.Sakip)
	}
	codes := map[string]bool{}
	for _, a := range d.Anggaran {
		if a.Realisasi != nil && *a.Realisasi == 3199688288 && a.SerapanLapor != nil && *a.SerapanLapor == 98.49 {
			codes[a.Kode] = true
		}
	}
	if !codes["076.01.WA"] || !codes["TOTAL"] {
		t.Errorf("anggaran: %v", codes)
	}
	okDPT := false
	for _, r := range d.DPT {
		okDPT = okDPT || r.TingkatWilayah == "kabupaten" && r.SatkerID == "5307" && r.PemilihTotal != nil && *r.PemilihTotal == 187424 && r.Tahun == 2024
	}
	if !okDPT {
		t.Errorf("dpt: %+v", d.DPT)
	}
}

// TestRBForms: RB in a sentence with its weight (the three figures must
// agree) and in a table with one row per year.
func TestRBForms(t *testing.T) {
	tests := []struct {
		name string
		body []string
		want map[int]float64
	}{
		{"sentence with weight and percent",
			[]string{"Hasil evaluasi Reformasi Birokrasi Tahun 2024 adalah 26,38 dari bobot 36,30 atau 72,67%."},
			map[int]float64{2024: 26.38}},
		{"sentence whose percent disagrees",
			[]string{"Hasil evaluasi Reformasi Birokrasi Tahun 2024 adalah 26,38 dari bobot 36,30 atau 80,00%."},
			map[int]float64{}},
		{"table per year",
			[]string{"Tabel 3.3 Hasil Evaluasi Reformasi Birokrasi", "",
				"Tahun\tNilai\tBobot\tPersentase", "2022\t24,12\t36,30\t66,45%", "2023\t25,80\t36,30\t71,07%"},
			map[int]float64{2022: 24.12, 2023: 25.80}},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body...)
		got := map[int]float64{}
		for _, r := range d.RB {
			if r.Nilai != nil {
				got[r.Tahun] = *r.Nilai
			}
		}
		if len(got) != len(tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
			continue
		}
		for y, v := range tc.want {
			if got[y] != v {
				t.Errorf("%s: %d = %v, want %v", tc.name, y, got[y], v)
			}
		}
	}
}

// TestProseDPTShortForm: "266.162 pemilih (L: 129.450; P: 136.712)"; L and
// P that do not make the total are not loaded.
func TestProseDPTShortForm(t *testing.T) {
	tests := []struct {
		name string
		body string
		l, p int64 // 0 = NULL
	}{
		{"L: and P:", "Pada Pemilu 14 Februari 2024, jumlah DPT Kabupaten Sikka adalah 266.162 pemilih (L: 129.450; P: 136.712) di 977 TPS.", 129450, 136712},
		{"L and P off by one", "Pada Pemilu 14 Februari 2024, jumlah DPT Kabupaten Sikka adalah 266.162 pemilih (L: 129.450; P: 136.713) di 977 TPS.", 0, 0},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body)
		if len(d.DPT) != 1 {
			t.Fatalf("%s: %d DPT rows", tc.name, len(d.DPT))
		}
		var l, p int64
		if d.DPT[0].PemilihL != nil {
			l = *d.DPT[0].PemilihL
		}
		if d.DPT[0].PemilihP != nil {
			p = *d.DPT[0].PemilihP
		}
		if l != tc.l || p != tc.p || d.DPT[0].PemilihTotal == nil || *d.DPT[0].PemilihTotal != 266162 {
			t.Errorf("%s: L %d P %d total %v", tc.name, l, p, d.DPT[0].PemilihTotal)
		}
	}
}

// TestProseDPTKecamatan: a DPT listed per kecamatan in a sentence, the
// election named by the paragraph before; a kecamatan whose L + P is not
// its total is left out.
func TestProseDPTKecamatan(t *testing.T) {
	d := parseDoc(t, "dpt kecamatan",
		"Daftar Pemilih Tetap Pemilihan Bupati Sikka Tahun 2020 berjumlah 25.231 pemilih, terdiri atas 12.733 pemilih laki-",
		"laki dan 12.498 pemilih perempuan.", "",
		"Menurut kecamatan, DPT tersebut terbagi sebagai berikut: Kecamatan Hawu Mehara 14.360 pemilih",
		"(7.206 laki-laki, 7.154 perempuan) di 17 desa/kelurahan dan 39 TPS; Kecamatan Raijua 10.871",
		"pemilih (5.528 laki-laki, 5.343 perempuan) di 11 desa/kelurahan dan 24 TPS; Kecamatan Sabu Barat",
		"10.296 pemilih (5.225 laki-laki, 5.070 perempuan) di 9 desa/kelurahan dan 37 TPS.")
	got := map[string]int64{}
	for _, r := range d.DPT {
		if r.TingkatWilayah == "kecamatan" && r.Pemilihan == "pilkada" && r.Tahun == 2020 && r.JumlahTPS != nil {
			got[r.Wilayah] = *r.JumlahTPS
		}
		if r.TingkatWilayah == "kabupaten" && (r.PemilihL == nil || *r.PemilihL != 12733) {
			t.Errorf("kabupaten L = %v, want 12733 (a word wrapped over two lines)", r.PemilihL)
		}
	}
	if len(got) != 2 || got["HAWU MEHARA"] != 39 || got["RAIJUA"] != 24 {
		t.Errorf("kecamatan rows: %v", got)
	}
}
