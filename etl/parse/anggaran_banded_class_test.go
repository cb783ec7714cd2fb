package parse

import (
	"strings"
	"testing"
)

// The budget as a finance application's banded report (anggaran_banded.go):
// group header, detail lines, group footer, report total, in fixed columns.
func TestBandedBudgetClass(t *testing.T) {
	eq := strings.Repeat("=", 100)
	dash := "          " + strings.Repeat("-", 90)
	want := []string{
		"076.01.WA|program||2024|800000000|720000000|80000000",
		"3357|kegiatan|076.01.WA|2024|500000000|450000000|50000000",
		"3358|kegiatan|076.01.WA|2024|300000000|270000000|30000000",
		"076.01.CQ|program||2024|200000000|150000000|50000000",
		"6639|kegiatan|076.01.CQ|2024|200000000|150000000|50000000",
		"TOTAL|total||2024|1000000000|870000000|130000000",
	}
	tests := []docCase{
		{name: "SAKTI print: group with code and name, wrapped detail, SUB TOTAL PROGRAM, TOTAL SATKER",
			body: []string{"Tabel 3.2 Realisasi Anggaran Tahun 2024", "",
				"SAKTI - SISTEM APLIKASI KEUANGAN TINGKAT INSTANSI                 Tanggal Cetak : 05-01-2025 10:00:00",
				"LAPORAN REALISASI ANGGARAN PER PROGRAM DAN KEGIATAN               Halaman       : 1 dari 1",
				"Satker  : 654201 - KPU KABUPATEN SIKKA",
				"Periode : Januari s.d. Desember 2024",
				eq,
				"KODE      URAIAN                                    PAGU       REALISASI       SISA PAGU        %",
				eq,
				"PROGRAM : 076.01.WA  PROGRAM DUKUNGAN MANAJEMEN",
				"  3357    Pengelolaan Perencanaan, Data          500.000.000     450.000.000      50.000.000    90,00",
				"          dan Informasi",
				"  3358    Pengelolaan Sumber Daya Manusia        300.000.000     270.000.000      30.000.000    90,00",
				dash,
				"          SUB TOTAL PROGRAM 076.01.WA            800.000.000     720.000.000      80.000.000    90,00",
				"",
				"PROGRAM : 076.01.CQ  PROGRAM PENYELENGGARAAN PEMILU",
				"  6639    Teknis Penyelenggaraan Pemilu          200.000.000     150.000.000      50.000.000    75,00",
				dash,
				"          SUB TOTAL PROGRAM 076.01.CQ            200.000.000     150.000.000      50.000.000    75,00",
				eq,
				"          TOTAL SATKER                         1.000.000.000     870.000.000     130.000.000    87,00",
				eq,
				"Dicetak dari SAKTI pada 05-01-2025 10:00:00 oleh operator                         Hal. 1/1"},
			want: map[string][]string{"anggaran": want}},
		{name: "code-only group header, Jumlah Program footer, percent before sisa, JUMLAH SELURUHNYA",
			body: []string{"Tabel 4 Realisasi Anggaran per Program Tahun 2024", "",
				strings.Repeat("-", 100),
				"Kode        Uraian Kegiatan                      Pagu (Rp)   Realisasi (Rp)   Serapan   Sisa (Rp)",
				strings.Repeat("-", 100),
				"Program : 076.01.WA",
				"3357        Pengelolaan Perencanaan          500.000.000      450.000.000     90,00   50.000.000",
				"3358        Pengelolaan SDM                  300.000.000      270.000.000     90,00   30.000.000",
				"            Jumlah Program 076.01.WA         800.000.000      720.000.000     90,00   80.000.000",
				"Program : 076.01.CQ",
				"6639        Teknis Penyelenggaraan           200.000.000      150.000.000     75,00   50.000.000",
				"            Jumlah Program 076.01.CQ         200.000.000      150.000.000     75,00   50.000.000",
				strings.Repeat("-", 100),
				"            JUMLAH SELURUHNYA              1.000.000.000      870.000.000     87,00  130.000.000"},
			want: map[string][]string{"anggaran": want}},
		{name: "group line without label, Sub Total, the page head repeated mid-group, GRAND TOTAL",
			body: []string{"Realisasi anggaran tahun 2024 menurut OM-SPAN:", "",
				"OM-SPAN  LAPORAN REALISASI BELANJA                                    Halaman 1 dari 2",
				eq,
				"KODE      URAIAN                                  PAGU       REALISASI      SISA",
				eq,
				"076.01.WA Program Dukungan Manajemen",
				"3357      Pengelolaan Perencanaan           500.000.000     450.000.000     50.000.000",
				"\f",
				"OM-SPAN  LAPORAN REALISASI BELANJA                                    Halaman 2 dari 2",
				eq,
				"KODE      URAIAN                                  PAGU       REALISASI      SISA",
				eq,
				"3358      Pengelolaan SDM                   300.000.000     270.000.000     30.000.000",
				"          Sub Total                         800.000.000     720.000.000     80.000.000",
				"076.01.CQ Program Penyelenggaraan Pemilu",
				"6639      Teknis Penyelenggaraan            200.000.000     150.000.000     50.000.000",
				"          Sub Total                         200.000.000     150.000.000     50.000.000",
				eq,
				"          GRAND TOTAL                     1.000.000.000     870.000.000    130.000.000",
				eq},
			want: map[string][]string{"anggaran": want}},
		// look-alike: a banded report of voters, no pagu and realisasi
		{name: "banded report of a non-budget list",
			body: []string{"Rekapitulasi pemilih 2024", "",
				eq,
				"KODE      URAIAN                         LAKI-LAKI      PEREMPUAN        JUMLAH",
				eq,
				"KECAMATAN : 5307010  ALOK",
				"  5307010001 Kelurahan Kota Uneng            1.200          1.300          2.500",
				"  5307010002 Kelurahan Kota Baru             1.000          1.100          2.100",
				"          SUB TOTAL KECAMATAN                2.200          2.400          4.600",
				eq,
				"          TOTAL                              2.200          2.400          4.600",
				eq},
			want: map[string][]string{"anggaran": nil}},
		// a footer that is not its details' sum: nothing read from the report
		{name: "footer that does not add up",
			body: []string{"Tabel 3.2 Realisasi Anggaran Tahun 2024", "",
				eq,
				"KODE      URAIAN                                    PAGU       REALISASI       SISA PAGU        %",
				eq,
				"PROGRAM : 076.01.WA  PROGRAM DUKUNGAN MANAJEMEN",
				"  3357    Pengelolaan Perencanaan                500.000.000     450.000.000      50.000.000    90,00",
				"  3358    Pengelolaan Sumber Daya Manusia        300.000.000     270.000.000      30.000.000    90,00",
				dash,
				"          SUB TOTAL PROGRAM 076.01.WA            810.000.000     720.000.000      90.000.000    88,89",
				eq,
				"          TOTAL SATKER                           810.000.000     720.000.000      90.000.000    88,89",
				eq},
			want: map[string][]string{"anggaran": nil}},
	}
	checkDocs(t, []string{"anggaran"}, tests)
}

// A footer that does not add up leaves a finding naming the report.
func TestBandedBudgetFinding(t *testing.T) {
	eq := strings.Repeat("=", 100)
	d := parseDoc(t, "banded-finding", "Tabel 3.2 Realisasi Anggaran Tahun 2024", "",
		eq,
		"KODE      URAIAN                              PAGU       REALISASI       SISA PAGU",
		eq,
		"PROGRAM : 076.01.WA",
		"  3357    Pengelolaan Perencanaan          500.000.000     450.000.000      50.000.000",
		"          SUB TOTAL PROGRAM 076.01.WA      510.000.000     450.000.000      60.000.000",
		eq,
		"          TOTAL SATKER                     510.000.000     450.000.000      60.000.000",
		eq)
	n := 0
	for _, f := range d.Findings {
		if f.Aturan == "anggaran.banded" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("anggaran.banded findings: got %d, want 1", n)
	}
}
