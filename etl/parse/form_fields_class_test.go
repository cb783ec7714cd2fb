package parse

import (
	"strings"
	"testing"
)

// formDump writes pdftk's dump of a form's fields: one "---" block a
// field, name and value in the order given (name, value, name, value, …).
func formDump(kind string, nv ...string) []string {
	var out []string
	for i := 0; i+1 < len(nv); i += 2 {
		out = append(out, "---", "FieldType: "+kind, "FieldName: "+nv[i], "FieldFlags: 0", "FieldValue: "+nv[i+1], "FieldJustification: Right")
	}
	return out
}

// formRows writes the fields of numbered rows: prefix(n) names row n's
// fields, cols their columns, vals the rows' values.
func formRows(prefix func(int) string, cols []string, vals ...[]string) []string {
	var nv []string
	for r, row := range vals {
		for c, v := range row {
			nv = append(nv, prefix(r+1)+cols[c], v)
		}
	}
	return formDump("Text", nv...)
}

// TestFormFields: a DPT recap typed into a fillable PDF form and dumped
// field by field is read as the table the form prints: the row in each
// field name's numbered prefix, the column after it, the total's prefix
// the total row; the title, a check box and a date are no row.
func TestFormFields(t *testing.T) {
	kec := func(n int) string { return "kec" + string(rune('0'+n/10)) + string(rune('0'+n%10)) + "_" }
	var pdftk []string
	pdftk = append(pdftk, "Tabel 3.4 Rekapitulasi DPT Pemilihan 2024 per Kecamatan", "", "Isian formulir rekap DPT:", "")
	pdftk = append(pdftk, formDump("Text", "judul", "REKAP DPT PEMILIHAN 2024")...)
	pdftk = append(pdftk, formRows(kec, []string{"nama", "desa", "tps", "l", "p", "jml"},
		[]string{"KOTA KOMBA", "22", "51", "8120", "8342", "16462"},
		[]string{"ELAR", "13", "30", "4410", "4502", "8912"},
		[]string{"SAMBI RAMPAS", "16", "41", "6005", "6120", "12125"})...)
	pdftk = append(pdftk, formDump("Text", "tot_desa", "51", "tot_tps", "122", "tot_l", "18535", "tot_p", "18964", "tot_jml", "37499")...)
	pdftk = append(pdftk, "---", "FieldType: Button", "FieldName: chk_setuju", "FieldFlags: 0", "FieldValue: Off", "FieldStateOption: Off", "FieldStateOption: Yes",
		"---", "FieldType: Text", "FieldName: tanggal", "FieldValue: 20 Agustus 2024", "", "Sumber: KPU Kabupaten.")

	row := func(n int) string { return "row" + string(rune('0'+n)) + "_" }
	var rowLaki []string
	rowLaki = append(rowLaki, "Tabel 3.5 DPT Pemilu 2019 per Kecamatan", "")
	rowLaki = append(rowLaki, formRows(row, []string{"kecamatan", "tps", "laki", "perempuan", "jumlah"},
		[]string{"Waingapu", "88", "21.306", "21.950", "43.256"},
		[]string{"Kambera", "70", "17.001", "17.440", "34.441"})...)
	rowLaki = append(rowLaki, formDump("Text", "total_tps", "158", "total_laki", "38.307", "total_perempuan", "39.390", "total_jumlah", "77.697")...)
	rowLaki = append(rowLaki, "", "Sumber: PPK.")

	baris := func(n int) string { return "baris." + string(rune('0'+n)) + "." }
	var dotted []string
	dotted = append(dotted, "Tabel 3.4 DPT Pilkada 2020 per Kecamatan", "")
	dotted = append(dotted, formRows(baris, []string{"kecamatan", "l", "p", "jml"},
		[]string{"Nangapanda", "9250", "9711", "18961"},
		[]string{"Ndona", "5120", "5333", "10453"},
		[]string{"Wewaria", "6502", "6730", "13232"})...)
	dotted = append(dotted, "", "Sumber: KPU.")

	checkDocs(t, []string{"dpt"}, []docCase{{
		name: "pdftk dump, kecNN_ prefixes, tot_ the total, bare integers",
		body: pdftk,
		want: map[string][]string{"dpt": {"pilkada|2024|kecamatan|KOTA KOMBA|22|51|8120|8342|16462",
			"pilkada|2024|kecamatan|ELAR|13|30|4410|4502|8912",
			"pilkada|2024|kecamatan|SAMBI RAMPAS|16|41|6005|6120|12125",
			"pilkada|2024|kabupaten|Kabupaten Sikka|51|122|18535|18964|37499"}},
	}, {
		name: "rowN_ prefixes, words for the columns, total_ the total, grouped digits",
		body: rowLaki,
		want: map[string][]string{"dpt": {"pemilu|2019|kecamatan|WAINGAPU|<nil>|88|21306|21950|43256",
			"pemilu|2019|kecamatan|KAMBERA|<nil>|70|17001|17440|34441",
			"pemilu|2019|kabupaten|Kabupaten Sikka|<nil>|158|38307|39390|77697"}},
	}, {
		name: "dotted names baris.N.col, no total field",
		body: dotted,
		want: map[string][]string{"dpt": {"pilkada|2020|kecamatan|NANGAPANDA|<nil>|<nil>|9250|9711|18961",
			"pilkada|2020|kecamatan|NDONA|<nil>|<nil>|5120|5333|10453",
			"pilkada|2020|kecamatan|WEWARIA|<nil>|<nil>|6502|6730|13232"}},
	}})
}

// TestFormFieldsUnproven: rows numbered out of order, or a total of a
// column no row fills, leave the dump unread, reported.
func TestFormFieldsUnproven(t *testing.T) {
	gap := []string{"Tabel 3.4 DPT Pemilu 2024", ""}
	gap = append(gap, formDump("Text", "kec01_nama", "A", "kec01_l", "10", "kec01_p", "12", "kec01_jml", "22",
		"kec03_nama", "B", "kec03_l", "20", "kec03_p", "21", "kec03_jml", "41")...)
	extraCol := []string{"Tabel 3.4 DPT Pemilu 2024", ""}
	extraCol = append(extraCol, formDump("Text", "kec01_nama", "A", "kec01_l", "10", "kec01_p", "12",
		"kec02_nama", "B", "kec02_l", "20", "kec02_p", "21", "tot_l", "30", "tot_p", "33", "tot_jml", "63")...)
	checkUnproven(t, map[string][]string{"rows out of order": gap, "a total of another column": extraCol})
}

// TestFormFieldsLines: the rewrite keeps every line where it was; a dump
// without numbered rows comes back as written.
func TestFormFieldsLines(t *testing.T) {
	in := strings.Join(append(append([]string{"x"}, formDump("Text", "r1_a", "1", "r1_b", "2", "r2_a", "3", "r2_b", "4")...), "y"), "\n")
	out := string(formFields(nil, []byte(in)))
	if strings.Count(out, "\n") != strings.Count(in, "\n") || !strings.Contains(out, "x\na\tb\n1\t2\n3\t4\n") {
		t.Errorf("rewrite:\n%q", out)
	}
	plain := strings.Join(formDump("Text", "nama", "Budi", "tanggal", "1 Mei 2024"), "\n")
	if out := string(formFields(nil, []byte(plain))); out != plain {
		t.Errorf("dump without rows rewritten:\n%q", out)
	}
}
