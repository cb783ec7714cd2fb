package parse

import "testing"

// TestFlatColumnsScaledAndScored: a table read column after column
// (pdftotext's raw mode: a column's header, then its cells one a line)
// whose value headers carry a scale unit ("Pagu (Rp 000)", "Realisasi
// (Rp ribu)") is rebuilt like any other and loads in rupiah; a components
// table so flattened closes with its final score ("Nilai Akhir", "Nilai
// Total") in place of a Jumlah row, which the sums prove. Sums that fail
// leave the table unloaded.
func TestFlatColumnsScaledAndScored(t *testing.T) {
	col := func(head string, cells ...string) []string { return append([]string{head}, cells...) }
	table := func(caption string, cols ...[]string) []string {
		out := []string{caption, ""}
		for _, c := range cols {
			out = append(out, c...)
		}
		return append(out, "", "Sumber: Subbagian Keuangan, diolah.")
	}
	budget := func(year, unit, label, lastHead, total string, last ...string) []string {
		return table("Tabel 3.4 Realisasi Anggaran Tahun "+year,
			col("Kode", "WA", "3357", "3358", "CQ", "3363"),
			col(label, "Program Dukungan Manajemen", "Pengelolaan Keuangan", "Pengelolaan Sumber Daya Manusia",
				"Program Penyelenggaraan Pemilu", "Pemutakhiran Data Pemilih", "JUMLAH"),
			col("Pagu "+unit, "4.200.500", "1.800.000", "2.400.500", "6.100.000", "6.100.000", total),
			col("Realisasi "+unit, "4.010.250", "1.700.000", "2.310.250", "5.900.000", "5.900.000", "9.910.250"),
			col(lastHead, last...))
	}
	sisa := []string{"190.250", "100.000", "90.250", "200.000", "200.000", "390.250"}
	pct := []string{"95,47", "94,44", "96,24", "96,72", "96,72", "96,21"}
	budgetWant := func(y string) []string {
		return []string{"076.01.WA|program||" + y + "|4200500000|4010250000|190250000",
			"3357|kegiatan|076.01.WA|" + y + "|1800000000|1700000000|100000000",
			"3358|kegiatan|076.01.WA|" + y + "|2400500000|2310250000|90250000",
			"076.01.CQ|program||" + y + "|6100000000|5900000000|200000000",
			"3363|kegiatan|076.01.CQ|" + y + "|6100000000|5900000000|200000000",
			"TOTAL|total||" + y + "|10300500000|9910250000|390250000"}
	}
	komp := func(caption, closing, bobotTot, nilaiTot string, n ...string) []string {
		return table(caption,
			col("No", "1", "2", "3", "4"),
			col("Komponen", "Perencanaan Kinerja", "Pengukuran Kinerja", "Pelaporan Kinerja",
				"Evaluasi Akuntabilitas Kinerja Internal", closing),
			col("Bobot", "30,00", "30,00", "15,00", "25,00", bobotTot),
			col("Nilai", append(n, nilaiTot)...))
	}
	checkDocs(t, []string{"anggaran", "sakip_komponen"}, []docCase{
		{"budget in thousands (Rp 000), sisa", budget("2022", "(Rp 000)", "Uraian", "Sisa (Rp 000)", "10.300.500", sisa...),
			map[string][]string{"anggaran": budgetWant("2022")}},
		{"budget in thousands (Rp ribu), serapan", budget("2021", "(Rp ribu)", "Program/Kegiatan", "Serapan (%)", "10.300.500", pct...),
			map[string][]string{"anggaran": budgetWant("2021")}},
		{"components closed by Nilai Akhir", komp("Tabel 3.2 Hasil Evaluasi AKIP Tahun 2020 per Komponen", "Nilai Akhir", "100,00", "64,80",
			"20,10", "18,90", "10,30", "15,50"),
			map[string][]string{"sakip_komponen": {"2020|perencanaan|30|20.1", "2020|pengukuran|30|18.9", "2020|pelaporan|15|10.3",
				"2020|evaluasi_internal|25|15.5"}}},
		{"components closed by Nilai Total", komp("Tabel 7 Nilai SAKIP Tahun 2023 menurut Komponen", "Nilai Total", "100,00", "70,35",
			"22,05", "20,40", "11,10", "16,80"),
			map[string][]string{"sakip_komponen": {"2023|perencanaan|30|22.05", "2023|pengukuran|30|20.4", "2023|pelaporan|15|11.1",
				"2023|evaluasi_internal|25|16.8"}}},
		{"a total the rows do not give: nothing loaded", budget("2022", "(Rp 000)", "Uraian", "Sisa (Rp 000)", "10.300.900", sisa...), nil},
		{"a final score the components do not give: nothing loaded", komp("Tabel 3.2 Hasil Evaluasi AKIP Tahun 2020 per Komponen",
			"Nilai Akhir", "100,00", "65,80", "20,10", "18,90", "10,30", "15,50"), nil},
	})
}
