package parse

import (
	"strings"
	"testing"
)

// TestTreeViewLayouts: trees drawn other ways: a title right under the
// caption, labels wrapped onto the next line (an indented source line
// under the tree is no part of its last label), "persen" for "%", a satuan
// key, no root at all, a root giving the score, budget outputs.
func TestTreeViewLayouts(t *testing.T) {
	checkDocs(t, []string{"capaian", "anggaran", "dpt", "sakip", "sakip_komponen"}, []docCase{
		{"wrapped labels, persen, satuan, title under the caption", []string{
			"Tabel 3.2 Pohon Indikator Kinerja 2024",
			"Indikator Kinerja Utama",
			"├── Persentase laporan pertanggungjawaban keuangan yang",
			"│   disampaikan tepat waktu — Satuan: persen; Target: 95,00 persen; Realisasi: 97,50 persen; Capaian: 102,63",
			"├── Persentase badan adhoc yang dibentuk sesuai jadwal — Satuan: persen; Target: 100,00 persen; Realisasi: 100,00 persen; Capaian: 100,00",
			"└── Indeks kepuasan layanan informasi publik — Satuan: indeks; Target: 3,50 poin; Realisasi: 3,64 poin; Capaian: 104,00",
			"",
		}, map[string][]string{"capaian": {
			"Persentase laporan pertanggungjawaban keuangan yang disampaikan tepat waktu|95|97.5|102.63",
			"Persentase badan adhoc yang dibentuk sesuai jadwal|100|100|100",
			"Indeks kepuasan layanan informasi publik|3.5|3.64|104"}}},
		{"DPT without a root, short branches, words for the sexes", []string{
			"Tabel 3.6 Rekapitulasi DPT Pemilu 2024 per Kecamatan",
			"",
			"├─ WAIGETE: TPS 36, Laki-laki 5.410, Perempuan 5.880, Jumlah 11.290",
			"├─ TALIBURA: TPS 42, Laki-laki 6.020, Perempuan 6.345, Jumlah 12.365",
			"└─ PALUE: TPS 12, Laki-laki 1.705, Perempuan 1.910, Jumlah 3.615",
			"      Sumber: Sidalih, diolah.",
			"",
		}, map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|WAIGETE|<nil>|36|5410|5880|11290",
			"pemilu|2024|kecamatan|TALIBURA|<nil>|42|6020|6345|12365",
			"pemilu|2024|kecamatan|PALUE|<nil>|12|1705|1910|3615"}}},
		{"DPT with bars and arrows, figures in any order", []string{
			"Tabel 3.7 Pohon DPT Pemilu Tahun 2019",
			"",
			"KABUPATEN SIKKA → L 9.950 | P 10.430 | TPS 61 | L+P 20.380",
			"├── LELA → L 3.120 | P 3.305 | TPS 19 | L+P 6.425",
			"├── BOLA → L 2.840 | P 2.975 | TPS 18 | L+P 5.815",
			"└── DORENG | L 3.990 | P 4.150 | TPS 24 | L+P 8.140",
			"",
		}, map[string][]string{"dpt": {
			"pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|61|9950|10430|20380",
			"pemilu|2019|kecamatan|LELA|<nil>|19|3120|3305|6425",
			"pemilu|2019|kecamatan|BOLA|<nil>|18|2840|2975|5815",
			"pemilu|2019|kecamatan|DORENG|<nil>|24|3990|4150|8140"}}},
		{"English keys", []string{
			"Table 3.2 Performance Tree 2024",
			"",
			"├── Percentage of polling stations supplied on time — target 100.00%; actual 97.50%; achievement 97.50",
			"└── Percentage of ad hoc bodies formed on schedule — target 100.00%; actual 100.00%; achievement 100.00",
			"",
			"Table 3.3 Budget Tree 2024",
			"",
			"TOTAL — budget Rp 4,200,000,000; realization Rp 4,116,000,000; balance Rp 84,000,000",
			"└── 076.01.WA Management Support Program — budget Rp 4,200,000,000; realization Rp 4,116,000,000; balance Rp 84,000,000",
			"    └── 3360 Office Operations — budget Rp 4,200,000,000; realization Rp 4,116,000,000; balance Rp 84,000,000",
			"",
		}, map[string][]string{
			"capaian": {
				"Percentage of polling stations supplied on time|100|97.5|97.5",
				"Percentage of ad hoc bodies formed on schedule|100|100|100"},
			"anggaran": {
				"TOTAL|total||2024|4200000000|4116000000|84000000",
				"076.01.WA|program||2024|4200000000|4116000000|84000000",
				"3360|kegiatan|076.01.WA|2024|4200000000|4116000000|84000000"}}},
		{"budget outputs under their kegiatan, no root", []string{
			"Tabel 3.9 Rincian Anggaran 2024",
			"",
			"+-- 076.01.WA Program Dukungan Manajemen -- pagu Rp 1.250.000.000; realisasi Rp 1.200.000.000; serapan 96,00%",
			"    +-- 3357 Pengelolaan Data dan Informasi -- pagu Rp 1.250.000.000; realisasi Rp 1.200.000.000; serapan 96,00%",
			"        +-- 3357.EBA.962 Layanan Dukungan Manajemen Internal -- pagu Rp 750.000.000; realisasi Rp 720.000.000; serapan 96,00%",
			"        `-- 3357.EBD.955 Layanan Manajemen Kinerja Internal -- pagu Rp 500.000.000; realisasi Rp 480.000.000; serapan 96,00%",
			"",
		}, map[string][]string{"anggaran": {
			"076.01.WA|program||2024|1250000000|1200000000|50000000",
			"3357|kegiatan|076.01.WA|2024|1250000000|1200000000|50000000",
			"3357.EBA.962|output|3357|2024|750000000|720000000|30000000",
			"3357.EBD.955|output|3357|2024|500000000|480000000|20000000"}}},
		{"a root giving the SAKIP score above its components", []string{
			"Tabel 3.3 Hasil Evaluasi SAKIP Tahun 2023",
			"",
			"Nilai SAKIP — nilai 70,15; predikat BB",
			"├── Perencanaan Kinerja — bobot 30,00; nilai 22,10",
			"├── Pengukuran Kinerja — bobot 30,00; nilai 20,40",
			"├── Pelaporan Kinerja — bobot 15,00; nilai 11,25",
			"└── Evaluasi Akuntabilitas Kinerja Internal — bobot 25,00; nilai 16,40",
			"",
		}, map[string][]string{
			"sakip": {"2023|70.15|BB"},
			"sakip_komponen": {
				"2023|perencanaan|30|22.1",
				"2023|pengukuran|30|20.4",
				"2023|pelaporan|15|11.25",
				"2023|evaluasi_internal|25|16.4"}}},
	})
}

// TestTreeViewLostBranch: a branch whose tail holds figures that are no
// key-value pairs is reported; its siblings are read.
func TestTreeViewLostBranch(t *testing.T) {
	d := parseDoc(t, "lost branch",
		"Tabel 3.1 Pohon Kinerja 2024",
		"",
		"├── Persentase TPS dengan logistik lengkap — target 100,00%; realisasi 99,20%; capaian 99,20",
		"├── Indeks partisipasi pemilih — target 78 hingga 80; realisasi 81,3",
		"└── Persentase arsip yang dikelola sesuai aturan — target 90,00%; realisasi 92,70%; capaian 103,00",
		"")
	got := strings.Join(factRows["capaian"](d), "\n")
	want := "Persentase TPS dengan logistik lengkap|100|99.2|99.2\nPersentase arsip yang dikelola sesuai aturan|90|92.7|103"
	if got != want {
		t.Errorf("capaian rows:\n%s\nwant:\n%s", got, want)
	}
	found := false
	for _, f := range d.Findings {
		found = found || f.Aturan == "tabel.tidak_dikenali" && strings.Contains(f.Nilai, "Indeks partisipasi")
	}
	if !found {
		t.Errorf("no finding for the branch whose figures are unread")
	}
}

// TestTreeViewProvince: a province's DPT tree has kabupaten and kota for
// branches, never kecamatan.
func TestTreeViewProvince(t *testing.T) {
	d := parseDoc2(t, "province tree", []string{
		"LAPORAN KINERJA KPU PROVINSI NUSA TENGGARA TIMUR TAHUN 2023", "",
		"Sekretaris KPU Provinsi Nusa Tenggara Timur", "",
		"Tabel 3.5 Pohon DPT Pemilu 2019 (sebagian)",
		"",
		"├── KOTA KUPANG — TPS 820; L 140.200; P 146.900; L+P 287.100",
		"├── KABUPATEN ENDE — TPS 690; L 96.100; P 104.300; L+P 200.400",
		"└── KABUPATEN LEMBATA — TPS 410; L 51.500; P 57.600; L+P 109.100",
		"",
	})
	wantRows(t, "dpt", factRows["dpt"](d), []string{
		"pemilu|2019|kabupaten|Kota Kupang|<nil>|820|140200|146900|287100",
		"pemilu|2019|kabupaten|Kabupaten Ende|<nil>|690|96100|104300|200400",
		"pemilu|2019|kabupaten|Kabupaten Lembata|<nil>|410|51500|57600|109100"})
}
