package parse

import "testing"

// TestHeaderAbove: a table whose header row came out as a line of words
// one space apart (a PDF that boxes the header row alone) over TAB rows,
// with group headings and blank lines between, is read with that line as
// its header when the words split into exactly as many column names as
// the rows have cells; a line that splits into another count, or holds a
// word that names no column, leaves the table unread.
func TestHeaderAbove(t *testing.T) {
	checkDocs(t, []string{"capaian", "anggaran"}, []docCase{{
		name: "capaian under group headings, a blank line after each",
		body: []string{"Tabel 3.2 Capaian Kinerja Tahun 2024", "No Indikator Kinerja Satuan Target Realisasi Capaian (%)",
			"Sasaran Strategis 1: Meningkatnya kualitas layanan pemilih", "",
			"1\tPersentase pemilih pemula yang terdata\t%\t90,00\t93,60\t104,00",
			"2\tPersentase desa yang tersosialisasi\t%\t80,00\t72,00\t90,00",
			"Sasaran Strategis 2: Tertibnya administrasi", "",
			"3\tPersentase dokumen yang diarsipkan\t%\t100,00\t95,00\t95,00"},
		want: map[string][]string{"capaian": {"Persentase pemilih pemula yang terdata|90|93.6|104",
			"Persentase desa yang tersosialisasi|80|72|90", "Persentase dokumen yang diarsipkan|100|95|95"}},
	}, {
		name: "budget right under its header, no heading",
		body: []string{"Tabel 3.5 Realisasi Anggaran Tahun 2024", "", "Kode Uraian Pagu Realisasi Sisa", "",
			"076.01.WA\tProgram Dukungan Manajemen\t3.000.000.000\t2.900.000.000\t100.000.000",
			"6709\tSosialisasi dan Partisipasi Masyarakat\t1.000.000.000\t900.000.000\t100.000.000"},
		want: map[string][]string{"anggaran": {"076.01.WA|program||2024|3000000000|2900000000|100000000",
			"6709|kegiatan|076.01.WA|2024|1000000000|900000000|100000000"}},
	}, {
		name: "five names over six cells: not the header",
		body: []string{"Tabel 3.2 Capaian Kinerja Tahun 2024", "No Indikator Kinerja Target Realisasi Capaian (%)",
			"1\tPersentase pemilih pemula yang terdata\t%\t90,00\t93,60\t104,00",
			"2\tPersentase desa yang tersosialisasi\t%\t80,00\t72,00\t90,00"},
	}, {
		name: "a word that names no column: a sentence, not the header",
		body: []string{"Tabel 3.2 Capaian Kinerja Tahun 2024", "No Indikator Kinerja Satuan Target Realisasi Kemarin",
			"1\tPersentase pemilih pemula yang terdata\t%\t90,00\t93,60\t104,00",
			"2\tPersentase desa yang tersosialisasi\t%\t80,00\t72,00\t90,00"},
	}})
}
