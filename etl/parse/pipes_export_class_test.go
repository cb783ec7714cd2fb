package parse

import (
	"strings"
	"testing"
)

// FuzzExportTables: whatever the text, the export readers never panic and
// never move a line.
func FuzzExportTables(f *testing.F) {
	for _, s := range []string{
		"```json\n{\"tabel\": \"T\", \"baris\": [\n{\"a\": \"1\", \"b\": 2.5},\n{\"b\": null, \"a\": \"x\"}\n]}\n```",
		"[[\"a\", \"b\"], [1, 2]]\n{\"a\": 1, \"b\": 2}\n{\"a\": 3, \"b\": 4}",
		"{\"x\": [\n{\"a\": 1, \"b\": 2}\n],\n\"y\": [\n{\"c\": 1, \"d\": 2},\n{\"e\": 1}\n]}",
		"Tabel: T. 2 baris, 2 kolom.\nBaris 1. A: 1; B: kosong.\nBaris 2. A: 2; B: 3.\nAkhir tabel.",
		"Row 1. A: 1, B: 2,5\n\nRow 2. A: 3, B: 4\nTingkat judul 1: X",
		"[Baris 1]\na = 1\nb: 2\n\n[Baris 2]\na = 3\nb: 4\n\n[Jumlah]\nb = 6",
		"<?xml version=\"1.0\"?>\n<t judul=\"T\">\n<r a=\"1\" b=\"2\"/>\n<jumlah b=\"2\"/>\n</t>",
		"<r><k>1</k><v>x</v></r>\n<r><k>2</k><v>y</v></r>",
		"<l>\n<x><r><k>1</k><v>2</v></r></x>\n<y><r><c>1</c><d>2</d></r>\n<r><e>1</e><d>2</d></r></y>\n</l>",
		"<w>\n<q c=\"1\"><d e=\"2\"/></q>\n</w>",
		"<t>\n<kolom><n>No</n><n>A</n></kolom>\n<baris><s>1</s><s>x</s></baris>\n</t>",
		"<p k=\"1\"><q e=\"2\" f=\"3\">teks</q></p>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var miss [][2]int
		out := string(exportTables([]byte(s), nil))
		again := string(iniTables(readerTables(jsonTables(xmlTables([]byte(s), &miss), &miss), &miss), &miss))
		if strings.Count(out, "\n") != strings.Count(s, "\n") || again != out {
			t.Errorf("lines moved or runs differ:\n%q\n%q\n%q", s, out, again)
		}
		for _, sp := range miss {
			if sp[0] < 1 || sp[1] < sp[0] || sp[1] > strings.Count(s, "\n")+1 {
				t.Errorf("span %v outside the text %q", sp, s)
			}
		}
	})
}
