package parse

import (
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// longDoc is a mini report of satker s for year y around body.
func longDoc(s string, y string, body ...string) []string {
	head := []string{"LAPORAN KINERJA KPU " + strings.ToUpper(s) + " TAHUN " + y, "", "Sekretaris KPU " + s, ""}
	return append(head, body...)
}

// longCase is a table in long format, the wide table it stands for and the
// rows both must give.
type longCase struct {
	name       string
	long, wide []string
	want       map[string][]string
}

// TestLongFormatClasses: a table with one row per measure (identifier
// columns, a measure-name column, one value column) reads as the wide
// table it stands for, in every family, whether the identifiers repeat on
// every row or stay empty after a group's first row; its rows equal the
// wide table's rows.
func TestLongFormatClasses(t *testing.T) {
	tests := []longCase{
		{"capaian, identifiers left empty, a lower-is-better and a grade indicator",
			longDoc("Kabupaten Nagekeo", "2022", "Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2022", "",
				"No\tIndikator Kinerja\tUkuran\tNilai",
				"1\tPersentase Penyelenggara Pemilu/Pemilihan yang terbukti melakukan Pelanggaran Pemilu/Pemilihan\tTarget\t5%",
				"\t\tRealisasi\t3%", "\t\tCapaian (%)\t140,00",
				"2\tNilai Evaluasi atas Akuntabilitas Kinerja\tTarget\tBB", "\t\tRealisasi\tB", "\t\tCapaian (%)\t-",
				"3\tPersentase dokumen perencanaan yang disusun tepat waktu\tTarget\t100%", "\t\tRealisasi\t92,50%", "\t\tCapaian (%)\t92,50"),
			longDoc("Kabupaten Nagekeo", "2022", "Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2022", "",
				"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
				"1\tPersentase Penyelenggara Pemilu/Pemilihan yang terbukti melakukan Pelanggaran Pemilu/Pemilihan\t5%\t3%\t140,00",
				"2\tNilai Evaluasi atas Akuntabilitas Kinerja\tBB\tB\t-",
				"3\tPersentase dokumen perencanaan yang disusun tepat waktu\t100%\t92,50%\t92,50"),
			map[string][]string{"capaian": {
				"Persentase Penyelenggara Pemilu/Pemilihan yang terbukti melakukan Pelanggaran Pemilu/Pemilihan|5|3|140",
				"Nilai Evaluasi atas Akuntabilitas Kinerja|<nil>|<nil>|<nil>",
				"Persentase dokumen perencanaan yang disusun tepat waktu|100|92.5|92.5"}}},
		{"capaian, identifiers repeated on every row, English column names",
			longDoc("Kabupaten Manggarai Timur", "2023", "Table 3.1 Performance Indicator Achievement 2023", "",
				"Kode\tIndikator Kinerja\tMeasure\tValue",
				"IKU-1\tPersentase partisipasi pemilih dalam pemilihan\tTarget\t78",
				"IKU-1\tPersentase partisipasi pemilih dalam pemilihan\tRealisasi\t80,34",
				"IKU-1\tPersentase partisipasi pemilih dalam pemilihan\tCapaian\t103,00",
				"IKU-2\tIndeks kepuasan pelayanan informasi publik\tTarget\t3,60",
				"IKU-2\tIndeks kepuasan pelayanan informasi publik\tRealisasi\t3,78",
				"IKU-2\tIndeks kepuasan pelayanan informasi publik\tCapaian\t105,00"),
			longDoc("Kabupaten Manggarai Timur", "2023", "Table 3.1 Performance Indicator Achievement 2023", "",
				"Kode\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
				"IKU-1\tPersentase partisipasi pemilih dalam pemilihan\t78\t80,34\t103,00",
				"IKU-2\tIndeks kepuasan pelayanan informasi publik\t3,60\t3,78\t105,00"),
			map[string][]string{"capaian": {
				"Persentase partisipasi pemilih dalam pemilihan|78|80.34|103",
				"Indeks kepuasan pelayanan informasi publik|3.6|3.78|105"}}},
		{"anggaran, programs and a kegiatan, identifiers left empty, a total row",
			longDoc("Kabupaten Ngada", "2021", "Tabel 3.7 Realisasi Anggaran per Program Tahun Anggaran 2021", "",
				"No\tKode\tProgram/Kegiatan\tJenis Nilai\tNilai (Rp)",
				"1\t076.01.WA\tProgram Dukungan Manajemen\tPagu\t4.250.000.000", "\t\t\tRealisasi\t4.102.375.000",
				"\t\t\tSisa\t147.625.000", "\t\t\tSerapan (%)\t96,53",
				"2\t076.01.DH\tProgram Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi\tPagu\t1.800.000.000",
				"\t\t\tRealisasi\t1.746.000.000", "\t\t\tSisa\t54.000.000", "\t\t\tSerapan (%)\t97,00",
				"\t\tJumlah\tPagu\t6.050.000.000", "\t\t\tRealisasi\t5.848.375.000", "\t\t\tSisa\t201.625.000", "\t\t\tSerapan (%)\t96,67"),
			longDoc("Kabupaten Ngada", "2021", "Tabel 3.7 Realisasi Anggaran per Program Tahun Anggaran 2021", "",
				"No\tKode\tProgram/Kegiatan\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)\tSerapan (%)",
				"1\t076.01.WA\tProgram Dukungan Manajemen\t4.250.000.000\t4.102.375.000\t147.625.000\t96,53",
				"2\t076.01.DH\tProgram Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi\t1.800.000.000\t1.746.000.000\t54.000.000\t97,00",
				"\t\tJumlah\t6.050.000.000\t5.848.375.000\t201.625.000\t96,67"),
			map[string][]string{"anggaran": {
				"076.01.WA|program||2021|4250000000|4102375000|147625000",
				"076.01.DH|program||2021|1800000000|1746000000|54000000",
				"TOTAL|total||2021|6050000000|5848375000|201625000"}}},
		{"anggaran in thousands, identifiers repeated, no Sisa",
			longDoc("Kabupaten Rote Ndao", "2020", "Tabel 3.5 Pagu dan Realisasi Anggaran 2020 (dalam ribuan rupiah)", "",
				"Kode\tUraian Program\tBesaran\tJumlah",
				"076.01.WA\tProgram Dukungan Manajemen\tPagu\t3.150.400", "076.01.WA\tProgram Dukungan Manajemen\tRealisasi\t3.020.118",
				"076.01.DH\tProgram Penyelenggaraan Pemilu\tPagu\t925.600", "076.01.DH\tProgram Penyelenggaraan Pemilu\tRealisasi\t901.250",
				"\tTotal\tPagu\t4.076.000", "\tTotal\tRealisasi\t3.921.368"),
			longDoc("Kabupaten Rote Ndao", "2020", "Tabel 3.5 Pagu dan Realisasi Anggaran 2020 (dalam ribuan rupiah)", "",
				"Kode\tUraian Program\tPagu\tRealisasi",
				"076.01.WA\tProgram Dukungan Manajemen\t3.150.400\t3.020.118",
				"076.01.DH\tProgram Penyelenggaraan Pemilu\t925.600\t901.250",
				"\tTotal\t4.076.000\t3.921.368"),
			map[string][]string{"anggaran": {
				"076.01.WA|program||2020|3150400000|3020118000|130282000",
				"076.01.DH|program||2020|925600000|901250000|24350000",
				"TOTAL|total||2020|4076000000|3921368000|154632000"}}},
		{"DPT per kecamatan, names repeated, TPS and L/P/L+P as rows",
			longDoc("Kabupaten Nagekeo", "2023", "Tabel 2.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
				"No\tKecamatan\tVariabel\tJumlah",
				"1\tAesesa\tTPS\t98", "1\tAesesa\tL\t12.345", "1\tAesesa\tP\t12.890", "1\tAesesa\tL+P\t25.235",
				"2\tBoawae\tTPS\t76", "2\tBoawae\tL\t9.876", "2\tBoawae\tP\t10.234", "2\tBoawae\tL+P\t20.110",
				"3\tMauponggo\tTPS\t54", "3\tMauponggo\tL\t7.012", "3\tMauponggo\tP\t7.498", "3\tMauponggo\tL+P\t14.510",
				"\tTotal\tTPS\t228", "\tTotal\tL\t29.233", "\tTotal\tP\t30.622", "\tTotal\tL+P\t59.855"),
			longDoc("Kabupaten Nagekeo", "2023", "Tabel 2.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
				"No\tKecamatan\tTPS\tL\tP\tL+P",
				"1\tAesesa\t98\t12.345\t12.890\t25.235", "2\tBoawae\t76\t9.876\t10.234\t20.110",
				"3\tMauponggo\t54\t7.012\t7.498\t14.510", "\tTotal\t228\t29.233\t30.622\t59.855"),
			map[string][]string{"dpt": {
				"pemilu|2024|kecamatan|AESESA|<nil>|98|12345|12890|25235",
				"pemilu|2024|kecamatan|BOAWAE|<nil>|76|9876|10234|20110",
				"pemilu|2024|kecamatan|MAUPONGGO|<nil>|54|7012|7498|14510",
				"pemilu|2024|kabupaten|Kabupaten Nagekeo|<nil>|228|29233|30622|59855"}}},
		{"RB components, identifiers left empty, a total row",
			longDoc("Kabupaten Sumba Timur", "2023", "Tabel 3.9 Hasil Evaluasi Reformasi Birokrasi Tahun 2023", "",
				"No\tKomponen\tUkuran\tNilai",
				"1\tPengungkit\tBobot\t24,20", "\t\tNilai\t16,34", "\t\tPersen\t67,52",
				"2\tHasil\tBobot\t12,10", "\t\tNilai\t7,02", "\t\tPersen\t58,02",
				"\tTotal\tBobot\t36,30", "\t\tNilai\t23,36", "\t\tPersen\t64,35"),
			longDoc("Kabupaten Sumba Timur", "2023", "Tabel 3.9 Hasil Evaluasi Reformasi Birokrasi Tahun 2023", "",
				"No\tKomponen\tBobot\tNilai\tPersen",
				"1\tPengungkit\t24,20\t16,34\t67,52", "2\tHasil\t12,10\t7,02\t58,02", "\tTotal\t36,30\t23,36\t64,35"),
			map[string][]string{"rb": {"2023|23.36"}}},
		{"SAKIP components, identifiers repeated, the grade on the total only",
			longDoc("Kabupaten Flores Timur", "2022", "Tabel 3.4 Nilai Komponen Evaluasi SAKIP Tahun 2022", "",
				"No\tKomponen\tMeasure\tValue",
				"1\tPerencanaan Kinerja\tBobot\t30", "1\tPerencanaan Kinerja\tNilai\t22,15",
				"2\tPengukuran Kinerja\tBobot\t30", "2\tPengukuran Kinerja\tNilai\t21,60",
				"3\tPelaporan Kinerja\tBobot\t15", "3\tPelaporan Kinerja\tNilai\t11,05",
				"4\tEvaluasi Akuntabilitas Kinerja Internal\tBobot\t25", "4\tEvaluasi Akuntabilitas Kinerja Internal\tNilai\t17,60",
				"\tNilai Akhir\tBobot\t100", "\tNilai Akhir\tNilai\t72,40", "\tNilai Akhir\tPredikat\tBB"),
			longDoc("Kabupaten Flores Timur", "2022", "Tabel 3.4 Nilai Komponen Evaluasi SAKIP Tahun 2022", "",
				"No\tKomponen\tBobot\tNilai\tPredikat",
				"1\tPerencanaan Kinerja\t30\t22,15\t", "2\tPengukuran Kinerja\t30\t21,60\t", "3\tPelaporan Kinerja\t15\t11,05\t",
				"4\tEvaluasi Akuntabilitas Kinerja Internal\t25\t17,60\t", "\tNilai Akhir\t100\t72,40\tBB"),
			map[string][]string{
				"sakip_komponen": {"2022|perencanaan|30|22.15", "2022|pengukuran|30|21.6", "2022|pelaporan|15|11.05", "2022|evaluasi_internal|25|17.6"},
				"sakip":          {"2022|72.4|BB"}}},
		{"capaian by indicator and year, the year folded into the header",
			longDoc("Kabupaten Sabu Raijua", "2024", "Tabel 3.1 Capaian Kinerja Tahun 2024", "",
				"No\tIndikator Kinerja\tTahun\tUkuran\tNilai",
				"1\tPersentase partisipasi pemilih\t2023\tTarget\t75%", "\t\t\tRealisasi\t70%",
				"\t\t2024\tTarget\t78%", "\t\t\tRealisasi\t81,12%", "\t\t\tCapaian\t104,00%",
				"2\tIndeks kepuasan layanan informasi publik\t2023\tTarget\t3,20", "\t\t\tRealisasi\t3,30",
				"\t\t2024\tTarget\t3,40", "\t\t\tRealisasi\t3,57", "\t\t\tCapaian\t105,00%"),
			longDoc("Kabupaten Sabu Raijua", "2024", "Tabel 3.1 Capaian Kinerja Tahun 2024", "",
				"No\tIndikator Kinerja\tTarget 2023\tRealisasi 2023\tTarget 2024\tRealisasi 2024\tCapaian 2024",
				"1\tPersentase partisipasi pemilih\t75%\t70%\t78%\t81,12%\t104,00%",
				"2\tIndeks kepuasan layanan informasi publik\t3,20\t3,30\t3,40\t3,57\t105,00%"),
			map[string][]string{
				"capaian": {"Persentase partisipasi pemilih|78|81.12|104", "Indeks kepuasan layanan informasi publik|3.4|3.57|105"},
				"capaian_seri": {"Persentase partisipasi pemilih|2023|target|75", "Persentase partisipasi pemilih|2023|realisasi|70",
					"Indeks kepuasan layanan informasi publik|2023|target|3.2", "Indeks kepuasan layanan informasi publik|2023|realisasi|3.3"}}},
		{"capaian with heading rows, a name wrapping beside its measures, a Satuan column",
			longDoc("Kabupaten Timor Tengah Utara", "2021", "Tabel 3.1 Capaian Kinerja Tahun 2021", "",
				"No\tSasaran / Indikator Kinerja\tUkuran\tNilai\tSatuan",
				"\tSasaran Strategis 1: Meningkatnya kualitas penyelenggaraan pemilihan\t\t\t",
				"1\tPersentase partisipasi pemilih pada\tTarget\t77,5\t%", "\tpemilihan kepala daerah\tRealisasi\t79,05\t%", "\t\tCapaian\t102,00\t%",
				"\tSasaran Strategis 2: Meningkatnya akuntabilitas kinerja\t\t\t",
				"2\tJumlah laporan kinerja yang disusun tepat waktu\tTarget\t4\tlaporan", "\t\tRealisasi\t4\tlaporan", "\t\tCapaian\t100,00\t%"),
			longDoc("Kabupaten Timor Tengah Utara", "2021", "Tabel 3.1 Capaian Kinerja Tahun 2021", "",
				"No\tSasaran / Indikator Kinerja\tTarget\tRealisasi\tCapaian\tSatuan",
				"\tSasaran Strategis 1: Meningkatnya kualitas penyelenggaraan pemilihan\t\t\t\t",
				"1\tPersentase partisipasi pemilih pada pemilihan kepala daerah\t77,5\t79,05\t102,00\t%",
				"\tSasaran Strategis 2: Meningkatnya akuntabilitas kinerja\t\t\t\t",
				"2\tJumlah laporan kinerja yang disusun tepat waktu\t4\t4\t100,00\tlaporan"),
			map[string][]string{"capaian": {"Persentase partisipasi pemilih pada pemilihan kepala daerah|77.5|79.05|102",
				"Jumlah laporan kinerja yang disusun tepat waktu|4|4|100"}}},
		{"SAKIP history by year, the first year's rows under the header",
			longDoc("Kabupaten Lembata", "2024", "Tabel 3.3 Riwayat Hasil Evaluasi SAKIP", "",
				"Tahun yang Dinilai\tUkuran\tNilai", "2021\tNilai\t61,20", "\tPredikat\tB", "2022\tNilai\t66,45", "\tPredikat\tB",
				"2023\tNilai\t70,80", "\tPredikat\tBB"),
			longDoc("Kabupaten Lembata", "2024", "Tabel 3.3 Riwayat Hasil Evaluasi SAKIP", "",
				"Tahun yang Dinilai\tNilai\tPredikat", "2021\t61,20\tB", "2022\t66,45\tB", "2023\t70,80\tBB"),
			map[string][]string{"sakip": {"2021|61.2|B", "2022|66.45|B", "2023|70.8|BB"}}},
		{"RB by year, the year repeated on every row",
			longDoc("Kabupaten Belu", "2024", "Tabel 3.4 Indeks Reformasi Birokrasi", "",
				"Tahun\tVariabel\tAngka", "2022\tNilai\t20,15", "2022\tBobot\t36,30", "2022\tPersentase\t55,51%",
				"2023\tNilai\t22,40", "2023\tBobot\t36,30", "2023\tPersentase\t61,71%"),
			longDoc("Kabupaten Belu", "2024", "Tabel 3.4 Indeks Reformasi Birokrasi", "",
				"Tahun\tNilai\tBobot\tPersentase", "2022\t20,15\t36,30\t55,51%", "2023\t22,40\t36,30\t61,71%"),
			map[string][]string{"rb": {"2022|20.15", "2023|22.4"}}},
		{"all satkers' SAKIP, a name running on below its group's lines",
			longDoc("Provinsi Nusa Tenggara Timur", "2023", "Tabel 3.8 Hasil Evaluasi AKIP Satker KPU se-NTT Tahun 2022", "",
				"No\tSatuan Kerja\tJenis Nilai\tNilai",
				"1\tKPU Kabupaten\tNilai\t68,12", "\tTimor Tengah Selatan\tPredikat\tB",
				"2\tKPU Kabupaten Sumba\tNilai\t71,30", "\tBarat Daya\tPredikat\tBB",
				"3\tKPU Kota\tNilai\t73,05", "\tKupang\tPredikat\tBB", "\t\t\t"),
			longDoc("Provinsi Nusa Tenggara Timur", "2023", "Tabel 3.8 Hasil Evaluasi AKIP Satker KPU se-NTT Tahun 2022", "",
				"No\tSatuan Kerja\tNilai\tPredikat",
				"1\tKPU Kabupaten Timor Tengah Selatan\t68,12\tB", "2\tKPU Kabupaten Sumba Barat Daya\t71,30\tBB", "3\tKPU Kota Kupang\t73,05\tBB"),
			map[string][]string{"sakip": {"2022|68.12|B", "2022|71.3|BB", "2022|73.05|BB"}}},
		{"capaian, an indicator's name running on past its measures",
			longDoc("Kabupaten Sumba Tengah", "2020", "Tabel 3.1 Pengukuran Kinerja Tahun 2020", "",
				"No\tIndikator Kinerja\tUkuran\tNilai",
				"1\tPersentase KPU Kabupaten yang melaksanakan\tTarget\t100%", "\ttahapan pemilihan sesuai jadwal dan\tRealisasi\t100%",
				"\tKetentuan\tCapaian\t100,00%", "\tyang berlaku\t\t",
				"2\tNilai Keterbukaan Informasi Publik\tTarget\t70", "\t\tRealisasi\t76,30", "\t\tCapaian\t109,00%"),
			longDoc("Kabupaten Sumba Tengah", "2020", "Tabel 3.1 Pengukuran Kinerja Tahun 2020", "",
				"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
				"1\tPersentase KPU Kabupaten yang melaksanakan tahapan pemilihan sesuai jadwal dan Ketentuan yang berlaku\t100%\t100%\t100,00%",
				"2\tNilai Keterbukaan Informasi Publik\t70\t76,30\t109,00%"),
			map[string][]string{"capaian": {"Persentase KPU Kabupaten yang melaksanakan tahapan pemilihan sesuai jadwal dan Ketentuan yang berlaku|100|100|100",
				"Nilai Keterbukaan Informasi Publik|70|76.3|109"}}},
		{"anggaran of two years by program, the year folded, the value titled with its unit",
			longDoc("Kabupaten Ende", "2023", "Tabel 3.6 Realisasi Anggaran 2022 dan 2023", "",
				"Tahun\tKode\tProgram\tUkuran\tValue (IDR)",
				"2022\t076.01.WA\tProgram Dukungan Manajemen\tPagu\t3.900.000.000", "\t\t\tRealisasi\t3.812.000.000",
				"2023\t076.01.WA\tProgram Dukungan Manajemen\tPagu\t4.100.000.000", "\t\t\tRealisasi\t4.022.500.000",
				"2022\t076.01.DH\tProgram Penyelenggaraan Pemilu\tPagu\t600.000.000", "\t\t\tRealisasi\t588.000.000",
				"2023\t076.01.DH\tProgram Penyelenggaraan Pemilu\tPagu\t1.400.000.000", "\t\t\tRealisasi\t1.379.000.000"),
			longDoc("Kabupaten Ende", "2023", "Tabel 3.6 Realisasi Anggaran 2022 dan 2023", "",
				"Kode\tProgram\tPagu 2022\tRealisasi 2022\tPagu 2023\tRealisasi 2023",
				"076.01.WA\tProgram Dukungan Manajemen\t3.900.000.000\t3.812.000.000\t4.100.000.000\t4.022.500.000",
				"076.01.DH\tProgram Penyelenggaraan Pemilu\t600.000.000\t588.000.000\t1.400.000.000\t1.379.000.000"),
			map[string][]string{"anggaran": {"076.01.WA|program||2022|3900000000|3812000000|88000000", "076.01.DH|program||2022|600000000|588000000|12000000",
				"076.01.WA|program||2023|4100000000|4022500000|77500000", "076.01.DH|program||2023|1400000000|1379000000|21000000"}}},
		{"capaian with a unit per measure line before the value",
			longDoc("Kabupaten Ende", "2023", "Tabel 3.1 Capaian Kinerja 2023", "",
				"No\tIndikator Kinerja\tUkuran Kinerja\tSatuan\tNilai",
				"1\tPersentase arsip yang dikelola sesuai aturan\tTarget\t%\t90", "\t\tRealisasi\t%\t93,60", "\t\tCapaian\t%\t104,00",
				"2\tJumlah laporan keuangan tepat waktu\tTarget\tlaporan\t4", "\t\tRealisasi\tlaporan\t4", "\t\tCapaian\t%\t100,00"),
			longDoc("Kabupaten Ende", "2023", "Tabel 3.1 Capaian Kinerja 2023", "",
				"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian\tSatuan",
				"1\tPersentase arsip yang dikelola sesuai aturan\t90\t93,60\t104,00\t%",
				"2\tJumlah laporan keuangan tepat waktu\t4\t4\t100,00\tlaporan"),
			map[string][]string{"capaian": {"Persentase arsip yang dikelola sesuai aturan|90|93.6|104", "Jumlah laporan keuangan tepat waktu|4|4|100"}}},
		{"DPT with the sexes as rows under Jenis Kelamin, kecamatan left empty",
			longDoc("Kabupaten Belu", "2020", "Tabel 2.3 DPT Pemilihan Bupati dan Wakil Bupati Belu Tahun 2020", "",
				"No\tKecamatan\tJenis Kelamin\tJumlah Pemilih",
				"1\tAtambua Barat\tLaki-laki\t6.120", "\t\tPerempuan\t6.480", "\t\tJumlah\t12.600",
				"2\tKota Atambua\tLaki-laki\t8.315", "\t\tPerempuan\t8.702", "\t\tJumlah\t17.017",
				"\tTotal\tLaki-laki\t14.435", "\t\tPerempuan\t15.182", "\t\tJumlah\t29.617"),
			longDoc("Kabupaten Belu", "2020", "Tabel 2.3 DPT Pemilihan Bupati dan Wakil Bupati Belu Tahun 2020", "",
				"No\tKecamatan\tLaki-laki\tPerempuan\tJumlah",
				"1\tAtambua Barat\t6.120\t6.480\t12.600", "2\tKota Atambua\t8.315\t8.702\t17.017", "\tTotal\t14.435\t15.182\t29.617"),
			map[string][]string{"dpt": {"pilkada|2020|kecamatan|ATAMBUA BARAT|<nil>|<nil>|6120|6480|12600",
				"pilkada|2020|kecamatan|KOTA ATAMBUA|<nil>|<nil>|8315|8702|17017",
				"pilkada|2020|kabupaten|Kabupaten Belu|<nil>|<nil>|14435|15182|29617"}}},
		{"anggaran as a pdftotext -layout page, codes repeated, no Sisa",
			longDoc("Kabupaten Sumba Barat", "2022", "Tabel 3.7 Realisasi Anggaran per Program Tahun Anggaran 2022", "",
				"  Kode        Program/Kegiatan                 Besaran     Jumlah (Rp)",
				"  076.01.WA   Program Dukungan Manajemen       Pagu        3.475.000.000",
				"  076.01.WA   Program Dukungan Manajemen       Realisasi   3.390.125.000",
				"  076.01.DH   Program Penyelenggaraan Pemilu   Pagu        2.010.000.000",
				"  076.01.DH   Program Penyelenggaraan Pemilu   Realisasi   1.987.450.000",
				"              Jumlah                           Pagu        5.485.000.000",
				"              Jumlah                           Realisasi   5.377.575.000"),
			longDoc("Kabupaten Sumba Barat", "2022", "Tabel 3.7 Realisasi Anggaran per Program Tahun Anggaran 2022", "",
				"Kode\tProgram/Kegiatan\tPagu (Rp)\tRealisasi (Rp)",
				"076.01.WA\tProgram Dukungan Manajemen\t3.475.000.000\t3.390.125.000",
				"076.01.DH\tProgram Penyelenggaraan Pemilu\t2.010.000.000\t1.987.450.000",
				"\tJumlah\t5.485.000.000\t5.377.575.000"),
			map[string][]string{"anggaran": {"076.01.WA|program||2022|3475000000|3390125000|84875000",
				"076.01.DH|program||2022|2010000000|1987450000|22550000", "TOTAL|total||2022|5485000000|5377575000|107425000"}}},
		{"capaian, each indicator on a line of its own above its measures",
			longDoc("Kabupaten Sumba Barat Daya", "2021", "Tabel 3.1 Capaian Kinerja Tahun 2021", "",
				"No\tIndikator Kinerja\tUkuran\tNilai",
				"1\tPersentase pengaduan masyarakat yang ditindaklanjuti\t\t", "\t\tTarget\t100%", "\t\tRealisasi\t100%", "\t\tCapaian\t100,00%",
				"2\tNilai Evaluasi atas Akuntabilitas Kinerja\t\t", "\t\tTarget\tB", "\t\tRealisasi\tBB", "\t\tCapaian\t-"),
			longDoc("Kabupaten Sumba Barat Daya", "2021", "Tabel 3.1 Capaian Kinerja Tahun 2021", "",
				"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
				"1\tPersentase pengaduan masyarakat yang ditindaklanjuti\t100%\t100%\t100,00%",
				"2\tNilai Evaluasi atas Akuntabilitas Kinerja\tB\tBB\t-"),
			map[string][]string{"capaian": {"Persentase pengaduan masyarakat yang ditindaklanjuti|100|100|100",
				"Nilai Evaluasi atas Akuntabilitas Kinerja|<nil>|<nil>|<nil>"}}},
		{"DPT, unnumbered kecamatan names on lines of their own",
			longDoc("Kabupaten Sumba Barat Daya", "2024", "Tabel 2.2 Rekapitulasi DPT Pemilu Tahun 2024", "",
				"Kecamatan\tVariabel\tJumlah",
				"Wewewa Barat\t\t", "\tL\t10.100", "\tP\t10.400", "\tL+P\t20.500",
				"Wewewa Timur\t\t", "\tL\t8.240", "\tP\t8.515", "\tL+P\t16.755"),
			longDoc("Kabupaten Sumba Barat Daya", "2024", "Tabel 2.2 Rekapitulasi DPT Pemilu Tahun 2024", "",
				"Kecamatan\tL\tP\tL+P", "Wewewa Barat\t10.100\t10.400\t20.500", "Wewewa Timur\t8.240\t8.515\t16.755"),
			map[string][]string{"dpt": {"pemilu|2024|kecamatan|WEWEWA BARAT|<nil>|<nil>|10100|10400|20500",
				"pemilu|2024|kecamatan|WEWEWA TIMUR|<nil>|<nil>|8240|8515|16755"}}},
		{"capaian with a value column per year",
			longDoc("Kabupaten Ende", "2023", "Tabel 3.1 Capaian Kinerja 2022-2023", "",
				"No\tIndikator Kinerja\tUkuran\t2022\t2023",
				"1\tPersentase arsip yang dikelola sesuai aturan\tTarget\t85\t90", "\t\tRealisasi\t80,10\t93,60", "\t\tCapaian\t94,24%\t104,00%",
				"2\tJumlah laporan keuangan tepat waktu\tTarget\t4\t4", "\t\tRealisasi\t3\t4", "\t\tCapaian\t75,00%\t100,00%"),
			longDoc("Kabupaten Ende", "2023", "Tabel 3.1 Capaian Kinerja 2022-2023", "",
				"No\tIndikator Kinerja\tTarget 2022\tRealisasi 2022\tCapaian 2022\tTarget 2023\tRealisasi 2023\tCapaian 2023",
				"1\tPersentase arsip yang dikelola sesuai aturan\t85\t80,10\t94,24%\t90\t93,60\t104,00%",
				"2\tJumlah laporan keuangan tepat waktu\t4\t3\t75,00%\t4\t4\t100,00%"),
			map[string][]string{
				"capaian": {"Persentase arsip yang dikelola sesuai aturan|90|93.6|104", "Jumlah laporan keuangan tepat waktu|4|4|100"},
				"capaian_seri": {"Persentase arsip yang dikelola sesuai aturan|2022|target|85", "Persentase arsip yang dikelola sesuai aturan|2022|realisasi|80.1",
					"Jumlah laporan keuangan tepat waktu|2022|target|4", "Jumlah laporan keuangan tepat waktu|2022|realisasi|3"}}},
		{"RB with a value column per year, components numbered",
			longDoc("Kabupaten Sabu Raijua", "2023", "Tabel 3.5 Hasil Evaluasi Reformasi Birokrasi", "",
				"No\tKomponen\tUkuran\tTahun 2022\tTahun 2023",
				"1\tPengungkit\tNilai\t15,10\t16,02", "\t\tBobot\t24,20\t24,20", "2\tHasil\tNilai\t6,20\t7,00", "\t\tBobot\t12,10\t12,10",
				"\tTotal\tNilai\t21,30\t23,02", "\t\tBobot\t36,30\t36,30"),
			longDoc("Kabupaten Sabu Raijua", "2023", "Tabel 3.5 Hasil Evaluasi Reformasi Birokrasi", "",
				"No\tKomponen\tNilai 2022\tBobot 2022\tNilai 2023\tBobot 2023",
				"1\tPengungkit\t15,10\t24,20\t16,02\t24,20", "2\tHasil\t6,20\t12,10\t7,00\t12,10", "\tTotal\t21,30\t36,30\t23,02\t36,30"),
			map[string][]string{"rb": {"2022|21.3", "2023|23.02"}}},
	}
	checkLongCases(t, tests)
}

// checkLongCases: each case's long table gives its want rows, the same as
// its wide table, and is not reported as not understood.
func checkLongCases(t *testing.T, tests []longCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			long := parseDoc2(t, tc.name, tc.long)
			wide := parseDoc2(t, tc.name+" (wide)", tc.wide)
			for fam, want := range tc.want {
				wantRows(t, fam+" (wide)", factRows[fam](wide), want)
				wantRows(t, fam, factRows[fam](long), want)
			}
			for fam, rows := range factRows {
				wantRows(t, fam+" as the wide table's", rows(long), rows(wide))
			}
			if hasRule(long, "tabel.tidak_dikenali") {
				t.Errorf("the long table reported as not understood")
			}
		})
	}
}

// TestLongFormatUnproven: a group of a long table given a measure twice,
// or a value without its measure name, is not read and is reported, the
// other groups are; rows of one group that are not adjacent prove no wide
// table: nothing of it is loaded and the table is reported.
func TestLongFormatUnproven(t *testing.T) {
	tests := []struct {
		name string
		body []string
		fam  string
		want []string
		rule string
	}{
		{"a measure twice for one indicator", longDoc("Kabupaten Ende", "2021", "Tabel 3.1 Capaian Kinerja Tahun 2021", "",
			"No\tIndikator Kinerja\tUkuran\tNilai",
			"1\tPersentase laporan keuangan yang disusun tepat waktu\tTarget\t100%", "\t\tRealisasi\t100%", "\t\tRealisasi\t95%",
			"2\tIndeks kepuasan layanan informasi\tTarget\t3,50", "\t\tRealisasi\t3,41"),
			"capaian", []string{"Indeks kepuasan layanan informasi|3.5|3.41|<nil>"}, "tabel.baris_tidak_dibaca"},
		{"an indicator's rows not adjacent", longDoc("Kota Kupang", "2020", "Tabel 3.1 Capaian Kinerja Tahun 2020", "",
			"Kode\tIndikator\tJenis Nilai\tAngka",
			"IK-1\tPersentase arsip yang dikelola sesuai aturan\tTarget\t90", "IK-2\tIndeks kepuasan layanan informasi\tTarget\t3,40",
			"IK-1\tPersentase arsip yang dikelola sesuai aturan\tRealisasi\t91,20", "IK-2\tIndeks kepuasan layanan informasi\tRealisasi\t3,45"),
			"capaian", nil, "tabel.tidak_dikenali"},
		{"a DPT value without its measure", longDoc("Kabupaten Alor", "2019", "Tabel 2.1 DPT Pemilu 2019 per Kecamatan", "",
			"Kecamatan\tVariabel\tJumlah", "Teluk Mutiara\tL\t15.220", "\tP\t15.980", "\t\t31.200",
			"Kabola\tL\t3.110", "\tP\t3.240", "\tL+P\t6.350"),
			"dpt", []string{"pemilu|2019|kecamatan|KABOLA|<nil>|<nil>|3110|3240|6350"}, "tabel.baris_tidak_dibaca"},
		{"a name set on the middle line of its group", longDoc("Kabupaten Kupang", "2022", "Tabel 3.1 Capaian Kinerja Tahun 2022", "",
			"No\tIndikator Kinerja\tUkuran\tNilai",
			"\t\tTarget\t100%", "1\tPersentase arsip yang dikelola sesuai aturan\tRealisasi\t97,50%", "\t\tCapaian\t97,50%",
			"\t\tTarget\t3,40", "2\tIndeks kepuasan layanan informasi\tRealisasi\t3,52", "\t\tCapaian\t103,53%"),
			"capaian", nil, "tabel.tidak_dikenali"},
		{"a name that does not continue its group's, unnumbered", longDoc("Kabupaten Malaka", "2023", "Tabel 2.2 DPT Pemilu 2024 per Kecamatan", "",
			"Kecamatan\tVariabel\tJumlah", "Malaka Tengah\tTPS\t61", "Malaka Tengah\tL\t8.120", "Malaka Tengah\tP\t8.410", "Malaka Tengah\tL+P\t16.530",
			"Kobalima\tL\t5.210", "Kobalima\tP\t5.390", "Kobalima\tL+P\t10.600"),
			"dpt", nil, "tabel.tidak_dikenali"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc2(t, tc.name, tc.body)
			wantRows(t, tc.fam, factRows[tc.fam](d), tc.want)
			if !hasRule(d, tc.rule) {
				t.Errorf("no %s", tc.rule)
			}
		})
	}
}

// parseDoc2 reads the lines of a whole mini report with Text.
func parseDoc2(t *testing.T, name string, lines []string) *facts.Document {
	t.Helper()
	d, err := Text(name, []byte(strings.Join(lines, "\n")+"\n"))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return d
}
