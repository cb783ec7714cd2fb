package parse

import (
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// The budget as a task manager's list view printed (Asana, Todoist,
// Microsoft Planner/To Do, Wrike, Basecamp): a header of the task name,
// distractor columns (assignee, due date, tags) and custom fields (Kode,
// Pagu, Realisasi, Sisa, Serapan); section lines that group the tasks
// ("▾ Program …", "## Program …", "Section: …"); tasks behind a check mark
// (○ ✓ ☐ [ ]), subtasks behind a subtask mark (↳ └) or indentation; the
// total a task of its own anywhere (the first section, the last), named
// Total/Jumlah/DIPA, with no code:
//
//	Task name	Assignee	Due date	Kode	Pagu (Rp)	Realisasi (Rp)	Sisa (Rp)	Serapan %
//	▾ Ringkasan
//	  ○ Total DIPA 2022	Bendahara	31 Des		3.787.316.000	…
//	▾ Program Dukungan Manajemen
//	  ○ Program Dukungan Manajemen	Kasubbag KUL	31 Des	076.01.WA	3.248.766.000	…
//	      ↳ Pengelolaan Keuangan dan BMN	PPK	31 Des	3355	2.114.500.000	…
//
// The marks and sections are the tool's layout, not the budget's: the
// codes decide program and kegiatan (a kegiatan belongs to the program
// before it), and the proof is the plan's (anggaran_msproj.go): every
// row's sisa = pagu − realisasi or its serapan, the kegiatan summing to
// their program, the programs to the total. A PDF's copy loses the TABs
// and wraps the names onto the next lines: the figures are then read from
// the line's right end, the code just before them. A list of budget codes
// whose sums fail is blanked (anggaran.daftar_tugas); a list without codes
// (a project's costs per task, an event checklist) is left alone.

// tasklistHead is a list's header: the figure columns' roles in order and,
// when the header is TAB cells, every column's index.
type tasklistHead struct {
	tab        bool // TAB cells: a row of as many cells is read by index
	n          int
	name, code int
	figs       []int // the roles of the figure columns, in order
	figAt      []int // their indices
	trailing   bool  // the figure columns (after an optional Kode) end the header
	ribu       bool
}

// tasklistRow is one task row read.
type tasklistRow struct {
	marked bool
	name   string
	code   string
	figs   []string // by tasklistHead.figs
}

// tasklistTables rewrites the task lists' budgets in data; data itself
// when it holds none.
func tasklistTables(doc *facts.Document, data []byte) []byte {
	if !docHasAny(doc, data, "↳", "└", "○", "☐", "✓", "✔", "[ ]", "[x]", "▾", "◯") {
		return data
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i := 0; i+2 < len(lines); i++ {
		hd, ok := tasklistHeader(lines[i])
		if !ok {
			continue
		}
		if end, ok := tasklistTable(doc, lines, i, hd); ok {
			changed = true
			i = end
		}
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// tasklistHeader reads a header: a task name column, one pagu and one
// realisasi column (at most one sisa, one percent, one Kode). Its TAB
// cells, else (a PDF's copy) its words, a figure title opening a column.
func tasklistHeader(l string) (tasklistHead, bool) {
	hd := tasklistHead{name: -1, code: -1}
	key := normalize.SpacedKey(l)
	if !has(key, "task", "tugas", "todo", "content", "title", "judul") || len(l) > 300 {
		return hd, false
	}
	if has(key, "juta", "million", "usd") || strings.Contains(l, "$") {
		return hd, false // a unit the budget table does not write
	}
	var cells []string
	if strings.Count(l, "\t") >= 3 {
		hd.tab, cells = true, staCells(l, '\t')
	} else {
		for _, w := range strings.Fields(l) {
			r, _ := msprojRole(w)
			k := len(cells) - 1
			opens := r != roleNone || anggaranRoleOf(w) == roleKode
			glue := k >= 0 && (strings.HasPrefix(w, "(") || w == "%" || strings.HasSuffix(cells[k], "(Rp") || strings.HasSuffix(cells[k], "(rp"))
			if glue || k >= 0 && !opens && tasklistOther(cells[k]) {
				cells[k] += " " + w
			} else {
				cells = append(cells, w)
			}
		}
	}
	hd.n = len(cells)
	seen := map[int]bool{}
	for k, c := range cells {
		ck := normalize.SpacedKey(c)
		hd.ribu = hd.ribu || has(ck, "ribu", "thousand", "thousands", "000")
		r, _ := msprojRole(c)
		switch {
		case r == rolePagu || r == roleRealisasi || r == roleSisa || r == rolePersen:
			if seen[r] {
				return hd, false
			}
			seen[r] = true
			hd.figs, hd.figAt = append(hd.figs, r), append(hd.figAt, k)
		case anggaranRoleOf(c) == roleKode && hd.code < 0:
			hd.code = k
		case hd.name < 0 && has(ck, "task", "tugas", "todo", "content", "title", "judul", "name", "nama"):
			hd.name = k
		}
	}
	if !seen[rolePagu] || !seen[roleRealisasi] || hd.name < 0 {
		return hd, false
	}
	first := hd.figAt[0]
	hd.trailing = hd.figAt[len(hd.figAt)-1] == hd.n-1 && hd.figAt[len(hd.figAt)-1]-first == len(hd.figAt)-1 &&
		(hd.code < 0 || hd.code == first-1)
	return hd, hd.tab || hd.trailing
}

// tasklistOther: a word-built header cell that is no figure or Kode
// column, which the next plain word continues ("Task name", "Due date").
func tasklistOther(c string) bool {
	r, _ := msprojRole(c)
	return r == roleNone && anggaranRoleOf(c) != roleKode
}

// tasklistMark strips a line's task and subtask marks; whether it had one.
func tasklistMark(t string) (string, bool) {
	marked := false
	for {
		t = strings.TrimLeft(t, " \t\u00a0─━-*•")
		cut := false
		for _, m := range []string{"○", "◯", "✓", "✔", "☐", "☑", "☒", "◻", "□", "[ ]", "[x]", "[X]", "↳", "⤷", "└", "├", "╰"} {
			if strings.HasPrefix(t, m) {
				t, cut, marked = t[len(m):], true, true
			}
		}
		if !cut {
			return t, marked
		}
	}
}

// tasklistSection: a section line that groups the tasks.
func tasklistSection(t string) bool {
	l := strings.ToLower(strings.TrimSpace(t))
	for _, p := range []string{"▾", "▸", "▼", "▶", "►", "#", "section:", "bagian:", "bucket:", "seksi:", "list:"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// tasklistFig: a figure cell ("3.787.316.000", "Rp1.000", "98,39%").
func tasklistFig(s string) string {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "%"))
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(s, "IDR"), "Rp"))
	if s == "" || strings.Trim(s, "0123456789.,-") != "" || strings.Trim(s, ".,-") == "" {
		return ""
	}
	return s
}

// tasklistParse reads a row: by index when its TAB cells match the
// header's, else the figures from its right end, the code before them.
func tasklistParse(l string, hd tasklistHead) (tasklistRow, bool) {
	t, marked := tasklistMark(l)
	row := tasklistRow{marked: marked, figs: make([]string, len(hd.figs))}
	if cells := strings.Split(t, "\t"); hd.tab && len(cells) == hd.n {
		for f, k := range hd.figAt {
			if strings.TrimSpace(cells[k]) != "" {
				if row.figs[f] = tasklistFig(cells[k]); row.figs[f] == "" {
					return row, false
				}
			}
		}
		row.name = strings.TrimSpace(cells[hd.name])
		if hd.code >= 0 {
			row.code = strings.TrimSpace(cells[hd.code])
		}
	} else {
		if !hd.trailing {
			return row, false
		}
		var w []string
		for _, x := range strings.Fields(t) {
			if x != "Rp" && x != "IDR" && x != "%" {
				w = append(w, x)
			}
		}
		if len(w) < len(hd.figs) {
			return row, false
		}
		for f := range hd.figs {
			if row.figs[f] = tasklistFig(w[len(w)-len(hd.figs)+f]); row.figs[f] == "" {
				return row, false
			}
		}
		w = w[:len(w)-len(hd.figs)]
		if n := len(w); hd.code >= 0 && n > 0 && isCode(w[n-1]) {
			row.code, w = w[n-1], w[:n-1]
		}
		row.name = strings.Join(w, " ")
	}
	if row.code == "" {
		row.code, _ = budgetCode(row.name)
	} else if !isCode(row.code) {
		return row, false
	}
	return row, true
}

// tasklistTable reads the list under the header lines[h]; the last line it
// covers and whether it rewrote (or blanked) it.
func tasklistTable(doc *facts.Document, lines []string, h int, hd tasklistHead) (int, bool) {
	var rows []tasklistRow
	end, blank, marks := h, false, 0
	last, sec := -1, false // the last row's or section's line (or its wrapped name's); whether a section's
	for k := h + 1; k < len(lines) && k <= h+300; k++ {
		t := strings.TrimSpace(lines[k])
		switch row, ok := tasklistParse(lines[k], hd); {
		case t == "":
			blank = true
			continue
		case staRule(lines[k]):
		case tasklistSection(t):
			last, sec = k, true
		case ok:
			rows, last, sec = append(rows, row), k, false
			if row.marked {
				marks++
			}
		case row.marked:
			// a task without figures: a to-do of the list, no budget's row
		case !blank && last >= 0 && last == k-1:
			if !sec {
				rows[len(rows)-1].name += " " + strings.TrimSpace(strings.Split(t, "\t")[0]) // a wrapped name
			}
			last = k
		default:
			k = len(lines)
			continue
		}
		end, blank = k, false
	}
	if len(rows) < 2 || marks < 2 || 2*marks < len(rows) {
		return h, false // no task list: an ordinary table's
	}
	plan, ok := tasklistPlan(rows, hd)
	if !ok {
		return h, false
	}
	total, tops, ok := msprojTree(plan)
	if !ok {
		return h, false // no budget codes: a project's costs, a checklist
	}
	ribu := hd.ribu || abreastRibu(lines, h) || atmThousands(lines, h, end+1)
	whole := map[bool]int64{false: 100, true: 1}[ribu]
	recs, why := msprojProve(plan, total, tops, whole)
	if why == "" {
		var placed bool
		if why, placed = recsWriteUnit(lines, recs, h, end+1, ribu); why == "" {
			return end, placed
		}
	}
	doc.Add(facts.Finding{Span: facts.Span{Start: h + 1, End: end + 1}, Aturan: "anggaran.daftar_tugas", Tingkat: facts.Warning,
		Pesan: "anggaran sebagai daftar tugas: " + why + "; tidak dimuat"})
	for k := h; k <= end; k++ {
		lines[k] = ""
	}
	return end, true
}

// tasklistPlan turns the rows into the plan's rows, the total (an uncoded
// task named a total) first, the depth the code's kind; ok is false for
// two totals or a figure that reads in neither convention.
func tasklistPlan(rows []tasklistRow, hd tasklistHead) ([]*msprojRow, bool) {
	slot := map[int]int{rolePagu: 0, roleRealisasi: 1, roleSisa: 2, rolePersen: 3}
conv:
	for _, cv := range [2][2]byte{{',', '.'}, {'.', ','}} {
		var plan []*msprojRow
		var total *msprojRow
		for _, r := range rows {
			m := &msprojRow{code: r.code, name: r.name, figs: [4]int64{staNone, staNone, staNone, staNone}}
			for f, v := range r.figs {
				if v == "" {
					continue
				}
				x, ok := spoolValue(v, cv[0], cv[1])
				if !ok {
					continue conv
				}
				m.figs[slot[hd.figs[f]]] = x
			}
			if m.code == "" && tasklistTotal(m.name) {
				if total != nil {
					return nil, false
				}
				total = m
				continue
			}
			m.level = msprojCodeDepth(m)
			plan = append(plan, m)
		}
		if total != nil {
			plan = append([]*msprojRow{total}, plan...)
		}
		return plan, true
	}
	return nil, false
}

// tasklistTotal: an uncoded task's name that says it is the total.
func tasklistTotal(name string) bool {
	return has(normalize.SpacedKey(name), "total", "jumlah", "dipa", "keseluruhan", "grand")
}
