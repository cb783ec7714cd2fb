package parse

import (
	"strings"
	"testing"
)

// TestReaderTables: tables spoken by a screen reader ("Baris n. Kolom:
// nilai; …", "Row n. Column: value, …"), announced with their caption and
// size or not, with "kosong" for an empty cell, are read like TAB tables by
// every family; heading announcements lose their prefix.
func TestReaderTables(t *testing.T) {
	checkDocs(t, []string{"capaian", "anggaran", "dpt", "sakip_komponen"}, []docCase{{
		name: "announced budget, semicolons, an empty code spoken kosong",
		body: []string{"Tingkat judul 2: C. Realisasi Anggaran", "",
			"Tabel: Tabel 3.3 Realisasi Anggaran Tahun 2024. 3 baris, 4 kolom.",
			"Baris 1. Kode: 076.01.CQ; Program / Kegiatan: Program Penyelenggaraan Pemilu; Pagu: 1.800.000.000; Realisasi: 1.710.000.000.",
			"Baris 2. Kode: 6709; Program / Kegiatan: Sosialisasi dan Partisipasi Masyarakat; Pagu: 1.800.000.000; Realisasi: 1.710.000.000.",
			"Baris 3. Kode: kosong; Program / Kegiatan: JUMLAH; Pagu: 1.800.000.000; Realisasi: 1.710.000.000.",
			"Akhir tabel."},
		want: map[string][]string{"anggaran": {"076.01.CQ|program||2024|1800000000|1710000000|90000000",
			"6709|kegiatan|076.01.CQ|2024|1800000000|1710000000|90000000", "TOTAL|total||2024|1800000000|1710000000|90000000"}},
	}, {
		name: "English rows parted by commas, decimal commas in the cells, a table with its size first",
		body: []string{"Heading level 2: A. Capaian Kinerja", "", "Tabel 3.1 Capaian Kinerja Tahun 2024", "",
			"Table with 4 columns and 2 rows.",
			"Row 1. Indikator Kinerja: Persentase TPS ramah disabilitas, Target: 60,00, Realisasi: 66,30, Capaian (%): 110,50.",
			"Row 2. Indikator Kinerja: Persentase berita acara rekapitulasi tepat waktu, Target: 100,00, Realisasi: 97,00, Capaian (%): 97,00.",
			"End of table."},
		want: map[string][]string{"capaian": {"Persentase TPS ramah disabilitas|60|66.3|110.5", "Persentase berita acara rekapitulasi tepat waktu|100|97|97"}},
	}, {
		name: "caption stating the size, component rows parted by commas",
		body: []string{"Tabel 3.2 Nilai Evaluasi AKIP Tahun 2023 per Komponen, 3 baris dan 3 kolom.",
			"Baris 1: Komponen: Perencanaan Kinerja, Bobot: 30,00, Nilai: 23,15.",
			"Baris 2: Komponen: Pelaporan Kinerja, Bobot: 15,00, Nilai: 10,20.",
			"Baris 3: Komponen: Nilai Akhir, Bobot: 45,00, Nilai: 33,35.", ""},
		want: map[string][]string{"sakip_komponen": {"2023|perencanaan|30|23.15", "2023|pelaporan|15|10.2"}},
	}, {
		name: "DPT rows, no announcement, blank lines around",
		body: []string{"Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
			"Baris 1. No: 1; Kecamatan: Doreng; L: 3.210; P: 3.388; L+P: 6.598.",
			"Baris 2. No: 2; Kecamatan: Mapitara; L: 2.045; P: 2.101; L+P: 4.146.",
			"Baris 3. No: kosong; Kecamatan: JUMLAH; L: 5.255; P: 5.489; L+P: 10.744.", ""},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|DORENG|<nil>|<nil>|3210|3388|6598",
			"pemilu|2024|kecamatan|MAPITARA|<nil>|<nil>|2045|2101|4146", "pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|5255|5489|10744"}},
	}, {
		name: "a size that is not the run's: not rebuilt",
		body: []string{"Tabel: Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan. 4 baris, 5 kolom.",
			"Baris 1. No: 1; Kecamatan: Doreng; L: 3.210; P: 3.388; L+P: 6.598.",
			"Baris 2. No: 2; Kecamatan: Mapitara; L: 2.045; P: 2.101; L+P: 4.146.", "Akhir tabel."},
	}})
}

// TestReaderTablesLines: line numbers stay, and rows that name other
// columns, or are numbered out of turn, are left as written.
func TestReaderTablesLines(t *testing.T) {
	in := "x\nTabel: Tabel 3.2 Komponen. 2 baris, 2 kolom.\nBaris 1. Komponen: A; Nilai: 1.\nBaris 2. Komponen: B; Nilai: 2.\nAkhir tabel.\ny"
	out := string(readerTables([]byte(in), nil))
	if strings.Count(out, "\n") != strings.Count(in, "\n") || !strings.Contains(out, "Tabel 3.2 Komponen\nKomponen\tNilai\nA\t1\nB\t2\ny") {
		t.Errorf("rewrite:\n%q", out)
	}
	in = "Tabel dengan 2 kolom dan 2 baris:\nBaris 1. Komponen: A; Nilai: kosong.\nBaris 2. Komponen: B; Nilai: 2.\n\ny"
	if out := string(readerTables([]byte(in), nil)); out != "Komponen\tNilai\nA\t\nB\t2\n\ny" {
		t.Errorf("announced by its size alone:\n%q", out)
	}
	for _, s := range []string{"Baris 1. Komponen: A; Nilai: 1.\nBaris 2. Komponen: B; Bobot: 2.",
		"Baris 1. Komponen: A; Nilai: 1.\nBaris 3. Komponen: B; Nilai: 2.", "Baris 1 dan baris 2 tabel di atas."} {
		if got := string(readerTables([]byte(s), nil)); got != s {
			t.Errorf("readerTables(%q) = %q, want it unchanged", s, got)
		}
	}
}
