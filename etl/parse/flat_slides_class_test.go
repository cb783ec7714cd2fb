package parse

import (
	"strings"
	"testing"
)

// TestSlideDeck: a chapter exported from a slide deck: "Slide n" (or
// "Slide 3 / 12"), a title, one fact a bullet whose label names the value,
// the speaker's notes under the last bullet. The notes are no part of the
// last bullet; a lone "label: figure" bullet run is a voter roll's totals
// when its labels are L, P and L+P, and a SAKIP evaluation when they carry
// the components' weights (the final score may carry its grade: "60,90 —
// predikat B"); a realisasi written with its share ("Rp … (96,11%)") is
// the amount and its serapan; the whole budget written as an uncoded item
// is the total only when its pagu is the sum of the programs'. Bullets
// may be "•", "-" or "▪", and a figure may come before its label.
func TestSlideDeck(t *testing.T) {
	roll := func(bullet string, figureFirst bool, slide string) []string {
		item := func(label, v string) string {
			if figureFirst {
				return bullet + " " + v + " " + label
			}
			return bullet + " " + label + ": " + v
		}
		return []string{slide, "DAFTAR PEMILIH TETAP PEMILU 2019", "",
			item("pemilih laki-laki", "83.172"), item("pemilih perempuan", "87.333"), item("jumlah pemilih (L+P)", "170.505"), item("TPS", "697"),
			"Catatan pembicara: DPS sempat tercatat 171.902 pemilih sebelum perbaikan.", ""}
	}
	kab := []string{"pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|697|83172|87333|170505"}
	cap := []string{"Slide 1", "CAPAIAN KINERJA 2024", "",
		"• Persentase arsip yang dikelola: target 80,00%, realisasi 84,00%, capaian 105,00%",
		"• Opini BPK atas Laporan Keuangan: target WTP, realisasi WTP, capaian 100%",
		"Catatan pembicara: capaian naik 12,5% dari tahun 2023.", ""}
	budget := []string{"Slide 2", "ANGGARAN 2024", "",
		"• Anggaran 2024 (DIPA): pagu Rp 1.600.000.000; realisasi Rp 1.450.000.000 (90,63%)",
		"• Program Dukungan Manajemen (076.01.WA): pagu Rp 1.000.000.000; realisasi Rp 900.000.000 (90,00%)",
		"  – Kegiatan 3355 Pengelolaan Keuangan: pagu Rp 1.000.000.000; realisasi Rp 900.000.000 (90,00%)",
		"• Program Penyelenggaraan Pemilu (076.01.CQ): pagu Rp 600.000.000; realisasi Rp 550.000.000 (91,67%)",
		"  – Kegiatan 6639 Teknis Penyelenggaraan: pagu Rp 600.000.000; realisasi Rp 550.000.000 (91,67%)", ""}
	budgetRows := []string{"TOTAL|total||2024|1600000000|1450000000|150000000", "076.01.WA|program||2024|1000000000|900000000|100000000",
		"3355|kegiatan|076.01.WA|2024|1000000000|900000000|100000000", "076.01.CQ|program||2024|600000000|550000000|50000000",
		"6639|kegiatan|076.01.CQ|2024|600000000|550000000|50000000"}
	sakip := []string{"Slide 3 / 12", "EVALUASI SAKIP 2023 (diterima 2024)", "",
		"• Nilai akhir: 60,90 — predikat B", "• Perencanaan Kinerja (bobot 30): 18,20", "• Pengukuran Kinerja (bobot 30): 18,10",
		"• Pelaporan Kinerja (bobot 15): 9,60", "• Evaluasi Akuntabilitas Kinerja Internal (bobot 25): 15,00", ""}
	checkDocs(t, []string{"capaian", "anggaran", "dpt", "sakip", "sakip_komponen"}, []docCase{{
		name: "capaian bullets, the notes under the last",
		body: cap,
		want: map[string][]string{"capaian": {"Persentase arsip yang dikelola|80|84|105", "Opini BPK atas Laporan Keuangan|<nil>|<nil>|100"}},
	}, {
		name: "a roll's totals, one figure a bullet",
		body: roll("•", false, "Slide 4"),
		want: map[string][]string{"dpt": kab},
	}, {
		name: "a roll's totals, dashes, figures first",
		body: roll("-", true, "Slide 4 / 12"),
		want: map[string][]string{"dpt": kab},
	}, {
		name: "a roll's totals, square bullets",
		body: roll("▪", false, "Slide 4"),
		want: map[string][]string{"dpt": kab},
	}, {
		name: "a roll's figures under a kecamatan's caption are not the satker's",
		body: append([]string{"Slide 6", "DPT PEMILU 2019 KECAMATAN PAGA", ""}, roll("•", false, "")[3:]...),
	}, {
		name: "budget: the uncoded whole is the programs' sum",
		body: budget,
		want: map[string][]string{"anggaran": budgetRows},
	}, {
		name: "budget: an uncoded item that is not the programs' sum is no total",
		body: append([]string{}, strings.Replace(strings.Join(budget, "\n"), "pagu Rp 1.600.000.000", "pagu Rp 1.700.000.000", 1)),
		want: map[string][]string{"anggaran": budgetRows[1:]},
	}, {
		name: "SAKIP: the final score with its grade, the components with their weights",
		body: sakip,
		want: map[string][]string{"sakip": {"2023|60.9|B"}, "sakip_komponen": {"2023|perencanaan|30|18.2", "2023|pengukuran|30|18.1",
			"2023|pelaporan|15|9.6", "2023|evaluasi_internal|25|15"}},
	}})
}
