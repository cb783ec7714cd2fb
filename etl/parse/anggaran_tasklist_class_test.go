package parse

import (
	"strings"
	"testing"
)

// Budgets as a task manager's list view (anggaran_tasklist.go): Todoist,
// Planner, Wrike, a PDF's copy of an Asana list; and to-do lists of the
// same syntax that are no budget.
func TestTasklistClass(t *testing.T) {
	tab := func(cells ...string) string { return strings.Join(cells, "\t") }
	wa, cq, total := taskBudget2024()
	full := append(append(append([]string{}, wa...), cq...), total)
	cqFirst := append(append(append([]string{}, cq...), wa...), total) // in the document's order
	tests := []docCase{
		{name: "Todoist export: ## sections, [ ] tasks, indented subtasks, serapan only, the total last",
			body: []string{"Tabel 3.5 Realisasi Anggaran 2024 (proyek Todoist \"DIPA 2024\")", "",
				tab("Content", "Priority", "Kode", "Anggaran", "Realisasi", "Serapan (%)"),
				"## Program Penyelenggaraan Pemilu",
				tab("- [ ] Program Penyelenggaraan Pemilu", "p1", "076.01.CQ", "200.000.000", "150.000.000", "75,00"),
				tab("    - [ ] Teknis Penyelenggaraan", "p2", "6639", "200.000.000", "150.000.000", "75,00"),
				"",
				"## Program Dukungan Manajemen",
				tab("- [ ] Program Dukungan Manajemen", "p1", "076.01.WA", "800.000.000", "720.000.000", "90,00"),
				tab("    - [ ] Pengelolaan Perencanaan", "p3", "3357", "500.000.000", "450.000.000", "90,00"),
				tab("    - [ ] Pengelolaan SDM", "p3", "3358", "300.000.000", "270.000.000", "90,00"),
				"",
				"## Rekap",
				tab("- [ ] Jumlah anggaran 2024", "p4", "", "1.000.000.000", "870.000.000", "87,00"),
				"", "Sumber: aplikasi SAKTI."},
			want: map[string][]string{"anggaran": cqFirst}},
		{name: "Planner list: Bucket sections, check marks, sisa before realisasi, an unmarked total task last",
			body: []string{"Realisasi anggaran 2024 dipantau pada papan Microsoft Planner:", "",
				tab("Task title", "Bucket", "Assigned to", "Due", "Code", "Pagu", "Sisa", "Realisasi"),
				"Bucket: Dukungan Manajemen",
				tab("✓ Dukungan Manajemen", "DM", "Bendahara", "31/12/2024", "076.01.WA", "Rp 800.000.000", "Rp 80.000.000", "Rp 720.000.000"),
				tab("✓ Perencanaan", "DM", "PPK", "31/12/2024", "3357", "Rp 500.000.000", "Rp 50.000.000", "Rp 450.000.000"),
				tab("✓ SDM", "DM", "PPK", "31/12/2024", "3358", "Rp 300.000.000", "Rp 30.000.000", "Rp 270.000.000"),
				"Bucket: Teknis",
				tab("☐ Penyelenggaraan Pemilu", "TK", "Kasubbag", "31/12/2024", "076.01.CQ", "Rp 200.000.000", "Rp 50.000.000", "Rp 150.000.000"),
				tab("☐ Teknis Penyelenggaraan", "TK", "PPK", "31/12/2024", "6639", "Rp 200.000.000", "Rp 50.000.000", "Rp 150.000.000"),
				tab("Total pagu satker", "", "", "", "", "Rp 1.000.000.000", "Rp 130.000.000", "Rp 870.000.000"),
			},
			want: map[string][]string{"anggaran": full}},
		{name: "Wrike table: └ subtasks, amounts in thousands, the total first",
			body: []string{"Tabel 3.5 Realisasi Anggaran 2024", "",
				tab("Title", "Status", "Kode", "Pagu (Rp ribu)", "Realisasi (Rp ribu)", "Sisa (Rp ribu)", "Serapan %"),
				tab("○ Total DIPA", "Completed", "", "1.000.000", "870.000", "130.000", "87,00"),
				tab("○ Program Dukungan Manajemen", "Completed", "076.01.WA", "800.000", "720.000", "80.000", "90,00"),
				tab("  └ Pengelolaan Perencanaan", "Completed", "3357", "500.000", "450.000", "50.000", "90,00"),
				tab("  └ Pengelolaan SDM", "Completed", "3358", "300.000", "270.000", "30.000", "90,00"),
				tab("○ Program Penyelenggaraan Pemilu", "Active", "076.01.CQ", "200.000", "150.000", "50.000", "75,00"),
				tab("  └ Teknis Penyelenggaraan", "Active", "6639", "200.000", "150.000", "50.000", "75,00"),
			},
			want: map[string][]string{"anggaran": full}},
		{name: "a PDF's copy of an Asana list: words for TABs, names wrapped below",
			body: []string{"Tabel 3.5 Realisasi Anggaran 2024", "",
				"Task name Assignee Due date Kode Pagu (Rp) Realisasi (Rp) Sisa (Rp) Serapan %",
				"▾ Ringkasan",
				"○ Total DIPA 2024 Bendahara 31 Des 1.000.000.000 870.000.000 130.000.000 87,00",
				"",
				"▾ Program Dukungan Manajemen",
				"○ Program Kasubbag 31 Des 076.01.WA 800.000.000 720.000.000 80.000.000 90,00",
				"Dukungan Manajemen",
				"",
				"↳ PPK 31 Des 3357 500.000.000 450.000.000 50.000.000 90,00",
				"Pengelolaan Perencanaan",
				"↳ Pengelolaan PPK 31 Des 3358 300.000.000 270.000.000 30.000.000 90,00",
				"SDM",
				"▾ Program Penyelenggaraan Pemilu dalam Proses",
				"Konsolidasi Demokrasi",
				"○ Program Kasubbag 31 Des 076.01.CQ 200.000.000 150.000.000 50.000.000 75,00",
				"↳ Teknis PPK 31 Des 6639 200.000.000 150.000.000 50.000.000 75,00",
				"",
				"(kunci: subtugas = kegiatan)"},
			want: map[string][]string{"anggaran": full}},
		{name: "finding: the total task does not add up, nothing loads",
			body: []string{"Tabel 3.5 Realisasi Anggaran 2024", "",
				tab("Task name", "Assignee", "Kode", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)"),
				"▾ Ringkasan",
				tab("○ Total DIPA 2024", "Bendahara", "", "1.100.000.000", "870.000.000", "230.000.000"),
				"▾ Program Dukungan Manajemen",
				tab("○ Program Dukungan Manajemen", "KUL", "076.01.WA", "800.000.000", "720.000.000", "80.000.000"),
				tab("   ↳ Pengelolaan Perencanaan", "PPK", "3357", "500.000.000", "450.000.000", "50.000.000"),
				tab("   ↳ Pengelolaan SDM", "PPK", "3358", "300.000.000", "270.000.000", "30.000.000"),
				"▾ Program Penyelenggaraan Pemilu",
				tab("○ Program Penyelenggaraan Pemilu", "KUL", "076.01.CQ", "200.000.000", "150.000.000", "50.000.000"),
				tab("   ↳ Teknis Penyelenggaraan", "PPK", "6639", "200.000.000", "150.000.000", "50.000.000"),
			},
			want: map[string][]string{"anggaran": nil}},
		{name: "look-alike: an office move's to-do list with costs per task, no budget codes",
			body: []string{"Daftar tugas pindahan kantor (Asana):", "",
				tab("Task name", "Assignee", "Due date", "Budget", "Actual", "Remaining"),
				"▾ Persiapan",
				tab("○ Sewa truk", "Andi", "3 Mar", "5.000.000", "4.500.000", "500.000"),
				tab("   ↳ Bongkar lemari arsip", "Budi", "4 Mar", "2.000.000", "2.000.000", "0"),
				"▾ Jumlah",
				tab("○ Total pindahan", "Andi", "5 Mar", "7.000.000", "6.500.000", "500.000"),
			},
			want: map[string][]string{"anggaran": nil}},
		{name: "look-alike: an event checklist with a budget column and ticked items",
			body: []string{"Checklist rapat pleno rekapitulasi:", "",
				tab("Task", "PIC", "Deadline", "Biaya", "Realisasi", "Status"),
				tab("✓ Pesan konsumsi 120 orang", "Sekretariat", "10 Mar", "6.000.000", "5.850.000", "selesai"),
				tab("✓ Sewa sound system", "Umum", "11 Mar", "2.500.000", "2.500.000", "selesai"),
				tab("☐ Cetak undangan", "Umum", "12 Mar", "750.000", "", "proses"),
				tab("☐ Jumlah", "", "", "9.250.000", "8.350.000", ""),
			},
			want: map[string][]string{"anggaran": nil}},
	}
	checkDocs(t, []string{"anggaran"}, tests)
}

// A task list whose total task is no sum of its programs loads nothing
// and says why.
func TestTasklistFinding(t *testing.T) {
	tab := func(cells ...string) string { return strings.Join(cells, "\t") }
	d := parseDoc(t, "mismatch", "Tabel 3.5 Realisasi Anggaran 2024", "",
		tab("Task name", "Assignee", "Kode", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)"),
		"▾ Ringkasan",
		tab("○ Total DIPA 2024", "Bendahara", "", "1.100.000.000", "870.000.000", "230.000.000"),
		"▾ Program Dukungan Manajemen",
		tab("○ Program Dukungan Manajemen", "KUL", "076.01.WA", "800.000.000", "720.000.000", "80.000.000"),
		tab("   ↳ Pengelolaan Perencanaan", "PPK", "3357", "800.000.000", "720.000.000", "80.000.000"),
		tab("○ Program Penyelenggaraan Pemilu", "KUL", "076.01.CQ", "200.000.000", "150.000.000", "50.000.000"),
		tab("   ↳ Teknis Penyelenggaraan", "PPK", "6639", "200.000.000", "150.000.000", "50.000.000"))
	for _, f := range d.Findings {
		if f.Aturan == "anggaran.daftar_tugas" {
			if !strings.Contains(f.Pesan, "total: pagu") || len(d.Anggaran) != 0 {
				t.Errorf("finding %q, rows %v", f.Pesan, factRows["anggaran"](d))
			}
			return
		}
	}
	t.Errorf("no anggaran.daftar_tugas finding; rows %v", factRows["anggaran"](d))
}
