package parse

import (
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestDigitBoxesClass: a form's figures written one digit a box, blank
// boxes first, a decimal comma or point between boxes, read as the
// figures they spell in every family; a run broken by a blank, a letter
// or a stray separator, and brackets that are no boxes, stay as written.
func TestDigitBoxesClass(t *testing.T) {
	d := parseDoc(t, "digit boxes",
		"Tabel 3.1 Pengukuran Kinerja Tahun 2024", "",
		"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
		"1\tPersentase laporan keuangan yang tepat waktu\t%\t[ ][1][0][0],[0][0]\t[ ][ ][9][6],[5][0]\t[ ][ ][9][6],[5][0]",
		"2\tPersentase arsip inaktif yang tertata\t%\t[ ][ ][7][0],[0][0]\t[ ][ ][7][7],[0][0]\t[ ][1][1][0],[0][0]", "",
		"Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
		"Kode\tProgram / Kegiatan\tPagu\tRealisasi\tSisa\tSerapan (%)",
		"076.01.WA\tProgram Dukungan Manajemen\t[ ][1][8][4][0][0][0][0][0][0][0]\t[ ][1][7][9][5][5][0][0][0][0][0]\t[ ][ ][ ][4][4][5][0][0][0][0][0]\t[ ][ ][9][7],[5][8]",
		"3356\tPengelolaan Keuangan\t[ ][ ][7][4][0][0][0][0][0][0][0]\t[ ][ ][7][2][1][0][0][0][0][0][0]\t[ ][ ][ ][1][9][0][0][0][0][0][0]\t[ ][ ][9][7],[4][3]",
		"3361\tOperasional Perkantoran\t[ ][1][1][0][0][0][0][0][0][0][0]\t[ ][1][0][7][4][5][0][0][0][0][0]\t[ ][ ][ ][2][5][5][0][0][0][0][0]\t[ ][ ][9][7],[6][8]",
		"\tJUMLAH\t[ ][1][8][4][0][0][0][0][0][0][0]\t[ ][1][7][9][5][5][0][0][0][0][0]\t[ ][ ][ ][4][4][5][0][0][0][0][0]\t[ ][ ][9][7],[5][8]")
	wantRows(t, "capaian", factRows["capaian"](d), []string{
		"Persentase laporan keuangan yang tepat waktu|100|96.5|96.5",
		"Persentase arsip inaktif yang tertata|70|77|110"})
	wantRows(t, "anggaran", budgetRows(d, func(facts.Anggaran) bool { return true }), []string{
		"076.01.WA|2024|1840000000|1795500000|44500000", "3356|2024|740000000|721000000|19000000",
		"3361|2024|1100000000|1074500000|25500000", "TOTAL|2024|1840000000|1795500000|44500000"})
}
