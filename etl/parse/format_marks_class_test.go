package parse

import (
	"fmt"
	"strings"
	"testing"
)

// marksReport is a plain report whose tables are TAB rows.
func marksReport(satker string, year int) string {
	return strings.Join([]string{
		fmt.Sprintf("LAPORAN KINERJA KPU KABUPATEN %s TAHUN %d", satker, year),
		"",
		"Sekretaris KPU Kabupaten " + satker,
		"\f",
		fmt.Sprintf("Tabel 3.1 Pengukuran Kinerja Tahun %d", year),
		"",
		"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
		"1\tPersentase layanan informasi publik yang diselesaikan tepat waktu\t%\t90,00\t94,50\t105,00",
		"2\tPersentase laporan keuangan yang disusun sesuai standar\t%\t100,00\t96,00\t96,00",
		"",
		fmt.Sprintf("Tabel 3.3 Realisasi Anggaran Tahun %d", year),
		"",
		"Kode\tProgram / Kegiatan\tPagu\tRealisasi\tSisa\tSerapan (%)",
		"076.01.WA\tProgram Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya\t3.402.100.000\t3.310.550.200\t91.549.800\t97,31",
		"3358\tPengelolaan Sumber Daya Manusia\t512.400.000\t498.120.600\t14.279.400\t97,21",
		"",
		"Demikian laporan ini disusun sebagai pertanggungjawaban.",
	}, "\n") + "\n"
}

// showMarks writes a report as a word processor shows it with its
// formatting marks on: '·' for a space, a paragraph mark (or a manual
// break) closing each line, and a TAB row either as a table (each cell
// closed by '¤', the row by one more unless rowEnd is off) or as typed
// TABs ('→').
func showMarks(text, para string, table, rowEnd, crlf bool) string {
	var out []string
	for _, ln := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		switch {
		case ln == "\f":
			out = append(out, ln)
			continue
		case strings.Contains(ln, "\t") && table:
			ln = strings.ReplaceAll(ln, "\t", "¤") + "¤"
			if rowEnd {
				ln += "¤"
			}
		case strings.Contains(ln, "\t"):
			ln = strings.ReplaceAll(ln, "\t", "→") + para
		default:
			ln += para
		}
		out = append(out, strings.ReplaceAll(ln, " ", "·"))
	}
	s := strings.Join(out, "\n") + "\n"
	if crlf {
		s = strings.ReplaceAll(s, "\n", "\r\n")
	}
	return s
}

// plainCover gives the first line back its spaces and drops its mark, as
// when a title was typed again over the copied text: the satker is known,
// and only the marks stand between the tables and their rows.
func plainCover(s string) string {
	first, rest, _ := strings.Cut(s, "\n")
	return strings.TrimSuffix(strings.ReplaceAll(first, "·", " "), "¶") + "\n" + rest
}

// TestFormatMarksShown: a report copied with its formatting marks shown
// reads as the report itself (its satker from the cover, its table rows
// whole), whether its tables are word-processor tables (with or without
// the row's own end mark) or typed TABs, and with LF or CRLF lines. A
// report that merely uses '·' as a bullet or a middle dot, or quotes '¶',
// keeps them.
func TestFormatMarksShown(t *testing.T) {
	capaian := []string{
		"Persentase layanan informasi publik yang diselesaikan tepat waktu|90|94.5|105",
		"Persentase laporan keuangan yang disusun sesuai standar|100|96|96",
	}
	anggaran := func(year int) []string {
		return []string{
			fmt.Sprintf("076.01.WA|program||%d|3402100000|3310550200|91549800", year),
			fmt.Sprintf("3358|kegiatan|076.01.WA|%d|512400000|498120600|14279400", year),
		}
	}
	plain := strings.Replace(marksReport("BELU", 2023), "Demikian", "· Catatan: lihat tanda ¶ pada naskah asli · arsip 2023.\nDemikian", 1)
	for _, tc := range []struct {
		name string
		data string
		year int
	}{
		{"word table, row end mark", showMarks(marksReport("ALOR", 2022), "¶", true, true, false), 2022},
		{"word table, no row end mark, CRLF", showMarks(marksReport("MALAKA", 2021), "¶", true, false, true), 2021},
		{"typed TABs, manual breaks", showMarks(marksReport("NAGEKEO", 2019), "↵", false, false, false), 2019},
		{"typed TABs, paragraph marks, CRLF", showMarks(marksReport("ENDE", 2024), "¶", false, false, true), 2024},
		{"cover line without marks", plainCover(showMarks(marksReport("SIKKA", 2020), "¶", true, true, false)), 2020},
		{"a plain report with a bullet and a quoted mark", plain, 2023},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Text(tc.name, []byte(tc.data))
			if err != nil {
				t.Fatal(err)
			}
			wantRows(t, "capaian", factRows["capaian"](d), capaian)
			wantRows(t, "anggaran", factRows["anggaran"](d), anggaran(tc.year))
		})
	}
}
