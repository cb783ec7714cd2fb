package parse

import (
	"strings"
	"testing"
)

// TestTreeViewClass: an application's tree view printed as text is read
// as the table its nodes are rows of: the figures after a node's label
// (after a dash, a colon or in brackets; "key value", "key: value" or
// "key = value") are its cells, a parent above its children, the root
// with figures the total row, a root without figures the title.
func TestTreeViewClass(t *testing.T) {
	checkDocs(t, []string{"capaian", "anggaran", "dpt", "sakip_komponen"}, []docCase{
		{"capaian tree, box branches, colons, numbered indicators", []string{
			"BAB III AKUNTABILITAS KINERJA",
			"",
			"Tabel 3.1 Pohon Kinerja Tahun 2024",
			"",
			"Kinerja KPU Kabupaten Sikka 2024",
			"├── Sasaran: Terselenggaranya pemilu yang berkualitas",
			"│   ├── 1) Indeks partisipasi pemilih dalam pemilu: target: 80,00%; realisasi: 84,00%; capaian: 105,00",
			"│   └── 2) Persentase TPS dengan logistik tepat waktu: target: 100,00%; realisasi: 98,00%; capaian: 98,00",
			"└── Sasaran: Meningkatnya tata kelola sekretariat",
			"    └── 3) Opini BPK atas laporan keuangan: target: WTP; realisasi: WTP; capaian: 100,00",
			"",
			"Sumber: aplikasi e-Kinerja.",
		}, map[string][]string{"capaian": {
			"Indeks partisipasi pemilih dalam pemilu|80|84|105",
			"Persentase TPS dengan logistik tepat waktu|100|98|98",
			"Opini BPK atas laporan keuangan|<nil>|<nil>|100"}}},
		{"budget tree, ASCII branches, figures in brackets, root the total", []string{
			"C. Realisasi Anggaran",
			"",
			"Tabel 3.4 Struktur Anggaran Tahun 2024",
			"",
			"TOTAL ANGGARAN SATKER (pagu = Rp 6.000.000.000, realisasi = Rp 5.820.000.000, sisa = Rp 180.000.000)",
			"|-- 076.01.WA Program Dukungan Manajemen (pagu = Rp 2.400.000.000, realisasi = Rp 2.352.000.000, sisa = Rp 48.000.000)",
			"|   |-- 3355 Pengelolaan Keuangan dan BMN (pagu = Rp 900.000.000, realisasi = Rp 882.000.000, sisa = Rp 18.000.000)",
			"|   `-- 3360 Operasional Perkantoran (pagu = Rp 1.500.000.000, realisasi = Rp 1.470.000.000, sisa = Rp 30.000.000)",
			"`-- 076.01.CQ Program Penyelenggaraan Pemilu (pagu = Rp 3.600.000.000, realisasi = Rp 3.468.000.000, sisa = Rp 132.000.000)",
			"    |-- 6639 Teknis Penyelenggaraan (pagu = Rp 2.000.000.000, realisasi = Rp 1.940.000.000, sisa = Rp 60.000.000)",
			"    `-- 6640 Pemutakhiran Data Pemilih (pagu = Rp 1.600.000.000, realisasi = Rp 1.528.000.000, sisa = Rp 72.000.000)",
			"",
		}, map[string][]string{"anggaran": {
			"TOTAL|total||2024|6000000000|5820000000|180000000",
			"076.01.WA|program||2024|2400000000|2352000000|48000000",
			"3355|kegiatan|076.01.WA|2024|900000000|882000000|18000000",
			"3360|kegiatan|076.01.WA|2024|1500000000|1470000000|30000000",
			"076.01.CQ|program||2024|3600000000|3468000000|132000000",
			"6639|kegiatan|076.01.CQ|2024|2000000000|1940000000|60000000",
			"6640|kegiatan|076.01.CQ|2024|1600000000|1528000000|72000000"}}},
		{"DPT tree, plus branches, en dash, root the kabupaten", []string{
			"D. Data Pemilih",
			"",
			"Tabel 3.5 Pohon DPT Pemilu Tahun 2024",
			"",
			"KABUPATEN SIKKA – desa 30; TPS 120; L 20.000; P 21.500; L+P 41.500",
			"+-- KANGAE – desa 10; TPS 40; L 6.500; P 7.000; L+P 13.500",
			"+-- MAUMERE – desa 12; TPS 50; L 8.200; P 8.700; L+P 16.900",
			"+-- NITA – desa 8; TPS 30; L 5.300; P 5.800; L+P 11.100",
			"",
		}, map[string][]string{"dpt": {
			"pemilu|2024|kabupaten|Kabupaten Sikka|30|120|20000|21500|41500",
			"pemilu|2024|kecamatan|KANGAE|10|40|6500|7000|13500",
			"pemilu|2024|kecamatan|MAUMERE|12|50|8200|8700|16900",
			"pemilu|2024|kecamatan|NITA|8|30|5300|5800|11100"}}},
		{"SAKIP components, a title root", []string{
			"B. Evaluasi Akuntabilitas Kinerja",
			"",
			"Tabel 3.3 Komponen Evaluasi SAKIP Tahun 2023",
			"",
			"Hasil Evaluasi SAKIP 2023: 70,15 (BB)",
			"├─ Perencanaan Kinerja — bobot 30,00; nilai 22,10",
			"├─ Pengukuran Kinerja — bobot 30,00; nilai 20,40",
			"├─ Pelaporan Kinerja — bobot 15,00; nilai 11,25",
			"└─ Evaluasi Akuntabilitas Kinerja Internal — bobot 25,00; nilai 16,40",
			"",
		}, map[string][]string{"sakip_komponen": {
			"2023|perencanaan|30|22.1",
			"2023|pengukuran|30|20.4",
			"2023|pelaporan|15|11.25",
			"2023|evaluasi_internal|25|16.4"}}},
	})
}

// TestTreeViewUnknown: a tree whose figures name no family's columns, or
// a region tree below the kecamatan, is reported and read as no table.
func TestTreeViewUnknown(t *testing.T) {
	for _, tc := range []struct {
		name string
		body []string
	}{
		{"keys of no family", []string{
			"Tabel 2.1 Pohon Kegiatan Sosialisasi 2024",
			"",
			"Sosialisasi Pemilu — frekuensi 24; peserta 1.860",
			"├── Tatap muka — frekuensi 16; peserta 1.240",
			"└── Daring — frekuensi 8; peserta 620",
			"",
		}},
		{"kabupaten, kecamatan, desa", []string{
			"Tabel 3.6 Pohon DPT Pemilu Tahun 2024",
			"",
			"KABUPATEN SIKKA — TPS 9; L 1.500; P 1.600; L+P 3.100",
			"└── ALOK — TPS 9; L 1.500; P 1.600; L+P 3.100",
			"    ├── MADAWAT — TPS 5; L 800; P 850; L+P 1.650",
			"    └── NANGALIMANG — TPS 4; L 700; P 750; L+P 1.450",
			"",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			if len(d.DPT) != 0 || len(d.Capaian) != 0 {
				t.Errorf("rows read from an unknown tree: dpt %v capaian %v", factRows["dpt"](d), factRows["capaian"](d))
			}
			found := false
			for _, f := range d.Findings {
				found = found || f.Aturan == "tabel.tidak_dikenali" && strings.Contains(f.Pesan, "pohon")
			}
			if !found {
				t.Errorf("no tabel.tidak_dikenali finding for the tree")
			}
		})
	}
}
