package parse

import "testing"

// TestListTablesClass: a table written as a list of lists (a reST
// list-table, a YAML sequence of sequences, a Markdown list whose items
// open with a sub-item, a nested list whose top item is the first cell)
// is read as a TAB table under its title, columns by meaning; a list of
// a software's options or of meeting notes gives nothing.
func TestListTablesClass(t *testing.T) {
	const a, b = "Persentase Partisipasi Pemilih dalam Pemilu", "Persentase Pemutakhiran Data Pemilih Tepat Waktu"
	both := map[string][]string{"capaian": {a + "|80|76.61|95.76", b + "|100|100|100"}}
	fams := []string{"capaian", "anggaran", "dpt"}
	checkDocs(t, fams, []docCase{{
		name: "reST list-table, a wrapped indicator, bold header, no number column",
		body: []string{"B. Capaian Kinerja", "", ".. list-table:: Tabel 3.1 Pengukuran Kinerja Tahun 2024", "   :widths: 50 15 15 20",
			"   :header-rows: 1", "", "   * - **Indikator Kinerja**", "     - **Target**", "     - **Realisasi**", "     - **Capaian (%)**",
			"   * - Persentase Partisipasi Pemilih", "       dalam Pemilu", "     - 80,00", "     - 76,61", "     - 95,76",
			"   * - " + b, "     - 100,00", "     - 100,00", "     - 100,00", "", "Sumber: Subbagian Perencanaan."},
		want: both,
	}, {
		name: "reST list-table of two header rows, dashes for bullets, an empty cell",
		body: []string{".. list-table:: Tabel 3.2 Capaian Indikator Kinerja Utama 2024", "    :header-rows: 2", "    :class: longtable", "",
			"    - - No", "      - Indikator", "      - Satuan", "      - Tahun 2024", "      - Tahun 2024", "      - Tahun 2024",
			"    - -", "      -", "      -", "      - Target", "      - Realisasi", "      - Capaian (%)",
			"    - - 1", "      - " + a, "      - %", "      - 80,00", "      - 76,61", "      - 95,76",
			"    - - 2", "      - " + b, "      - %", "      - 100,00", "      - 100,00", "      - 100,00"},
		want: both,
	}, {
		name: "YAML sequence of sequences under a comment, quoted values",
		body: []string{"Capaian sasaran strategis tahun 2024 disajikan berikut.", "", "# Tabel 3.1 Capaian Kinerja 2024",
			"- - Indikator Kinerja", "  - Target", "  - Realisasi", "  - Capaian",
			"- - \"" + a + "\"", "  - \"80,00\"", "  - '76,61'", "  - \"95,76\"",
			"- - \"" + b + "\"", "  - \"100,00\"", "  - \"100,00\"", "  - \"100,00\""},
		want: both,
	}, {
		name: "Markdown nested list, the top item the indicator, a blank line between rows",
		body: []string{"## Tabel 3.1 Pengukuran Kinerja Tahun 2024", "", "* Indikator Kinerja", "    * Target", "    * Realisasi", "    * Capaian (%)", "",
			"* " + a, "    * 80,00", "    * 76,61", "    * 95,76", "", "* " + b, "    * 100,00", "    * 100,00", "    * 100,00"},
		want: both,
	}, {
		name: "AsciiDoc table, one cell a line (pipes_asciidoc.go, the same class)",
		body: []string{".Tabel 3.1 Capaian Kinerja Tahun 2024", `[cols="4,1,1,1",options="header"]`, "|===", "|Indikator Kinerja", "|Target", "|Realisasi", "|Capaian (%)", "",
			"|" + a, "|80,00", "|76,61", "|95,76", "", "|" + b, "|100,00", "|100,00", "|100,00", "|==="},
		want: both,
	}, {
		name: "look-alike: a reST list-table of a software's options",
		body: []string{".. list-table:: Opsi konfigurasi", "   :header-rows: 1", "", "   * - Opsi", "     - Bawaan", "     - Keterangan",
			"   * - max_connections", "     - 100", "     - jumlah koneksi 100 dari target 80", "   * - timeout", "     - 30", "     - detik, realisasi 25"},
	}, {
		name: "look-alike: nested meeting notes with numbers",
		body: []string{"Catatan Rapat Pleno", "", "- Rapat 1 tanggal 12 Maret", "  - hadir 12 orang", "  - target 80 persen",
			"  - realisasi 76 persen", "- Rapat 2 tanggal 20 April", "  - hadir 10 orang", "  - target 100", "  - realisasi 100"},
	}})
}
