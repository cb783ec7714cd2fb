package mutate

import (
	"bytes"
	"encoding/binary"
	"encoding/csv"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// report is a small stand-in for an LKj text: prose, a TAB table, a
// Cyrillic homoglyph (В) and Indonesian numbers.
const report = `LAPORAN KINERJA KPU KABUPATEN ALOR TAHUN 2024
Tabel 3.1 Capaian Kinerja
No	Indikator	Target	Realisasi	Capaian
1	Persentase penyelesaian	100%	98,50%	98,50
2	Predikat SAKIP	В	ВВ	200%
3	Jumlah laporan	2 Lap	2 Lap	100
Total pagu anggaran sebesar Rp. 2.586.252.000,- dengan realisasi Rp. 2.500.000.000,-
`

const templateCSV = "kode,uraian,pagu,realisasi\nWA,\"Program, dukungan\",100,90\n3355,Kegiatan,60,55\n"

func rng(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, 0x1f2e3d)) }

func lineSet(b []byte) []string {
	var out []string
	for _, l := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		out = append(out, l)
	}
	slices.Sort(out)
	return out
}

// TestDeterministicAndPure: the same seed gives the same bytes, and the input
// is never modified (the suite reuses one source for many mutations).
func TestDeterministicAndPure(t *testing.T) {
	for _, k := range Kinds() {
		if k == HugeLine {
			continue // covered by TestHugeLine at a small size
		}
		for _, src := range []string{report, templateCSV} {
			in := []byte(src)
			for seed := uint64(0); seed < 20; seed++ {
				a := Apply(k, in, rng(seed))
				b := Apply(k, in, rng(seed))
				if !bytes.Equal(a, b) {
					t.Fatalf("%s seed %d: two runs differ", k, seed)
				}
				if string(in) != src {
					t.Fatalf("%s seed %d: input modified", k, seed)
				}
			}
		}
	}
}

// TestEdgeInputs: no kind panics on degenerate input.
func TestEdgeInputs(t *testing.T) {
	for _, in := range []string{"", "x", "\n", "\n\n\n", "a\tb", "\t", ",", "a,b\n,", "no newline at end", "\xff\xfe\x00"} {
		for _, k := range Kinds() {
			if k == HugeLine {
				var b bytes.Buffer
				if err := WriteHugeLine(&b, []byte(in), 100, rng(1)); err != nil {
					t.Fatal(err)
				}
				continue
			}
			for seed := uint64(0); seed < 5; seed++ {
				Apply(k, []byte(in), rng(seed))
			}
		}
	}
}

func TestKinds(t *testing.T) {
	ks := Kinds()
	if len(ks) != 13 {
		t.Fatalf("Kinds() = %d kinds, want 13", len(ks))
	}
	ks[0] = "changed"
	if Kinds()[0] == "changed" {
		t.Error("Kinds returns its internal slice")
	}
	defer func() {
		if recover() == nil {
			t.Error("Apply of an unknown kind did not panic")
		}
	}()
	Apply("no-such-kind", nil, rng(1))
}

// TestProperties checks what each kind promises, over several seeds.
func TestProperties(t *testing.T) {
	in := []byte(report)
	tabs := bytes.Count(in, []byte{'\t'})
	tests := []struct {
		kind  Kind
		check func(t *testing.T, out []byte)
	}{
		{Truncate, func(t *testing.T, out []byte) {
			if !bytes.HasPrefix(in, out) {
				t.Errorf("not a prefix: %q", out)
			}
		}},
		{ShuffleLines, func(t *testing.T, out []byte) {
			if !slices.Equal(lineSet(out), lineSet(in)) {
				t.Errorf("lines changed, not only reordered:\n%s", out)
			}
		}},
		{DuplicateLines, func(t *testing.T, out []byte) {
			o, i := strings.Split(string(out), "\n"), strings.Split(string(in), "\n")
			if len(o) <= len(i) {
				t.Errorf("no line added: %d -> %d", len(i), len(o))
			}
			// every original line survives, in order
			k := 0
			for _, l := range o {
				if k < len(i) && l == i[k] {
					k++
				}
			}
			if k != len(i) {
				t.Errorf("original lines lost or reordered:\n%s", out)
			}
		}},
		{DeleteCells, func(t *testing.T, out []byte) {
			if n := bytes.Count(out, []byte{'\t'}); n >= tabs {
				t.Errorf("TABs %d -> %d, want fewer", tabs, n)
			}
		}},
		{SwapCells, func(t *testing.T, out []byte) {
			if len(out) != len(in) || bytes.Count(out, []byte{'\t'}) != tabs {
				t.Errorf("swap changed sizes")
			}
		}},
		{RandomBytes, func(t *testing.T, out []byte) {
			if len(out) != len(in) {
				t.Errorf("length %d -> %d", len(in), len(out))
			}
		}},
		{Empty, func(t *testing.T, out []byte) {
			if len(out) != 0 {
				t.Errorf("len %d", len(out))
			}
		}},
		{Latin1, func(t *testing.T, out []byte) {
			if !bytes.Contains(out, []byte("?\t??")) {
				t.Errorf("homoglyphs В, ВВ not replaced by '?': %q", out)
			}
			if len(out) != utf8.RuneCount(in) {
				t.Errorf("not one byte per rune: %d vs %d", len(out), utf8.RuneCount(in))
			}
		}},
		{UTF16, func(t *testing.T, out []byte) {
			var order binary.ByteOrder
			switch {
			case bytes.HasPrefix(out, []byte{0xFF, 0xFE}):
				order = binary.LittleEndian
			case bytes.HasPrefix(out, []byte{0xFE, 0xFF}):
				order = binary.BigEndian
			default:
				t.Fatalf("no BOM: % x", out[:2])
			}
			u := make([]uint16, (len(out)-2)/2)
			for i := range u {
				u[i] = order.Uint16(out[2+2*i:])
			}
			if got := string(utf16.Decode(u)); got != string(in) {
				t.Errorf("round trip differs:\n%s", got)
			}
		}},
		{Binary, func(t *testing.T, out []byte) {
			if len(out) < 1024 || utf8.Valid(out) {
				t.Errorf("not binary: %d bytes, valid UTF-8 %v", len(out), utf8.Valid(out))
			}
		}},
		{ExtraColumn, func(t *testing.T, out []byte) {
			if n := bytes.Count(out, []byte{'\t'}); n != tabs+4 {
				t.Errorf("TABs %d -> %d, want one more on each of the 4 table rows", tabs, n)
			}
		}},
		{MissingColumn, func(t *testing.T, out []byte) {
			if n := bytes.Count(out, []byte{'\t'}); n != tabs-4 {
				t.Errorf("TABs %d -> %d, want one fewer on each of the 4 table rows", tabs, n)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(string(tt.kind), func(t *testing.T) {
			changed := 0
			for seed := uint64(0); seed < 30; seed++ {
				out := Apply(tt.kind, in, rng(seed))
				tt.check(t, out)
				if !bytes.Equal(out, in) {
					changed++
				}
			}
			if changed < 25 {
				t.Errorf("only %d of 30 seeds changed the document", changed)
			}
		})
	}
}

// TestSwapCellsSwaps: the row multiset of cells is kept, the order is not.
func TestSwapCellsSwaps(t *testing.T) {
	in := []byte("a\tb\tc\n")
	out := string(Apply(SwapCells, in, rng(3)))
	if out == string(in) || len(out) != len(in) || !strings.ContainsRune(out, 'a') || !strings.ContainsRune(out, 'c') {
		t.Errorf("swap of %q gave %q", in, out)
	}
}

// TestCSVColumns: template CSVs are edited as CSV, so a quoted comma stays in
// its cell and every record gains or loses exactly one field.
func TestCSVColumns(t *testing.T) {
	tests := []struct {
		kind  Kind
		delta int
	}{{ExtraColumn, 1}, {MissingColumn, -1}}
	for _, tt := range tests {
		for seed := uint64(0); seed < 20; seed++ {
			out := Apply(tt.kind, []byte(templateCSV), rng(seed))
			recs := readCSV(t, out)
			if len(recs) != 3 {
				t.Fatalf("%s: %d records, want 3: %q", tt.kind, len(recs), out)
			}
			for _, rec := range recs {
				if len(rec) != 4+tt.delta {
					t.Errorf("%s seed %d: record %q has %d fields, want %d", tt.kind, seed, rec, len(rec), 4+tt.delta)
				}
			}
			if tt.kind == ExtraColumn && !strings.Contains(string(out), `"Program, dukungan"`) {
				t.Errorf("quoted cell lost its quotes: %q", out)
			}
		}
	}
	semi := []byte("kode;pagu\nWA;100\n")
	if out := Apply(ExtraColumn, semi, rng(1)); bytes.Count(out, []byte{';'}) != 4 {
		t.Errorf("semicolon CSV: %q", out)
	}
}

func TestLatin1(t *testing.T) {
	got := toLatin1([]byte("café В – ok\xff"))
	want := []byte("caf\xe9 ? ? ok\xff")
	if !bytes.Equal(got, want) {
		t.Errorf("toLatin1 = %q, want %q", got, want)
	}
}

// TestHugeLine: the inserted line has exactly the asked length, contains
// no TAB, and removing it gives the document back.
func TestHugeLine(t *testing.T) {
	for seed := uint64(0); seed < 10; seed++ {
		var b bytes.Buffer
		const size = 1 << 20
		if err := WriteHugeLine(&b, []byte(report), size, rng(seed)); err != nil {
			t.Fatal(err)
		}
		var rest []string
		huge := 0
		for _, l := range strings.SplitAfter(b.String(), "\n") {
			if len(l) >= size {
				huge++
				if len(l) != size+1 || strings.ContainsRune(l, '\t') {
					t.Errorf("huge line: %d bytes (want %d), TAB %v", len(l), size+1, strings.ContainsRune(l, '\t'))
				}
				continue
			}
			rest = append(rest, l)
		}
		if huge != 1 || strings.Join(rest, "") != report {
			t.Errorf("seed %d: %d huge lines; rest equal %v", seed, huge, strings.Join(rest, "") == report)
		}
	}
	// A document without a final newline still gets the line on its own.
	var b bytes.Buffer
	_ = WriteHugeLine(&b, []byte("a\nb"), 10, rng(0))
	for _, l := range strings.Split(b.String(), "\n") {
		if strings.HasPrefix(l, "b") && len(l) > 1 {
			t.Errorf("huge line glued to the last line: %q", b.String())
		}
	}
}

func FuzzApply(f *testing.F) {
	f.Add([]byte(report), uint64(1), uint8(0))
	f.Add([]byte(templateCSV), uint64(2), uint8(11))
	f.Fuzz(func(t *testing.T, data []byte, seed uint64, k uint8) {
		kinds := Kinds()
		kind := kinds[int(k)%len(kinds)]
		if kind == HugeLine {
			var b bytes.Buffer
			_ = WriteHugeLine(&b, data, 1000, rng(seed))
			if b.Len() < 1000+len(data) {
				t.Fatalf("huge line output too short: %d", b.Len())
			}
			return
		}
		orig := bytes.Clone(data)
		a := Apply(kind, data, rng(seed))
		if !bytes.Equal(data, orig) {
			t.Fatal("input modified")
		}
		if b := Apply(kind, data, rng(seed)); !bytes.Equal(a, b) {
			t.Fatal("not deterministic")
		}
	})
}

func readCSV(t *testing.T, b []byte) [][]string {
	t.Helper()
	cr := csv.NewReader(bytes.NewReader(b))
	cr.FieldsPerRecord = -1
	recs, err := cr.ReadAll()
	if err != nil {
		t.Fatalf("mutated CSV does not parse: %v\n%q", err, b)
	}
	return recs
}
