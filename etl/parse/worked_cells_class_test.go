package parse

import (
	"fmt"
	"strings"
	"testing"
)

// TestWorkedCells: a derived cell shows the computation that gives it,
// "a : b × 100% = c", "pagu − realisasi = sisa", "L + P = total", a
// total as the sum of the figures above it, or the result first with its
// sum in parentheses. The result is the value once the arithmetic over the
// row's own figures gives it; arithmetic that does not, or a computation
// without a result, proves nothing (NULL), and an operand is never read.
func TestWorkedCells(t *testing.T) {
	row := func(cells ...string) string { return strings.Join(cells, "\t") }
	const a = "Persentase kecamatan yang menyampaikan rekapitulasi tepat waktu"
	const b = "Persentase keluhan pemilih yang tidak terselesaikan"
	const c = "Indeks kepuasan layanan informasi publik"
	capaian := func(head, ca, cb, cc string) []string {
		return []string{"Tabel 3.2 Pengukuran Kinerja Tahun 2022", "",
			row("No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", head),
			row("1", a, "%", "90,00", "94,50", ca),
			row("2", b, "%", "5,00", "4,00", cb),
			row("3", c, "Indeks", "3,20", "3,05", cc)}
	}
	wantCap := map[string][]string{"capaian": {a + "|90|94.5|105", b + "|5|4|120", c + "|3.2|3.05|95.31"}}
	budget := func(s1, s2, st, r1 string) []string {
		return []string{"Tabel 3.5 Realisasi Anggaran Tahun 2022", "",
			row("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa (Pagu - Realisasi)", "Serapan (Realisasi / Pagu x 100%)"),
			row("076.01.WA", "Program Dukungan Manajemen", "3.450.000.000", "3.312.750.000", s1, r1),
			row("076.01.CQ", "Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi", "1.980.500.000", "1.901.280.000", s2,
				"1.901.280.000 : 1.980.500.000 × 100% = 96,00%"),
			row("", "JUMLAH", "5.430.500.000", "5.214.030.000", st, "5.214.030.000 : 5.430.500.000 × 100% = 96,01%")}
	}
	wantBudget := map[string][]string{"anggaran": {
		"076.01.WA|program||2022|3450000000|3312750000|137250000",
		"076.01.CQ|program||2022|1980500000|1901280000|79220000",
		"TOTAL|total||2022|5430500000|5214030000|216470000"}}
	dpt := func(t1, t2, tot string) []string {
		return []string{"Tabel 3.6 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
			row("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L + P"),
			row("1", "Kodi Utara", "16", "52", "8.114", "8.390", t1),
			row("2", "Wewewa Timur", "21", "61", "9.207", "9.455", t2),
			row("", "JUMLAH", "37", "113", "17.321", "17.845", tot)}
	}
	english := func(lines []string) []string { // thousands parted by commas: "8,114"
		out := make([]string, len(lines))
		for i, l := range lines {
			out[i] = strings.ReplaceAll(l, ".", ",")
		}
		return out
	}
	const kab = "pemilu|2024|kabupaten|Kabupaten Sikka|37|113|17321|17845|35166"
	sakip := func(total string) []string {
		return []string{"Tabel 3.3 Nilai Evaluasi AKIP Tahun 2021 per Komponen", "",
			row("No", "Komponen", "Bobot", "Nilai"),
			row("1", "Perencanaan Kinerja", "30,00", "19,40"),
			row("2", "Pengukuran Kinerja", "30,00", "18,90"),
			row("3", "Pelaporan Kinerja", "15,00", "10,15"),
			row("4", "Evaluasi Akuntabilitas Kinerja Internal", "25,00", "15,25"),
			row("", "Nilai Akhir", "100,00", total)}
	}
	checkDocs(t, []string{"capaian"}, []docCase{
		{"ratio with percent, lower-is-better row", capaian("Capaian (Realisasi : Target × 100%)",
			"94,50 : 90,00 × 100% = 105,00%", "(2 × 5,00 − 4,00) : 5,00 × 100% = 120,00%", "3,05 : 3,20 × 100% = 95,31%"), wantCap},
		{"approximately, slash and x", capaian("Capaian (R/T x 100%)",
			"94,50/90,00 x 100% ≈ 105,00%", "(2 x 5,00 - 4,00) / 5,00 x 100% ≈ 120,00%", "3,05 / 3,20 x 100 ≈ 95,31"), wantCap},
		{"result first", capaian("Capaian (%)",
			"105,00% (= 94,50 : 90,00 × 100%)", "120,00% (= (2 × 5,00 − 4,00) : 5,00 × 100%)", "95,31% (3,05 ÷ 3,20)"), wantCap},
		{"wrong arithmetic, no result, foreign operand", capaian("Capaian (Realisasi : Target × 100%)",
			"94,50 : 90,00 × 100% = 107,00%", "(2 × 5,00 − 4,00) : 5,00 × 100%", "3,50 : 3,20 × 100% = 109,38%"),
			map[string][]string{"capaian": {a + "|90|94.5|<nil>", b + "|5|4|<nil>", c + "|3.2|3.05|<nil>"}}},
	})
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"sisa and serapan worked", budget("3.450.000.000 − 3.312.750.000 = 137.250.000", "1.980.500.000 - 1.901.280.000 = 79.220.000",
			"5.430.500.000 − 5.214.030.000 = 216.470.000", "3.312.750.000 : 3.450.000.000 × 100% = 96,02%"), wantBudget},
		{"sisa as a sum of the rows above", budget("137.250.000 (= 3.450.000.000 − 3.312.750.000)", "79.220.000",
			"137.250.000 + 79.220.000 = 216.470.000", "3.312.750.000 : 3.450.000.000 = 96,02%"), wantBudget},
		{"a sisa that does not add up", budget("3.450.000.000 − 3.312.750.000 = 173.250.000", "1.980.500.000 - 1.901.280.000 = 79.220.000",
			"5.430.500.000 − 5.214.030.000 = 216.470.000", "3.312.750.000 : 3.450.000.000 × 100% = 96,02%"),
			map[string][]string{"anggaran": {
				"076.01.WA|program||2022|3450000000|3312750000|<nil>",
				"076.01.CQ|program||2022|1980500000|1901280000|79220000",
				"TOTAL|total||2022|5430500000|5214030000|216470000"}}},
	})
	checkDocs(t, []string{"dpt"}, []docCase{
		{"L + P worked", dpt("8.114 + 8.390 = 16.504", "9.207 + 9.455 = 18.662", "17.321 + 17.845 = 35.166"), map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|KODI UTARA|16|52|8114|8390|16504", "pemilu|2024|kecamatan|WEWEWA TIMUR|21|61|9207|9455|18662", kab}}},
		{"English notation", english(dpt("8.114 + 8.390 = 16.504", "9.207 + 9.455 = 18.662", "17.321 + 17.845 = 35.166")), map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|KODI UTARA|16|52|8114|8390|16504", "pemilu|2024|kecamatan|WEWEWA TIMUR|21|61|9207|9455|18662", kab}}},
		{"a total that does not add up", dpt("8.114 + 8.390 = 16.504", "9.207 + 9.455 = 18.226", "17.321 + 17.845 = 35.166"), map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|KODI UTARA|16|52|8114|8390|16504", "pemilu|2024|kecamatan|WEWEWA TIMUR|21|61|9207|9455|<nil>", kab}}},
	})
	// the same cells in the other table routes: pipes and space-aligned columns
	pipes := func(lines []string) []string {
		out := append([]string(nil), lines[:2]...)
		for i, l := range lines[2:] {
			out = append(out, "| "+strings.ReplaceAll(l, "\t", " | ")+" |")
			if i == 0 {
				out = append(out, "|---|---|---|---|---|---|---|")
			}
		}
		return out
	}
	checkDocs(t, []string{"dpt"}, []docCase{
		{"L + P worked, pipes", pipes(dpt("8.114 + 8.390 = 16.504", "9.207 + 9.455 = 18.662", "17.321 + 17.845 = 35.166")), map[string][]string{"dpt": {
			"pemilu|2024|kecamatan|KODI UTARA|16|52|8114|8390|16504", "pemilu|2024|kecamatan|WEWEWA TIMUR|21|61|9207|9455|18662", kab}}},
	})
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"sisa worked, space-aligned", []string{"Tabel 3.5 Realisasi Anggaran Tahun 2023", "",
			"Kode        Program / Kegiatan               Pagu             Realisasi        Sisa",
			"076.01.WA   Program Dukungan Manajemen       2.870.000.000    2.801.450.000    2.870.000.000 - 2.801.450.000 = 68.550.000",
			"076.01.CQ   Program Penyelenggaraan Pemilu   4.125.000.000    4.038.900.000    4.125.000.000 - 4.038.900.000 = 86.010.000",
			"            JUMLAH                           6.995.000.000    6.840.350.000    6.995.000.000 - 6.840.350.000 = 154.650.000"},
			map[string][]string{"anggaran": {
				"076.01.WA|program||2023|2870000000|2801450000|68550000",
				"076.01.CQ|program||2023|4125000000|4038900000|<nil>",
				"TOTAL|total||2023|6995000000|6840350000|154650000"}}},
	})
	checkDocs(t, []string{"sakip"}, []docCase{
		{"total as the sum of its components", sakip("19,40 + 18,90 + 10,15 + 15,25 = 63,70"), map[string][]string{"sakip": {"2021|63.7|B"}}},
		{"total with the sum after it", sakip("63,70 (= 19,40 + 18,90 + 10,15 + 15,25)"), map[string][]string{"sakip": {"2021|63.7|B"}}},
	})
}

// TestWorkedSerapan: the serapan a worked cell proves is the one the
// report states, its fraction times 100 when the computation has no
// percent; one that does not hold is NULL.
func TestWorkedSerapan(t *testing.T) {
	for _, tc := range []struct{ cell, want string }{
		{"2.410.000.000 : 2.500.000.000 × 100% = 96,40%", "96.4"},
		{"2.410.000.000 / 2.500.000.000 = 96,40%", "96.4"},
		{"96,40% (= 2.410.000.000 ÷ 2.500.000.000 × 100%)", "96.4"},
		{"2.410.000.000 : 2.500.000.000 × 100% = 94,60%", "<nil>"},
	} {
		d := parseDoc(t, tc.cell, "Tabel 3.4 Realisasi Anggaran Tahun 2023", "",
			"Kode\tProgram\tPagu\tRealisasi\tSerapan",
			"076.01.WA\tProgram Dukungan Manajemen\t2.500.000.000\t2.410.000.000\t"+tc.cell)
		if len(d.Anggaran) != 1 {
			t.Fatalf("%s: %d budget rows, want 1", tc.cell, len(d.Anggaran))
		}
		if got := nv(d.Anggaran[0].SerapanLapor); got != tc.want {
			t.Errorf("%s: serapan_lapor %s, want %s", tc.cell, got, tc.want)
		}
	}
}

// TestParseWorked: what is a worked cell and what is none.
func TestParseWorked(t *testing.T) {
	for c, want := range map[string]string{
		"12,5 : 10 × 100% = 125%":   "[12,5 : 10 × 100%] 125%",
		"1,250.00 - 250.00 = 1,000": "[1,250.00 - 250.00] 1,000",
		"0,5 × 2 = 1 = 1,00":        "[0,5 × 2 1] 1,00",
		"77% (= 7,7/10)":            "[7,7/10] 77%",
		"=C5-D5":                    "none",
		"= 85":                      "none",
		"2019 = 2020":               "none",
		"85,00 (2021)":              "none",
		"Rp 5.000 = 5 ribu":         "none",
		"4,2 (x)":                   "none",
	} {
		got := "none"
		if w, ok := parseWorked(c); ok {
			got = fmt.Sprintf("%v %s", w.exprs, w.result)
		}
		if got != want {
			t.Errorf("parseWorked(%q) = %s, want %s", c, got, want)
		}
	}
}

// TestFormulaHeader: a column title that names its formula keeps only its
// title; a unit or a period in parentheses is no formula.
func TestFormulaHeader(t *testing.T) {
	for c, want := range map[string]string{
		"Capaian (Realisasi : Target × 100%)": "Capaian",
		"Achievement (Actual / Target x 100)": "Achievement",
		"Sisa (Pagu - Realisasi) Rp":          "Sisa Rp",
		"Realisasi (Rp)":                      "",
		"Capaian (%)":                         "",
		"Target (2020-2024)":                  "",
		"Jumlah (L+P)":                        "Jumlah",
	} {
		got, _ := formulaHeader(c)
		if got != want {
			t.Errorf("formulaHeader(%q) = %q, want %q", c, got, want)
		}
	}
}
