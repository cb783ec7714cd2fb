package parse

import "testing"

// solverDoc sets a solver report's lines under a budget caption, between
// the report's prose.
func solverDoc(report ...string) []string {
	out := []string{"Tabel 3.4 Realisasi Anggaran Tahun 2024", "",
		"[Lampiran: laporan jawaban Solver, disalin]", ""}
	out = append(out, report...)
	return append(out, "", "Sumber: SAKTI, keadaan 31 Desember 2024.", "")
}

// TestSolverBudgetClass: a budget as a solver's answer report: the
// realisasi a cell's value, the pagu its "<=" bound (a constant, or a
// listed Pagu cell), the sisa the slack, proven per row and by the sums.
func TestSolverBudgetClass(t *testing.T) {
	// LibreOffice-like, English, comma thousands, a Binding row with slack
	// 0, the serapan as fractions, a TOTAL, only a constraints section
	english := solverDoc("Solver Answer Report (LibreOffice Calc)", "Constraints",
		"Cell\tName\tCell Value\tFormula\tStatus\tSlack",
		"$C$4\t076.01.WA Program Dukungan Manajemen Realisasi\t1,440,000,000\t$C$4<=1500000000\tNot Binding\t60,000,000",
		"$C$5\t4512 Layanan Keuangan Realisasi\t900,000,000\t$C$5<=900000000\tBinding\t0",
		"$C$6\t4513 Layanan Umum Realisasi\t540,000,000\t$C$6<=600000000\tNot Binding\t60,000,000",
		"$C$7\tTOTAL Realisasi\t1,440,000,000\t$C$7<=1500000000\tNot Binding\t60,000,000",
		"$E$4\t076.01.WA Program Dukungan Manajemen Serapan\t0.9600\t$E$4>=0.9\tNot Binding\t0.0600",
		"$E$5\t4512 Layanan Keuangan Serapan\t1.0000\t$E$5>=0.9\tNot Binding\t0.1000",
		"$E$6\t4513 Layanan Umum Serapan\t0.9000\t$E$6>=0.9\tBinding\t0")
	wantEnglish := []string{
		"076.01.WA|program||2024|1500000000|1440000000|60000000",
		"4512|kegiatan|076.01.WA|2024|900000000|900000000|0",
		"4513|kegiatan|076.01.WA|2024|600000000|540000000|60000000",
		"TOTAL|total||2024|1500000000|1440000000|60000000",
	}
	// Indonesian-localised (Sel, Nama, Nilai Sel, Rumus, Kelonggaran), the
	// serapan rows first, bounds with dots and a zero decimal, no total
	local := func(slack6640 string) []string {
		return solverDoc("Laporan Jawaban Solver", "Batasan",
			"Sel\tNama\tNilai Sel\tRumus\tStatus\tKelonggaran",
			"$G$9\t076.01.CQ Penyelenggaraan Pemilu Serapan\t92,50%\t$G$9>=0,9\tTidak Mengikat\t2,50%",
			"$G$10\t6639 Teknis Penyelenggaraan Serapan\t91,67%\t$G$10>=0,9\tTidak Mengikat\t1,67%",
			"$G$11\t6640 Pemutakhiran Data Pemilih Serapan\t93,75%\t$G$11>=0,9\tTidak Mengikat\t3,75%",
			"$E$9\t076.01.CQ Penyelenggaraan Pemilu Realisasi\t1.850.000.000\t$E$9 <= 2.000.000.000,00\tTidak Mengikat\t150.000.000",
			"$E$10\t6639 Teknis Penyelenggaraan Realisasi\t1.100.000.000\t$E$10 <= 1.200.000.000,00\tTidak Mengikat\t100.000.000",
			"$E$11\t6640 Pemutakhiran Data Pemilih Realisasi\t750.000.000\t$E$11 <= 800.000.000,00\tTidak Mengikat\t"+slack6640)
	}
	wantLocal := []string{
		"076.01.CQ|program||2024|2000000000|1850000000|150000000",
		"6639|kegiatan|076.01.CQ|2024|1200000000|1100000000|100000000",
		"6640|kegiatan|076.01.CQ|2024|800000000|750000000|50000000",
	}
	// bounds in another cell: loaded only when that cell is listed as the
	// same label's Pagu
	refRows := []string{"Constraints", "Cell\tName\tCell Value\tFormula\tStatus\tSlack",
		"$D$6\t076.01.WA Dukungan Manajemen Realisasi\t700.000.000\t$D$6<=$C$6\tNot Binding\t50.000.000",
		"$D$7\t3355 Pengelolaan Keuangan Realisasi\t700.000.000\t$D$7<=$C$7\tNot Binding\t50.000.000"}
	refBare := solverDoc(append([]string{"Microsoft Excel 16.0 Answer Report"}, refRows...)...)
	refListed := solverDoc(append([]string{"Microsoft Excel 16.0 Answer Report", "Variable Cells",
		"Cell\tName\tOriginal Value\tFinal Value\tInteger",
		"$C$6\t076.01.WA Dukungan Manajemen Pagu\t750.000.000\t750.000.000\tContin",
		"$C$7\t3355 Pengelolaan Keuangan Pagu\t750.000.000\t750.000.000\tContin", ""}, refRows...)...)
	wantRef := []string{
		"076.01.WA|program||2024|750000000|700000000|50000000",
		"3355|kegiatan|076.01.WA|2024|750000000|700000000|50000000",
	}
	// the total's slack off by a million: the total left out, the rest stands
	offTotal := solverDoc("Constraints", "Cell\tName\tCell Value\tFormula\tStatus\tSlack",
		"$D$6\t076.01.WA Dukungan Manajemen Realisasi\t700.000.000\t$D$6<=750000000\tNot Binding\t50.000.000",
		"$D$7\t3355 Pengelolaan Keuangan Realisasi\t700.000.000\t$D$7<=750000000\tNot Binding\t50.000.000",
		"$D$8\tJUMLAH Realisasi\t700.000.000\t$D$8<=750000000\tNot Binding\t51.000.000")

	// the bound written first, OpenSolver-style, the pagu cell on the left
	reversed := solverDoc("OpenSolver Answer Report", "Constraints", "Cell\tName\tCell Value\tFormula\tStatus\tSlack",
		"$D$6\t076.01.WA Dukungan Manajemen Realisasi\t700.000.000\t750000000>=$D$6\tNot Binding\t50.000.000",
		"$D$7\t3355 Pengelolaan Keuangan Realisasi\t700.000.000\t750.000.000 >= $D$7\tNot Binding\t50.000.000")
	// a lower bound only (realisasi >= a floor): no pagu, nothing
	floor := solverDoc("Constraints", "Cell\tName\tCell Value\tFormula\tStatus\tSlack",
		"$D$6\t076.01.WA Dukungan Manajemen Realisasi\t700.000.000\t$D$6>=650000000\tNot Binding\t50.000.000",
		"$D$7\t3355 Pengelolaan Keuangan Realisasi\t700.000.000\t$D$7>=650000000\tNot Binding\t50.000.000")

	// look-alikes: a transport model's answer report, a production model
	// with Pagu-like words but no budget code, a Goal Seek status box
	transport := solverDoc("Microsoft Excel 16.0 Answer Report", "Objective Cell (Min)",
		"Cell\tName\tOriginal Value\tFinal Value", "$F$12\tTotal Biaya Angkut\t0\t1.250.000", "",
		"Variable Cells", "Cell\tName\tOriginal Value\tFinal Value\tInteger",
		"$B$4\tGudang Kupang ke Ende\t0\t120\tContin", "$C$4\tGudang Kupang ke Maumere\t0\t80\tContin", "",
		"Constraints", "Cell\tName\tCell Value\tFormula\tStatus\tSlack",
		"$D$4\tGudang Kupang Kapasitas\t200\t$D$4<=250\tNot Binding\t50",
		"$B$6\tEnde Permintaan\t120\t$B$6>=120\tBinding\t0")
	production := solverDoc("Constraints", "Cell\tName\tCell Value\tFormula\tStatus\tSlack",
		"$D$4\tBahan Baku Realisasi\t1.200.000\t$D$4<=1500000\tNot Binding\t300.000",
		"$D$5\tJam Mesin Pagu\t400\t$D$5<=480\tNot Binding\t80")
	goalSeek := solverDoc("Goal Seek Status", "Goal Seeking with Cell $D$7 found a solution.",
		"Target value:\t1033450000", "Current value:\t1.033.450.000", "", "Slack anggaran dihitung terpisah.")

	checkDocs(t, []string{"anggaran"}, []docCase{
		{"English, comma thousands, Binding, fractions, TOTAL", english, map[string][]string{"anggaran": wantEnglish}},
		{"Indonesian-localised, dotted bounds, no total", local("50.000.000"), map[string][]string{"anggaran": wantLocal}},
		{"a kegiatan's slack not bound − value", local("40.000.000"), nil},
		{"bounds in cells not listed", refBare, nil},
		{"bounds in cells listed as Pagu", refListed, map[string][]string{"anggaran": wantRef}},
		{"the total's slack off", offTotal, map[string][]string{"anggaran": wantRef}},
		{"the bound written first", reversed, map[string][]string{"anggaran": wantRef}},
		{"a lower bound only", floor, nil},
		{"a transport model", transport, nil},
		{"a production model", production, nil},
		{"a Goal Seek status box", goalSeek, nil},
	})
}
