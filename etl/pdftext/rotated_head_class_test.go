package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// turnedTable draws a ruled table as pasted from a spreadsheet whose
// header row was formatted tall, each heading (one or more lines) turned a
// quarter turn to read upward (up) or downward, the body rows upright and
// left aligned. The table's top is at y; ws are the column widths.
func turnedTable(y float64, up bool, ws []float64, heads [][]string, rows [][]string) string {
	var b strings.Builder
	const pt, hh, rh = 8.0, 72.0, 13.0
	x0, total := 60.0, 0.0
	for _, w := range ws {
		total += w
	}
	foot := y - hh - rh*float64(len(rows))
	b.WriteString("0.3 w\n")
	fmt.Fprintf(&b, "%.1f %.1f %.1f %.1f re S\n", x0, foot, total, y-foot)
	fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", x0, y-hh, x0+total, y-hh)
	for i := range rows {
		yy := y - hh - rh*float64(i+1)
		fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", x0, yy, x0+total, yy)
	}
	x := x0
	for j, w := range ws {
		if j > 0 {
			fmt.Fprintf(&b, "%.1f %.1f m %.1f %.1f l S\n", x, y, x, foot)
		}
		n := float64(len(heads[j]))
		for i, s := range heads[j] {
			c := x + w/2
			if strings.HasPrefix(s, "=") {
				// an upright heading in the tall row, in its middle
				fmt.Fprintf(&b, "BT /F1 %g Tf %.1f %.1f Td (%s) Tj ET\n", pt, x+3, y-hh/2, s[1:])
				continue
			}
			if up {
				bx := c - n*pt*1.2/2 + (float64(i)+0.8)*pt*1.2
				fmt.Fprintf(&b, "BT /F1 %g Tf 0 1 -1 0 %.1f %.1f Tm (%s) Tj ET\n", pt, bx, y-hh+4, s)
			} else {
				bx := c + n*pt*1.2/2 - (float64(i)+0.8)*pt*1.2
				fmt.Fprintf(&b, "BT /F1 %g Tf 0 -1 1 0 %.1f %.1f Tm (%s) Tj ET\n", pt, bx, y-4, s)
			}
		}
		for i, r := range rows {
			fmt.Fprintf(&b, "BT /F1 %g Tf %.1f %.1f Td (%s) Tj ET\n", pt, x+3, y-hh-rh*float64(i+1)+4, r[j])
		}
		x += w
	}
	return b.String()
}

// prosePage sets a few prose lines and a caption above a table drawn
// from y = 640 down.
func prosePage(prose []string, caption string) string {
	var b strings.Builder
	y := 740.0
	for _, s := range prose {
		fmt.Fprintf(&b, "BT /F1 10 Tf 60 %.1f Td (%s) Tj ET\n", y, s)
		y -= 13
	}
	fmt.Fprintf(&b, "BT /F1 9 Tf 60 662 Td (%s) Tj ET\n", caption)
	return b.String()
}

func joinRows(rows [][]string) []string {
	var out []string
	for _, r := range rows {
		out = append(out, strings.Join(r, "\t"))
	}
	return out
}

// TestTurnedHeads: a spreadsheet's header row turned to read upward or
// downward, one line or wrapped on two, reads as one upright header line
// over the body's columns, its stacked lines joined in reading order.
func TestTurnedHeads(t *testing.T) {
	prose := []string{
		"Rekapitulasi daftar pemilih tetap Pemilihan Serentak Tahun 2024",
		"di Kabupaten Lembata menurut kecamatan disajikan sebagai berikut.",
	}
	caption := "Tabel 2.4 DPT per kecamatan"
	dpt := [][]string{
		{"1", "NUBATUKAN", "88", "14.212", "14.877", "29.089"},
		{"2", "ILE APE", "31", "4.418", "4.903", "9.321"},
		{"3", "OMESURI", "27", "3.906", "4.250", "8.156"},
		{"", "Jumlah", "146", "22.536", "24.030", "46.566"},
	}
	dptW := []float64{26, 150, 40, 60, 60, 60}
	sakip := [][]string{
		{"a.", "Perencanaan kinerja", "30,00", "22,15"},
		{"b.", "Pengukuran kinerja", "30,00", "20,40"},
		{"c.", "Pelaporan kinerja", "15,00", "11,05"},
		{"d.", "Evaluasi internal", "25,00", "15,90"},
	}
	sakipW := []float64{30, 200, 50, 50}
	for _, tc := range []struct {
		name  string
		up    bool
		ws    []float64
		heads [][]string
		rows  [][]string
		want  string
	}{
		{"upward, one line", true, dptW,
			[][]string{{"No"}, {"Kecamatan"}, {"TPS"}, {"Laki-laki"}, {"Perempuan"}, {"Jumlah"}}, dpt,
			"No\tKecamatan\tTPS\tLaki-laki\tPerempuan\tJumlah"},
		{"upward, the text columns' headings upright", true, dptW,
			[][]string{{"=No"}, {"=Kecamatan"}, {"TPS"}, {"Laki-laki"}, {"Perempuan"}, {"Jumlah"}}, dpt,
			"No\tKecamatan\tTPS\tLaki-laki\tPerempuan\tJumlah"},
		{"downward, one line", false, dptW,
			[][]string{{"No"}, {"Kecamatan"}, {"TPS"}, {"Laki-laki"}, {"Perempuan"}, {"Jumlah"}}, dpt,
			"No\tKecamatan\tTPS\tLaki-laki\tPerempuan\tJumlah"},
		{"upward, wrapped", true, sakipW,
			[][]string{{"No"}, {"Komponen", "Penilaian"}, {"Bobot", "Maksimal"}, {"Nilai", "Capaian"}}, sakip,
			"No\tKomponen Penilaian\tBobot Maksimal\tNilai Capaian"},
		{"downward, wrapped", false, sakipW,
			[][]string{{"No"}, {"Komponen", "Penilaian"}, {"Bobot", "Maksimal"}, {"Nilai", "Capaian"}}, sakip,
			"No\tKomponen Penilaian\tBobot Maksimal\tNilai Capaian"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := prosePage(prose, caption) + turnedTable(640, tc.up, tc.ws, tc.heads, tc.rows)
			want := append(append(append([]string{}, prose...), caption, tc.want), joinRows(tc.rows)...)
			wantLines(t, nonBlankLines(t, page), want)
		})
	}
}

// TestTurnedHeadsUnruled: a header band with no grid (the spreadsheet's
// borders left off) still sets each heading over its column, bounded half
// way to its neighbours.
func TestTurnedHeadsUnruled(t *testing.T) {
	rows := [][]string{
		{"1", "Pengelolaan keuangan", "720.500.000", "701.115.300"},
		{"2", "Pengelolaan SDM", "310.000.000", "298.440.120"},
		{"3", "Operasional kantor", "1.104.800.000", "1.093.500.415"},
	}
	heads := [][]string{{"No"}, {"Uraian", "Kegiatan"}, {"Pagu"}, {"Realisasi"}}
	var keep []string
	for _, l := range strings.Split(turnedTable(640, true, []float64{30, 180, 90, 90}, heads, rows), "\n") {
		if !strings.HasSuffix(l, " S") && !strings.HasSuffix(l, " w") {
			keep = append(keep, l)
		}
	}
	prose := []string{"Realisasi anggaran per kegiatan Tahun Anggaran 2022 sebagai berikut."}
	page := prosePage(prose, "Tabel 3.4 Realisasi per kegiatan") + strings.Join(keep, "\n")
	want := append(append([]string{}, prose...), "Tabel 3.4 Realisasi per kegiatan", "No\tUraian Kegiatan\tPagu\tRealisasi")
	wantLines(t, nonBlankLines(t, page), append(want, joinRows(rows)...))
}

// TestTurnedNotHeads: turned text that is no header band over upright
// rows stays dropped: a running title up the page edge, a vertical stamp
// beside a table, a lone turned word over a column, two turned labels in
// the margin with nothing under them; and a table set sideways on an
// upright page is still read turned as a whole.
func TestTurnedNotHeads(t *testing.T) {
	prose := []string{
		"Nilai evaluasi akuntabilitas kinerja per komponen menurut hasil",
		"penilaian Inspektorat Utama disajikan pada tabel berikut ini.",
	}
	caption := "Tabel 3.2 Komponen SAKIP"
	rows := [][]string{
		{"No", "Komponen", "Bobot", "Nilai"},
		{"1", "Perencanaan kinerja", "30,00", "21,70"},
		{"2", "Pengukuran kinerja", "30,00", "19,35"},
		{"3", "Pelaporan kinerja", "15,00", "10,60"},
	}
	ws := []float64{30, 200, 60, 60}
	// an ordinary ruled table, its header upright: turnedTable with no
	// turned heading, the header drawn as a first body row
	none := [][]string{{}, {}, {}, {}}
	table := turnedTable(640, true, ws, none, rows)
	page := prosePage(prose, caption) + table
	want := append(append(append([]string{}, prose...), caption), joinRows(rows)...)
	for _, tc := range []struct {
		name, content string
	}{
		{"running title up the page edge", "BT /F1 8 Tf 0 1 -1 0 30 120 Tm (Laporan Kinerja KPU Kabupaten Lembata Tahun 2024) Tj ET\n" + page},
		{"two running titles up both edges", "BT /F1 8 Tf 0 1 -1 0 30 120 Tm (Laporan Kinerja KPU Kabupaten Lembata) Tj ET\n" +
			"BT /F1 8 Tf 0 1 -1 0 575 120 Tm (Laporan Kinerja KPU Kabupaten Lembata) Tj ET\n" + page},
		{"vertical stamp beside the table", page + "q 0.5 g BT /F1 9 Tf 0 -1 1 0 530 600 Tm (DIVERIFIKASI) Tj ET Q\n"},
		{"lone turned word over a column", "BT /F1 8 Tf 0 1 -1 0 340 575 Tm (Catatan) Tj ET\n" + page},
		{"two short labels in the margin, nothing under", "BT /F1 7 Tf 0 1 -1 0 25 700 Tm (Arsip) Tj ET\n" +
			"BT /F1 7 Tf 0 1 -1 0 40 700 Tm (Salinan) Tj ET\n" + page},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantLines(t, nonBlankLines(t, tc.content), want)
		})
	}
	t.Run("table set sideways with an upright page number", func(t *testing.T) {
		content := "q 0 1 -1 0 750 50 cm\n" + page + "Q\nBT /F1 8 Tf 290 30 Td (12) Tj ET\n"
		got := nonBlankLines(t, content)
		if len(got) < len(want) || strings.Join(got[:len(want)], "|") != strings.Join(want, "|") {
			t.Errorf("got\n%q\nwant first\n%q", got, want)
		}
	})
}
