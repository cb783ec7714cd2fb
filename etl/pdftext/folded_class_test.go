package pdftext

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// foldCell wraps s into lines of at most w characters as a typewriter
// table does: at spaces, and a word longer than the room left is broken
// to fill the line.
func foldCell(s string, w int) []string {
	var out []string
	line := ""
	for _, word := range strings.Fields(s) {
		for word != "" {
			room := w - len(line)
			if line != "" {
				room--
			}
			switch {
			case len(word) <= room:
				if line != "" {
					line += " "
				}
				line, word = line+word, ""
			case len(word) > w && room > 0:
				if line != "" {
					line += " "
				}
				line, word = line+word[:room], word[room:]
				out, line = append(out, line), ""
			default:
				out, line = append(out, line), ""
			}
		}
	}
	return append(out, line)
}

// typedTable types rows (the first the header) at the column widths ws,
// two spaces between columns, figures flush right and text flush left,
// each cell longer than its column folded onto the lines under it, and a
// rule of underscores under the header.
func typedTable(ws []int, rows [][]string) []string {
	var out []string
	total := len(ws)*2 - 2
	for _, w := range ws {
		total += w
	}
	for i, r := range rows {
		folded := make([][]string, len(r))
		n := 0
		for j, c := range r {
			folded[j] = foldCell(c, ws[j])
			n = max(n, len(folded[j]))
		}
		for k := 0; k < n; k++ {
			var cells []string
			for j := range r {
				c := ""
				if k < len(folded[j]) {
					c = folded[j][k]
				}
				if i > 0 && c != "" && strings.Trim(c, "0123456789.,%-") == "" {
					cells = append(cells, fmt.Sprintf("%*s", ws[j], c))
				} else {
					cells = append(cells, fmt.Sprintf("%-*s", ws[j], c))
				}
			}
			out = append(out, strings.TrimRight(strings.Join(cells, "  "), " "))
		}
		if i == 0 {
			out = append(out, strings.Repeat("_", total))
		}
	}
	return out
}

// typedPage sets lines in Courier at size pt, one page.
func typedPage(pt float64, lines []string) []byte {
	var b strings.Builder
	for i, l := range lines {
		fmt.Fprintf(&b, "BT /F2 %.1f Tf 36 %.1f Td (%s) Tj ET\n", pt, 780-1.2*pt*float64(i), pdfEscape(l))
	}
	return sheetsPDF(595, 842, b.String())
}

// TestFoldedTypedCells: a typed table (one monospaced face, every line at
// one pitch) folds cells too long for their column onto the lines under
// the row, in one column or in several at once (a responses sheet folds
// the timestamp, the address and the indicator together), and may fold
// its header too. Each row reads as one TAB line, the folded pieces
// joined to their cells; a code in the code column under a row starts
// the next row; a word broken to fill a line is joined whole; a column of
// text set flush left and figures flush right under one two-word header
// stays one column.
func TestFoldedTypedCells(t *testing.T) {
	for _, tc := range []struct {
		name string
		pt   float64
		ws   []int
		rows [][]string
		want []string
	}{
		{"responses sheet: timestamp, address and indicator folded", 7, []int{10, 14, 16, 8, 14, 9, 9},
			[][]string{
				{"Timestamp", "Alamat surel", "Nama indikator", "Satuan", "Target tahunan", "Realisasi", "Capaian"},
				{"3/01/2022 8:15:02", "program.kpumanggarai@yahoo.co.id", "Persentase laporan keuangan yang disusun tepat waktu", "%", "100,00", "95,00", "95,00"},
				{"3/01/2022 9:40:51", "umum.kpumanggarai@yahoo.co.id", "Nilai SAKIP Sekretariat", "Predikat", "BB", "B", "87,50"},
				{"4/01/2022 10:02:17", "hukum.kpumanggarai@yahoo.co.id", "Persentase pemilu/pemilihan/pilkades yang diawasi", "%", "90,00", "100,00", "111,11"},
			},
			[]string{
				"Timestamp\tAlamat surel\tNama indikator\tSatuan\tTarget tahunan\tRealisasi\tCapaian",
				"3/01/2022 8:15:02\tprogram.kpumanggarai@yahoo.co.id\tPersentase laporan keuangan yang disusun tepat waktu\t%\t100,00\t95,00\t95,00",
				"3/01/2022 9:40:51\tumum.kpumanggarai@yahoo.co.id\tNilai SAKIP Sekretariat\tPredikat\tBB\tB\t87,50",
				"4/01/2022 10:02:17\thukum.kpumanggarai@yahoo.co.id\tPersentase pemilu/pemilihan/pilkades yang diawasi\t%\t90,00\t100,00\t111,11",
			}},
		{"budget: header and two text columns folded, codes start rows", 8, []int{9, 14, 24, 13, 13},
			[][]string{
				{"Kode", "Penanggung jawab", "Uraian program/kegiatan", "Pagu (Rp)", "Realisasi (Rp)"},
				{"076.01.WA", "Sekretaris KPU Kabupaten", "Program Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya", "6.210.450.000", "6.105.222.310"},
				{"3356", "Kasubbag Keuangan Umum", "Pengelolaan Keuangan dan Barang Milik Negara", "2.115.000.000", "2.098.414.100"},
				{"3357", "Kasubbag Hukum dan SDM", "Pembinaan Sumber Daya Manusia", "1.040.000.000", "1.001.230.500"},
			},
			[]string{
				"Kode\tPenanggung jawab\tUraian program/kegiatan\tPagu (Rp)\tRealisasi (Rp)",
				"076.01.WA\tSekretaris KPU Kabupaten\tProgram Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya\t6.210.450.000\t6.105.222.310",
				"3356\tKasubbag Keuangan Umum\tPengelolaan Keuangan dan Barang Milik Negara\t2.115.000.000\t2.098.414.100",
				"3357\tKasubbag Hukum dan SDM\tPembinaan Sumber Daya Manusia\t1.040.000.000\t1.001.230.500",
			}},
		{"voters: a name folded in one column beside a folded address", 7.5, []int{11, 13, 12, 6, 7, 7, 8},
			[][]string{
				{"Waktu isian", "Pengisi", "Kecamatan", "TPS", "L", "P", "L+P"},
				{"12/02/2020 7:05:44", "data.kpusabu@gmail.co.id", "SABU LIAE", "41", "5.120", "5.336", "10.456"},
				{"12/02/2020 7:21:09", "data.kpusabu@gmail.co.id", "HAWU MEHARA BARAT", "38", "4.207", "4.415", "8.622"},
				{"12/02/2020 8:02:30", "data.kpusabu@gmail.co.id", "RAIJUA", "22", "2.811", "2.903", "5.714"},
			},
			[]string{
				"Waktu isian\tPengisi\tKecamatan\tTPS\tL\tP\tL+P",
				"12/02/2020 7:05:44\tdata.kpusabu@gmail.co.id\tSABU LIAE\t41\t5.120\t5.336\t10.456",
				"12/02/2020 7:21:09\tdata.kpusabu@gmail.co.id\tHAWU MEHARA BARAT\t38\t4.207\t4.415\t8.622",
				"12/02/2020 8:02:30\tdata.kpusabu@gmail.co.id\tRAIJUA\t22\t2.811\t2.903\t5.714",
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines := append([]string{"Tabel 3.2 Isian formulir tahun berjalan", ""}, typedTable(tc.ws, tc.rows)...)
			lines = append(lines, "", "Sumber: lembar tanggapan formulir, diolah.")
			res, err := Convert(context.Background(), typedPage(tc.pt, lines), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, l := range strings.Split(string(res.Text), "\n") {
				if strings.Contains(l, "\t") {
					got = append(got, l)
				}
			}
			wantLines(t, got, tc.want)
		})
	}
}

// ruledTypedPage sets a typed table in Courier at size pt: its header
// line, a thin rule drawn under it with a little room, then the rows at
// one pitch.
func ruledTypedPage(pt float64, header string, rows []string) []byte {
	var b strings.Builder
	y := 700.0
	fmt.Fprintf(&b, "BT /F2 %.1f Tf 40 %.1f Td (%s) Tj ET\n", pt, y, pdfEscape(header))
	fmt.Fprintf(&b, "0.3 w 40 %.1f m %.1f %.1f l S\n", y-2.5, 40+0.6*pt*float64(len(header)+4), y-2.5)
	y -= 1.2*pt + 2.5
	for _, r := range rows {
		fmt.Fprintf(&b, "BT /F2 %.1f Tf 40 %.1f Td (%s) Tj ET\n", pt, y, pdfEscape(r))
		y -= 1.2 * pt
	}
	return sheetsPDF(595, 842, b.String())
}

// TestTypedTotalRows: a typed table whose rows run at one pitch under a
// drawn header rule keeps an unnumbered total row ("Jumlah Dapil 2",
// "Nilai Akhir") a row of its own instead of folding it into the numbered
// row above: a cell folds text, never a second figure under its first.
func TestTypedTotalRows(t *testing.T) {
	f := "%-3s  %-20s  %4s  %7s  %7s  %7s"
	row := func(a ...any) string { return strings.TrimRight(fmt.Sprintf(f, a...), " ") }
	dapil := []string{
		row("1", "LAMBA LEDA", "61", "9.015", "9.338", "18.353"),
		row("2", "SAMBI RAMPAS", "54", "7.204", "7.611", "14.815"),
		row("", "Jumlah Dapil 1", "115", "16.219", "16.949", "33.168"),
		row("3", "BORONG", "88", "12.410", "12.902", "25.312"),
		row("4", "RANA MESE", "40", "5.120", "5.388", "10.508"),
		row("", "Jumlah Dapil 2", "128", "17.530", "18.290", "35.820"),
		row("", "JUMLAH KABUPATEN", "243", "33.749", "35.239", "68.988"),
	}
	dapilWant := []string{
		"No\tKecamatan\tTPS\tL\tP\tL+P",
		"1\tLAMBA LEDA\t61\t9.015\t9.338\t18.353",
		"2\tSAMBI RAMPAS\t54\t7.204\t7.611\t14.815",
		"\tJumlah Dapil 1\t115\t16.219\t16.949\t33.168",
		"3\tBORONG\t88\t12.410\t12.902\t25.312",
		"4\tRANA MESE\t40\t5.120\t5.388\t10.508",
		"\tJumlah Dapil 2\t128\t17.530\t18.290\t35.820",
		"\tJUMLAH KABUPATEN\t243\t33.749\t35.239\t68.988",
	}
	g := "%-2s  %-30s  %6s  %6s"
	krow := func(a ...any) string { return strings.TrimRight(fmt.Sprintf(g, a...), " ") }
	for _, tc := range []struct {
		name   string
		pt     float64
		header string
		rows   []string
		want   []string
	}{
		{"voters by dapil, subtotals and a total", 6, row("No", "Kecamatan", "TPS", "L", "P", "L+P"), dapil, dapilWant},
		{"the same in a larger size", 7.5, row("No", "Kecamatan", "TPS", "L", "P", "L+P"), dapil, dapilWant},
		{"evaluation components and the final score", 6.5, krow("No", "Komponen", "Bobot", "Nilai"), []string{
			krow("1", "Perencanaan Kinerja", "30,00", "21,40"),
			krow("2", "Pengukuran Kinerja", "25,00", "15,10"),
			krow("3", "Pelaporan Kinerja", "15,00", "10,25"),
			krow("4", "Evaluasi Internal", "30,00", "18,60"),
			krow("", "Nilai Akhir", "100,00", "65,35"),
		}, []string{
			"No\tKomponen\tBobot\tNilai",
			"1\tPerencanaan Kinerja\t30,00\t21,40",
			"2\tPengukuran Kinerja\t25,00\t15,10",
			"3\tPelaporan Kinerja\t15,00\t10,25",
			"4\tEvaluasi Internal\t30,00\t18,60",
			"\tNilai Akhir\t100,00\t65,35",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Convert(context.Background(), ruledTypedPage(tc.pt, tc.header, tc.rows), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, l := range strings.Split(string(res.Text), "\n") {
				if strings.Contains(l, "\t") {
					got = append(got, l)
				}
			}
			wantLines(t, got, tc.want)
		})
	}
}
