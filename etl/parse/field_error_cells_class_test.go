package parse

import (
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestFieldErrorTotalsClass: a total row whose =SUM fields broke (Word's
// error text in the cells, Indonesian or English, or "#####") is NULL
// unless a sentence of the report states the total, agrees with the row's
// printed figures and is what the table's programs or kecamatan add up
// to; then the sentence's figures complete the row. A sentence that the
// children do not prove, or none, leaves the row NULL.
func TestFieldErrorTotalsClass(t *testing.T) {
	budget := func(cell, prose string) []string {
		return []string{"Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
			"Kode\tProgram/Kegiatan\tPagu\tRealisasi\tSisa\tSerapan (%)",
			"076.01.WA\tProgram Dukungan Manajemen\t4.250.000.000\t4.100.000.000\t150.000.000\t96,47",
			"3360\tOperasional Perkantoran\t4.250.000.000\t4.100.000.000\t150.000.000\t96,47",
			"076.01.CQ\tProgram Penyelenggaraan Pemilu\t9.750.000.000\t9.500.000.000\t250.000.000\t97,44",
			"6867\tPembentukan Badan Adhoc\t9.750.000.000\t9.500.000.000\t250.000.000\t97,44",
			"\tTOTAL\t" + cell + "\t" + cell + "\t" + cell + "\t97,14", "",
			prose, ""}
	}
	const agree = "Secara keseluruhan pagu anggaran tahun 2024 sebesar Rp14.000.000.000 terealisasi Rp13.600.000.000, sehingga sisa anggaran Rp400.000.000."
	const other = "Secara keseluruhan pagu anggaran tahun 2024 sebesar Rp15.000.000.000 terealisasi Rp14.600.000.000, sehingga sisa anggaran Rp400.000.000."
	const none = "Realisasi anggaran dipengaruhi oleh jadwal tahapan pemilihan."
	progs := []string{"076.01.CQ|2024|9750000000|9500000000|250000000", "076.01.WA|2024|4250000000|4100000000|150000000",
		"3360|2024|4250000000|4100000000|150000000", "6867|2024|9750000000|9500000000|250000000"}
	withTotal := func(total string) []string { return append(append([]string{}, progs...), total) }
	for _, tc := range []struct {
		name string
		body []string
		want []string
	}{
		{"indonesian field error, sentence agrees", budget("!Akhir Ekspresi Tidak Terduga", agree), withTotal("TOTAL|2024|14000000000|13600000000|400000000")},
		{"english field error, sentence agrees", budget("!Unexpected End of Formula", agree), withTotal("TOTAL|2024|14000000000|13600000000|400000000")},
		{"field error, sentence not the programs' sum", budget("!Syntax Error", other), withTotal("TOTAL|2024|<nil>|<nil>|<nil>")},
		{"field error, no sentence", budget("!Syntax Error", none), withTotal("TOTAL|2024|<nil>|<nil>|<nil>")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			got := budgetRows(d, func(a facts.Anggaran) bool { return a.Utama })
			wantRows(t, "anggaran", got, tc.want)
		})
	}
	roll := func(cell, prose string) []string {
		return []string{"Tabel 3.4 Rekapitulasi DPT Pemilihan 2024 per Kecamatan", "",
			"No\tKecamatan\tDesa/Kel\tTPS\tL\tP\tL+P",
			"1\tPAGA\t17\t40\t8.210\t8.530\t16.740",
			"2\tMEGO\t15\t33\t6.105\t6.342\t12.447",
			"3\tTANA WAWO\t12\t25\t4.880\t5.021\t9.901",
			"\tJUMLAH\t44\t98\t" + cell + "\t" + cell + "\t" + cell, "",
			prose, ""}
	}
	const dptAgree = "Jumlah DPT Kabupaten Sikka pada Pemilihan 2024 adalah 39.088 pemilih, terdiri atas 19.195 laki-laki dan 19.893 perempuan."
	const dptOther = "Jumlah DPT Kabupaten Sikka pada Pemilihan 2024 adalah 41.088 pemilih, terdiri atas 20.195 laki-laki dan 20.893 perempuan."
	kec := []string{"pilkada|2024|kecamatan|PAGA|17|40|8210|8530|16740", "pilkada|2024|kecamatan|MEGO|15|33|6105|6342|12447",
		"pilkada|2024|kecamatan|TANA WAWO|12|25|4880|5021|9901"}
	kab := func(l, p, tot string) []string {
		return append(append([]string{}, kec...), "pilkada|2024|kabupaten|Kabupaten Sikka|44|98|"+l+"|"+p+"|"+tot)
	}
	for _, tc := range []struct {
		name string
		body []string
		want []string
	}{
		{"roll: indonesian field error, sentence agrees", roll("!Akhir Ekspresi Tidak Terduga", dptAgree), kab("19195", "19893", "39088")},
		{"roll: overflow marks, sentence agrees", roll("######", dptAgree), kab("19195", "19893", "39088")},
		{"roll: field error, sentence not the kecamatan's sum", roll("!Syntax Error", dptOther), kab("<nil>", "<nil>", "<nil>")},
		{"roll: field error, no sentence", roll("Error! Bookmark not defined.", none), kab("<nil>", "<nil>", "<nil>")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			got := factRows["dpt"](d)
			var utama []string
			for i, r := range d.DPT {
				if r.Utama {
					utama = append(utama, got[i])
				}
			}
			wantRows(t, "dpt", utama, tc.want)
		})
	}
	capaian := func(cell string) []string {
		return []string{"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
			"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
			"1\tPersentase Partisipasi Pemilih dalam Pemilu/Pemilihan\t%\t" + cell + "\t80,85\t105,00",
			"2\tPersentase Sengketa Hukum yang dimenangkan KPU\t%\t100,00\t100,00\t100,00", ""}
	}
	checkDocs(t, []string{"capaian"}, []docCase{
		{"capaian: field error in Target is unread, never the indicator", capaian("!Kesalahan Sintaks"), map[string][]string{"capaian": {
			"Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan|<nil>|80.85|105", "Persentase Sengketa Hukum yang dimenangkan KPU|100|100|100"}}},
		{"capaian: english field error in Target is unread", capaian("!Unexpected End of Formula"), map[string][]string{"capaian": {
			"Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan|<nil>|80.85|105", "Persentase Sengketa Hukum yang dimenangkan KPU|100|100|100"}}},
	})
	if !fieldErrorCell("Kesalahan! Sumber referensi tidak ditemukan.") || fieldErrorCell("!!") || fieldErrorCell("!5") || fieldErrorCell(strings.Repeat("#", 5)) {
		t.Error("fieldErrorCell misreads its class")
	}
}
