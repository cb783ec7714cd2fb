package extract

import "testing"

// TestPrintFooter: a report's print footer is told from rows that speak
// of printing or pages.
func TestPrintFooter(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Dicetak oleh: operator_tts Tanggal: 12-01-2021 Halaman 1 dari 3", true},
		{"Printed by: admin Page 2 of 2", true},
		{"Tgl Cetak : 05-01-2022 10:11", true},
		{"Hal. 1/1", true},
		{"Persentase surat suara yang dicetak tepat waktu 100 100", false},
		{"Jumlah halaman laporan 12", false},
	} {
		if got := PrintFooter(tc.text); got != tc.want {
			t.Errorf("PrintFooter(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestKeyValueLine: the lines of a report's header block, not rows.
func TestKeyValueLine(t *testing.T) {
	for _, tc := range []struct {
		cells []string
		want  bool
	}{
		{[]string{"Satuan Kerja", ": (651120) KPU Kabupaten Alor"}, true},
		{[]string{"PERIODE : s.d. DESEMBER 2021"}, true},
		{[]string{"Unit Eselon I", ":", "01 Sekretariat Jenderal"}, true},
		{[]string{"3355", "Penyelenggaraan: tahapan", "1.000.000"}, false},
		{[]string{"Keterangan:"}, false},
	} {
		if got := keyValueLine(tc.cells); got != tc.want {
			t.Errorf("keyValueLine(%q) = %v, want %v", tc.cells, got, tc.want)
		}
	}
}
