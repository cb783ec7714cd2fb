package extract

import "testing"

// TestColumnTables: a table read column after column (the column's header,
// then its cells, then the next column) is rebuilt when one cut into
// columns of one length exists and its arithmetic proves the rows; else it
// is reported whole.
func TestColumnTables(t *testing.T) {
	capaian := func(capLast string) []string {
		return []string{"Tabel 1 Capaian Kinerja", "",
			"No", "1", "2",
			"Indikator Kinerja", "Persentase partisipasi pemilih", "Persentase pelanggaran kode etik",
			"Target (%)", "75,00", "5,00",
			"Realisasi (%)", "81,00", "1,00",
			"Capaian", "(%)", "108,00", capLast}
	}
	tests := []struct {
		name string
		text []string
		want []tbl
	}{
		{
			name: "capaian proven by the ratio, lower-is-better too; a unit line under its column word",
			text: capaian("180,00"),
			want: []tbl{{header: []string{"No", "Indikator Kinerja", "Target (%)", "Realisasi (%)", "Capaian (%)"},
				rows: [][]string{{"1", "Persentase partisipasi pemilih", "75,00", "81,00", "108,00"},
					{"2", "Persentase pelanggaran kode etik", "5,00", "1,00", "180,00"}}, start: 3, end: 5}},
		},
		{
			name: "a capaian the ratio does not give: reported",
			text: capaian("120,00"),
			want: []tbl{{rows: [][]string{{"No"}, {"1"}, {"2"}, {"Indikator Kinerja"}, {"Persentase partisipasi pemilih"},
				{"Persentase pelanggaran kode etik"}, {"Target (%)"}, {"75,00"}, {"5,00"}, {"Realisasi (%)"}, {"81,00"}, {"1,00"},
				{"Capaian"}, {"(%)"}, {"108,00"}, {"120,00"}}, start: 3, end: 18, unproven: true}},
		},
		{
			name: "DPT: a Jumlah cell closes the label column (a column word itself), L + P and the sums prove it",
			text: []string{"Kecamatan", "Riung", "Soa", "Jumlah", "TPS", "10", "12", "22",
				"L", "1.000", "900", "1.900", "P", "1.100", "950", "2.050", "L+P", "2.100", "1.850", "3.950"},
			want: []tbl{{header: []string{"Kecamatan", "TPS", "L", "P", "L+P"},
				rows: [][]string{{"Riung", "10", "1.000", "1.100", "2.100"}, {"Soa", "12", "900", "950", "1.850"},
					{"Jumlah", "22", "1.900", "2.050", "3.950"}}, start: 1, end: 4}},
		},
		{
			name: "a column word over two lines (Jumlah / Pemilih) after a label column closed by Jumlah",
			text: []string{"Kecamatan", "Riung", "Soa", "Jumlah", "L", "1.000", "900", "1.900", "P", "1.100", "950", "2.050",
				"Jumlah", "Pemilih", "2.100", "1.850", "3.950"},
			want: []tbl{{header: []string{"Kecamatan", "L", "P", "Jumlah Pemilih"},
				rows: [][]string{{"Riung", "1.000", "1.100", "2.100"}, {"Soa", "900", "950", "1.850"},
					{"Jumlah", "1.900", "2.050", "3.950"}}, start: 1, end: 4}},
		},
		{
			name: "budget: the Kode column has no cell for the total row",
			text: []string{"Kode", "WA", "3357", "Uraian", "Program Dukungan", "Pengelolaan Umum", "Jumlah",
				"Pagu", "500.000", "200.000", "500.000", "Realisasi", "480.000", "190.000", "480.000",
				"Sisa", "20.000", "10.000", "20.000"},
			want: []tbl{{header: []string{"Kode", "Uraian", "Pagu", "Realisasi", "Sisa"},
				rows: [][]string{{"WA", "Program Dukungan", "500.000", "480.000", "20.000"},
					{"3357", "Pengelolaan Umum", "200.000", "190.000", "10.000"}, {"", "Jumlah", "500.000", "480.000", "20.000"}},
				start: 1, end: 4}},
		},
		{
			name: "codes that would stand one row off (a program row with a kegiatan code): reported",
			text: []string{"Kode", "3357", "3358", "Uraian", "Program Dukungan", "Pengelolaan Umum", "Jumlah",
				"Pagu", "500.000", "200.000", "500.000", "Realisasi", "480.000", "190.000", "480.000",
				"Sisa", "20.000", "10.000", "20.000"},
			want: []tbl{{rows: [][]string{{"Kode"}, {"3357"}, {"3358"}, {"Uraian"}, {"Program Dukungan"}, {"Pengelolaan Umum"},
				{"Jumlah"}, {"Pagu"}, {"500.000"}, {"200.000"}, {"500.000"}, {"Realisasi"}, {"480.000"}, {"190.000"}, {"480.000"},
				{"Sisa"}, {"20.000"}, {"10.000"}, {"20.000"}}, start: 1, end: 19, unproven: true}},
		},
		{
			name: "an indicator wrapped over two lines makes its column one too long: reported",
			text: []string{"No", "1", "2", "Indikator Kinerja", "Persentase partisipasi", "pemilih", "Opini BPK",
				"Target", "75,00", "80,00", "Realisasi", "81,00", "84,00", "Capaian", "108,00", "105,00"},
			want: []tbl{{rows: [][]string{{"No"}, {"1"}, {"2"}, {"Indikator Kinerja"}, {"Persentase partisipasi"}, {"pemilih"},
				{"Opini BPK"}, {"Target"}, {"75,00"}, {"80,00"}, {"Realisasi"}, {"81,00"}, {"84,00"}, {"Capaian"}, {"108,00"},
				{"105,00"}}, start: 1, end: 16, unproven: true}},
		},
		{
			name: "no check relates the columns (no capaian, no total): reported",
			text: []string{"No", "1", "2", "Indikator Kinerja", "Partisipasi pemilih", "Opini BPK",
				"Target", "75,00", "80,00", "Realisasi", "81,00", "84,00"},
			want: []tbl{{rows: [][]string{{"No"}, {"1"}, {"2"}, {"Indikator Kinerja"}, {"Partisipasi pemilih"}, {"Opini BPK"},
				{"Target"}, {"75,00"}, {"80,00"}, {"Realisasi"}, {"81,00"}, {"84,00"}}, start: 1, end: 12, unproven: true}},
		},
	}
	for _, tc := range tests {
		checkFlatTables(t, tc.name, tc.text, tc.want)
	}
}
