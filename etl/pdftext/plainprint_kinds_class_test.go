package pdftext

import (
	"context"
	"strings"
	"testing"
)

// TestPlainPrintKindsClass: in a printed TAB file, a TAB that reached its
// stop with a single space is told from the single spaces inside a name
// that also end on a stop by what its column holds in the rows above:
// the one reading that leaves figures under figures and words under
// words is the row (printed whole or wrapped at a TAB). A row that may
// only be read alone (the next row is too long to be its wrapped rest,
// though that row wraps in turn) is read alone. Without rows above, or
// under a column of no single kind, the row stays as printed.
func TestPlainPrintKindsClass(t *testing.T) {
	notepad := printSetup{w: 595, h: 842, size: 9, lead: 11.25, side: 57, top: 71,
		head: "laporan_kinerja_kpu_ngada.txt", foot: "Halaman %d"}
	enscript := printSetup{w: 612, h: 792, size: 10, lead: 11.5, side: 72, top: 60,
		head: "LKjIP Bawaslu Malaka 2021", foot: "Page %d"}
	a2ps := printSetup{w: 595, h: 842, size: 8, lead: 9, side: 40, top: 50,
		head: "LKJ_SATKER_2022.TXT", foot: "- %d -"}
	// A page and more of prose first: a print is known by two pages.
	prose := strings.Repeat("Anggaran sekretariat dipertanggungjawabkan menurut program dan kegiatan.\n", 90)
	budgetHead := "Kode\tProgram / Kegiatan\tPagu\tRealisasi\tSisa\tSerapan (%)\n"
	wa := "076.01.WA\tProgram Dukungan Manajemen\t2.418.000.000\t2.301.650.000\t116.350.000\t95,19\n"
	// "Layanan Hukum dan Humas" starts on column 8 and ends on 30: the
	// space after "Layanan" and the TAB after "Humas" are both one space
	// before a stop.
	hukum := "3356\tLayanan Hukum dan Humas\t640.200.000\t611.850.000\t28.350.000\t95,57"
	// An indicator long enough for its row to take three printed lines;
	// its TAB before the unit reached the stop with one space, and three
	// more single spaces inside the name end on a stop.
	long := "Persentase Satuan Kerja yang Menyusun Dokumen Perencanaan dan Penganggaran Tahunan " +
		"secara Lengkap Tepat Waktu Berjenjang Sesuai Pedoman"
	capHead := "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)\n"
	first := "1\tIndeks Kepuasan Layanan Publik\t%\t80,00\t84,10\t105,13\n"
	tests := []struct {
		name string
		ps   printSetup
		text string
		want []string // rows the output holds, in order
		not  []string // lines the output must not hold
	}{
		{"a one-space TAB told by the figures below the header (printed whole)", notepad,
			prose + "\nTabel 3.3 Realisasi Anggaran\n\n" + budgetHead + wa + hukum + "\n" +
				"\tJUMLAH\t3.058.200.000\t2.913.500.000\t144.700.000\t95,27\n\nSumber: OM-SPAN.\n",
			[]string{
				"Kode\tProgram / Kegiatan\tPagu\tRealisasi\tSisa\tSerapan (%)",
				"076.01.WA\tProgram Dukungan Manajemen\t2.418.000.000\t2.301.650.000\t116.350.000\t95,19",
				hukum,
				"\tJUMLAH\t3.058.200.000\t2.913.500.000\t144.700.000\t95,27",
			}, nil},
		{"the same row wrapped at its last TAB", enscript,
			prose + "\nTabel 3.4 Realisasi per Kegiatan\n\n" + budgetHead + wa + hukum + "\n" +
				"6869\tSosialisasi Tahapan Pemilu\t9.104.000.000\t8.800.000.000\t304.000.000\t96,66\n\nSumber: SAKTI.\n",
			[]string{
				"076.01.WA\tProgram Dukungan Manajemen\t2.418.000.000\t2.301.650.000\t116.350.000\t95,19",
				hukum,
				"6869\tSosialisasi Tahapan Pemilu\t9.104.000.000\t8.800.000.000\t304.000.000\t96,66",
			}, []string{"95,57"}},
		{"a row read alone before a row that wraps twice over", a2ps,
			prose + "\nTabel 3.5 Anggaran Tahapan\n\n" + budgetHead + wa +
				"6868\tPemutakhiran Data Pemilih Berkelanjutan\t1.204.000.000\t1.150.000.000\t54.000.000\t95,51\n" +
				"6870\tBimbingan Teknis Badan Adhoc Tingkat Kecamatan\t2.904.000.000\t2.800.100.000\t103.900.000\t96,42\n\nSumber: SAKTI.\n",
			[]string{
				"076.01.WA\tProgram Dukungan Manajemen\t2.418.000.000\t2.301.650.000\t116.350.000\t95,19",
				"6868\tPemutakhiran Data Pemilih Berkelanjutan\t1.204.000.000\t1.150.000.000\t54.000.000\t95,51",
				"6870\tBimbingan Teknis Badan Adhoc Tingkat Kecamatan\t2.904.000.000\t2.800.100.000\t103.900.000\t96,42",
			}, nil},
		{"capaian: the figure columns tell the TAB after the indicator", notepad,
			prose + "\nTabel 3.1 Capaian\n\nNo\tIndikator\tTarget\tRealisasi\tCapaian (%)\n" +
				"1\tIndeks Kepuasan Layanan Publik Satker\t3,10\t3,25\t104,84\n" +
				"2\tPersentase Rapat Kerja dan Bimtek\t90,00\t93,10\t103,44\n\n",
			[]string{
				"1\tIndeks Kepuasan Layanan Publik Satker\t3,10\t3,25\t104,84",
				"2\tPersentase Rapat Kerja dan Bimtek\t90,00\t93,10\t103,44",
			}, nil},
		{"a row over three lines, the unit's column tells the TAB", notepad,
			prose + "\nTabel 3.1 Pengukuran Kinerja\n\n" + capHead + first +
				"2\t" + long + "\t%\t100,00\t97,22\t97,22\n" +
				"3\t" + long + " Terpadu\t%\t100,00\t97,22\t97,22\n" +
				"4\tNilai Reformasi Birokrasi\tNilai\t70,00\t72,40\t103,43\n\nSumber: Subbagian Program.\n",
			[]string{
				"1\tIndeks Kepuasan Layanan Publik\t%\t80,00\t84,10\t105,13",
				"2\t" + long + "\t%\t100,00\t97,22\t97,22",
				"3\t" + long + " Terpadu\t%\t100,00\t97,22\t97,22",
				"4\tNilai Reformasi Birokrasi\tNilai\t70,00\t72,40\t103,43",
			}, nil},
		// Negative: with no row above the unit's column has no kind, and
		// the three-line row is not guessed.
		{"a row over three lines with no rows above: unproven", notepad,
			prose + "\nTabel 3.1 Pengukuran Kinerja\n\n" + capHead +
				"2\t" + long + "\t%\t100,00\t97,22\t97,22\n\nSumber: Subbagian Program.\n\n" +
				"No\tKomponen\tBobot\tNilai\n1\tPerencanaan\t30,00\t24,10\n2\tPengukuran\t30,00\t22,75\n",
			[]string{"2\tPersentase Satuan Kerja yang Menyusun Dokumen Perencanaan dan Penganggaran"},
			[]string{"2\t" + long + "\t%\t100,00\t97,22\t97,22"}},
		// Negative: the first row under the header has no rows above to
		// tell its TAB; it stays as printed, never guessed.
		{"no rows above: unproven", notepad,
			prose + "\nTabel 3.3 Realisasi Anggaran\n\n" + budgetHead + hukum + "\n\nSumber: OM-SPAN.\n",
			[]string{"3356\tLayanan Hukum dan Humas 640.200.000\t611.850.000\t28.350.000\t95,57"},
			[]string{hukum}},
		// Negative: the Pagu column held a word above, so neither reading
		// keeps its kinds.
		{"a column of words and figures: unproven", notepad,
			prose + "\nTabel 3.3 Realisasi Anggaran\n\n" + budgetHead +
				"076.01.WA\tProgram Dukungan Manajemen\tnihil\t2.301.650.000\t116.350.000\t95,19\n" + hukum + "\n\n",
			[]string{"3356\tLayanan Hukum dan Humas 640.200.000\t611.850.000\t28.350.000\t95,57"},
			[]string{hukum}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Convert(context.Background(), printText(tc.ps, tc.text), Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Split(string(res.Text), "\n")
			k := 0
			for _, l := range got {
				if k < len(tc.want) && l == tc.want[k] {
					k++
				}
				for _, n := range tc.not {
					if l == n {
						t.Errorf("line %q must not be read", l)
					}
				}
			}
			if k < len(tc.want) {
				t.Errorf("row %q missing; got:\n%s", tc.want[k], strings.Join(got, "\n"))
			}
		})
	}
}
