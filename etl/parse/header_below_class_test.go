package parse

import (
	"strings"
	"testing"
)

// TestHeaderBelow: a house style that prints each table's header row
// under its rows (after the total row), the caption above the rows or
// under the header too, is read as if the header stood on top, in TAB and
// in space-aligned text, whatever the order of the columns; a header whose
// cell count differs from the rows', or the header of the next table with
// rows of its own under it, is never taken for the foot of the rows above.
func TestHeaderBelow(t *testing.T) {
	head := func(satker string, year int, body ...string) []string {
		return append([]string{"LAPORAN KINERJA KPU KABUPATEN " + strings.ToUpper(satker) + " TAHUN " + itoa(year), "",
			"Sekretaris KPU Kabupaten " + satker, ""}, body...)
	}
	tests := []docCase{{
		name: "capaian, columns in another order, caption above",
		body: head("Manggarai", 2022, "Tabel 3.1 Capaian Indikator Kinerja Tahun 2022", "",
			"1\tPersentase laporan keuangan yang tepat waktu\t96,00\t100,00\t%\t96,00",
			"2\tIndeks kepuasan layanan informasi publik\t3,10\t3,50\tindeks\t88,57",
			"No\tIndikator Kinerja\tRealisasi\tTarget\tSatuan\tCapaian (%)", "",
			"Dari tabel di atas terlihat capaian belum seluruhnya memenuhi target."),
		want: map[string][]string{"capaian": {"Persentase laporan keuangan yang tepat waktu|100|96|96",
			"Indeks kepuasan layanan informasi publik|3.5|3.1|88.57"}},
	}, {
		name: "budget, realisasi before pagu, total row, caption under the header",
		body: head("Lembata", 2021,
			"Realisasi anggaran satuan kerja disajikan berikut.", "",
			"076.01.WA\tProgram Dukungan Manajemen\t2.375.000.000\t2.500.000.000\t125.000.000",
			"3372\tPenyelenggaraan Administrasi dan Teknis Pemilu\t2.375.000.000\t2.500.000.000\t125.000.000",
			"\tJumlah\t2.375.000.000\t2.500.000.000\t125.000.000",
			"Kode\tUraian\tRealisasi\tPagu\tSisa",
			"Tabel 3.4 Realisasi Anggaran Tahun 2021", "",
			"Penyerapan anggaran mencapai 95 persen."),
		want: map[string][]string{"anggaran": {"076.01.WA|program||2021|2500000000|2375000000|125000000",
			"3372|kegiatan|076.01.WA|2021|2500000000|2375000000|125000000",
			"TOTAL|total||2021|2500000000|2375000000|125000000"}},
	}, {
		name: "SAKIP components and an RB table, each captioned under its header",
		body: head("Alor", 2023,
			"Hasil evaluasi disajikan berikut.", "",
			"1\tPerencanaan Kinerja\t30\t22,40",
			"2\tPengukuran Kinerja\t30\t20,10",
			"3\tPelaporan Kinerja\t15\t11,30",
			"4\tEvaluasi Akuntabilitas Kinerja Internal\t25\t16,75",
			"\tNilai Akhir\t100\t70,55",
			"No\tKomponen\tBobot\tNilai",
			"Tabel 3.6 Hasil Evaluasi AKIP Tahun 2022", "",
			"1\tKomponen Pengungkit\t24,20\t15,85",
			"2\tKomponen Hasil\t12,10\t7,40",
			"\tIndeks RB\t36,30\t23,25",
			"No\tKomponen\tBobot\tNilai",
			"Tabel 3.7 Hasil Evaluasi Reformasi Birokrasi Tahun 2023", "",
			"Nilai tersebut naik dibanding tahun sebelumnya."),
		want: map[string][]string{"sakip": {"2022|70.55|BB"}, "sakip_komponen": {"2022|perencanaan|30|22.4", "2022|pengukuran|30|20.1",
			"2022|pelaporan|15|11.3", "2022|evaluasi_internal|25|16.75"}, "rb": {"2023|23.25"}},
	}, {
		name: "DPT per kecamatan with DPTb and DPK beside, caption above",
		body: head("Belu", 2024, "Tabel 3.8 Rekapitulasi DPT Pemilu Tahun 2024 per Kecamatan", "",
			"1\tAtambua Barat\t4\t38\t6.120\t6.380\t12.500\t210\t35",
			"2\tTasifeto Timur\t12\t41\t5.410\t5.590\t11.000\t95\t12",
			"\tJumlah\t16\t79\t11.530\t11.970\t23.500\t305\t47",
			"No\tKecamatan\tDesa/Kelurahan\tTPS\tL\tP\tL+P\tDPTb\tDPK", "",
			"Jumlah pemilih tersebut ditetapkan dalam rapat pleno terbuka."),
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|ATAMBUA BARAT|4|38|6120|6380|12500",
			"pemilu|2024|kecamatan|TASIFETO TIMUR|12|41|5410|5590|11000",
			"pemilu|2024|kabupaten|Kabupaten Belu|16|79|11530|11970|23500"}},
	}, {
		name: "space-aligned capaian with its caption under the header",
		body: head("Ngada", 2020, "Capaian kinerja sasaran strategis sebagai berikut.", "",
			" 1   Persentase TPS yang memenuhi standar       %       100,00    97,50     97,50",
			" 2   Persentase pemilih yang menggunakan hak   %        77,50    80,10    103,35",
			"No   Indikator Kinerja                       Satuan    Target  Realisasi  Capaian",
			"Tabel 3.2 Capaian Kinerja Tahun 2020", "",
			"Capaian tersebut dicapai melalui sosialisasi."),
		want: map[string][]string{"capaian": {"Persentase TPS yang memenuhi standar|100|97.5|97.5",
			"Persentase pemilih yang menggunakan hak|77.5|80.1|103.35"}},
	}, {
		name: "header typed as words one space apart under TAB rows",
		body: head("Sabu Raijua", 2019, "Tabel 3.1 Capaian Kinerja Tahun 2019", "",
			"1\tPersentase arsip yang tertata\t%\t100,00\t90,00\t90,00",
			"2\tPersentase desa yang tersosialisasi\t%\t85,00\t88,40\t104,00",
			"No Indikator Kinerja Satuan Target Realisasi Capaian (%)", "",
			"Demikian capaian kinerja tahun ini."),
		want: map[string][]string{"capaian": {"Persentase arsip yang tertata|100|90|90",
			"Persentase desa yang tersosialisasi|85|88.4|104"}},
	}, {
		name: "a page break inside the rows, the last header cell wrapped over two lines",
		body: head("Timor Tengah Utara", 2021, "Tabel 3.1 Capaian Kinerja Tahun 2021", "",
			"1\tPersentase arsip yang tertata\t100,00\t92,00\t92,00",
			"2\tIndeks kepuasan layanan\t3,20\t3,40\t106,25", "", "17", "",
			"3\tPersentase dokumen yang diunggah\t90,00\t99,00\t110,00",
			"\t\t\t\tCapaian", "No\tIndikator Kinerja\tTarget\tRealisasi\t(%)", "",
			"Selanjutnya dijelaskan anggaran."),
		want: map[string][]string{"capaian": {"Persentase arsip yang tertata|100|92|92",
			"Indeks kepuasan layanan|3.2|3.4|106.25", "Persentase dokumen yang diunggah|90|99|110"}},
	}, {
		name: "space-aligned DPT and budget, a header of two lines, each captioned under it",
		body: head("Sumba Barat", 2024, "Rekapitulasi daftar pemilih sebagai berikut.", "",
			"  1   Loli                    9      88     10.120     10.480     20.600      140       21",
			"  2   Kota Waikabubak         13     102    11.300     11.900     23.200      215       40",
			"      Jumlah                  22     190    21.420     22.380     43.800      355       61",
			" No   Kecamatan             Jumlah   TPS         DPT                         DPTb      DPK",
			"                             Desa                L          P        L+P",
			"Tabel 3.9 Rekapitulasi DPT Pemilu Tahun 2024", "",
			"   076.01.WA    Program Dukungan Manajemen          1.850.500.000    1.920.000.000     69.500.000",
			"   6709         Sosialisasi Pemilih                   310.250.000      330.000.000     19.750.000",
			"                Jumlah                              2.160.750.000    2.250.000.000     89.250.000",
			"   Kode         Uraian                                  Realisasi             Pagu           Sisa", "",
			"Tabel 3.10 Realisasi Anggaran Tahun 2024", "", "Penyerapan anggaran baik."),
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|LOLI|9|88|10120|10480|20600",
			"pemilu|2024|kecamatan|KOTA WAIKABUBAK|13|102|11300|11900|23200",
			"pemilu|2024|kabupaten|Kabupaten Sumba Barat|22|190|21420|22380|43800"},
			"anggaran": {"076.01.WA|program||2024|1920000000|1850500000|69500000",
				"6709|kegiatan|076.01.WA|2024|330000000|310250000|19750000", "TOTAL|total||2024|2250000000|2160750000|89250000"}},
	}, {
		name: "sasaran headings over the rows, a SAKIP history, a remarks column no row fills",
		body: head("Kupang", 2022, "Tabel 3.2 Capaian Kinerja Tahun 2022", "",
			"Sasaran Strategis 1: Meningkatnya kualitas layanan pemilih",
			"1\tPersentase pemilih pemula yang terdata\t%\t90,00\t93,60\t104,00",
			"Sasaran Strategis 2: Tertibnya administrasi",
			"2\tPersentase dokumen yang diarsipkan\t%\t100,00\t95,00\t95,00",
			"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)", "",
			"Riwayat nilai SAKIP:", "", "2020\t60,15\tB", "2021\t64,80\tB", "Tahun\tNilai\tPredikat",
			"Tabel 3.5 Nilai SAKIP 2020-2021", "", "Berikut capaian lain.", "",
			"Tabel 3.6 Capaian Lain Tahun 2022",
			"1\tPersentase arsip digital\t%\t50,00\t55,00\t110,00",
			"2\tPersentase SDM terlatih\t%\t70,00\t63,00\t90,00",
			"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)\tKeterangan", "", "Selesai."),
		want: map[string][]string{"capaian": {"Persentase pemilih pemula yang terdata|90|93.6|104",
			"Persentase dokumen yang diarsipkan|100|95|95", "Persentase arsip digital|50|55|110", "Persentase SDM terlatih|70|63|90"},
			"sakip": {"2020|60.15|B", "2021|64.8|B"}},
	}, {
		name: "two tables parted by a blank line only, each header under its rows",
		body: head("Nagekeo", 2023, "Capaian lainnya:", "",
			"1\tPersentase laporan tepat waktu\t%\t100,00\t100,00\t100,00",
			"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)", "",
			"1\tPerencanaan Kinerja\t30\t22,40", "2\tPengukuran Kinerja\t30\t20,10", "\tNilai Akhir\t100\t70,55",
			"No\tKomponen\tBobot\tNilai", "", "Demikian."),
		want: map[string][]string{"capaian": {"Persentase laporan tepat waktu|100|100|100"}, "sakip": {"2022|70.55|BB"},
			"sakip_komponen": {"2022|perencanaan|30|22.4", "2022|pengukuran|30|20.1"}},
	}, {
		// a table printing its header on top and at the foot: the rows
		// above its top header are another table's, never read under it
		name: "rows right under a header are that header's, even with a foot header",
		body: head("Nagekeo", 2023, "Tabel 3.1 Capaian Kinerja Tahun 2023", "",
			"3\tPersentase arsip yang tertata\t100,00\t90,00\t90,00",
			"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
			"1\tPersentase desa yang tersosialisasi\t85,00\t88,40\t104,00",
			"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)", "", "Demikian."),
	}, {
		name: "space-aligned, header words wider than the columns under them",
		body: head("Ende", 2019, "Tabel 3.2 Capaian Kinerja Tahun 2019", "",
			"  1   Persentase TPS yang memenuhi         %      100,00     97,50      97,50",
			"  2   Persentase pemilih yang memilih      %       77,50     80,10     103,35",
			" No   Indikator Kinerja Utama (IKU)  Satuan  Target   Realisasi  Capaian (%)", "", "Demikian."),
		want: map[string][]string{"capaian": {"Persentase TPS yang memenuhi|100|97.5|97.5",
			"Persentase pemilih yang memilih|77.5|80.1|103.35"}},
	}, {
		name: "space-aligned budget, a group title over two sub-columns under the rows",
		body: head("Sumba Tengah", 2022, "Realisasi anggaran sebagai berikut.", "",
			"  076.01.WA   Dukungan Manajemen          1.480.000.000    1.600.000.000     92,50",
			"  3372        Pelayanan Pemilih             270.000.000      300.000.000     90,00",
			"              Jumlah                      1.750.000.000    1.900.000.000     92,11",
			"                                                    Anggaran (Rp)",
			"  Kode        Uraian Kegiatan                  Realisasi             Pagu    Serapan (%)",
			"Tabel 3.7 Realisasi Anggaran Tahun 2022", "", "Demikian."),
		want: map[string][]string{"anggaran": {"076.01.WA|program||2022|1600000000|1480000000|120000000",
			"3372|kegiatan|076.01.WA|2022|300000000|270000000|30000000", "TOTAL|total||2022|1900000000|1750000000|150000000"}},
	}, {
		name: "space-aligned rows padded by blank lines, the header one blank line under them",
		body: head("Manggarai Timur", 2020, "Hasil evaluasi AKIP sebagai berikut.", "",
			"   1    Perencanaan Kinerja                        30        21,10", "",
			"   2    Pengukuran Kinerja                         30        19,95", "",
			"   3    Pelaporan Kinerja                          15        10,80", "",
			"   4    Evaluasi Akuntabilitas Kinerja Internal    25        15,40", "",
			"        Nilai Akhir                               100        67,25", "",
			"  No    Komponen                                 Bobot       Nilai", "",
			"                 Tabel 3.5 Hasil Evaluasi AKIP Tahun 2019", "", "Nilai tersebut berpredikat B."),
		want: map[string][]string{"sakip": {"2019|67.25|B"}, "sakip_komponen": {"2019|perencanaan|30|21.1",
			"2019|pengukuran|30|19.95", "2019|pelaporan|15|10.8", "2019|evaluasi_internal|25|15.4"}},
	}, {
		// the layout is read as before: the row above the header stays
		// unread, never read under the header of the rows below
		name: "the next table's header with its own rows under it is no foot header",
		body: head("Rote Ndao", 2023, "Tabel 3.1 Capaian Kinerja Tahun 2023", "",
			"1\tPersentase arsip yang tertata\t100,00\t90,00\t90,00",
			"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
			"1\tPersentase desa yang tersosialisasi\t85,00\t88,40\t104,00", "",
			"Demikian capaian kinerja tahun ini."),
	}, {
		name: "a header followed by rows written as text: perhaps theirs, not the foot",
		body: head("Flores Timur", 2020, "Tabel 3.1 Capaian Kinerja Tahun 2020", "",
			"1\tPersentase arsip yang tertata\t100,00\t90,00\t90,00",
			"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)",
			"1 Persentase desa yang tersosialisasi 85,00 88,40 104,00", "",
			"Demikian capaian kinerja tahun ini."),
	}, {
		name: "a foot header one cell short of the rows: not the header",
		body: head("Malaka", 2022, "Tabel 3.1 Capaian Kinerja Tahun 2022", "",
			"1\tPersentase arsip yang tertata\t%\t100,00\t90,00\t90,00",
			"2\tPersentase desa yang tersosialisasi\t%\t85,00\t88,40\t104,00",
			"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)", "",
			"Demikian capaian kinerja tahun ini."),
	}}
	families := []string{"capaian", "anggaran", "sakip", "sakip_komponen", "rb", "dpt"}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Text(tc.name, []byte(strings.Join(tc.body, "\n")+"\n"))
			if err != nil {
				t.Fatal(err)
			}
			for _, fam := range families {
				wantRows(t, fam, factRows[fam](d), tc.want[fam])
			}
		})
	}
}
