package parse

import (
	"strings"
	"testing"
)

// TestFormulaCells: a spreadsheet printed with its formulas showing
// ("=C5-D5", "=SUM(D4:D9)", "= E6+F6"). A formula is no printed value, but
// what the rulebook derives still derives: sisa = pagu − realisasi, a
// DPT total = L + P; a total row made only of formulas states no amount
// (the prose's total stands), and a formula row under the last component
// is a row of its own, never read with that component's score.
func TestFormulaCells(t *testing.T) {
	row := func(cells ...string) string { return strings.Join(cells, "\t") }
	budget := func(f1, f2, tot string) []string {
		return []string{"Pagu DIPA Tahun Anggaran 2024 berjumlah Rp 5.600.000.000 dan terealisasi sebesar Rp 5.390.000.000.", "",
			"Tabel 3.6 Realisasi Anggaran Tahun 2024", "",
			row("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Sisa", "Serapan (%)"),
			row("076.01.WA", "Program Dukungan Manajemen", "2.100.000.000", "2.030.000.000", f1, "=D4/C4*100"),
			row("076.01.CQ", "Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi", "3.500.000.000", "3.360.000.000", f2, "=D5/C5*100"),
			row("", "JUMLAH", "=C4+C5", "=D4+D5", tot, "=D6/C6*100")}
	}
	wantBudget := map[string][]string{"anggaran": {
		"076.01.WA|program||2024|2100000000|2030000000|70000000",
		"076.01.CQ|program||2024|3500000000|3360000000|140000000",
		"TOTAL|total||2024|5600000000|5390000000|210000000"}}
	dpt := func(f1, f2, tot string) []string {
		return []string{"Tabel 3.7 Rekapitulasi DPT Pemilu 2019 per Kecamatan", "",
			row("No", "Kecamatan", "Desa/Kel", "TPS", "L", "P", "L+P"),
			row("1", "Alok", "9", "41", "7.115", "7.402", f1),
			row("2", "Nita", "12", "37", "6.030", "6.212", f2),
			row("", "JUMLAH", "=SUM(C4:C5)", "=SUM(D4:D5)", "=SUM(E4:E5)", "=SUM(F4:F5)", tot)}
	}
	wantDPT := map[string][]string{"dpt": {
		"pemilu|2019|kecamatan|ALOK|9|41|7115|7402|14517",
		"pemilu|2019|kecamatan|NITA|12|37|6030|6212|12242"}}
	sakip := func(f string) []string {
		return []string{"Hasil evaluasi AKIP tahun 2023 memberikan nilai 66,85 dengan predikat B.", "",
			"Tabel 3.3 Nilai Evaluasi AKIP Tahun 2023 per Komponen", "",
			row("No", "Komponen", "Bobot", "Nilai"),
			row("1", "Perencanaan Kinerja", "30,00", "20,10"),
			row("2", "Pengukuran Kinerja", "30,00", "19,75"),
			row("3", "Pelaporan Kinerja", "15,00", "10,60"),
			row("4", "Evaluasi Akuntabilitas Kinerja Internal", "25,00", "16,40"),
			row("", "Nilai Akhir", "=SUM(C4:C7)", f)}
	}
	wantSakip := map[string][]string{
		"sakip_komponen": {"2023|perencanaan|30|20.1", "2023|pengukuran|30|19.75", "2023|pelaporan|15|10.6", "2023|evaluasi_internal|25|16.4"},
		"sakip":          {"2023|66.85|B"}}
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"sisa formulas", budget("=C4-D4", "=C5-D5", "=C6-D6"), wantBudget},
		{"sisa formulas with spaces and absolute addresses", budget("= $C$4-$D$4", "=C5 - D5", "=SUM(E4:E5)"), wantBudget},
	})
	checkDocs(t, []string{"dpt"}, []docCase{
		{"L+P formulas", dpt("=E4+F4", "=E5+F5", "=SUM(G4:G5)"), wantDPT},
		{"L+P as SUM", dpt("=SUM(E4:F4)", "= E5 + F5", "=G4+G5"), wantDPT},
	})
	checkDocs(t, []string{"sakip", "sakip_komponen"}, []docCase{
		{"total as SUM", sakip("=SUM(D4:D7)"), wantSakip},
		{"total as additions", sakip("=D4+D5+D6+D7"), wantSakip},
	})
}
