package parse

import (
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// mapBand sets boxes side by side, each box's lines padded to width; a
// shorter box simply ends.
func mapBand(width int, boxes ...[]string) []string {
	h := 0
	for _, b := range boxes {
		h = max(h, len(b))
	}
	out := make([]string, h)
	for i := range out {
		var s strings.Builder
		s.WriteString("  ")
		for k, b := range boxes {
			cell := ""
			if i < len(b) {
				cell = b[i]
			}
			if k < len(boxes)-1 {
				cell += strings.Repeat(" ", width-len([]rune(cell)))
			}
			s.WriteString(cell)
		}
		out[i] = strings.TrimRight(s.String(), " ")
	}
	return append(out, "")
}

// tagBox is an unframed box: its code in brackets, its name lines, its
// fields.
func tagBox(code string, name []string, fields ...string) []string {
	return append(append([]string{"[ " + code + " ]"}, name...), fields...)
}

// frameBox frames a box's lines in width runes: "┌─┐│└─┘" or "+-+|+-+".
func frameBox(width int, ascii bool, lines ...string) []string {
	h, v, tl, tr, bl, br := "─", "│", "┌", "┐", "└", "┘"
	if ascii {
		h, v, tl, tr, bl, br = "-", "|", "+", "+", "+", "+"
	}
	out := []string{tl + strings.Repeat(h, width-2) + tr}
	for _, l := range lines {
		out = append(out, v+" "+l+strings.Repeat(" ", width-3-len([]rune(l)))+v)
	}
	return append(out, bl+strings.Repeat(h, width-2)+br)
}

// TestBoxMaps: strategy maps typed from the chart, each indicator a box,
// two or three across, in bands with titles and arrows between them:
// each box with a target and a realisasi is a capaian row, the indicator
// joined over its lines.
func TestBoxMaps(t *testing.T) {
	head := []string{"Tabel 3.1 Capaian Kinerja Tahun 2024", "", "PETA STRATEGI KPU KABUPATEN SIKKA TAHUN 2024", ""}

	// three across, unframed, codes in brackets, a name over three lines
	three := append([]string{}, head...)
	three = append(three, "Perspektif Pelanggan", "")
	three = append(three, mapBand(34,
		tagBox("SS-1.1", []string{"Persentase Pemilih yang", "Terdaftar dalam DPT"}, "Satuan : %", "Target : 95,00", "Realisasi : 97,50", "Capaian : 102,63"),
		tagBox("SS-1.2", []string{"Persentase Layanan", "Informasi Publik yang", "Diselesaikan Tepat Waktu"}, "Satuan : %", "Target : 90,00", "Realisasi : 81,00", "Capaian : 90,00"),
		tagBox("SS-1.3", []string{"Indeks Kepuasan Layanan"}, "Satuan : Indeks", "Target : 3,20", "Realisasi : 3,52", "Capaian : 110,00"),
	)...)
	three = append(three, "                 ▲", "")
	three = append(three, "Perspektif Proses Internal", "")
	three = append(three, mapBand(34,
		tagBox("SS-2.1", []string{"Opini BPK atas Laporan", "Keuangan"}, "Satuan : Opini", "Target : WTP", "Realisasi : WTP", "Capaian : 100,00"),
	)...)
	three = append(three, "Sumber: Subbagian Program dan Data.")

	// two across in Unicode frames, other labels (Target 2024), the code
	// alone on the first line, a band title between the rows of boxes
	fw := 40
	framed := append([]string{}, head...)
	framed = append(framed, mapBand(fw+3,
		frameBox(fw, false, "IKU-1", "Tingkat Partisipasi Pemilih", "Target 2024    : 77,50", "Realisasi 2024 : 80,60", "Capaian (%)    : 104,00"),
		frameBox(fw, false, "IKU-2", "Persentase Pemutakhiran Data", "Pemilih Berkelanjutan Tepat", "Waktu", "Target 2024    : 100,00", "Realisasi 2024 : 91,67", "Capaian (%)    : 91,67"),
	)...)
	framed = append(framed, "PERSPEKTIF PEMBELAJARAN DAN PERTUMBUHAN", "")
	framed = append(framed, mapBand(fw+3,
		frameBox(fw, false, "IKU-3", "Persentase Pegawai yang", "Mengikuti Pelatihan", "Target 2024    : 60,00", "Realisasi 2024 : 75,00", "Capaian (%)    : 125,00"),
		frameBox(fw, false, "IKU-4", "Nilai SAKIP", "Target 2024    : 70,00", "Realisasi 2024 : 66,50", "Capaian (%)    : 95,00"),
	)...)

	// ASCII frames, the name opening with its code, realisasi before
	// target, no capaian (computed)
	aw := 36
	ascii := append([]string{}, head...)
	ascii = append(ascii, mapBand(aw+2,
		frameBox(aw, true, "[ 1 ]", "Persentase Arsip yang", "Dikelola Sesuai Aturan", "Realisasi : 88,00", "Target    : 80,00"),
		frameBox(aw, true, "[ 2 ]", "Persentase Rekomendasi BPK", "yang Ditindaklanjuti", "Realisasi : 100,00", "Target    : 100,00"),
	)...)

	checkDocs(t, []string{"capaian"}, []docCase{
		{name: "three across, codes in brackets, bands and an arrow", body: three, want: map[string][]string{
			"capaian": {
				"Persentase Pemilih yang Terdaftar dalam DPT|95|97.5|102.63",
				"Persentase Layanan Informasi Publik yang Diselesaikan Tepat Waktu|90|81|90",
				"Indeks Kepuasan Layanan|3.2|3.52|110",
				"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100",
			}}},
		{name: "two across in unicode frames, a band title between", body: framed, want: map[string][]string{
			"capaian": {
				"Tingkat Partisipasi Pemilih|77.5|80.6|104",
				"Persentase Pemutakhiran Data Pemilih Berkelanjutan Tepat Waktu|100|91.67|91.67",
				"Persentase Pegawai yang Mengikuti Pelatihan|60|75|125",
				"Nilai SAKIP|70|66.5|95",
			}}},
		{name: "ascii frames, realisasi before target", body: ascii, want: map[string][]string{
			"capaian": {
				"Persentase Arsip yang Dikelola Sesuai Aturan|80|88|<nil>",
				"Persentase Rekomendasi BPK yang Ditindaklanjuti|100|100|<nil>",
			}}},
	})
}

// TestBoxMapsNone: boxes that hold no target and realisasi are no rows:
// an org chart, the DPT's flow drawn as boxes, a grid table's rules.
func TestBoxMapsNone(t *testing.T) {
	w := 34
	org := append([]string{"Gambar 2.1 Struktur Organisasi Sekretariat", ""}, mapBand(w+2,
		frameBox(w, false, "Sekretaris", "Kepala : Drs. Yohanes B."),
		frameBox(w, false, "Kasubbag Teknis", "Kepala : Maria Goreti, S.E."),
	)...)
	org = append(org, mapBand(w+2,
		frameBox(w, false, "Kasubbag Hukum dan SDM"),
		frameBox(w, false, "Kasubbag Keuangan"),
	)...)
	flow := append([]string{"Gambar 3.2 Alur Pemutakhiran Data Pemilih 2024", ""}, mapBand(w,
		tagBox("1", []string{"DP4 dari Kemendagri"}, "Jumlah : 210.400"),
		tagBox("2", []string{"Coklit oleh Pantarlih"}, "Jumlah : 205.118"),
		tagBox("3", []string{"DPT ditetapkan"}, "L : 101.200", "P : 103.918"),
	)...)
	grid := []string{"Tabel 3.1 Capaian Kinerja Tahun 2024", "",
		"+----------------------+--------+-----------+",
		"| Indikator            | Target | Realisasi |",
		"+----------------------+--------+-----------+",
		"|                      |        |           |",
		"+----------------------+--------+-----------+",
	}
	for name, body := range map[string][]string{"org chart": org, "dpt flow": flow, "grid rules": grid} {
		t.Run(name, func(t *testing.T) {
			d := parseDoc(t, name, body...)
			if len(d.Capaian)+len(d.DPT) != 0 {
				t.Errorf("rows read from boxes without figures: %v %v", factRows["capaian"](d), factRows["dpt"](d))
			}
		})
	}
	// the reader leaves them as written
	for name, body := range map[string][]string{"org chart": org, "dpt flow": flow, "grid rules": grid} {
		in := []byte(strings.Join(body, "\n"))
		if out := boxMaps(&facts.Document{}, in); string(out) != string(in) {
			t.Errorf("%s rewritten:\n%s", name, out)
		}
	}
}
