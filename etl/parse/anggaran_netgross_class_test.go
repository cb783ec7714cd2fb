package parse

import "testing"

// TestAnggaranNetOverGross: a budget table printing the gross realisation,
// the spending returned and the net realisation loads the net one (its
// sisa and serapan are the table's); the gross column is no second
// realisasi to refuse the table over (made-up figures).
func TestAnggaranNetOverGross(t *testing.T) {
	const capt = "Tabel 3.3 Realisasi Anggaran Tahun 2022"
	tests := []struct {
		name string
		rows []string
		want []string
	}{
		{"Bruto, Pengembalian, Neto", []string{capt, "",
			"Kode\tProgram / Kegiatan\tPagu\tRealisasi Bruto\tPengembalian Belanja\tRealisasi Neto\tSisa\tSerapan (%)",
			"076.01.WA\tProgram Dukungan Manajemen\t2.000.000.000\t1.910.000.000\t10.000.000\t1.900.000.000\t100.000.000\t95,00",
			"3358\tPengelolaan Sumber Daya Manusia\t400.000.000\t392.000.000\t2.000.000\t390.000.000\t10.000.000\t97,50",
			"\tJUMLAH\t2.000.000.000\t1.910.000.000\t10.000.000\t1.900.000.000\t100.000.000\t95,00"},
			[]string{"2022 076.01.WA< 2000000000/1900000000/100000000 95", "2022 3358<076.01.WA 400000000/390000000/10000000 97.5",
				"2022 TOTAL< 2000000000/1900000000/100000000 95"}},
		{"gross and bersih, no returned column, net first", []string{capt, "",
			"Kode\tUraian\tPagu (Rp)\tRealisasi Bersih (Rp)\tRealisasi Gross (Rp)\tSisa (Rp)\t%",
			"076.01.CQ\tProgram Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi\t5.000.000.000\t4.600.000.000\t4.625.000.000\t400.000.000\t92,00",
			"\tTotal\t5.000.000.000\t4.600.000.000\t4.625.000.000\t400.000.000\t92,00"},
			[]string{"2022 076.01.CQ< 5000000000/4600000000/400000000 92", "2022 TOTAL< 5000000000/4600000000/400000000 92"}},
		{"before and after the returns", []string{capt, "",
			"No\tProgram\tAnggaran\tRealisasi Sebelum Pengembalian\tPengembalian\tRealisasi Setelah Pengembalian\tSisa Anggaran",
			"1\tProgram Dukungan Manajemen\t1.500.000.000\t1.460.000.000\t5.000.000\t1.455.000.000\t45.000.000",
			"\tJumlah\t1.500.000.000\t1.460.000.000\t5.000.000\t1.455.000.000\t45.000.000"},
			[]string{"2022 076.01.WA< 1500000000/1455000000/45000000 -", "2022 TOTAL< 1500000000/1455000000/45000000 -"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, tc.rows...)
			var got []string
			for _, a := range d.Anggaran {
				got = append(got, angRow(a))
			}
			wantRows(t, "anggaran", got, tc.want)
		})
	}
}
