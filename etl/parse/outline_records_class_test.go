package parse

import (
	"strings"
	"testing"
)

// outlineDoc writes the records of screenRecs as an outline: each topic
// at indent, its leaves one step deeper, keys the leaves' names (the
// capaian leaf left out when keys has three).
func outlineDoc(head []string, indent, step, bullet string, keys []string, tail []string) []string {
	out := append([]string{"Tabel 3.1 Pengukuran Kinerja Tahun 2024", ""}, head...)
	for _, r := range screenRecs {
		out = append(out, indent+bullet+strings.Join(r.name, " "))
		vals := []string{r.unit, r.tgt, r.real, r.cap + "%"}
		for k, key := range keys {
			out = append(out, indent+step+bullet+key+": "+vals[k])
		}
	}
	return append(append(out, tail...), "", "Sumber: Subbagian Program dan Data.", "")
}

// TestOutlineRecords: a mind map's or an outliner's text export, one topic
// an indicator and its fields as leaves, gives a capaian row a topic; a
// branch holding a topic of other leaves, and an outline of no capaian,
// give none.
func TestOutlineRecords(t *testing.T) {
	keys := []string{"Satuan", "Target", "Realisasi", "Capaian"}
	xmind := outlineDoc([]string{"[ekspor teks peta pikiran IKU_2024.xmind]", "", "Capaian Kinerja KPU Kabupaten Sikka 2024",
		"    Indikator Kinerja Utama"}, "        ", "    ", "", keys,
		[]string{"    Catatan", "        Capaian dihitung realisasi dibagi target"})
	freemind := outlineDoc([]string{"+ PK 2024", "  + Sasaran Strategis"}, "    ", "  ", "+ ",
		[]string{"Satuan", "Target 2024", "Realisasi 2024", "Capaian"}, nil)
	markdown := outlineDoc(nil, "", "    ", "- ", keys[:3], nil)
	noCapRows := make([]string, len(screenRows))
	for k, r := range screenRows {
		noCapRows[k] = r[:strings.LastIndexByte(r, '|')] + "|<nil>"
	}
	gap := append([]string{}, xmind...) // the second topic without its realisasi
	for k, l := range gap {
		if strings.Contains(l, "Realisasi: 95,00") {
			gap = append(gap[:k:k], gap[k+1:]...)
			break
		}
	}
	dpt := []string{"Tabel 3.4 DPT per Kecamatan", "", "DPT Pemilu 2024",
		"    PAGA", "        Laki-laki: 5.714", "        Perempuan: 6.036",
		"    MEGO", "        Laki-laki: 4.120", "        Perempuan: 4.300", ""}
	checkDocs(t, []string{"capaian", "dpt"}, []docCase{
		{"xmind export, four spaces a level", xmind, map[string][]string{"capaian": screenRows}},
		{"freemind's + nodes, years in the keys", freemind, map[string][]string{"capaian": screenRows}},
		{"markdown bullets at the top, no capaian leaf", markdown, map[string][]string{"capaian": noCapRows}},
		{"a topic missing a leaf", gap, nil},
		{"an outline of no capaian", dpt, nil},
	})
}
