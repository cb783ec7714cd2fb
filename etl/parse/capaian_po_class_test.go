package parse

import (
	"fmt"
	"strings"
	"testing"
)

// poEnglish writes a figure in the English convention (the translation's).
func poEnglish(v string) string {
	return strings.NewReplacer(".", ",", ",", ".").Replace(v)
}

// poOneLine: one message a row on one line, `#:` references, the header
// entry, ` - ` separators, the translation in English.
func poOneLine() []string {
	out := []string{"# Terjemahan dasbor kinerja.", `msgid ""`, `msgstr ""`, `"Language: en\n"`, `"Content-Type: text/plain; charset=UTF-8\n"`, ""}
	for k, in := range gkInds {
		out = append(out, fmt.Sprintf("#: views/kinerja.php:%d", 30+k*6),
			fmt.Sprintf("msgid \"IKU %d. %s - satuan %s - target %s - realisasi %s - capaian %s%%\"", k+1, in.name, in.unit, in.t, in.r, in.c),
			fmt.Sprintf("msgstr \"KPI %d. Indicator %d - unit %s - target %s - actual %s - achievement %s%%\"", k+1, k+1, in.unit, poEnglish(in.t), poEnglish(in.r), poEnglish(in.c)), "")
	}
	return out
}

// poContinued: the source in English (its name no indicator), the
// Indonesian row in the translation, continued over lines, `|` and colons,
// the capaian first, a plural entry and a fuzzy flag between.
func poContinued() []string {
	out := []string{`msgid "%d indicator"`, `msgid_plural "%d indicators"`, `msgstr[0] "%d indikator"`, `msgstr[1] "%d indikator"`, ""}
	for _, in := range gkInds {
		h := strings.LastIndex(in.name[:len(in.name)/2], " ") + 1 // a string continued after a space
		out = append(out, "#, fuzzy", `msgid ""`, fmt.Sprintf("\"Achievement: %s%% | Percentage row \"", poEnglish(in.c)), fmt.Sprintf("\"| unit: %s | target: %s | actual: %s\"", in.unit, poEnglish(in.t), poEnglish(in.r)),
			`msgstr ""`, fmt.Sprintf("\"%s\"", in.name[:h]), fmt.Sprintf("\"%s | capaian (%%): %s | satuan: %s\"", in.name[h:], in.c, in.unit),
			fmt.Sprintf("\"| target: %s | realisasi: %s\"", in.t, in.r), "")
	}
	return out
}

// poCells: one message a cell, the row and column in the context, an
// obsolete entry between.
func poCells() []string {
	var out []string
	for k, in := range gkInds {
		for _, c := range [][2]string{{"nama_indikator", in.name}, {"target", in.t}, {"realisasi", in.r}, {"satuan", in.unit}, {"capaian", in.c}} {
			out = append(out, fmt.Sprintf("#: dasbor/tabel.vue:%d", 10+k), fmt.Sprintf("msgctxt \"ikk%d.%s\"", k+1, c[0]),
				fmt.Sprintf("msgid %q", c[1]), fmt.Sprintf("msgstr %q", poEnglish(c[1])), "")
		}
		out = append(out, `#~ msgctxt "ikk9.target"`, `#~ msgid "1,00"`, `#~ msgstr "1.00"`, "")
	}
	return out
}

// TestPoCatalogue: a message a row or a cell, one capaian row an
// indicator, whatever the side carrying the row, the separators, the
// order and the continued strings.
func TestPoCatalogue(t *testing.T) {
	for _, tc := range []struct {
		name string
		body []string
	}{
		{"a row a message, one line", gkDoc(poOneLine()...)},
		{"continued strings, the row in the translation", gkDoc(poContinued()...)},
		{"a cell a message, keyed by context", gkDoc(poCells()...)},
	} {
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

// TestPoDisagree: a row whose capaian the figures do not give is reported
// and not loaded; the others are.
func TestPoDisagree(t *testing.T) {
	f := poOneLine()
	for k, l := range f {
		if strings.HasPrefix(l, "msgid") {
			f[k] = strings.Replace(l, "capaian 106,00%", "capaian 160,00%", 1)
		}
	}
	d := parseDoc(t, "disagree", gkDoc(f...)...)
	wantRows(t, "capaian", factRows["capaian"](d), gkWant[1:])
	found := false
	for _, fd := range d.Findings {
		found = found || strings.Contains(fd.Pesan, "katalog gettext")
	}
	if !found {
		t.Errorf("no finding for the refused message")
	}
}

// TestPoNone: a web shop's catalogue (prices and targets of delivery in
// its strings) and an election app's menus give no capaian.
func TestPoNone(t *testing.T) {
	cases := map[string][]string{
		"a web shop": gkDoc(`msgid ""`, `msgstr ""`, `"Language: en\n"`, "",
			"#: shop/cart.php:12", `msgid "Kopi Flores 250 g - harga Rp 85.000 - target kirim 2 hari - realisasi 3 hari"`, `msgstr "Flores coffee 250 g - price Rp 85,000"`, "",
			`msgctxt "produk7.target"`, `msgid "120"`, `msgstr "120"`, "",
			`msgctxt "produk7.nama"`, `msgid "Gula Aren"`, `msgstr "Palm sugar"`, ""),
		"an election app's menus": gkDoc("#: menu.js:4", `msgid "Target"`, `msgstr "Target"`, "",
			"#: menu.js:5", `msgid "Realisasi"`, `msgstr "Realization"`, "",
			"#: menu.js:6", `msgid "Capaian (%)"`, `msgstr "Achievement (%)"`, "",
			`msgctxt "tps.target"`, `msgid "Target partisipasi"`, `msgstr "Turnout target"`, ""),
	}
	for name, body := range cases {
		d := parseDoc(t, name, body...)
		if rows := factRows["capaian"](d); len(rows) > 0 {
			t.Errorf("%s: got capaian rows %v", name, rows)
		}
	}
}
