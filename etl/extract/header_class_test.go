package extract

import (
	"strings"
	"testing"
)

// lastTable extracts text and returns its last table and the text of its
// paragraphs.
func lastTable(t *testing.T, text string) (Block, []string) {
	t.Helper()
	blocks, err := TextWith([]byte(text), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	var tbl Block
	var paras []string
	for _, b := range blocks {
		switch {
		case b.Kind == Table:
			tbl = b
		case b.Kind == Paragraph:
			paras = append(paras, b.Text)
		}
	}
	return tbl, paras
}

func headerText(b Block) string {
	var out []string
	for _, h := range b.Header {
		out = append(out, strings.Join(h.Cells, "|"))
	}
	return strings.Join(out, " / ")
}

// TestHeaderLegend: header cells that are column codes take the names a
// legend next to the table gives them, wherever the legend stands and
// however it separates its entries; the legend leaves the text, and the
// code row repeated after a page break is dropped as a repeated header. A legend
// that does not name every code, or names one twice differently, changes
// nothing.
func TestHeaderLegend(t *testing.T) {
	body := "1\tPersentase partisipasi pemilih\t77,50\t80,94\n2\tNilai SAKIP\t70,00\t71,20"
	cases := []struct {
		name, text, header string
		legendGone         bool
		rows               int
	}{
		{"above, semicolons",
			"Tabel 3.1 Capaian Kinerja\nKeterangan kolom: K1 = Nomor; K2 = Indikator Kinerja; K3 = Target (%); K4 = Realisasi (%)\nK1\tK2\tK3\tK4\n" + body,
			"Nomor|Indikator Kinerja|Target (%)|Realisasi (%)", true, 2},
		{"below, letters and commas",
			"Tabel 3.1 Capaian Kinerja\n\nA\tB\tC\tD\n" + body + "\n\nKeterangan: A = No, B = Indikator Kinerja, C = Target, D = Realisasi\n\nParagraf berikutnya.",
			"No|Indikator Kinerja|Target|Realisasi", true, 2},
		{"one code a line, colon",
			"Tabel 3.1 Capaian Kinerja\nKeterangan:\nK1 : No\nK2 : Indikator\nKinerja\nK3 : Target\nK4 : Realisasi\n\nK1\tK2\tK3\tK4\n" + body,
			"No|Indikator Kinerja|Target|Realisasi", true, 2},
		{"dashes, a legend of one code a line under the table",
			"K1\tK2\tK3\tK4\n" + body + "\n\nKeterangan:\nK1 - No\nK2 – Indikator Kinerja\nK3 - Target\nK4 - Realisasi",
			"No|Indikator Kinerja|Target|Realisasi", true, 2},
		{"a symbol for a name",
			"Keterangan kolom: K1 = No; K2 = Indikator Kinerja; K3 = Target; K4 = %\nK1\tK2\tK3\tK4\n" + body,
			"No|Indikator Kinerja|Target|%", true, 2},
		{"the code row repeated after a page break",
			"Keterangan kolom: K1 = Kecamatan; K2 = Laki-laki; K3 = Perempuan; K4 = Jumlah\nK1\tK2\tK3\tK4\n" +
				"Alak\t22.735\t22.094\t44.829\nMaulafa\t15.740\t15.323\t31.063\n\n\n\nK1\tK2\tK3\tK4\nOebobo\t16.489\t16.874\t33.363",
			"Kecamatan|Laki-laki|Perempuan|Jumlah", true, 3},
		{"after another table, a short caption, the legend below",
			"Uraian\tJumlah\nPeserta\t12\n\nTabel 3.2 Capaian\n\nK1\tK2\tK3\tK4\n" + body + "\n\nKeterangan: K1 = No, K2 = Indikator, K3 = Target, K4 = Realisasi",
			"No|Indikator|Target|Realisasi", true, 2},
		{"a row of grades inside a table under a legend of grades",
			"Tahun\tPredikat\tNilai\n2019\tB\t61,20\n\tBB\tA\nKeterangan: BB = Sangat Baik; A = Memuaskan",
			"Tahun|Predikat|Nilai", false, 2},
		{"partial legend",
			"Keterangan kolom: K1 = Nomor; K2 = Indikator Kinerja\nK1\tK2\tK3\tK4\n" + body,
			"", false, 2},
		{"two meanings",
			"Keterangan: K1 = Nomor; K2 = Indikator; K3 = Target; K4 = Realisasi; K1 = Kode\nK1\tK2\tK3\tK4\n" + body,
			"", false, 2},
		{"no legend",
			"Tabel 3.1 Capaian Kinerja\nK1\tK2\tK3\tK4\n" + body,
			"", false, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tbl, paras := lastTable(t, c.text)
			if got := headerText(tbl); got != c.header {
				t.Errorf("header %q, want %q", got, c.header)
			}
			gone := true
			for _, p := range paras {
				if strings.Contains(p, "= Realisasi") || strings.Contains(p, ": Realisasi") || strings.Contains(p, "- Realisasi") || strings.Contains(p, "= No") || strings.HasPrefix(p, "Keterangan") {
					gone = false
				}
			}
			if gone != c.legendGone && c.legendGone {
				t.Errorf("legend left in the text: %q", paras)
			}
			if c.header != "" && len(tbl.Rows) != c.rows {
				t.Errorf("%d rows, want %d: %+v", len(tbl.Rows), c.rows, tbl.Rows)
			}
		})
	}
}

// TestUnspace: letter-spaced words are joined, gaps of two spaces or more
// part words; anything with a word of two letters or fewer than three
// letters in all is left as written. In a line with other tokens only the
// spaced runs of capitals are joined.
func TestUnspace(t *testing.T) {
	for in, want := range map[string]string{ // "" when left as written
		"T A R G E T":                            "TARGET",
		"B A B   I I I":                          "BAB III",
		"  T A H U N   Y A N G   D I N I L A I ": "TAHUN YANG DINILAI",
		"R E A L I S A S I   ( % )":              "REALISASI (%)",
		"N O":                                    "",
		"a b":                                    "",
		"1 2 3":                                  "",
		"a, b, c":                                "",
		"Ke 1 dan 2":                             "",
		"L P L+P":                                "",
	} {
		if got, ok := unspace(in, 3); ok != (want != "") || ok && got != want {
			t.Errorf("unspace(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	// in a line that also holds numbers or words (a row without TABs),
	// runs of three or more spaced capitals are joined, the rest kept
	for in, want := range map[string]string{
		"  J U M L A H   100,00   63,51":                    "JUMLAH 100,00 63,51",
		"  I N D I K A T O R   K I N E R J A   2019   2020": "INDIKATOR KINERJA 2019 2020",
		"N O   1   Nilai SAKIP":                             "",
		"huruf a b c dan d":                                 "",
		"A B   Nilai":                                       "",
	} {
		if got, ok := unspaceRuns(in); ok != (want != "") || ok && got != want {
			t.Errorf("unspaceRuns(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

// TestLetterSpacedHeader: a header row written letter by letter is read as
// words ("N O" beside the others too), and so are letter-spaced headings;
// a row of short cells that merely holds single letters is not touched.
func TestLetterSpacedHeader(t *testing.T) {
	cases := []struct{ name, text, header, para string }{
		{"header and heading",
			"B A B   I I I\n\nN O\tI N D I K A T O R   K I N E R J A\tT A R G E T\tR E A L I S A S I\n1\tNilai SAKIP\t70,00\t71,20\n\tJ U M L A H\t1\t2",
			"NO|INDIKATOR KINERJA|TARGET|REALISASI", "BAB III"},
		{"single letters stay",
			"Rekap\n\nKecamatan\tL\tP\tL P\nAlak\t10\t12\t22",
			"Kecamatan|L|P|L P", "Rekap"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tbl, paras := lastTable(t, c.text)
			if got := headerText(tbl); got != c.header {
				t.Errorf("header %q, want %q", got, c.header)
			}
			if len(paras) == 0 || paras[0] != c.para {
				t.Errorf("paragraphs %q, want %q first", paras, c.para)
			}
		})
	}
	tbl, _ := lastTable(t, cases[0].text)
	if n := len(tbl.Rows); n != 2 || tbl.Rows[1].Cell(1) != "JUMLAH" {
		t.Errorf("rows %+v, want the total row's label JUMLAH", tbl.Rows)
	}
}

// TestEnglishHeader: a header written in English is read with the
// Indonesian titles every family reader knows, units and years kept; a
// cell holding any other word stays as written, and body rows are never
// touched.
func TestEnglishHeader(t *testing.T) {
	for name, c := range map[string][2]string{ // the text, the header wanted
		"capaian": {"No\tPerformance Indicator\tUnit\tTarget\tActual\tAchievement (%)\tRemarks\n1\tNilai SAKIP\tNilai\t70.00\t71.20\t101.71\tAchieved",
			"No|Indikator Kinerja|Satuan|Target|Realisasi|Capaian (%)|Keterangan"},
		"budget": {"Code\tProgramme / Activity\tCeiling (IDR)\tRealised (IDR)\tAbsorption (%)\n076.01.WA\tProgram Dukungan\t2,745,629,000\t2,589,217,139\t94.30",
			"Kode|Program / Kegiatan|Pagu (Rp)|Realisasi (Rp)|Serapan (%)"},
		"voters": {"No\tSub-district\tVillages\tPolling Stations\tMale\tFemale\tTotal\n1\tAtambua Barat\t13\t70\t9,574\t9,266\t18,840",
			"No|Kecamatan|Desa|TPS|Laki-laki|Perempuan|Total"},
		"a word of another language stays": {"No\tIndikator Kinerja\tTarget 2024\tActual result\n1\tNilai SAKIP\t70\t71",
			"No|Indikator Kinerja|Target 2024|Actual result"},
	} {
		tbl, _ := lastTable(t, c[0])
		body := c[0][strings.IndexByte(c[0], '\n')+1:]
		if headerText(tbl) != c[1] || len(tbl.Rows) != 1 || strings.Join(tbl.Rows[0].Cells, "\t") != body {
			t.Errorf("%s: header %q, rows %+v; want header %q over the body as written", name, headerText(tbl), tbl.Rows, c[1])
		}
	}
}
