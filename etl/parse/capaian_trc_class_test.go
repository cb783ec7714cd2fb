package parse

import (
	"strings"
	"testing"
)

// trcTable writes gkInds as a TAB table under header, each row's cells in
// the order given by cols (n: number, i: indicator, s: satuan, t: target,
// r: realisasi, c: capaian).
func trcTable(header, cols string, inds []gkInd) []string {
	out := []string{header}
	for k, in := range inds {
		var cells []string
		for _, c := range cols {
			switch c {
			case 'n':
				cells = append(cells, string(rune('1'+k)))
			case 'i':
				cells = append(cells, in.name)
			case 's':
				cells = append(cells, in.unit)
			case 't':
				cells = append(cells, in.t)
			case 'r':
				cells = append(cells, in.r)
			case 'c':
				cells = append(cells, in.c)
			}
		}
		out = append(out, strings.Join(cells, "\t"))
	}
	return out
}

// TestCapaianNamedByFigures: a performance table whose target, realisasi
// and capaian titles no vocabulary knows ("T | R | C (%)", "Rencana | Hasil
// | Tingkat") is read when its figures name the columns: the capaian is the
// realisasi over the target on every row of figures, and a row of grades
// shows which of the two mirrored readings (c = r/t, t = r/c) is meant.
// Made-up indicators and figures.
func TestCapaianNamedByFigures(t *testing.T) {
	for _, tc := range []struct {
		name string
		body []string
	}{
		{"T R C, the measure titled Ukuran Kinerja", trcTable("No\tUkuran Kinerja\tSat\tT\tR\tC (%)", "nistrc", gkInds)},
		{"capaian first, then plan and result", trcTable("Indikator Kinerja\tTingkat (%)\tRencana\tHasil\tSatuan", "ictrs", gkInds)},
		{"result before plan", trcTable("No.\tIndikator\tHasil\tRencana\tTingkat\tSat.", "nirtcs", gkInds)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, gkDoc(tc.body...)...)
			wantRows(t, "capaian", factRows["capaian"](d), gkWant)
		})
	}
}

// TestCapaianFiguresUnproven: figures that could be read two ways, or that
// are no capaian, name no column and load nothing: a table without a row
// of grades (target and capaian mirror each other), one whose every row
// is 100 (anything fits), and a budget with amounts (the serapan is the
// realisasi over the pagu too, and a row of grades would tell the mirrored
// readings apart).
func TestCapaianFiguresUnproven(t *testing.T) {
	figures := gkInds[:3]
	hundreds := []gkInd{
		{"Persentase Laporan Keuangan yang Disusun Tepat Waktu", "%", "100,00", "100,00", "100,00"},
		{"Persentase Tindak Lanjut Rekomendasi Hasil Pemeriksaan", "%", "100,00", "100,00", "100,00"},
		{"Opini BPK atas Laporan Keuangan", "Opini", "WTP", "WTP", "100,00"},
	}
	budget := []gkInd{
		{"Indikator Dukungan Manajemen", "Rp", "2.000.000", "1.900.000", "95,00"},
		{"Indikator Penyelenggaraan Pemilu", "Rp", "1.500.000", "1.470.000", "98,00"},
		{"Indikator Pemutakhiran Data", "Rp", "800.000", "760.000", "95,00"},
		{"Opini BPK atas Laporan Keuangan", "Opini", "WTP", "WTP", "100,00"},
	}
	for _, tc := range []struct {
		name string
		body []string
	}{
		{"no row of grades", trcTable("No\tUkuran Kinerja\tSat\tT\tR\tC (%)", "nistrc", figures)},
		{"every row 100", trcTable("No\tUkuran Kinerja\tSat\tT\tR\tC (%)", "nistrc", hundreds)},
		{"amounts", trcTable("No\tIndikator\tSat\tA\tB\tC", "nistrc", budget)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseDoc(t, tc.name, gkDoc(tc.body...)...)
			if rows := factRows["capaian"](d); len(rows) > 0 {
				t.Errorf("got capaian rows %q", rows)
			}
		})
	}
}
