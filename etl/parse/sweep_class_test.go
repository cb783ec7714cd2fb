package parse

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// The classes of issue 9, swept with made-up mini documents of other
// satkers, figures and wordings: each case is a bullet of the issue's
// list (Identity, Budget tables, Capaian tables, SAKIP and RB, DPT tables,
// Precision under doubt) written afresh. A case states every row its
// families must give, so a missed fact or a wrong number fails it.

// TestSweepIdentity: the report's satker and year from a cover in any of
// the forms.
func TestSweepIdentity(t *testing.T) {
	tests := []struct {
		name, text, satker string
		year               int
	}{
		{"title over three lines, Tahun Anggaran", "LAPORAN KINERJA\nSEKRETARIAT KOMISI PEMILIHAN UMUM KABUPATEN ALOR\nTAHUN ANGGARAN 2021\n\nIsi laporan.\n", "5305", 2021},
		{"LKjIP, the year alone on its line", "LKjIP\nKPU KABUPATEN LEMBATA\n\n2022\n\nIsi laporan.\n", "5313", 2022},
		{"LAKIP with a reporting period", "LAKIP Komisi Pemilihan Umum Kabupaten Malaka\nPeriode Januari s.d. Desember 2020\n\nIsi laporan.\n", "5321", 2020},
		{"period with an en dash, satker in the foreword", "LAPORAN AKUNTABILITAS KINERJA\nPeriode Januari–Desember 2023\n\nKata Pengantar\nSekretariat KPU Kabupaten Sabu Raijua menyusun laporan ini.\n", "5320", 2023},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Text(tc.name+".txt", []byte(tc.text))
			if err != nil {
				t.Fatalf("identity: %v", err)
			}
			if d.Meta.SatkerID != tc.satker || d.Meta.Tahun != tc.year {
				t.Errorf("identity %s/%d, want %s/%d", d.Meta.SatkerID, d.Meta.Tahun, tc.satker, tc.year)
			}
		})
	}
}

// TestSweepBudget: budget tables in thousands, without Sisa, with codes in
// parentheses and totals named any way.
func TestSweepBudget(t *testing.T) {
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"thousands, no Sisa, JUMLAH TOTAL", []string{
			"Tabel 3.4 Realisasi Anggaran Tahun 2024 (dalam ribuan rupiah)", "",
			"Kode\tProgram/Kegiatan\tPagu\tRealisasi\t%",
			"076.01.WA\tProgram Dukungan Manajemen\t1.820.400\t1.771.306\t97,30",
			"076.01.CQ\tProgram Penyelenggaraan Pemilu\t905.100\t842.955\t93,13",
			"\tJUMLAH TOTAL\t2.725.500\t2.614.261\t95,92"},
			map[string][]string{"anggaran": {
				"076.01.WA|program||2024|1820400000|1771306000|49094000",
				"076.01.CQ|program||2024|905100000|842955000|62145000",
				"TOTAL|total||2024|2725500000|2614261000|111239000"}}},
		{"codes in parentheses, Total row", []string{
			"Realisasi anggaran menurut program:", "",
			"Program / Kegiatan\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)",
			"Program Dukungan Manajemen (WA)\t2.100.000.000\t2.016.350.500\t83.649.500",
			"Pengelolaan Keuangan dan BMN (3355)\t700.000.000\t688.120.000\t11.880.000",
			"Total\t2.100.000.000\t2.016.350.500\t83.649.500"},
			map[string][]string{"anggaran": {
				"076.01.WA|program||2024|2100000000|2016350500|83649500",
				"3355|kegiatan|076.01.WA|2024|700000000|688120000|11880000",
				"TOTAL|total||2024|2100000000|2016350500|83649500"}}},
	})
}

// TestSweepCapaian: capaian tables in other column orders, grouped under
// Sasaran Strategis headings, with grade indicators.
func TestSweepCapaian(t *testing.T) {
	checkDocs(t, []string{"capaian"}, []docCase{
		{"Capaian before Realisasi before Target, a Satuan column", []string{
			"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tSatuan\tCapaian (%)\tRealisasi\tTarget",
			"1\tPersentase arsip yang dikelola sesuai standar\tPersen\t96,25\t77,00\t80,00",
			"2\tJumlah laporan keuangan yang disusun tepat waktu\tLaporan\t100,00\t12\t12"},
			map[string][]string{"capaian": {
				"Persentase arsip yang dikelola sesuai standar|80|77|96.25",
				"Jumlah laporan keuangan yang disusun tepat waktu|12|12|100"}}},
		{"rows under Sasaran Strategis headings, a grade", []string{
			"Tabel 3.2 Capaian Indikator Kinerja", "",
			"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
			"Sasaran Strategis 1: Meningkatnya kualitas tata kelola",
			"1\tNilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten\tBB\tB\t-",
			"Sasaran Strategis 2: Meningkatnya partisipasi masyarakat",
			"2\tPersentase kegiatan sosialisasi yang terlaksana\t100%\t92,50%\t92,50%"},
			map[string][]string{"capaian": {
				"Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten|<nil>|<nil>|<nil>",
				"Persentase kegiatan sosialisasi yang terlaksana|100|92.5|92.5"}}},
	})
}

// TestSweepSakipRB: SAKIP predikat with its score in parentheses or in
// Cyrillic letters, scores of earlier years in prose, RB in a table.
func TestSweepSakipRB(t *testing.T) {
	checkDocs(t, []string{"sakip", "rb"}, []docCase{
		{"predikat with the score in parentheses", []string{
			"Hasil evaluasi Akuntabilitas Kinerja Instansi Pemerintah atas kinerja tahun 2023 memperoleh predikat BB (71,36)."},
			map[string][]string{"sakip": {"2023|71.36|BB"}}},
		{"Cyrillic predikat, an earlier year in prose", []string{
			"Nilai evaluasi SAKIP tahun 2023 adalah 66,02 dengan predikat \u0412 (Baik), naik dari 63,40 pada tahun 2022."},
			map[string][]string{"sakip": {"2023|66.02|B", "2022|63.4|B"}}},
		{"RB table nilai, bobot, persen", []string{
			"Tabel 3.5 Hasil Evaluasi Reformasi Birokrasi Tahun 2023", "",
			"Komponen\tNilai\tBobot\tPersen",
			"Pengungkit\t15,30\t21,78\t70,25",
			"Hasil\t8,12\t14,52\t55,92",
			"Nilai RB\t23,42\t36,30\t64,52"},
			map[string][]string{"rb": {"2023|23.42"}}},
	})
}

// TestSweepDPT: DPT tables with other headers, rolls beside the DPT and
// total rows named for the area; DPT in prose.
func TestSweepDPT(t *testing.T) {
	checkDocs(t, []string{"dpt"}, []docCase{
		{"Jml Desa/Kel, L, P, L+P, Total row named for the kabupaten", []string{
			"Tabel 4.1 Rekapitulasi DPT Pemilu 2024 Kabupaten Sikka", "",
			"Kecamatan\tJml Desa/Kel\tTPS\tL\tP\tL+P",
			"Alok\t12\t61\t9.104\t9.530\t18.634",
			"Talibura\t12\t40\t6.211\t6.640\t12.851",
			"Total Kabupaten Sikka\t24\t101\t15.315\t16.170\t31.485"},
			map[string][]string{"dpt": {
				"pemilu|2024|kecamatan|ALOK|12|61|9104|9530|18634",
				"pemilu|2024|kecamatan|TALIBURA|12|40|6211|6640|12851",
				"pemilu|2024|kabupaten|Kabupaten Sikka|24|101|15315|16170|31485"}}},
		{"DPTb and DPK columns beside the DPT", []string{
			"Tabel 4.2 Data Pemilih Pemilu 2024", "",
			"Kecamatan\tTPS\tDPT\tDPTb\tDPK",
			"Alok\t61\t18.634\t210\t95",
			"Talibura\t40\t12.851\t64\t30",
			"Jumlah\t101\t31.485\t274\t125"},
			map[string][]string{"dpt": {
				"pemilu|2024|kecamatan|ALOK|<nil>|61|<nil>|<nil>|18634",
				"pemilu|2024|kecamatan|TALIBURA|<nil>|40|<nil>|<nil>|12851",
				"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|101|<nil>|<nil>|31485"}}},
	})
}

// TestSweepPrecision: revenue and DIPA revisions are not the budget's
// realisation; figures that disagree load nothing.
func TestSweepPrecision(t *testing.T) {
	checkDocs(t, []string{"anggaran", "rb"}, []docCase{
		{"revenue beside the spending", []string{
			"Realisasi Pendapatan Negara Bukan Pajak tahun 2024 sebesar Rp4.125.000. Pagu anggaran tahun 2024 sebesar Rp3.200.000.000 dengan realisasi sebesar Rp3.072.640.000 atau 96,02%."},
			map[string][]string{"anggaran": {"TOTAL|total||2024|3200000000|3072640000|127360000"}}},
		{"RB figures that disagree", []string{
			"Nilai Reformasi Birokrasi tahun 2023 adalah 22,10 dari bobot 36,30 atau 66,00%."}, nil},
	})
}

// TestSweepMore: the remaining bullets, one made-up case each.
func TestSweepMore(t *testing.T) {
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"(Rp 000) with ,00 decimals and Sisa", []string{
			"Tabel 3.6 Realisasi Anggaran 2024 (Rp 000)", "",
			"Kode\tUraian\tPagu\tRealisasi\tSisa",
			"076.01.WA\tDukungan Manajemen\t3.410.250,00\t3.301.118,50\t109.131,50",
			"\tJumlah\t3.410.250,00\t3.301.118,50\t109.131,50"},
			map[string][]string{"anggaran": {
				"076.01.WA|program||2024|3410250000|3301118500|109131500",
				"TOTAL|total||2024|3410250000|3301118500|109131500"}}},
		{"multi-year table without Sisa", []string{
			"Tabel 3.7 Perkembangan Pagu dan Realisasi Anggaran 2022-2024", "",
			"Tahun\tPagu (Rp)\tRealisasi (Rp)\tPersentase",
			"2022\t2.950.000.000\t2.801.025.000\t94,95",
			"2023\t4.120.500.000\t3.990.134.250\t96,84",
			"2024\t3.500.000.000\t3.412.150.000\t97,49"},
			map[string][]string{"anggaran": {
				"TOTAL|total||2022|2950000000|2801025000|148975000",
				"TOTAL|total||2023|4120500000|3990134250|130365750",
				"TOTAL|total||2024|3500000000|3412150000|87850000"}}},
	})
	checkDocs(t, []string{"capaian"}, []docCase{
		{"wrapped rows, values on the last line", []string{
			"Tabel 3.1 Capaian Kinerja 2024", "",
			"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
			"1\tPersentase pengaduan masyarakat yang\t\t\t",
			"\tditindaklanjuti tepat waktu\t90%\t95%\t105,56%"},
			map[string][]string{"capaian": {
				"Persentase pengaduan masyarakat yang ditindaklanjuti tepat waktu|90|95|105.56"}}},
	})
	checkDocs(t, []string{"sakip_komponen"}, []docCase{
		{"components as columns", []string{
			"Tabel 3.3 Nilai Komponen Evaluasi SAKIP atas Kinerja Tahun 2023", "",
			"Tahun\tPerencanaan Kinerja\tPengukuran Kinerja\tPelaporan Kinerja\tEvaluasi Internal\tNilai",
			"2023\t21,10\t19,85\t11,05\t16,30\t68,30"},
			map[string][]string{"sakip_komponen": {
				"2023|perencanaan|<nil>|21.1", "2023|pengukuran|<nil>|19.85", "2023|pelaporan|<nil>|11.05", "2023|evaluasi_internal|<nil>|16.3"}}},
	})
	checkDocs(t, []string{"dpt"}, []docCase{
		{"header over two lines, an apostrophe in a kecamatan", []string{
			"Tabel 4.3 DPT Pemilihan 2020", "",
			"Kecamatan\tJumlah\tJumlah Pemilih\t\t",
			"\tTPS\tLaki-laki\tPerempuan\tTotal",
			"Lela\t25\t4.210\t4.402\t8.612",
			"Mego\t18\t3.050\t3.131\t6.181",
			"Total\t43\t7.260\t7.533\t14.793"},
			map[string][]string{"dpt": {
				"pilkada|2020|kecamatan|LELA|<nil>|25|4210|4402|8612",
				"pilkada|2020|kecamatan|MEGO|<nil>|18|3050|3131|6181",
				"pilkada|2020|kabupaten|Kabupaten Sikka|<nil>|43|7260|7533|14793"}}},
	})
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"a DIPA revision is no realisation", []string{
			"Pada tahun 2024 DIPA mengalami revisi dari Rp2.800.000.000 menjadi Rp3.050.000.000. Total aset per 31 Desember 2024 sebesar Rp1.275.400.000."},
			nil},
	})
}

// TestSweepHarder: the bullets' harder forms.
func TestSweepHarder(t *testing.T) {
	checkDocs(t, []string{"sakip"}, []docCase{
		{"history table over several years", []string{
			"Tabel 3.4 Perkembangan Nilai SAKIP", "",
			"Tahun Dinilai\tNilai\tPredikat",
			"2020\t61,20\tB",
			"2021\t64,75\tB",
			"2022\t70,40\tBB"},
			map[string][]string{"sakip": {"2020|61.2|B", "2021|64.75|B", "2022|70.4|BB"}}},
	})
	checkDocs(t, []string{"capaian"}, []docCase{
		{"targets in the PK table, realisasi later", []string{
			"Tabel 2.1 Perjanjian Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tTarget",
			"1\tPersentase dokumen hukum yang terpublikasi\t85%", "",
			"Tabel 3.1 Realisasi Indikator Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tRealisasi",
			"1\tPersentase dokumen hukum yang terpublikasi\t88,40%"},
			map[string][]string{"capaian": {"Persentase dokumen hukum yang terpublikasi|85|<nil>|<nil>", "Persentase dokumen hukum yang terpublikasi|85|88.4|<nil>"}}},
	})
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"two prose totals that disagree", []string{
			"Pagu anggaran tahun 2024 sebesar Rp2.400.000.000 dengan realisasi Rp2.310.000.000 atau 96,25%.",
			"",
			"Dari pagu anggaran tahun 2024 sebesar Rp2.450.000.000 terealisasi Rp2.310.000.000 atau 94,29%."},
			map[string][]string{"anggaran": {"TOTAL|total||2024|<nil>|2310000000|<nil>"}}},
	})
	checkDocs(t, []string{"dpt"}, []docCase{
		{"a table split by a page break, header repeated", []string{
			"Tabel 4.4 DPT Pemilu 2019", "",
			"Kecamatan\tTPS\tL\tP\tL+P",
			"Nita\t30\t5.100\t5.320\t10.420",
			"\f",
			"Kecamatan\tTPS\tL\tP\tL+P",
			"Kewapante\t28\t4.880\t5.010\t9.890",
			"Jumlah\t58\t9.980\t10.330\t20.310"},
			map[string][]string{"dpt": {
				"pemilu|2019|kecamatan|NITA|<nil>|30|5100|5320|10420",
				"pemilu|2019|kecamatan|KEWAPANTE|<nil>|28|4880|5010|9890",
				"pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|58|9980|10330|20310"}}},
	})
}

// sakipBySatker writes each SAKIP row as satker|tahun|nilai|predikat.
func sakipBySatker(d *facts.Document) (out []string) {
	for _, s := range d.Sakip {
		out = append(out, fmt.Sprintf("%s|%d|%s|%s", s.SatkerID, s.TahunDinilai, nv(s.Nilai), s.Predikat))
	}
	return out
}

// TestSweepThird: the province's all-satker table, an apostrophe in a
// kecamatan, a wrapped budget row with its amounts on the middle line,
// the year told only by the file name and the signature.
func TestSweepThird(t *testing.T) {
	t.Run("all-satker table: a typo, a bare KUPANG, a Rata-rata row", func(t *testing.T) {
		head := "LAPORAN KINERJA KPU PROVINSI NUSA TENGGARA TIMUR TAHUN 2024\n\nSekretaris KPU Provinsi Nusa Tenggara Timur\n\n"
		body := strings.Join([]string{
			"Tabel 3.8 Hasil Evaluasi SAKIP KPU Kabupaten/Kota se-NTT atas Kinerja Tahun 2023", "",
			"No\tSatker\tNilai\tPredikat",
			"1\tKUPANG\t67,15\tB",
			"2\tMANGARAI TIMUR\t71,02\tBB",
			"3\tKOTA KUPANG\t73,48\tBB",
			"\tRata-rata\t70,55\tBB"}, "\n") + "\n"
		d, err := Text("prov.txt", []byte(head+body))
		if err != nil {
			t.Fatal(err)
		}
		got := sakipBySatker(d)
		sort.Strings(got)
		wantRows(t, "sakip", got, []string{"5301|2023|67.15|B", "5319|2023|71.02|BB", "5371|2023|73.48|BB"})
	})
	checkDocs(t, []string{"dpt"}, []docCase{
		{"an apostrophe in a kecamatan, Total row named for the kota", []string{
			"Tabel 4.5 Rekapitulasi DPT Pemilu 2024", "",
			"Kecamatan\tTPS\tL\tP\tL+P",
			"Nele'an\t22\t3.402\t3.515\t6.917",
			"Ka'ubelen\t19\t2.880\t2.967\t5.847",
			"Total Kabupaten Sikka\t41\t6.282\t6.482\t12.764"},
			map[string][]string{"dpt": {
				"pemilu|2024|kecamatan|NELE'AN|<nil>|22|3402|3515|6917",
				"pemilu|2024|kecamatan|KA'UBELEN|<nil>|19|2880|2967|5847",
				"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|41|6282|6482|12764"}}},
	})
	// A code line without amounts, the amounts on the next (uncoded)
	// line: nothing proves the amounts are not an uncoded kegiatan's, so
	// the row is reported, never loaded on a guess (left as is).
	t.Run("a wrapped program row, amounts on its middle line: reported", func(t *testing.T) {
		d := parseDoc(t, "wrapped",
			"Tabel 3.9 Realisasi Anggaran Tahun 2024", "",
			"Kode\tProgram/Kegiatan\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)",
			"076.01.WA\tProgram Dukungan\t\t\t",
			"\tManajemen dan Pelaksanaan\t1.640.000.000\t1.598.210.400\t41.789.600",
			"\tTugas Teknis Lainnya\t\t\t",
			"\tJumlah\t1.640.000.000\t1.598.210.400\t41.789.600")
		wantRows(t, "anggaran", factRows["anggaran"](d), []string{"TOTAL|total||2024|1640000000|1598210400|41789600"})
		reported := false
		for _, f := range d.Findings {
			reported = reported || f.Aturan == "tabel.baris_tidak_dikenali"
		}
		if !reported {
			t.Errorf("the row left unread is not reported")
		}
	})
	t.Run("the year from the file name and the signature", func(t *testing.T) {
		text := "LAPORAN KINERJA\nSEKRETARIAT KPU KABUPATEN NGADA\n\nBAB I PENDAHULUAN\n\nIsi laporan.\n\nBajawa, 20 Januari 2022\nSekretaris KPU Kabupaten Ngada\n"
		d, err := Text("lkj-ngada-2021.txt", []byte(text))
		if err != nil {
			t.Fatalf("identity: %v", err)
		}
		if d.Meta.SatkerID != "5309" || d.Meta.Tahun != 2021 {
			t.Errorf("identity %s/%d, want 5309/2021", d.Meta.SatkerID, d.Meta.Tahun)
		}
	})
}

// TestSweepFourth: millions with decimals, a DIPA revised before its
// realisation, DPS and DPSHP columns beside the DPT's own, revenue alone.
func TestSweepFourth(t *testing.T) {
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"dalam jutaan rupiah, decimals", []string{
			"Tabel 3.6 Realisasi Anggaran 2024 (dalam jutaan rupiah)", "",
			"Kode\tProgram\tPagu\tRealisasi\tSisa",
			"076.01.WA\tProgram Dukungan Manajemen\t1.820,40\t1.771,31\t49,09",
			"\tTotal\t1.820,40\t1.771,31\t49,09"},
			map[string][]string{"anggaran": {
				"076.01.WA|program||2024|1820400000|1771310000|49090000",
				"TOTAL|total||2024|1820400000|1771310000|49090000"}}},
		{"the DIPA revised: the pagu is the amount after", []string{
			"Pagu DIPA awal tahun 2024 sebesar Rp2.000.000.000 dan setelah revisi menjadi Rp2.300.000.000, dengan realisasi sebesar Rp2.208.000.000 atau 96,00%."},
			map[string][]string{"anggaran": {"TOTAL|total||2024|2300000000|2208000000|92000000"}}},
		{"revenue alone is no budget", []string{
			"Realisasi Pendapatan Negara Bukan Pajak tahun 2024 mencapai Rp12.450.000 atau 124,50% dari target."}, nil},
	})
	checkDocs(t, []string{"dpt"}, []docCase{
		{"DPS and DPSHP beside DPT L, DPT P, DPT L+P", []string{
			"Tabel 4.1 Rekapitulasi DPT Pemilihan 2020", "",
			"No\tKecamatan\tDPS\tDPSHP\tDPT L\tDPT P\tDPT L+P",
			"1\tAlok\t18.900\t18.700\t9.104\t9.530\t18.634",
			"2\tTalibura\t12.990\t12.900\t6.211\t6.640\t12.851",
			"\tJumlah\t31.890\t31.600\t15.315\t16.170\t31.485"},
			map[string][]string{"dpt": {
				"pilkada|2020|kecamatan|ALOK|<nil>|<nil>|9104|9530|18634",
				"pilkada|2020|kecamatan|TALIBURA|<nil>|<nil>|6211|6640|12851",
				"pilkada|2020|kabupaten|Kabupaten Sikka|<nil>|<nil>|15315|16170|31485"}}},
	})
}
