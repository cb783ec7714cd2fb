package parse

import "testing"

// TestHTMLTables: HTML tables left in a text, one row a line, are read as
// TAB tables: a label spanning the leading columns (colspan) stands in the
// label column; a table with a cell spanning rows is not rebuilt.
func TestHTMLTables(t *testing.T) {
	checkDocs(t, []string{"anggaran", "dpt"}, []docCase{{
		name: "budget with a colspan total",
		body: []string{"Tabel 3.2 Realisasi Anggaran Tahun 2024", `<table class="x">`,
			"<tr><th>Kode</th><th>Program/Kegiatan</th><th>Pagu (Rp)</th><th>Realisasi (Rp)</th></tr>",
			"<tr><td>076.01.WA</td><td>Program Dukungan Manajemen</td><td>2.000.000.000</td><td>1.900.000.000</td></tr>",
			"<tr><td>3355</td><td>Pengelolaan Keuangan &amp; BMN</td><td>2.000.000.000</td><td>1.900.000.000</td></tr>",
			`<tr><td colspan="2"><b>Jumlah</b></td><td>2.000.000.000</td><td>1.900.000.000</td></tr>`, "</table>"},
		want: map[string][]string{"anggaran": {"076.01.WA|program||2024|2000000000|1900000000|100000000",
			"3355|kegiatan|076.01.WA|2024|2000000000|1900000000|100000000", "TOTAL|total||2024|2000000000|1900000000|100000000"}},
	}, {
		name: "DPT with the kabupaten row spanning No and Kecamatan",
		body: []string{"Tabel 3.3 DPT Pemilu Tahun 2024 per Kecamatan", "<table>",
			"<tr><th>No</th><th>Kecamatan</th><th>L</th><th>P</th><th>L+P</th></tr>",
			"<tr><td>1</td><td>Paga</td><td>4.081</td><td>4.005</td><td>8.086</td></tr>",
			"<tr><td>2</td><td>Mego</td><td>3.853</td><td>3.821</td><td>7.674</td></tr>",
			`<tr><td colspan="2">Kabupaten Sikka</td><td>7.934</td><td>7.826</td><td>15.760</td></tr>`, "</table>"},
		want: map[string][]string{"dpt": {"pemilu|2024|kecamatan|PAGA|<nil>|<nil>|4081|4005|8086",
			"pemilu|2024|kecamatan|MEGO|<nil>|<nil>|3853|3821|7674", "pemilu|2024|kabupaten|Kabupaten Sikka|<nil>|<nil>|7934|7826|15760"}},
	}, {
		name: "a cell spanning rows: not rebuilt",
		body: []string{"Tabel 3.3 DPT Pemilu Tahun 2024 per Kecamatan", "<table>",
			"<tr><th>Kecamatan</th><th>Jenis</th><th>Jumlah</th></tr>",
			`<tr><td rowspan="2">Paga</td><td>L</td><td>4.081</td></tr>`, "<tr><td>P</td><td>4.005</td></tr>", "</table>"},
	}})
}
