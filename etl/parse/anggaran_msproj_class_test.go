package parse

import (
	"strings"
	"testing"
)

// taskBudget2024 is the budget the task-table class tests write in their
// tools' syntaxes (here and anggaran_tasklist_class_test.go), as
// kode|tingkat|induk|tahun|pagu|realisasi|sisa rows: two programs, their
// kegiatan, the total.
func taskBudget2024() (wa, cq []string, total string) {
	wa = []string{
		"076.01.WA|program||2024|800000000|720000000|80000000",
		"3357|kegiatan|076.01.WA|2024|500000000|450000000|50000000",
		"3358|kegiatan|076.01.WA|2024|300000000|270000000|30000000",
	}
	cq = []string{
		"076.01.CQ|program||2024|200000000|150000000|50000000",
		"6639|kegiatan|076.01.CQ|2024|200000000|150000000|50000000",
	}
	return wa, cq, "TOTAL|total||2024|1000000000|870000000|130000000"
}

// Budgets as a planning tool's task table (anggaran_msproj.go): MS Project,
// ProjectLibre, GanttProject, Smartsheet; and look-alikes of the same
// syntax that are no budget.
func TestMsprojClass(t *testing.T) {
	tab := func(cells ...string) string { return strings.Join(cells, "\t") }
	wa, cq, total := taskBudget2024()
	noTotal := append(append([]string{}, wa...), cq...)   // in the document's order
	full := append(append([]string{}, noTotal...), total) // the total last, as written again
	cqFirst := append(append(append([]string{}, cq...), wa...), total)
	tests := []docCase{
		{name: "MS Project Tracking table: Actual before Baseline, no serapan, two-space indent, spaced Rp",
			body: []string{"Tabel 3.5 Realisasi Anggaran 2024 (tabel Tracking dari rencana proyek DIPA)", "",
				tab("ID", "Task Name", "Actual", "Variance", "Baseline", "Fixed Cost", "Remaining", "Total Cost"),
				tab("0", "Anggaran Satker 2024", "Rp 870.000.000", "Rp 0", "Rp 1.000.000.000", "Rp 0", "Rp 130.000.000", "Rp 1.000.000.000"),
				tab("1", "  076.01.WA Program Dukungan Manajemen", "Rp 720.000.000", "Rp 0", "Rp 800.000.000", "Rp 0", "Rp 80.000.000", "Rp 800.000.000"),
				tab("2", "    3357 Pengelolaan Perencanaan", "Rp 450.000.000", "Rp 0", "Rp 500.000.000", "Rp 500.000.000", "Rp 50.000.000", "Rp 500.000.000"),
				tab("3", "    3358 Pengelolaan SDM", "Rp 270.000.000", "Rp 0", "Rp 300.000.000", "Rp 300.000.000", "Rp 30.000.000", "Rp 300.000.000"),
				tab("4", "  076.01.CQ Program Penyelenggaraan Pemilu", "Rp 150.000.000", "Rp 0", "Rp 200.000.000", "Rp 0", "Rp 50.000.000", "Rp 200.000.000"),
				tab("5", "    6639 Teknis Penyelenggaraan", "Rp 150.000.000", "Rp 0", "Rp 200.000.000", "Rp 200.000.000", "Rp 50.000.000", "Rp 200.000.000"),
				"", "Sumber: rencana proyek kantor."},
			want: map[string][]string{"anggaran": full}},
		{name: "ProjectLibre: WBS outline numbers, Budget/Actual/Remaining Cost, English separators, no total",
			body: []string{"Realisasi anggaran tahun 2024 dari ProjectLibre:", "",
				tab("WBS", "Name", "Budget Cost", "Actual Cost", "Remaining Cost", "EAC", "% Complete"),
				tab("1", "Program Dukungan Manajemen (076.01.WA)", "800,000,000.00", "720,000,000.00", "80,000,000.00", "800,000,000.00", "90%"),
				tab("1.1", "Pengelolaan Perencanaan (3357)", "500,000,000.00", "450,000,000.00", "50,000,000.00", "500,000,000.00", "90%"),
				tab("1.2", "Pengelolaan SDM (3358)", "300,000,000.00", "270,000,000.00", "30,000,000.00", "300,000,000.00", "90%"),
				tab("2", "Program Penyelenggaraan Pemilu (076.01.CQ)", "200,000,000.00", "150,000,000.00", "50,000,000.00", "200,000,000.00", "75%"),
				tab("2.1", "Teknis Penyelenggaraan (6639)", "200,000,000.00", "150,000,000.00", "50,000,000.00", "200,000,000.00", "75%"),
			},
			want: map[string][]string{"anggaran": noTotal}},
		{name: "GanttProject export: outline number column, the total last",
			body: []string{"Tabel 3.6 Realisasi Anggaran 2024", "",
				tab("ID", "Name", "Outline number", "Actual", "Baseline", "Remaining"),
				tab("1", "076.01.CQ Program Penyelenggaraan Pemilu", "1", "150.000.000", "200.000.000", "50.000.000"),
				tab("2", "6639 Teknis Penyelenggaraan", "1.1", "150.000.000", "200.000.000", "50.000.000"),
				tab("3", "076.01.WA Program Dukungan Manajemen", "2", "720.000.000", "800.000.000", "80.000.000"),
				tab("4", "3357 Pengelolaan Perencanaan", "2.1", "450.000.000", "500.000.000", "50.000.000"),
				tab("5", "3358 Pengelolaan SDM", "2.2", "270.000.000", "300.000.000", "30.000.000"),
				tab("", "Total", "", "870.000.000", "1.000.000.000", "130.000.000"),
			},
			want: map[string][]string{"anggaran": cqFirst}},
		{name: "Smartsheet: Indonesian titles beside English, a Kode column, serapan only, summary row first",
			body: []string{"Lembar kerja Smartsheet \"DIPA 2024\" (realisasi anggaran):", "",
				tab("Kode", "Nama Tugas / Task Name", "Pagu (Baseline)", "Realisasi (Actual)", "Serapan (%)", "Status"),
				tab("", "DIPA 2024 KPU Kabupaten", "1.000.000.000", "870.000.000", "87,00", "Selesai"),
				tab("076.01.WA", "\u00a0\u00a0\u00a0Program Dukungan Manajemen", "800.000.000", "720.000.000", "90,00", "Selesai"),
				tab("3357", "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0Pengelolaan Perencanaan", "500.000.000", "450.000.000", "90,00", "Selesai"),
				tab("3358", "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0Pengelolaan SDM", "300.000.000", "270.000.000", "90,00", "Selesai"),
				tab("076.01.CQ", "\u00a0\u00a0\u00a0Program Penyelenggaraan Pemilu", "200.000.000", "150.000.000", "75,00", "Berjalan"),
				tab("6639", "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0Teknis Penyelenggaraan", "200.000.000", "150.000.000", "75,00", "Berjalan"),
			},
			want: map[string][]string{"anggaran": full}},
		{name: "amounts in thousands (Rp 000), indentation lost, summary task first",
			body: []string{"Tabel 3.5 Realisasi Anggaran 2024", "",
				tab("ID", "Task Name", "Baseline (Rp 000)", "Actual (Rp 000)", "Remaining (Rp 000)", "Variance (Rp 000)"),
				tab("0", "DIPA KPU Kabupaten 2024", "1.000.000", "870.000", "130.000", "0"),
				tab("1", "076.01.WA Program Dukungan Manajemen", "800.000", "720.000", "80.000", "0"),
				tab("2", "3357 Pengelolaan Perencanaan", "500.000", "450.000", "50.000", "0"),
				tab("3", "3358 Pengelolaan SDM", "300.000", "270.000", "30.000", "0"),
				tab("4", "076.01.CQ Program Penyelenggaraan Pemilu", "200.000", "150.000", "50.000", "0"),
				tab("5", "6639 Teknis Penyelenggaraan", "200.000", "150.000", "50.000", "0"),
			},
			want: map[string][]string{"anggaran": full}},
		{name: "Primavera-style pipe table: outline level column, BAC/ACWP/ETC, serapan of one decimal",
			body: []string{"Tabel 3.7 Realisasi Anggaran 2024 (ekspor P6)", "",
				"| Level | Activity Name | BAC | ACWP | ETC | EAC | Serapan % |",
				"| 1 | 076.01.WA Program Dukungan Manajemen | 800.000.000 | 720.000.000 | 80.000.000 | 800.000.000 | 90,0 |",
				"| 2 | 3357 Pengelolaan Perencanaan | 500.000.000 | 450.000.000 | 50.000.000 | 500.000.000 | 90,0 |",
				"| 2 | 3358 Pengelolaan SDM | 300.000.000 | 270.000.000 | 30.000.000 | 300.000.000 | 90,0 |",
				"| 1 | 076.01.CQ Program Penyelenggaraan Pemilu | 200.000.000 | 150.000.000 | 50.000.000 | 200.000.000 | 75,0 |",
				"| 2 | 6639 Teknis Penyelenggaraan | 200.000.000 | 150.000.000 | 50.000.000 | 200.000.000 | 75,0 |",
			},
			want: map[string][]string{"anggaran": noTotal}},
		{name: "look-alike: an election stage plan, durations, dates and % complete, no money",
			body: []string{"Rencana tahapan Pemilu 2024 (Microsoft Project):", "",
				tab("ID", "Task Name", "Duration", "Baseline Start", "Actual Start", "Actual Finish", "% Complete"),
				tab("0", "Tahapan Pemilu 2024", "600 days", "14/06/2022", "14/06/2022", "NA", "85%"),
				tab("1", "   Pemutakhiran Data Pemilih", "300 days", "14/10/2022", "14/10/2022", "21/06/2023", "100%"),
				tab("2", "      Coklit", "30 days", "12/02/2023", "12/02/2023", "14/03/2023", "100%"),
				tab("3", "   Pemungutan Suara", "1 day", "14/02/2024", "14/02/2024", "14/02/2024", "100%"),
			},
			want: map[string][]string{"anggaran": nil}},
		{name: "look-alike: a construction bill of quantities with budget and actual cost",
			body: []string{"Rekapitulasi biaya pembangunan gudang logistik 2024:", "",
				tab("WBS", "Uraian Pekerjaan", "Volume", "Satuan", "Budget Cost", "Actual Cost", "Remaining"),
				tab("1", "Pekerjaan Persiapan", "1", "ls", "50.000.000", "45.000.000", "5.000.000"),
				tab("1.1", "Pembersihan Lahan", "400", "m2", "20.000.000", "18.000.000", "2.000.000"),
				tab("1.2", "Direksi Keet", "1", "unit", "30.000.000", "27.000.000", "3.000.000"),
				tab("2", "Pekerjaan Struktur", "1", "ls", "150.000.000", "140.000.000", "10.000.000"),
				tab("2.1", "Beton K-250", "25", "m3", "150.000.000", "140.000.000", "10.000.000"),
			},
			want: map[string][]string{"anggaran": nil}},
	}
	checkDocs(t, []string{"anggaran"}, tests)
}

// A plan whose summary task is no sum of its children loads nothing and
// says why.
func TestMsprojFinding(t *testing.T) {
	tab := func(cells ...string) string { return strings.Join(cells, "\t") }
	d := parseDoc(t, "mismatch",
		"Tabel 3.5 Realisasi Anggaran 2024", "",
		tab("ID", "Task Name", "Baseline", "Actual", "Remaining", "Serapan (%)"),
		tab("0", "DIPA 2024", "1.100.000.000", "870.000.000", "230.000.000", "79,09"),
		tab("1", "   076.01.WA Program Dukungan Manajemen", "800.000.000", "720.000.000", "80.000.000", "90,00"),
		tab("2", "      3357 Pengelolaan Perencanaan", "500.000.000", "450.000.000", "50.000.000", "90,00"),
		tab("3", "      3358 Pengelolaan SDM", "300.000.000", "270.000.000", "30.000.000", "90,00"),
		tab("4", "   076.01.CQ Program Penyelenggaraan Pemilu", "200.000.000", "150.000.000", "50.000.000", "75,00"),
		tab("5", "      6639 Teknis Penyelenggaraan", "200.000.000", "150.000.000", "50.000.000", "75,00"))
	for _, f := range d.Findings {
		if f.Aturan == "anggaran.rencana_proyek" {
			if !strings.Contains(f.Pesan, "total: pagu") {
				t.Errorf("finding %q names not the total's pagu", f.Pesan)
			}
			if len(d.Anggaran) != 0 {
				t.Errorf("rows loaded from an unproven plan: %v", factRows["anggaran"](d))
			}
			return
		}
	}
	t.Errorf("no anggaran.rencana_proyek finding; rows %v", factRows["anggaran"](d))
}

// A performance plan with a baseline, coded and indented like a project
// plan, is no budget: it is left to the capaian readers, not blanked.
func TestMsprojIndicatorBaseline(t *testing.T) {
	tab := func(cells ...string) string { return strings.Join(cells, "\t") }
	d := parseDoc(t, "indicators",
		"Tabel 3.1 Capaian Indikator Kinerja 2024", "",
		tab("No", "Program / Kegiatan", "Baseline", "Target", "Actual", "Capaian (%)"),
		tab("1", "076.01.WA Program Dukungan Manajemen", "80,00", "85,00", "86,70", "102,00"),
		tab("2", "   3357 Pengelolaan Perencanaan", "75,00", "80,00", "80,00", "100,00"),
		tab("3", "   3358 Pengelolaan SDM", "85,00", "90,00", "93,60", "104,00"),
		tab("4", "076.01.CQ Program Penyelenggaraan Pemilu", "90,00", "95,00", "95,00", "100,00"),
		tab("5", "   6639 Teknis Penyelenggaraan", "90,00", "95,00", "95,00", "100,00"))
	for _, f := range d.Findings {
		if f.Aturan == "anggaran.rencana_proyek" {
			t.Errorf("an indicator table taken for a plan: %q", f.Pesan)
		}
	}
	if len(d.Anggaran) != 0 {
		t.Errorf("budget rows from an indicator table: %v", factRows["anggaran"](d))
	}
}
