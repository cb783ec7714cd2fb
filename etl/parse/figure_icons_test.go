package parse

import (
	"strings"
	"testing"
)

// TestFigureIcons: an icon beside a figure is blanked, one space for it;
// an icon alone, inside words, or beside no figure stays.
func TestFigureIcons(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"1\tPersentase A\t%\t85,00\t87,18\t⬆ 102,56", "1\tPersentase A\t%\t85,00\t87,18\t  102,56"},
		{"4\tPersentase B\t%\t100,00\t95,83\t➡ 95,83", "4\tPersentase B\t%\t100,00\t95,83\t  95,83"},
		{"  ◑   20,45 / 30,00   Perencanaan Kinerja", "      20,45 / 30,00   Perencanaan Kinerja"},
		{"KOMODO\t19\t62\t7.919 🟢\t7.803", "KOMODO\t19\t62\t7.919  \t7.803"},
		{"Rapat\t✓\tya", "Rapat\t✓\tya"},
		{"│ 1  │ Persentase A │ %  │   85,00 │     88,24 │", "│ 1  │ Persentase A │ %  │   85,00 │     88,24 │"},
		{"┃ 82,56 ┃ 80,00 ┃", "┃ 82,56 ┃ 80,00 ┃"},
		{"Suhu 30 °C di ruang arsip", "Suhu 30 °C di ruang arsip"},
		{"Harga Rp 5.000 € 3", "Harga Rp 5.000 € 3"},
		{"Legenda: ⬆ naik, ⬇ turun", "Legenda: ⬆ naik, ⬇ turun"},
		{"🔹 076.01.WA Program Dukungan Manajemen — Pagu: 2.976.317.000", "🔹 076.01.WA Program Dukungan Manajemen — Pagu: 2.976.317.000"},
		{"🔹 3355 Pengelolaan Keuangan", "🔹 3355 Pengelolaan Keuangan"},
		{" Persentase Pemilih Ganda  ▶  130 ▶", " Persentase Pemilih Ganda  ▶  130 ▶"},
	} {
		if got := string(figureIcons([]byte(tc.in))); got != tc.want {
			t.Errorf("figureIcons(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

// TestFigureIconsCapaian: a capaian table printed with an icon set on its
// capaian column loads whole. Made-up indicators and figures.
func TestFigureIconsCapaian(t *testing.T) {
	icons := []string{"⬆", "🟢", "➡", "▲"}
	rows := []string{"No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)"}
	for k, in := range gkInds {
		rows = append(rows, strings.Join([]string{string(rune('1' + k)), in.name, in.unit, in.t, in.r, icons[k] + " " + in.c}, "\t"))
	}
	d := parseDoc(t, "icons", gkDoc(rows...)...)
	wantRows(t, "capaian", factRows["capaian"](d), gkWant)
}
