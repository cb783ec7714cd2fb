package parse

import "testing"

// TestConfluenceTables: Confluence wiki-markup tables left in a text (a
// report kept as a Confluence page's source) are read as TAB tables: "||"
// parts the header cells and "|" the body cells, bold stars and "h4."
// heading prefixes dropped; a row of another width leaves the table
// unread.
func TestConfluenceTables(t *testing.T) {
	checkDocs(t, []string{"anggaran", "dpt"}, []docCase{{
		name: "budget under an h4 caption, a bold total with an empty code cell",
		body: []string{"h3. C. Realisasi Anggaran", "", "h4. Tabel 3.3 Realisasi Anggaran Tahun 2024", "",
			"||Kode||Program / Kegiatan||Pagu||Realisasi||",
			"|076.01.WA|Program Dukungan Manajemen|2.000.000.000|1.900.000.000|",
			"| 3355 | Pengelolaan Keuangan | 2.000.000.000 | 1.900.000.000 |",
			"| |*JUMLAH*|*2.000.000.000*|*1.900.000.000*|"},
		want: map[string][]string{"anggaran": {"076.01.WA|program||2024|2000000000|1900000000|100000000",
			"3355|kegiatan|076.01.WA|2024|2000000000|1900000000|100000000", "TOTAL|total||2024|2000000000|1900000000|100000000"}},
	}, {
		name: "DPT per kecamatan with an info macro above, total row",
		body: []string{"{info}DPT Pemilu 2024 hasil rapat pleno terbuka.{info}", "", "h4. Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
			"||No||Kecamatan||L||P||L+P||", "|1|Paga|4.081|4.005|8.086|", "|2|Mego|3.853|3.821|7.674|", "| |JUMLAH|7.934|7.826|15.760|"},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|PAGA|<nil>|<nil>|4081|4005|8086",
			"pemilu|2024|kecamatan|MEGO|<nil>|<nil>|3853|3821|7674", "pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|7934|7826|15760"}},
	}, {
		name: "a row split by a link's bar: the table is not rebuilt",
		body: []string{"h4. Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
			"||No||Kecamatan||L||P||L+P||", "|1|[Paga|http://x]|4.081|4.005|8.086|", "|2|Mego|3.853|3.821|7.674|"},
	}})
}

// TestConfluenceTablesUnchanged: text with no Confluence header line comes
// back as it is (the same slice), and Markdown pipe rows are no body rows
// of a table that has no "||" header.
func TestConfluenceTablesUnchanged(t *testing.T) {
	for _, s := range []string{"", "| a | b |\n|---|---|\n| 1 | 2 |", "teks biasa || bukan tabel", "|| a | b |\n| 1 | 2 |"} {
		if got := confluenceTables(nil, []byte(s)); string(got) != s {
			t.Errorf("confluenceTables(%q) = %q, want it unchanged", s, got)
		}
	}
}

// TestConfluenceUnproven: a table the Confluence reader leaves unread (a
// link's bar splits a row) is reported, not dropped.
func TestConfluenceUnproven(t *testing.T) {
	d := parseDoc(t, "confluence unproven", "h4. Tabel 3.4 Rekapitulasi DPT Pemilu 2024 per Kecamatan", "",
		"||No||Kecamatan||L||P||L+P||", "|1|[Paga|http://x]|4.081|4.005|8.086|", "|2|Mego|3.853|3.821|7.674|")
	if len(d.DPT) != 0 {
		t.Errorf("%d DPT rows from an unproven table", len(d.DPT))
	}
	for _, f := range d.Findings {
		if f.Aturan == "tabel.tidak_dikenali" {
			return
		}
	}
	t.Errorf("no tabel.tidak_dikenali for the unproven table: %+v", d.Findings)
}
