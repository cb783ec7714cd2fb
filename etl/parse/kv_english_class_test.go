package parse

import "testing"

// TestLabelledRowsEnglish: a report written in English writes its lists
// of labelled rows with English cell names ("actual", "ceiling",
// "polling stations", "male"): they are the Indonesian columns.
func TestLabelledRowsEnglish(t *testing.T) {
	checkDocs(t, []string{"capaian", "anggaran", "dpt"}, []docCase{{
		name: "capaian",
		body: []string{"Performance 2024", "",
			"- Persentase arsip yang dikelola: target 80.00%; actual 84.00%; achievement 105.00%",
			"- Opini BPK atas Laporan Keuangan: target WTP; actual WTP; achievement 100%"},
		want: map[string][]string{"capaian": {"Persentase arsip yang dikelola|80|84|105", "Opini BPK atas Laporan Keuangan|<nil>|<nil>|100"}},
	}, {
		name: "budget",
		body: []string{"Budget 2024", "",
			"- Program Dukungan Manajemen (076.01.WA): ceiling Rp 1.000.000.000; realised Rp 900.000.000; balance Rp 100.000.000",
			"- Pengelolaan Keuangan (3355): ceiling Rp 600.000.000; realised Rp 550.000.000; balance Rp 50.000.000",
			"- Operasional (3360): ceiling Rp 400.000.000; realised Rp 350.000.000; balance Rp 50.000.000"},
		want: map[string][]string{"anggaran": {"076.01.WA|program||2024|1000000000|900000000|100000000",
			"3355|kegiatan|076.01.WA|2024|600000000|550000000|50000000", "3360|kegiatan|076.01.WA|2024|400000000|350000000|50000000"}},
	}, {
		name: "voter roll under an English caption",
		body: []string{"Final Voters List (DPT), General Election 2024", "",
			"- Paga: polling stations 54; male 4.081; female 4.005; total 8.086",
			"- Mego: polling stations 42; male 3.853; female 3.821; total 7.674"},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|PAGA|<nil>|54|4081|4005|8086", "pemilu|2024|kecamatan|MEGO|<nil>|42|3853|3821|7674"}},
	}})
}
