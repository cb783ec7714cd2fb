package parse

import "testing"

// TestAlignedCodeLegend: a space-aligned document (no TAB) whose
// measurement table keys its rows by indicator code reads the codes with
// the legend written before it as a space-aligned two-column list ("Kode
// Indikator" over "IKU-01   Persentase …"), its names wrapped or not. A two-column list of words (no code) is no
// legend, and a code no legend explains leaves the table unread.
func TestAlignedCodeLegend(t *testing.T) {
	const (
		a = "Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya"
		b = "Nilai Keterbukaan Informasi Publik"
	)
	measure := func(k1, k2 string) []string {
		return []string{"Tabel 3.1 Pengukuran Kinerja", "",
			"  Kode     Satuan   Target   Realisasi   Capaian (%)",
			"  " + k1 + "   %         85,00       82,61         97,19",
			"  " + k2 + "   Nilai     75,00       80,33        107,11", ""}
	}
	both := map[string][]string{"capaian": {a + "|85|82.61|97.19", b + "|75|80.33|107.11"}}
	checkDocs(t, []string{"capaian"}, []docCase{
		{"legend on one line each", append([]string{"Daftar kode indikator:", "",
			"  Kode     Indikator", "  IKU-01   " + a, "  IKU-02   " + b, ""}, measure("IKU-01", "IKU-02")...), both},
		{"a name wrapped onto its own line", append([]string{"Daftar kode indikator:", "",
			"  Kode     Indikator", "  IKU-01   Persentase kesesuaian Kompetensi Pegawai terhadap", "           standar kompetensi penugasannya",
			"  IKU-02   " + b, ""}, measure("IKU-01", "IKU-02")...), both},
		{"other codes, a wider gap", append([]string{"Daftar kode indikator:", "",
			"  Kode        Indikator Kinerja", "  IKK-01      " + a, "  IKK-02      " + b, ""}, measure("IKK-01", "IKK-02")...), both},
		{"words are no codes", append([]string{"Daftar kode indikator:", "",
			"  Kode     Indikator", "  Satu     " + a, "  Dua      " + b, ""}, measure("IKU-01", "IKU-02")...), nil},
	})
}
