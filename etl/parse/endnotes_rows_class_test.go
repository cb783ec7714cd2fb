package parse

import "testing"

// TestEndnoteRowsClass: budget and DPT tables whose amounts sit in their
// notes, joined by the marks and proven by the table readers; notes of
// other labels, a row without a note and amounts for no row give nothing.
func TestEndnoteRowsClass(t *testing.T) {
	budget := []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
		"Kode\tProgram / Kegiatan\tCatatan",
		"076.01.WA\tProgram Dukungan Manajemen\t1)",
		"3355\tPengelolaan Keuangan dan Barang Milik Negara\t2)",
		"3358\tPengelolaan Sumber Daya Manusia\t3)",
		"", "Catatan:",
		"2) Pagu Rp3.334.283.000; realisasi Rp3.216.929.603; sisa Rp117.353.397.",
		"1) Pagu Rp8.016.065.000; realisasi Rp7.764.732.809; sisa Rp251.332.191.",
		"3) Pagu Rp4.681.782.000; realisasi Rp4.547.803.206; sisa Rp133.978.794.", ""}
	wantBudget := []string{"076.01.WA|program||2024|8016065000|7764732809|251332191",
		"3355|kegiatan|076.01.WA|2024|3334283000|3216929603|117353397",
		"3358|kegiatan|076.01.WA|2024|4681782000|4547803206|133978794"}
	dpt := []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
		"No\tKecamatan\tKet.",
		"1\tKATIKUTANA\t[a]",
		"2\tMAMBORO\t[b]",
		"", "[a] L 4.397; P 4.501; L+P 8.898", "[b] L 4.411; P 4.529; L+P 8.940", ""}
	wantDPT := []string{"pemilu|2024|kecamatan|KATIKUTANA|<nil>|<nil>|4397|4501|8898", "pemilu|2024|kecamatan|MAMBORO|<nil>|<nil>|4411|4529|8940"}
	// look-alike: a row without its note
	lost := []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
		"No\tKecamatan\tKet.",
		"1\tKATIKUTANA\t[a]",
		"2\tMAMBORO\t[b]",
		"", "[a] L 4.397; P 4.501; L+P 8.898", ""}
	// look-alike: a shop's stock notes (labels of no family)
	shop := []string{"Daftar Barang", "",
		"Kode\tBarang\tCatatan",
		"A1\tKertas HVS\t1)",
		"A2\tTinta\t2)",
		"", "1) harga 55.000; stok 12", "2) harga 120.000; stok 5", ""}
	checkDocs(t, []string{"anggaran", "dpt"}, []docCase{
		{"budget amounts in footnotes", budget, map[string][]string{"anggaran": wantBudget}},
		{"DPT counts in [a] notes", dpt, map[string][]string{"dpt": wantDPT}},
		{"a row without its note", lost, nil},
		{"a shop's stock notes", shop, nil},
	})
}
