package parse

import "testing"

// TestPosterTables: a table printed as a poster and copied as text, each
// row a paragraph (its name, then every figure on a line with its label
// under it, or the label first), is read as the table it prints: the
// labels are the header, a row number, a code or a heading word of the
// name a cell of its own, a unit that changes from row to row a Satuan
// column, a region with "(JUMLAH)" after it the total row. A lone paragraph
// and paragraphs of different labels stay prose.
func TestPosterTables(t *testing.T) {
	p := func(name string, pairs ...string) []string { return append(append([]string{name}, pairs...), "") }
	join := func(parts ...[]string) (out []string) {
		for _, x := range parts {
			out = append(out, x...)
		}
		return out
	}
	capaian := join([]string{"Tabel 3.1 Capaian Kinerja Tahun 2024", ""},
		p("1. Persentase Pemilih Disabilitas yang Terdaftar dalam DPT", "90,00", "Target (%)", "94,50", "Realisasi (%)", "105,00", "Capaian (%)"),
		p("2. Persentase Laporan Dana Kampanye yang Diaudit Tepat Waktu", "100,00", "Target (%)", "80,00", "Realisasi (%)", "80,00", "Capaian (%)"),
		p("3. Nilai Evaluasi AKIP Satuan Kerja", "BB", "Target (Predikat)", "B", "Realisasi (Predikat)", "-", "Capaian (%)"),
		p("4. Opini atas Laporan Keuangan", "WTP", "Target (Opini)", "WTP", "Realisasi (Opini)", "100,00", "Capaian (%)"))
	capaianWant := []string{
		"Persentase Pemilih Disabilitas yang Terdaftar dalam DPT|90|94.5|105",
		"Persentase Laporan Dana Kampanye yang Diaudit Tepat Waktu|100|80|80",
		"Nilai Evaluasi AKIP Satuan Kerja|<nil>|<nil>|<nil>",
		"Opini atas Laporan Keuangan|<nil>|<nil>|100",
	}
	budget := join([]string{"Tabel 3.4 Realisasi Anggaran Tahun 2024 (Rp)", ""},
		p("076.01.WA Program Dukungan Manajemen", "Pagu", "3.100.000.000", "Realisasi", "3.050.000.000", "Sisa", "50.000.000"),
		p("3358 Pengelolaan Sumber Daya Manusia", "Pagu", "1.200.000.000", "Realisasi", "1.180.000.000", "Sisa", "20.000.000"),
		p("3360 Dukungan Operasional Perkantoran", "Pagu", "1.900.000.000", "Realisasi", "1.870.000.000", "Sisa", "30.000.000"),
		p("JUMLAH", "Pagu", "3.100.000.000", "Realisasi", "3.050.000.000", "Sisa", "50.000.000"))
	budgetWant := []string{
		"076.01.WA|program||2024|3100000000|3050000000|50000000",
		"3358|kegiatan|076.01.WA|2024|1200000000|1180000000|20000000",
		"3360|kegiatan|076.01.WA|2024|1900000000|1870000000|30000000",
		"TOTAL|total||2024|3100000000|3050000000|50000000",
	}
	dpt := join([]string{"Tabel 3.5 DPT Pemilu 2024 per Kecamatan", ""},
		p("Kecamatan Alok", "12", "Jumlah TPS", "4.100", "Pemilih Laki-laki", "4.350", "Pemilih Perempuan", "8.450", "Jumlah Pemilih (L+P)"),
		p("Kecamatan Kangae", "9", "Jumlah TPS", "2.310", "Pemilih Laki-laki", "2.400", "Pemilih Perempuan", "4.710", "Jumlah Pemilih (L+P)"),
		p("Kecamatan Magepanda", "7", "Jumlah TPS", "1.905", "Pemilih Laki-laki", "1.980", "Pemilih Perempuan", "3.885", "Jumlah Pemilih (L+P)"),
		p("KABUPATEN SIKKA (JUMLAH)", "28", "Jumlah TPS", "8.315", "Pemilih Laki-laki", "8.730", "Pemilih Perempuan", "17.045", "Jumlah Pemilih (L+P)"))
	dptWant := []string{
		"pemilu|2024|kecamatan|ALOK|<nil>|12|4100|4350|8450",
		"pemilu|2024|kecamatan|KANGAE|<nil>|9|2310|2400|4710",
		"pemilu|2024|kecamatan|MAGEPANDA|<nil>|7|1905|1980|3885",
		"pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|28|8315|8730|17045",
	}
	komponen := join([]string{"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2023 per Komponen", ""},
		p("Komponen 1: Perencanaan Kinerja", "bobot", "30,00", "nilai", "21,40"),
		p("Komponen 2: Pengukuran Kinerja", "bobot", "30,00", "nilai", "19,80"),
		p("Komponen 3: Pelaporan Kinerja", "bobot", "15,00", "nilai", "10,25"),
		p("Komponen 4: Evaluasi Akuntabilitas Kinerja Internal", "bobot", "25,00", "nilai", "15,05"),
		p("NILAI AKHIR", "bobot", "100,00", "nilai", "66,50"))
	komponenWant := []string{
		"2023|perencanaan|30|21.4",
		"2023|pengukuran|30|19.8",
		"2023|pelaporan|15|10.25",
		"2023|evaluasi_internal|25|15.05",
	}
	lone := join([]string{"Jumlah pemilih terdaftar pada Pemilu 2024:", ""},
		p("Kabupaten Sikka", "235.400", "pemilih", "1.012", "TPS"),
		[]string{"Catatan lain tentang logistik."},
		p("Kecamatan Alok", "8.450", "pemilih", "TPS", "12"))
	checkDocs(t, []string{"capaian"}, []docCase{{"capaian, figure over label, units per row", capaian, map[string][]string{"capaian": capaianWant}}})
	checkDocs(t, []string{"anggaran"}, []docCase{{"budget, label over figure, codes", budget, map[string][]string{"anggaran": budgetWant}}})
	checkDocs(t, []string{"dpt"}, []docCase{
		{"dpt, heading word, total in parentheses", dpt, map[string][]string{"dpt": dptWant}},
		{"lone paragraphs and mixed orders stay prose", lone, map[string][]string{"dpt": nil}},
	})
	checkDocs(t, []string{"sakip_komponen"}, []docCase{{"sakip components, numbered heading word", komponen, map[string][]string{"sakip_komponen": komponenWant}}})
}
