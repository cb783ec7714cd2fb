package parse

import "testing"

// TestCaptionPostRows: an infographic's social-media caption writes each
// row of a table as one line opened by an emoji, the row's label before a
// dash, then its named cells parted by bars; a unit cell ("Satuan: %") and
// a column named with its unit ("Capaian (%)", "Serapan (%)") are cells
// like the others, and the emoji is no part of the label.
func TestCaptionPostRows(t *testing.T) {
	checkDocs(t, []string{"capaian", "anggaran"}, []docCase{
		{name: "capaian rows with a unit cell", body: []string{
			"Tabel 3.1 Pengukuran Kinerja Tahun 2022", "",
			"📌 INFOGRAFIS | CAPAIAN KINERJA 2022", "",
			"🔸 Persentase arsip yang tertata — Satuan: % | Target: 70,00 | Realisasi: 77,00 | Capaian (%): 110,00",
			"🔸 Opini BPK atas Laporan Keuangan — Satuan: Opini | Target: WTP | Realisasi: WTP | Capaian (%): 100,00", "",
			"#KPUNagekeo #PemiluBermartabat", ""},
			want: map[string][]string{"capaian": {"Persentase arsip yang tertata|70|77|110", "Opini BPK atas Laporan Keuangan|<nil>|<nil>|100"}}},
		{name: "budget rows led by their codes", body: []string{
			"Tabel 3.3 Realisasi Anggaran Tahun 2021", "",
			"✨ REALISASI ANGGARAN TA 2021 ✨", "",
			"💰 076.01.WA Program Dukungan Manajemen — Pagu: 1.500.000.000 | Realisasi: 1.400.000.000 | Sisa: 100.000.000 | Serapan (%): 93,33",
			"💰 3357 Pengelolaan Data dan Informasi — Pagu: 900.000.000 | Realisasi: 850.000.000 | Sisa: 50.000.000 | Serapan (%): 94,44",
			"💰 3360 Operasional Perkantoran — Pagu: 600.000.000 | Realisasi: 550.000.000 | Sisa: 50.000.000 | Serapan (%): 91,67",
			"🧾 JUMLAH — Pagu: 1.500.000.000 | Realisasi: 1.400.000.000 | Sisa: 100.000.000 | Serapan (%): 93,33", ""},
			want: map[string][]string{"anggaran": {"076.01.WA|program||2021|1500000000|1400000000|100000000",
				"3357|kegiatan|076.01.WA|2021|900000000|850000000|50000000",
				"3360|kegiatan|076.01.WA|2021|600000000|550000000|50000000", "TOTAL|total||2021|1500000000|1400000000|100000000"}}},
	})
}
