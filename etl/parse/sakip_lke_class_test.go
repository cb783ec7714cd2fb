package parse

import (
	"fmt"
	"strings"
	"testing"
)

// TestSakipLKEClass: the SAKIP evaluation as the evaluators' LKE summary
// sheet, components with their sub-components below, in fixed-width or TAB
// columns, outline marks letters, Roman numbers or none. The year is the
// sheet's own field (2022 here, not the report's 2024 - 1); the components
// load when their sub-components add up to them or they add up to the
// score; the score when the components add up to it; the grade when it
// fits the score's band. An LKE of the PMPRB (RB) is no SAKIP, and a sheet
// without its year field gives nothing (made-up figures).
func TestSakipLKEClass(t *testing.T) {
	// fixed-width lines under a right-aligned header
	row := func(mark, name, bobot, nilai string) string {
		return strings.TrimRight(fmt.Sprintf("%-5s%-45s%10s%10s", mark, name, bobot, nilai), " ")
	}
	sub := func(name, bobot, nilai string) string {
		return strings.TrimRight(fmt.Sprintf("%-5s  %-43s%10s%10s", "", name, bobot, nilai), " ")
	}
	const rule, rule2 = "=======================================================================", "-----------------------------------------------------------------------"
	// other tables of the report are TAB tables: the fixed sheet stays text
	other := []string{"", "Tabel 2.1 Pegawai", "", "No\tNama\tJabatan", "1\tMaria Goreti\tSekretaris", ""}
	fixed := func(title, fields string, subs1 [3]string, total, grade string) []string {
		return append(append([]string{}, other...),
			"Tabel 3.4 Hasil Evaluasi Akuntabilitas Kinerja", "",
			title, fields, rule,
			row("No", "Uraian", "Bobot (%)", "Nilai"), rule2,
			row("A.", "Perencanaan Kinerja", "30,00", "22,40"),
			sub("1. Pemenuhan", "6,00", subs1[0]), sub("2. Kualitas", "15,00", subs1[1]), sub("3. Implementasi", "9,00", subs1[2]),
			row("B.", "Pengukuran Kinerja", "30,00", "21,75"),
			sub("1. Pemenuhan", "6,00", "4,35"), sub("2. Kualitas", "15,00", "10,90"), sub("3. Implementasi", "9,00", "6,50"),
			row("C.", "Pelaporan Kinerja", "15,00", "10,60"),
			sub("1. Pemenuhan", "3,00", "2,10"), sub("2. Kualitas", "7,50", "5,30"), sub("3. Implementasi", "4,50", "3,20"),
			row("D.", "Evaluasi Akuntabilitas Kinerja Internal", "25,00", "17,05"),
			sub("1. Pemenuhan", "5,00", "3,40"), sub("2. Kualitas", "12,50", "8,55"), sub("3. Implementasi", "7,50", "5,10"),
			rule2, row("", "Nilai Akuntabilitas Kinerja", "100,00", total), row("", "Predikat", "", grade), rule, "",
			"Nilai tersebut menjadi dasar perbaikan.")
	}
	const title, fields = "LKE AKUNTABILITAS KINERJA INSTANSI PEMERINTAH - REKAP", "Satuan kerja : KPU Kabupaten Sikka      Tahun dievaluasi : 2022"
	ok1 := [3]string{"4,50", "11,20", "6,70"}
	komp1 := []string{"2022|perencanaan|30|22.4", "2022|pengukuran|30|21.75", "2022|pelaporan|15|10.6", "2022|evaluasi_internal|25|17.05"}
	// TAB columns, Roman marks, sub-components without numbering
	tabSheet := func(grade string) []string {
		return []string{
			"Tabel 3.5 Rekapitulasi LKE SAKIP", "",
			"LEMBAR KERJA EVALUASI SAKIP", "Instansi : KPU Kabupaten Sikka", "Tahun : 2022", "",
			"No\tKomponen\tSub Komponen\tBobot\tNilai",
			"I\tPerencanaan Kinerja\t\t30\t19,50",
			"\t\tPemenuhan\t6\t3,90", "\t\tKualitas\t15\t9,75", "\t\tImplementasi\t9\t5,85",
			"II\tPengukuran Kinerja\t\t30\t18,00",
			"\t\tPemenuhan\t6\t3,60", "\t\tKualitas\t15\t9,00", "\t\tImplementasi\t9\t5,40",
			"III\tPelaporan Kinerja\t\t15\t9,90",
			"\t\tPemenuhan\t3\t2,00", "\t\tKualitas\t7,5\t4,95", "\t\tImplementasi\t4,5\t2,95",
			"IV\tEvaluasi Internal\t\t25\t15,25",
			"\t\tPemenuhan\t5\t3,05", "\t\tKualitas\t12,5\t7,60", "\t\tImplementasi\t7,5\t4,60",
			"\tJumlah Nilai\t\t100\t62,65", "\tKategori\t\t\t" + grade, "",
		}
	}
	komp2 := []string{"2022|perencanaan|30|19.5", "2022|pengukuran|30|18", "2022|pelaporan|15|9.9", "2022|evaluasi_internal|25|15.25"}
	// fixed, no marks: the level is the indent; sub-components named after
	// their component; criteria one level further down are not summed
	bare := func(l string, in int) string { return strings.Repeat(" ", in) + l }
	unmarked := []string{
		"Tabel 3.6 Nilai Evaluasi SAKIP 2022", "",
		"Satker : KPU Kabupaten Sikka", "Tahun yang dinilai : 2022", "",
		"Aspek / Kriteria                          Bobot      Skor",
		"PENGUKURAN KINERJA                        30,00     21,75",
		bare("Pemenuhan pengukuran                     6,00      4,35", 2),
		bare("Kualitas pengukuran                     15,00     10,90", 2),
		bare("  a. IKU terukur                         7,00      5,00", 2),
		bare("  b. Data kinerja andal                  8,00      5,90", 2),
		bare("Implementasi pengukuran                  9,00      6,50", 2),
		"PERENCANAAN KINERJA                       30,00     22,40",
		bare("Pemenuhan perencanaan                    6,00      4,50", 2),
		bare("Kualitas perencanaan                    15,00     11,20", 2),
		bare("Implementasi perencanaan                 9,00      6,70", 2),
		"PELAPORAN KINERJA                         15,00     10,60",
		bare("Pemenuhan pelaporan                      3,00      2,10", 2),
		bare("Kualitas pelaporan                       7,50      5,30", 2),
		bare("Implementasi pelaporan                   4,50      3,20", 2),
		"EVALUASI INTERNAL                         25,00     17,05",
		bare("Pemenuhan evaluasi                       5,00      3,40", 2),
		bare("Kualitas evaluasi                       12,50      8,55", 2),
		bare("Implementasi evaluasi                    7,50      5,10", 2),
		"TOTAL                                    100,00     71,80",
		"PREDIKAT                                               BB", "",
	}
	pmprb := []string{
		"Tabel 3.8 Hasil PMPRB", "",
		"LEMBAR KERJA EVALUASI (LKE) PMPRB REFORMASI BIROKRASI - REKAPITULASI", "Unit kerja : KPU Kabupaten Sikka", "Tahun dievaluasi : 2022", "",
		"No\tKomponen / Sub Komponen\tBobot\tNilai",
		"A\tPerencanaan Perubahan\t30\t20,00",
		"\t1. Manajemen Perubahan\t10\t7,00", "\t2. Penataan Tatalaksana\t20\t13,00",
		"B\tPengukuran Pengungkit\t30\t21,00",
		"\t1. Penguatan Pengawasan\t15\t10,00", "\t2. Penguatan Akuntabilitas\t15\t11,00",
		"C\tPelaporan Hasil\t15\t10,00",
		"\t1. Pelayanan Publik\t15\t10,00",
		"D\tEvaluasi Internal Birokrasi\t25\t15,00",
		"\t1. Survei Internal\t25\t15,00",
		"\tNILAI PMPRB\t100\t66,00", "",
	}
	checkDocs(t, []string{"sakip", "sakip_komponen"}, []docCase{{
		name: "fixed width under TAB tables, letters and numbers, 2024 names",
		body: fixed(title, fields, ok1, "71,80", "BB"),
		want: map[string][]string{"sakip": {"2022|71.8|BB"}, "sakip_komponen": komp1},
	}, {
		name: "TAB columns, Roman marks, sub-components without numbering",
		body: tabSheet("B"),
		want: map[string][]string{"sakip": {"2022|62.65|B"}, "sakip_komponen": komp2},
	}, {
		name: "no marks, sub-components named after their component, criteria below",
		body: append(append([]string{}, other...), unmarked...),
		want: map[string][]string{"sakip": {"2022|71.8|BB"}, "sakip_komponen": {"2022|pengukuran|30|21.75", "2022|perencanaan|30|22.4",
			"2022|pelaporan|15|10.6", "2022|evaluasi_internal|25|17.05"}},
	}, {
		name: "sub-components off, the score's sum proves the components",
		body: fixed(title, fields, [3]string{"4,50", "11,20", "6,00"}, "71,80", "BB"),
		want: map[string][]string{"sakip": {"2022|71.8|BB"}, "sakip_komponen": komp1},
	}, {
		name: "sub-components off and the score off: only the proven components",
		body: fixed(title, fields, [3]string{"4,50", "11,20", "6,00"}, "72,00", "BB"),
		want: map[string][]string{"sakip_komponen": komp1[1:]},
	}, {
		name: "a grade outside the score's band is not loaded",
		body: tabSheet("BB"),
		want: map[string][]string{"sakip": {"2022|62.65|"}, "sakip_komponen": komp2},
	}, {
		name: "a plain component table above, for another year, stays the table reader's",
		body: append([]string{"Tabel 3.3 Nilai SAKIP Tahun 2021", "", "Komponen\tBobot\tNilai",
			"Perencanaan Kinerja\t30\t20,00", "Pengukuran Kinerja\t30\t19,00", "Pelaporan Kinerja\t15\t10,00",
			"Evaluasi Internal\t25\t16,00", "Nilai Akhir\t100\t65,00", ""}, tabSheet("B")...),
		// the sheet's facts come first: they are loaded before the tables are read
		want: map[string][]string{"sakip": {"2022|62.65|B", "2021|65|B"}, "sakip_komponen": append(append([]string{}, komp2...),
			"2021|perencanaan|30|20", "2021|pengukuran|30|19", "2021|pelaporan|15|10", "2021|evaluasi_internal|25|16")},
	}, {
		name: "an LKE of the PMPRB is no SAKIP",
		body: pmprb,
	}, {
		name: "no year field: the report's year is not the sheet's",
		body: fixed(title, "Satuan kerja : KPU Kabupaten Sikka", ok1, "71,80", "BB"),
	}})
}
