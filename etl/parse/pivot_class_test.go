package parse

import (
	"strings"
	"testing"
)

// tabs joins cells with TABs: one row of a pasted table.
func tabs(cells ...string) string { return strings.Join(cells, "\t") }

// TestPivotBudget: a budget copied from an Excel PivotTable. Programs open
// their groups (alone on a line, or in their own column), `<program> Total`
// closes them with the program's figures, `Grand Total` is the year's
// total; a group's sum of percentages is no figure of it.
func TestPivotBudget(t *testing.T) {
	want := []string{"076.01.WA|program||2024|1857700000|1820350000|37350000",
		"3355|kegiatan|076.01.WA|2024|1215400000|1190250000|25150000",
		"3356|kegiatan|076.01.WA|2024|642300000|630100000|12200000",
		"076.01.CQ|program||2024|698500000|672620000|25880000",
		"6639|kegiatan|076.01.CQ|2024|410500000|401900000|8600000",
		"6640|kegiatan|076.01.CQ|2024|288000000|270720000|17280000",
		"TOTAL|total||2024|2556200000|2492970000|63230000"}
	checkDocs(t, []string{"anggaran"}, []docCase{{
		name: "compact, English, bottom subtotals, in thousands",
		body: []string{"Tabel 3.7 Realisasi Anggaran per Program dan Kegiatan Tahun 2024 (dalam ribuan rupiah)", "",
			tabs("Row Labels", "Sum of Pagu", "Sum of Realisasi", "Sum of Sisa", "Sum of Serapan (%)"),
			"076.01.WA",
			tabs("3355 Pengelolaan Keuangan", "1.215.400", "1.190.250", "25.150", "97,93"),
			tabs("3356 Pengelolaan SDM", "642.300", "630.100", "12.200", "98,10"),
			tabs("076.01.WA Total", "1.857.700", "1.820.350", "37.350", "196,03"),
			"076.01.CQ",
			tabs("6639 Pemutakhiran Data Pemilih", "410.500", "401.900", "8.600", "97,90"),
			tabs("6640 Sosialisasi", "288.000", "270.720", "17.280", "94,00"),
			tabs("076.01.CQ Total", "698.500", "672.620", "25.880", "191,90"),
			tabs("Grand Total", "2.556.200", "2.492.970", "63.230", "387,93"), "", "Sumber: aplikasi SAKTI, diolah."},
		want: map[string][]string{"anggaran": want},
	}, {
		name: "compact, Indonesian Excel, whole rupiah, names after the codes",
		body: []string{"Tabel 3.2 Pagu dan Realisasi Anggaran TA 2024", "",
			tabs("Label Baris", "Jumlah dari Pagu", "Jumlah dari Realisasi"),
			tabs("076.01.WA - Program Dukungan Manajemen"),
			tabs("3355 - Pengelolaan Keuangan", "1.215.400.000", "1.190.250.000"),
			tabs("3356 - Pengelolaan SDM", "642.300.000", "630.100.000"),
			tabs("076.01.WA - Program Dukungan Manajemen Total", "1.857.700.000", "1.820.350.000"),
			"076.01.CQ - Program Penyelenggaraan Pemilu",
			tabs("6639 - Pemutakhiran Data Pemilih", "410.500.000", "401.900.000"),
			tabs("6640 - Sosialisasi", "288.000.000", "270.720.000"),
			tabs("076.01.CQ - Program Penyelenggaraan Pemilu Total", "698.500.000", "672.620.000"),
			tabs("Total Keseluruhan", "2.556.200.000", "2.492.970.000"), "", "Realisasi tersebut dibahas di bawah."},
		want: map[string][]string{"anggaran": want},
	}, {
		name: "tabular form, program and kegiatan in columns of their own",
		body: []string{"Tabel 3.5 Realisasi Anggaran 2024", "",
			tabs("Program", "Kegiatan", "Sum of Pagu", "Sum of Realisasi"),
			tabs("076.01.WA", "3355", "1,215,400,000", "1,190,250,000"),
			tabs("", "3356", "642,300,000", "630,100,000"),
			tabs("076.01.WA Total", "", "1,857,700,000", "1,820,350,000"),
			tabs("076.01.CQ", "6639", "410,500,000", "401,900,000"),
			tabs("", "6640", "288,000,000", "270,720,000"),
			tabs("076.01.CQ Total", "", "698,500,000", "672,620,000"),
			tabs("Grand Total", "", "2,556,200,000", "2,492,970,000")},
		want: map[string][]string{"anggaran": want},
	}, {
		name: "subtotals at the top of each group, levels from the codes",
		body: []string{"Tabel 3.5 Realisasi Anggaran 2024", "",
			tabs("Row Labels", "Sum of Pagu", "Sum of Realisasi"),
			tabs("076.01.WA", "1.857.700.000", "1.820.350.000"),
			tabs("3355", "1.215.400.000", "1.190.250.000"),
			tabs("3356", "642.300.000", "630.100.000"),
			tabs("076.01.CQ", "698.500.000", "672.620.000"),
			tabs("6639", "410.500.000", "401.900.000"),
			tabs("6640", "288.000.000", "270.720.000"),
			tabs("Grand Total", "2.556.200.000", "2.492.970.000")},
		want: map[string][]string{"anggaran": want},
	}, {
		name: "outputs under kegiatan, (blank) where a kegiatan has none",
		body: []string{"Tabel 3.6 Realisasi Anggaran per Kegiatan dan Output Tahun 2024", "",
			tabs("Kegiatan", "Output", "Sum of Pagu", "Sum of Realisasi"),
			tabs("3355", "3355.EBA.994", "700.000.000", "690.000.000"),
			tabs("", "3355.EBB.951", "515.400.000", "500.250.000"),
			tabs("3355 Total", "", "1.215.400.000", "1.190.250.000"),
			tabs("3356", "(blank)", "642.300.000", "630.100.000"),
			tabs("3356 Total", "", "642.300.000", "630.100.000"),
			tabs("Grand Total", "", "1.857.700.000", "1.820.350.000")},
		want: map[string][]string{"anggaran": {"3355|kegiatan||2024|1215400000|1190250000|25150000",
			"3355.EBA.994|output|3355|2024|700000000|690000000|10000000", "3355.EBB.951|output|3355|2024|515400000|500250000|15150000",
			"3356|kegiatan||2024|642300000|630100000|12200000", "TOTAL|total||2024|1857700000|1820350000|37350000"}},
	}, {
		name: "a group total its rows do not make: nothing read",
		body: []string{"Tabel 3.7 Realisasi Anggaran per Program Tahun 2024", "",
			tabs("Row Labels", "Sum of Pagu", "Sum of Realisasi"),
			"076.01.WA",
			tabs("3355", "1.215.400.000", "1.190.250.000"),
			tabs("3356", "642.300.000", "630.100.000"),
			tabs("076.01.WA Total", "1.875.700.000", "1.820.350.000"),
			tabs("Grand Total", "1.875.700.000", "1.820.350.000")},
	}})
}

// TestPivotOtherFamilies: voter rolls, capaian and SAKIP components copied
// from pivots. A roll's Grand Total is the kabupaten's row and its villages
// under each kecamatan no facts; `Sum of DPK` is no DPT; a capaian pivot's
// group and grand totals (sums of targets) are no facts; a component
// pivot's Grand Total is the score.
func TestPivotOtherFamilies(t *testing.T) {
	kab := "pemilu|2024|kabupaten|Kabupaten Sikka|30|120|22898|24136|47034"
	checkDocs(t, []string{"dpt", "capaian", "sakip", "sakip_komponen"}, []docCase{{
		name: "DPT per kecamatan, one level",
		body: []string{"Tabel 2.3 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
			tabs("Row Labels", "Count of Desa/Kel", "Sum of TPS", "Sum of L", "Sum of P", "Sum of L+P", "Sum of DPK"),
			tabs("ALOK", "6", "52", "9.812", "10.334", "20.146", "41"),
			tabs("NITA", "12", "38", "7.105", "7.598", "14.703", "12"),
			tabs("TALIBURA", "12", "30", "5.981", "6.204", "12.185", "7"),
			tabs("Grand Total", "30", "120", "22.898", "24.136", "47.034", "60"), "", "Sumber: Sidalih."},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|ALOK|6|52|9812|10334|20146",
			"pemilu|2024|kecamatan|NITA|12|38|7105|7598|14703", "pemilu|2024|kecamatan|TALIBURA|12|30|5981|6204|12185", kab}},
	}, {
		name: "DPT per kecamatan and desa, Indonesian Excel, the kecamatan's Total its row",
		body: []string{"Tabel 2.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan dan Desa", "",
			tabs("Label Baris", "Jumlah dari TPS", "Jumlah dari Laki-laki", "Jumlah dari Perempuan", "Jumlah dari Total Pemilih"),
			"Alok",
			tabs("Kota Uneng", "20", "3.900", "4.100", "8.000"),
			tabs("Wolomarang", "32", "5.912", "6.234", "12.146"),
			tabs("Alok Total", "52", "9.812", "10.334", "20.146"),
			"Nita",
			tabs("Nita", "20", "3.605", "3.798", "7.403"),
			tabs("Takaplager", "18", "3.500", "3.800", "7.300"),
			tabs("Nita Total", "38", "7.105", "7.598", "14.703"),
			tabs("Total Keseluruhan", "90", "16.917", "17.932", "34.849")},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|ALOK|<nil>|52|9812|10334|20146",
			"pemilu|2024|kecamatan|NITA|<nil>|38|7105|7598|14703", "pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|90|16917|17932|34849"}},
	}, {
		name: "DPT per kecamatan and desa over a page break, a page number and a running header between",
		body: []string{"Tabel 2.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan dan Desa", "",
			tabs("Label Baris", "Jumlah dari TPS", "Jumlah dari Laki-laki", "Jumlah dari Perempuan", "Jumlah dari Total Pemilih"),
			"Alok",
			tabs("Kota Uneng", "20", "3.900", "4.100", "8.000"),
			tabs("Wolomarang", "32", "5.912", "6.234", "12.146"),
			tabs("Alok Total", "52", "9.812", "10.334", "20.146"), "", "- 14 -", "\f",
			"Laporan Kinerja KPU Kabupaten Sikka 2024", "",
			"Nita",
			tabs("Nita", "20", "3.605", "3.798", "7.403"),
			tabs("Takaplager", "18", "3.500", "3.800", "7.300"),
			tabs("Nita Total", "38", "7.105", "7.598", "14.703"),
			tabs("Total Keseluruhan", "90", "16.917", "17.932", "34.849")},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|ALOK|<nil>|52|9812|10334|20146",
			"pemilu|2024|kecamatan|NITA|<nil>|38|7105|7598|14703", "pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|90|16917|17932|34849"}},
	}, {
		name: "DPT per kecamatan and desa, subtotals at the top, no level shown: the sums part the rows",
		body: []string{"Tabel 2.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan dan Desa", "",
			tabs("Row Labels", "Sum of TPS", "Sum of L", "Sum of P", "Sum of L+P"),
			tabs("Alok", "52", "9.812", "10.334", "20.146"),
			tabs("Kota Uneng", "20", "3.900", "4.100", "8.000"),
			tabs("Wolomarang", "32", "5.912", "6.234", "12.146"),
			tabs("Nita", "38", "7.105", "7.598", "14.703"),
			tabs("Nita", "20", "3.605", "3.798", "7.403"),
			tabs("Takaplager", "18", "3.500", "3.800", "7.300"),
			tabs("Grand Total", "90", "16.917", "17.932", "34.849")},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|ALOK|<nil>|52|9812|10334|20146",
			"pemilu|2024|kecamatan|NITA|<nil>|38|7105|7598|14703", "pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|90|16917|17932|34849"}},
	}, {
		name: "capaian grouped by sasaran: the sums are no facts",
		body: []string{"Tabel 3.1 Pengukuran Kinerja Sasaran Strategis Tahun 2024", "",
			tabs("Row Labels", "Sum of Target", "Sum of Realisasi", "Sum of Capaian"),
			"Meningkatnya kualitas penyelenggaraan pemilu",
			tabs("Persentase partisipasi pemilih", "77,50", "81,20", "104,77"),
			tabs("Persentase pemilih terdaftar yang mutakhir", "100,00", "96,00", "96,00"),
			tabs("Meningkatnya kualitas penyelenggaraan pemilu Total", "177,50", "177,20", "200,77"),
			"Meningkatnya akuntabilitas kinerja",
			tabs("Persentase laporan keuangan tepat waktu", "100,00", "100,00", "100,00"),
			tabs("Opini BPK atas laporan keuangan", "WTP", "WTP", ""),
			tabs("Meningkatnya akuntabilitas kinerja Total", "100,00", "100,00", "100,00"),
			tabs("Grand Total", "277,50", "277,20", "300,77")},
		// a grade or opinion adds nothing to the sums, as in Excel
		want: map[string][]string{"capaian": {"Persentase partisipasi pemilih|77.5|81.2|104.77",
			"Persentase pemilih terdaftar yang mutakhir|100|96|96", "Persentase laporan keuangan tepat waktu|100|100|100",
			"Opini BPK atas laporan keuangan|<nil>|<nil>|<nil>"}},
	}, {
		name: "SAKIP components, the Grand Total the score",
		body: []string{"Tabel 3.9 Hasil Evaluasi AKIP Tahun 2023 per Komponen", "",
			tabs("Row Labels", "Sum of Bobot", "Sum of Nilai"),
			tabs("Perencanaan Kinerja", "30", "21,40"),
			tabs("Pengukuran Kinerja", "30", "19,85"),
			tabs("Pelaporan Kinerja", "15", "10,20"),
			tabs("Evaluasi Akuntabilitas Kinerja Internal", "25", "14,60"),
			tabs("Grand Total", "100", "66,05")},
		want: map[string][]string{"sakip": {"2023|66.05|B"}, "sakip_komponen": {"2023|perencanaan|30|21.4", "2023|pengukuran|30|19.85",
			"2023|pelaporan|15|10.2", "2023|evaluasi_internal|25|14.6"}},
	}, {
		name: "SAKIP components over their sub-components",
		body: []string{"Tabel 3.9 Hasil Evaluasi AKIP Tahun 2023 per Komponen", "",
			tabs("Row Labels", "Sum of Bobot", "Sum of Nilai"),
			"Perencanaan Kinerja",
			tabs("Rencana Strategis", "10", "7,10"), tabs("Perencanaan Kinerja Tahunan", "20", "14,30"),
			tabs("Perencanaan Kinerja Total", "30", "21,40"),
			"Pengukuran Kinerja",
			tabs("Pemenuhan pengukuran", "6", "4,05"), tabs("Kualitas pengukuran", "9", "6,00"), tabs("Implementasi pengukuran", "15", "9,80"),
			tabs("Pengukuran Kinerja Total", "30", "19,85"),
			"Pelaporan Kinerja",
			tabs("Pemenuhan pelaporan", "3", "2,20"), tabs("Kualitas pelaporan", "7,5", "5,00"), tabs("Pemanfaatan pelaporan", "4,5", "3,00"),
			tabs("Pelaporan Kinerja Total", "15", "10,20"),
			"Evaluasi Akuntabilitas Kinerja Internal",
			tabs("Pemenuhan evaluasi", "5", "3,10"), tabs("Kualitas evaluasi", "7,5", "4,50"), tabs("Pemanfaatan evaluasi", "12,5", "7,00"),
			tabs("Evaluasi Akuntabilitas Kinerja Internal Total", "25", "14,60"),
			tabs("Grand Total", "100", "66,05")},
		want: map[string][]string{"sakip": {"2023|66.05|B"}, "sakip_komponen": {"2023|perencanaan|30|21.4", "2023|pengukuran|30|19.85",
			"2023|pelaporan|15|10.2", "2023|evaluasi_internal|25|14.6"}},
	}})
}

// TestPivotMoreLayouts: levels shown by indentation (program, kegiatan,
// output), a calculated percentage that is the row's own ratio (kept on
// the groups), a roll per kabupaten/kota named by its rows (its Grand
// Total the province's), an RB pivot whose total percentage is its ratio.
func TestPivotMoreLayouts(t *testing.T) {
	checkDocs(t, []string{"anggaran", "dpt", "rb", "sakip", "sakip_komponen"}, []docCase{{
		name: "budget indented three levels, serapan a calculated field",
		body: []string{"Tabel 3.8 Realisasi Anggaran per Output Tahun 2024 (dalam ribuan rupiah)", "",
			tabs("Row Labels", "Sum of Pagu", "Sum of Realisasi", "Sum of Serapan (%)"),
			"076.01.WA",
			tabs("    3355", "", "", ""),
			tabs("        3355.EBA.994", "700.000", "690.000", "98,57"),
			tabs("        3355.EBB.951", "515.400", "500.250", "97,06"),
			tabs("    3355 Total", "1.215.400", "1.190.250", "97,93"),
			tabs("    3356"),
			tabs("        3356.EBA.962", "642.300", "630.100", "98,10"),
			tabs("    3356 Total", "642.300", "630.100", "98,10"),
			tabs("076.01.WA Total", "1.857.700", "1.820.350", "97,99"),
			tabs("Grand Total", "1.857.700", "1.820.350", "97,99")},
		want: map[string][]string{"anggaran": {"076.01.WA|program||2024|1857700000|1820350000|37350000",
			"3355|kegiatan|076.01.WA|2024|1215400000|1190250000|25150000",
			"3355.EBA.994|output|3355|2024|700000000|690000000|10000000", "3355.EBB.951|output|3355|2024|515400000|500250000|15150000",
			"3356|kegiatan|076.01.WA|2024|642300000|630100000|12200000", "3356.EBA.962|output|3356|2024|642300000|630100000|12200000",
			"TOTAL|total||2024|1857700000|1820350000|37350000"}},
	}, {
		name: "DPT per kabupaten/kota, the rows name the satkers",
		body: []string{"Tabel 2.1 DPT Pemilu 2024 di wilayah Flores", "",
			tabs("Row Labels", "Sum of TPS", "Sum of Laki-laki", "Sum of Perempuan", "Sum of Jumlah"),
			tabs("ENDE", "812", "118.204", "125.330", "243.534"),
			tabs("SIKKA", "901", "139.115", "150.201", "289.316"),
			tabs("Grand Total", "1713", "257.319", "275.531", "532.850")},
		want: map[string][]string{"dpt": {"pemilu|2024|kabupaten|Kabupaten Ende|<nil>|812|118204|125330|243534",
			"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|901|139115|150201|289316", "pemilu|2024|provinsi|Nusa Tenggara Timur|<nil>|1713|257319|275531|532850"}},
	}, {
		name: "RB pivot, the total's percentage its ratio",
		body: []string{"Tabel 3.12 Hasil Evaluasi Reformasi Birokrasi Tahun 2023", "",
			tabs("Row Labels", "Sum of Nilai", "Sum of Bobot", "Sum of Persentase"),
			tabs("Pengungkit", "15,32", "21,78", "70,34"),
			tabs("Hasil", "9,10", "14,52", "62,67"),
			tabs("Grand Total", "24,42", "36,30", "67,27")},
		want: map[string][]string{"rb": {"2023|24.42"}},
	}})
}

// TestPivotUnproven: a pivot whose groups its rows do not prove (a sum
// off, a Total row of no open group, a group never closed) loads nothing
// of any family and is reported.
func TestPivotUnproven(t *testing.T) {
	for name, body := range map[string][]string{
		"a kecamatan's Total off by a hundred": {"Tabel 2.4 DPT Pemilu 2024 per Kecamatan dan Desa", "",
			tabs("Row Labels", "Sum of L", "Sum of P", "Sum of L+P"),
			"Paga", tabs("Paga", "1.200", "1.300", "2.500"), tabs("Wolowiro", "800", "900", "1.700"),
			tabs("Paga Total", "2.100", "2.200", "4.300"),
			tabs("Grand Total", "2.100", "2.200", "4.300")},
		"a Total row of no open group": {"Tabel 3.4 Realisasi Anggaran 2024", "",
			tabs("Row Labels", "Sum of Pagu", "Sum of Realisasi"),
			tabs("3355", "1.000.000.000", "900.000.000"), tabs("076.01.CQ Total", "1.000.000.000", "900.000.000"),
			tabs("Grand Total", "1.000.000.000", "900.000.000")},
		"a program's Total off by a million": {"Tabel 3.4 Realisasi Anggaran 2024", "",
			tabs("Row Labels", "Sum of Pagu", "Sum of Realisasi"),
			"076.01.WA", tabs("3355", "1.000.000.000", "900.000.000"), tabs("3356", "500.000.000", "450.000.000"),
			tabs("076.01.WA Total", "1.501.000.000", "1.350.000.000"),
			tabs("Grand Total", "1.501.000.000", "1.350.000.000")},
		"a group never closed": {"Tabel 2.4 DPT Pemilu 2024", "",
			tabs("Row Labels", "Sum of L", "Sum of P", "Sum of L+P"),
			"Mego", tabs("Mego", "1.200", "1.300", "2.500"), tabs("Paga", "800", "900", "1.700"),
			tabs("Grand Total", "2.000", "2.200", "4.200")},
	} {
		d := parseDoc(t, name, body...)
		said := false // reported as the pivot it is, the whole of it
		for _, f := range d.Findings {
			said = said || f.Aturan == "tabel.tidak_dikenali" && strings.Contains(f.Pesan, "PivotTable")
		}
		if n := len(d.DPT) + len(d.Anggaran) + len(d.Capaian); n != 0 || !said {
			t.Errorf("%s: %d rows loaded, reported as a pivot %v", name, n, said)
		}
	}
}

// TestPivotColumnsAndFilters: a column field's two header lines (years:
// a series whose Grand Total column, a sum over years, is no fact; the
// sexes: a roll whose Grand Total column is its L+P), report filters above
// the pivot, and a code whose one row below is its name.
func TestPivotColumnsAndFilters(t *testing.T) {
	checkDocs(t, []string{"capaian_seri", "dpt", "anggaran"}, []docCase{{
		name: "realisasi per year as columns",
		body: []string{"Tabel 3.1 Capaian Indikator Kinerja Tahun 2024", "",
			tabs("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"),
			tabs("1", "Persentase partisipasi pemilih", "77,50", "81,20", "104,77"),
			tabs("2", "Persentase laporan keuangan tepat waktu", "100,00", "100,00", "100,00"), "",
			"Tabel 3.3 Perkembangan Realisasi Indikator Kinerja 2022-2024", "",
			tabs("Sum of Realisasi", "Column Labels"),
			tabs("Row Labels", "2022", "2023", "2024", "Grand Total"),
			tabs("Persentase laporan keuangan tepat waktu", "90,00", "95,00", "100,00", "285,00"),
			tabs("Persentase partisipasi pemilih", "70,10", "74,30", "81,20", "225,60"),
			tabs("Grand Total", "160,10", "169,30", "181,20", "510,60")},
		want: map[string][]string{"capaian_seri": {"Persentase laporan keuangan tepat waktu|2022|realisasi|90",
			"Persentase laporan keuangan tepat waktu|2023|realisasi|95", "Persentase laporan keuangan tepat waktu|2024|realisasi|100",
			"Persentase partisipasi pemilih|2022|realisasi|70.1", "Persentase partisipasi pemilih|2023|realisasi|74.3",
			"Persentase partisipasi pemilih|2024|realisasi|81.2"}},
	}, {
		name: "voters by sex as columns, under report filters",
		body: []string{"Tabel 2.2 Daftar Pemilih Tetap Pemilu 2024 per Kecamatan", "",
			tabs("Kabupaten", "Sikka"), tabs("Desa/Kel", "(All)"), "",
			tabs("Jumlah dari Pemilih", "Label Kolom"),
			tabs("Label Baris", "Laki-laki", "Perempuan", "Total Keseluruhan"),
			tabs("Alok", "9.812", "10.334", "20.146"),
			tabs("Nita", "7.105", "7.598", "14.703"),
			tabs("Total Keseluruhan", "16.917", "17.932", "34.849")},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|9812|10334|20146",
			"pemilu|2024|kecamatan|NITA|<nil>|<nil>|7105|7598|14703", "pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|16917|17932|34849"}},
	}, {
		name: "a code over its name, tabular",
		body: []string{"Tabel 3.5 Realisasi Anggaran per Program Tahun 2024", "",
			tabs("Kode", "Uraian", "Sum of Pagu", "Sum of Realisasi"),
			tabs("076.01.CQ", "Program Penyelenggaraan Pemilu", "698.500.000", "672.620.000"),
			tabs("076.01.CQ Total", "", "698.500.000", "672.620.000"),
			tabs("076.01.WA", "Program Dukungan Manajemen", "1.857.700.000", "1.820.350.000"),
			tabs("076.01.WA Total", "", "1.857.700.000", "1.820.350.000"),
			tabs("Grand Total", "", "2.556.200.000", "2.492.970.000")},
		want: map[string][]string{"anggaran": {"076.01.CQ|program||2024|698500000|672620000|25880000",
			"076.01.WA|program||2024|1857700000|1820350000|37350000", "TOTAL|total||2024|2556200000|2492970000|63230000"}},
	}})
}

// TestPivotYears: a budget pivot by fiscal year gives each year's TOTAL;
// its Grand Total adds years up and is no fact.
func TestPivotYears(t *testing.T) {
	checkDocs(t, []string{"anggaran"}, []docCase{{
		name: "pagu and realisasi per year",
		body: []string{"Tabel 3.9 Perkembangan Anggaran 2022-2024", "",
			tabs("Row Labels", "Sum of Pagu", "Sum of Realisasi"),
			tabs("2022", "3.104.220.000", "2.998.310.400"),
			tabs("2023", "9.870.500.000", "9.611.002.150"),
			tabs("2024", "12.440.000.000", "12.103.950.000"),
			tabs("Grand Total", "25.414.720.000", "24.713.262.550")},
		want: map[string][]string{"anggaran": {"TOTAL|total||2022|3104220000|2998310400|105909600",
			"TOTAL|total||2023|9870500000|9611002150|259497850", "TOTAL|total||2024|12440000000|12103950000|336050000"}},
	}})
}

// TestPivotLayout: a pivot in pdftotext -layout text, its columns spaced:
// the aligner makes its rows TAB rows but leaves its header of aggregated
// titles spaced; the header's titles are parted at runs of spaces.
func TestPivotLayout(t *testing.T) {
	checkDocs(t, []string{"anggaran", "dpt"}, []docCase{{
		name: "budget, bottom subtotals, in thousands",
		body: []string{"Tabel 3.7 Realisasi Anggaran per Program Tahun 2024 (dalam ribuan rupiah)", "",
			"Row Labels                      Sum of Pagu   Sum of Realisasi   Sum of Sisa",
			"076.01.CQ",
			"6639 Pemutakhiran Data Pemilih      410.500            401.900         8.600",
			"6640 Sosialisasi                    288.000            270.720        17.280",
			"076.01.CQ Total                     698.500            672.620        25.880",
			"076.01.WA",
			"3355 Pengelolaan Keuangan         1.215.400          1.190.250        25.150",
			"076.01.WA Total                   1.215.400          1.190.250        25.150",
			"Grand Total                       1.913.900          1.862.870        51.030", "",
			"Sumber: aplikasi SAKTI, diolah."},
		want: map[string][]string{"anggaran": {"076.01.CQ|program||2024|698500000|672620000|25880000",
			"6639|kegiatan|076.01.CQ|2024|410500000|401900000|8600000", "6640|kegiatan|076.01.CQ|2024|288000000|270720000|17280000",
			"076.01.WA|program||2024|1215400000|1190250000|25150000", "3355|kegiatan|076.01.WA|2024|1215400000|1190250000|25150000",
			"TOTAL|total||2024|1913900000|1862870000|51030000"}},
	}, {
		name: "DPT per kecamatan",
		body: []string{"Tabel 2.3 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
			"Label Baris     Jumlah dari L   Jumlah dari P   Jumlah dari L+P",
			"ALOK                    9.812          10.334            20.146",
			"NITA                    7.105           7.598            14.703",
			"Total Keseluruhan      16.917          17.932            34.849"},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|ALOK|<nil>|<nil>|9812|10334|20146",
			"pemilu|2024|kecamatan|NITA|<nil>|<nil>|7105|7598|14703", "pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|16917|17932|34849"}},
	}})
}
