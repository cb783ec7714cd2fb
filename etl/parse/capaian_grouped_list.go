package parse

import (
	"bytes"
	"strings"

	"github.com/kpu-ntt/lkj/etl/facts"
	"github.com/kpu-ntt/lkj/etl/indicator"
	"github.com/kpu-ntt/lkj/etl/normalize"
)

// The capaian as a task tracker's list view printed (ClickUp, Jira, Trello,
// Monday, Asana): one task an indicator, the list grouped by status or by
// sasaran, each group under its own line ("▾ TERCAPAI   7", "Status: Done
// (5)", "Sasaran 1: …") and the column titles repeated under each group:
//
//	▾ TERCAPAI   7
//		Task Name	Assignee	Priority	Satuan	Target	Realisasi	Capaian (%)
//	▣	Persentase …	Kasubbag TPH	Normal	%	82,00	86,47	105,45
//
// The tracker titles the indicator column with its own word for an item's
// name ("Task Name", "Summary", "Card name", "Nama Tugas"), which no
// capaian vocabulary knows, so the table was never a capaian table and all
// its rows were lost. groupedLists writes "Indikator Kinerja" over that one
// title, in place (line numbers never change), on every header of such a
// run (a group's line in TAB cells of its own right above the header is
// written as one line of words, lest it be taken for the header);
// everything else is left to the ordinary capaian reader, which
// already joins a table going on under a group line, ignores columns it has
// no role for (Assignee, Priority, Due date, Status) and proves each row by
// its arithmetic (capaian = realisasi/target·100, or the grade's rank). A
// group's status is never read: a row under TERCAPAI whose figures fail is
// a failing row.
//
// A header is taken only when its titles name a target and a realisasi or
// capaian column, none names an indicator already, exactly one names an
// item, and some row under it carries a known indicator in that column:
// a sprint's task list (story points, hours) names no target, and a list
// of tasks that are not indicators is left as written.

// glNameTitles are the trackers' titles of an item's name column, folded.
var glNameTitles = map[string]bool{
	"task name": true, "task": true, "tasks": true, "name": true, "item": true, "item name": true,
	"summary": true, "title": true, "card": true, "card name": true, "issue": true, "issue summary": true,
	"nama": true, "nama tugas": true, "tugas": true, "nama kartu": true, "kartu": true, "judul": true,
	"judul tugas": true, "nama item": true, "pekerjaan": true, "nama pekerjaan": true,
}

// glHeaderLine: line l is a header glHeader takes (looked at only on the
// lines naming a target).
func glHeaderLine(l []byte) bool {
	if bytes.IndexByte(l, '\t') < 0 {
		return false
	}
	// the line's bytes as they lie, not a copy: glHeader keeps nothing of
	// the cells (roleOf's cache stores copies), and most lines say no
	cells := tabCells(bytesView(l))
	if len(cells) < 3 {
		return false
	}
	_, ok := glHeader(cells)
	return ok
}

// groupedLists rewrites the name title of every tracker list's header in
// data; data itself when it holds none.
func groupedLists(doc *facts.Document, data []byte) []byte {
	if !docMay(doc, data, "arget") || !docHasAny(doc, data, "Name\t", "name\t", "NAME\t", "Summary", "SUMMARY", "Title\t", "Item\t",
		"Card", "Tugas\t", "tugas\t", "TUGAS\t", "Task\t", "Issue\t", "Judul", "JUDUL", "Nama\t", "NAMA\t", "Kartu\t") {
		return data // the cheap look: no tracker's name title beside a target
	}
	if !lineHolds(data, "arget", glHeaderLine) && !lineHolds(data, "ARGET", glHeaderLine) {
		return data // no header of a tracker's list: the text is not split
	}
	lines := strings.Split(string(data), "\n")
	changed := false
	for i, l := range lines {
		if !strings.Contains(l, "arget") && !strings.Contains(l, "ARGET") {
			continue // a header names its target
		}
		cells := tabCells(l)
		if len(cells) < 3 {
			continue
		}
		name, ok := glHeader(cells)
		if !ok || !glIndicatorUnder(lines, i, name) {
			continue
		}
		raw := strings.Split(l, "\t") // tabCells keeps the leading empty cells: the same columns
		raw[name] = strings.Replace(raw[name], cells[name], "Indikator Kinerja", 1)
		lines[i] = strings.Join(raw, "\t")
		if i > 0 && glGroupCells(lines[i-1]) {
			lines[i-1] = strings.Join(strings.Fields(lines[i-1]), " ") // the group's line, no header row over this one
		}
		changed = true
	}
	if !changed {
		return data
	}
	return []byte(strings.Join(lines, "\n"))
}

// glHeader: cells are a header naming a target and a realisasi or capaian
// column, no indicator, and exactly one item-name column, whose index it
// gives.
func glHeader(cells []string) (int, bool) {
	name, target, measure := -1, false, false
	for j, c := range cells {
		if glNameTitles[normalize.Key(c)] {
			if name >= 0 {
				return 0, false // two name columns: which is the indicator?
			}
			name = j
			continue
		}
		switch roleOf(c) {
		case roleIndikator, roleSasaran:
			return 0, false // the ordinary readers know this header
		case roleTarget:
			target = true
		case roleRealisasi, roleCapaian:
			measure = true
		}
	}
	return name, name >= 0 && target && measure
}

// glIndicatorUnder: some row of the run under header line i (up to a blank
// line or a line without TABs) holds a known indicator in column col.
func glIndicatorUnder(lines []string, i, col int) bool {
	for _, l := range lines[i+1 : min(len(lines), i+200)] {
		if strings.TrimSpace(l) == "" || !strings.Contains(l, "\t") {
			break
		}
		if raw := strings.Split(l, "\t"); col < len(raw) {
			if _, _, ok := indicator.Match(strings.TrimSpace(raw[col])); ok {
				return true
			}
		}
	}
	return false
}

// glGroupCells: l, right above a taken header, is a group's line in cells
// of its own ("Tercapai<TAB>2 items"): one or two cells, no column title
// among them. Left a TAB row it would be taken for the table's header.
func glGroupCells(l string) bool {
	cells := tabCells(l)
	n := 0
	for _, c := range cells {
		if c == "" {
			continue
		}
		if n++; n > 2 || roleOf(c) != roleNone {
			return false
		}
	}
	return n > 0
}
