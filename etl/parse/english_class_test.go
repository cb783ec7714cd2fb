package parse

import "testing"

// TestEnglishHeaderClasses: a report whose captions, headings and table
// headers are in English ("Performance Indicator | Target | Actual |
// Achievement (%)", "Ceiling (IDR) | Realised (IDR) | Absorption (%)",
// "Sub-district | Villages | Polling Stations | Male | Female | Total")
// with numbers in English notation: the same facts as its Indonesian
// twin; "General Election" names the Pemilu; "<name> Regency" is the
// kabupaten's total row.
func TestEnglishHeaderClasses(t *testing.T) {
	checkDocs(t, []string{"capaian", "anggaran", "dpt"}, []docCase{
		{"capaian", []string{"Table 3.1 Performance Indicators and Achievement, Fiscal Year 2024", "",
			"No\tPerformance Indicator\tUnit\tTarget\tActual\tAchievement (%)",
			"1\tPersentase Partisipasi Pemilih dalam Pemilu/Pemilihan\t%\t80.00\t84.63\t105.79",
			"2\tOpini BPK atas Laporan Keuangan\tOpinion\tWTP\tWTP\t100.00"},
			map[string][]string{"capaian": {"Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan|80|84.63|105.79", "Opini BPK atas Laporan Keuangan|<nil>|<nil>|100"}}},
		{"budget", []string{"Table 3.3 Budget Realisation per Programme and Activity (IDR)", "",
			"Code\tProgramme / Activity\tCeiling (IDR)\tRealised (IDR)\tAbsorption (%)",
			"076.01.WA\tProgram Dukungan Manajemen\t2,745,629,000\t2,589,217,139\t94.30",
			"3355\tPengelolaan Keuangan dan Barang Milik Negara\t1,018,283,000\t953,436,239\t93.63"},
			map[string][]string{"anggaran": {"076.01.WA|program||2024|2745629000|2589217139|156411861", "3355|kegiatan|076.01.WA|2024|1018283000|953436239|64846761"}}},
		{"dpt", []string{"D. Final Voters List (DPT), General Election 2024", "",
			"No\tSub-district\tVillages\tPolling Stations\tMale\tFemale\tTotal",
			"1\tPaga\t17\t54\t4,081\t4,005\t8,086", "2\tMego\t6\t42\t3,853\t3,821\t7,674", "\tSikka Regency\t23\t96\t7,934\t7,826\t15,760"},
			map[string][]string{"dpt": {"pemilu|2024|kecamatan|PAGA|17|54|4081|4005|8086", "pemilu|2024|kecamatan|MEGO|6|42|3853|3821|7674",
				"pemilu|2024|kabupaten|Kabupaten Sikka|23|96|7934|7826|15760"}}},
	})
}
