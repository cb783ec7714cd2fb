package parse

import (
	"strings"
	"testing"
)

// lfDoc wraps a made-up leaflet in a report's section: caption, the
// attachment's bracket line, the leaflet's sides, a note under it.
func lfDoc(sides ...[]string) []string {
	body := []string{
		"BAB III AKUNTABILITAS KINERJA", "",
		"Capaian indikator kinerja disajikan dalam leaflet kantor berikut.", "",
		"Tabel 3.1 Capaian Kinerja Tahun 2024", "",
		"[Lampiran: Leaflet Capaian Kinerja 2024 - diketik ulang]", "",
	}
	for _, s := range sides {
		body = append(append(body, s...), "")
	}
	return append(body, "Sumber: Subbagian Program dan Data.", "")
}

// lfLay sets panels side by side, each padded to w columns, parted by
// " mark " so every mark stands in one column; a short panel is padded
// with blank lines.
func lfLay(mark string, w int, panels ...[]string) []string {
	n := 0
	for _, p := range panels {
		n = max(n, len(p))
	}
	out := make([]string, n)
	for i := range out {
		var cells []string
		for k, p := range panels {
			s := ""
			if i < len(p) {
				s = p[i]
			}
			if k+1 < len(panels) {
				s += strings.Repeat(" ", w-len([]rune(s)))
			}
			cells = append(cells, s)
		}
		out[i] = strings.TrimRight(strings.Join(cells, " "+mark+" "), " ")
		if strings.HasSuffix(out[i], mark) {
			out[i] += " " // the mark's column kept; only padding trimmed
		}
	}
	return out
}

// lfBlockOf is one indicator's block: its title, the name's lines, then
// the labelled figures (sep ":" or a colonless padding).
func lfBlockOf(n string, name []string, sep string, unit, t, r, c string) []string {
	lab := func(l, v string) string {
		if sep == "" {
			return l + strings.Repeat(" ", 11-len(l)) + v
		}
		return l + strings.Repeat(" ", 10-len(l)) + sep + " " + v
	}
	b := append([]string{n}, name...)
	return append(b, lab("Satuan", unit), lab("Target", t), lab("Realisasi", r), lab("Capaian", c+" %"))
}

var lfWant = []string{
	"Persentase Laporan Keuangan yang Disusun Tepat Waktu|90|95.4|106",
	"Jumlah Pemilih Pemula yang Mengikuti Sosialisasi|1200|1500|125",
	"Persentase Pemilih Tidak Terdaftar|2|1.6|120",
	"Opini BPK atas Laporan Keuangan|<nil>|<nil>|100",
	"Nilai Evaluasi Akuntabilitas Kinerja|<nil>|<nil>|100",
}

// lfBlocks are lfWant's indicators as blocks, titled by title(n).
func lfBlocks(title func(int) string, sep string) [][]string {
	return [][]string{
		lfBlockOf(title(1), []string{"Persentase Laporan Keuangan", "yang Disusun Tepat Waktu"}, sep, "%", "90,00", "95,40", "106,00"),
		lfBlockOf(title(2), []string{"Jumlah Pemilih Pemula yang", "Mengikuti Sosialisasi"}, sep, "orang", "1.200", "1.500", "125,00"),
		lfBlockOf(title(3), []string{"Persentase Pemilih Tidak", "Terdaftar"}, sep, "%", "2,00", "1,60", "120,00"),
		lfBlockOf(title(4), []string{"Opini BPK atas Laporan", "Keuangan"}, sep, "Opini", "WTP", "WTP", "100,00"),
		lfBlockOf(title(5), []string{"Nilai Evaluasi Akuntabilitas", "Kinerja"}, sep, "Predikat", "B", "B", "100,00"),
	}
}

// lfJoin stacks blocks down one panel, a blank line between.
func lfJoin(blocks ...[]string) []string {
	var out []string
	for k, b := range blocks {
		if k > 0 {
			out = append(out, "")
		}
		out = append(out, b...)
	}
	return out
}

var lfOutside = lfLay("┆", 30,
	[]string{"Leaflet ini memuat ringkasan", "kinerja sekretariat bagi", "masyarakat."},
	[]string{"Kantor KPU Kabupaten Sikka,", "Jalan Ahmad Yani, Maumere.", "Layanan setiap hari kerja."},
	[]string{"KINERJA KAMI 2024", "Melayani dengan integritas."})

// TestLeafletPanels: each indicator block in a folded leaflet's panels is
// one capaian row, read down the first panel, then the next, whatever the
// fold mark, the number of panels, the labels' colons or a block cut at a
// panel's foot.
func TestLeafletPanels(t *testing.T) {
	iku := func(n int) string { return "IKU " + string(rune('0'+n)) }
	ind := func(n int) string { return "Indikator " + string(rune('0'+n)) + ":" }
	b := lfBlocks(iku, ":")
	trifold := lfLay("┆", 30, lfJoin(b[0], b[1]), lfJoin(b[2], b[3]), lfJoin(b[4]))
	nc := lfBlocks(iku, "")
	twoPanels := lfLay("|", 32, lfJoin(nc[0], nc[1], nc[2]), lfJoin(nc[3], nc[4]))
	in := lfBlocks(ind, ":")
	fourPanels := lfLay("│", 30, in[0], in[1], lfJoin(in[2], in[3]), in[4])
	// the second block cut at the first panel's foot: its figures go on at
	// the second panel's top
	cut := lfJoin(b[0], b[1])
	p1, p2 := cut[:len(cut)-3], append(append([]string{}, cut[len(cut)-3:]...), append([]string{""}, lfJoin(b[2], b[3])...)...)
	cutAcross := lfLay("┊", 30, p1, p2, lfJoin(b[4]))
	tests := []docCase{
		{name: "trifold with fold marks ┆, colons, outside prose first", body: lfDoc([]string{"SISI LUAR"}, lfOutside, []string{"SISI DALAM"}, trifold), want: map[string][]string{"capaian": lfWant}},
		{name: "two panels parted by |, labels without colons", body: lfDoc(twoPanels), want: map[string][]string{"capaian": lfWant}},
		{name: "four panels parted by │, Indikator n: titles", body: lfDoc(fourPanels), want: map[string][]string{"capaian": lfWant}},
		{name: "a block cut at a panel's foot, folds ┊", body: lfDoc(cutAcross), want: map[string][]string{"capaian": lfWant}},
	}
	checkDocs(t, []string{"capaian"}, tests)
}

// TestLeafletPanelsDisagree: a block whose capaian the target and
// realisasi do not give is not loaded and is reported; the others are.
func TestLeafletPanelsDisagree(t *testing.T) {
	b := lfBlocks(func(n int) string { return "IKU " + string(rune('0'+n)) }, ":")
	b[1] = lfBlockOf("IKU 2", []string{"Jumlah Pemilih Pemula yang", "Mengikuti Sosialisasi"}, ":", "orang", "1.200", "1.500", "160,00")
	body := lfDoc(lfLay("┆", 30, lfJoin(b[0], b[1]), lfJoin(b[2], b[3]), lfJoin(b[4])))
	d := parseDoc(t, "disagree", body...)
	want := []string{lfWant[0], lfWant[2], lfWant[3], lfWant[4]}
	wantRows(t, "capaian", factRows["capaian"](d), want)
	found := false
	for _, f := range d.Findings {
		found = found || strings.Contains(f.Pesan, "leaflet IKU 2")
	}
	if !found {
		t.Errorf("no finding for IKU 2's capaian")
	}
}

// TestLeafletPanelsNone: look-alikes give no capaian row.
func TestLeafletPanelsNone(t *testing.T) {
	cases := map[string][]string{
		"a leaflet of prose only": lfDoc(lfOutside, lfLay("┆", 30,
			[]string{"Realisasi program tahun ini", "berjalan dengan baik berkat", "dukungan semua pihak."},
			[]string{"Target kami tahun depan", "adalah pelayanan yang", "lebih cepat."},
			[]string{"Hubungi kami di kantor."})),
		"a two-column prose page": lfDoc([]string{
			"Realisasi anggaran tahun 2024           Capaian kinerja sekretariat",
			"mencapai tingkat yang memadai berkat    didukung oleh koordinasi yang",
			"perencanaan yang baik; target 90,00     baik antara pimpinan dan staf.",
		}),
		"a key-value pipe table": lfDoc([]string{
			"| Uraian    | Nilai  |",
			"| Target    | 90,00  |",
			"| Realisasi | 95,40  |",
			"| Capaian   | 106,00 |",
		}),
		"blocks without a capaian": lfDoc(lfLay("┆", 30,
			[]string{"IKU 1", "Persentase Laporan Keuangan", "Target     : 90,00", "Realisasi  : 95,40"},
			[]string{"IKU 2", "Persentase Pemilih Terdaftar", "Target     : 2,00", "Realisasi  : 1,60"})),
	}
	for name, body := range cases {
		t.Run(name, func(t *testing.T) {
			d := parseDoc(t, name, body...)
			if len(d.Capaian) != 0 {
				t.Errorf("capaian rows read: %v", factRows["capaian"](d))
			}
		})
	}
}
