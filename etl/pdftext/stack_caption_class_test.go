package pdftext

import (
	"fmt"
	"strings"
	"testing"
)

// TestCentredCaptionInStack: a table ruled between every row and another
// under it whose first rule is near enough to make one stack of rules
// (LibreOffice's "horizontal borders only"), with a paragraph and a
// caption centred over the table between them. The caption runs over the
// second table's rivers: taken for its first row it joined the name and
// amount columns into one ("Pengelolaan Keuangan 1.018.283 953.436 dan
// BMN"). A caption centred over the table, set apart from the paragraph
// above it, is a line of its own.
func TestCentredCaptionInStack(t *testing.T) {
	var b strings.Builder
	rule := func(y float64) { fmt.Fprintf(&b, "0.6 w 55 %.1f m 360 %.1f l S\n", y, y) }
	put := func(font string, y float64, cells ...any) {
		for k := 0; k+1 < len(cells); k += 2 {
			fmt.Fprintf(&b, "BT /%s 8 Tf %v %.1f Td (%s) Tj ET\n", font, cells[k], y, cells[k+1])
		}
	}
	for _, y := range []float64{712, 700, 688, 676, 612, 598, 575, 552} {
		rule(y)
	}
	put("F1", 703, 60, "No", 100, "Komponen", 270, "Nilai")
	put("F1", 691, 60, "1", 100, "Perencanaan Kinerja", 270, "19,80")
	put("F1", 679, 60, "2", 100, "Pengukuran Kinerja", 270, "20,00")
	// a paragraph at the table's left edge, 60 Courier characters wide
	// (0.6 em each: 288 pt), then a caption of 31 centred under it
	put("F2", 655, 60, "Pagu DIPA Sekretariat Tahun 2024 beserta realisasinya menurut")
	put("F2", 645, 60, "program dan kegiatan disajikan pada tabel berikut (rupiah).")
	put("F2", 616, 60+(288-31*4.8)/2, "Tabel 3 Realisasi Anggaran 2024")
	put("F1", 603, 60, "Kode", 100, "Program dan Kegiatan", 200, "Alokasi", 270, "Realisasi")
	put("F1", 589, 60, "WA", 100, "Program Dukungan", 200, "2.745.629", 270, "2.589.217")
	put("F1", 580, 100, "Manajemen")
	put("F1", 566, 60, "3355", 100, "Pengelolaan Keuangan", 200, "1.018.283", 270, "953.436")
	put("F1", 557, 100, "dan BMN")
	got := nonBlankLines(t, b.String())
	wantLines(t, got, []string{
		"No\tKomponen\tNilai",
		"1\tPerencanaan Kinerja\t19,80",
		"2\tPengukuran Kinerja\t20,00",
		"Pagu DIPA Sekretariat Tahun 2024 beserta realisasinya menurut",
		"program dan kegiatan disajikan pada tabel berikut (rupiah).",
		"Tabel 3 Realisasi Anggaran 2024",
		"Kode\tProgram dan Kegiatan\tAlokasi\tRealisasi",
		"WA\tProgram Dukungan Manajemen\t2.745.629\t2.589.217",
		"3355\tPengelolaan Keuangan dan BMN\t1.018.283\t953.436",
	})
}
