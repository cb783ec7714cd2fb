package extract

import "testing"

// TestHeaderAboveGroup: a two-level header whose upper row came out as a
// line of words one space apart (a PDF's header band) over its lower row of
// sub-columns becomes the header's upper row, one name per column and the
// group's over the first sub-column; a line that does not split into
// exactly those names, or rows that do not fill the lower row, change
// nothing.
func TestHeaderAboveGroup(t *testing.T) {
	cases := []struct {
		name, text, header string
	}{
		{"roll: sexes under Jumlah Pemilih",
			"Tabel 2.5 DPT Pemilu 2019 per Kecamatan\n\nNo Kecamatan Desa TPS Jumlah Pemilih\n\t\t\t\tL\tP\tL+P\n" +
				"1\tKALABAHI\t7\t40\t9.100\t9.450\t18.550\n2\tALOR BARAT DAYA\t12\t31\t5.002\t5.230\t10.232\n\tTotal\t19\t71\t14.102\t14.680\t28.782",
			"No|Kecamatan|Desa|TPS|Jumlah Pemilih / ||||L|P|L+P"},
		{"budget: amounts under Realisasi",
			"Tabel 3.2 Realisasi Anggaran 2022\n\nKode Uraian Pagu Realisasi\n\t\t\tRp\t%\n" +
				"076.01.WA\tProgram Dukungan Manajemen\t8.100.000.000\t7.950.000.000\t98,15\n3357\tDukungan Operasional\t5.000.000.000\t4.900.000.000\t98,00",
			"Kode|Uraian|Pagu|Realisasi / |||Rp|%"},
		{"one name too many: left as it was",
			"Tabel 2.5 DPT Pemilu 2019 per Kecamatan\n\nNo Kecamatan Desa TPS Kelurahan Jumlah Pemilih\n\t\t\t\tL\tP\tL+P\n" +
				"1\tKALABAHI\t7\t40\t9.100\t9.450\t18.550\n2\tALOR BARAT DAYA\t12\t31\t5.002\t5.230\t10.232",
			"||||L|P|L+P"},
	}
	for _, c := range cases {
		tbl, _ := lastTable(t, c.text)
		if got := headerText(tbl); got != c.header {
			t.Errorf("%s: header %q, want %q", c.name, got, c.header)
		}
	}
}
