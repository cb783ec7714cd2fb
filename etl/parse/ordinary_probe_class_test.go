package parse

import (
	"strings"
	"testing"
)

// ordCover is the cover of a made-up ordinary LKj of a kabupaten office.
func ordCover(satker, year string, body ...string) []string {
	head := []string{"LAPORAN KINERJA KPU KABUPATEN " + strings.ToUpper(satker) + " TAHUN " + year, "",
		"Sekretaris KPU Kabupaten " + satker, "", "BAB III AKUNTABILITAS KINERJA", ""}
	return append(head, body...)
}

type ordCase struct {
	name, satker, year string
	body               []string
	want               map[string][]string
}

var ordFamilies = []string{"capaian", "anggaran", "sakip", "sakip_komponen", "rb", "dpt"}

func checkOrd(t *testing.T, cases []ordCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc2(t, tc.name, ordCover(tc.satker, tc.year, tc.body...))
			for _, fam := range ordFamilies {
				wantRows(t, fam, factRows[fam](d), tc.want[fam])
			}
		})
	}
}

const (
	ordInd1 = "Persentase partisipasi pemilih pada pemilihan serentak"
	ordInd2 = "Persentase laporan keuangan yang disusun tepat waktu"
	ordInd3 = "Indeks kepuasan masyarakat atas layanan informasi publik"
)

func ordCapRows(sep string, rows ...[5]string) []string {
	var out []string
	for _, r := range rows {
		out = append(out, strings.Join(r[:], sep))
	}
	return out
}

var ordCapBase = [][5]string{
	{"1", ordInd1, "77,5", "81,20", "104,77"},
	{"2", ordInd2, "100", "100", "100"},
	{"3", ordInd3, "80", "76,40", "95,50"},
}

var ordCapWant = []string{ordInd1 + "|77.5|81.2|104.77", ordInd2 + "|100|100|100", ordInd3 + "|80|76.4|95.5"}

func ordCapTable(caption string, header []string, rows []string) []string {
	out := []string{}
	if caption != "" {
		out = append(out, caption, "")
	}
	out = append(out, header...)
	return append(append(out, rows...), "", "Capaian di atas dianalisis pada subbab berikut.", "")
}

func TestOrdinaryProbeCapaian(t *testing.T) {
	hdr := []string{"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)"}
	base := ordCapRows("\t", ordCapBase...)
	pct := ordCapRows("\t", [5]string{"1", ordInd1, "77,5%", "81,20%", "104,77%"}, [5]string{"2", ordInd2, "100%", "100%", "100%"}, [5]string{"3", ordInd3, "80", "76,40", "95,50%"})
	sas := []string{"Sasaran Strategis 1: Meningkatnya partisipasi pemilih", base[0], "Sasaran Strategis 2: Terwujudnya tata kelola keuangan yang akuntabel", base[1], base[2]}
	wrapped := []string{"1\tPersentase partisipasi pemilih pada\t77,5\t81,20\t104,77", "\tpemilihan serentak\t\t\t", base[1], "3\tIndeks kepuasan masyarakat atas\t\t\t", "\tlayanan informasi publik\t80\t76,40\t95,50"}
	cont := append(append([]string{"Tabel 3.1 Pengukuran Kinerja Tahun 2022", ""}, hdr...), base[:2]...)
	cont = append(cont, "", "25", "\f", "Laporan Kinerja KPU Kabupaten Rote Ndao Tahun 2022", "", "Lanjutan Tabel 3.1", "", hdr[0], base[2], "")
	checkOrd(t, []ordCase{
		{"baseline", "Alor", "2023", ordCapTable("Tabel 3.1 Pengukuran Kinerja Tahun 2023", hdr, base), map[string][]string{"capaian": ordCapWant}},
		{"caption under", "Belu", "2021", append(ordCapTable("", hdr, base), "Tabel 3.1 Capaian Indikator Kinerja Tahun 2021", ""), map[string][]string{"capaian": ordCapWant}},
		{"caption absent", "Ende", "2022", append([]string{"Capaian indikator kinerja utama tahun 2022 disajikan sebagai berikut:", ""}, ordCapTable("", hdr, base)...), map[string][]string{"capaian": ordCapWant}},
		{"TABEL 6 dash caption", "Lembata", "2020", ordCapTable("TABEL 6 - CAPAIAN KINERJA SASARAN STRATEGIS", hdr, base), map[string][]string{"capaian": ordCapWant}},
		{"three level caption, Persentase Capaian", "Ngada", "2024", ordCapTable("Tabel 3.2.1 Capaian Kinerja Tahun 2024", []string{"No\tIndikator Kinerja\tTarget\tRealisasi\tPersentase Capaian"}, base), map[string][]string{"capaian": ordCapWant}},
		{"Capaian Kinerja (%) with Satuan", "Nagekeo", "2023", ordCapTable("Tabel III.2 Capaian Kinerja", []string{"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian Kinerja (%)"},
			[]string{"1\t" + ordInd1 + "\t%\t77,5\t81,20\t104,77", "2\t" + ordInd2 + "\t%\t100\t100\t100", "3\t" + ordInd3 + "\tIndeks\t80\t76,40\t95,50"}), map[string][]string{"capaian": ordCapWant}},
		{"percent in cells", "Sikka", "2021", ordCapTable("Tabel 3.1 Pengukuran Kinerja", hdr, pct), map[string][]string{"capaian": ordCapWant}},
		{"header over two lines", "Malaka", "2022", ordCapTable("Tabel 3.1 Pengukuran Kinerja", []string{"No\tIndikator\tTarget\tRealisasi\tCapaian", "\tKinerja\t2022\t2022\t(%)"}, base), map[string][]string{"capaian": ordCapWant}},
		{"sasaran headings between rows", "Sumba Timur", "2023", ordCapTable("Tabel 3.1 Pengukuran Kinerja", hdr, sas), map[string][]string{"capaian": ordCapWant}},
		{"names wrapped, values first or last line", "Sumba Barat", "2019", ordCapTable("Tabel 3.1 Pengukuran Kinerja", hdr, wrapped), map[string][]string{"capaian": ordCapWant}},
		{"continued on the next page", "Rote Ndao", "2022", cont, map[string][]string{"capaian": ordCapWant}},
		{"realisasi before target", "Manggarai", "2020", ordCapTable("Tabel 3.1 Pengukuran Kinerja", []string{"No\tIndikator Kinerja\tRealisasi\tTarget\tCapaian (%)"},
			[]string{"1\t" + ordInd1 + "\t81,20\t77,5\t104,77", "2\t" + ordInd2 + "\t100\t100\t100", "3\t" + ordInd3 + "\t76,40\t80\t95,50"}), map[string][]string{"capaian": ordCapWant}},
	})
}

// ordBudget are a program tree that adds up: pagu, realisasi, sisa, serapan.
var ordBudget = [][6]string{
	{"076.01.WA", "Program Dukungan Manajemen", "2.400.000.000", "2.280.000.000", "120.000.000", "95,00"},
	{"3355", "Pengelolaan Keuangan", "1.000.000.000", "960.000.000", "40.000.000", "96,00"},
	{"3360", "Operasional Perkantoran", "1.400.000.000", "1.320.000.000", "80.000.000", "94,29"},
	{"076.01.CQ", "Program Penyelenggaraan Pemilu", "600.000.000", "588.000.000", "12.000.000", "98,00"},
	{"6639", "Teknis Penyelenggaraan", "600.000.000", "588.000.000", "12.000.000", "98,00"},
}

func ordBudgetWant(year string) []string {
	return []string{
		"076.01.WA|program||" + year + "|2400000000|2280000000|120000000",
		"3355|kegiatan|076.01.WA|" + year + "|1000000000|960000000|40000000",
		"3360|kegiatan|076.01.WA|" + year + "|1400000000|1320000000|80000000",
		"076.01.CQ|program||" + year + "|600000000|588000000|12000000",
		"6639|kegiatan|076.01.CQ|" + year + "|600000000|588000000|12000000",
		"TOTAL|total||" + year + "|3000000000|2868000000|132000000",
	}
}

// ordBudgetRows writes the rows with cell(i, v) rewriting each amount, the
// total labelled total in its own way.
func ordBudgetRows(cell func(string) string, total []string, order [6]int) []string {
	var out []string
	for _, r := range ordBudget {
		row := [6]string{r[0], r[1], cell(r[2]), cell(r[3]), cell(r[4]), r[5]}
		var cells []string
		for _, i := range order {
			cells = append(cells, row[i])
		}
		out = append(out, strings.Join(cells, "\t"))
	}
	tot := [6]string{total[0], total[1], cell("3.000.000.000"), cell("2.868.000.000"), cell("132.000.000"), "95,60"}
	var cells []string
	for _, i := range order {
		cells = append(cells, tot[i])
	}
	return append(out, strings.Join(cells, "\t"))
}

func TestOrdinaryProbeAnggaran(t *testing.T) {
	same := func(s string) string { return s }
	thousands := func(s string) string { return strings.TrimSuffix(s, ".000") }
	rp := func(s string) string { return "Rp " + s + ",00" }
	plain := [6]int{0, 1, 2, 3, 4, 5}
	pctFirst := [6]int{0, 1, 2, 3, 5, 4}
	hdr := "Kode\tProgram/Kegiatan\tPagu\tRealisasi\tSisa\t%"
	doc := func(caption, header string, rows []string) []string {
		out := append([]string{"Realisasi anggaran menurut program dan kegiatan disajikan sebagai berikut.", "", caption, "", header}, rows...)
		return append(out, "", "Sumber: aplikasi SAKTI.", "")
	}
	jumlah := []string{"", "JUMLAH"}
	rows := ordBudgetRows(same, jumlah, plain)
	cont := append(doc("Tabel 3.9 Realisasi Anggaran Tahun 2021", hdr, rows[:3])[:8], "", "31", "\f", "LKj KPU Kabupaten Timor Tengah Utara 2021", "", "Lanjutan Tabel 3.9", "", hdr)
	cont = append(cont, rows[3:]...)
	checkOrd(t, []ordCase{
		{"baseline", "Alor", "2023", doc("Tabel 3.5 Realisasi Anggaran Tahun 2023", hdr, rows), map[string][]string{"anggaran": ordBudgetWant("2023")}},
		{"Pagu DIPA, Realisasi s.d. 31 Desember", "Belu", "2022", doc("Tabel 3.5 Realisasi Anggaran", "Kode\tUraian\tPagu DIPA (Rp)\tRealisasi s.d. 31 Desember (Rp)\tSisa Anggaran (Rp)\tDaya Serap (%)", rows), map[string][]string{"anggaran": ordBudgetWant("2022")}},
		{"Anggaran Setelah Revisi, Sisa Dana", "Ende", "2021", doc("Tabel 3.5 Realisasi Anggaran", "Kode\tProgram/Kegiatan\tAnggaran Setelah Revisi\tRealisasi\tSisa Dana\tPersentase", rows), map[string][]string{"anggaran": ordBudgetWant("2021")}},
		{"ribuan rupiah", "Ngada", "2024", doc("Tabel 3.5 Realisasi Anggaran (dalam ribuan rupiah)", hdr, ordBudgetRows(thousands, jumlah, plain)), map[string][]string{"anggaran": ordBudgetWant("2024")}},
		{"Rp and ,00 in cells", "Sikka", "2023", doc("Tabel 3.5 Realisasi Anggaran", hdr, ordBudgetRows(rp, jumlah, plain)), map[string][]string{"anggaran": ordBudgetWant("2023")}},
		{"JUMLAH TOTAL", "Lembata", "2020", doc("Tabel 3.5 Realisasi Anggaran", hdr, ordBudgetRows(same, []string{"JUMLAH TOTAL", ""}, plain)), map[string][]string{"anggaran": ordBudgetWant("2020")}},
		{"Total Kab. named", "Malaka", "2022", doc("Tabel 3.5 Realisasi Anggaran", hdr, ordBudgetRows(same, []string{"", "Total Kab. Malaka"}, plain)), map[string][]string{"anggaran": ordBudgetWant("2022")}},
		{"serapan before sisa", "Manggarai Timur", "2023", doc("TABEL 9 - REALISASI ANGGARAN", "Kode\tProgram/Kegiatan\tPagu\tRealisasi\t%\tSisa", ordBudgetRows(same, jumlah, pctFirst)), map[string][]string{"anggaran": ordBudgetWant("2023")}},
		{"continued on the next page", "Timor Tengah Utara", "2021", cont, map[string][]string{"anggaran": ordBudgetWant("2021")}},
		{"caption under", "Kupang", "2019", append(doc("", hdr, rows)[:4], append(append([]string{hdr}, rows...), "", "Tabel 3.5 Realisasi Anggaran Tahun 2019", "")...), map[string][]string{"anggaran": ordBudgetWant("2019")}},
	})
}

func TestOrdinaryProbeSakipRB(t *testing.T) {
	komp := []string{"2022|perencanaan|30|20.5", "2022|pengukuran|30|19.75", "2022|pelaporan|15|11.2", "2022|evaluasi_internal|25|16.8"}
	checkOrd(t, []ordCase{
		{"sakip history table", "Alor", "2023", []string{"Tabel 3.7 Hasil Evaluasi SAKIP", "", "Tahun\tNilai\tPredikat", "2020\t61,20\tB", "2021\t64,35\tB", "2022\t68,25\tB", ""},
			map[string][]string{"sakip": {"2020|61.2|B", "2021|64.35|B", "2022|68.25|B"}}},
		{"sakip in prose", "Belu", "2023", []string{"Hasil evaluasi atas implementasi SAKIP KPU Kabupaten Belu tahun 2022 memperoleh nilai 68,25 dengan predikat B.", ""},
			map[string][]string{"sakip": {"2022|68.25|B"}}},
		{"sakip components with Nilai Akhir", "Ende", "2023", []string{"Tabel 3.8 Hasil Evaluasi SAKIP Tahun 2022", "", "No\tKomponen\tBobot\tNilai",
			"1\tPerencanaan Kinerja\t30\t20,50", "2\tPengukuran Kinerja\t30\t19,75", "3\tPelaporan Kinerja\t15\t11,20", "4\tEvaluasi Akuntabilitas Kinerja Internal\t25\t16,80", "\tNilai Akhir\t100\t68,25", "\tPredikat\t\tB", ""},
			map[string][]string{"sakip": {"2022|68.25|B"}, "sakip_komponen": komp}},
		{"rb in prose", "Sikka", "2024", []string{"Indeks Reformasi Birokrasi KPU Kabupaten Sikka tahun 2023 sebesar 25,30.", ""},
			map[string][]string{"rb": {"2023|25.3"}}},
		{"rb history, the score alone", "Ngada", "2024", []string{"Tabel 3.9 Nilai Reformasi Birokrasi", "", "Tahun\tNilai RB", "2021\t21,40", "2022\t23,15", "2023\t25,30", ""},
			map[string][]string{"rb": {"2021|21.4", "2022|23.15", "2023|25.3"}}},
		{"rb history, Tahun | Nilai under the chapter heading", "Ngada", "2024", []string{"Tabel 3.9 Nilai Reformasi Birokrasi", "", "Tahun\tNilai", "2021\t21,40", "2022\t23,15", ""},
			map[string][]string{"rb": {"2021|21.4", "2022|23.15"}}},
		{"rb history with bobot and persen", "Ngada", "2024", []string{"Tabel 3.9 Nilai Reformasi Birokrasi", "", "Tahun\tNilai\tBobot\tPersentase", "2021\t21,40\t36,30\t58,95", "2022\t23,15\t36,30\t63,77", ""},
			map[string][]string{"rb": {"2021|21.4", "2022|23.15"}}},
		{"rb components with their total", "Ngada", "2024", []string{"Tabel 3.9 Hasil Evaluasi Reformasi Birokrasi Tahun 2023", "", "No\tKomponen\tBobot\tNilai\t%", "1\tPengungkit\t21,78\t14,10\t64,74", "2\tHasil\t14,52\t8,95\t61,64", "\tTotal\t36,30\t23,05\t63,50", ""},
			map[string][]string{"rb": {"2023|23.05"}}},
	})
}

// Two kecamatan and the total: 31 desa, 92 TPS, 12.345 + 12.890 = 25.235.
func TestOrdinaryProbeDPT(t *testing.T) {
	want := []string{"pemilu|2024|kecamatan|KABANGU|14|40|5.400|5.600|11.000", "pemilu|2024|kecamatan|LEWA|17|52|6.945|7.290|14.235", "pemilu|2024|kabupaten|Kabupaten Sumba Timur|31|92|12.345|12.890|25.235"}
	for i := range want {
		want[i] = strings.ReplaceAll(want[i], ".", "")
	}
	rows := func(total string) []string {
		return []string{"1\tKabangu\t14\t40\t5.400\t5.600\t11.000", "2\tLewa\t17\t52\t6.945\t7.290\t14.235", total + "\t31\t92\t12.345\t12.890\t25.235"}
	}
	cap := "Tabel 2.3 Rekapitulasi DPT Pemilu Tahun 2024"
	hdr := "No\tKecamatan\tJumlah Desa\tJumlah TPS\tL\tP\tJumlah"
	doc := func(caption string, header []string, rows []string) []string {
		out := append(append([]string{caption, ""}, header...), rows...)
		return append(out, "", "Sumber: Keputusan KPU Kabupaten Sumba Timur.", "")
	}
	checkOrd(t, []ordCase{
		{"baseline", "Sumba Timur", "2024", doc(cap, []string{hdr}, rows("\tJumlah")), map[string][]string{"dpt": want}},
		{"Nama Kecamatan, Jml Desa, Pemilih L, Total DPT", "Sumba Timur", "2024", doc(cap, []string{"No\tNama Kecamatan\tJml Desa\tJml TPS\tPemilih L\tPemilih P\tTotal DPT"}, rows("\tJUMLAH")), map[string][]string{"dpt": want}},
		{"Total Kab.", "Sumba Timur", "2024", doc(cap, []string{hdr}, rows("\tTotal Kab. Sumba Timur")), map[string][]string{"dpt": want}},
		{"header over two lines", "Sumba Timur", "2024", doc(cap, []string{"No\tKecamatan\tJumlah\tJumlah\tDPT\t\t", "\t\tDesa\tTPS\tL\tP\tL+P"}, rows("\tJumlah")), map[string][]string{"dpt": want}},
		{"DPTb and DPK beside", "Sumba Timur", "2024", doc(cap, []string{"No\tKecamatan\tDesa\tTPS\tDPT L\tDPT P\tDPT\tDPTb\tDPK"},
			[]string{"1\tKabangu\t14\t40\t5.400\t5.600\t11.000\t120\t35", "2\tLewa\t17\t52\t6.945\t7.290\t14.235\t98\t41", "\tJumlah\t31\t92\t12.345\t12.890\t25.235\t218\t76"}), map[string][]string{"dpt": want}},
		{"Kelurahan/Desa header word", "Sumba Timur", "2024", doc(cap, []string{"No\tKecamatan\tKelurahan/Desa\tTPS\tLaki-laki\tPerempuan\tTotal"}, rows("\tJumlah")), map[string][]string{"dpt": want}},
		{"caption under", "Sumba Timur", "2024", append(append([]string{"Rekapitulasi pemilih disajikan berikut.", "", hdr}, rows("\tJumlah")...), cap, "", "Sumber: Keputusan KPU Kabupaten Sumba Timur.", ""), map[string][]string{"dpt": want}},
	})
}

// TestOrdinaryProbeMore: the same ordinary tables with one more dimension
// each: a summary row, a sasaran column, a spanned or wrapped budget
// header, a roll continued on the next page, short component names, the
// SAKIP grade in brackets, a year-on-year comparison, and the page layout
// of `pdftotext -layout` (cells parted by runs of spaces).
func TestOrdinaryProbeMore(t *testing.T) {
	hdr := "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)"
	base := ordCapRows("\t", ordCapBase...)
	budget3 := []string{"076.01.WA|program||2023|2400000000|2280000000|120000000", "3355|kegiatan|076.01.WA|2023|1000000000|960000000|40000000",
		"3360|kegiatan|076.01.WA|2023|1400000000|1320000000|80000000", "TOTAL|total||2023|2400000000|2280000000|120000000"}
	dptH := "No\tKecamatan\tJumlah Desa\tJumlah TPS\tL\tP\tJumlah"
	roll := []string{"pemilu|2024|kecamatan|KABANGU|14|40|5400|5600|11000", "pemilu|2024|kecamatan|LEWA|17|52|6945|7290|14235", "pemilu|2024|kabupaten|Kabupaten Sumba Timur|31|92|12345|12890|25235"}
	komp := []string{"2022|perencanaan|30|20.5", "2022|pengukuran|30|19.75", "2022|pelaporan|15|11.2", "2022|evaluasi_internal|25|16.8"}
	checkOrd(t, []ordCase{
		{"an average row under the indicators", "Alor", "2023", append(append([]string{"Tabel 3.1 Pengukuran Kinerja", "", hdr}, base...), "\tRata-rata Capaian\t\t\t100,09", ""), map[string][]string{"capaian": ordCapWant}},
		{"a sasaran column, filled once", "Alor", "2023", []string{"Tabel 3.1 Pengukuran Kinerja", "", "No\tSasaran Strategis\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
			"1\tMeningkatnya partisipasi\t" + ordInd1 + "\t77,5\t81,20\t104,77", "2\tTata kelola keuangan\t" + ordInd2 + "\t100\t100\t100", "\t\t" + ordInd3 + "\t80\t76,40\t95,50", ""}, map[string][]string{"capaian": ordCapWant}},
		{"a budget header spanned over pagu and realisasi", "Ngada", "2023", []string{"Tabel 3.5 Realisasi Anggaran", "", "Kode\tUraian\tAnggaran\t\tSisa\t%", "\t\tPagu\tRealisasi\t\t",
			"076.01.WA\tProgram Dukungan Manajemen\t2.400.000.000\t2.280.000.000\t120.000.000\t95,00", "3355\tPengelolaan Keuangan\t1.000.000.000\t960.000.000\t40.000.000\t96,00",
			"3360\tOperasional Perkantoran\t1.400.000.000\t1.320.000.000\t80.000.000\t94,29", "\tJUMLAH\t2.400.000.000\t2.280.000.000\t120.000.000\t95,00", ""}, map[string][]string{"anggaran": budget3}},
		{"kegiatan names wrapped, figures on the first or the last line", "Ngada", "2023", []string{"Tabel 3.5 Realisasi Anggaran", "", "Kode\tProgram/Kegiatan\tPagu\tRealisasi\tSisa\t%",
			"076.01.WA\tProgram Dukungan Manajemen\t2.400.000.000\t2.280.000.000\t120.000.000\t95,00", "3355\tPengelolaan Keuangan dan\t1.000.000.000\t960.000.000\t40.000.000\t96,00", "\tPerbendaharaan\t\t\t\t",
			"3360\tDukungan Operasional\t\t\t\t", "\tPerkantoran\t1.400.000.000\t1.320.000.000\t80.000.000\t94,29", "\tJUMLAH\t2.400.000.000\t2.280.000.000\t120.000.000\t95,00", ""}, map[string][]string{"anggaran": budget3}},
		{"a roll continued under Lanjutan Tabel", "Sumba Timur", "2024", []string{"Tabel 2.3 Rekapitulasi DPT Pemilu Tahun 2024", "", dptH, "1\tKabangu\t14\t40\t5.400\t5.600\t11.000", "", "12", "\f",
			"LKj KPU Kabupaten Sumba Timur 2024", "", "Lanjutan Tabel 2.3", "", dptH, "2\tLewa\t17\t52\t6.945\t7.290\t14.235", "\tJumlah\t31\t92\t12.345\t12.890\t25.235", ""}, map[string][]string{"dpt": roll}},
		{"short component names, a Total row", "Ngada", "2023", []string{"Tabel 3.8 Hasil Evaluasi SAKIP Tahun 2022", "", "Komponen\tBobot\tNilai", "Perencanaan\t30\t20,50", "Pengukuran\t30\t19,75",
			"Pelaporan\t15\t11,20", "Evaluasi\t25\t16,80", "Total\t100\t68,25", ""}, map[string][]string{"sakip": {"2022|68.25|B"}, "sakip_komponen": komp}},
		{"sakip grade in brackets", "Ngada", "2023", []string{"Nilai SAKIP KPU Kabupaten Ngada atas kinerja tahun 2022 adalah 68,25 (B).", ""}, map[string][]string{"sakip": {"2022|68.25|B"}}},
		{"sakip received the year after", "Ngada", "2023", []string{"Pada tahun 2023 KPU Kabupaten Ngada memperoleh nilai SAKIP 70,10 dengan kategori BB atas evaluasi tahun 2022.", ""}, map[string][]string{"sakip": {"2022|70.1|BB"}}},
		{"realisasi of two years side by side", "Ngada", "2023", []string{"Tabel 3.2 Perbandingan Realisasi Kinerja", "", "No\tIndikator Kinerja\tRealisasi 2022\tRealisasi 2023\tKenaikan", "1\t" + ordInd1 + "\t75,00\t81,20\t6,20", ""},
			map[string][]string{}},
		{"layout: capaian", "Ngada", "2023", []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2023", "",
			"  No   Indikator Kinerja                                              Target    Realisasi    Capaian (%)",
			"  1    Persentase partisipasi pemilih pada pemilihan serentak          77,5       81,20        104,77",
			"  2    Persentase laporan keuangan yang disusun tepat waktu            100        100          100",
			"  3    Indeks kepuasan masyarakat atas layanan informasi publik        80         76,40        95,50", ""}, map[string][]string{"capaian": ordCapWant}},
		{"layout: capaian names wrapped under their figures", "Ngada", "2023", []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2023", "",
			"  No   Indikator Kinerja                         Target    Realisasi    Capaian (%)",
			"  1    Persentase partisipasi pemilih pada        77,5       81,20        104,77", "       pemilihan serentak",
			"  2    Persentase laporan keuangan yang           100        100          100", "       disusun tepat waktu",
			"  3    Indeks kepuasan masyarakat atas            80         76,40        95,50", "       layanan informasi publik", ""}, map[string][]string{"capaian": ordCapWant}},
		{"layout: anggaran", "Ngada", "2023", []string{"Tabel 3.5 Realisasi Anggaran Tahun 2023", "",
			"  Kode        Program/Kegiatan                  Pagu (Rp)         Realisasi (Rp)      Sisa (Rp)       %",
			"  076.01.WA   Program Dukungan Manajemen     2.400.000.000      2.280.000.000     120.000.000    95,00",
			"  3355        Pengelolaan Keuangan           1.000.000.000        960.000.000      40.000.000    96,00",
			"  3360        Operasional Perkantoran        1.400.000.000      1.320.000.000      80.000.000    94,29",
			"              JUMLAH                         2.400.000.000      2.280.000.000     120.000.000    95,00", ""}, map[string][]string{"anggaran": budget3}},
		{"layout: dpt", "Sumba Timur", "2024", []string{"Tabel 2.3 Rekapitulasi DPT Pemilu Tahun 2024", "",
			"  No   Kecamatan     Jumlah Desa   Jumlah TPS        L          P       Jumlah",
			"  1    Kabangu            14            40        5.400      5.600     11.000",
			"  2    Lewa               17            52        6.945      7.290     14.235",
			"       Jumlah             31            92       12.345     12.890     25.235", ""}, map[string][]string{"dpt": roll}},
		{"layout: dpt, its label under the rows", "Sumba Timur", "2024", []string{"Rekapitulasi pemilih per kecamatan disajikan berikut.", "",
			"  No   Kecamatan     Jumlah Desa   Jumlah TPS        L          P       Jumlah",
			"  1    Kabangu            14            40        5.400      5.600     11.000",
			"  2    Lewa               17            52        6.945      7.290     14.235",
			"       Jumlah             31            92       12.345     12.890     25.235", "", "Tabel 2.3 Rekapitulasi DPT Pemilu Tahun 2024", ""}, map[string][]string{"dpt": roll}},
		{"layout: sakip components", "Ngada", "2023", []string{"Tabel 3.8 Hasil Evaluasi SAKIP Tahun 2022", "",
			"  No   Komponen                                   Bobot     Nilai", "  1    Perencanaan Kinerja                          30      20,50",
			"  2    Pengukuran Kinerja                           30      19,75", "  3    Pelaporan Kinerja                            15      11,20",
			"  4    Evaluasi Akuntabilitas Kinerja Internal      25      16,80", "       Nilai Akhir                                 100      68,25",
			"       Predikat                                              B", ""}, map[string][]string{"sakip": {"2022|68.25|B"}, "sakip_komponen": komp}},
	})
}
