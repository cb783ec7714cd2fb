package extract

import "testing"

// TestStructuralHeader: a first line of words over columns of values is
// the header even when its words are not in the vocabulary (made-up
// titles); a first line that is a body row, a line of words over text
// columns, or a short table keeps no header.
func TestStructuralHeader(t *testing.T) {
	rows := "076.01.WA\tProgram Dukungan Manajemen\t2.000.000.000\t1.900.000.000\t100.000.000\t95,00\n" +
		"3355\tPengelolaan Keuangan\t1.200.000.000\t1.080.000.000\t120.000.000\t90,00\n" +
		"\tJUMLAH TOTAL\t2.000.000.000\t1.900.000.000\t100.000.000\t95,00\n"
	cases := []struct {
		name, text, header string
	}{
		{"budget titles the vocabulary lacks", "Kode Output\tUraian\tAlokasi\tPenyerapan\tSisa Dana\tDaya Serap\n" + rows,
			"Kode Output|Uraian|Alokasi|Penyerapan|Sisa Dana|Daya Serap"},
		{"DPT titles in another tongue", "Kecamatan\tMane\tFeto\tHotu\n" +
			"Atambua Barat\t7.120\t7.301\t14.421\nAtambua Selatan\t6.004\t6.210\t12.214\nKakuluk Mesak\t5.118\t5.240\t10.358\n",
			"Kecamatan|Mane|Feto|Hotu"},
		{"a body row first: no header", rows + "3360\tOperasional Perkantoran\t800.000.000\t720.000.000\t80.000.000\t90,00\n", ""},
		{"words over words: no header", "Warna\tBentuk\tAsal\nMerah\tBulat\tAtambua\nBiru\tPersegi\tKefa\nHijau\tSegitiga\tKupang\n", ""},
		{"two lines only: no header", "Alokasi\tPenyerapan\tSisa Dana\n2.000.000.000\t1.900.000.000\t100.000.000\n", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b, _ := lastTable(t, "Tabel 1 Contoh\n\n"+tc.text+"\nSumber: catatan kantor.\n")
			if got := headerText(b); got != tc.header {
				t.Errorf("header %q, want %q", got, tc.header)
			}
		})
	}
}
