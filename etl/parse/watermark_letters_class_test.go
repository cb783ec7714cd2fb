package parse

import (
	"strings"
	"testing"
)

// stampLetters lays a diagonal watermark over a report as a PDF's text
// layer gives it: the word's letters one a line, each step columns further
// right, one after every table row and every gap-th other line; a first run may start mid-word, as when a
// page cut it.
func stampLetters(text, word string, step, gap, from int, crlf bool) string {
	var out []string
	k := from
	for i, ln := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		out = append(out, ln)
		if strings.Contains(ln, "\t") || i%gap == gap-1 {
			out = append(out, strings.Repeat(" ", 8+step*k)+word[k:k+1])
			k = (k + 1) % len(word)
		}
	}
	s := strings.Join(out, "\n") + "\n"
	if crlf {
		s = strings.ReplaceAll(s, "\n", "\r\n")
	}
	return s
}

// TestWatermarkLetters: a report whose diagonal watermark came out one
// letter a line reads as the report without it: its table rows join again
// under their header. Words, steps and cadences vary; CRLF lines too.
func TestWatermarkLetters(t *testing.T) {
	capaian := []string{
		"Persentase layanan informasi publik yang diselesaikan tepat waktu|90|94.5|105",
		"Persentase laporan keuangan yang disusun sesuai standar|100|96|96",
	}
	anggaran := []string{
		"076.01.WA|program||2021|3402100000|3310550200|91549800",
		"3358|kegiatan|076.01.WA|2021|512400000|498120600|14279400",
	}
	for _, tc := range []struct {
		name string
		data string
	}{
		{"SALINAN every line", stampLetters(marksReport("ROTE NDAO", 2021), "SALINAN", 7, 1, 0, false)},
		{"DRAFT every 2 lines, cut page, CRLF", stampLetters(marksReport("ROTE NDAO", 2021), "DRAFT", 11, 2, 2, true)},
		{"ARSIP every 2 lines, cut page", stampLetters(marksReport("ROTE NDAO", 2021), "ARSIP", 9, 2, 1, false)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Text(tc.name, []byte(tc.data))
			if err != nil {
				t.Fatal(err)
			}
			wantRows(t, "capaian", factRows["capaian"](d), capaian)
			wantRows(t, "anggaran", factRows["anggaran"](d), anggaran)
		})
	}
}
