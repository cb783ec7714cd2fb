package parse

import (
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// shapeRow sets shapes side by side, each shape's lines padded to its
// width and closed by the edge mark; a shape shorter than the row keeps
// its mark on every line (blank inside) unless ragged, when its mark
// stops with its last line (shapes of unequal height).
func shapeRowLines(edge string, widths []int, ragged bool, shapes ...[]string) []string {
	h := 0
	for _, s := range shapes {
		h = max(h, len(s))
	}
	out := make([]string, h)
	for i := range out {
		var b strings.Builder
		b.WriteString(" ")
		last := 0
		for k, s := range shapes {
			if i < len(s) || !ragged {
				last = k
			}
		}
		for k, s := range shapes {
			if k > last {
				break
			}
			cell := ""
			if i < len(s) {
				cell = s[i]
			}
			if ragged && i >= len(s) {
				b.WriteString(strings.Repeat(" ", widths[k]+len([]rune(edge))+2))
				continue
			}
			b.WriteString(cell + strings.Repeat(" ", widths[k]-len([]rune(cell))) + edge + "  ")
		}
		out[i] = strings.TrimRight(b.String(), " ")
	}
	return append(out, "")
}

// TestShapeRows: capaian typed again from a diagram's shapes, one row of
// shapes a indicator, each row cut at its edge marks: the role words name
// the values, the other shape is the indicator with its number and unit.
func TestShapeRows(t *testing.T) {
	head := []string{"Tabel 3.2 Capaian Indikator Kinerja Tahun 2024", "", "[Gambar: diagram alur, teks diketik ulang]", ""}

	// '>' edges, realisasi before target, capaian last, no unit, the
	// value beside the word after a colon, names wrapped over two lines
	w := []int{34, 16, 18, 16}
	gt := append([]string{}, head...)
	gt = append(gt, shapeRowLines(">", w, false,
		[]string{"1) Tingkat Partisipasi Pemilih", "pada Pemilihan Serentak"}, []string{"Realisasi: 77,90"}, []string{"Target: 75,00"}, []string{"Capaian: 103,87"})...)
	gt = append(gt, shapeRowLines(">", w, false,
		[]string{"2) Persentase Laporan Dana", "Kampanye yang Diumumkan"}, []string{"Realisasi: 95,00"}, []string{"Target: 100,00"}, []string{"Capaian: 95,00"})...)
	gt = append(gt, "Sumber: Subbagian Teknis.")

	// '▶' edges, shapes of unequal height (a value shape's mark stops with
	// its last line), a lower-is-better indicator, units with "Satuan:"
	w2 := []int{30, 12, 12, 12}
	tri := append([]string{}, head...)
	tri = append(tri, shapeRowLines("▶", w2, true,
		[]string{"1. Persentase Pemilih Ganda", "dalam Daftar Pemilih", "Sementara", "Satuan: %"}, []string{"Target", "5,00"}, []string{"Realisasi", "3,50"}, []string{"Capaian", "130,00"})...)
	tri = append(tri, shapeRowLines("▶", w2, true,
		[]string{"2. Indeks Kepuasan Layanan", "Informasi Publik", "Satuan: Indeks"}, []string{"Target", "3,40"}, []string{"Realisasi", "3,57"}, []string{"Capaian", "105,00"})...)
	tri = append(tri, shapeRowLines("▶", w2, true,
		[]string{"3. Persentase Rekomendasi", "BPK yang Ditindaklanjuti", "Satuan: %"}, []string{"Target", "100"}, []string{"Realisasi", "100"}, []string{"Capaian", "100"})...)

	// '│' edges, year labels, capaian first, grade rows, a row without
	// capaian (computed), values beside the words without a colon
	w3 := []int{36, 18, 20, 20}
	bar := append([]string{}, head...)
	bar = append(bar, shapeRowLines("│", w3, false,
		[]string{"Nilai SAKIP Satuan Kerja", "(satuan: Predikat)"}, []string{"Capaian 100,00"}, []string{"Target 2023 BB"}, []string{"Realisasi 2023 A"})...)
	bar = append(bar, shapeRowLines("│", w3, false,
		[]string{"Opini atas Laporan Keuangan", "(satuan: Opini)"}, []string{"Capaian 100,00"}, []string{"Target 2023 WTP"}, []string{"Realisasi 2023 WTP"})...)
	bar = append(bar, shapeRowLines("│", w3, false,
		[]string{"Persentase Arsip Dinamis yang", "Dikelola Sesuai Aturan", "(satuan: %)"}, []string{"Capaian 92,50"}, []string{"Target 2023 80,00"}, []string{"Realisasi 2023 74,00"})...)

	// '»' edges typed by hand: the marks not in columns, the same count on
	// every line; two blank lines between rows
	hand := append([]string{}, head...)
	hand = append(hand,
		"1. Persentase Pemutakhiran Data » Target » Realisasi » Capaian »",
		"Pemilih Berkelanjutan » 100,00 » 91,67 » 91,67 »",
		"(satuan: %) » » » »",
		"", "",
		"2. Persentase Pegawai yang Mengikuti Pelatihan » Target » Realisasi » Capaian »",
		"(satuan: %) » 60,00 » 75,00 » 125,00 »",
		"",
		"IKU-3 » Target » Realisasi » Capaian »",
		"Nilai Reformasi Birokrasi » 60,00 » 69,15 » 115,25 »",
		"",
		"Sumber: Sekretariat.")

	checkDocs(t, []string{"capaian"}, []docCase{
		{name: "'>' edges, realisasi before target, values beside", body: gt, want: map[string][]string{
			"capaian": {
				"Tingkat Partisipasi Pemilih pada Pemilihan Serentak|75|77.9|103.87",
				"Persentase Laporan Dana Kampanye yang Diumumkan|100|95|95",
			}}},
		{name: "'▶' edges, shapes of unequal height, lower is better", body: tri, want: map[string][]string{
			"capaian": {
				"Persentase Pemilih Ganda dalam Daftar Pemilih Sementara|5|3.5|130",
				"Indeks Kepuasan Layanan Informasi Publik|3.4|3.57|105",
				"Persentase Rekomendasi BPK yang Ditindaklanjuti|100|100|100",
			}}},
		{name: "'│' edges, grade rows, capaian first", body: bar, want: map[string][]string{
			"capaian": {
				"Nilai SAKIP Satuan Kerja|<nil>|<nil>|100",
				"Opini atas Laporan Keuangan|<nil>|<nil>|100",
				"Persentase Arsip Dinamis yang Dikelola Sesuai Aturan|80|74|92.5",
			}}},
		{name: "'»' edges by hand, not in columns", body: hand, want: map[string][]string{
			"capaian": {
				"Persentase Pemutakhiran Data Pemilih Berkelanjutan|100|91.67|91.67",
				"Persentase Pegawai yang Mengikuti Pelatihan|60|75|125",
				"Nilai Reformasi Birokrasi|60|69.15|115.25",
			}}},
	})
}

// TestShapeRowsNone: shapes that are no capaian rows give no facts: a
// chevron process of stages, an arrow flow of the planning cycle, rows
// whose figures do not prove each other, a lone row.
func TestShapeRowsNone(t *testing.T) {
	w := []int{24, 24, 24, 24}
	stages := append([]string{"Gambar 1.2 Siklus Akuntabilitas Kinerja", ""},
		shapeRowLines("❯", w, false, []string{"Perencanaan", "Renstra 2020-2024"}, []string{"Penetapan Kinerja", "PK 2024"}, []string{"Pengukuran", "Triwulan I-IV"}, []string{"Pelaporan", "LKj 2024"})...)
	stages = append(stages, shapeRowLines("❯", w, false, []string{"Evaluasi", "oleh Inspektorat"}, []string{"Tindak Lanjut", "30 hari"}, []string{"Target Kinerja", "ditetapkan dalam PK"}, []string{"Reviu", "APIP"})...)
	flow := []string{"Gambar 1.3 Alur Perencanaan", "",
		" RPJMN 2020-2024  >  Renstra KPU  >  Renja 2024  >  RKT 2024  >",
		" (Perpres 18/2020) >  (2020-2024)  >  (DIPA)      >  (PK)      >", ""}
	wrong := []string{"Tabel 3.1 Capaian Kinerja", ""}
	wrong = append(wrong, shapeRowLines("❯", w, false, []string{"1. Tingkat Partisipasi", "Pemilih", "(satuan: %)"}, []string{"Target", "80,00"}, []string{"Realisasi", "84,27"}, []string{"Capaian", "95,00"})...)
	wrong = append(wrong, shapeRowLines("❯", w, false, []string{"2. Persentase Layanan", "Informasi", "(satuan: %)"}, []string{"Target", "90,00"}, []string{"Realisasi", "81,00"}, []string{"Capaian", "110,00"})...)
	lone := append([]string{"Tabel 3.1 Capaian Kinerja", ""},
		shapeRowLines("❯", w, false, []string{"1. Tingkat Partisipasi", "Pemilih", "(satuan: %)"}, []string{"Target", "80,00"}, []string{"Realisasi", "84,27"}, []string{"Capaian", "105,34"})...)
	html := []string{"<table>", "<tr><td>Target</td><td>Realisasi</td><td>Capaian</td></tr>", "<tr><td>80,00</td><td>84,27</td><td>105,34</td></tr>", "</table>"}
	for name, body := range map[string][]string{"stages": stages, "planning flow": flow, "figures disagree": wrong, "lone row": lone, "html": html} {
		t.Run(name, func(t *testing.T) {
			d := parseDoc(t, name, body...)
			if len(d.Capaian) != 0 {
				t.Errorf("rows read from shapes that are no capaian rows: %v", factRows["capaian"](d))
			}
			in := []byte(strings.Join(body, "\n"))
			if out := shapeRows(&facts.Document{}, in); string(out) != string(in) {
				t.Errorf("%s rewritten:\n%s", name, out)
			}
		})
	}
}
