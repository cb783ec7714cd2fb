package parse

import "testing"

// TestRBKeyedAfterColon: an RB result written after a colon as figures led
// by their key words ("…Reformasi Birokrasi tahun 2020: nilai 21,60, bobot
// 36,00, persentase 60,00%") loads when the three prove each other, the
// year the words before the colon name; figures that disagree load none.
func TestRBKeyedAfterColon(t *testing.T) {
	head := []string{"LAPORAN KINERJA SEKRETARIAT KPU KABUPATEN ROTE NDAO TAHUN 2021", "", "Sekretaris KPU Kabupaten Rote Ndao", ""}
	checkParagraphs(t, "rb", head, []paraCase{{
		name: "nilai, bobot, persentase",
		text: "Hasil evaluasi Reformasi Birokrasi tahun 2020: nilai 21,60, bobot 36,00, persentase 60,00%.",
		want: []string{"2020|21.6"},
	}, {
		name: "RB abbreviated, semicolons, capaian and bobot maksimal",
		text: "Penilaian RB Tahun 2021: skor 24,12; bobot maksimal 36,30; capaian 66,45%.",
		want: []string{"2021|24.12"},
	}, {
		name: "an equals sign, bobot and percent in brackets",
		text: "Nilai RB 2021 = 24,12 (bobot 36,30; 66,45%).",
		want: []string{"2021|24.12"},
	}, {
		name: "an equals sign, figures that do not prove each other",
		text: "Nilai RB 2021 = 24,12 (bobot 36,30; 70,45%).",
	}, {
		name: "figures that do not prove each other",
		text: "Hasil evaluasi Reformasi Birokrasi tahun 2020: nilai 21,60, bobot 36,00, persentase 65,00%.",
	}})
}
