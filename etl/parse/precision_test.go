package parse

import (
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

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

// TestBudgetDocuments: budget tables and prose give their rows whole:
// amounts in thousands or millions from a caption or header, sisa derived
// when the table has no Sisa column, one TOTAL per year of a multi-year
// table, amounts stated per program and kegiatan with their codes in
// parentheses belonging to those codes (a stated sisa kept when pagu −
// realisasi proves it), a cut-off sisa left to validate.
func TestBudgetDocuments(t *testing.T) {
	total := func(a facts.Anggaran) bool { return a.Kode == "TOTAL" && a.Utama }
	tests := []struct {
		name  string
		body  []string
		keep  func(facts.Anggaran) bool // the rows want lists, whole
		want  []string                  // as budgetRows writes them
		check func(t *testing.T, a facts.Anggaran)
	}{
		{"ribuan in a caption line", []string{"Tabel 3.1 Realisasi Anggaran", "(dalam ribuan rupiah)", "", "Uraian\tPagu\tRealisasi\tSisa\t%", "Program Dukungan Manajemen (WA)\t2.981.442\t2.954.886\t26.556\t99,11", "JUMLAH\t2.981.442\t2.954.886\t26.556\t99,11"},
			total, []string{"TOTAL|2024|2981442000|2954886000|26556000"}, nil},
		{"juta with decimals in the caption", []string{"Tabel 3.6 Realisasi Anggaran Tahun 2024 (Rp juta)", "", "Kode\tProgram\tPagu\tRealisasi\tSisa\tSerapan", "WA\tProgram Dukungan Manajemen\t3.016,75\t2.976,89\t39,86\t98,68%", "\tTotal\t3.016,75\t2.976,89\t39,86\t98,68%"},
			total, []string{"TOTAL|2024|3016750000|2976890000|39860000"}, nil},
		{"(Rp 000) in the header", []string{"Tabel 3.2 Anggaran", "", "Kode\tUraian\tPagu (Rp 000)\tRealisasi (Rp 000)\tSisa (Rp 000)", "WA\tProgram Dukungan Manajemen\t1.000\t900\t100", "\tJumlah\t1.000\t900\t100"},
			total, []string{"TOTAL|2024|1000000|900000|100000"}, nil},
		{"no Sisa column", []string{"Tabel 3.5 Realisasi Anggaran", "", "Kode\tUraian\tPagu\tRealisasi\t%", "WA\tProgram Dukungan Manajemen\t2.188.470.000\t2.140.322.310\t97,80", "JUMLAH TOTAL\t\t2.188.470.000\t2.140.322.310\t97,80"},
			total, []string{"TOTAL|2024|2188470000|2140322310|48147690"}, nil},
		{"years as columns, measures as rows", []string{"TABEL 3.6 PAGU DAN REALISASI TA. 2019 - 2021 (RP)",
			"URAIAN\tTA. 2019\tTA. 2020\tTA. 2021",
			"PAGU\t28,342,300,000\t3,152,400,000\t3,487,950,000",
			"REALISASI\t27,975,250,000\t3,042,976,411\t3,374,828,944",
			"% REAL.\t98.70%\t96.53%\t96.76%"},
			func(a facts.Anggaran) bool { return a.Kode == "TOTAL" },
			[]string{"TOTAL|2019|28342300000|27975250000|367050000", "TOTAL|2020|3152400000|3042976411|109423589",
				"TOTAL|2021|3487950000|3374828944|113121056"}, nil},
		{"codes, spaced thousands, a cut-off sisa", []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
			"Kode\tUraian\tPagu (Rp)\tRealisasi (Rp)\tSerapan (%)\tSisa (Rp)",
			"076.01.WA\tProgram Dukungan Manajemen\t4 193 487 000\t3 856 611 402\t91,97\t336 875 598",
			"3355\tPengelolaan Keuangan\t1 668 616 000\t1 568 654 151\t94,01\t99 961 849",
			"3360\tOperasional Perkantoran\t2 524 871 000\t2 287 957 251\t90,62\t236 913 74",
			"\tJUMLAH\t4 193 487 000\t3 856 611 402\t91,97\t336 875 598"},
			func(a facts.Anggaran) bool { return a.Kode != "3360" },
			[]string{"076.01.WA|2024|4193487000|3856611402|336875598", "3355|2024|1668616000|1568654151|99961849",
				"TOTAL|2024|4193487000|3856611402|336875598"},
			func(t *testing.T, a facts.Anggaran) {
				if a.Kode == "3360" && (a.Sisa != nil || a.SisaTeks != "236 913 74" || a.KodeInduk != "076.01.WA") {
					t.Errorf("cut-off sisa must be left to validate: %+v", a)
				}
			}},
		{"prose per program and kegiatan with codes", []string{
			"Pada Tahun Anggaran 2024 total pagu anggaran sebesar Rp 3.214.600.000,- dengan realisasi sebesar Rp 3.084.945.748,- atau 95,97%, sehingga sisa anggaran yang tidak terserap sebesar Rp 129.654.252,-.",
			"",
			"Program Dukungan Manajemen (076.01.WA) memperoleh pagu Rp 2.849.550.000,- dan terealisasi Rp 2.732.458.724,- (95,89%). Dari program ini, kegiatan Pengelolaan Keuangan dan Barang Milik Negara (3355) terealisasi Rp 1.907.221.333,- dari pagu Rp 1.987.400.000,-.",
			"",
			"Kegiatan Teknis Penyelenggaraan Pemilu/Pemilihan (6639) menyerap Rp 235.827.452,- dari Rp 246.800.000,-."},
			func(a facts.Anggaran) bool { return a.Utama && a.Tahun == 2024 },
			[]string{"076.01.WA|2024|2849550000|2732458724|117091276", "3355|2024|1987400000|1907221333|80178667",
				"6639|2024|246800000|235827452|10972548", "TOTAL|2024|3214600000|3084945748|129654252"},
			func(t *testing.T, a facts.Anggaran) {
				if a.Kode == "3355" && a.KodeInduk != "076.01.WA" {
					t.Errorf("3355 induk %q, want 076.01.WA", a.KodeInduk)
				}
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			wantRows(t, "anggaran", budgetRows(d, tc.keep), tc.want)
			for _, a := range d.Anggaran {
				if tc.check != nil {
					tc.check(t, a)
				}
			}
		})
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
		{"after the DIPA's amount", "Pagu DIPA induk Tahun Anggaran 2024 sebesar Rp 10.000.000, kemudian setelah mengalami revisi sebanyak 4 (empat) kali menjadi Rp 12.000.000.", 4},
	}
	for _, tc := range tests {
		d := parseDoc(t, tc.name, tc.body)
		got, others := totalRevisi(d, 2024)
		if len(others) > 0 {
			t.Errorf("%s: revision count loaded for %v", tc.name, others)
		}
		if got != tc.want {
			t.Errorf("%s: revisi %d, want %d", tc.name, got, tc.want)
		}
	}
}
