package parse

import (
	"fmt"
	"testing"
)

// headwordsBudget writes each budget row as kode|tahun|pagu|realisasi|sisa|serapan.
func headwordsBudget(t *testing.T, lines []string) []string {
	t.Helper()
	var out []string
	for _, a := range parseDoc2(t, "headwords", lines).Anggaran {
		out = append(out, fmt.Sprintf("%s|%d|%s|%s|%s|%s", a.Kode, a.Tahun, nv(a.Pagu), nv(a.Realisasi), nv(a.Sisa), nv(a.SerapanLapor)))
	}
	return out
}

// headwordsDoc is a made-up report of satker, year, with a budget table
// under caption whose header is the given lines.
func headwordsDoc(satker, year, caption string, header ...string) []string {
	lines := []string{
		"LAPORAN KINERJA KPU KABUPATEN " + satker + " TAHUN " + year, "",
		"Sekretaris KPU Kabupaten " + satker, "",
		"Realisasi anggaran menurut program dan kegiatan (dalam rupiah).", "",
		caption, "",
	}
	lines = append(lines, header...)
	return append(lines,
		"076.01.WA\tProgram Dukungan Manajemen\t2.400.000.000\t2.280.000.000\t120.000.000\t95,00",
		"3355\tPengelolaan Keuangan\t1.000.000.000\t960.000.000\t40.000.000\t96,00",
		"3360\tOperasional Perkantoran\t1.400.000.000\t1.320.000.000\t80.000.000\t94,29",
		"076.01.CQ\tProgram Penyelenggaraan Pemilu\t600.000.000\t588.000.000\t12.000.000\t98,00",
		"6639\tTeknis Penyelenggaraan\t600.000.000\t588.000.000\t12.000.000\t98,00",
		"\tJUMLAH\t3.000.000.000\t2.868.000.000\t132.000.000\t95,60",
		"", "Sumber: aplikasi SAKTI.", "")
}

func headwordsWant(year string) []string {
	return []string{
		"076.01.WA|" + year + "|2400000000|2280000000|120000000|95",
		"3355|" + year + "|1000000000|960000000|40000000|96",
		"3360|" + year + "|1400000000|1320000000|80000000|94.29",
		"076.01.CQ|" + year + "|600000000|588000000|12000000|98",
		"6639|" + year + "|600000000|588000000|12000000|98",
		"TOTAL|" + year + "|3000000000|2868000000|132000000|95.6",
	}
}

// TestBudgetHeaderTwoLines: a budget header wrapped over two lines, a bare
// percent sign on one line and "Realisasi" on the other, is the serapan
// column, not a second realisasi; "Anggaran (Rp)" under "Sisa" is the
// money word, not a second pagu.
func TestBudgetHeaderTwoLines(t *testing.T) {
	for _, tc := range []struct {
		name, satker, year string
		header             []string
	}{
		{"percent above realisasi", "FLORES TIMUR", "2021", []string{
			"Kode\tProgram/\tAnggaran\tRealisasi\tSisa\t%",
			"\tKegiatan\t\t\tAnggaran\tRealisasi"}},
		{"money word under every amount", "SABU RAIJUA", "2019", []string{
			"Kode\tProgram/Kegiatan\tPagu\tRealisasi\tSisa\t%",
			"\t\tAnggaran (Rp)\tAnggaran (Rp)\tAnggaran (Rp)\tRealisasi"}},
		{"percent in brackets above realisasi anggaran", "MANGGARAI BARAT", "2023", []string{
			"Kode\tUraian\tPagu\tRealisasi\tSisa\t(%)",
			"\t\t(Rp)\t(Rp)\tAnggaran\tRealisasi Anggaran"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := headwordsBudget(t, headwordsDoc(tc.satker, tc.year, "Tabel 7: Realisasi Anggaran Tahun "+tc.year, tc.header...))
			wantRows(t, "anggaran", got, headwordsWant(tc.year))
		})
	}
}

// TestBudgetAllocationWords: a budget table titled in a grant's words
// (Alokasi, Alokasi Dana, Sisa Dana, Daya Serap) under a caption numbered
// by section is read as the budget; a logistics table with Alokasi and
// Realisasi but no budget lines is not.
func TestBudgetAllocationWords(t *testing.T) {
	for _, tc := range []struct {
		name, satker, year, caption, header string
		want                                bool
	}{
		{"alokasi and sisa dana", "SUMBA TIMUR", "2020", "Tabel C.1 Realisasi Anggaran Tahun 2020",
			"Kode\tUraian\tAlokasi\tRealisasi\tSisa Dana\tPersentase", true},
		{"alokasi dana and daya serap", "BELU", "2022", "Tabel B.3 Penyerapan Tahun 2022",
			"Kode\tProgram/Kegiatan\tAlokasi Dana (Rp)\tRealisasi (Rp)\tSisa (Rp)\tDaya Serap (%)", true},
		{"nama kegiatan, caption names the budget", "LEMBATA", "2024", "Tabel II.2 Anggaran dan Realisasinya",
			"Kode\tNama Kegiatan\tAlokasi\tRealisasi\tSisa\tDaya Serap", true},
		{"logistics: not a budget", "KUPANG", "2024", "Tabel 4.2 Distribusi Logistik Tahun 2024",
			"Jenis Logistik\tAlokasi\tRealisasi\tSisa\tPersentase", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines := headwordsDoc(tc.satker, tc.year, tc.caption, tc.header)
			if !tc.want {
				lines = append(lines[:9:9],
					"Surat Suara\t152.000\t151.400\t600\t99,61",
					"Tinta\t1.200\t1.200\t0\t100,00",
					"")
			}
			var want []string
			if tc.want {
				want = headwordsWant(tc.year)
			}
			wantRows(t, "anggaran", headwordsBudget(t, lines), want)
		})
	}
}

// TestBudgetLedgerCodeHeader: "No. Rek." and "Nomor Rekening" head the
// account code (the kegiatan code as a ledger writes it), not a row
// number; a kegiatan whose name no reference list knows keeps its code.
func TestBudgetLedgerCodeHeader(t *testing.T) {
	for _, head := range []string{
		"No. Rek.\tProgram dan Kegiatan\tPagu\tRealisasi\tSisa\tRealisasi (%)",
		"Nomor Rekening\tUraian\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)\t%",
		"No\tNo. Rek.\tUraian\tPagu\tRealisasi\tSisa\t%",
	} {
		rows := []string{
			"076.01.CQ\tProgram Penyelenggaraan Pemilu\t900.000.000\t870.000.000\t30.000.000\t96,67",
			"6867\tRekrutmen Petugas Lapangan Terpadu\t500.000.000\t480.000.000\t20.000.000\t96,00",
			"6872\tPemungutan dan Penghitungan Suara\t400.000.000\t390.000.000\t10.000.000\t97,50",
			"\tJUMLAH\t900.000.000\t870.000.000\t30.000.000\t96,67",
		}
		if head[:3] == "No\t" {
			for i, r := range rows {
				rows[i] = fmt.Sprintf("%d\t%s", i+1, r)
			}
			rows[3] = "\t" + rows[3][2:]
		}
		lines := []string{"LAPORAN KINERJA KPU KABUPATEN ALOR TAHUN 2019", "",
			"Realisasi anggaran menurut program dan kegiatan (dalam rupiah).", "",
			"Tabel 3.4 Realisasi Anggaran Tahun 2019", "", head}
		lines = append(lines, rows...)
		lines = append(lines, "", "Sumber: SPAN.", "")
		got := headwordsBudget(t, lines)
		want := []string{
			"076.01.CQ|2019|900000000|870000000|30000000|96.67",
			"6867|2019|500000000|480000000|20000000|96",
			"6872|2019|400000000|390000000|10000000|97.5",
			"TOTAL|2019|900000000|870000000|30000000|96.67",
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%q:\n got %v\nwant %v", head, got, want)
		}
	}
}
