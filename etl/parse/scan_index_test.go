package parse

import (
	"bytes"
	"math/rand"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/facts"
)

// TestDocHasIsContains: the index only ever spares a scan; every answer is
// bytes.Contains's, for the whole text, a part of it, a rewritten text and
// a document no parse is bound to.
func TestDocHasIsContains(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	var b strings.Builder
	words := []string{"Realisasi", "anggaran", "SALDO", "Kredit", "│", "┐", "100", "dari", "\t", "  ", "\n", "Tingkat", "[H]"}
	for b.Len() < 3*indexMin {
		b.WriteString(words[r.Intn(len(words))])
		b.WriteByte(" \n\t"[r.Intn(3)])
	}
	text := []byte(b.String())
	queries := []string{"SALDO", "Saldo", "KREDIT", "Kredit", "┐", "╗", "[H]", "[K]", "ealisasi", "EALISASI", "ab", "", "x", "dari 100", "Tingkat\t", "anggaranX"}
	doc := &facts.Document{}
	check := func(what string, data []byte) {
		t.Helper()
		for _, q := range queries {
			if got, want := docHas(doc, data, q), bytes.Contains(data, []byte(q)); got != want {
				t.Fatalf("%s: docHas(%q) = %v, want %v", what, q, got, want)
			}
			if !docMay(doc, data, q) && bytes.Contains(data, []byte(q)) {
				t.Fatalf("%s: docMay(%q) false, the text holds it", what, q)
			}
		}
		if got, want := docHasAny(doc, data, queries[:4]...), bytes.Contains(data, []byte("SALDO")) || bytes.Contains(data, []byte("Saldo")) ||
			bytes.Contains(data, []byte("KREDIT")) || bytes.Contains(data, []byte("Kredit")); got != want {
			t.Fatalf("%s: docHasAny = %v, want %v", what, got, want)
		}
	}
	check("unbound", text)
	bindIndex(doc)
	defer releaseIndex(doc)
	check("whole", text)
	check("part", text[100:len(text)-200])
	check("short", text[:100])
	other := append(bytes.Clone(text), "Saldo ╗ [K] EALISASI"...)
	check("rewritten", other)
	check("first again", text)
	for i := 0; i < 2*maxBuilds; i++ {
		check("rebuilt", bytes.Clone(other))
	}
}
