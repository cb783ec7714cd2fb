package parse

import (
	"strings"
	"testing"
)

// TestVerticalRecords: a query tool's vertical output, one numbered record
// after another with a line per field (MySQL's \G, ClickHouse's "Row n:",
// "=== Baris n ===" with "name = value"), is read like a TAB table by every
// family: the field names its header, NULL an empty cell.
func TestVerticalRecords(t *testing.T) {
	star := func(n string) string { return "*************************** " + n + ". row ***************************" }
	checkDocs(t, []string{"capaian", "anggaran", "dpt"}, []docCase{{
		name: "MySQL \\G, right-aligned names, NULL number on the total, footer",
		body: []string{"Tabel 3.4 Rekapitulasi DPT Pemilihan 2024 per Kecamatan", "",
			"mysql> SELECT no, kecamatan, tps, l, p, jumlah", "    -> FROM rekap_dpt_2024\\G",
			star("1"), "       No: 1", "Kecamatan: WAIGETE", "      TPS: 41", "        L: 5.102", "        P: 5.377", "   Jumlah: 10.479",
			star("2"), "       No: 2", "Kecamatan: TALIBURA", "      TPS: 36", "        L: 4.618", "        P: 4.805", "   Jumlah: 9.423",
			star("3"), "       No: NULL", "Kecamatan: JUMLAH", "      TPS: 77", "        L: 9.720", "        P: 10.182", "   Jumlah: 19.902",
			"3 rows in set (0.01 sec)", "", "Sumber: aplikasi data pemilih."},
		want: map[string][]string{"dpt": {"pilkada|2024|kecamatan|WAIGETE|<nil>|41|5102|5377|10479",
			"pilkada|2024|kecamatan|TALIBURA|<nil>|36|4618|4805|9423",
			"pilkada|2024|kabupaten|Kabupaten Sikka|<nil>|77|9720|10182|19902"}},
	}, {
		name: "ClickHouse Row n: over a rule, budget in rupiah with grouped digits",
		body: []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
			"Row 1:", "──────", "kode:      076.01.WA", "uraian:    Program Dukungan Manajemen", "pagu:      4.250.000.000", "realisasi: 4.037.500.000", "",
			"Row 2:", "──────", "kode:      076.01.CQ", "uraian:    Program Penyelenggaraan Pemilu", "pagu:      1.750.000.000", "realisasi: 1.662.500.000", "",
			"Row 3:", "──────", "kode:      ᴺᵁᴸᴸ", "uraian:    JUMLAH", "pagu:      6.000.000.000", "realisasi: 5.700.000.000", "",
			"3 rows in set. Elapsed: 0.004 sec.", "", "Sumber: OM-SPAN."},
		want: map[string][]string{"anggaran": {"076.01.WA|program||2024|4250000000|4037500000|212500000",
			"076.01.CQ|program||2024|1750000000|1662500000|87500000", "TOTAL|total||2024|6000000000|5700000000|300000000"}},
	}, {
		name: "=== Baris n === with name = value, English decimals of the tool",
		body: []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
			"=== Baris 1 ===", "        no = 1", " indikator = Persentase laporan keuangan tepat waktu", "    target = 90.5", " realisasi = 95.25", "   capaian = 105.25",
			"=== Baris 2 ===", "        no = 2", " indikator = Persentase arsip yang didigitalkan", "    target = 80", " realisasi = 72.8", "   capaian = 91",
			"", "Sumber: aplikasi kinerja."},
		want: map[string][]string{"capaian": {"Persentase laporan keuangan tepat waktu|90.5|95.25|105.25",
			"Persentase arsip yang didigitalkan|80|72.8|91"}},
	}})
}

// TestVerticalRecordsUnproven: a footer counting other records than the
// output holds is reported, and no row is read from it.
func TestVerticalRecordsUnproven(t *testing.T) {
	checkUnproven(t, map[string][]string{
		"footer of another count": {"Tabel 3.4 DPT Pemilu 2024", "",
			"*** 1. row ***", "Kecamatan: Nita", "        L: 2.081", "        P: 2.005", "      L+P: 4.086",
			"*** 2. row ***", "Kecamatan: Magepanda", "        L: 3.853", "        P: 3.821", "      L+P: 7.674",
			"3 rows in set (0.00 sec)"},
	})
}

// TestVerticalRecordsLines: line numbers stay; records of other fields,
// numbering that does not open at 1 and prose come back as written.
func TestVerticalRecordsLines(t *testing.T) {
	in := "x\n-- Record 1 --\na: 1\nb: 2\n-- Record 2 --\na: 3\nb: NULL\n2 rows in set\ny"
	out := string(verticalRecords(nil, []byte(in)))
	if strings.Count(out, "\n") != strings.Count(in, "\n") || !strings.Contains(out, "x\na\tb\n1\t2\n3\t\n") {
		t.Errorf("rewrite:\n%q", out)
	}
	// a code's dots are no English decimal point: "3.973" stays as written
	in = "-- Record 1 --\nkode: 3355.01\nl: 3.973\n-- Record 2 --\nkode: 3355.02\nl: 4.120"
	if out := string(verticalRecords(nil, []byte(in))); !strings.Contains(out, "kode\tl\n3355.01\t3.973\n3355.02\t4.120\n") {
		t.Errorf("codes:\n%q", out)
	}
	for _, s := range []string{"teks biasa",
		"-- Record 1 --\na: 1\nb: 2\n-- Record 2 --\na: 3\nc: 4",
		"-- Record 2 --\na: 1\nb: 2\n-- Record 3 --\na: 3\nb: 4",
		"Baris 1 memuat nama: nilai\nBaris 2 memuat nama: nilai",
		"-- Record 1 --\na: 75.50\nb: 1\n-- Record 2 --\na: 77,50\nb: 2"} { // both notations: which is meant is not stated
		if got := string(verticalRecords(nil, []byte(s))); got != s {
			t.Errorf("verticalRecords(%q) = %q, want it unchanged", s, got)
		}
	}
}
