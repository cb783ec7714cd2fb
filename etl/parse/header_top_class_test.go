package parse

import (
	"strings"
	"testing"
)

// TestHeaderTopRepeatClass: a table continued after a page break under a
// repeat of only the top row of its header band (Word's "repeat as header
// row" set on the first row alone), a label printed on every page of the
// sheet between the parts (extract/furniture_header_top.go). The part goes
// on with the table when its first row is as wide as the row before the
// break, numbers under numbers; a narrower part, a part whose columns' kinds
// differ, or another table whose first header row happens to be equal stays
// apart.
func TestHeaderTopRepeatClass(t *testing.T) {
	tab := func(cells ...string) string { return strings.Join(cells, "\t") }
	doc := func(caption string, rows ...string) []string {
		out := []string{"Rincian disajikan pada tabel berikut.", "", caption, ""}
		out = append(out, rows...)
		return append(out, "", "Sumber: Subbagian Umum, diolah.", "")
	}
	// capaian: a nested table, the outer header repeated alone over the
	// part, "Catatan Pemeriksa" at every page's foot and a page number
	outer := tab("Tujuan", "Capaian Indikator")
	capBody := func(label string, part ...string) []string {
		rows := []string{outer,
			tab("Terwujudnya tata", "No", "Indikator Kinerja", "Target", "Realisasi", "Capaian", "Satuan"),
			tab("kelola yang baik", "1", "Persentase laporan keuangan tepat waktu", "100", "100", "100", "%"),
			tab("", "2", "Persentase pegawai yang mengikuti diklat", "80", "60", "75", "%"),
			"", label, "- 7 -", "\f", outer}
		return doc("Tabel 3.2 Capaian Kinerja 2024", append(rows, part...)...)
	}
	capaian := capBody("Catatan Pemeriksa",
		tab("", "3", "Persentase arsip yang tertata", "90", "99", "110", "%"),
		tab("", "4", "Indeks kepuasan layanan informasi", "3,50", "3,15", "90", "Indeks"))
	wantCap := []string{"Persentase laporan keuangan tepat waktu|100|100|100", "Persentase pegawai yang mengikuti diklat|80|60|75",
		"Persentase arsip yang tertata|90|99|110", "Indeks kepuasan layanan informasi|3.5|3.15|90"}
	// the part's rows narrower (the outer cell dropped): not the same table
	narrow := capBody("Catatan Pemeriksa",
		tab("3", "Persentase arsip yang tertata", "90", "99", "110", "%"))
	// DPT: the top row of a two-row header band repeated, a sheet's label
	dptTop := tab("No", "Kecamatan", "Desa/Kel", "TPS", "Jumlah Pemilih")
	dpt := doc("Tabel 3.6 DPT Pemilu 2024 per Kecamatan",
		dptTop, tab("", "", "", "", "L", "P", "L+P"),
		tab("1", "ALOK", "13", "60", "7210", "7305", "14515"),
		tab("2", "NITA", "12", "41", "4120", "4033", "8153"),
		"", "Lembar Kerja Sekretariat", "\f", dptTop,
		tab("3", "KEWAPANTE", "9", "30", "3100", "3200", "6300"),
		tab("", "JUMLAH", "34", "131", "14430", "14538", "28968"))
	wantDPT := []string{"pemilu|2024|kecamatan|ALOK|13|60|7210|7305|14515", "pemilu|2024|kecamatan|NITA|12|41|4120|4033|8153",
		"pemilu|2024|kecamatan|KEWAPANTE|9|30|3100|3200|6300", "pemilu|2024|kabupaten|Kabupaten Sikka|34|131|14430|14538|28968"}
	wantAng := []string{"076.01.WA|program||2024|3000000000|2850000000|150000000", "3355|kegiatan|076.01.WA|2024|1000000000|950000000|50000000"}
	// budget: a title row over the columns repeated alone
	angTop := tab("Program / Kegiatan", "Realisasi Anggaran TA 2024")
	angBody := func(part ...string) []string {
		rows := []string{angTop, tab("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "%"),
			tab("076.01.WA", "Program Dukungan Manajemen", "3.000.000.000", "2.850.000.000", "150.000.000", "95,00"),
			tab("3355", "Pengelolaan Keuangan", "1.000.000.000", "950.000.000", "50.000.000", "95,00"),
			"", "Paraf", "Halaman 12", "", angTop}
		return doc("Tabel 3.4 Realisasi Anggaran 2024", append(rows, part...)...)
	}
	budget := angBody(tab("3360", "Operasional Perkantoran", "2.000.000.000", "1.900.000.000", "100.000.000", "95,00"))
	// the part's columns of another kind: a name where the figures stood
	kinds := angBody(tab("3360", "Operasional Perkantoran", "Subbagian Umum", "Subbagian Keuangan", "Sekretaris", "Bendahara"))
	// look-alike: the next page's table opens with the same title row but
	// is another table, its rows as wide as its own outputs (volume, unit,
	// percent), narrower than the budget's
	other := angBody(tab("3360", "Operasional Perkantoran", "12", "Bulan", "100"),
		tab("3361", "Layanan Perkantoran", "4", "Laporan", "100"))
	// the same with no label, only the form feed between: still two tables
	bare := doc("Tabel 3.4 Realisasi Anggaran 2024", angTop, tab("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "%"),
		tab("076.01.WA", "Program Dukungan Manajemen", "3.000.000.000", "2.850.000.000", "150.000.000", "95,00"),
		tab("3355", "Pengelolaan Keuangan", "1.000.000.000", "950.000.000", "50.000.000", "95,00"),
		"", "\f", angTop, tab("3360", "Operasional Perkantoran", "12", "Bulan", "100"))
	// the band's two top rows repeated (a title row, a group row), the
	// column row not
	grp := tab("", "", "Anggaran", "", "", "Kinerja")
	two := doc("Tabel 3.4 Realisasi Anggaran 2024", angTop, grp, tab("Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "%"),
		tab("076.01.WA", "Program Dukungan Manajemen", "3.000.000.000", "2.850.000.000", "150.000.000", "95,00"),
		tab("3355", "Pengelolaan Keuangan", "1.000.000.000", "950.000.000", "50.000.000", "95,00"),
		"", "Paraf", "Halaman 12", "", angTop, grp,
		tab("3360", "Operasional Perkantoran", "2.000.000.000", "1.900.000.000", "100.000.000", "95,00"))
	checkDocs(t, []string{"capaian", "dpt", "anggaran"}, []docCase{
		{"capaian nested, outer header over the part", capaian, map[string][]string{"capaian": wantCap}},
		{"capaian part narrower", narrow, map[string][]string{"capaian": wantCap[:2]}},
		{"dpt top header row over the part", dpt, map[string][]string{"dpt": wantDPT}},
		{"budget title row over the part", budget, map[string][]string{"anggaran": append(wantAng, "3360|kegiatan|076.01.WA|2024|2000000000|1900000000|100000000")}},
		{"another table under an equal title row", other, map[string][]string{"anggaran": wantAng}},
		{"another table under an equal title row, no label", bare, map[string][]string{"anggaran": wantAng}},
		{"budget band's two top rows over the part", two, map[string][]string{"anggaran": append(wantAng, "3360|kegiatan|076.01.WA|2024|2000000000|1900000000|100000000")}},
		{"budget part of other kinds", kinds, map[string][]string{"anggaran": wantAng}},
	})
}
