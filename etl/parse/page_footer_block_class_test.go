package parse

import (
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestPageFooterBlockClass: a table running over pages under a footer block
// of long lines (an e-signature notice repeated on every page, the page
// count) and no header repeated is one table: the rows after the block
// keep the table's columns. Without the count, or with a long line that is
// the document's own text (said once), the block ends the table and the
// rows after it load nothing (never guessed columns).
func TestPageFooterBlockClass(t *testing.T) {
	sign := func(page int) []string { // an e-signature footer, as its PDF prints it on each page
		return []string{"",
			"[QR]  Laporan ini sudah ditandatangani secara elektronik dengan sertifikat yang diterbitkan oleh Balai Sertifikasi Elektronik (BSrE).",
			"      Cek keaslian: https://verif.example.go.id   Kode: LKJ-K9ZA-0412   Halaman " + itoa(page) + " dari 14", "\f"}
	}
	english := func(page int) []string { // the same in English, the page count on its own line
		return []string{"",
			"This document has been signed electronically using a certificate issued by the Electronic Certification Agency; no wet signature is required.",
			"Page " + itoa(page) + " of 9", "\f"}
	}
	cover := []string{"Nama berkas: lkj_ttd_elektronik.pdf", ""} // doc() gives Sikka 2024
	capHead := []string{"Tabel 3.1 Capaian Kinerja Tahun 2024", "",
		"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
		"1\tPersentase Partisipasi Pemilih dalam Pemilu/Pemilihan\t%\t78,00\t81,90\t105,00",
		"2\tPersentase Penyelenggaraan Pemilu sesuai jadwal\t%\t100,00\t100,00\t100,00"}
	capTail := []string{"3\tPersentase Sengketa Hukum yang dimenangkan KPU\t%\t100,00\t90,00\t90,00",
		"4\tPersentase Logistik Pemilu yang didistribusikan tepat waktu\t%\t95,00\t97,85\t103,00", "",
		"Sumber: Subbagian Program dan Data.", ""}
	capFirst := []string{"Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan|78|81.9|105",
		"Persentase Penyelenggaraan Pemilu sesuai jadwal|100|100|100"}
	capAll := append(append([]string{}, capFirst...), "Persentase Sengketa Hukum yang dimenangkan KPU|100|90|90",
		"Persentase Logistik Pemilu yang didistribusikan tepat waktu|95|97.85|103")
	join := func(parts ...[]string) []string {
		var out []string
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	tail2 := cover
	dptHead := []string{"Tabel 3.5 Rekapitulasi DPT Pemilihan Serentak 2024", "",
		"No\tKecamatan\tDesa/Kel\tTPS\tL\tP\tL+P",
		"1\tPAGA\t17\t31\t6.104\t6.388\t12.492",
		"2\tMEGO\t14\t22\t4.010\t4.215\t8.225"}
	dptTail := []string{"3\tTANA WAWO\t11\t19\t3.377\t3.480\t6.857",
		"\tJUMLAH\t42\t72\t13.491\t14.083\t27.574", "", "Sumber: Data KPU Kabupaten Sikka.", ""}
	dptFirst := []string{"pilkada|2024|kecamatan|PAGA|17|31|6104|6388|12492",
		"pilkada|2024|kecamatan|MEGO|14|22|4010|4215|8225"}
	dptAll := append(append([]string{}, dptFirst...), "pilkada|2024|kecamatan|TANA WAWO|11|19|3377|3480|6857",
		"pilkada|2024|kabupaten|Kabupaten Sikka|42|72|13491|14083|27574")
	noCount := func(page int) []string { // the notice alone: nothing proves a page break
		return sign(page)[:2]
	}
	prose := []string{"", "Capaian indikator di atas dipengaruhi oleh cuaca buruk pada masa distribusi logistik ke pulau-pulau terluar, sehingga beberapa TPS terlambat menerima logistik.",
		"Halaman 6 dari 14", ""}
	checkDocs(t, []string{"capaian"}, []docCase{
		{"e-signature footer, page count in the notice", join(cover, sign(1), capHead, sign(6), capTail, sign(7)), map[string][]string{"capaian": capAll}},
		{"english notice, page count alone", join(cover, english(1), capHead, english(4), capTail, english(5)), map[string][]string{"capaian": capAll}},
		{"no page count: the table ends", join(cover, noCount(1), capHead, noCount(6), capTail, noCount(7)), map[string][]string{"capaian": capFirst}},
		{"a paragraph said once: the table ends", join(cover, sign(1), capHead, prose, capTail, sign(7)), map[string][]string{"capaian": capFirst}},
		{"a short sentence said once: the table ends", join(cover, sign(1), capHead, []string{"", "Angka sementara.", "Halaman 6 dari 14", ""}, capTail, sign(7)), map[string][]string{"capaian": capFirst}},
	})
	budHead := []string{"Tabel 3.4 Realisasi Anggaran 2024", "",
		"Kode\tProgram/Kegiatan\tPagu\tRealisasi\tSisa\tSerapan (%)",
		"076.01.WA\tProgram Dukungan Manajemen\t3.100.000.000\t3.000.000.000\t100.000.000\t96,77",
		"3355\tPengelolaan Keuangan dan BMN\t1.100.000.000\t1.050.000.000\t50.000.000\t95,45"}
	budTail := []string{"3360\tOperasional Perkantoran\t2.000.000.000\t1.950.000.000\t50.000.000\t97,50",
		"\tJUMLAH\t3.100.000.000\t3.000.000.000\t100.000.000\t96,77", "", "Sumber: SAKTI per 31 Desember 2024.", ""}
	budFirst := []string{"076.01.WA|2024|3100000000|3000000000|100000000", "3355|2024|1100000000|1050000000|50000000"}
	budAll := append(append([]string{}, budFirst...), "3360|2024|2000000000|1950000000|50000000", "TOTAL|2024|3100000000|3000000000|100000000")
	for _, tc := range []docCase{
		{"budget over an e-signed page", join(cover, sign(1), budHead, sign(8), budTail, sign(9)), map[string][]string{"anggaran": budAll}},
		{"budget over an english page", join(cover, english(1), budHead, english(5), budTail, english(6)), map[string][]string{"anggaran": budAll}},
		{"budget, notice without count", join(cover, noCount(1), budHead, noCount(8), budTail, noCount(9)), map[string][]string{"anggaran": budFirst}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			wantRows(t, "anggaran", budgetRows(d, func(facts.Anggaran) bool { return true }), tc.want["anggaran"])
		})
	}
	checkDocs(t, []string{"dpt"}, []docCase{
		{"voter roll over an e-signed page", join(tail2, sign(1), dptHead, sign(9), dptTail, sign(10)), map[string][]string{"dpt": dptAll}},
		{"voter roll over an english page", join(tail2, english(1), dptHead, english(3), dptTail, english(4)), map[string][]string{"dpt": dptAll}},
		{"voter roll, notice without count", join(tail2, noCount(1), dptHead, noCount(9), dptTail, noCount(10)), map[string][]string{"dpt": dptFirst}},
	})
}
