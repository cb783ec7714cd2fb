package parse

import "testing"

// TestBudgetSentencesInCells: a list kept for another purpose (an archive
// list of the budget files, a register of outgoing letters) writes each
// budget line as a sentence inside one cell. Each such cell is read by the
// prose route: a code in parentheses owns its amounts, a kegiatan led by
// its word only when the stated percent or the sums prove it, a cell
// naming no code states the year's total; a deposit row is no fact, and a
// list of another year's files is not read.
func TestBudgetSentencesInCells(t *testing.T) {
	archive := barred("Tabel 3.4 Daftar Arsip Aktif Berkas Keuangan", "",
		"No|Kode Klasifikasi|Uraian Informasi Arsip|Kurun Waktu|Jumlah|Lokasi",
		"1|KU.01.02|Berkas LRA Program Dukungan Manajemen (076.01.WA): pagu Rp1.850.000.000, realisasi Rp1.776.500.000 (96,03%)|Jan - Des 2024|5 berkas|Boks 2",
		"2|KU.01.03|Berkas SPJ kegiatan 3358 Pengelolaan Sumber Daya Manusia: pagu Rp650.000.000, realisasi Rp630.500.000 (97,00%)|Jan - Des 2024|2 berkas|Boks 2",
		"3|KU.01.03|Berkas SPJ kegiatan 3360 Operasional Perkantoran: pagu Rp1.200.000.000, realisasi Rp1.146.000.000 (95,50%)|Jan - Des 2024|4 berkas|Boks 3",
		"4|KU.01.01|Berkas DIPA dan LRA seluruh program Tahun 2024: pagu Rp1.850.000.000, realisasi Rp1.776.500.000 (96,03%)|Jan - Des 2024|2 berkas|Boks 3",
		"5|KU.01.05|Berkas setoran PNBP jasa giro Tahun 2024: Rp1.204.300|Jan - Des 2024|1 berkas|Boks 4", "")
	letters := barred("Tabel 3.2 Agenda Surat Keluar Bidang Keuangan", "",
		"No|Nomor Surat|Tanggal|Perihal|Tujuan",
		"1|045/KU/2025|10-01-2025|Laporan realisasi Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi (076.01.CQ): pagu Rp3.400.000.000, realisasi Rp3.301.000.000 (97,09%)|KPU Provinsi",
		"2|046/KU/2025|10-01-2025|Penyampaian SPJ kegiatan 6639 Teknis Penyelenggaraan: pagu Rp2.000.000.000, realisasi Rp1.950.000.000 (97,50%)|KPPN Kupang",
		"3|047/KU/2025|12-01-2025|Penyampaian SPJ kegiatan 6867 Pembentukan Badan Adhoc: pagu Rp1.400.000.000, realisasi Rp1.351.000.000 (96,50%)|KPPN Kupang", "")
	unproven := barred("Tabel 3.3 Daftar Arsip Berkas Anggaran", "",
		"No|Kode|Uraian|Jumlah",
		"1|KU.02|Berkas LRA Program Dukungan Manajemen (076.01.WA): pagu Rp500.000.000, realisasi Rp480.000.000 (96,00%)|3 berkas",
		"2|KU.03|Berkas SPJ kegiatan 3355 Pengelolaan Keuangan: pagu Rp200.000.000, realisasi Rp190.000.000 (97,10%)|1 berkas", "")
	otherYear := barred("Tabel 3.3 Daftar Arsip Berkas Anggaran Tahun 2023", "",
		"No|Kode|Uraian|Jumlah",
		"1|KU.02|Berkas LRA Program Dukungan Manajemen (076.01.WA): pagu Rp500.000.000, realisasi Rp480.000.000 (96,00%)|3 berkas", "")
	checkDocs(t, []string{"anggaran"}, []docCase{
		{"an archive list of the budget files", archive, map[string][]string{"anggaran": {
			"TOTAL|total||2024|1850000000|1776500000|73500000",
			"076.01.WA|program||2024|1850000000|1776500000|73500000",
			"3358|kegiatan|076.01.WA|2024|650000000|630500000|19500000",
			"3360|kegiatan|076.01.WA|2024|1200000000|1146000000|54000000"}}},
		{"a register of outgoing letters", letters, map[string][]string{"anggaran": {
			"076.01.CQ|program||2024|3400000000|3301000000|99000000",
			"6639|kegiatan|076.01.CQ|2024|2000000000|1950000000|50000000",
			"6867|kegiatan|076.01.CQ|2024|1400000000|1351000000|49000000"}}},
		{"a kegiatan whose percent proves nothing", unproven, map[string][]string{"anggaran": {
			"076.01.WA|program||2024|500000000|480000000|20000000"}}},
		{"another year's archive list", otherYear, map[string][]string{"anggaran": nil}},
		{"a paragraph about a file", []string{"Berkas LRA Program Dukungan Manajemen (076.01.WA) mencatat pagu Rp900.000.000 dengan realisasi Rp873.000.000 (97,00%).", ""},
			map[string][]string{"anggaran": {"076.01.WA|program||2024|900000000|873000000|27000000"}}},
	})
}
