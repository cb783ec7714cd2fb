package extract

import (
	"strings"
	"testing"
)

// TestRepeatsHeaderUnits: a table grouping its rows by unit opens each
// group with the header again, the units in its titles' brackets changed.
// That line is the header, never the rest of the row above it; a line that
// only looks like it is kept as a row.
func TestRepeatsHeaderUnits(t *testing.T) {
	header := []rawLine{{cells: []string{"No", "Indikator Kinerja", "Target (%)", "Realisasi (%)", "Capaian (%)"}}}
	tests := []struct {
		cells []string
		want  bool
	}{
		{[]string{"No", "Indikator Kinerja", "Target (%)", "Realisasi (%)", "Capaian (%)"}, true},
		{[]string{"No", "Indikator Kinerja", "Target (predikat)", "Realisasi (predikat)", "Capaian (%)"}, true},
		{[]string{"NO", "INDIKATOR KINERJA", "TARGET (OPINI)", "REALISASI (OPINI)", "CAPAIAN (%)"}, true},
		// a bracket with digits is a value's, not a unit's
		{[]string{"No", "Indikator Kinerja", "Target (2023)", "Realisasi (%)", "Capaian (%)"}, false},
		// another word before the bracket: no copy
		{[]string{"No", "Indikator Kinerja", "Sasaran (%)", "Realisasi (%)", "Capaian (%)"}, false},
		{[]string{"No", "Indikator Kinerja", "Target", "Realisasi (%)", "Capaian (%)"}, false},
		{[]string{"5", "Indikator Kinerja", "Target (%)", "Realisasi (%)", "Capaian (%)"}, false},
	}
	for _, tc := range tests {
		if got := repeatsHeader(tc.cells, header); got != tc.want {
			t.Errorf("repeatsHeader(%q) = %v, want %v", tc.cells, got, tc.want)
		}
	}

	doc := strings.Join([]string{
		"Tabel 3.1 Pengukuran Kinerja Tahun 2023",
		"",
		"No\tIndikator Kinerja\tTarget (%)\tRealisasi (%)\tCapaian (%)",
		"1\tPersentase pegawai yang mengikuti pelatihan\t80,00\t83,57\t104,46",
		"2\tPersentase laporan yang tepat waktu\t100,00\t97,37\t97,37",
		"No\tIndikator Kinerja\tTarget (predikat)\tRealisasi (predikat)\tCapaian (%)",
		"3\tNilai Evaluasi atas Akuntabilitas Kinerja\tB\tBB\t100,00",
		"No\tIndikator Kinerja\tTarget (opini)\tRealisasi (opini)\tCapaian (%)",
		"4\tOpini BPK atas Laporan Keuangan\tWTP\tWTP\t100,00",
		"",
	}, "\n")
	bs, err := Text([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	var rows [][]string
	for _, b := range bs {
		if b.Kind == Table {
			for _, r := range b.Rows {
				rows = append(rows, r.Cells)
			}
		}
	}
	want := []string{
		"1|Persentase pegawai yang mengikuti pelatihan|80,00|83,57|104,46",
		"2|Persentase laporan yang tepat waktu|100,00|97,37|97,37",
		"3|Nilai Evaluasi atas Akuntabilitas Kinerja|B|BB|100,00",
		"4|Opini BPK atas Laporan Keuangan|WTP|WTP|100,00",
	}
	if len(rows) != len(want) {
		t.Fatalf("rows = %q, want %q", rows, want)
	}
	for i, r := range rows {
		if got := strings.Join(r, "|"); got != want[i] {
			t.Errorf("row %d = %q, want %q", i, got, want[i])
		}
	}
}
