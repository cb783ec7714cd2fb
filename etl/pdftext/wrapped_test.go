package pdftext

import "testing"

// TestCutNumber: an amount broken inside because it did not fit its column
// is joined back; whole numbers stacked in one cell and a label before an
// amount stay apart.
func TestCutNumber(t *testing.T) {
	for _, tc := range []struct {
		prev, next string
		want       bool
	}{
		{"1.462.341.00", "0", true},
		{"1.462.341.", "000", true},
		{"1.462.34", "1.000", true},
		{"3.342.418.00", "0,00", true},
		{"1.462.341.00", "0%", true},
		{"2020", "2021", false},           // two years, each whole
		{"1.462.341.000", "1.394", false}, // two whole amounts
		{"95,38", "100", false},
		{"Rp.", "1.462.341.000", false},
		{"1.462.341.00", "orang", false},
		{"1.462.341.00", "00", false}, // joined no better formed
	} {
		if got := cutNumber(tc.prev, tc.next); got != tc.want {
			t.Errorf("cutNumber(%q, %q) = %v, want %v", tc.prev, tc.next, got, tc.want)
		}
	}
}

// TestAmountCutInCell: a bold amount that ReportLab broke inside because
// it was wider than its column ("1.462.341.00" over "0") reads as one
// amount in its row, while two years stacked in a cell keep their space.
func TestAmountCutInCell(t *testing.T) {
	got := setCells(t, []cell{
		{0, 60, "Kode"}, {0, 100, "Program"}, {0, 200, "Pagu"}, {0, 270, "Realisasi"}, {0, 340, "Tahun"},
		{1, 60, "WA"}, {1, 100, "Dukungan"}, {1, 200, "1.462.341.00"}, {1.75, 200, "0"}, {1, 270, "1.394.807.084"}, {1, 340, "2020"}, {1.75, 340, "2021"},
		{2.75, 60, "CQ"}, {2.75, 100, "Pemilu"}, {2.75, 200, "348.260.000"}, {2.75, 270, "305.402.816"}, {2.75, 340, "2022"},
		{3.75, 60, "DP"}, {3.75, 100, "Data"}, {3.75, 200, "699.679.000"}, {3.75, 270, "683.183.304"}, {3.75, 340, "2023"},
	})
	wantLines(t, got, []string{
		"Kode\tProgram\tPagu\tRealisasi\tTahun",
		"WA\tDukungan\t1.462.341.000\t1.394.807.084\t2020 2021",
		"CQ\tPemilu\t348.260.000\t305.402.816\t2022",
		"DP\tData\t699.679.000\t683.183.304\t2023",
	})
}
