package parse

import (
	"fmt"
	"strings"
	"testing"
)

// tpxLines: the made-up indicators (gkInds) as text-format messages, one
// field a line, Indonesian field names, a header comment and scalars.
func tpxLines() []string {
	out := []string{"# proto-file: monev/v2/kinerja.proto", "# proto-message: monev.v2.Capaian", "", "tahun: 2024", `satker: "KPU Kabupaten Contoh"`}
	for k, in := range gkInds {
		out = append(out, "indikator {", fmt.Sprintf("  nomor: %d", k+1),
			fmt.Sprintf("  nama: %q", in.name), fmt.Sprintf("  satuan: %q", in.unit),
			fmt.Sprintf("  target: %q", in.t), fmt.Sprintf("  realisasi: %q", in.r),
			fmt.Sprintf("  capaian_persen: %q", in.c), "}")
	}
	return out
}

// tpxOneLine: English field names, `name: {` with the fields on one line,
// the capaian first, `;` separators and comments between messages.
func tpxOneLine() []string {
	var out []string
	for k, in := range gkInds {
		out = append(out, fmt.Sprintf("# row %d", k+1),
			fmt.Sprintf("kpi: { achievement_pct: %q; indicator_name: %q; unit: %q; target: %q; actual: %q }", in.c, in.name, in.unit, in.t, in.r))
	}
	return out
}

// tpxNested: a wrapper message holding the indicators, each target and
// realisasi a nested message with its value and unit, a name split over
// two adjacent strings.
func tpxNested() []string {
	out := []string{"laporan_kinerja {", "  periode: 2024"}
	for _, in := range gkInds {
		half := len(in.name) / 2
		out = append(out, "  ikk {",
			fmt.Sprintf("    uraian_indikator: %q", in.name[:half]), fmt.Sprintf("      %q", in.name[half:]),
			fmt.Sprintf("    target { nilai: %q satuan: %q }", in.t, in.unit),
			fmt.Sprintf("    realisasi < nilai: %q >", in.r),
			fmt.Sprintf("    capaian: %q", in.c), "  }")
	}
	return append(out, "}")
}

// TestTextprotoBlocks: each message an indicator, one capaian row, whatever
// the field names, the layout of the fields and the nesting.
func TestTextprotoBlocks(t *testing.T) {
	tests := []struct {
		name string
		body []string
	}{
		{"one field a line, Indonesian names", gkDoc(tpxLines()...)},
		{"one message a line, English names, colon form", gkDoc(tpxOneLine()...)},
		{"a wrapper, nested target and realisasi messages", gkDoc(tpxNested()...)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.body...)
			wantRows(t, "capaian", factRows["capaian"](d), gkWant)
			var texts []string
			for _, c := range d.Capaian {
				texts = append(texts, c.Indikator+"|"+c.Satuan+"|"+c.TargetTeks+"|"+c.RealisasiTeks)
			}
			wantRows(t, "capaian texts", texts, gkWantTexts)
		})
	}
}

// TestTextprotoDisagree: a message whose capaian the figures do not give
// is reported and not loaded; the others are.
func TestTextprotoDisagree(t *testing.T) {
	f := tpxLines()
	for k, l := range f {
		if strings.Contains(l, `"106,00"`) {
			f[k] = strings.Replace(l, `"106,00"`, `"160,00"`, 1)
		}
	}
	d := parseDoc(t, "disagree", gkDoc(f...)...)
	wantRows(t, "capaian", factRows["capaian"](d), gkWant[1:])
	found := false
	for _, fd := range d.Findings {
		found = found || strings.Contains(fd.Pesan, "blok textproto")
	}
	if !found {
		t.Errorf("no finding for the refused message")
	}
}

// TestTextprotoNone: a shop order and a config file in the
// text format give no capaian.
func TestTextprotoNone(t *testing.T) {
	cases := map[string][]string{
		"a shop order": gkDoc("# proto-message: toko.Pesanan", "pesanan {", `  id: 778`,
			`  item { nama: "Kopi Flores 250 g" jumlah: 2 harga: "85.000" }`,
			`  item { nama: "Gula Aren" jumlah: 1 harga: "30.000" }`, `  target_kirim: "2024-05-01"`, "}"),
		"a config block": gkDoc("server {", "  port: 8080", `  target: "prod"`, "}"),
	}
	for name, body := range cases {
		d := parseDoc(t, name, body...)
		if rows := factRows["capaian"](d); len(rows) > 0 {
			t.Errorf("%s: got capaian rows %v", name, rows)
		}
	}
}
