package parse

import (
	"fmt"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// A checklist note shared as text (a phone's notes app, a Markdown task
// list). An operator ticking off each area as its plenary ends writes
//
//	☐ Kirim berita acara ke provinsi
//	☑ Kec. Wewewa Barat: 18 desa, 52 TPS — L 9.120, P 9.388, jumlah 18.508
//	- [x] Kec. Loura: 11 desa, 30 TPS — L 5.004, P 5.116, jumlah 10.120
//
// A ticked item is a labelled row "label: cell, cell, …" (kv_inline.go)
// behind a check mark, its cells parted by commas or by a dash; an
// unticked item is a to-do: what is still planned or unconfirmed, never a
// fact, even when it holds figures (reported, not read). checklistItems
// writes each ticked item with figures as a list item, its dashes between
// cells as commas, and blanks each unticked item with figures (line
// numbers never change), so the ticked rows go the labelled rows' way and
// their own sums prove them.

// checkedMarks open a ticked item, uncheckedMarks an unticked one (the
// Markdown ones after a list mark). A lone check mark (✔) is no box: it
// also ticks a figure a reviewer checked, and its items read as they are.
var (
	checkedMarks   = []string{"☑", "- [x]", "- [X]", "* [x]", "* [X]"}
	uncheckedMarks = []string{"☐", "- [ ]", "* [ ]"}
)

// checklistItems rewrites the items of checklists; data itself when it
// holds none. Findings go to doc.
func checklistItems(doc *facts.Document, data []byte) []byte {
	if !docHas(doc, data, "☑") && !docHas(doc, data, "[x]") && !docHas(doc, data, "[X]") {
		return data
	}
	lines := strings.Split(string(data), "\n")
	ticked := 0
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if end, n := reflowedChecklist(doc, lines, i); n > 0 {
			ticked += n
			i = end - 1
			continue
		}
		if m := markOf(t, checkedMarks); m != "" {
			if item, ok := checkedItem(t[len(m):]); ok {
				lines[i] = item
				ticked++
			}
			continue
		}
		if m := markOf(t, uncheckedMarks); m != "" {
			rest := strings.TrimSpace(t[len(m):])
			if c := strings.Index(rest, ": "); c > 0 && strings.ContainsAny(rest[c:], "0123456789") {
				lines[i] = ""
				doc.Add(facts.Finding{Span: facts.Span{Start: i + 1, End: i + 1}, Aturan: "tabel.baris_tidak_dikenali",
					Tingkat: facts.Info, Nilai: rest,
					Pesan: fmt.Sprintf("butir daftar periksa baris %d belum dicentang: angkanya rencana, bukan fakta", i+1)})
			}
		}
	}
	if ticked == 0 {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// markOf: the mark of marks that opens t, followed by a space; "" when none.
func markOf(t string, marks []string) string {
	for _, m := range marks {
		if strings.HasPrefix(t, m+" ") {
			return m
		}
	}
	return ""
}

// checkedItem writes the ticked item rest as a list item, its cells after
// the label's colon parted by commas; ok is false when it holds no
// labelled figures.
func checkedItem(rest string) (string, bool) {
	rest = strings.TrimSpace(rest)
	c := strings.Index(rest, ": ")
	if c <= 0 || !strings.ContainsAny(rest[c:], "0123456789") {
		return "", false
	}
	cells := strings.NewReplacer(" — ", ", ", " – ", ", ").Replace(rest[c+2:])
	return "• " + rest[:c] + ": " + cells, true
}

// A checklist printed to PDF comes back reflowed: its items run on in one
// paragraph, each opening at its mark wherever the line holds it, the
// paragraph maybe cut by a page break inside an item.
//
//	☑ Kec. Alok: 12 desa/kel, 38 TPS — L 8.114, P 8.402,
//	jumlah 16.516 ☑ Kec. Nita: 10 desa/kel, 27 TPS — L
//
// reflowedChecklist reads such a paragraph from line i (a ticked item
// with a second mark on it or on the line under it): the items parted at
// their marks, each ticked one a labelled row with the cells of the
// first, written one a line from line i on (the paragraph holds more
// lines than items; a page break inside moves under them), the rest of
// the paragraph blank. end is the line after the paragraph, n the rows
// written; 0 when the paragraph is no such checklist (it stays as is).
func reflowedChecklist(doc *facts.Document, lines []string, i int) (end, n int) {
	const box = "☑"
	t := strings.TrimSpace(lines[i])
	if !strings.HasPrefix(t, box+" ") || len(splitMarks(t)) < 2 && (i+1 >= len(lines) || !markInside(lines[i+1])) {
		return 0, 0 // no second item on the line or inside the next
	}
	var text strings.Builder
	brk := -1 // the page break's line
	k := i
	for ; k < len(lines); k++ {
		l := strings.TrimSpace(lines[k])
		if l == "" {
			if !checklistCut(text.String()) || k+1 >= len(lines) || strings.TrimSpace(lines[k+1]) == "" || brk >= 0 {
				break
			}
			if strings.Contains(lines[k], "\f") {
				brk = k
			}
			continue
		}
		if !strings.Contains(l, box) && !strings.Contains(l, "☐") && !checklistCut(text.String()) {
			break // a line after the last item, which is whole
		}
		text.WriteString(" " + l)
	}
	end = k
	pieces := splitMarks(text.String())
	var items []string
	var keys []string
	for _, pc := range pieces {
		rest := strings.TrimSpace(pc[len(box):])
		if strings.HasPrefix(pc, "☐") {
			if strings.ContainsAny(rest, "0123456789") {
				doc.Add(facts.Finding{Span: facts.Span{Start: i + 1, End: end}, Aturan: "tabel.baris_tidak_dikenali",
					Tingkat: facts.Info, Nilai: rest,
					Pesan: fmt.Sprintf("butir daftar periksa baris %d-%d belum dicentang: angkanya rencana, bukan fakta", i+1, end)})
			}
			continue
		}
		item, ok := checkedItem(rest)
		if !ok {
			return 0, 0
		}
		r, ok := inlineItem(item, i, i, true)
		if !ok || len(r.keys) < 2 || keys != nil && !sameKeys(keys, r.keys) {
			return 0, 0 // a cell cut off or told otherwise: the parts are not proven items
		}
		keys = r.keys
		items = append(items, item)
	}
	if len(items) < 2 || len(items) > end-i-1 {
		return 0, 0
	}
	for j := i; j < end; j++ {
		lines[j] = ""
	}
	copy(lines[i:], items)
	if brk >= 0 {
		lines[i+len(items)] = "\f"
	}
	return end, len(items)
}

// checklistCut: the last item of text is cut off: it ends at a
// separator, or names fewer cells than the first item (or none).
func checklistCut(text string) bool {
	ps := splitMarks(text)
	if len(ps) == 0 {
		return false
	}
	cells := func(p string) int {
		item, ok := checkedItem(strings.TrimSpace(p[len("☑"):]))
		if !ok {
			return 0
		}
		r, ok := inlineItem(item, 0, 0, true)
		if !ok {
			return 0
		}
		return len(r.keys)
	}
	last := strings.TrimSpace(ps[len(ps)-1])
	return strings.HasSuffix(last, ",") || strings.HasSuffix(last, "—") || strings.HasSuffix(last, "–") ||
		cells(last) == 0 || cells(last) < cells(ps[0])
}

// markInside: a box mark stands inside l, after some text.
func markInside(l string) bool {
	l = strings.TrimSpace(l)
	return strings.Index(l, "☑") > 0 || strings.Index(l, "☐") > 0
}

// splitMarks parts text at each box mark, every piece opening with its mark.
func splitMarks(text string) []string {
	var out []string
	for {
		text = strings.TrimSpace(text)
		if text == "" {
			return out
		}
		next := -1
		for _, m := range []string{"☑", "☐"} {
			if k := strings.Index(text[1:], m); k >= 0 && (next < 0 || k+1 < next) {
				next = k + 1
			}
		}
		if next < 0 {
			return append(out, text)
		}
		out = append(out, text[:next])
		text = text[next:]
	}
}
