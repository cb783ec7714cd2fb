package parse

import (
	"bytes"
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
	if !bytes.Contains(data, []byte("☑")) && !bytes.Contains(data, []byte("[x]")) && !bytes.Contains(data, []byte("[X]")) {
		return data
	}
	lines := strings.Split(string(data), "\n")
	ticked := 0
	for i, l := range lines {
		t := strings.TrimSpace(l)
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
