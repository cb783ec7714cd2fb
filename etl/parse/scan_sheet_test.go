package parse

import (
	"strings"
	"testing"
)

// oldSheetLettersNear and oldSheetSpacedNear are the byte-by-byte gates
// the bar and line-start scans replaced, kept to test them side by side.
func oldSheetLettersNear(data []byte) bool {
	for i := 1; i < len(data); i++ {
		c := data[i]
		if c < 'A' || c >= 'Z' {
			continue
		}
		p := sheetSkip(data, i-1, -1)
		if p < 0 || !sheetBar(data[p]) {
			continue
		}
		q := sheetSkip(data, i+1, 1)
		if q >= len(data) || !sheetBar(data[q]) {
			continue
		}
		q = sheetSkip(data, q+1, 1)
		if q >= len(data) || data[q] != c+1 {
			continue
		}
		if r := sheetSkip(data, q+1, 1); r >= len(data) || sheetBar(data[r]) || data[r] == '\n' || data[r] == '\r' {
			return true
		}
	}
	return false
}

func oldSheetSpacedNear(data []byte) bool {
	for i := 1; i < len(data); i++ {
		c := data[i]
		if c < 'A' || c >= 'Z' || data[i-1] != ' ' {
			continue
		}
		if p := sheetSkip(data, i-1, -1); p >= 0 && data[p] != '\n' {
			continue
		}
		q := sheetSkip(data, i+1, 1)
		if q == i+1 || q >= len(data) || data[q] != c+1 {
			continue
		}
		if r := q + 1; r >= len(data) || data[r] == ' ' || data[r] == '\n' || data[r] == '\r' {
			return true
		}
	}
	return false
}

// TestSheetGatesSideBySide: the sheet gates answer as the byte-by-byte
// ones did, on every corpus text, on each of its lines, and on made-up
// grids and near misses.
func TestSheetGatesSideBySide(t *testing.T) {
	check := func(name string, b []byte) {
		t.Helper()
		if got, want := sheetLettersNear(b), oldSheetLettersNear(b); got != want {
			t.Fatalf("%s: sheetLettersNear %v, old %v", name, got, want)
		}
		if got, want := sheetSpacedNear(b), oldSheetSpacedNear(b); got != want {
			t.Fatalf("%s: sheetSpacedNear %v, old %v", name, got, want)
		}
	}
	for name, text := range marksTexts(t) {
		check(name, text)
		for _, ln := range strings.SplitAfter(string(text), "\n") {
			check(name+" line", []byte(ln))
		}
	}
	texts := []string{"", "A", " A B", "  C  D\nx", "x\n D E", "\tA\tB\t", "| K | L |", "|M|N", "| Y | Z |",
		"   P Q R", "\n\n  G H\r\n", " G  H x", "|\tA |\tB\n", " A", "A B", "\tA\tC\t"}
	pieces := []string{" ", "  ", "\n", "\r", "\t", "|", "A", "B", "C", "Y", "Z", "x", "1"}
	texts = append(texts, madeUpTexts(pieces, 30000, 14)...)
	for _, s := range texts {
		check(strings.ReplaceAll(s, "\n", `\n`), []byte(s))
	}
}
