package parse

import (
	"bytes"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestAuditGateSideBySide: the marks gate before auditProven never skips
// a text auditProven would have proven, and auditMarksIn with the text's
// marks gives what auditMarks gives reading the text itself, on every
// corpus text and on made-up texts with each mark after a figure.
func TestAuditGateSideBySide(t *testing.T) {
	texts := [][]byte{}
	for _, b := range marksTexts(t) {
		texts = append(texts, b)
	}
	made := []string{
		"Realisasi 85,20 √\n√ = sudah dicek ulang", "Nilai SAKIP 70,3 Ø\nØ : belum diverifikasi",
		"Jumlah TPS 412 ^\n^ = angka koreksi", "^{*} catatan kaki 2021\nNilai 12 ^", "Nilai 40 ^ dan 41^\n^ : koreksi", "(b) = dihitung ulang\nPagu 1.250.000 (b)\n",
		"Target\t90 ✓\nCapaian\t88 ✔\n", "Anggaran 3.400 †\n† = sementara", "Pemilih 5.120 ‡ ‡\n‡ = final",
		"Realisasi 71 % ⁂\n⁂ = ditandai", "tanpa tanda 12,5\n", "Ø di depan 12", "√ tanpa angka",
	}
	pieces := []string{" ", "\n", "\t", "12", "7,5", "%", "√", "Ø", "^", "✓", "†", "⁂", "(a)", " = ", ": ", "x", "–", "’"}
	made = append(made, madeUpTexts(pieces, 5000, 12)...)
	for _, s := range made {
		texts = append(texts, []byte(s))
	}
	for _, text := range texts {
		letters := legendLetters(text)
		skip := !auditMayHold(text, letters, new(textMarks))
		if skip && auditProven(text, letters) {
			t.Fatalf("gate skips a text with proven marks: %.80q", text)
		}
		d1, d2 := &facts.Document{}, &facts.Document{}
		a, b := auditMarksIn(d1, text, new(textMarks)), auditMarks(d2, bytes.Clone(text))
		if !bytes.Equal(a, b) || len(d1.Findings) != len(d2.Findings) {
			t.Fatalf("auditMarksIn and auditMarks differ on %.80q", text)
		}
	}
}
