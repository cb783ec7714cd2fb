package parse

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
)

// gateInputs are made-up texts of the lines the gates look for, in every
// order, behind every kind of leading space, and beside near misses.
func gateInputs(seed uint64, n int, frags []string) [][]byte {
	r := rand.New(rand.NewPCG(seed, 13))
	leads := []string{"", "", " ", "\t", "  \t", "\u00a0", "\r", "\v", "\u2003", "\u0085", "x", "\xc3"}
	var out [][]byte
	for range n {
		var b strings.Builder
		for k := r.IntN(6) + 1; k > 0; k-- {
			b.WriteString(leads[r.IntN(len(leads))])
			b.WriteString(frags[r.IntN(len(frags))])
			switch r.IntN(4) {
			case 0:
				b.WriteString(" ")
			case 1:
				b.WriteString(frags[r.IntN(len(frags))])
			default:
				b.WriteString("\n")
			}
		}
		out = append(out, []byte(b.String()))
	}
	for _, f := range frags { // each alone, and cut at every byte
		for i := 0; i <= len(f); i++ {
			out = append(out, []byte(f[:i]), []byte(f[i:]))
		}
	}
	return out
}

// TestXMLGate: every text on which xmlAt decodes an element at some line
// (the only way xmlTables changes a text or reports one) passes the gate.
func TestXMLGate(t *testing.T) {
	frags := []string{`<?xml version="1.0" encoding="UTF-8"?>`, `<?xml-stylesheet href="a"?>`, `<?xmlx?>`,
		`<tabel judul="Tabel 3.2 Realisasi Anggaran 2021">`, `</tabel>`, `<program kode="01" pagu="1.500.000"/>`,
		`<kegiatan><kode>02</kode><pagu>750</pagu></kegiatan>`, `<u> </u>`, `<U>garis</U>`, `<b>tebal</b>`,
		`<td>90</td>`, `<Td>1</Td>`, `<h:td>9</h:td>`, `<x:y:z/>`, `<_baris a="1"/>`, `<ünsur nilai="2"/>`,
		`<İ>3</İ>`, `<ı>4</ı>`, "<\u212aink/>", `<!-- catatan -->`, `<5% dari pagu`, `< spasi`, `<`, `<a.b-c>7</a.b-c>`,
		`<Section/>`, `<sectionx>8</sectionx>`, `<br/>`, `<br>`, `<p>`, `<P>teks</P>`, `<row no="1" nilai="88,5"/>`,
		`<jumlah><pagu>2.250</pagu></jumlah>`, `</`, `/>`, `Realisasi 95%`, "", `<tabel>`, `<data><a>1</a></data>`}
	inputs := gateInputs(1, 4000, frags)
	skipped := 0
	for _, d := range inputs {
		if xmlMayOpen(d) {
			continue
		}
		skipped++
		text := string(d)
		lines, starts, lineOf := textLines(text)
		dec := xmlDecodable(text)
		for i := range lines {
			if _, _, ok := xmlAt(dec, lines, starts, i, lineOf); ok {
				t.Fatalf("gate skips a text whose line %d decodes: %q", i+1, text)
			}
		}
		var miss [][2]int
		if out := xmlTables(d, &miss); !bytes.Equal(out, d) || len(miss) > 0 {
			t.Fatalf("skipped text changed: %q", text)
		}
	}
	if skipped < len(inputs)/10 || skipped == len(inputs) {
		t.Fatalf("gate skipped %d of %d texts: the inputs do not test it", skipped, len(inputs))
	}
}

// TestSQLGate: the gate is the upper-case copy's test, letter for letter.
func TestSQLGate(t *testing.T) {
	frags := []string{"INSERT INTO capaian", "insert into", "InSeRt", "ınsert", "INSERT", "ins", "ert", "valueſ", "VALUES (1, 'a');",
		"values", "Values", "VALUE", "alues", "\xc4", "\xb1", "\xc5\xbf", "ſ", "I", "i", "v", "V", "\xc3VALUES", "INS\xc3ERT", "Rp 1.000",
		"ıNſERT", "INſERT", "\xc4ınsert", "\xe0ıNSERT", "VALUEſ", "vAlUe\xc5", "ıı", "ſſ", "INSERTVALUES", "ınſert ıntο valueſ"}
	for _, d := range gateInputs(3, 6000, frags) {
		up := bytes.ToUpper(d)
		want := bytes.Contains(up, []byte("INSERT")) && bytes.Contains(up, []byte("VALUES"))
		if got := sqlMayHold(d, "INSERT", "VALUES"); got != want {
			t.Fatalf("sqlMayHold(%q) = %v, want %v", d, got, want)
		}
	}
}
