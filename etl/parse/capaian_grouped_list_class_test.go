package parse

import (
	"testing"

	"github.com/kpu-ntt/lkj/etl/validate"
)

// glDoc sets a tracker's printed list under a capaian caption in a report.
func glDoc(list ...string) []string {
	out := []string{"BAB III AKUNTABILITAS KINERJA", "", "A. Capaian Kinerja", "",
		"Tabel 3.1 Pengukuran Kinerja Tahun 2024", ""}
	out = append(out, list...)
	return append(out, "", "Sumber: Subbagian Perencanaan, Data dan Informasi.", "")
}

// TestGroupedListClass: the capaian as a task tracker's list view grouped
// by status or by sasaran, the column titles repeated under each group, the
// indicator column titled with the tracker's word for an item's name; each
// row proven by the ordinary capaian reader, the group's status never read.
func TestGroupedListClass(t *testing.T) {
	const (
		kep    = "Persentase kesesuaian Kompetensi Pegawai terhadap standar kompetensi penugasannya"
		arsip  = "Persentase KPU Kabupaten dalam Mengelola Arsip Inaktif Sesuai Aturan Kearsipan"
		dpt    = "Persentase KPU Kabupaten dalam memutakhirkan Data Pemilih Tepat Waktu"
		lapkeu = "Persentase KPU Kabupaten dalam Menyampaikan Laporan Pertanggungjawaban Penggunaan Anggaran berbasis SIMONIKA yang Tepat Waktu dan Valid"
		sakip  = "Nilai Evaluasi atas Akuntabilitas Kinerja KPU Kabupaten"
	)
	// Jira: "Status: Done (2)" groups, a key and a due date, English
	// percentages in a column titled "%"
	jira := glDoc("Project LKJ / Filter: IKU 2024   Group: Status",
		"",
		"Status: Done (2)",
		"Key\tSummary\tAssignee\tDue date\tTarget\tRealisasi\t%",
		"LKJ-1\t"+kep+"\tA. Dethan\t31/Dec/24\t85,00\t88,40\t104,00",
		"LKJ-4\t"+dpt+"\tM. Lay\t31/Dec/24\t100,00\t100,00\t100,00",
		"",
		"Status: In Progress (1)",
		"Key\tSummary\tAssignee\tDue date\tTarget\tRealisasi\t%",
		"LKJ-7\t"+arsip+"\tA. Dethan\t31/Dec/24\t90,00\t81,00\t90,00")
	// Trello exported to Markdown: lists grouped by sasaran, the titles
	// (Card name | Labels | Target | Realisasi | Capaian) repeated, units in
	// the figures, a grade indicator ranked
	trello := glDoc("Papan: Kinerja 2024 (ekspor kartu per daftar)",
		"",
		"## Sasaran 1: Meningkatnya kualitas pelayanan administrasi",
		"",
		"| Card name | Labels | Target | Realisasi | Capaian |",
		"|---|---|---|---|---|",
		"| "+lapkeu+" | IKU, Keuangan | 100% | 97,22% | 97,22% |",
		"| "+sakip+" | IKU | BB | A | 100 |",
		"",
		"## Sasaran 2: Meningkatnya kualitas data pemilih",
		"",
		"| Card name | Labels | Target | Realisasi | Capaian |",
		"|---|---|---|---|---|",
		"| "+dpt+" | IKU | 100% | 100% | 100% |")
	// a ClickUp list whose group says TERCAPAI while a row's figures fail
	// it: the status is never the proof, the figures are (90 of 100 is
	// 90 %); a row whose stated capaian is not realisasi/target is the
	// ordinary reader's to judge
	status := glDoc("KPU Sikka  ›  Kinerja 2024  ›  IKU",
		"Group by: Status",
		"",
		"▾ TERCAPAI   2",
		"\tTask Name\tPriority\tTarget\tRealisasi\tCapaian (%)",
		"▣\t"+dpt+"\tHigh\t100,00\t90,00\t90,00",
		"▣\t"+lapkeu+"\tHigh\t100,00\t90,00\t100,00",
		"▣\t"+kep+"\tNormal\t80,00\t84,00\t105,00",
		"",
		"▾ TIDAK TERCAPAI   1",
		"\tTask Name\tPriority\tTarget\tRealisasi\tCapaian (%)",
		"▣\t"+arsip+"\tLow\t80,00\t77,36\t96,70")
	// Monday: groups back to back without blank lines, the group's name
	// and item count in cells of their own, "Item" the name title, the unit
	// beside each figure, a status column
	monday := glDoc("Board: IKU Sekretariat 2024",
		"Tercapai\t2 items",
		"Item\tStatus\tOwner\tTarget\tActual\tAchievement (%)",
		kep+"\tDone\tYD\t82 %\t86,47 %\t105,45",
		dpt+"\tDone\tML\t100 %\t100 %\t100,00",
		"Belum tercapai\t1 item",
		"Item\tStatus\tOwner\tTarget\tActual\tAchievement (%)",
		arsip+"\tStuck\tYD\t80 %\t77,36 %\t96,70")
	// look-alike: a sprint's task list grouped by status, story points and
	// hours, no target
	sprint := glDoc("Sprint 14 - Group by: Status",
		"",
		"▾ DONE   2",
		"\tTask Name\tAssignee\tStory Points\tEstimate (h)\tLogged (h)",
		"▣\tMigrasi server SIDALIH\tRian\t5\t16\t18",
		"▣\tPerbaikan formulir pendaftaran\tNona\t3\t8\t6",
		"",
		"▾ IN PROGRESS   1",
		"\tTask Name\tAssignee\tStory Points\tEstimate (h)\tLogged (h)",
		"▣\tUji beban aplikasi\tRian\t8\t24\t10")
	// look-alike: a sales team's targets grouped by region, a name a
	// salesperson, no indicator among them
	sales := glDoc("Penjualan Triwulan IV - dikelompokkan menurut wilayah",
		"",
		"Wilayah: Maumere (2)",
		"Name\tTarget\tRealisasi\t%",
		"Yohanes Da Silva\t120\t132\t110,00",
		"Maria Goreti\t100\t90\t90,00",
		"",
		"Wilayah: Ende (1)",
		"Name\tTarget\tRealisasi\t%",
		"Paulus Wangge\t80\t80\t100,00")
	checkDocs(t, []string{"capaian"}, []docCase{
		{"jira grouped by status", jira, map[string][]string{"capaian": {
			kep + "|85|88.4|104", dpt + "|100|100|100", arsip + "|90|81|90"}}},
		{"trello markdown grouped by sasaran", trello, map[string][]string{"capaian": {
			lapkeu + "|100|97.22|97.22", sakip + "|<nil>|<nil>|100", dpt + "|100|100|100"}}},
		{"status contradicting the figures", status, map[string][]string{"capaian": {
			dpt + "|100|90|90", lapkeu + "|100|90|100", kep + "|80|84|105", arsip + "|80|77.36|96.7"}}},
		{"monday groups back to back", monday, map[string][]string{"capaian": {
			kep + "|82|86.47|105.45", dpt + "|100|100|100", arsip + "|80|77.36|96.7"}}},
		{"a sprint's tasks with story points", sprint, map[string][]string{"capaian": nil}},
		{"a sales team's targets by region", sales, map[string][]string{"capaian": nil}},
	})
	// the group's TERCAPAI is no proof: 90 of 100 is not achieved, and a
	// stated 100 over 90 of 100 stays the reported figure while the
	// recomputed 90 decides (capaian.beda_lapor_hitung), as in any table
	d := parseDoc(t, "status", status...)
	validate.Document(d)
	for _, c := range d.Capaian {
		if c.Indikator == dpt || c.Indikator == lapkeu {
			if c.Tercapai == nil || *c.Tercapai || c.CapaianHitung == nil || *c.CapaianHitung != 90 {
				t.Errorf("%s: tercapai %v, capaian_hitung %v; want false, 90", c.Indikator, c.Tercapai, c.CapaianHitung)
			}
		}
	}
}
