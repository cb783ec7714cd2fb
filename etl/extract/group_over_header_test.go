package extract

import "testing"

// TestGroupOverHeader: a group label typed as a TAB row right over the
// header row is a text line, so the header heads the table; a first row
// that is itself a header row, a label over rows that are no header, or a
// two-level header's upper row (empty cells) stay as they were.
func TestGroupOverHeader(t *testing.T) {
	cases := []struct {
		name, text, header string
	}{
		{"a goal's label over a capaian header",
			"Tabel 3.1 Pengukuran Kinerja\n\nSasaran Strategis 1\tMeningkatnya kualitas penyelenggaraan pemilu\n" +
				"Indikator Kinerja\tTarget\tRealisasi\tCapaian\nPersentase partisipasi pemilih\t77,50%\t80,00%\t103,23%\nOpini BPK\tWTP\tWTP\t100%",
			"Indikator Kinerja|Target|Realisasi|Capaian"},
		{"a tracker's status group, one cell",
			"Tabel 3.2 Realisasi Anggaran\n\n▼ SELESAI\t\nKode\tUraian\tPagu\tRealisasi\n" +
				"3357\tDukungan Operasional\t5.000.000.000\t4.900.000.000\n3358\tPengelolaan SDM\t1.000.000.000\t990.000.000",
			"Kode|Uraian|Pagu|Realisasi"},
		{"a first row that is a header's upper row stays",
			"Tabel 2.5 DPT\n\nKecamatan\tJumlah Pemilih\nNo\tKecamatan\tL\tP\tL+P\n1\tKALABAHI\t9.100\t9.450\t18.550\n2\tALOR\t5.002\t5.230\t10.232",
			"Kecamatan|Jumlah Pemilih / No|Kecamatan|L|P|L+P"},
		{"a label over figures, no header under it, stays",
			"Tabel 2.6 DPT\n\nKabupaten Alor\tPemilu 2019\n1\tKALABAHI\t9.100\t9.450\t18.550\n2\tALOR\t5.002\t5.230\t10.232",
			"Kabupaten Alor|Pemilu 2019"},
	}
	for _, c := range cases {
		tbl, _ := lastTable(t, c.text)
		if got := headerText(tbl); got != c.header {
			t.Errorf("%s: header %q, want %q", c.name, got, c.header)
		}
	}
}
