package parse

import (
	"fmt"
	"strings"
	"testing"
)

// numberLines prints a text as a draft for review does: its pages (parted
// by form feeds) with a line-number margin that restarts on every page.
// every is the step (1 numbers every line), format the margin of one
// number ("%3d  ", "%d | ").
func numberLines(text string, every int, format string) string {
	var out []string
	for _, page := range strings.Split(text, "\f") {
		lines := strings.Split(strings.TrimSuffix(page, "\n"), "\n")
		pad := strings.Repeat(" ", len(fmt.Sprintf(format, 1)))
		for i, ln := range lines {
			if (i+1)%every == 0 {
				lines[i] = strings.TrimRight(fmt.Sprintf(format, i+1)+ln, " ")
			} else if ln != "" {
				lines[i] = pad + ln
			}
		}
		out = append(out, strings.Join(lines, "\n")+"\n")
	}
	return strings.Join(out, "\f")
}

// TestLineNumberMargin: a draft with a line-number margin yields the
// facts of the same text without it: the numbers are furniture, not the
// first cell of every row nor the opening of every sentence.
func TestLineNumberMargin(t *testing.T) {
	body := strings.Join([]string{
		"LAPORAN KINERJA KPU KABUPATEN NGADA TAHUN 2022", "", "Sekretaris KPU Kabupaten Ngada", "",
		"\fC. Realisasi Anggaran", "",
		"Tabel 3.5 Realisasi Anggaran Tahun 2022", "",
		"Kode\tProgram / Kegiatan\tPagu\tRealisasi\tSisa",
		"076.01.WA\tProgram Dukungan Manajemen\t3.400.000.000\t3.310.500.000\t89.500.000",
		"3358\tPenyelenggaraan Pemilu\t1.200.000.000\t1.150.000.000\t50.000.000",
		"\tJUMLAH\t4.600.000.000\t4.460.500.000\t139.500.000", "",
		"Tabel 3.6 Pengukuran Kinerja", "",
		"No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
		"1\tPersentase layanan arsip yang tertib\t90,00\t93,50\t103,89",
		"2\tNilai kepatuhan pelaporan keuangan\t85,00\t80,75\t95,00", "",
		"\fD. Data Pemilih", "",
		"DPT Pemilu 2019 Kabupaten Ngada berjumlah 105.320 pemilih (51.410 laki-laki, 53.910 perempuan) pada 512 TPS.", "",
	}, "\n")
	plain, err := Text("plain", []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	fams := []string{"anggaran", "capaian", "dpt"}
	for _, fam := range fams {
		if len(factRows[fam](plain)) == 0 {
			t.Fatalf("the plain text yields no %s: the test proves nothing", fam)
		}
	}
	for _, v := range []struct {
		name, format string
		every        int
	}{
		{"every line, right-aligned, two spaces", "%3d  ", 1},
		{"every line, a bar after the number", "%d | ", 1},
		{"every fifth line only", "%4d  ", 5},
		{"every line, left-aligned, one space", "%-3d ", 1},
	} {
		t.Run(v.name, func(t *testing.T) {
			d, err := Text(v.name, []byte(numberLines(body, v.every, v.format)))
			if err != nil {
				t.Fatal(err)
			}
			for _, fam := range fams {
				wantRows(t, fam, factRows[fam](d), factRows[fam](plain))
			}
		})
	}
}
