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

// TestDocHasRandom: words of one to nine bytes cut from the text (present)
// or cut and altered (mostly absent), asked of the whole text and of parts
// in either order, so the exact pair and byte bits, the quadruples and the
// remembered first occurrences answer as bytes.Contains does.
func TestDocHasRandom(t *testing.T) {
	r := rand.New(rand.NewSource(11))
	var b strings.Builder
	words := []string{"Realisasi", "anggaran", "Pagu", "│", "┐", "100", "dari", "\t", "Tingkat", "[H]", "Des", "TW IV"}
	for b.Len() < 2*indexMin {
		b.WriteString(words[r.Intn(len(words))])
		b.WriteByte(" \n\t"[r.Intn(3)])
	}
	text := []byte(b.String())
	doc := &facts.Document{}
	bindIndex(doc)
	defer releaseIndex(doc)
	for i := 0; i < 4000; i++ {
		n := 1 + r.Intn(9)
		at := r.Intn(len(text) - n)
		q := []byte(string(text[at : at+n]))
		if r.Intn(2) == 0 {
			q[r.Intn(n)] = byte(r.Intn(256))
		}
		from := r.Intn(len(text) - indexMin)
		part := text[from : from+indexMin+r.Intn(len(text)-indexMin-from+1)]
		datas := [][]byte{text, part}
		if r.Intn(2) == 0 {
			datas[0], datas[1] = part, text
		}
		for _, data := range datas {
			if got, want := docHas(doc, data, string(q)), bytes.Contains(data, q); got != want {
				t.Fatalf("docHas(%q) on [%d:+%d] = %v, want %v", q, from, len(data), got, want)
			}
		}
	}
}
