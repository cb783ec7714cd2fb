package parse

import "testing"

// TestProsePrecision: revenue, assets and DIPA revisions are not the
// budget realisation; two amounts for one figure load only when the stated
// percentage proves one of them.
func TestProsePrecision(t *testing.T) {
	tests := []struct {
		name       string
		body       string
		pagu, real int64 // 0 = NULL
	}{
		{"revenue is not the realisation",
			"Pada Tahun Anggaran 2024 pagu anggaran sebesar Rp 10.000.000 dengan realisasi belanja sebesar Rp 9.500.000 atau 95,00%. Realisasi Pendapatan Negara Bukan Pajak sebesar Rp3.907.589.",
			10000000, 9500000},
		{"revenue first, spending after",
			"Realisasi Pendapatan tahun 2024 sebesar Rp 3.907.589. Total pagu anggaran Tahun Anggaran 2024 sebesar Rp 10.000.000 dan realisasi sebesar Rp 9.500.000 atau 95%.",
			10000000, 9500000},
		{"DIPA revision amount",
			"Pagu anggaran Tahun Anggaran 2024 sebesar Rp 10.000.000. Realisasi revisi DIPA sebesar Rp 2.000.000.",
			10000000, 0},
		{"two realisations, the percentage proves one",
			"Pagu anggaran Tahun Anggaran 2024 sebesar Rp 10.000.000 dengan realisasi sebesar Rp 9.000.000 atau 90,00%. Realisasi anggaran tahun 2024 tercatat sebesar Rp 8.000.000.",
			10000000, 9000000},
		{"two realisations, nothing proves one",
			"Pagu anggaran Tahun Anggaran 2024 sebesar Rp 10.000.000 dengan realisasi sebesar Rp 9.000.000. Realisasi anggaran tahun 2024 tercatat sebesar Rp 8.000.000.",
			10000000, 0},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body)
		var pagu, real int64
		for _, a := range d.Anggaran {
			if a.Kode == "TOTAL" && a.Tahun == 2024 && a.Utama {
				pagu, real = i64(a.Pagu), i64(a.Realisasi)
			}
		}
		if pagu != tc.pagu || real != tc.real {
			t.Errorf("%s: pagu %d realisasi %d, want %d %d", tc.name, pagu, real, tc.pagu, tc.real)
		}
	}
}

// TestMoneyUnits: a budget table's amounts in thousands or millions, from
// its caption or header, and sisa derived when the table has no Sisa
// column.
func TestMoneyUnits(t *testing.T) {
	tests := []struct {
		name            string
		body            []string
		pagu, real, sis int64
	}{
		{"ribuan in a caption line", []string{"Tabel 3.1 Realisasi Anggaran", "(dalam ribuan rupiah)", "", "Uraian\tPagu\tRealisasi\tSisa\t%", "Program Dukungan Manajemen (WA)\t2.981.442\t2.954.886\t26.556\t99,11", "JUMLAH\t2.981.442\t2.954.886\t26.556\t99,11"},
			2981442000, 2954886000, 26556000},
		{"juta with decimals in the caption", []string{"Tabel 3.6 Realisasi Anggaran Tahun 2024 (Rp juta)", "", "Kode\tProgram\tPagu\tRealisasi\tSisa\tSerapan", "WA\tProgram Dukungan Manajemen\t3.016,75\t2.976,89\t39,86\t98,68%", "\tTotal\t3.016,75\t2.976,89\t39,86\t98,68%"},
			3016750000, 2976890000, 39860000},
		{"(Rp 000) in the header", []string{"Tabel 3.2 Anggaran", "", "Kode\tUraian\tPagu (Rp 000)\tRealisasi (Rp 000)\tSisa (Rp 000)", "WA\tProgram Dukungan Manajemen\t1.000\t900\t100", "\tJumlah\t1.000\t900\t100"},
			1000000, 900000, 100000},
		{"no Sisa column", []string{"Tabel 3.5 Realisasi Anggaran", "", "Kode\tUraian\tPagu\tRealisasi\t%", "WA\tProgram Dukungan Manajemen\t2.188.470.000\t2.140.322.310\t97,80", "JUMLAH TOTAL\t\t2.188.470.000\t2.140.322.310\t97,80"},
			2188470000, 2140322310, 48147690},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body...)
		var got *struct{ p, r, s int64 }
		for _, a := range d.Anggaran {
			if a.Kode == "TOTAL" && a.Utama && a.Pagu != nil && a.Realisasi != nil && a.Sisa != nil {
				got = &struct{ p, r, s int64 }{*a.Pagu, *a.Realisasi, *a.Sisa}
			}
		}
		if got == nil || got.p != tc.pagu || got.r != tc.real || got.s != tc.sis {
			t.Errorf("%s: TOTAL = %+v, want %d %d %d (%+v)", tc.name, got, tc.pagu, tc.real, tc.sis, d.Anggaran)
		}
	}
}

// TestDPTProse: the reporting satker's DPT stated in a sentence, never a
// DPTb/DPK figure, and only with its election and year named.
func TestDPTProse(t *testing.T) {
	tests := []struct {
		name         string
		body         string
		pem          string
		year         int
		total, l, pr int64 // 0 = no row / NULL
	}{
		{"total, L and P", "Pada Pemilu Tahun 2019 Daftar Pemilih Tetap Kabupaten Sikka berjumlah 233.337 pemilih, terdiri atas 112.406 laki-laki dan 120.931 perempuan, di 587 TPS.",
			"pemilu", 2019, 233337, 112406, 120931},
		{"English separators", "Untuk Pemilihan Bupati dan Wakil Bupati Sikka Tahun 2024, DPT ditetapkan sebanyak 199,749 pemilih (laki-laki 99,214, perempuan 100,535).",
			"pilkada", 2024, 199749, 99214, 100535},
		{"DPTb is not the DPT", "Pada Pemilu Tahun 2024 jumlah DPTb sebanyak 1.234 pemilih.", "", 0, 0, 0, 0},
		{"no election named", "DPT Kabupaten Sikka berjumlah 233.337 pemilih.", "", 0, 0, 0, 0},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body)
		if tc.total == 0 {
			if len(d.DPT) != 0 {
				t.Errorf("%s: want no DPT row, got %+v", tc.name, d.DPT)
			}
			continue
		}
		if len(d.DPT) != 1 {
			t.Fatalf("%s: %d DPT rows", tc.name, len(d.DPT))
		}
		r := d.DPT[0]
		if r.Pemilihan != tc.pem || r.Tahun != tc.year || r.TingkatWilayah != "kabupaten" || r.SatkerID != "5307" ||
			r.PemilihTotal == nil || *r.PemilihTotal != tc.total || r.PemilihL == nil || *r.PemilihL != tc.l || r.PemilihP == nil || *r.PemilihP != tc.pr {
			t.Errorf("%s: %+v", tc.name, r)
		}
	}
}

// TestUnitFromIntroSentence: the sentence that introduces a budget table
// may state its unit.
func TestUnitFromIntroSentence(t *testing.T) {
	d := parseDoc(t, "unit", "Perbandingan dengan tahun-tahun sebelumnya (dalam ribuan rupiah):", "",
		"Tabel 3.6 Realisasi Anggaran Tahun 2017 - 2020", "", "Tahun\tPagu\tRealisasi\tSisa\t%", "2017\t2.450.800\t2.301.114\t149.686\t93,89", "2018\t2.690.330\t2.566.402\t123.928\t95,39")
	for _, a := range d.Anggaran {
		if a.Tahun == 2017 && (a.Pagu == nil || *a.Pagu != 2450800000) {
			t.Errorf("2017 pagu %v, want 2450800000", a.Pagu)
		}
	}
	if len(d.Anggaran) != 2 {
		t.Errorf("%d rows", len(d.Anggaran))
	}
}

// TestCutRealisasi: a realisasi cut off by the column is repaired only
// when pagu − sisa or the programs' sum proves it.
func TestCutRealisasi(t *testing.T) {
	tests := []struct {
		name string
		body []string
		want int64 // 0 = NULL
	}{
		{"pagu − sisa proves it", []string{"Tabel 3.1 Realisasi Anggaran", "", "Kode\tUraian\tPagu\tRealisasi\tSisa",
			"WA\tProgram Dukungan\tRp. 1.000.000\tRp. 1.000.000\tRp. 0", "\tJumlah\tRp. 44.980.284.000\tRp. 44.776.265.45\tRp. 204.018.545"}, 44776265455},
		{"the programs prove it", []string{"Tabel 3.1 Realisasi Anggaran", "", "Kode\tUraian\tPagu\tRealisasi",
			"WA\tProgram Dukungan\t1.000.000.000\t990.000.000", "CQ\tProgram Pemilu\t2.000.000.000\t1.950.000.000", "\tJumlah\t3.000.000.000\t2.940.000.00"}, 2940000000},
		{"nothing proves it", []string{"Tabel 3.1 Realisasi Anggaran", "", "Kode\tUraian\tPagu\tRealisasi",
			"WA\tProgram Dukungan\t1.000.000.000\t990.000.000", "CQ\tProgram Pemilu\t2.000.000.000\t1.950.000.000", "\tJumlah\t3.000.000.000\t2.930.000.00"}, 0},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body...)
		var got int64
		for _, a := range d.Anggaran {
			if a.Kode == "TOTAL" && a.Realisasi != nil {
				got = *a.Realisasi
			}
		}
		if got != tc.want {
			t.Errorf("%s: TOTAL realisasi %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestProseRevisi: the DIPA revision count in digits or words, for the
// year its own sentence names; a revision of the POK is not one of the DIPA.
func TestProseRevisi(t *testing.T) {
	tests := []struct {
		name string
		body string
		want int64 // 2024's count; 0 = none
	}{
		{"digits before", "Pagu anggaran Tahun Anggaran 2024 sebesar Rp 10.000.000 setelah 6 kali revisi DIPA.", 6},
		{"words after direvisi", "DIPA Tahun Anggaran 2024 mengalami refocusing anggaran dan direvisi tiga kali (April, Juni, November).", 3},
		{"mengalami n kali revisi, an earlier year's count beside it",
			"DIPA Tahun Anggaran 2024 dengan alokasi awal Rp 10.000.000. Dalam perjalanannya DIPA mengalami 12 kali revisi sehingga pagu menjadi Rp 12.000.000. Sebagai perbandingan, pada tahun 2023 DIPA direvisi sebanyak 9 kali.", 12},
		{"POK is not DIPA", "Selama tahun 2024 dilakukan 5 kali revisi POK di tingkat satker; revisi POK tidak mengubah pagu dan bukan revisi DIPA.", 0},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body)
		var got int64
		for _, a := range d.Anggaran {
			if a.Kode == "TOTAL" && a.RevisiDIPA != nil {
				if a.Tahun != 2024 {
					t.Errorf("%s: revision count %d loaded for %d", tc.name, *a.RevisiDIPA, a.Tahun)
					continue
				}
				got = *a.RevisiDIPA
			}
		}
		if got != tc.want {
			t.Errorf("%s: revisi %d, want %d", tc.name, got, tc.want)
		}
	}
}
