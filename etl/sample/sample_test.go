package sample

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kpu-ntt/lkj/etl/sharedtest"
	"github.com/kpu-ntt/lkj/etl/template"
)

func TestParseYears(t *testing.T) {
	tests := []struct {
		in       string
		from, to int
		ok       bool
	}{
		{"2020-2024", 2020, 2024, true},
		{"2024", 2024, 2024, true},
		{" 2019 - 2020 ", 2019, 2020, true},
		{"2024-2020", 0, 0, false},
		{"abc", 0, 0, false},
		{"2020-", 0, 0, false},
		{"1999", 0, 0, false},
	}
	for _, tt := range tests {
		from, to, err := ParseYears(tt.in)
		if (err == nil) != tt.ok || from != tt.from || to != tt.to {
			t.Errorf("ParseYears(%q) = %d, %d, %v; want %d, %d, ok=%v", tt.in, from, to, err, tt.from, tt.to, tt.ok)
		}
	}
}

func TestGenerateOptionErrors(t *testing.T) {
	tests := []struct {
		name string
		opt  Options
	}{
		{"no out", Options{Scope: "ntt", FromYear: 2024, ToYear: 2024}},
		{"bad scope", Options{Scope: "mars", FromYear: 2024, ToYear: 2024, Out: t.TempDir()}},
		{"bad noise", Options{Scope: "ntt", FromYear: 2024, ToYear: 2024, Noise: "loud", Out: t.TempDir()}},
		{"bad years", Options{Scope: "ntt", FromYear: 2025, ToYear: 2024, Out: t.TempDir()}},
	}
	for _, tt := range tests {
		if _, err := Generate(tt.opt); err == nil {
			t.Errorf("%s: want an error", tt.name)
		}
	}
}

func TestGenerateDeterministic(t *testing.T) {
	for _, styles := range []string{StylesClassic, StylesMixed} {
		t.Run(styles, func(t *testing.T) { generateDeterministic(t, styles) })
	}
}

func generateDeterministic(t *testing.T, styles string) {
	opt := Options{Scope: "ntt", FromYear: 2023, ToYear: 2024, Seed: 7, Noise: "high", TemplateShare: 0.3, Styles: styles}
	a, b := t.TempDir(), t.TempDir()
	opt.Out = a
	ra, err := Generate(opt)
	if err != nil {
		t.Fatal(err)
	}
	opt.Out = b
	rb, err := Generate(opt)
	if err != nil {
		t.Fatal(err)
	}
	if ra != rb {
		t.Fatalf("results differ: %+v vs %+v", ra, rb)
	}
	if ra.Documents != 46 || ra.TemplateDocs == 0 || ra.TextDocs+ra.TemplateDocs != ra.Documents {
		t.Fatalf("unexpected counts %+v", ra)
	}
	fa, fb := sharedtest.ReadTree(t, a), sharedtest.ReadTree(t, b)
	if len(fa) != len(fb) {
		t.Fatalf("%d files vs %d", len(fa), len(fb))
	}
	for p, x := range fa {
		if !bytes.Equal(x, fb[p]) {
			t.Errorf("%s differs between runs", p)
		}
	}
	// Another seed gives another corpus.
	opt.Seed, opt.Out = 8, t.TempDir()
	if _, err := Generate(opt); err != nil {
		t.Fatal(err)
	}
	fc := sharedtest.ReadTree(t, opt.Out)
	if bytes.Equal(fa["5301/lkj-2024-5301.txt"], fc["5301/lkj-2024-5301.txt"]) && fa["5301/lkj-2024-5301.txt"] != nil {
		t.Error("seed did not change the corpus")
	}
}

func loadTruths(t *testing.T, dir string) []*Truth {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "truth", "*-*.json"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no truth files in %s (%v)", dir, err)
	}
	var out []*Truth
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var tr Truth
		if err := json.Unmarshal(b, &tr); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		out = append(out, &tr)
	}
	return out
}

// TestTruthConsistent checks the arithmetic the pipeline's validators will
// check: children sum to parents, L+P = total unless a typo finding says
// otherwise, components sum to the SAKIP score, sisa = pagu − realisasi.
func TestTruthConsistent(t *testing.T) {
	for _, styles := range []string{StylesClassic, StylesMixed, StylesMixedHoldout} {
		t.Run(styles, func(t *testing.T) { truthConsistent(t, styles) })
	}
}

func truthConsistent(t *testing.T, styles string) {
	dir := t.TempDir()
	if _, err := Generate(Options{Scope: "ntt", FromYear: 2019, ToYear: 2024, Seed: 3, Noise: "default", TemplateShare: 0.2, Out: dir, Styles: styles}); err != nil {
		t.Fatal(err)
	}
	for _, tr := range loadTruths(t, dir) {
		name := tr.SatkerID + "-" + itoa(tr.Tahun)
		type key struct {
			tahun int
			kode  string
		}
		byKode := map[key]AnggaranRow{}
		sums := map[key][2]int64{}
		for _, a := range tr.Anggaran {
			if a.Pagu == nil || a.Realisasi == nil {
				t.Errorf("%s: anggaran %s without amounts", name, a.Kode)
				continue
			}
			if a.Sisa != nil && *a.Sisa != *a.Pagu-*a.Realisasi {
				t.Errorf("%s: %s sisa %d != %d-%d", name, a.Kode, *a.Sisa, *a.Pagu, *a.Realisasi)
			}
			byKode[key{a.Tahun, a.Kode}] = a
			parent := a.KodeInduk
			if a.Tingkat == "program" {
				parent = "TOTAL"
			}
			if parent != "" {
				s := sums[key{a.Tahun, parent}]
				sums[key{a.Tahun, parent}] = [2]int64{s[0] + *a.Pagu, s[1] + *a.Realisasi}
			}
		}
		for k, s := range sums {
			p, ok := byKode[k]
			if !ok {
				continue
			}
			if s[0] != *p.Pagu || s[1] != *p.Realisasi {
				t.Errorf("%s: children of %v sum to %v, parent has %d/%d", name, k, s, *p.Pagu, *p.Realisasi)
			}
		}
		typo := map[[2]int]bool{}
		for _, f := range tr.Temuan {
			if f.Aturan == "dpt.lp_tidak_sama_total" {
				typo[[2]int{f.Awal, f.Akhir}] = true
			}
		}
		dptSum := map[string][3]int64{}
		dptTot := map[string]DPTRow{}
		for _, d := range tr.DPT {
			if *d.PemilihL+*d.PemilihP != *d.PemilihTotal && !typo[[2]int{d.Awal, d.Akhir}] {
				t.Errorf("%s: dpt %s %s L+P != total", name, d.Pemilihan, d.Wilayah)
			}
			k := d.Pemilihan
			switch d.TingkatWilayah {
			case "kecamatan", "kabupaten":
				if (d.TingkatWilayah == "kecamatan") == (tr.SatkerID != "53" && len(tr.SatkerID) == 4) {
					s := dptSum[k]
					dptSum[k] = [3]int64{s[0] + *d.JumlahTPS, s[1] + *d.PemilihL, s[2] + *d.PemilihP}
				} else {
					dptTot[k] = d
				}
			case "provinsi":
				dptTot[k] = d
			}
		}
		for k, s := range dptSum {
			if tot, ok := dptTot[k]; ok && (s[0] != *tot.JumlahTPS || s[1] != *tot.PemilihL || s[2] != *tot.PemilihP) {
				t.Errorf("%s: %s rows sum to %v, total row %d/%d/%d", name, k, s, *tot.JumlahTPS, *tot.PemilihL, *tot.PemilihP)
			}
		}
		for _, s := range tr.Sakip {
			var sum float64
			n := 0
			for _, k := range tr.SakipKomponen {
				if k.TahunDinilai == s.TahunDinilai {
					sum, n = sum+*k.Nilai, n+1
				}
			}
			if n == 0 { // a score stated in prose only
				sum = *s.Nilai
			}
			if round2(sum) != *s.Nilai || predikatOf(*s.Nilai) != s.Predikat {
				t.Errorf("%s: sakip %v %s, components sum %v", name, *s.Nilai, s.Predikat, sum)
			}
		}
	}
}

// TestRealFigures checks that the satker-years with real reports carry
// their real numbers.
func TestRealFigures(t *testing.T) {
	dir := t.TempDir()
	if _, err := generateOnly(Options{Scope: "ntt", FromYear: 2024, ToYear: 2024, Seed: 1, Noise: "none", Out: dir}, []string{"53", "5305"}); err != nil {
		t.Fatal(err)
	}
	var alor, ntt *Truth
	for _, tr := range loadTruths(t, dir) {
		switch tr.SatkerID {
		case "5305":
			alor = tr
		case "53":
			ntt = tr
		}
	}
	find := func(tr *Truth, tahun int, kode string) AnggaranRow {
		for _, a := range tr.Anggaran {
			if a.Tahun == tahun && a.Kode == kode {
				return a
			}
		}
		t.Fatalf("%s: no anggaran %d %s", tr.SatkerID, tahun, kode)
		return AnggaranRow{}
	}
	if a := find(alor, 2024, "TOTAL"); *a.Pagu != 44980284000 || *a.Realisasi != 44776265455 || *a.PaguAwal != 28518161000 || *a.RevisiDIPA != 16 {
		t.Errorf("Alor 2024 total = %+v", a)
	}
	if a := find(alor, 2021, "TOTAL"); *a.Pagu != 2647819000 {
		t.Errorf("Alor 2021 total = %d", *a.Pagu)
	}
	if a := find(ntt, 2024, "6639.BDB.001"); *a.Pagu != 155683894000 || a.KodeInduk != "6639" {
		t.Errorf("NTT 6639.BDB.001 = %+v", a)
	}
	if s := alor.Sakip[0]; *s.Nilai != 73.15 || s.Predikat != "BB" || s.TahunDinilai != 2023 {
		t.Errorf("Alor sakip = %+v", s)
	}
	var gotAlor, gotProv bool
	for _, d := range alor.DPT {
		if d.Pemilihan == "pilkada" && d.TingkatWilayah == "kabupaten" {
			gotAlor = *d.PemilihTotal == 156880 && *d.JumlahTPS == 510 && *d.JumlahDesa == 175 && d.Wilayah == "Kabupaten Alor"
		}
	}
	for _, d := range ntt.DPT {
		if d.Pemilihan == "pilkada" && d.TingkatWilayah == "provinsi" {
			gotProv = *d.PemilihTotal == 3988372 && *d.JumlahTPS == 9877 && d.Wilayah == "Nusa Tenggara Timur"
		}
	}
	if !gotAlor || !gotProv {
		t.Errorf("DPT real figures: alor %v, province %v", gotAlor, gotProv)
	}
}

// TestNoiseNone checks that a clean corpus has no quirk at all.
func TestNoiseNone(t *testing.T) {
	dir := t.TempDir()
	if _, err := Generate(Options{Scope: "ntt", FromYear: 2024, ToYear: 2024, Seed: 5, Noise: "none", TemplateShare: -1, Out: dir}); err != nil {
		t.Fatal(err)
	}
	for _, tr := range loadTruths(t, dir) {
		if len(tr.Temuan) != 0 {
			t.Errorf("%s-%d: %d findings with noise none", tr.SatkerID, tr.Tahun, len(tr.Temuan))
		}
		b, err := os.ReadFile(filepath.Join(dir, tr.Path))
		if err != nil {
			t.Fatal(err)
		}
		if strings.ContainsAny(string(b), "ВРСА") {
			t.Errorf("%s: homoglyphs with noise none", tr.Path)
		}
		if !strings.HasPrefix(string(b), "DOKUMEN SINTETIS") {
			t.Errorf("%s: first line does not say synthetic", tr.Path)
		}
	}
}

// TestTemplatesRead checks that template submissions read back through
// etl/template with the facts the truth lists.
func TestTemplatesRead(t *testing.T) {
	dir := t.TempDir()
	if _, err := Generate(Options{Scope: "ntt", FromYear: 2024, ToYear: 2024, Seed: 11, TemplateShare: 0.9, Out: dir}); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, tr := range loadTruths(t, dir) {
		if tr.Gaya != "template" {
			continue
		}
		n++
		p := filepath.Join(dir, filepath.FromSlash(tr.Path))
		read := template.ReadDir
		if tr.Format == "xlsx" {
			read = template.ReadXLSX
		}
		doc, err := read(p)
		if err != nil {
			t.Fatalf("%s: %v", tr.Path, err)
		}
		if len(doc.Capaian) != len(tr.Capaian) || len(doc.Anggaran) != len(tr.Anggaran) || len(doc.DPT) != len(tr.DPT) ||
			len(doc.CapaianSeri) != len(tr.CapaianSeri) || len(doc.SakipKomponen) != len(tr.SakipKomponen) {
			t.Errorf("%s: read %d/%d/%d/%d facts, truth has %d/%d/%d/%d", tr.Path, len(doc.Capaian), len(doc.Anggaran), len(doc.DPT),
				len(doc.CapaianSeri), len(tr.Capaian), len(tr.Anggaran), len(tr.DPT), len(tr.CapaianSeri))
		}
	}
	if n == 0 {
		t.Fatal("no template documents generated")
	}
}

func BenchmarkGenerateNTT(b *testing.B) {
	for i := 0; i < b.N; i++ {
		dir := b.TempDir()
		res, err := Generate(Options{Scope: "ntt", FromYear: 2020, ToYear: 2024, Seed: int64(i), Out: dir})
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(res.Bytes)
	}
}
