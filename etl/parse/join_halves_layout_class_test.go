package parse

import "testing"

// TestLayoutHalvesUnitColumn: a capaian table cut in two halves and
// rendered as space-aligned text (pdftotext -layout): the left half (No,
// Indikator, Satuan) holds no value at all, only a unit word closing each
// numbered row. Such rows are the body of an aligned table, so the halves
// join by their row numbers as TAB halves do; a left half whose rows pair
// with no right half gives nothing.
func TestLayoutHalvesUnitColumn(t *testing.T) {
	left := []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "", "(bagian kiri)",
		"  No   Indikator Kinerja                                              Satuan",
		"   1   Persentase Partisipasi Pemilih dalam Pemilu                    %",
		"   2   Persentase KPU Kabupaten dalam memutakhirkan Data Pemilih      %",
		"   3   Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten        Predikat",
		"   4   Jumlah Laporan Keuangan yang disusun tepat waktu               Dokumen", ""}
	right := []string{"(bagian kanan, lanjutan tabel yang sama)",
		"  No   Target   Realisasi   Capaian (%)",
		"   1    77,50       81,24        104,83",
		"   2   100,00       97,22         97,22",
		"   3   B        BB              100,00",
		"   4       12          12        100,00", ""}
	checkDocs(t, []string{"capaian"}, []docCase{{
		name: "the left half's rows closed by a unit, the values in the right half",
		body: append(append([]string{}, left...), right...),
		want: map[string][]string{"capaian": {"Persentase Partisipasi Pemilih dalam Pemilu|77.5|81.24|104.83",
			"Persentase KPU Kabupaten dalam memutakhirkan Data Pemilih|100|97.22|97.22",
			"Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten|<nil>|<nil>|100",
			"Jumlah Laporan Keuangan yang disusun tepat waktu|12|12|100"}},
	}, {
		name: "a left half alone",
		body: left,
	}, {
		name: "the right half's numbers do not pair",
		body: append(append([]string{}, left...), "(bagian kanan, lanjutan tabel yang sama)",
			"  No   Target   Realisasi   Capaian (%)",
			"   1    77,50       81,24        104,83",
			"   3   100,00       97,22         97,22", ""),
	}})
}
