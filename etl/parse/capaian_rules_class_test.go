package parse

import "testing"

// TestCapaianDrawnRule: a row that only underlines the header ("--",
// "-----", "=====", "─────") is no indicator: its dashes are not "-"
// placeholders of a row.
func TestCapaianDrawnRule(t *testing.T) {
	const a = "Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya"
	doc := func(rule string) []string {
		return []string{"Tabel 3.1 Capaian Kinerja Tahun 2024", "", "NO\tINDIKATOR KINERJA\tTARGET\tREALISASI\tCAPAIAN %", rule,
			"1\t" + a + "\t80,00\t82,56\t103,20"}
	}
	want := map[string][]string{"capaian": {a + "|80|82.56|103.2"}}
	checkDocs(t, []string{"capaian"}, []docCase{
		{"dashes", doc("--\t----------\t------\t---------\t---------"), want},
		{"equals signs", doc("==\t==========\t======\t=========\t========="), want},
		{"box-drawing lines", doc("──\t──────────\t──────\t─────────\t─────────"), want},
	})
}
